from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class MythBlock(blocks.StructBlock):
    """A myth about adoption and the fact that answers it (#YouCanAdopt myth-busting)."""

    myth = blocks.CharBlock(label=_("myth"), max_length=200)
    fact = blocks.TextBlock(label=_("fact"), max_length=600)

    class Meta:
        icon = "help"
        template = "campaigns/blocks/myth.html"
