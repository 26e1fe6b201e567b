from django.middleware.locale import LocaleMiddleware

NOT_TRANSLATED = ("/admin/", "/documents/", "/health/", "/language/",
                  "/sitemap.xml", "/robots.txt", "/twilio/", "/c/")


class PortalLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, except that a 404 outside the language-prefixed site (the
    admin, health checks) stays a 404 instead of redirecting to /en/..."""

    def process_response(self, request, response):
        if request.path_info.startswith(NOT_TRANSLATED):
            return response
        return super().process_response(request, response)
