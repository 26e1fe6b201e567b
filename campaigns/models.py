"""#YouCanAdopt campaign landing pages.

A campaign is live only when every language's page is live with its own language's text (no
alias, nothing left untranslated): `serve` answers 404 until then, and attribution accepts its
code only then, so a campaign never goes live in one language alone, nor with English at a
Welsh address.
Scheduling uses Wagtail's own go-live / expiry dates (`manage.py publish_scheduled` by cron).
"""

from urllib.parse import urljoin

from django.db import models
from django.db.models import Count
from django.http import Http404
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Locale
from wagtail_localize.fields import SynchronizedField, TranslatableField

from campaigns.blocks import MythBlock
from campaigns.permissions import CampaignIndexPermissions, CampaignPermissions
from cms.models import EventPage, StoryPage, translation_state
from cms.models.base import BASE_TRANSLATABLE_FIELDS, BasePage
from enquiries import attribution
from portal.restrictions import public


class CampaignPage(BasePage):
    code = models.SlugField(
        _("campaign code"), max_length=50,
        help_text=_("Short, lower case, shared by both languages, e.g. naw-2026. It names the "
                    "campaign in links (/c/naw-2026/) and on enquiries."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("hero image"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
        help_text=_("From the image library; the same image in both languages."))
    hero_alt = models.CharField(_("hero image description"), max_length=200, blank=True,
                                help_text=_("Leave empty if the image is decorative."))
    myths = StreamField([("myth", MythBlock())], blank=True, use_json_field=True)
    stories = StreamField([("story", blocks.PageChooserBlock(page_type="cms.StoryPage"))],
                          blank=True, use_json_field=True)
    show_events = models.BooleanField(_("show upcoming events"), default=True)
    social_title = models.CharField(_("social title"), max_length=95, blank=True)
    social_description = models.CharField(_("social description"), max_length=200, blank=True)
    social_image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("social image"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
        help_text=_("Shown when the page is shared, cropped to 1200 × 630. Leave empty to use "
                    "the hero image."))
    social_image_alt = models.CharField(
        _("social image description"), max_length=200, blank=True,
        help_text=_("What the social image shows, for people who cannot see it."))

    content_panels = BasePage.content_panels[:1] + [
        FieldPanel("code"),
        MultiFieldPanel([FieldPanel("hero_image"), FieldPanel("hero_alt")], heading=_("Hero")),
    ] + BasePage.content_panels[1:] + [
        FieldPanel("myths"), FieldPanel("stories"), FieldPanel("show_events"),
    ]
    promote_panels = BasePage.promote_panels + [
        MultiFieldPanel([FieldPanel("social_title"), FieldPanel("social_description"),
                         FieldPanel("social_image"), FieldPanel("social_image_alt")],
                        heading=_("Social previews")),
    ]
    override_translatable_fields = BASE_TRANSLATABLE_FIELDS + [
        # Locked: the code, hero image, stories and events are the same in both languages.
        SynchronizedField("code", overridable=False),
        SynchronizedField("hero_image", overridable=False), TranslatableField("hero_alt"),
        TranslatableField("myths"), SynchronizedField("stories", overridable=False),
        SynchronizedField("show_events", overridable=False), TranslatableField("social_title"),
        TranslatableField("social_description"), SynchronizedField("social_image"),
        TranslatableField("social_image_alt"),
    ]
    parent_page_types = ["campaigns.CampaignIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("campaign page")

    @property
    def lists_upcoming_events(self):
        return self.show_events

    def permissions_for_user(self, user):
        return CampaignPermissions(user, self)

    def live_in_every_language(self) -> bool:
        return is_live_everywhere(self.code)

    def serve(self, request, *args, **kwargs):
        if not self.live_in_every_language():
            raise Http404("This campaign is not live in every language yet.")
        return super().serve(request, *args, **kwargs)

    def enquiry_url(self, request) -> str:
        """The enquiry form, carrying the campaign and the link's source and medium."""
        params = {"campaign": self.code}
        for name in ("source", "medium"):
            value = attribution.clean_token(request.GET.get(name, ""))
            if value:
                params[name] = value
        return f"{reverse('enquiries:form')}?{urlencode(params)}"

    def social_preview(self, request):
        """The og:image: the social image, else the hero, as an absolute URL of a 1200x630
        rendition on the page's own site (media on object storage have one already), and the
        words describing it."""
        image = self.social_image or self.hero_image
        if image is None:
            return None
        alt = self.social_image_alt if self.social_image_id else self.hero_alt
        rendition = image.get_rendition("fill-1200x630")
        return {"url": urljoin(self.get_full_url(request), rendition.url),
                "alt": alt or image.description}

    def localized_stories(self):
        """The chosen stories in this page's language, in the chosen order (one query)."""
        keys = [block.value.translation_key for block in self.stories if block.value]
        found = {p.translation_key: p for p in public(StoryPage.objects.live()).filter(
            translation_key__in=keys, locale_id=self.locale_id)}
        return [found[key] for key in keys if key in found]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["enquiry_url"] = self.enquiry_url(request)
        context["social"] = self.social_preview(request)
        context["stories"] = self.localized_stories()
        if self.show_events:
            context["events"] = (EventPage.upcoming().filter(locale=self.locale)
                                 .select_related("region")[:3])
        return context


class CampaignIndexPage(BasePage):
    """/campaigns/: the live campaigns. The "Campaign sign-off" workflow is assigned here
    (signals.py), so every campaign beneath goes through review and the Welsh check."""

    parent_page_types = ["cms.HomePage"]
    subpage_types = ["campaigns.CampaignPage"]

    class Meta:
        verbose_name = _("campaign index page")

    def permissions_for_user(self, user):
        return CampaignIndexPermissions(user, self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["campaigns"] = (public(live_pages().child_of(self))
                                .filter(code__in=live_codes()).order_by("-first_published_at"))
        return context


def live_pages():
    """Campaign pages that are live with their own language's text: an alias or a page
    published partly untranslated shows English, so it does not count (translation_state)."""
    return translation_state.real(CampaignPage.objects.live())


def live_codes():
    """Codes of campaigns with a real live page in every locale (one query)."""
    return (live_pages().values("code")
            .annotate(locales=Count("locale", distinct=True))
            .filter(locales=Locale.objects.count()).values("code"))


def is_live_everywhere(code: str) -> bool:
    return live_codes().filter(code=code).exists()
