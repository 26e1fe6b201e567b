from django.db.models.signals import post_save

from cms import frontcache


def _index_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        from campaigns.workflow import assign

        assign(instance)


def connect():
    from campaigns.models import CampaignIndexPage

    post_save.connect(_index_created, sender=CampaignIndexPage, dispatch_uid="campaign_workflow")
    frontcache.also_purge(_campaigns_showing)


def _campaigns_showing(page):
    """Live campaign pages that show this story, or events when this is an event."""
    from campaigns.models import CampaignPage
    from cms.models import EventPage, StoryPage

    if isinstance(page, EventPage):
        return CampaignPage.objects.live().filter(show_events=True)
    if isinstance(page, StoryPage):
        return [campaign for campaign in CampaignPage.objects.live()
                if any(block.value and block.value.translation_key == page.translation_key
                       for block in campaign.stories)]
    return []
