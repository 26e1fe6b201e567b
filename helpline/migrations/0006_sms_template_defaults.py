from django.db import migrations

TEMPLATES = [
    ("missed-call", "We missed you", "Wedi methu â chi",
     "Adopt Cymru: Hello {first_name}, we tried to call you about adoption. We will try again, "
     "or call us back when it suits you.",
     "Adopt Cymru: Helo {first_name}, fe geision ni eich ffonio am fabwysiadu. Byddwn yn "
     "ceisio eto, neu ffoniwch ni’n ôl pan fydd yn gyfleus."),
    ("information-pack", "Information pack sent", "Pecyn gwybodaeth wedi’i anfon",
     "Adopt Cymru: Hello {first_name}, we have sent you our adoption information pack. "
     "Call us if you have any questions.",
     "Adopt Cymru: Helo {first_name}, rydyn ni wedi anfon ein pecyn gwybodaeth am fabwysiadu "
     "atoch. Ffoniwch ni os oes gennych gwestiynau."),
    ("event-reminder", "Event reminder", "Nodyn atgoffa am ddigwyddiad",
     "Adopt Cymru: Hello {first_name}, a reminder of the adoption information event you "
     "booked. We look forward to meeting you.",
     "Adopt Cymru: Helo {first_name}, nodyn i’ch atgoffa am y digwyddiad gwybodaeth am "
     "fabwysiadu a drefnoch. Edrychwn ymlaen at gwrdd â chi."),
]


def load(apps, schema_editor):
    SmsTemplate = apps.get_model("helpline", "SmsTemplate")
    for key, name_en, name_cy, text_en, text_cy in TEMPLATES:
        SmsTemplate.objects.update_or_create(key=key, defaults={
            "name_en": name_en, "name_cy": name_cy, "text_en": text_en, "text_cy": text_cy})


class Migration(migrations.Migration):
    dependencies = [("helpline", "0005_sms_templates")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
