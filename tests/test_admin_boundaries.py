"""Admin boundaries, tried as an attack by a member of Administrators (who may manage users and
groups) and then by a superuser: only a superuser makes or edits superusers or hands out the
permission to manage users and groups. Every access change is audited with its actor."""

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.test import RequestFactory
from django.urls import reverse

from enquiries.models import AuditEntry, StaffProfile
from enquiries.staff.current_user import CurrentUserMiddleware
from tests.helpers import with_mfa
from tests.staff import ADMINISTRATOR, REGIONAL, make_staff

pytestmark = pytest.mark.django_db
PASSWORD = "tidy-kettle-harbour-41"


@pytest.fixture(params=["administrator", "superuser"])
def actor(request, client):
    user = (make_staff(ADMINISTRATOR) if request.param == "administrator"
            else make_staff(is_superuser=True))
    client.force_login(user)
    return user


def user_form(user=None, **changes):
    """What the user create/edit form posts: the user's current values, then `changes`."""
    data = {"username": "new-person", "email": "new@staff.example.org", "first_name": "New",
            "last_name": "Person", "password1": PASSWORD, "password2": PASSWORD,
            "is_active": "on", "region": "", "agency": ""}
    if user:
        profile = StaffProfile.objects.filter(user=user).first()
        data.update(username=user.username, email=user.email, first_name=user.first_name or "A",
                    last_name=user.last_name or "B", password1="", password2="",
                    groups=[g.pk for g in user.groups.all()],
                    region=profile and profile.region_id or "",
                    agency=profile and profile.agency_id or "")
        if user.is_superuser:
            data["is_superuser"] = "on"
    data.update(changes)
    return data


def edit(client, user, **changes):
    return client.post(reverse("wagtailusers_users:edit", args=[user.pk]),
                       user_form(user, **changes))


def group_form(client, group=None, permissions=()):
    """The group form with its permission panels' management fields, as the page has them."""
    url = (reverse("wagtailusers_groups:edit", args=[group.pk]) if group
           else reverse("wagtailusers_groups:add"))
    data = {"name": group.name if group else "Web team", "permissions": [p.pk for p in permissions]}
    for panel in client.get(url).context["permission_panels"]:
        data.update({f"{panel.prefix}-{key}": value
                     for key, value in panel.management_form.initial.items()})
    return url, data


def perm(codename):
    return Permission.objects.get(codename=codename)


def refused(response):
    return response.status_code == 302 and response.url == reverse("wagtailadmin_home")


def test_only_a_superuser_creates_a_superuser(client, actor):
    response = client.post(reverse("wagtailusers_users:add"), user_form(is_superuser="on"))
    assert response.status_code == 302
    assert User.objects.get(username="new-person").is_superuser == actor.is_superuser
    page = client.get(reverse("wagtailusers_users:add")).content.decode()
    assert ('name="is_superuser"' in page) == actor.is_superuser
    assert 'name="region"' in page and 'name="agency"' in page


def test_only_a_superuser_promotes_a_user(client, actor):
    colleague = make_staff(REGIONAL, region="north-wales")
    page = client.get(reverse("wagtailusers_users:edit", args=[colleague.pk])).content.decode()
    assert ('name="is_superuser"' in page) == actor.is_superuser
    assert 'name="region"' in page and 'name="agency"' in page
    assert edit(client, colleague, is_superuser="on").status_code == 302
    colleague.refresh_from_db()
    assert colleague.is_superuser == actor.is_superuser


def test_only_a_superuser_edits_a_superuser(client, actor):
    boss = make_staff(is_superuser=True)
    page = client.get(reverse("wagtailusers_users:edit", args=[boss.pk]))
    assert refused(page) != actor.is_superuser
    response = edit(client, boss, email="taken@attacker.example.org", password1=PASSWORD,
                    password2=PASSWORD)
    assert refused(response) != actor.is_superuser
    boss.refresh_from_db()
    assert (boss.email == "taken@attacker.example.org") == actor.is_superuser
    assert boss.check_password(PASSWORD) == actor.is_superuser


def test_only_a_superuser_deletes_a_superuser(client, actor):
    boss = make_staff(is_superuser=True)
    response = client.post(reverse("wagtailusers_users:delete", args=[boss.pk]))
    assert refused(response) != actor.is_superuser
    assert User.objects.filter(pk=boss.pk).exists() != actor.is_superuser


def test_only_a_superuser_deactivates_a_superuser_in_bulk(client, actor):
    boss = make_staff(is_superuser=True)
    url = reverse("wagtail_bulk_action", args=["auth", "user", "set_active_state"])
    client.post(f"{url}?id={boss.pk}", {"mark_as_active": False})
    boss.refresh_from_db()
    assert boss.is_active != actor.is_superuser
    if actor.is_superuser:  # saved one by one, so audited
        assert AuditEntry.objects.filter(action="active-changed", object_id=str(boss.pk),
                                         actor=actor.username, detail="True → False").exists()


def test_only_a_superuser_grants_user_management_to_a_group(client, actor):
    actor.user_permissions.add(perm("add_group"))  # Administrators may not add groups at all
    url, data = group_form(client, permissions=[perm("access_admin"), perm("change_user")])
    response = client.post(url, data)
    assert Group.objects.filter(name="Web team").exists() == actor.is_superuser
    if not actor.is_superuser:
        assert response.status_code == 200
        assert "Only a superuser" in response.content.decode()

    group = Group.objects.create(name="Editors of people")
    group.permissions.add(perm("access_admin"))
    url, data = group_form(client, group, permissions=[perm("access_admin"), perm("add_group")])
    client.post(url, data)
    assert group.permissions.filter(codename="add_group").exists() == actor.is_superuser


def test_only_a_superuser_takes_user_management_from_a_group(client, actor):
    group = Group.objects.create(name="People team")
    group.permissions.add(perm("access_admin"), perm("change_user"))
    url, data = group_form(client, group, permissions=[perm("access_admin")])
    client.post(url, data)
    assert group.permissions.filter(codename="change_user").exists() != actor.is_superuser

    kept = list(group.permissions.all())
    url, data = group_form(client, group, permissions=[*kept, perm("change_region")])
    client.post(url, data)  # other permissions an administrator may still change
    assert group.permissions.filter(codename="change_region").exists()

    actor.user_permissions.add(perm("delete_group"))  # deleting the group takes them all
    response = client.post(reverse("wagtailusers_groups:delete", args=[group.pk]))
    assert refused(response) != actor.is_superuser
    assert Group.objects.filter(pk=group.pk).exists() != actor.is_superuser


def test_the_user_form_sets_a_region_or_an_agency_not_both(client, actor):
    from directory.models import Agency, Region

    north, st_davids = Region.objects.get(slug="north-wales"), Agency.objects.get(slug="st-davids")
    response = client.post(reverse("wagtailusers_users:add"),
                           user_form(region=north.pk, agency=st_davids.pk))
    assert response.status_code == 200
    assert "Choose a region or an agency, not both." in response.content.decode()
    assert not User.objects.filter(username="new-person").exists()

    client.post(reverse("wagtailusers_users:add"),
                user_form(region=north.pk, groups=[Group.objects.get(name=REGIONAL).pk]))
    person = User.objects.get(username="new-person")
    assert person.staff_profile.region == north and person.staff_profile.agency is None
    entries = AuditEntry.objects.filter(object_type="user", object_id=str(person.pk))
    assert set(entries.values_list("action", "actor", "detail")) == {
        ("profile-changed", actor.username, "no profile → region north-wales"),
        ("groups-changed", actor.username, f"added: {REGIONAL}"),
    }

    edit(client, person, region="", agency=st_davids.pk)
    person.staff_profile.refresh_from_db()
    assert person.staff_profile.agency == st_davids and person.staff_profile.region is None
    assert entries.filter(action="profile-changed", actor=actor.username,
                          detail="region north-wales → agency st-davids").exists()


def test_access_changes_are_audited_with_their_actor(client):
    boss = make_staff(is_superuser=True)
    client.force_login(boss)
    person = make_staff(REGIONAL, region="western-bay")
    entries = AuditEntry.objects.filter(object_type="user", object_id=str(person.pk))
    # Made in the shell (make_staff): the system did it.
    assert {"groups-changed", "profile-changed", "mfa-added"} <= set(
        entries.filter(actor="system").values_list("action", flat=True))

    edit(client, person, is_superuser="on", is_active="", email="moved@staff.example.org",
         groups=[Group.objects.get(name=ADMINISTRATOR).pk])
    by_boss = set(entries.filter(actor=boss.username).values_list("action", "detail"))
    assert by_boss == {
        ("superuser-changed", "False → True"),
        ("active-changed", "True → False"),
        ("email-changed", f"{person.email} → moved@staff.example.org"),
        ("groups-changed", f"removed: {REGIONAL}"),
        ("groups-changed", f"added: {ADMINISTRATOR}"),
    }

    # MFA set up or removed during someone's request is theirs; the profile deleted in the shell.
    request = RequestFactory().get("/accounts/2fa/")
    request.user = person
    CurrentUserMiddleware(lambda request: person.authenticator_set.all().delete())(request)
    CurrentUserMiddleware(lambda request: with_mfa(person))(request)
    person.staff_profile.delete()
    assert entries.filter(action="mfa-added", actor=person.username, detail="totp").exists()
    assert entries.filter(action="mfa-removed", actor=person.username, detail="totp").exists()
    assert entries.filter(action="profile-changed", actor="system",
                          detail="region western-bay → no profile").exists()
