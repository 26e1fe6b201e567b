"""The schedule the portal starts with (docs/data-protection.md gives the reasoning). The
information governance lead changes it in the admin; this only fills an empty table."""

from django.db import migrations

DEFAULTS = [
    ("enquiry-no-contact", 24, "anonymise",
     "Many people take a year or two to decide; after two years with no contact we keep only "
     "the counts of enquiries by region and campaign.",
     "Mae llawer o bobl yn cymryd blwyddyn neu ddwy i benderfynu; ar ôl dwy flynedd heb "
     "gysylltiad, dim ond nifer yr ymholiadau fesul rhanbarth ac ymgyrch rydyn ni'n eu cadw."),
    ("enquiry-closed", 36, "anonymise",
     "A closed enquiry is kept for three years so that a person who comes back is not asked "
     "everything again, and complaints can be answered; then only the counts are kept.",
     "Caiff ymholiad sydd wedi cau ei gadw am dair blynedd fel nad oes rhaid gofyn popeth eto "
     "i rywun sy'n dod yn ôl, ac fel y gellir ateb cwynion; wedyn dim ond y niferoedd sy'n "
     "cael eu cadw."),
    ("helpline-call", 24, "anonymise",
     "Notes of a call are kept for two years for follow-up and complaints; then only the count "
     "of calls and their outcome is kept.",
     "Caiff nodiadau galwad eu cadw am ddwy flynedd ar gyfer dilyniant a chwynion; wedyn dim "
     "ond nifer y galwadau a'u canlyniad sy'n cael eu cadw."),
    ("voicemail-recording", 3, "delete",
     "A voicemail is only needed until we have called back; recordings are deleted after three "
     "months, at Twilio and by us.",
     "Dim ond nes ein bod wedi ffonio'n ôl y mae angen neges llais; caiff recordiadau eu dileu "
     "ar ôl tri mis, gan Twilio a gennym ni."),
    ("sms", 12, "delete",
     "Text messages are kept for a year, to show what we told a person.",
     "Caiff negeseuon testun eu cadw am flwyddyn, i ddangos beth ddywedon ni wrth rywun."),
    ("event-booking", 12, "anonymise",
     "Bookings are kept for a year after the event; then only the number of places and "
     "attendance are kept.",
     "Caiff archebion eu cadw am flwyddyn ar ôl y digwyddiad; wedyn dim ond nifer y lleoedd a "
     "phresenoldeb sy'n cael eu cadw."),
    ("audit-entry", 72, "delete",
     "The record of who saw or changed personal data is kept for six years, the time within "
     "which a claim can be brought.",
     "Caiff y cofnod o bwy a welodd neu a newidiodd ddata personol ei gadw am chwe blynedd, sef "
     "yr amser y gellir dwyn hawliad ynddo."),
]


def fill(apps, schema_editor):
    RetentionRule = apps.get_model("retention", "RetentionRule")
    for kind, months, action, reason_en, reason_cy in DEFAULTS:
        RetentionRule.objects.get_or_create(kind=kind, defaults={
            "keep_for_months": months, "action": action, "reason_en": reason_en,
            "reason_cy": reason_cy})


class Migration(migrations.Migration):
    dependencies = [("retention", "0001_initial")]
    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
