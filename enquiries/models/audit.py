"""An append-only record of every time staff viewed, searched, exported or changed personal data,
and of every change to who may do so. Entries are never updated or deleted: not by `save()`, not
by a queryset, and on PostgreSQL not by SQL either (a trigger, migration 0005)."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils.translation import gettext_lazy as _

REFUSED = "Audit entries cannot be changed or deleted."


class AppendOnlyQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise PermissionDenied(REFUSED)

    def delete(self):
        raise PermissionDenied(REFUSED)

    def bulk_update(self, objs, fields, batch_size=None):
        raise PermissionDenied(REFUSED)

    def _raw_delete(self, using):
        raise PermissionDenied(REFUSED)

    _raw_delete.queryset_only = True


class AuditEntry(models.Model):
    # The user's id and name as they were: deleting the user changes neither (no foreign key
    # constraint, nothing cascades), so the trail still says who did it.
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.DO_NOTHING,
                             db_constraint=False, related_name="+")
    actor = models.CharField(_("who"), max_length=150)
    action = models.CharField(_("action"), max_length=40)  # view, search, export, merge...
    object_type = models.CharField(_("record type"), max_length=50)
    object_id = models.CharField(_("record"), max_length=50, blank=True)
    contact_id = models.BigIntegerField(_("person"), null=True, blank=True, db_index=True)
    hits = models.PositiveIntegerField(_("results"), null=True, blank=True)
    detail = models.CharField(_("detail"), max_length=300, blank=True)
    path = models.CharField(_("page address"), max_length=300, blank=True)
    at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit entries")

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor} {self.action} {self.object_type}"

    def save(self, *args, **kwargs):
        if self.pk:
            raise PermissionDenied(REFUSED)
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionDenied(REFUSED)
