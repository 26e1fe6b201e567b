"""The booking panel on event pages, and the little admin bookings need: editors edit the
message templates (both languages); staff set an event's places and join link. The staff
screens for the bookings themselves are built separately (see docs/events-booking.md)."""

from django.template.loader import render_to_string
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from bookings import events, places, timeline
from bookings.admin_forms import EventPlacesForm
from bookings.models import BookingMessageTemplate, EventPlaces
from portal.staff_menu import StaffMenuItem

hooks.register("contact_timeline_entries", timeline.entries)


@hooks.register("register_admin_urls")
def register_bookings_urls():
    return [path("bookings/", include("bookings.staff_urls"))]


@hooks.register("register_admin_menu_item")
def register_bookings_menu_item():
    return StaffMenuItem(_("Event bookings"), reverse("bookings_staff:events"),
                         icon_name="date", order=165, permission="bookings.view_booking")


@hooks.register("event_booking_panel")
def booking_panel(page, request):
    if not events.is_bookable(page):
        return ""
    key = page.translation_key
    return render_to_string("bookings/event_panel.html", {
        "event": page, "free": places.free_places(key),
        "url": reverse("bookings:book", kwargs={"key": key})}, request=request)


class MessageTemplateViewSet(SnippetViewSet):
    model = BookingMessageTemplate
    icon = "mail"
    menu_label = _("Booking messages")
    list_display = ["__str__", "subject", "subject_cy"]
    list_filter = ["purpose", "channel"]


class EventPlacesViewSet(SnippetViewSet):
    model = EventPlaces
    icon = "group"
    menu_label = _("Event places")
    list_display = ["__str__", "capacity", "join_link", "offer_hours"]
    edit_handler = ObjectList([FieldPanel(name) for name in (
        "event_key", "capacity", "join_link", "offer_hours")], base_form_class=EventPlacesForm)


register_snippet(MessageTemplateViewSet)
register_snippet(EventPlacesViewSet)
