"""Reviews: an editor's verdict on a finding, kept across every rebuild.

This module says what a review may be (its statuses, the length of its note)
and refuses one that is not; :mod:`ledger.store` keeps the ``reviews`` table. A
review is keyed by finding id, and finding ids are content hashes of the rule
and both claims, so a rebuild of the same input finds every review's finding
again. When a finding disappears (the input changed), the build keeps its
review and marks it ``orphaned``, with the snapshot of what was reviewed, never
dropped.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ledger import store

STATUSES = ("confirmed", "dismissed", "needs-check")
NOTE_LIMIT = 5000
"""The longest note the desk's review form accepts (a guard against pasted articles)."""


class ReviewError(ValueError):
    """A review that cannot be recorded (unknown finding, unknown status)."""


def record(ledger: str | Path, finding_id: str, status: str, note: str = "") -> dict[str, Any]:
    """Record (or replace) the review of one finding; writes only the ``reviews`` table.

    ``ledger`` is the ledger's path, for the desk as for ``ledger review``: the
    store opens it for this one write, under the lock a build takes from reading
    the old reviews to putting the new ledger in place, so none is lost.
    """
    if status not in STATUSES:
        raise ReviewError(f"status must be one of {', '.join(STATUSES)}, not {status!r}")
    reviewed_at = datetime.now(UTC).isoformat(timespec="seconds")
    review = store.record_review(ledger, finding_id, status, note, reviewed_at)
    if review is None:
        raise ReviewError(f"no finding {finding_id!r} in this ledger")
    return review
