"""The public booking journey: event page -> booking form -> thank you; and the page the link
in every message opens, to take an offered place, change the number of places or cancel."""

from django.conf import settings
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.decorators import method_decorator
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views import View
from django.views.decorators.cache import never_cache

from bookings import events, places
from bookings.forms import BookingForm, ChangeForm
from bookings.models import Booking
from portal.ratelimit import allow, client_ip


def bookable_event(key):
    event = events.event_page(key, get_language())
    if event is None or not events.is_bookable(event):
        raise Http404
    return event


@method_decorator(never_cache, name="dispatch")
class BookView(View):
    template_name = "bookings/form.html"

    def get(self, request, key):
        event = bookable_event(key)
        return self.render_form(request, event, BookingForm(language=get_language()))

    def render_form(self, request, event, form, status=200, notice=""):
        return render(request, self.template_name, {
            "event": event, "form": form, "notice": notice,
            "free": places.free_places(event.translation_key)}, status=status)

    def post(self, request, key):
        event = bookable_event(key)
        limit, window = settings.ENQUIRY_RATE_LIMITS["ip"]
        if not allow("booking-ip", client_ip(request), limit, window):
            return render(request, "enquiries/too_many.html", status=429)
        form = BookingForm(request.POST, language=get_language())
        if not form.is_valid():
            return self.render_form(request, event, form)
        if form.looks_automated():  # no place is taken; a person sends it once more
            form = BookingForm(initial=form.answers(), language=get_language())
            return self.render_form(request, event, form, status=400, notice=_(
                "Please check your answers, then send the form again."))
        booking = places.book(form.new_booking(event))
        return redirect("bookings:thanks", token=booking.token)


def booking_and_event(token):
    booking = get_object_or_404(Booking, token=token)
    return booking, events.event_page(booking.event_key, get_language())


@never_cache
def thanks(request, token):
    booking, event = booking_and_event(token)
    return render(request, "bookings/thanks.html", {"booking": booking, "event": event})


@never_cache
def manage(request, token):
    booking, event = booking_and_event(token)
    form, notice = ChangeForm(initial={"places": booking.places}), ""
    if request.method == "POST" and booking.status != "cancelled":
        action = request.POST.get("action")
        if action == "cancel":
            places.cancel(booking)
            notice = _("Your booking is cancelled. We have sent you a confirmation.")
        elif action == "accept":
            notice = (_("The place is yours. We have sent you a confirmation.")
                      if places.accept_offer(booking)
                      else _("Sorry, this offer has ended and the place has gone to the next "
                             "person waiting."))
        elif action == "change":
            form = ChangeForm(request.POST)
            if form.is_valid():
                try:
                    places.change(booking, form.cleaned_data["places"])
                    notice = _("Your booking is changed. We have sent you a confirmation.")
                except places.NotEnoughPlaces as short:
                    form.add_error("places", _(
                        "Only %(free)s more places are free. Choose fewer places, or keep "
                        "your booking as it is.") % {"free": short.free})
        booking.refresh_from_db()
    status = 400 if form.errors else 200
    return render(request, "bookings/manage.html", {
        "booking": booking, "event": event, "form": form, "notice": notice}, status=status)
