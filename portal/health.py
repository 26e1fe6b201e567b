"""What /health/ reports beyond the database and search: checks that apps register here
(portal imports none of them). A check returns its state ("ok" or "degraded") and figures."""

CHECKS = {}


def register(name: str, check):
    CHECKS[name] = check


def run() -> tuple[dict[str, str], dict[str, int | None]]:
    states, figures = {}, {}
    for name, check in CHECKS.items():
        try:
            states[name], found = check()
        except Exception:  # noqa: BLE001 - a check that cannot answer is reported, not raised
            states[name], found = "unavailable", {}
        figures.update(found)
    return states, figures
