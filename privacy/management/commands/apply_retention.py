"""Cron, once a night: apply the retention schedule (docs/data-protection.md). Safe to run twice
or at once on two machines: each batch takes rows still due inside its own transaction."""

from datetime import date

from django.core.management.base import BaseCommand

from privacy import retention


class Command(BaseCommand):
    help = "Delete or anonymise records past the retention schedule (--dry-run lists them)."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true",
                            help="Count what would go, per kind, and change nothing.")
        parser.add_argument("--batch-size", type=int, default=500)
        parser.add_argument("--today", type=date.fromisoformat,
                            help="Apply the schedule as on this day (YYYY-MM-DD).")

    def handle(self, *args, dry_run, batch_size, today, **options):
        report = retention.apply(today=today, dry_run=dry_run, batch_size=batch_size)
        verb = "would" if dry_run else "did"
        for kind, outcome in report.items():
            line = f"{kind}: {verb} {outcome.action} {outcome.count}"
            if dry_run and outcome.examples:
                line += f" (e.g. ids {', '.join(map(str, outcome.examples))})"
            if not dry_run:
                line += f" in {outcome.batches} batches"
                if outcome.failed:
                    line += f"; {outcome.failed} left for the next run (provider refused)"
            self.stdout.write(line)
