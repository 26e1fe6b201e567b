"""Which campaign an enquiry came from, without cookies or third-party scripts.

A campaign link carries `?campaign=<code>&source=<s>&medium=<m>` to the enquiry form, which keeps
them in hidden fields; or the person picks the campaign under "how did you hear about us".
Enquiries knows campaign codes only: the app that owns campaigns registers a lookup at
start-up (`register`), so this app never imports it. A code nobody registered is dropped.
"""

import re

PARAMETERS = ("campaign", "source", "medium")  # in a campaign link's query string
CODE = re.compile(r"^[a-z0-9][a-z0-9-]{0,49}$")
TOKEN = re.compile(r"^[a-z0-9][a-z0-9._-]{0,29}$")  # source / medium, e.g. "facebook", "social"

_lookup = {"known": None, "choices": None}


def register(known, choices):
    """known(code) -> bool: a live campaign has this code; choices(language) -> [(code, name)]."""
    _lookup.update(known=known, choices=choices)


def known_code(value: str) -> str:
    """The code if it names a live campaign, else "" (unknown, expired or tampered)."""
    code = (value or "").strip().lower()
    if not CODE.match(code) or _lookup["known"] is None:
        return ""
    return code if _lookup["known"](code) else ""


def clean_token(value: str) -> str:
    token = (value or "").strip().lower()
    return token if TOKEN.match(token) else ""


def campaign_choices(language: str) -> list[tuple[str, str]]:
    return _lookup["choices"](language) if _lookup["choices"] else []
