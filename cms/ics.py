"""A minimal iCalendar (RFC 5545) writer for one event: a VCALENDAR holding one VEVENT.

No dependency: the format we need is small. What matters, and what the tests check:
- lines end with CRLF and are folded at 75 octets, never inside a multi-byte UTF-8 character
  (RFC 5545 §3.1); a continuation line starts with one space, which counts towards its 75;
- TEXT values escape backslash, semicolon, comma and newlines (§3.3.11);
- times are written in UTC ("Z" form), converted from the event's local Welsh time, so no
  VTIMEZONE block is needed and every client agrees on the instant.
"""

import datetime
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

# Events in Wales are entered in local time, whatever the server's TIME_ZONE says.
EVENT_TIME_ZONE = ZoneInfo("Europe/London")
DEFAULT_DURATION = datetime.timedelta(hours=2)
PRODID = "-//Adopt Cymru//Events//EN"
MAX_OCTETS = 75
# Control characters other than tab are not allowed in a TEXT value (newlines are escaped).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    start: datetime.datetime  # aware
    end: datetime.datetime  # aware
    stamp: datetime.datetime  # aware: when the event's information was last revised
    summary: str
    description: str = ""
    location: str = ""
    url: str = ""


def local_times(day, start_time, end_time=None):
    """Aware start and end of an event held on `day` from `start_time` (to `end_time`),
    Welsh local time. No end: two hours after the start. An end earlier than the start is
    taken to be after midnight; an end equal to the start is treated as no end."""
    start = datetime.datetime.combine(day, start_time, tzinfo=EVENT_TIME_ZONE)
    if end_time is None or end_time == start_time:
        return start, (start.astimezone(datetime.UTC) + DEFAULT_DURATION)
    end_day = day if end_time > start_time else day + datetime.timedelta(days=1)
    return start, datetime.datetime.combine(end_day, end_time, tzinfo=EVENT_TIME_ZONE)


def utc(moment):
    """DATE-TIME in UTC form, e.g. 20261210T183000Z."""
    return moment.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def escape_text(value):
    value = _CONTROL.sub("", str(value))
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line):
    """Split a content line into chunks of at most 75 octets (the continuation's leading space
    included), cutting only between characters."""
    chunks, current, size, limit = [], [], 0, MAX_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            chunks.append("".join(current))
            current, size, limit = [], 0, MAX_OCTETS - 1
        current.append(char)
        size += width
    chunks.append("".join(current))
    return "\r\n ".join(chunks)


def render(event):
    """The whole .ics file as text (encode it as UTF-8)."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "BEGIN:VEVENT",
        f"UID:{event.uid}",
        f"DTSTAMP:{utc(event.stamp)}",
        f"DTSTART:{utc(event.start)}",
        f"DTEND:{utc(event.end)}",
        f"SUMMARY:{escape_text(event.summary)}",
    ]
    if event.description:
        lines.append(f"DESCRIPTION:{escape_text(event.description)}")
    if event.location:
        lines.append(f"LOCATION:{escape_text(event.location)}")
    if event.url:
        lines.append(f"URL:{event.url}")  # a URI, not TEXT: not escaped
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "".join(fold(line) + "\r\n" for line in lines)
