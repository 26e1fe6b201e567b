"""The retention job: for each rule of the schedule (retention.models), the records past their
time are deleted or anonymised, in batches, each batch in its own transaction with one audit
entry. People on an active legal hold are left alone, whatever their records' age.

A record's last activity (the clock the rule's months run from):
- an enquiry: its latest event (received, routed, status, note, first response...); enquiries
  that are not closed count under "no further contact", closed ones under "closed";
- a helpline call, voicemail, email or note: when it ended, else when it started;
- a voicemail recording: when the call came in;
- a text message: when it was logged or sent;
- an event booking: its last change (booked, cancelled, offered, attendance taken);
- an audit entry: when it was written (those about a person on hold are kept with them).
docs/data-protection.md says why."""

from dataclasses import dataclass, field
from datetime import date, datetime, time

from dateutil.relativedelta import relativedelta
from django.db import transaction
from django.db.models import OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from bookings.models import Booking, BookingMessage
from enquiries.audit import audit_job
from enquiries.models import AuditEntry, Enquiry, EnquiryEvent, Notification
from helpline.models import Interaction
from privacy import anonymise
from privacy.models import LegalHold
from retention.models import ANONYMISE, DELETE, schedule

EXAMPLES = 5


@dataclass
class Outcome:
    action: str
    count: int = 0
    batches: int = 0
    failed: int = 0
    examples: list = field(default_factory=list)


def cutoff(months: int, today: date) -> datetime:
    """The start of the day `months` before `today`, in the portal's time zone."""
    return timezone.make_aware(datetime.combine(today - relativedelta(months=months), time.min))


def held():
    return LegalHold.objects.active().values("contact_id")


def _enquiries(closed):
    def due(before):
        last_event = (EnquiryEvent.objects.filter(enquiry=OuterRef("pk")).order_by("-at")
                      .values("at")[:1])
        rows = (Enquiry.objects.filter(anonymised_at__isnull=True)
                .annotate(last_activity=Coalesce(Subquery(last_event), "created_at"))
                .filter(last_activity__lt=before).exclude(contact_id__in=held()))
        return rows.filter(status="closed") if closed else rows.exclude(status="closed")
    return due


def _calls(before):
    return (Interaction.objects.filter(anonymised_at__isnull=True).exclude(kind="sms")
            .annotate(last_activity=Coalesce("ended_at", "queued_at"))
            .filter(last_activity__lt=before).exclude(contact_id__in=held()))


def _recordings(before):
    return (Interaction.objects.exclude(recording_url="").filter(queued_at__lt=before)
            .exclude(contact_id__in=held()))


def _texts(before):
    return (Interaction.objects.filter(kind="sms", queued_at__lt=before)
            .exclude(contact_id__in=held()))


def _sent(model, person):
    def due(before):
        return (model.objects.filter(channel="sms", created_at__lt=before)
                .exclude(status="pending").exclude(**{f"{person}__in": held()}))
    return due


def _bookings(before):
    return (Booking.objects.filter(anonymised_at__isnull=True, updated_at__lt=before)
            .exclude(contact_id__in=held()))


def _audit(before):
    """Entries about a person on hold stay too: a complaint or a court case may need them."""
    return AuditEntry.objects.filter(at__lt=before).exclude(contact_id__in=held())


def _delete(rows):
    return rows.model.objects.filter(pk__in=list(rows.values_list("pk", flat=True))).delete()[0]


# kind: [(what is due, {action: what is done to it}, the people it names)]
PARTS = {
    "enquiry-no-contact": [(_enquiries(closed=False), {ANONYMISE: anonymise.enquiries,
                                                       DELETE: _delete}, "contact_id")],
    "enquiry-closed": [(_enquiries(closed=True), {ANONYMISE: anonymise.enquiries,
                                                  DELETE: _delete}, "contact_id")],
    "helpline-call": [(_calls, {ANONYMISE: anonymise.calls, DELETE: _delete}, "contact_id")],
    "voicemail-recording": [(_recordings, {DELETE: anonymise.recordings}, None)],
    "sms": [(_texts, {DELETE: _delete, ANONYMISE: anonymise.calls}, "contact_id"),
            (_sent(Notification, "enquiry__contact_id"), {DELETE: _delete}, None),
            (_sent(BookingMessage, "booking__contact_id"), {DELETE: _delete}, None)],
    "event-booking": [(_bookings, {ANONYMISE: anonymise.bookings, DELETE: _delete},
                       "contact_id")],
    "audit-entry": [(_audit, {DELETE: anonymise.audit_entries}, None)],
}


def apply(today: date | None = None, dry_run=False, batch_size=500, user=None) -> dict:
    """{kind: Outcome} for every rule. A dry run counts and gives examples; it changes nothing."""
    today = today or timezone.localdate()
    report = {}
    for rule in schedule():
        before = cutoff(rule.keep_for_months, today)
        outcome = report[rule.kind] = Outcome(rule.action)
        for due, actions, person in PARTS[rule.kind]:
            # A kind that can only be deleted (recordings, audit entries) is deleted.
            act = actions.get(rule.action) or actions[DELETE]
            if dry_run:
                outcome.count += due(before).count()
                outcome.examples += list(due(before).values_list("pk", flat=True)[:EXAMPLES])
            else:
                _run(rule, due(before), act, person, batch_size, outcome, user)
    if not dry_run:  # every run is on the record, even one that found nothing due
        audit_job(user, "retention-run", "retentionrule", sum(o.count for o in report.values()),
                  "; ".join(f"{kind}: {o.action} {o.count}" for kind, o in report.items()))
    return report


def _run(rule, rows, act, person, batch_size, outcome, user):
    skipped = set()  # rows a provider would not let go of (a recording Twilio kept)
    while True:
        with transaction.atomic():
            ids = list(rows.exclude(pk__in=skipped).values_list("pk", flat=True)[:batch_size])
            if not ids:
                return
            batch = rows.model.objects.filter(pk__in=ids)
            people = set(batch.values_list(person, flat=True)) - {None} if person else set()
            done = act(batch)
            if isinstance(done, tuple):  # (done, the ids that failed)
                done, failed = done
                skipped |= set(failed)
                outcome.failed += len(failed)
            forgotten = anonymise.forget_people(people)
            outcome.count += done
            outcome.batches += 1
            audit_job(user, "retention", rows.model._meta.model_name, done,
                      f"{rule.kind}: {rule.action} {done} (batch {outcome.batches}; "
                      f"{forgotten} people forgotten)")
        if len(ids) < batch_size and not skipped:
            return
