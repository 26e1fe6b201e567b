"""Names of reference data (regions, councils, agencies) in the reader's language: the Welsh
name on Welsh pages and in Welsh files, the English one only where the Welsh is empty."""

from django.db.models import F, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils.translation import get_language


class BilingualNameMixin:
    """Models with name_en and name_cy show the name in the active language."""

    def name_in(self, language):
        return self.name_cy if language == "cy" and self.name_cy else self.name_en

    @property
    def name(self):
        return self.name_in(get_language())

    def __str__(self):
        return self.name


def name_order(language=None):
    """An expression to order a queryset by the name shown in `language` (default: active)."""
    if (language or get_language()) != "cy":
        return F("name_en")
    return Coalesce(NullIf("name_cy", Value("")), "name_en")
