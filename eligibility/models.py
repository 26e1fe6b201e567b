"""The "Can I adopt?" check: a page whose questions are content, and the anonymous count of
checks finished. Nothing about the person is stored: their answers live in the address."""

from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail_localize.fields import TranslatableField

from cms.models.base import BASE_TRANSLATABLE_FIELDS, BasePage
from eligibility import views
from eligibility.blocks import QuestionsBlock
from eligibility.counts import CheckCount  # noqa: F401 - a model of this app
from eligibility.flow import questions_of


class EligibilityCheckPage(RoutablePageMixin, BasePage):
    """The start page (intro and body), then one question per page (`<number>/`), then the
    guidance for every answer and the next steps (`summary/`, Welsh `crynodeb/`)."""

    questions = StreamField(QuestionsBlock(), use_json_field=True)
    summary_intro = models.TextField(
        _("summary introduction"), blank=True,
        help_text=_("Shown above the guidance for the reader's answers."))

    content_panels = BasePage.content_panels + [FieldPanel("questions"),
                                                FieldPanel("summary_intro")]
    override_translatable_fields = BASE_TRANSLATABLE_FIELDS + [
        TranslatableField("questions"),
        TranslatableField("summary_intro"),
    ]
    parent_page_types = ["cms.SectionIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("“Can I adopt?” check")

    @cached_property
    def question_list(self):
        return questions_of(self.questions)

    @path("<int:number>/", name="question")
    def question(self, request, number):
        return views.question(self, request, number)

    @path("summary/", name="summary")
    @path("crynodeb/", name="crynodeb")
    def summary(self, request):
        return views.summary(self, request)

    @property
    def first_question_url(self):
        return self.question_url(1)

    def question_url(self, number):
        return self.url + self.reverse_subpage("question", args=[number])

    @property
    def summary_url(self):
        name = "crynodeb" if get_language() == "cy" else "summary"
        return self.url + self.reverse_subpage(name)
