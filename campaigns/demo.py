"""A bilingual demo campaign (National Adoption Week), built by `manage.py load_campaign_demo`
from the data files in campaigns/demo_pages with the cms demo builder."""

from pathlib import Path

from campaigns.models import CampaignIndexPage, CampaignPage
from cms.demo.builder import DemoBuilder
from cms.demo.data import PAGE, TEXT, Kind, Stream, load
from cms.models import StoryPage

PAGES = Path(__file__).with_name("demo_pages")
CAMPAIGN_KIND = Kind({
    **PAGE, "code": str, "hero_alt": TEXT, "social_title": TEXT, "social_description": TEXT,
    "myths": Stream({"myth": {"myth": TEXT, "fact": TEXT}}),
})
INDEX = load(PAGES / "index.toml", Kind(PAGE))
CAMPAIGN = load(PAGES / "naw-2026.toml", CAMPAIGN_KIND)


def build(campaign=CAMPAIGN) -> CampaignPage:
    """Create or update the campaigns index and `campaign` under it, showing two stories."""
    builder = DemoBuilder()
    index = builder.upsert(CampaignIndexPage, builder.home, INDEX)
    stories = StoryPage.objects.live().filter(locale=builder.en)[:2]
    shared = {"code": campaign["code"], "stories": [("story", story) for story in stories]}
    return builder.upsert(CampaignPage, index, campaign, shared)
