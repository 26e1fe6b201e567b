from django.utils.translation import get_language


class BilingualNameMixin:
    """Models with name_en and name_cy show the name in the active language."""

    @property
    def name(self):
        return self.name_cy if get_language() == "cy" and self.name_cy else self.name_en

    def __str__(self):
        return self.name
