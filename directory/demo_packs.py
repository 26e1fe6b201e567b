"""Demo information packs: a one-page PDF per region in English and in Welsh, made here so the
demo needs no binary files (docs/demo-content.md). Safe to run again: a region keeps the packs
it has."""

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection

from directory.models import Region

COLLECTION = "Information packs"  # made by helpline/migrations/0016
TEXT = {
    "en": ["Information pack", "{name}", "Thinking about adoption? This demo pack stands in",
           "for the service's own pack."],
    "cy": ["Pecyn gwybodaeth", "{name}", "Ystyried mabwysiadu? Mae'r pecyn demo hwn yn",
           "cymryd lle pecyn y gwasanaeth ei hun."],
}
# Helvetica's encoding has no w or y with a circumflex: the PDF shows the plain letter.
PLAIN = str.maketrans({"ŵ": "w", "ŷ": "y", "Ŵ": "W", "Ŷ": "Y"})


def pdf(lines: list[str]) -> bytes:
    """A valid one-page PDF showing `lines` in Helvetica (Latin-1 text only)."""
    text = "".join(f"({line.translate(PLAIN).replace('(', '[').replace(')', ']')}) Tj 0 -28 Td "
                   for line in lines)
    stream = f"BT /F1 18 Tf 72 760 Td {text}ET".encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def attach_demo_packs() -> int:
    """Give every region without packs one in each language; returns how many were made."""
    Document = get_document_model()
    collection = (Collection.objects.filter(name=COLLECTION).first()
                  or Collection.get_first_root_node())
    made = 0
    for region in Region.objects.all():
        for language, field in (("en", "information_pack"), ("cy", "information_pack_cy")):
            if getattr(region, f"{field}_id"):
                continue
            name = region.name_in(language)
            document = Document(title=f"{TEXT[language][0]}: {name}", collection=collection)
            lines = [line.format(name=name) for line in TEXT[language]]
            document.file.save(f"{region.slug}-{language}.pdf", ContentFile(pdf(lines)),
                               save=False)
            document._set_document_file_metadata()  # size and hash, as an upload sets them
            document.save()
            setattr(region, field, document)
            made += 1
        region.save()
    return made
