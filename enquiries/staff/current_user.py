"""Who is acting: the signed-in user of the request being handled, for the signals that audit
access changes (enquiries.staff.access_changes). Outside a request (the shell, a task) nobody
is, and the audit says "system"."""

from contextvars import ContextVar

_request = ContextVar("request", default=None)


def acting_user():
    user = getattr(_request.get(), "user", None)  # read late: a sign-in replaces request.user
    return user if user is not None and user.is_authenticated else None


class CurrentUserMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request.set(request)
        try:
            return self.get_response(request)
        finally:
            _request.reset(token)
