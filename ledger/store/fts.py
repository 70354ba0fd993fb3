"""Full-text search for the ledger: ``sentences(text)`` and ``claims(value_text, subject)``.

Part of the store, not of the Datasette layer that searches them: a build writes
the indexes into its new file before the swap, so the store would otherwise
import the web layer. A ledger is written once and never updated in place, so
the indexes have no triggers; :func:`enable` builds them afresh each time it is
called.
"""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

FTS_COLUMNS = {"sentences": ["text"], "claims": ["value_text", "subject"]}


def enable(db_path: Path | str) -> None:
    """Create (or rebuild) the FTS5 tables ``sentences_fts`` and ``claims_fts``.

    Idempotent: calling it again replaces the indexes with ones built from the
    current rows. Tables the file lacks are skipped.
    """
    db = sqlite_utils.Database(db_path)
    try:
        for table, columns in FTS_COLUMNS.items():
            if db.table(table).exists():
                db.table(table).enable_fts(columns, create_triggers=False, replace=True)
    finally:
        db.close()
