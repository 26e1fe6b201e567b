"""The public enquiry journey: form -> (signpost if outside Wales) -> confirmation. The signpost
is also a page of its own, for anyone told they need a service outside Wales."""

from django.conf import settings
from django.shortcuts import redirect, render
from django.utils.decorators import method_decorator
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views import View
from django.views.decorators.cache import never_cache

from directory.models import services_by_nation
from enquiries import attribution, next_steps
from enquiries.forms import EnquiryForm
from enquiries.intake import receive
from enquiries.models import Enquiry
from portal.ratelimit import allow, client_ip

SESSION_KEY = "enquiry_reference"


def too_many(request):
    return render(request, "enquiries/too_many.html", status=429)


def chosen_interest(value):
    """An `interest` from a link (the "Can I adopt?" check sends `adopting`), if it is one."""
    return value if value in dict(Enquiry.INTERESTS) else None


def outside_wales(request, form=None):
    """The services for people who live outside Wales, from directory data; after the form,
    with the choice to be contacted anyway."""
    return render(request, "enquiries/outside_wales.html",
                  {"form": form, "nations": services_by_nation()})


@method_decorator(never_cache, name="dispatch")
class EnquiryView(View):
    template_name = "enquiries/form.html"

    def get(self, request):
        form = EnquiryForm(initial={
            "campaign_code": attribution.known_code(request.GET.get("campaign", "")),
            "campaign_source": attribution.clean_token(request.GET.get("source", "")),
            "campaign_medium": attribution.clean_token(request.GET.get("medium", "")),
            "interest": chosen_interest(request.GET.get("interest", "")),
        })
        return self.render_form(request, form)

    def render_form(self, request, form, notice="", status=200):
        context = {"form": form, "notice": notice,
                   "privacy_url": settings.PORTAL_PRIVACY_URLS.get(get_language(), "")}
        return render(request, self.template_name, context, status=status)

    def post(self, request):
        ip_limit, window = settings.ENQUIRY_RATE_LIMITS["ip"]
        if not allow("enquiry-ip", client_ip(request), ip_limit, window):
            return too_many(request)
        form = EnquiryForm(request.POST)
        if form.looks_automated():
            form = EnquiryForm(initial=form.answers())
            notice = _("Please check your answers, then send the form again.")
            return self.render_form(request, form, notice, status=400)
        if not form.is_valid():
            return self.render_form(request, form)
        if form.lives_outside_wales and not form.cleaned_data["contact_anyway"]:
            return outside_wales(request, form)
        email = form.cleaned_data.get("email")
        email_limit, window = settings.ENQUIRY_RATE_LIMITS["email"]
        if email and not allow("enquiry-email", email.lower(), email_limit, window):
            return too_many(request)
        enquiry = receive(form.new_enquiry())
        request.session[SESSION_KEY] = enquiry.reference
        return redirect("enquiries:thanks")


@never_cache
def thanks(request):
    reference = request.session.get(SESSION_KEY)
    enquiry = (Enquiry.objects.select_related("region", "agency")
               .filter(reference=reference).first() if reference else None)
    if enquiry is None:
        return redirect("enquiries:form")
    return render(request, "enquiries/thanks.html", {
        "enquiry": enquiry, "steps": next_steps.timeline(enquiry),
        **next_steps.context(enquiry, get_language()),
    })
