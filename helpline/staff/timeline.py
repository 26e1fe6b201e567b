"""One timeline per person: web enquiries, calls, voicemails, SMS, emails and notes."""

from dataclasses import dataclass
from datetime import datetime

from enquiries import access
from enquiries.models import EnquiryEvent, Notification
from helpline.models import Callback, Interaction


@dataclass
class Entry:
    at: datetime
    kind: str
    title: str
    text: str
    who: str = ""


def calls(user):
    return access.records(Interaction.objects.select_related("contact", "outcome", "agent"),
                          user, "helpline.view_interaction")


def callbacks(user, permission="helpline.view_callback"):
    return access.records(Callback.objects.select_related("contact", "assigned_to"), user,
                          permission)


def contact_timeline(contact, user):
    """Everything the user may see about this contact, newest first."""
    enquiries = access.enquiries(user).filter(contact=contact)
    entries = [
        Entry(e.at, "enquiry", f"{e.enquiry.reference} · {e.get_kind_display()}", e.text_display,
              str(e.user or ""))
        for e in EnquiryEvent.objects.filter(enquiry__in=enquiries).select_related(
            "enquiry", "user")
    ]
    entries += [
        Entry(n.sent_at or n.created_at, n.channel,
              f"{n.enquiry.reference} · {n.get_purpose_display()} ({n.get_status_display()})",
              n.recipient)
        for n in Notification.objects.filter(enquiry__in=enquiries, purpose="confirmation")
        .select_related("enquiry")
    ]
    entries += [
        Entry(i.queued_at, i.kind, f"{i.get_kind_display()} · {i.get_direction_display()}"
              + (f" · {i.outcome}" if i.outcome else "")
              + (f" · {i.get_status_display()}" if i.kind == "sms" else ""),
              "\n".join(filter(None, [i.notes, i.follow_up])), str(i.agent or ""))
        for i in calls(user).filter(contact=contact)
    ]
    entries += [
        Entry(c.due_at, "callback", f"Callback due {c.due_at:%d %b %H:%M}", c.result,
              str(c.assigned_to or ""))
        for c in callbacks(user).filter(contact=contact)
    ]
    return sorted(entries, key=lambda entry: entry.at, reverse=True)
