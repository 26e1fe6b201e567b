import os

import pytest
from django.core.management import call_command

from tests.servers import keep_test_database_as_template

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
MATRIX_CELLS = pytest.StashKey[list]()  # cells per URL, from tests/test_permission_matrix.py


def service_missing(reason):
    """Skip locally when a real service is missing; in CI the same gap is a failure."""
    if IN_CI:
        pytest.fail(f"{reason} (CI requires it)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test database starts as a fresh clone does after `make run`: migrated, with the
    bilingual demo content loaded."""
    with django_db_blocker.unblock():
        keep_test_database_as_template("migrated")
        call_command("load_demo")
        call_command("load_campaign_demo")
        keep_test_database_as_template("demo")


def pytest_terminal_summary(terminalreporter, config):
    cells = config.stash.get(MATRIX_CELLS, [])
    if cells:
        terminalreporter.write_line(f"permission matrix: {sum(cells)} cells checked "
                                    f"({len(cells)} staff URLs x role x place x method)")
