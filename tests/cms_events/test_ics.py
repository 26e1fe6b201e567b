"""cms.ics on its own: line endings, folding, escaping and the UTC conversion (no database)."""

import datetime

from cms import ics

UTC = datetime.UTC
STAMP = datetime.datetime(2026, 11, 28, 9, 0, tzinfo=UTC)


def event(**overrides):
    start, end = ics.local_times(datetime.date(2026, 12, 10), datetime.time(18, 30),
                                 datetime.time(20, 0))
    values = {"uid": "event-abc@adopt.cymru", "start": start, "end": end, "stamp": STAMP,
              "summary": "Information evening", "description": "", "location": "", "url": ""}
    return ics.CalendarEvent(**{**values, **overrides})


def unfold(text):
    return text.replace("\r\n ", "")


def prop(text, name):
    """The raw (still escaped) value of a property, after unfolding."""
    for line in unfold(text).split("\r\n"):
        if line.startswith(name + ":"):
            return line[len(name) + 1:]
    raise AssertionError(f"{name} not in calendar")


def unescape(value):
    out, chars = [], iter(value)
    for char in chars:
        if char == "\\":
            nxt = next(chars)
            out.append("\n" if nxt in "nN" else nxt)
        else:
            out.append(char)
    return "".join(out)


def test_a_calendar_with_one_event_and_crlf_line_endings():
    text = ics.render(event())
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")
    assert text.endswith("END:VEVENT\r\nEND:VCALENDAR\r\n")
    assert text.count("BEGIN:VEVENT") == 1
    assert "\n" not in text.replace("\r\n", "")  # no bare LF
    assert "\r" not in text.replace("\r\n", "")  # no bare CR
    for name in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"):
        prop(text, name)


def test_optional_properties_are_left_out_when_empty():
    text = ics.render(event())
    assert "DESCRIPTION" not in text and "LOCATION" not in text and "\r\nURL" not in text


def test_long_welsh_lines_fold_at_75_octets_without_splitting_a_character():
    summary = ("Gŵyl fabwysiadu i deuluoedd: dŵr, tŷ, plant hŷn a brodyr a chwiorydd "
               "ŵŷ âêîôû ŵŷ ŵŷ ŵŷ ŵŷ ŵŷ ŵŷ ŵŷ ŵŷ ŵŷ ŵŷ ŵŷ ŵŷ ŵŷ ŵŷ ŵŷ ŵŷ ŵŷ ŵŷ ŵŷ ŵŷ ŵŷ ŵŷ — "
               "Caerdydd, Llanelli a Chymru gyfan") * 2
    text = ics.render(event(summary=summary))
    physical = text.encode("utf-8").split(b"\r\n")
    assert max(len(line) for line in physical) <= 75
    assert any(len(line) >= 73 for line in physical)  # it really was folded, near the limit
    for line in physical:
        line.decode("utf-8")  # each physical line is valid UTF-8: no character was split
    summary_lines = [line for line in text.split("\r\n") if line.startswith(("SUMMARY", " "))]
    assert len(summary_lines) > 3
    assert all(line.startswith(" ") for line in summary_lines[1:])
    assert unescape(prop(text, "SUMMARY")) == summary  # ŵ and ŷ survive exactly


def test_folding_boundaries():
    assert ics.fold("X" * 75) == "X" * 75
    assert ics.fold("X" * 76) == "X" * 75 + "\r\n X"
    # 74 octets, then a 2-octet character that would make 76: it moves whole to the next line.
    assert ics.fold("X" * 74 + "ŵ") == "X" * 74 + "\r\n ŵ"
    # Continuation lines hold 74 octets after their leading space.
    folded = ics.fold("X" * 75 + "Y" * 80)
    assert folded.split("\r\n") == ["X" * 75, " " + "Y" * 74, " " + "Y" * 6]


def test_text_values_are_escaped():
    text = ics.render(event(summary="A; B, C \\ D", description="Line one\nLine two\r\nThree",
                            location="Hall 1; Galeri, Caernarfon"))
    assert prop(text, "SUMMARY") == "A\\; B\\, C \\\\ D"
    assert prop(text, "DESCRIPTION") == "Line one\\nLine two\\nThree"
    assert prop(text, "LOCATION") == "Hall 1\\; Galeri\\, Caernarfon"
    assert ics.escape_text("bell\x07 tab\t") == "bell tab\t"  # control characters dropped


def test_the_url_is_not_escaped():
    text = ics.render(event(url="https://example.org/en/events/a,b;c/"))
    assert prop(text, "URL") == "https://example.org/en/events/a,b;c/"


def test_local_times_become_utc_in_winter_and_summer():
    # 10 December: GMT, so local time is UTC.
    start, end = ics.local_times(datetime.date(2026, 12, 10), datetime.time(18, 30),
                                 datetime.time(20, 0))
    assert (ics.utc(start), ics.utc(end)) == ("20261210T183000Z", "20261210T200000Z")
    # 1 July: BST (UTC+1), so 18:30 local is 17:30 UTC.
    start, end = ics.local_times(datetime.date(2027, 7, 1), datetime.time(18, 30),
                                 datetime.time(20, 0))
    assert (ics.utc(start), ics.utc(end)) == ("20270701T173000Z", "20270701T190000Z")
    text = ics.render(event(start=start, end=end))
    assert prop(text, "DTSTART") == "20270701T173000Z"
    assert prop(text, "DTEND") == "20270701T190000Z"
    assert prop(text, "DTSTAMP") == "20261128T090000Z"


def test_default_end_is_two_hours_after_the_start():
    start, end = ics.local_times(datetime.date(2027, 7, 1), datetime.time(19, 0))
    assert (ics.utc(start), ics.utc(end)) == ("20270701T180000Z", "20270701T200000Z")
    start, end = ics.local_times(datetime.date(2027, 7, 1), datetime.time(19, 0),
                                 datetime.time(19, 0))
    assert ics.utc(end) == "20270701T200000Z"


def test_an_end_before_the_start_is_after_midnight():
    start, end = ics.local_times(datetime.date(2026, 12, 31), datetime.time(22, 0),
                                 datetime.time(0, 30))
    assert (ics.utc(start), ics.utc(end)) == ("20261231T220000Z", "20270101T003000Z")


def test_the_day_the_clocks_go_forward():
    # 28 March 2027, 01:00 GMT the clocks go to 02:00 BST: an evening event is in BST.
    start, end = ics.local_times(datetime.date(2027, 3, 28), datetime.time(18, 0),
                                 datetime.time(19, 0))
    assert (ics.utc(start), ics.utc(end)) == ("20270328T170000Z", "20270328T180000Z")
    # The day before is still GMT.
    start, _end = ics.local_times(datetime.date(2027, 3, 27), datetime.time(18, 0))
    assert ics.utc(start) == "20270327T180000Z"
