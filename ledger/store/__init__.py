"""Store: the ledger as a SQLite file, written with sqlite-utils and read back.

The only package that talks to SQLite (Datasette, in the publish layer, opens
the file it serves itself). A build writes a complete new file beside the
target and swaps it in with :func:`os.replace`, which is atomic on POSIX: a
reader, or a build killed halfway, never leaves half a ledger. The history of
runs and the editors' reviews are carried over from the previous file.

Its parts: :mod:`~ledger.store.tables` (the tables and the ``finding_report``
view), :mod:`~ledger.store.fts` (full-text indexes, built before the swap),
:mod:`~ledger.store.read` (a read-only handle for every reader) and
:mod:`~ledger.store.reviews` (the ``reviews`` table). The functions other
modules call are re-exported here, so they write ``store.open_ledger(path)``.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from ledger.model import BadInput, Claim, Document, Event, Finding, Sentence, Story, content_id
from ledger.rules import Rule
from ledger.store import fts
from ledger.store.read import (
    Params,
    Reader,
    connect,
    open_ledger,
    query,
    require_ledger,
    schema,
)
from ledger.store.reviews import carry_over, read_reviews, record_review
from ledger.store.tables import FINDING_REPORT, SCHEMA, create_table

Connection = sqlite3.Connection
"""A connection someone else opened on a ledger (Datasette's, for a review)."""

__all__ = [
    "Connection",
    "Ledger",
    "Params",
    "Reader",
    "enable_fts",
    "open_ledger",
    "previous_runs",
    "query",
    "read_reviews",
    "record_review",
    "require_ledger",
    "schema",
    "write",
]


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


def write(ledger: Ledger, path: Path) -> None:
    """Write the ledger to a new file and swap it in for ``path`` atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale(path)
    fd, tmp_name = tempfile.mkstemp(
        prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent
    )
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        db = sqlite_utils.Database(tmp)
        _fill(db, ledger, previous_runs(path))
        # Reviews are read last, right before the swap, so that one an editor
        # saved while this build ran is not lost.
        kept = carry_over(read_reviews(path), {f.id for f in ledger.findings})
        db.table("reviews").insert_all(kept, pk="finding_id")
        db.close()
        fts.enable(tmp)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def _remove_stale(path: Path) -> None:
    """Delete the half-written files of builds that were killed (their process is gone)."""
    for tmp in path.parent.glob(f".{path.name}.*.tmp*"):  # the file and its -journal
        pid = tmp.name[len(path.name) + 2 :].split(".", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            tmp.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def previous_runs(path: Path) -> list[dict[str, Any]]:
    """The runs recorded in an existing ledger (none if there is no readable one)."""
    if not path.exists():
        return []
    try:
        db = sqlite_utils.Database(connect(path))
        rows = list(db["runs"].rows) if db["runs"].exists() else []
        db.close()
        return rows
    except sqlite3.DatabaseError:
        return []


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
