"""Staff sign-in through django-allauth: no public sign-up (an administrator invites staff),
and multi-factor authentication required before any staff screen opens."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.shortcuts import redirect
from django.utils import translation
from wagtail.users.models import UserProfile

LANGUAGE_CODES = {code for code, _name in settings.LANGUAGES}


class StaffAccountAdapter(DefaultAccountAdapter):
    def is_open_for_signup(self, request):
        return False  # accounts are created by an administrator, then the person sets a password


class RequireMFAMiddleware:
    """A signed-in user without an authenticator is sent to set one up before reaching the
    admin, in the language they chose for the admin. (Signing in with one already asks for the
    code: that is allauth's login stage.)"""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        if (settings.PORTAL_REQUIRE_MFA and path.startswith("/admin/")
                and request.user.is_authenticated and not is_mfa_enabled(request.user)):
            chosen = UserProfile.get_for_user(request.user).preferred_language
            language = chosen if chosen in LANGUAGE_CODES else translation.get_language()
            with translation.override(language):
                return redirect("mfa_activate_totp")
        return self.get_response(request)
