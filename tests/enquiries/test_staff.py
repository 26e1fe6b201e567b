"""Staff screens: the region wall (5 x 5), the audit trail, status changes and escaping."""

import pytest
from django.contrib.auth.models import Permission, User
from django.utils import timezone

from enquiries.models import AuditEntry, Enquiry, EnquiryEvent
from tests.factories import people
from tests.helpers import with_mfa
from tests.staff import regional_or_manager as staff

pytestmark = pytest.mark.django_db
REGIONS = list(people.COUNCIL_IN)


@pytest.fixture
def one_per_region():
    return {slug: people.enquiry(slug) for slug in REGIONS}


@pytest.mark.parametrize("staff_region", REGIONS)
@pytest.mark.parametrize("record_region", REGIONS)
def test_region_wall(client, one_per_region, staff_region, record_region):
    client.force_login(staff(staff_region))
    enquiry = one_per_region[record_region]
    same = staff_region == record_region
    listing = client.get("/admin/enquiries/").content.decode()
    assert (enquiry.reference in listing) is same
    assert client.get(f"/admin/enquiries/{enquiry.pk}/").status_code == (200 if same else 404)
    response = client.post(f"/admin/enquiries/{enquiry.pk}/note/", {"text": "Called back"})
    assert response.status_code == (302 if same else 404)
    assert EnquiryEvent.objects.filter(enquiry=enquiry, kind="note").exists() is same
    export = client.get("/admin/enquiries/export.csv").content.decode()
    assert (enquiry.reference in export) is same


def test_national_staff_see_every_region_and_can_reassign(client, one_per_region):
    client.force_login(staff())
    listing = client.get("/admin/enquiries/").content.decode()
    assert all(e.reference in listing for e in one_per_region.values())
    enquiry = one_per_region["north-wales"]
    target = people.region("western-bay")
    client.post(f"/admin/enquiries/{enquiry.pk}/reassign/",
                {"region": target.pk, "reason": "Family moving to Swansea"})
    enquiry.refresh_from_db()
    assert (enquiry.region, enquiry.route) == (target, "reassigned")
    assert "Family moving to Swansea" in enquiry.routing_reason


def test_regional_staff_cannot_reassign(client, one_per_region):
    client.force_login(staff("north-wales"))
    enquiry = one_per_region["north-wales"]
    response = client.post(f"/admin/enquiries/{enquiry.pk}/reassign/",
                           {"region": people.region("western-bay").pk, "reason": "x"})
    assert (response.status_code, response["Location"]) == (302, "/admin/")  # Wagtail's refusal
    enquiry.refresh_from_db()
    assert enquiry.region.slug == "north-wales"


def test_people_without_a_staff_profile_see_nothing(client, one_per_region):
    user = User.objects.create_user("editor", password="x" * 16)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    with_mfa(user)
    client.force_login(user)
    enquiry = one_per_region["north-wales"]
    for url in ("/admin/enquiries/", f"/admin/enquiries/{enquiry.pk}/"):
        response = client.get(url)  # refused, as a missing permission is
        assert (response.status_code, response["Location"]) == (302, "/admin/")


def test_every_view_is_audited_and_the_audit_cannot_be_edited(client, one_per_region):
    user = staff("western-bay")
    client.force_login(user)
    enquiry = one_per_region["western-bay"]
    client.get(f"/admin/enquiries/{enquiry.pk}/")
    client.get("/admin/enquiries/export.csv")
    actions = set(AuditEntry.objects.filter(user=user).values_list("action", "object_type"))
    assert {("view", "enquiry"), ("view", "contact"), ("export", "enquiry")} <= actions
    entry = AuditEntry.objects.filter(user=user).first()
    with pytest.raises(Exception, match="cannot be changed or deleted"):
        entry.save()
    with pytest.raises(Exception, match="cannot be changed or deleted"):
        entry.delete()


def test_status_changes_record_the_first_response_and_close_with_a_reason(client):
    enquiry = people.enquiry("south-east-wales")
    client.force_login(staff("south-east-wales"))
    client.post(f"/admin/enquiries/{enquiry.pk}/status/", {"status": "closed"})
    enquiry.refresh_from_db()
    assert enquiry.status == "new"  # a reason is required to close
    client.post(f"/admin/enquiries/{enquiry.pk}/status/", {"status": "contacted"})
    client.post(f"/admin/enquiries/{enquiry.pk}/status/",
                {"status": "closed", "closed_reason": "Decided not to proceed"})
    enquiry.refresh_from_db()
    assert enquiry.status == "closed" and enquiry.first_responded_at is not None
    kinds = list(enquiry.events.values_list("kind", flat=True))
    assert kinds.count("status") == 2 and kinds.count("first-response") == 1


def test_overdue_enquiries_stand_out_and_filter(client):
    late = people.enquiry("mid-west-wales")
    Enquiry.objects.filter(pk=late.pk).update(
        first_response_due=timezone.localdate() - timezone.timedelta(days=1))
    on_time = people.enquiry("mid-west-wales")
    client.force_login(staff("mid-west-wales"))
    html = client.get("/admin/enquiries/?overdue=1").content.decode()
    assert late.reference in html and on_time.reference not in html
    assert "enquiry--overdue" in html


def test_what_a_visitor_typed_is_escaped_in_the_admin(client):
    enquiry = people.enquiry("north-wales", first_name="<script>alert(1)</script>",
                           message="<img src=x onerror=alert(2)>")
    client.force_login(staff("north-wales"))
    for url in ("/admin/enquiries/", f"/admin/enquiries/{enquiry.pk}/"):
        html = client.get(url).content.decode()
        assert "<script>alert(1)</script>" not in html
        assert "<img src=x" not in html
        assert "&lt;script&gt;" in html


def test_export_defuses_spreadsheet_formulas(client):
    enquiry = people.enquiry("north-wales")
    Enquiry.objects.filter(pk=enquiry.pk).update(status="=HYPERLINK()")
    client.force_login(staff())
    assert "'=HYPERLINK()" in client.get("/admin/enquiries/export.csv").content.decode()
