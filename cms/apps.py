from django.apps import AppConfig
from wagtail.signals import page_published


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = "Content"

    def ready(self):
        from cms import frontcache
        from cms.templatetags.cms_tags import current_path, main_navigation, site_footer
        from portal import furniture

        furniture.provide("navigation", main_navigation, vary=current_path)
        furniture.provide("footer", site_footer)
        frontcache.connect()
        page_published.connect(_record_translation_state, dispatch_uid="translation_state")


def _record_translation_state(sender, instance, **kwargs):
    from cms.models import translation_state

    translation_state.record(instance)
