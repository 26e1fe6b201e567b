from django.core.management.base import BaseCommand

from portal import static_errors


class Command(BaseCommand):
    help = "Write the error pages Varnish serves (deploy/varnish/errors/) from the catalogue."

    def handle(self, *args, **options):
        for path in static_errors.write_all():
            self.stdout.write(str(path))
        self.stdout.write(f"CSP style-src for the VCL: {static_errors.style_hash()}")
