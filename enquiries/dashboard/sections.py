"""Figures other apps put on the demand dashboard, so that enquiries need not import them
(helpline's calls and callbacks: helpline/dashboard.py). A section is a callable
`section(request, window) -> (template name, context) | None`, registered at start-up; it must
wall its own rows with `enquiries.access` and cost a fixed number of queries."""

from dataclasses import dataclass
from datetime import date

SECTIONS = []


@dataclass(frozen=True)
class Window:
    """What the dashboard shows: `start` to `end` (today) inclusive, local dates, and the
    regions the viewer may see, in order."""

    period: str
    start: date
    end: date
    regions: tuple
    national: bool


def register(section):
    if section not in SECTIONS:
        SECTIONS.append(section)


def render_all(request, window):
    """[(template name, context)] of every section that has something to show."""
    return [shown for shown in (section(request, window) for section in SECTIONS) if shown]
