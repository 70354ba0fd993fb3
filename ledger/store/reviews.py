"""The ``reviews`` table: one row per reviewed finding, carried into every rebuild.

:mod:`ledger.reviews` says what a review is (its statuses, its checks); this
module is how one is stored. A review is keyed by finding id, and finding ids are
content hashes of the rule and both claims, so a rebuild of the same input finds
every review's finding again. When a finding disappears (the input changed), its
review is kept and marked ``orphaned``, with the snapshot of what was reviewed,
never dropped.

Reviews are safe from rebuilds by a lock, not by timing: every review is written
through a connection opened on the ledger's path for that one write, under
:func:`~ledger.store.locks.reviews_lock`, and a build reads the old reviews and
puts its new ledger in place under the same lock (:func:`ledger.store.write`). A
review lands either in the old ledger before the build reads it, or in the new.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from ledger.store import identity
from ledger.store.identity import UnreadableLedger
from ledger.store.locks import reviews_lock
from ledger.store.read import connect, require_ledger

SNAPSHOT = ("rule_id", "verdict", "document_a", "document_b", "value_a", "value_b", "explanation")
"""What ``finding_report`` said of the finding when it was reviewed."""
COLUMNS = ("finding_id", "status", "note", "reviewed_at", "orphaned", *SNAPSHOT)


def record_review(
    ledger: str | Path, finding_id: str, status: str, note: str, reviewed_at: str
) -> dict[str, Any] | None:
    """Record (or replace) the review of one finding; None when the ledger has no such finding.

    Writes only the ``reviews`` table, in one transaction, under the reviews lock
    (so never between a build's reading of the reviews and its putting the new
    ledger in place), through a connection opened on the path for this write
    (read-write, never creating the file). The caller checks the status.
    """
    path = require_ledger(ledger)
    with reviews_lock(path):
        conn = connect(path, mode="rw")
        try:
            return _record(conn, finding_id, status, note, reviewed_at)
        finally:
            conn.close()


def _record(
    conn: sqlite3.Connection, finding_id: str, status: str, note: str, reviewed_at: str
) -> dict[str, Any] | None:
    cursor = conn.execute(
        f"select {', '.join(SNAPSHOT)} from finding_report where finding_id = ?", [finding_id]
    )
    row = cursor.fetchone()
    if row is None:
        return None
    review = {
        "finding_id": finding_id,
        "status": status,
        "note": note,
        "reviewed_at": reviewed_at,
        "orphaned": 0,
        # By position: the connection may be a server's, whose row factory is not ours to set.
        **dict(zip(SNAPSHOT, row, strict=True)),
    }
    with conn:
        conn.execute(
            f"insert or replace into reviews ({', '.join(COLUMNS)}) "
            f"values ({', '.join('?' for _ in COLUMNS)})",
            [review[c] for c in COLUMNS],
        )
    return review


def read_reviews(path: Path) -> list[dict[str, Any]]:
    """The reviews of a ledger file: none when there is no file or no ``reviews``
    table yet; :class:`UnreadableLedger` naming the file when it cannot be read
    (locked by another program, damaged), never an empty list in its place."""
    return [{c: v for c, v in r.items() if c in COLUMNS} for r in read_rows(path, "reviews")]


def read_rows(path: Path, table: str) -> list[dict[str, Any]]:
    """Every row of ``table`` in the ledger at ``path``, for a build to carry over.

    Opened read-write, so that SQLite can roll back what a writer killed halfway
    left in a journal (a read-only connection cannot, and fails). No file or no
    such table: no rows. A file that cannot be read: :class:`UnreadableLedger`.
    """
    if not path.exists() or path.stat().st_size == 0:
        return []
    try:
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=rw", uri=True, timeout=identity.BUSY_TIMEOUT
        )
        conn.row_factory = sqlite3.Row
        try:
            exists = conn.execute(
                "select 1 from sqlite_master where type = 'table' and name = ?", [table]
            ).fetchone()
            rows = conn.execute(f"select * from [{table}]").fetchall() if exists else []
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise UnreadableLedger(path, str(exc)) from exc
    return [dict(r) for r in rows]


def carry_over(reviews: list[dict[str, Any]], finding_ids: set[str]) -> list[dict[str, Any]]:
    """The reviews for a new ledger: those whose finding is gone are marked orphaned."""
    return [
        {**{c: r.get(c) for c in COLUMNS}, "orphaned": int(r["finding_id"] not in finding_ids)}
        for r in reviews
    ]
