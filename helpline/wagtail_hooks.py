from django.templatetags.static import static
from django.urls import include, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from helpline.models import AgentLine, OpeningHours, OutcomeCode, Prompt, SmsTemplate
from portal.staff_menu import StaffMenuItem


@hooks.register("register_admin_urls")
def register_helpline_urls():
    return [path("helpline/", include("helpline.staff.urls"))]


@hooks.register("insert_global_admin_css")
def live_calls_css():
    return format_html('<link rel="stylesheet" href="{}">', static("helpline/live.css"))


@hooks.register("register_admin_menu_item")
def register_helpline_menu_item():
    return StaffMenuItem(_("Helpline"), reverse("helpline_staff:search"), icon_name="user",
                         order=160, permission="enquiries.view_contact")


class OutcomeViewSet(SnippetViewSet):
    model = OutcomeCode
    list_display = ["name_en", "name_cy", "is_conversation", "active"]


class PromptViewSet(SnippetViewSet):
    model = Prompt
    list_display = ["key", "text_cy", "text_en"]


class HoursViewSet(SnippetViewSet):
    model = OpeningHours
    list_display = ["weekday", "opens", "closes"]


class AgentLineViewSet(SnippetViewSet):
    model = AgentLine
    list_display = ["user", "phone", "client_identity", "speaks_welsh", "on_duty"]


class SmsTemplateViewSet(SnippetViewSet):
    model = SmsTemplate
    list_display = ["name_en", "name_cy", "key"]


class LineSettingsGroup(SnippetViewSetGroup):
    menu_label = _("Phone line")
    menu_icon = "mobile-alt"
    items = (AgentLineViewSet, OutcomeViewSet, PromptViewSet, HoursViewSet, SmsTemplateViewSet)


register_snippet(LineSettingsGroup)
