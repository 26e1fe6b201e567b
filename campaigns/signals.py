from django.db.models.signals import post_save


def _index_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        from campaigns.workflow import assign

        assign(instance)


def connect():
    from campaigns.models import CampaignIndexPage

    post_save.connect(_index_created, sender=CampaignIndexPage, dispatch_uid="campaign_workflow")
