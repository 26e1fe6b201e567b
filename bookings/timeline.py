"""A person's bookings on their timeline (helpline's person page, through the Wagtail hook
`contact_timeline_entries`): each place booked, and the register's mark, with who and when.
Only bookings of events inside the reader's wall, for a reader who may see bookings. Three
queries however many bookings: the bookings, their events' pages, nothing per entry."""

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from bookings.models import Booking
from cms.models import EventPage
from enquiries import access

VIEW = "bookings.view_booking"


def _who(user):
    return (user.get_full_name() or user.get_username()) if user else ""


def entries(contact, user):
    if not access.may(user, VIEW):
        return []
    walled = access.records(EventPage.objects.all(), user, VIEW).values("translation_key")
    bookings = list(Booking.objects.filter(contact=contact, event_key__in=walled)
                    .select_related("attendance_by"))
    if not bookings:
        return []
    language = translation.get_language()
    pages = {}
    for page in (EventPage.objects.filter(translation_key__in={b.event_key for b in bookings})
                 .select_related("locale").only("pk", "title", "translation_key",
                                                "locale__language_code", "start_date")):
        if page.translation_key not in pages or page.locale.language_code == language:
            pages[page.translation_key] = page
    found = []
    for booking in bookings:
        page = pages.get(booking.event_key)
        title = page.title if page else _("an event no longer published")
        url = reverse("bookings_staff:event", args=[page.pk]) if page else ""
        places = ngettext("%(count)d place", "%(count)d places", booking.places) % {
            "count": booking.places}
        found.append({
            "at": booking.created_at, "kind": "booking", "url": url,
            "title": _("Booking: %(event)s · %(status)s") % {
                "event": title, "status": booking.get_status_display()},
            "details": [places], "who": _("The booker, online")})
        if booking.attended is not None and booking.attendance_at:
            found.append({
                "at": booking.attendance_at, "kind": "attendance", "url": url,
                "title": (_("Attended: %(event)s") if booking.attended
                          else _("Did not attend: %(event)s")) % {"event": title},
                "who": _who(booking.attendance_by)})
    return found
