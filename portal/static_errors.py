"""Error pages for the errors the portal never sees, served by Varnish from files
(deploy/varnish/errors/, read by deploy/varnish/default.vcl): an address or a body too large
for the front door, or the portal not answering.

They are rendered from the Welsh catalogue by `manage.py build_error_pages`, so that they need
neither the portal nor its database at the time: in the language of the address, with the
other language below, and a stylesheet of their own inlined (its hash is in the VCL's CSP)."""

import base64
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.template.loader import get_template, render_to_string
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

DIRECTORY = Path(settings.BASE_DIR) / "deploy" / "varnish" / "errors"
OTHER = {"en": {"code": "cy", "name": "Cymraeg"}, "cy": {"code": "en", "name": "English"}}


@dataclass
class StaticPage:
    title: Promise
    paragraphs: list = field(default_factory=list)
    home_link: bool = True


PAGES = {
    413: StaticPage(_("What you sent is too large"), [
        _("Make your answers shorter, then send the form again."),
        _("We have not kept anything you entered.")]),
    414: StaticPage(_("The web address is too long"), [
        _("Check the web address and try again."),
        _("If you were searching, use fewer words.")]),
    503: StaticPage(_("Sorry, the service is unavailable"), [
        _("Please try again in a few minutes. If you were sending an enquiry, it may not "
          "have been saved."),
        _("If you need to speak to someone now, contact your regional adoption service.")],
        home_link=False),
}


def style() -> str:
    return Path(get_template("errors/static/style.css").origin.name).read_text()


def style_hash() -> str:
    """The CSP source that allows the inlined stylesheet and nothing else."""
    digest = hashlib.sha256(style().encode()).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


def render(status: int, language: str) -> str:
    return render_to_string("errors/static/page.html", {
        "page": PAGES[status], "language": language, "other": OTHER[language],
        "style": style()})


def filename(status: int, language: str) -> str:
    return f"{status}.{language}.html"


def write_all(directory: Path = DIRECTORY) -> list[Path]:
    written = []
    for status in PAGES:
        for language in OTHER:
            path = directory / filename(status, language)
            path.write_text(render(status, language))
            written.append(path)
    return written
