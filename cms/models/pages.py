"""Page types: home, section index, advice, stories, events and a plain standard page."""

from django.db import models
from django.http import HttpResponse
from django.utils import timezone, translation
from django.utils.http import content_disposition_header
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms import ics, routing
from cms.events import EventFilterForm
from cms.models.base import BASE_TRANSLATABLE_FIELDS, BasePage, locked
from directory.bilingual import name_order
from directory.models import LocalAuthority
from portal.languages import LANGUAGES
from portal.restrictions import public


class HomePage(BasePage):
    lists_upcoming_events = True
    hero_heading = models.CharField(max_length=120)
    hero_text = models.TextField(blank=True)

    content_panels = BasePage.content_panels[:1] + [
        MultiFieldPanel([FieldPanel("hero_heading"), FieldPanel("hero_text")], heading=_("Hero")),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    override_translatable_fields = BASE_TRANSLATABLE_FIELDS + [
        TranslatableField("hero_heading"),
        TranslatableField("hero_text"),
    ]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "cms.SectionIndexPage", "cms.StoryIndexPage", "cms.EventIndexPage", "cms.StandardPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        page = routing.page_at(self, path_components) if path_components else None
        if page is not None:
            return page.route(request, [])
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = (
            public(SectionIndexPage.objects.child_of(self).live()).defer_streamfields()
        )
        context["events"] = EventPage.upcoming().descendant_of(self)[:3]
        context["stories"] = (
            public(StoryPage.objects.descendant_of(self).live()).defer_streamfields()
            .order_by("-first_published_at")[:2]
        )
        return context


class SectionIndexPage(BasePage):
    """A section such as "Adopting" or "Adoption support": lists the advice pages in it."""

    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.AdvicePage", "cms.RegionPage", "cms.StandardPage"]

    class Meta:
        verbose_name = _("section index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["children"] = (
            public(self.get_children().live()).specific().defer_streamfields()
        )
        return context


class AdvicePage(BasePage):
    TOPICS = [
        ("can-i-adopt", _("Can I adopt?")),
        ("process", _("The adoption process")),
        ("children", _("The children who wait")),
        ("support", _("Adoption support")),
        ("inter-country", _("Inter-country adoption")),
        ("birth-families", _("Birth families")),
        ("adopted-adults", _("Adopted adults and access to records")),
        ("step-parent", _("Step-parent adoption")),
    ]
    topic = models.CharField(max_length=30, choices=TOPICS)

    content_panels = BasePage.content_panels + [FieldPanel("topic")]
    search_fields = BasePage.search_fields + [index.FilterField("topic")]
    override_translatable_fields = BASE_TRANSLATABLE_FIELDS + [locked("topic")]
    parent_page_types = ["cms.SectionIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("advice page")


class StoryIndexPage(BasePage):
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.StoryPage"]

    class Meta:
        verbose_name = _("story index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["stories"] = (
            public(StoryPage.objects.child_of(self).live()).defer_streamfields()
            .order_by("-first_published_at")
        )
        return context


class StoryPage(BasePage):
    HOUSEHOLDS = [("single", _("Single adopter")), ("couple", _("Couple"))]
    household = models.CharField(max_length=10, choices=HOUSEHOLDS, blank=True)
    region = models.ForeignKey(
        "directory.Region", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    pull_quote = models.TextField(blank=True)

    content_panels = BasePage.content_panels[:2] + [
        FieldPanel("pull_quote"),
        FieldRowPanel([FieldPanel("household"), FieldPanel("region")]),
        FieldPanel("body"),
    ]
    override_translatable_fields = BASE_TRANSLATABLE_FIELDS + [
        TranslatableField("pull_quote"),
        locked("household"),
        locked("region"),
    ]
    parent_page_types = ["cms.StoryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("adopter story")


class EventPage(RoutablePageMixin, BasePage):
    LANGUAGES = [*LANGUAGES, ("bilingual", _("Bilingual"))]
    start_date = models.DateField()
    start_time = models.TimeField()
    end_time = models.TimeField(null=True, blank=True)
    online = models.BooleanField(default=False, help_text=_("Held online, as a webinar."))
    # The venue's name and address are translated: Welsh pages show their Welsh names.
    venue = models.CharField(max_length=200, blank=True,
                             help_text=_("The venue's name in this page's language."))
    venue_address = models.CharField(
        max_length=250, blank=True,
        help_text=_("The venue's address in this page's language, e.g. The Hayes, Cardiff "
                    "CF10 1FL."))
    session_language = models.CharField(max_length=10, choices=LANGUAGES, default="en")
    region = models.ForeignKey(
        "directory.Region", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text=_("The regional service that runs the event."),
    )
    agency = models.ForeignKey(
        "directory.Agency", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text=_("The voluntary adoption agency that runs the event, if it is not the "
                    "regional service."),
    )
    booking_url = models.URLField(blank=True)

    content_panels = BasePage.content_panels[:2] + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time"),
                               FieldPanel("end_time")]),
                FieldRowPanel([FieldPanel("online"), FieldPanel("venue")]),
                FieldPanel("venue_address"),
                FieldRowPanel([FieldPanel("session_language"), FieldPanel("region"),
                               FieldPanel("agency")]),
                FieldPanel("booking_url"),
            ],
            heading=_("When and where"),
        ),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [index.FilterField("start_date")]
    override_translatable_fields = BASE_TRANSLATABLE_FIELDS + [
        TranslatableField("venue"),
        TranslatableField("venue_address"),
        locked("start_date"),
        locked("start_time"),
        locked("end_time"),
        locked("online"),
        locked("session_language"),
        locked("region"),
        locked("agency"),
        SynchronizedField("booking_url"),
    ]
    parent_page_types = ["cms.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        ordering = ["start_date", "start_time"]

    @property
    def location(self):
        """The venue and its address on one line, for the .ics file."""
        return ", ".join(part for part in (self.venue, self.venue_address) if part)

    @property
    def organisers(self):
        """Who runs the event (agency, then region), named in the active language."""
        return [place for place in (self.agency, self.region) if place]

    @classmethod
    def upcoming(cls):
        return (
            public(cls.objects.live()).filter(start_date__gte=timezone.localdate())
            .select_related("region", "agency").defer_streamfields()
            .order_by("start_date", "start_time")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Booking is another app's (bookings builds on cms): it offers its panel through the
        # "event_booking_panel" hook, fn(page, request) -> HTML. An external booking_url wins.
        if not self.booking_url:
            context["booking_panel"] = mark_safe("".join(
                str(panel(self, request)) for panel in hooks.get_hooks("event_booking_panel")))
        return context

    # The .ics download. Wagtail's page URLs allow only letters, digits, "-" and "_" in a
    # segment, so the route is a folder ("calendar/", Welsh "calendr/") and the file name
    # comes from Content-Disposition.
    @path("calendar/", name="calendar")
    @path("calendr/", name="calendr")
    def calendar(self, request):
        with translation.override(self.locale.language_code):
            text = ics.render(self.calendar_event(request))
        response = HttpResponse(text.encode("utf-8"), content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = content_disposition_header(
            as_attachment=True, filename=f"{self.slug}.ics")
        return response

    @property
    def calendar_url(self):
        """The .ics link, in the reader's language (pages are served under their own locale)."""
        name = "calendr" if translation.get_language() == "cy" else "calendar"
        return self.url + self.reverse_subpage(name).lstrip("/")

    def calendar_event(self, request=None):
        """This event for ics.render, in the active language. The UID is the translation key:
        the English and Welsh pages describe one real event, so a calendar that imports both
        keeps one entry (the later import updates it)."""
        start, end = ics.local_times(self.start_date, self.start_time, self.end_time)
        # From the request's own host, as the sitemap does (the Site record may say localhost).
        url = (request.build_absolute_uri(self.get_url(request)) if request
               else self.get_full_url())
        description = [self.intro]
        if self.booking_url:
            description.append(_("Book a place: %(url)s") % {"url": self.booking_url})
        if self.organisers:
            names = ", ".join(place.name for place in self.organisers)
            description.append(_("Run by: %(names)s") % {"names": names})
        description.append(_("More information: %(url)s") % {"url": url})
        return ics.CalendarEvent(
            uid=f"event-{self.translation_key}@adopt.cymru",
            start=start,
            end=end,
            stamp=self.last_published_at or timezone.now(),
            summary=self.title,
            description="\n\n".join(str(part) for part in description if part),
            location=_("Online") if self.online else self.location,
            url=url or "",
        )


class EventIndexPage(BasePage):
    lists_upcoming_events = True
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.EventPage"]

    class Meta:
        verbose_name = _("event index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        events = EventPage.upcoming().child_of(self)
        form = EventFilterForm(request.GET, events)
        context["filters"] = form
        context["events"] = list(form.filter(events))
        return context


class RegionPage(BasePage):
    """A regional adoption service: how to reach it, the councils it covers, its events."""
    lists_upcoming_events = True

    region = models.ForeignKey("directory.Region", on_delete=models.PROTECT,
                                  related_name="+")

    content_panels = BasePage.content_panels[:1] + [FieldPanel("region")] + (
        BasePage.content_panels[1:])
    override_translatable_fields = BASE_TRANSLATABLE_FIELDS + [locked("region")]
    parent_page_types = ["cms.SectionIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("regional service page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["councils"] = LocalAuthority.objects.filter(
            coverage__in=self.region.coverage.active_on()).order_by(name_order())
        context["events"] = (EventPage.upcoming().filter(region=self.region)
                             .filter(locale_id=self.locale_id)[:5])
        return context


class StandardPage(BasePage):
    """A plain page: accessibility statement, privacy notice, cookies, contact, about."""

    parent_page_types = ["cms.HomePage", "cms.SectionIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("standard page")
