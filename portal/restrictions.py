"""Page view restrictions (privacy) cost queries on every page served and in every listing, yet
the portal has none today. Whether any exist is known per process under the content version,
which adding, changing or removing one renews, so pages skip those queries while there are
none. With a restriction anywhere, Wagtail's own checks run as before."""

from wagtail.models import PageViewRestriction

from portal import content_version

_memo = content_version.Memo()


def any_exist() -> bool:
    return _memo.get("restrictions", PageViewRestriction.objects.exists)


def public(pages):
    """`pages.public()`, without its query while no page is restricted."""
    return pages.public() if any_exist() else pages
