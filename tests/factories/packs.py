"""Information packs for tests: a real one-page PDF uploaded as a Wagtail document, attached to
a region or agency (directory.packs)."""

import uuid

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from directory.demo_packs import pdf


def document(title="Information pack"):
    made = get_document_model()(title=title)
    made.file.save(f"pack-{uuid.uuid4().hex[:8]}.pdf", ContentFile(pdf([title])), save=False)
    made._set_document_file_metadata()
    made.save()
    return made


def attach(service, en=True, cy=True):
    """Give `service` fresh packs in the languages asked for (and none in the others)."""
    service.information_pack = document(f"Pack {service.slug}") if en else None
    service.information_pack_cy = document(f"Pecyn {service.slug}") if cy else None
    service.save()
    return service
