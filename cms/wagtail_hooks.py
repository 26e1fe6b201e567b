from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from cms import sign_off
from cms.models import Footer, NavigationMenu
from portal.staff_menu import StaffMenuItem

register_snippet(NavigationMenu)
register_snippet(Footer)


@hooks.register("insert_global_admin_js")
def tag_field_label():
    """Editors' tag fields (images, documents) announce their label (the script says why)."""
    return format_html('<script src="{}" defer></script>', static("cms/js/tag-field-label.js"))


# Ahead of wagtail-localize's hook, which takes every POST to a translated page's edit view.
hooks.register("before_edit_page", sign_off.submit_from_translation_editor, order=-1)


@hooks.register("register_admin_urls")
def register_content_status_urls():
    from cms import content_status_report as report

    return [path("reports/content-status/", report.index, name="cms_content_status"),
            path("reports/content-status/results/", report.results,
                 name="cms_content_status_results")]


@hooks.register("register_reports_menu_item")
def register_content_status_menu_item():
    from cms.content_status_report import PERMISSION

    return StaffMenuItem(_("Content status"), reverse("cms_content_status"),
                         name="content-status", icon_name="site", order=1000,
                         permission=PERMISSION)
