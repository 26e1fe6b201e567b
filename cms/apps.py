from django.apps import AppConfig


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = "Content"

    def ready(self):
        from cms.templatetags.cms_tags import main_navigation, site_footer
        from portal import furniture

        furniture.provide("navigation", main_navigation)
        furniture.provide("footer", site_footer)
