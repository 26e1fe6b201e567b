"""The retention schedule in the admin, for the information governance lead: one row per kind of
record. Wagtail's history of each rule says who changed what and when."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from retention.models import RetentionRule


class RetentionScheduleViewSet(SnippetViewSet):
    model = RetentionRule
    menu_label = _("Retention schedule")
    icon = "time"
    add_to_admin_menu = True
    menu_order = 190
    list_display = ["kind", "keep_for_months", "action"]
    ordering = ["kind"]
    panels = [FieldPanel("kind"), FieldRowPanel([FieldPanel("keep_for_months"),
                                                 FieldPanel("action")]),
              FieldRowPanel([FieldPanel("reason_en"), FieldPanel("reason_cy")])]


register_snippet(RetentionScheduleViewSet)
