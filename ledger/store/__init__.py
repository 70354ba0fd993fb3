"""Store: the ledger as a SQLite file, written with sqlite-utils and read back.

The only package that talks to SQLite (Datasette, in the publish layer, opens
the file it serves itself). A build writes a complete new file beside the
target, then copies it into the old file in one SQLite transaction (or renames
it into place when there is no ledger yet): a reader, or a build killed
halfway, never sees half a ledger. The history of runs and the editors' reviews
are carried over from the previous file.

What a build will not do: replace a file that is not a ledger
(:class:`NotALedger`; a ledger marks itself with ``PRAGMA application_id``),
or replace a ledger it cannot read (:class:`UnreadableLedger`: its reviews and
runs would be lost) unless asked to keep a copy of it. Two builds of one ledger
take turns (:mod:`~ledger.store.locks`), and a review is never written into a
file a build is about to replace.

Its parts: :mod:`~ledger.store.tables` (the tables and the ``finding_report``
view), :mod:`~ledger.store.fts` (full-text indexes, built before the swap),
:mod:`~ledger.store.read` (a read-only handle for every reader),
:mod:`~ledger.store.reviews` (the ``reviews`` table),
:mod:`~ledger.store.identity` (what is a ledger), :mod:`~ledger.store.locks` and
:mod:`~ledger.store.swap` (putting a new ledger in place of the old one).
The functions other modules call are re-exported here, so they write
``store.open_ledger(path)``.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from ledger.model import BadInput, Claim, Document, Event, Finding, Sentence, Story, content_id
from ledger.rules import Rule
from ledger.store import fts, swap
from ledger.store.identity import (
    LEDGER_ID,
    LedgerFileError,
    NotALedger,
    UnreadableLedger,
    identify,
)
from ledger.store.locks import build_lock, reviews_lock
from ledger.store.read import (
    Params,
    Reader,
    open_ledger,
    query,
    recover,
    require_ledger,
    schema,
)
from ledger.store.reviews import COLUMNS, carry_over, read_reviews, read_rows, record_review
from ledger.store.settings import SETTINGS, read_settings, record_setting, settings_rows
from ledger.store.tables import FINDING_REPORT, SCHEMA, create_table

__all__ = [
    "SETTINGS",
    "Ledger",
    "LedgerFileError",
    "NotALedger",
    "Params",
    "Reader",
    "UnreadableLedger",
    "build_lock",
    "check_target",
    "enable_fts",
    "open_ledger",
    "previous_runs",
    "query",
    "read_reviews",
    "read_settings",
    "record_review",
    "record_setting",
    "recover",
    "require_ledger",
    "schema",
    "write",
]

log = logging.getLogger(__name__)
KEEP_UNREADABLE = "build with --keep-unreadable to keep a copy of it beside the new ledger"


def enable_fts(path: Path | str) -> None:
    """Rebuild the full-text indexes of a ledger file; :func:`write` already builds them."""
    fts.enable(path)


@dataclass
class Ledger:
    """Everything one build writes."""

    documents: list[Document]
    sentences: list[Sentence]
    stories: list[Story]
    events: list[Event]
    claims: list[Claim]
    findings: list[Finding]
    rules: list[Rule]
    rule_features: dict[str, str]
    problems: list[BadInput]
    run: dict[str, Any]
    entities: list[dict[str, Any]] = field(default_factory=list)
    aliases: list[dict[str, Any]] = field(default_factory=list)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def write(ledger: Ledger, path: Path, *, keep_unreadable: bool = False) -> None:
    """Write the ledger to a new file, then put it in place of ``path`` in one step.

    The new file is complete (tables, indexes, the runs and reviews carried over)
    before the old ledger changes; then it is copied into the old file in one
    SQLite transaction, or renamed into place when there is no ledger yet
    (:mod:`~ledger.store.swap`). Refuses (:class:`NotALedger`) to replace a file
    that is not a ledger. When the old ledger cannot be read (locked by another
    program, damaged) it changes nothing and raises :class:`UnreadableLedger`,
    unless ``keep_unreadable``: then a copy of the old file is kept beside the new
    one (``ledger.unreadable-STAMP.db``), and its reviews and runs, which could not
    be read, are not carried over. A second build of the same ledger waits for the
    first (the build lock; a warning in the log says so). A ledger keeps its mode;
    a new one gets the umask's.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with build_lock(path, waiting=_say_waiting(path)):
        swap.remove_stale(path)
        unreadable: UnreadableLedger | None = None
        try:
            _check_target(path)
            runs = previous_runs(path)
        except UnreadableLedger as exc:
            if not keep_unreadable:
                raise _refusal(exc) from exc
            unreadable, runs = exc, []
        tmp = swap.new_file(path)
        try:
            db = sqlite_utils.Database(tmp)
            _fill(db, ledger, runs)
            db.close()
            fts.enable(tmp)
            # Under the reviews lock, no review is written between reading the old
            # ledger's reviews and putting the new ledger in place.
            with reviews_lock(path):
                notice = _put_in_place(tmp, path, ledger, unreadable, keep_unreadable)
        finally:
            if tmp.exists():
                tmp.unlink()
    if notice:
        log.warning(notice)


def _put_in_place(
    tmp: Path,
    path: Path,
    ledger: Ledger,
    unreadable: UnreadableLedger | None,
    keep_unreadable: bool,
) -> str | None:
    """Carry the reviews and the settings into ``tmp`` and put it in place; the
    notice of a kept copy."""
    reviews: list[dict[str, Any]] = []
    settings: list[dict[str, Any]] = []
    if unreadable is None:
        try:
            reviews = read_reviews(path)
            settings = settings_rows(path)
        except UnreadableLedger as exc:
            if not keep_unreadable:
                raise _refusal(exc) from exc
            unreadable = exc
    _add_reviews(tmp, carry_over(reviews, {f.id for f in ledger.findings}))
    _add_settings(tmp, settings)
    if unreadable is None and path.exists() and path.stat().st_size > 0:
        try:
            swap.copy_into(tmp, path)
            return None
        except UnreadableLedger as exc:
            if not keep_unreadable:
                raise _refusal(exc) from exc
            unreadable = exc
    notice = None
    if unreadable is not None:
        copy = swap.keep_copy(path)
        notice = (
            f"the ledger at {path} could not be read ({unreadable.reason}): a copy of it is "
            f"kept at {copy}; its reviews and run history are not in the new ledger"
        )
        _add_warning(tmp, ledger.run.get("id"), notice)
    swap.rename_into(tmp, path)
    return notice


def check_target(path: Path, *, keep_unreadable: bool = False) -> None:
    """Raise, naming ``path``, when a build must not replace it: :class:`NotALedger`
    for a file that is not a ledger, :class:`UnreadableLedger` for a ledger that
    cannot be read now (unless ``keep_unreadable``). A caller may check before the
    long work of a build; :func:`write` checks again."""
    try:
        _check_target(path)
        if not keep_unreadable:
            previous_runs(path)
    except UnreadableLedger as exc:
        if not keep_unreadable:
            raise _refusal(exc) from exc


def _check_target(path: Path) -> None:
    try:
        identify(path)
    except NotALedger as exc:
        raise NotALedger(
            path, f"{exc.reason}; a build replaces only a ledger: give --db another file"
        ) from exc


def _refusal(exc: UnreadableLedger) -> UnreadableLedger:
    return UnreadableLedger(
        exc.path,
        exc.reason,
        f"nothing was changed. Close the program that holds it, or {KEEP_UNREADABLE}",
    )


def _say_waiting(path: Path) -> Callable[[Path], None]:
    def waiting(lock: Path) -> None:
        log.warning("waiting for another build of %s to finish (it holds %s)", path, lock)

    return waiting


def _add_settings(tmp: Path, settings: list[dict[str, Any]]) -> None:
    conn = sqlite3.connect(tmp)
    try:
        with conn:
            conn.executemany(
                "insert or replace into settings (key, value, set_at) values (?, ?, ?)",
                [[r.get("key"), r.get("value"), r.get("set_at")] for r in settings],
            )
    finally:
        conn.close()


def _add_reviews(tmp: Path, reviews: list[dict[str, Any]]) -> None:
    conn = sqlite3.connect(tmp)
    try:
        with conn:
            conn.executemany(
                f"insert into reviews ({', '.join(COLUMNS)}) "
                f"values ({', '.join('?' for _ in COLUMNS)})",
                [[r[c] for c in COLUMNS] for r in reviews],
            )
    finally:
        conn.close()


def _add_warning(tmp: Path, run_id: Any, warning: str) -> None:
    """Record ``warning`` in the new ledger's row of this run."""
    conn = sqlite3.connect(tmp)
    try:
        with conn:
            row = conn.execute("select warnings from runs where id = ?", [run_id]).fetchone()
            warnings = json.loads(row[0]) if row and row[0] else []
            conn.execute(
                "update runs set warnings = ? where id = ?",
                [json.dumps([*warnings, warning], ensure_ascii=False), run_id],
            )
    finally:
        conn.close()


def previous_runs(path: Path) -> list[dict[str, Any]]:
    """The runs recorded in an existing ledger: none when there is no file (or no
    ``runs`` table yet); :class:`UnreadableLedger` when it cannot be read."""
    return read_rows(path, "runs")


def _rows(led: Ledger) -> dict[str, Iterable[dict[str, Any]]]:
    story_of = {doc_id: s for s in led.stories for doc_id in s.document_ids}
    claims_per_doc: dict[str, int] = {}
    for c in led.claims:
        claims_per_doc[c.document_id] = claims_per_doc.get(c.document_id, 0) + 1
    claim_by_id = {c.id: c for c in led.claims}
    names = {d.id: d.name for d in led.documents}
    return {
        "stories": (
            {
                "id": s.id,
                "reference_date": s.reference_date.isoformat() if s.reference_date else None,
                "reference_source": s.reference_source,
                "documents": _json(sorted(names[i] for i in s.document_ids)),
            }
            for s in led.stories
        ),
        "documents": (
            {
                "id": d.id,
                "name": d.name,
                "path": d.path,
                "outlet": d.outlet,
                "url": d.url,
                "title": d.title,
                "published": d.published.isoformat() if d.published else None,
                "published_source": d.published_source,
                "place": d.place,
                "language": d.language,
                "encoding": d.encoding,
                "warnings": _json(list(d.warnings)),
                "story_id": story_of[d.id].id,
                "claims": claims_per_doc.get(d.id, 0),
                "text": d.text,
                "raw_text": d.raw_text,
            }
            for d in led.documents
        ),
        "sentences": (
            {
                "id": s.id,
                "document_id": s.document_id,
                "idx": s.index,
                "start": s.start,
                "end": s.end,
                "kind": s.kind,
                "text": s.text,
            }
            for s in led.sentences
        ),
        "events": (
            {
                "id": e.id,
                "story_id": e.story_id,
                "kind": e.kind,
                "label": e.label,
                "place": e.place,
                "participants": _json(list(e.participants)),
                "tense": e.tense,
                "is_main": int(e.is_main),
            }
            for e in led.events
        ),
        "entities": led.entities,
        "aliases": ({"id": content_id(a["entity_id"], a["alias"]), **a} for a in led.aliases),
        "claims": (
            {
                "id": c.id,
                "document_id": c.document_id,
                "sentence_id": c.sentence_id,
                "event_id": c.event_id,
                "entity_id": c.entity_id,
                "property": c.property,
                "subject": c.subject,
                "value_text": c.value_text,
                "value_lo": c.value_lo,
                "value_hi": c.value_hi,
                "unit": c.unit,
                "start": c.start,
                "end": c.end,
                "normalised": c.normalised,
                "qualifiers": _json(c.qualifiers),
            }
            for c in led.claims
        ),
        "rules": (
            {
                "id": r.id,
                "property": r.property,
                "description": r.description,
                "parameters": _json(r.params()),
                "feature": r.feature,
                "feature_text": led.rule_features.get(r.id, ""),
            }
            for r in led.rules
        ),
        "findings": (
            {
                "id": f.id,
                "rule_id": f.rule_id,
                "verdict": f.verdict,
                "severity": f.severity,
                "property": claim_by_id[f.claim_a].property,
                "event_id": claim_by_id[f.claim_a].event_id,
                "claim_a": f.claim_a,
                "claim_b": f.claim_b,
                "explanation": f.explanation,
                "confidence": f.confidence,
                "reasons": "; ".join(f.reasons),
            }
            for f in led.findings
        ),
    }


def _fill(db: sqlite_utils.Database, led: Ledger, runs: Iterable[dict[str, Any]]) -> None:
    for name, spec in SCHEMA.items():
        create_table(db, name, spec)
    for name, rows in _rows(led).items():
        db.table(name).insert_all(rows, pk="id")
    db.table("runs").insert_all([*runs, led.run], pk="id", alter=True)
    db.table("claims").create_index(["document_id"])
    db.table("claims").create_index(["event_id", "property"])
    db.table("findings").create_index(["verdict"])
    db.execute(FINDING_REPORT)
    db.execute(f"PRAGMA application_id = {LEDGER_ID}")
