from django.urls import include, path
from wagtail import hooks


@hooks.register("register_admin_urls")
def register_privacy_urls():
    return [path("data-protection/", include("privacy.staff.urls"))]
