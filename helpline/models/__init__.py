from helpline.models.agents import AgentLine
from helpline.models.calls import Callback, Interaction, OutcomeCode
from helpline.models.line import OpeningHours, Prompt
from helpline.models.sms import SmsTemplate

__all__ = ["AgentLine", "Callback", "Interaction", "OpeningHours", "OutcomeCode", "Prompt",
           "SmsTemplate"]
