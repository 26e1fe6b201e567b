from django.apps import AppConfig


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
