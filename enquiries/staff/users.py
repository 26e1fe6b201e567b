"""Wagtail's user and group screens within the portal's admin boundaries: only a superuser may
make someone a superuser, edit or delete a superuser, or give a group (or take from it) the
permissions that manage users and groups. The user forms also set the staff profile's wall:
a region, an agency, or neither for national staff."""

from django import forms
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.users import forms as wagtail_forms
from wagtail.users.views import bulk_actions, groups, users

from directory.models import Agency, Region
from enquiries import access

MANAGE_USERS = Q(content_type__app_label="auth", codename__in=[
    f"{action}_{model}" for action in ("add", "change", "delete") for model in ("user", "group")])


def may_touch(actor, user):
    """Only a superuser may change a superuser's account."""
    return actor.is_superuser or not user.is_superuser


class StaffUserForm:
    """Mixed into Wagtail's user forms: the superuser box for superusers only (without the field
    a forged is_superuser=on is ignored) and the staff profile's region or agency."""

    def __init__(self, *args, request_user, **kwargs):
        super().__init__(*args, **kwargs)
        if not request_user.is_superuser:
            self.fields.pop("is_superuser", None)
        where = access.scope(self.instance) if self.instance.pk else access.NOBODY
        self.fields["region"] = forms.ModelChoiceField(
            Region.objects.all(), required=False, initial=where.region and where.region.pk,
            label=_("Region"),
            help_text=_("Regional staff see only their region's records."))
        self.fields["agency"] = forms.ModelChoiceField(
            Agency.objects.filter(kind=Agency.VOLUNTARY), required=False,
            initial=where.agency and where.agency.pk, label=_("Voluntary adoption agency"),
            help_text=_("Agency staff see only the enquiries routed to their agency. With "
                        "neither a region nor an agency, staff are national and see all."))

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("region") and cleaned.get("agency"):
            raise ValidationError(_("Choose a region or an agency, not both."))
        return cleaned

    def _save_m2m(self):  # called by save() whether or not it commits
        super()._save_m2m()
        access.set_wall(self.instance, self.cleaned_data["region"], self.cleaned_data["agency"])


class StaffUserCreationForm(StaffUserForm, wagtail_forms.UserCreationForm):
    pass


class StaffUserEditForm(StaffUserForm, wagtail_forms.UserEditForm):
    pass


class PassRequestUser:
    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "request_user": self.request.user}


class NotASuperuser:
    """Editing or deleting a superuser takes a superuser (the admin shows a refusal)."""

    def dispatch(self, request, *args, **kwargs):
        if not may_touch(request.user, self.object):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class CreateUser(PassRequestUser, users.CreateView):
    pass


class EditUser(NotASuperuser, PassRequestUser, users.EditView):
    pass


class DeleteUser(NotASuperuser, users.DeleteView):
    pass


class StaffUserViewSet(users.UserViewSet):
    add_view_class = CreateUser
    edit_view_class = EditUser
    delete_view_class = DeleteUser
    create_template_name = "enquiries/staff/user_create.html"
    edit_template_name = "enquiries/staff/user_edit.html"

    def get_form_class(self, for_update=False):
        return StaffUserEditForm if for_update else StaffUserCreationForm


class StaffGroupForm(wagtail_forms.GroupForm):
    def __init__(self, *args, request_user, **kwargs):
        super().__init__(*args, **kwargs)
        self.request_user = request_user

    def clean(self):
        cleaned = super().clean()
        if self.request_user.is_superuser or cleaned.get("permissions") is None:
            return cleaned
        guarded = set(Permission.objects.filter(MANAGE_USERS))
        before = set(self.instance.permissions.all()) & guarded if self.instance.pk else set()
        if set(cleaned["permissions"]) & guarded != before:
            raise ValidationError(_("Only a superuser can give a group, or take from it, the "
                                    "permission to manage users and groups."))
        return cleaned


class CreateGroup(PassRequestUser, groups.CreateView):
    pass


class EditGroup(PassRequestUser, groups.EditView):
    pass


class DeleteGroup(groups.DeleteView):
    """Deleting a group takes its permissions from its members: for the permissions that manage
    users and groups, that takes a superuser too."""

    def dispatch(self, request, *args, **kwargs):
        if (not request.user.is_superuser
                and self.object.permissions.filter(MANAGE_USERS).exists()):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class StaffGroupViewSet(groups.GroupViewSet):
    add_view_class = CreateGroup
    edit_view_class = EditGroup
    delete_view_class = DeleteGroup

    def get_form_class(self, for_update=False):
        return StaffGroupForm


# The bulk actions on the user list, with the same boundary. Registered after Wagtail's own
# (order=1), they replace them.
class AssignRole(bulk_actions.AssignRoleBulkAction):
    def check_perm(self, obj):
        return super().check_perm(obj) and may_touch(self.request.user, obj)


class SetActiveState(bulk_actions.SetActiveStateBulkAction):
    def check_perm(self, obj):
        return super().check_perm(obj) and may_touch(self.request.user, obj)

    @classmethod
    def execute_action(cls, objects, mark_as_active=False, user=None, **kwargs):
        # One save per user rather than a queryset update, so that each change is audited.
        objects = [obj for obj in objects if user is None or obj.pk != user.pk]
        for obj in objects:
            obj.is_active = mark_as_active
            obj.save(update_fields=["is_active"])
        return len(objects), 0


hooks.register("register_bulk_action", AssignRole, order=1)
hooks.register("register_bulk_action", SetActiveState, order=1)
