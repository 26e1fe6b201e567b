"""What enquiries asks about campaigns (registered in CampaignsConfig.ready)."""

from campaigns.models import is_live_everywhere, live_codes, live_pages


def is_live_code(code: str) -> bool:
    return is_live_everywhere(code)


def choices(language: str) -> list[tuple[str, str]]:
    """(code, title) of live campaigns, titled in this language, for "which campaign?"."""
    pages = live_pages().filter(
        locale__language_code=language, code__in=live_codes()
    )
    return list(pages.order_by("title").values_list("code", "title"))
