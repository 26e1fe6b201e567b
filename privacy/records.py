"""Everything the portal holds about one person, found strictly through their own records'
foreign keys (and those of the records merged into theirs). Nothing is found by matching an
email or a phone, so a household member who shares one is never included.

Each section is a list of records; a record is a list of (label, value) pairs, where the
label is a lazy translation (the document shows it in both languages) and the value is
plain data (the JSON file holds it as is)."""

from django.utils.translation import gettext_lazy as _

from bookings.models import Booking, BookingMessage
from enquiries.models import Contact, Enquiry, Notification
from helpline.models import Callback, Interaction
from privacy.models import LegalHold


def person_ids(contact):
    """The person and every contact merged into them, however many steps back."""
    ids, frontier = {contact.pk}, [contact.pk]
    while frontier:
        frontier = list(Contact.objects.filter(merged_into__in=frontier)
                        .exclude(pk__in=ids).values_list("pk", flat=True))
        ids.update(frontier)
    return sorted(ids)


def _when(value):
    return value.isoformat() if value else None


def _name(obj):
    return str(obj) if obj else None


def _contacts(ids):
    return [[(_("Record number"), c.pk), (_("First name"), c.first_name),
             (_("Surname"), c.last_name), (_("Preferred language"), c.preferred_language),
             (_("Created"), _when(c.created_at)),
             (_("Merged into"), c.merged_into_id),
             (_("Email addresses"), [e.address for e in c.emails.order_by("pk")]),
             (_("Phone numbers"), [p.number for p in c.phones.order_by("pk")])]
            for c in Contact.objects.filter(pk__in=ids).order_by("pk")]


def _enquiries(ids):
    found = (Enquiry.objects.filter(contact__in=ids).select_related(
        "local_authority", "region", "agency").prefetch_related("events").order_by("created_at"))
    return [[(_("Reference"), e.reference), (_("Received"), _when(e.created_at)),
             (_("First name"), e.first_name), (_("Surname"), e.last_name),
             (_("Language"), e.language), (_("About"), e.get_interest_display()),
             (_("Household"), e.get_household_display()),
             (_("How to contact"), e.get_contact_method_display()),
             (_("Texts wanted"), e.wants_sms), (_("Council"), _name(e.local_authority)),
             (_("Postcode"), e.postcode), (_("Heard of us from"), e.get_heard_about_display()),
             (_("Message"), e.message), (_("Region"), _name(e.region)),
             (_("Agency"), _name(e.agency)), (_("Status"), e.get_status_display()),
             (_("Reason for closing"), e.closed_reason),
             (_("Privacy notice version"), e.privacy_notice_version),
             (_("History"), [{"at": _when(ev.at), "what": ev.get_kind_display(),
                              "details": ev.text} for ev in e.events.order_by("at", "pk")])]
            for e in found]


def _interaction(i):
    return [(_("When"), _when(i.queued_at)), (_("Type"), i.get_kind_display()),
            (_("Direction"), i.get_direction_display()), (_("From"), i.from_number),
            (_("To"), i.to_number), (_("Status"), i.get_status_display()),
            (_("Duration (seconds)"), i.duration_seconds), (_("Outcome"), _name(i.outcome)),
            (_("Topics"), i.topics), (_("Notes"), i.notes), (_("Follow-up"), i.follow_up)]


def _calls(ids):
    return [_interaction(i) for i in Interaction.objects.filter(contact__in=ids).exclude(
        kind="sms").select_related("outcome").order_by("queued_at", "pk")]


def _texts(ids):
    return [_interaction(i) for i in Interaction.objects.filter(contact__in=ids, kind="sms")
            .select_related("outcome").order_by("queued_at", "pk")]


def _messages_sent(ids):
    sent = [[(_("When"), _when(n.created_at)), (_("Sent by"), n.get_channel_display()),
             (_("Purpose"), n.get_purpose_display()), (_("To"), n.recipient),
             (_("Status"), n.get_status_display()), (_("Sent"), _when(n.sent_at)),
             (_("About"), n.enquiry.reference)]
            for n in Notification.objects.filter(enquiry__contact__in=ids)
            .select_related("enquiry").order_by("created_at", "pk")]
    sent += [[(_("When"), _when(m.created_at)), (_("Sent by"), m.get_channel_display()),
              (_("Purpose"), m.get_purpose_display()), (_("To"), m.recipient),
              (_("Status"), m.get_status_display()), (_("Sent"), _when(m.sent_at)),
              (_("Subject"), m.subject), (_("Message"), m.body)]
             for m in BookingMessage.objects.filter(booking__contact__in=ids)
             .order_by("created_at", "pk")]
    return sent


def _bookings(ids):
    return [[(_("Booked on"), _when(b.created_at)), (_("Event"), str(b.event_key)),
             (_("First name"), b.first_name), (_("Surname"), b.last_name),
             (_("Email address"), b.email), (_("Phone number"), b.phone),
             (_("Places"), b.places), (_("Access needs"), b.access_needs),
             (_("Language"), b.language), (_("Texts wanted"), b.wants_sms),
             (_("Status"), b.get_status_display()), (_("Attended"), b.attended),
             (_("Cancelled"), _when(b.cancelled_at))]
            for b in Booking.objects.filter(contact__in=ids).order_by("created_at", "pk")]


def _callbacks(ids):
    return [[(_("Due"), _when(c.due_at)), (_("Phone number"), c.phone),
             (_("Language"), c.language), (_("Note"), c.note), (_("Attempts"), c.attempts),
             (_("Result"), c.result), (_("Outcome"), _name(c.outcome)),
             (_("Done"), _when(c.completed_at))]
            for c in Callback.objects.filter(contact__in=ids).select_related("outcome")
            .order_by("due_at", "pk")]


def _holds(ids):
    return [[(_("Placed"), _when(h.placed_at)), (_("Reason"), h.reason),
             (_("Lifted"), _when(h.lifted_at)), (_("Reason for lifting"), h.lift_reason)]
            for h in LegalHold.objects.filter(contact__in=ids).order_by("placed_at", "pk")]


SECTIONS = [
    ("contact", _("Contact details"), _contacts),
    ("enquiries", _("Enquiries and their history"), _enquiries),
    ("calls", _("Calls, voicemail and notes"), _calls),
    ("texts", _("Text messages"), _texts),
    ("messages_sent", _("Emails and texts we sent"), _messages_sent),
    ("bookings", _("Event bookings"), _bookings),
    ("callbacks", _("Callbacks"), _callbacks),
    ("legal_holds", _("Legal holds"), _holds),
]


def collect(contact):
    """[(key, heading, records)] for the person, in the order the document shows them."""
    ids = person_ids(contact)
    return [(key, heading, gather(ids)) for key, heading, gather in SECTIONS]


def recordings(contact):
    """The person's calls that hold a recording, oldest first."""
    return list(Interaction.objects.filter(contact__in=person_ids(contact))
                .exclude(recording_url="").order_by("queued_at", "pk"))
