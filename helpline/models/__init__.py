from helpline.models.agents import AgentLine
from helpline.models.calls import Callback, Interaction, OutcomeCode
from helpline.models.line import OpeningHours, Prompt

__all__ = ["AgentLine", "Callback", "Interaction", "OpeningHours", "OutcomeCode", "Prompt"]
