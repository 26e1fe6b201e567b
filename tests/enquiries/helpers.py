import time
import uuid

from django.core import signing

from enquiries.forms import SIGNER_SALT


def started(seconds_ago=30, salt=SIGNER_SALT):
    """A form start time signed as the form signs it, `seconds_ago` in the past."""
    return signing.TimestampSigner(salt=salt).sign(str(time.time() - seconds_ago))


def form_data(**overrides):
    data = {
        "first_name": "Siân", "last_name": "Llŷr", "email": "sian@example.org",
        "phone": "07400 123456", "language": "cy", "contact_method": "email",
        "wants_sms": "on", "council": "W06000015", "postcode": "cf10 3nq",
        "interest": "adopting", "household": "couple", "agency": "", "heard_about": "tv-radio",
        "message": "Hoffem wybod mwy am fabwysiadu brodyr a chwiorydd.", "privacy": "on",
        "campaign_code": "", "token": str(uuid.uuid4()), "started": started(), "website": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}
