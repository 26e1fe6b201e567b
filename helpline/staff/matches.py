"""Possible matches: two contacts that share an email or phone but not a name. Staff who may
merge review them inside their wall (national staff see all, including those flagged because
the other person was outside someone's wall) and either merge or dismiss them."""

from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from enquiries import access
from enquiries.audit import audit
from enquiries.models import PossibleMatch

MERGE = "enquiries.merge_contact"


def reviewable(user):
    """Open matches whose two contacts are both inside the user's wall."""
    walled = access.contacts(user, MERGE).filter(merged_into__isnull=True)
    return (PossibleMatch.objects.filter(resolved_at__isnull=True, new__in=walled,
                                         existing__in=walled)
            .select_related("new", "existing"))


def resolve(first, second):
    """A merge or a dismissal settles the pair, whichever way round it was flagged."""
    (PossibleMatch.objects.filter(new=first, existing=second) |
     PossibleMatch.objects.filter(new=second, existing=first)).filter(
        resolved_at__isnull=True).update(resolved_at=timezone.now())


@access.staff_view(get=MERGE)
def possible_matches(request):
    matches = list(reviewable(request.user)[:100])
    audit(request, "list", *[c for m in matches for c in (m.new, m.existing)])
    return render(request, "helpline/staff/possible_matches.html", {"matches": matches})


@access.staff_view(post=MERGE)
def dismiss_match(request, pk):
    match = get_object_or_404(reviewable(request.user), pk=pk)
    resolve(match.new, match.existing)
    audit(request, "not-a-match", match.new, detail=f"not contact {match.existing_id}")
    return redirect("helpline_staff:possible_matches")
