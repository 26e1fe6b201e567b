from django.apps import AppConfig


class EligibilityConfig(AppConfig):
    name = "eligibility"
    verbose_name = "Can I adopt? check"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from cms.demo.builder import demo_built
        from cms.models import SectionIndexPage
        from eligibility import demo

        # The check sits in a section (Adopting); cms must not name this app, so it is added here.
        SectionIndexPage.subpage_types = [*SectionIndexPage.subpage_types,
                                          "eligibility.EligibilityCheckPage"]
        demo_built.connect(demo.build, dispatch_uid="eligibility-demo")
