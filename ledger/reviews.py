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
"""The longest note a review may carry, in characters, however it is given: the desk's
form, ``ledger review --note``/``--note-file`` or :func:`ledger.api.review` (a guard
against a pasted article). Counted after :func:`clean_note`."""


class ReviewError(ValueError):
    """A review that cannot be recorded (unknown finding, unknown status, a note too long)."""


def clean_note(note: str) -> str:
    """The note as it is saved: line breaks as LF (a browser sends CRLF; so the form's
    ``maxlength`` and this limit count alike), no blank lines or spaces around it.
    :class:`ReviewError` when it is longer than :data:`NOTE_LIMIT`: the one message
    the desk, the command line and the API give."""
    note = note.replace("\r\n", "\n").replace("\r", "\n").strip()
    if len(note) > NOTE_LIMIT:
        raise ReviewError(
            f"the note is {len(note)} characters long; a review note may have at most "
            f"{NOTE_LIMIT} characters"
        )
    return note


def record(ledger: str | Path, finding_id: str, status: str, note: str = "") -> dict[str, Any]:
    """Record (or replace) the review of one finding; writes only the ``reviews`` table.

    ``ledger`` is the ledger's path, for the desk as for ``ledger review``: the
    store opens it for this one write, under the lock a build takes from reading
    the old reviews to putting the new ledger in place, so none is lost. The note
    is checked and saved as :func:`clean_note` leaves it.
    """
    if status not in STATUSES:
        raise ReviewError(f"status must be one of {', '.join(STATUSES)}, not {status!r}")
    note = clean_note(note)
    reviewed_at = datetime.now(UTC).isoformat(timespec="seconds")
    review = store.record_review(ledger, finding_id, status, note, reviewed_at)
    if review is None:
        raise ReviewError(f"no finding {finding_id!r} in this ledger")
    return review
