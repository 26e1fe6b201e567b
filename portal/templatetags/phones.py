"""Phone numbers as people write them: `{% load phones %}{{ number|national_phone }}` shows a
UK number in national format ("07400 765432"), any other in international format
("+33 1 23 45 67 89"), and anything that is not a phone number as it was stored."""

import phonenumbers
from django import template

register = template.Library()
HOME_REGION, HOME_COUNTRY_CODE = "GB", 44


@register.filter
def national_phone(value):
    text = str(value or "").strip()
    if not text:
        return ""
    try:
        number = phonenumbers.parse(text, HOME_REGION)
    except phonenumbers.NumberParseException:
        return text
    if not phonenumbers.is_possible_number(number):
        return text
    home = number.country_code == HOME_COUNTRY_CODE
    style = (phonenumbers.PhoneNumberFormat.NATIONAL if home
             else phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return phonenumbers.format_number(number, style)
