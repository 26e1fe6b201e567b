from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from cms import sign_off
from cms.models import Footer, NavigationMenu

register_snippet(NavigationMenu)
register_snippet(Footer)


@hooks.register("insert_global_admin_js")
def tag_field_label():
    """Editors' tag fields (images, documents) announce their label (the script says why)."""
    return format_html('<script src="{}" defer></script>', static("cms/js/tag-field-label.js"))


# Ahead of wagtail-localize's hook, which takes every POST to a translated page's edit view.
hooks.register("before_edit_page", sign_off.submit_from_translation_editor, order=-1)
