from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from portal import views
from portal.robots import robots_txt
from portal.sitemap import BilingualSitemap

urlpatterns = [
    # Staff sign in through allauth (with MFA); Wagtail's own login form is not exposed.
    path("admin/login/", RedirectView.as_view(pattern_name="account_login", query_string=True)),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("health/", views.health, name="health"),
    path("twilio/", include("helpline.urls")),
    path("", include("campaigns.urls")),
    path("language/<str:code>/", views.choose_language, name="choose_language"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": BilingualSitemap}}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    # Sign-in, MFA and password pages in each language: /en/accounts/…, /cy/accounts/…
    # (an unprefixed /accounts/… redirects by the language cookie; docs/staff-sign-in.md).
    path("accounts/", include("allauth.urls")),
    path("", include("portal.search.urls")),
    path("", include("enquiries.urls")),
    path("", include("bookings.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler400 = "portal.errors.bad_request"
handler403 = "portal.errors.permission_denied"
handler404 = "portal.errors.page_not_found"
handler500 = "portal.errors.server_error"
