"""Starting data for the phone line: outcome codes, opening hours and the spoken prompts in
Welsh and English. Staff edit all of it afterwards."""

import datetime

from django.db import migrations

OUTCOMES = [
    # code, English, Welsh, is a real conversation
    ("information-given", "Information given", "Gwybodaeth wedi’i rhoi", True),
    ("enquiry-raised", "Enquiry raised", "Ymholiad wedi’i greu", True),
    ("signposted", "Signposted to another service", "Wedi’i gyfeirio at wasanaeth arall", True),
    ("support-request", "Adoption support request", "Cais am gymorth mabwysiadu", True),
    ("callback-arranged", "Callback arranged", "Galwad yn ôl wedi’i threfnu", True),
    ("complaint", "Complaint", "Cwyn", True),
    ("silent", "Silent call", "Galwad ddistaw", False),
    ("wrong-number", "Wrong number", "Rhif anghywir", False),
    ("abusive", "Abusive or nuisance call", "Galwad sarhaus neu niwsans", False),
    ("cut-off", "Call cut off", "Galwad wedi’i thorri", False),
]

PROMPTS = {
    "greeting": (
        "Croeso i Adopt Cymru, y Gwasanaeth Mabwysiadu Cenedlaethol.",
        "Welcome to Adopt Cymru, the National Adoption Service.",
    ),
    "choose-language": (
        "Am wasanaeth yn Gymraeg, pwyswch 1.",
        "For English, press 2.",
    ),
    "no-choice": (
        "Wnaethon ni ddim clywed dewis. Byddwn yn parhau yn Gymraeg ac yn Saesneg.",
        "We did not hear a choice. We will continue in Welsh and English.",
    ),
    "connecting": (
        "Diolch. Rydyn ni’n eich cysylltu â’r llinell gymorth.",
        "Thank you. We are connecting you to the helpline.",
    ),
    "closed": (
        "Mae’r llinell gymorth ar gau ar hyn o bryd. Mae ar agor o ddydd Llun i ddydd Gwener, "
        "naw tan bump, ac eithrio gwyliau banc.",
        "The helpline is closed at the moment. It is open Monday to Friday, nine to five, "
        "except bank holidays.",
    ),
    "no-answer": (
        "Mae’n ddrwg gennym, mae pawb yn brysur.",
        "Sorry, everyone is busy.",
    ),
    "recording-notice": (
        "Os byddwch yn gadael neges, bydd yn cael ei recordio a’i chadw er mwyn i ni eich "
        "ffonio’n ôl.",
        "If you leave a message, it will be recorded and kept so that we can call you back.",
    ),
    "leave-message": (
        "Gadewch eich enw a’ch neges ar ôl y dôn, yna rhowch y ffôn i lawr.",
        "Please leave your name and message after the tone, then hang up.",
    ),
    "goodbye": (
        "Diolch. Byddwn yn eich ffonio’n ôl cyn gynted â phosibl. Hwyl fawr.",
        "Thank you. We will call you back as soon as we can. Goodbye.",
    ),
}


def load(apps, schema_editor):
    OutcomeCode = apps.get_model("helpline", "OutcomeCode")
    OpeningHours = apps.get_model("helpline", "OpeningHours")
    Prompt = apps.get_model("helpline", "Prompt")
    for code, name_en, name_cy, conversation in OUTCOMES:
        OutcomeCode.objects.update_or_create(code=code, defaults={
            "name_en": name_en, "name_cy": name_cy, "is_conversation": conversation})
    for weekday in range(5):
        OpeningHours.objects.update_or_create(weekday=weekday, defaults={
            "opens": datetime.time(9), "closes": datetime.time(17)})
    for key, (text_cy, text_en) in PROMPTS.items():
        Prompt.objects.update_or_create(key=key, defaults={"text_cy": text_cy,
                                                           "text_en": text_en})


class Migration(migrations.Migration):
    dependencies = [("helpline", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
