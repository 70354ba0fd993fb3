"""The ledger's own settings (who publishes it: the organisation that signs its
ClaimReview records, and where it is served), kept by every rebuild like the
reviews, and written under the same lock."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ledger.store.locks import reviews_lock
from ledger.store.read import connect, require_ledger
from ledger.store.reviews import read_rows

SETTINGS = ("organisation", "organisation_url", "site_url")


def record_setting(ledger: str | Path, key: str, value: str, set_at: str) -> None:
    """Set ``key`` (one of :data:`SETTINGS`) to ``value``; an empty value removes it."""
    if key not in SETTINGS:
        raise ValueError(f"unknown setting {key!r}: choose {', '.join(SETTINGS)}")
    path = require_ledger(ledger)
    with reviews_lock(path):
        conn = connect(path, mode="rw")
        try:
            with conn:
                conn.execute(
                    "create table if not exists settings "
                    "(key text primary key, value text, set_at text)"
                )
                if value:
                    conn.execute(
                        "insert or replace into settings (key, value, set_at) values (?, ?, ?)",
                        [key, value, set_at],
                    )
                else:
                    conn.execute("delete from settings where key = ?", [key])
        finally:
            conn.close()


def read_settings(path: Path) -> dict[str, str]:
    """The settings of the ledger at ``path`` (none when it has no ``settings`` table)."""
    return {str(r["key"]): str(r["value"]) for r in read_rows(path, "settings")}


def settings_rows(path: Path) -> list[dict[str, Any]]:
    """Every settings row, for a rebuild to carry over."""
    return read_rows(path, "settings")
