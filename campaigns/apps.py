from django.apps import AppConfig


class CampaignsConfig(AppConfig):
    name = "campaigns"
    verbose_name = "Campaigns"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from campaigns import attribution, signals
        from cms.models import HomePage
        from enquiries import attribution as enquiry_attribution

        # Campaigns sit under the home page; cms must not name this app, so it is added here.
        HomePage.subpage_types = [*HomePage.subpage_types, "campaigns.CampaignIndexPage"]
        signals.connect()

        enquiry_attribution.register(attribution.is_live_code, attribution.choices)
