"""Content-Security-Policy: public pages load nothing but our own files (and images from our
own media host, MEDIA_ORIGIN, when media live on object storage)."""

from django.conf import settings

PUBLIC_POLICY = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
])
# Wagtail's admin relies on inline scripts and styles and previews pages in a same-origin frame.
ADMIN_POLICY = "; ".join([
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
])
ADMIN_PREFIXES = ("/admin/",)


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.public_policy = PUBLIC_POLICY
        if settings.MEDIA_ORIGIN:
            self.public_policy = PUBLIC_POLICY.replace(
                "img-src 'self' data:", f"img-src 'self' data: {settings.MEDIA_ORIGIN}")

    def __call__(self, request):
        response = self.get_response(request)
        is_admin = request.path.startswith(ADMIN_PREFIXES)
        # Previews of public pages render inside the admin's frame.
        if is_admin or getattr(request, "is_preview", False):
            response.setdefault("Content-Security-Policy", ADMIN_POLICY)
        else:
            response.setdefault("Content-Security-Policy", self.public_policy)
        return response
