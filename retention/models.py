"""The retention schedule as data: for each kind of record, how long it is kept after its last
activity and what happens then. The information governance lead edits it in the admin; the
retention job (privacy.retention) and the privacy notice both read it, so the words and the job
cannot disagree. Defaults and their reasoning: docs/data-protection.md."""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from portal.content_version import Memo

DELETE, ANONYMISE = "delete", "anonymise"
ACTIONS = [(DELETE, _("Delete")),
           (ANONYMISE, _("Anonymise: keep the counts, remove who it was"))]

# The kinds the job knows how to find and treat, in the order the notice lists them.
KINDS = [
    ("enquiry-no-contact", _("Enquiry with no further contact")),
    ("enquiry-closed", _("Closed enquiry")),
    ("helpline-call", _("Helpline call")),
    ("voicemail-recording", _("Voicemail recording")),
    ("sms", _("Text message (SMS)")),
    ("event-booking", _("Event booking")),
    ("audit-entry", _("Audit entry")),
]


class RetentionRule(models.Model):
    kind = models.CharField(_("kind of record"), max_length=30, choices=KINDS, unique=True)
    keep_for_months = models.PositiveSmallIntegerField(
        _("kept for (months)"),
        help_text=_("Counted from the record's last activity."))
    action = models.CharField(_("then"), max_length=10, choices=ACTIONS)
    # The reason, as the privacy notice gives it to the public.
    reason_en = models.TextField(_("why (English)"))
    reason_cy = models.TextField(_("why (Welsh)"))

    class Meta:
        verbose_name = _("retention rule")
        verbose_name_plural = _("retention schedule")

    def __str__(self):
        return str(self.get_kind_display())

    @property
    def reason(self):
        return self.reason_cy if get_language() == "cy" and self.reason_cy else self.reason_en

    @property
    def order(self):
        return [kind for kind, _label in KINDS].index(self.kind)


def schedule():
    """Every rule, in the notice's order, from the database."""
    return sorted(RetentionRule.objects.all(), key=lambda rule: rule.order)


_published = Memo()


def published_schedule():
    """The schedule as the privacy notice shows it: read once per process for each content
    version, which every edit of a rule renews (cms.frontcache purges the pages too)."""
    return _published.get("schedule", schedule)
