"""Saved web pages: the article's main text and what the page says of itself.

A page saved from a news site is mostly not the article: navigation, scripts,
styles, related links, comments, the footer. trafilatura finds the main text and
reads the page's own metadata (``og:site_name``, ``article:published_time``, the
canonical URL, the title); these fill the same fields a sidecar would, and a
sidecar beside the page still wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

import trafilatura

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class Page:
    """The main text of a page, one block per line, and its metadata fields."""

    text: str
    meta: dict[str, Any]


def read_page(html: str, options: dict[str, Any]) -> Page | None:
    """The page's main text and metadata, or None when it has no main text.

    ``options`` are ``data/ingest.yaml``'s ``html`` section. The date comes from
    the page's markup, its URL or a machine-written timestamp, and is guessed
    from the prose only if ``extensive_date_search`` is set: such a date may be
    any date the article mentions, and the article's own date rules read the prose.
    """
    extensive = bool(options.get("extensive_date_search", False))
    found = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=bool(options.get("include_comments", False)),
        include_tables=bool(options.get("include_tables", False)),
        date_extraction_params={
            "original_date": True,
            "extensive_search": extensive,
            "max_date": date.today().isoformat(),
        },
    )
    if found is None or isinstance(found, dict):
        return None
    text = found.text or ""
    if not text.strip():
        return None
    fields = {"outlet": found.sitename, "title": found.title, "url": found.url}
    meta: dict[str, Any] = {k: v.strip() for k, v in fields.items() if v and v.strip()}
    if found.date and _DAY.fullmatch(found.date):
        meta["published"] = date.fromisoformat(found.date)
    return Page(text, meta)
