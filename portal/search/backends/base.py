"""The contract every search backend keeps."""

from dataclasses import dataclass, field


class SearchUnavailable(Exception):
    """The engine did not answer in time or at all; the caller falls back."""


@dataclass(frozen=True)
class Query:
    text: str  # already cleaned: stripped, within MAX_QUERY_LENGTH
    language: str  # "en" or "cy": only pages of this locale are searched
    section: str = ""  # tree path of a section to search within, "" for all
    offset: int = 0
    limit: int = 10


@dataclass
class Hit:
    page_id: int
    title: str
    url: str
    summary: str
    body: str
    score: float = 0.0


@dataclass
class Results:
    hits: list[Hit] = field(default_factory=list)
    total: int = 0
    backend: str = ""
