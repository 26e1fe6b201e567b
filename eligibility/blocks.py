"""The check's questions as content: each question has its answers, and each answer the
guidance shown for it. Keys are identifiers shared by both languages (they are synchronised,
not translated), so the language switch keeps the reader's answers."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from cms.blocks import RICH_TEXT_FEATURES

OUTSIDE_WALES = "outside-wales"
RESERVED_KEYS = {"sent", "change"}  # query parameters the check itself uses


def key_block(help_text):
    return blocks.RegexBlock(
        regex=r"^[a-z][a-z0-9-]{0,39}$", help_text=help_text,
        error_messages={"invalid": _("Use lower-case letters, digits and hyphens, starting "
                                     "with a letter.")})


class AnswerBlock(blocks.StructBlock):
    key = key_block(_("Shown in the address, the same in both languages, e.g. renting."))
    label = blocks.CharBlock(max_length=200)
    guidance = blocks.RichTextBlock(features=RICH_TEXT_FEATURES,
                                    help_text=_("What this answer means for adopting."))
    region = SnippetChooserBlock(
        "directory.Region", required=False,
        help_text=_("For an answer about where someone lives: the events of this region are "
                    "shown at the end."))
    leads_to = blocks.ChoiceBlock(
        choices=[(OUTSIDE_WALES, _("The page for people who live outside Wales"))],
        required=False, help_text=_("Leave empty to go on to the next question."))

    class Meta:
        icon = "radio-full"


class QuestionBlock(blocks.StructBlock):
    key = key_block(_("Shown in the address, the same in both languages, e.g. home."))
    question = blocks.CharBlock(max_length=200)
    hint = blocks.TextBlock(required=False)
    answers = blocks.ListBlock(AnswerBlock(), min_num=2)

    class Meta:
        icon = "help"

    def clean(self, value):
        value = super().clean(value)
        keys = [answer["key"] for answer in value["answers"]]
        if len(keys) != len(set(keys)):
            raise blocks.StructBlockValidationError(block_errors={
                "answers": ValidationError(_("Give each answer its own key."))})
        return value


class QuestionsBlock(blocks.StreamBlock):
    question = QuestionBlock()

    def clean(self, value):
        value = super().clean(value)
        keys = [child.value["key"] for child in value]
        if len(keys) != len(set(keys)) or RESERVED_KEYS & set(keys):
            raise blocks.StreamBlockValidationError(non_block_errors=ValidationError(_(
                "Give each question its own key (not %(reserved)s).")
                % {"reserved": ", ".join(sorted(RESERVED_KEYS))}))
        return value
