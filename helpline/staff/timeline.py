"""One timeline per person: their enquiries and what happened to them, calls, voicemails,
texts, emails, callbacks and notes, newest first. Each entry says what happened in words (in
the staff member's language), who did it and when. One query per kind of record, however
many entries there are. Apps that helpline does not import add their own entries through
the Wagtail hook `contact_timeline_entries` (contact, user) -> dicts of Entry's fields
(bookings: places booked and attendance)."""

from dataclasses import dataclass, field
from datetime import datetime

from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail import hooks

from enquiries import access
from enquiries.models import EnquiryEvent, Notification
from helpline.models import Callback, Interaction
from helpline.sms import only_logged
from portal.templatetags.phones import national_phone


@dataclass
class Entry:
    at: datetime
    kind: str  # what sort of record: enquiry, call, voicemail, sms, email, note, callback
    title: str
    text: str = ""
    who: str = ""
    url: str = ""  # the record's own page, when it has one
    details: list[str] = field(default_factory=list)


def calls(user):
    return access.records(Interaction.objects.select_related("contact", "outcome", "agent"),
                          user, "helpline.view_interaction")


def callbacks(user, permission="helpline.view_callback"):
    return access.records(Callback.objects.select_related("contact", "assigned_to"), user,
                          permission)


def person(user) -> str:
    """A member of staff as colleagues know them."""
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


def when(moment) -> str:
    return formats.date_format(timezone.localtime(moment), "j M Y H:i")


def contact_timeline(contact, user):
    """Everything the user may see about this contact, newest first."""
    enquiries = access.enquiries(user).filter(contact=contact)
    entries = [_enquiry_event(event) for event in EnquiryEvent.objects.filter(
        enquiry__in=enquiries).select_related("enquiry", "user")]
    entries += [_notification(n) for n in Notification.objects.filter(
        enquiry__in=enquiries, purpose="confirmation").select_related("enquiry")]
    entries += [_interaction(i) for i in calls(user).filter(contact=contact)]
    entries += [_callback(c) for c in callbacks(user).filter(contact=contact)]
    for more in hooks.get_hooks("contact_timeline_entries"):
        entries += [Entry(**fields) for fields in more(contact, user)]
    return sorted(entries, key=lambda entry: entry.at, reverse=True)


def _enquiry_event(event):
    enquiry = event.enquiry
    text = event.text_display
    if event.kind == "received":  # the stored text names codes; say it from the enquiry
        text = _("%(interest)s, in %(language)s") % {
            "interest": enquiry.get_interest_display(),
            "language": enquiry.get_language_display()}
    return Entry(event.at, "enquiry", f"{_('Enquiry')} {enquiry.reference} · "
                 f"{event.get_kind_display()}", text, person(event.user),
                 reverse("enquiries_staff:detail", args=[enquiry.pk]))


def _notification(notification):
    what = (_("Confirmation email") if notification.channel == "email"
            else _("Confirmation text message"))
    return Entry(notification.sent_at or notification.created_at, notification.channel,
                 f"{what} · {notification.get_status_display()}",
                 _("To %(recipient)s, about enquiry %(reference)s") % {
                     "recipient": notification.recipient,
                     "reference": notification.enquiry.reference},
                 _("The portal"))


KIND_TITLES = {
    ("call", "in"): lambda: _("Incoming call"), ("call", "out"): lambda: _("Outgoing call"),
    ("voicemail", "in"): lambda: _("Voicemail"), ("voicemail", "out"): lambda: _("Voicemail"),
    ("sms", "in"): lambda: _("Incoming text message"),
    ("sms", "out"): lambda: _("Outgoing text message"),
    ("email", "in"): lambda: _("Email received"), ("email", "out"): lambda: _("Email sent"),
    ("note", "in"): lambda: _("Note"), ("note", "out"): lambda: _("Note"),
}


def _interaction(interaction):
    title = KIND_TITLES.get((interaction.kind, interaction.direction),
                            interaction.get_kind_display)()
    if interaction.kind != "note":
        title = f"{title} · {interaction.get_status_display()}"
    details = []
    number = interaction.from_number if interaction.direction == "in" else interaction.to_number
    if number:
        details.append(national_phone(number))
    if interaction.language:
        details.append(interaction.get_language_display())
    if interaction.kind == "sms" and only_logged(interaction):
        details.append(_("not sent to a phone: the console SMS backend wrote it to the log"))
    if interaction.duration_seconds:
        minutes = max(1, round(interaction.duration_seconds / 60))
        details.append(ngettext("%(count)d minute", "%(count)d minutes", minutes)
                       % {"count": minutes})
    if interaction.outcome:
        details.append(_("Outcome: %(outcome)s") % {"outcome": interaction.outcome.name})
    if interaction.topics:
        details.append(_("Topics: %(topics)s") % {"topics": interaction.topics})
    text = interaction.notes
    if interaction.follow_up:
        text = "\n".join(filter(None, [text, _("Follow-up: %(text)s")
                                       % {"text": interaction.follow_up}]))
    return Entry(interaction.queued_at, interaction.kind, title, text,
                 person(interaction.agent), details=details)


def _callback(callback):
    if callback.completed_at:
        title = _("Callback done")
        at = callback.completed_at
    else:
        title = _("Callback due %(when)s") % {"when": when(callback.due_at)}
        at = callback.due_at
    details = [ngettext("%(count)d attempt", "%(count)d attempts", callback.attempts)
               % {"count": callback.attempts}] if callback.attempts else []
    return Entry(at, "callback", title, callback.result, person(callback.assigned_to),
                 details=details)
