"""Subject access: a confirm page (the request, audited), then the download of everything held
about the person as one ZIP (audited again). National staff with privacy.subject_access."""

from django.http import HttpResponse
from django.shortcuts import render

from enquiries import access
from enquiries.audit import audit
from privacy.export import build
from privacy.records import person_ids
from privacy.staff.person import SUBJECT_ACCESS, national_contact


@access.staff_view(get=SUBJECT_ACCESS, post=SUBJECT_ACCESS)
def subject_access(request, pk):
    access.require_national(request.user, SUBJECT_ACCESS)
    contact = national_contact(request, pk)
    if request.method != "POST":
        audit(request, "subject-access-request", contact)
        return render(request, "privacy/staff/subject_access.html",
                      {"contact": contact, "merged": len(person_ids(contact)) - 1})
    name, content = build(contact)
    audit(request, "subject-access-download", contact, detail=f"{len(content)} bytes")
    response = HttpResponse(content, content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Cache-Control"] = "private, no-store"
    return response
