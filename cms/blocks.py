"""The small set of StreamField blocks editors build pages from. Keep definitions stable:
every change here is a migration on every page type."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from retention.models import published_schedule

RICH_TEXT_FEATURES = ["h3", "bold", "italic", "link", "ol", "ul"]


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe the image for people who cannot see it."),
    )
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "cms/blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock()
    attribution = blocks.CharBlock(required=False, max_length=150)

    class Meta:
        icon = "openquote"
        template = "cms/blocks/quote.html"


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120)
    text = blocks.TextBlock(required=False)
    link_text = blocks.CharBlock(max_length=80)
    page = blocks.PageChooserBlock(required=False)
    url = blocks.CharBlock(
        required=False, max_length=300, help_text=_("A path such as /en/contact-us/ or a URL.")
    )

    class Meta:
        icon = "pick"
        template = "cms/blocks/call_to_action.html"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose a page or enter a link."))}
            )
        return value


class AccordionItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=200)
    answer = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)


class AccordionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=120)
    items = blocks.ListBlock(AccordionItemBlock())

    class Meta:
        icon = "list-ul"
        template = "cms/blocks/accordion.html"


class VideoBlock(blocks.StructBlock):
    """A video shown as a link: embedding a player would request a third-party host."""

    title = blocks.CharBlock(max_length=150)
    url = blocks.URLBlock()
    duration = blocks.CharBlock(required=False, max_length=20)
    transcript = blocks.RichTextBlock(required=False, features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "media"
        template = "cms/blocks/video.html"


class StatisticBlock(blocks.StructBlock):
    value = blocks.CharBlock(max_length=20)
    label = blocks.CharBlock(max_length=150)
    source = blocks.CharBlock(required=False, max_length=150)

    class Meta:
        icon = "snippet"
        template = "cms/blocks/statistic.html"


class RetentionScheduleBlock(blocks.StaticBlock):
    """The retention schedule as the retention job applies it (retention.models): the privacy
    notice shows it from the same data, so the words and the job cannot disagree."""

    class Meta:
        icon = "time"
        template = "cms/blocks/retention_schedule.html"
        admin_text = _("The retention schedule, from the data the retention job uses.")
        label = _("Retention schedule")

    def get_context(self, value, parent_context=None):
        return {**super().get_context(value, parent_context), "rules": published_schedule()}


class BodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(
        max_length=120, template="cms/blocks/heading.html", icon="title", form_classname="title"
    )
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES, template="cms/blocks/paragraph.html"
    )
    image = ImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    accordion = AccordionBlock()
    video = VideoBlock()
    statistic = StatisticBlock()
    retention_schedule = RetentionScheduleBlock()


class LinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(max_length=80)
    page = blocks.PageChooserBlock()

    class Meta:
        icon = "link"
