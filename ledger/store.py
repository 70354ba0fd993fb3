"""Store: the ledger as a SQLite file, written with sqlite-utils.

The only module that talks to SQLite. A build writes a complete new file beside
the target and swaps it in with :func:`os.replace`, which is atomic on POSIX: a
reader, or a build killed halfway, never leaves half a ledger. The history of
runs is carried over from the previous file.
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

from ledger import reviews
from ledger.model import BadInput, Claim, Document, Event, Finding, Sentence, Story, content_id
from ledger.publish import fts
from ledger.rules import Rule

FINDING_REPORT = """
CREATE VIEW finding_report AS
SELECT
  f.id AS finding_id,
  f.rule_id,
  f.verdict,
  f.severity,
  f.property,
  COALESCE(e.label, ca.subject) AS subject,
  da.name AS document_a,
  db.name AS document_b,
  da.outlet AS outlet_a,
  db.outlet AS outlet_b,
  ca.value_text AS value_a,
  cb.value_text AS value_b,
  ca.normalised AS normalised_a,
  cb.normalised AS normalised_b,
  sa.text AS quote_a,
  sb.text AS quote_b,
  f.explanation,
  f.confidence,
  f.reasons,
  r.status AS review_status,
  r.note AS review_note,
  f.claim_a,
  f.claim_b,
  f.event_id
FROM findings f
JOIN claims ca ON ca.id = f.claim_a
LEFT JOIN claims cb ON cb.id = f.claim_b
JOIN documents da ON da.id = ca.document_id
LEFT JOIN documents db ON db.id = cb.document_id
JOIN sentences sa ON sa.id = ca.sentence_id
LEFT JOIN sentences sb ON sb.id = cb.sentence_id
LEFT JOIN events e ON e.id = f.event_id
LEFT JOIN reviews r ON r.finding_id = f.id
ORDER BY CASE f.verdict WHEN 'contradiction' THEN 0 WHEN 'variant' THEN 1 ELSE 2 END,
         f.confidence DESC,
         CASE f.severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1 WHEN 'low' THEN 2 ELSE 3 END,
         da.name, ca.start
"""


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
        kept = reviews.carry_over(reviews.read(path), {f.id for f in ledger.findings})
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
        db = sqlite_utils.Database(sqlite3.connect(f"file:{path}?mode=ro", uri=True))
        rows = list(db["runs"].rows) if db["runs"].exists() else []
        db.close()
        return rows
    except sqlite3.DatabaseError:
        return []


SCHEMA: dict[str, dict[str, Any]] = {
    "documents": {
        "columns": {
            "id": str,
            "name": str,
            "path": str,
            "outlet": str,
            "url": str,
            "title": str,
            "published": str,
            "published_source": str,
            "place": str,
            "language": str,
            "encoding": str,
            "warnings": str,
            "story_id": str,
            "claims": int,
            "text": str,
            "raw_text": str,
        },
        "foreign_keys": [("story_id", "stories", "id")],
    },
    "sentences": {
        "columns": {
            "id": str,
            "document_id": str,
            "idx": int,
            "start": int,
            "end": int,
            "kind": str,
            "text": str,
        },
        "foreign_keys": [("document_id", "documents", "id")],
    },
    "stories": {
        "columns": {"id": str, "reference_date": str, "reference_source": str, "documents": str},
        "foreign_keys": [],
    },
    "events": {
        "columns": {
            "id": str,
            "story_id": str,
            "kind": str,
            "label": str,
            "place": str,
            "participants": str,
            "tense": str,
            "is_main": int,
        },
        "foreign_keys": [("story_id", "stories", "id")],
    },
    "entities": {
        "columns": {"id": str, "kind": str, "name": str, "wikidata_id": str},
        "foreign_keys": [],
    },
    "aliases": {
        "pk": "id",
        "columns": {"id": str, "entity_id": str, "alias": str, "kind": str},
        "foreign_keys": [("entity_id", "entities", "id")],
    },
    "claims": {
        "columns": {
            "id": str,
            "document_id": str,
            "sentence_id": str,
            "event_id": str,
            "entity_id": str,
            "property": str,
            "subject": str,
            "value_text": str,
            "value_lo": Any,
            "value_hi": Any,
            "unit": str,
            "start": int,
            "end": int,
            "normalised": str,
            "qualifiers": str,
        },
        "foreign_keys": [
            ("document_id", "documents", "id"),
            ("sentence_id", "sentences", "id"),
            ("event_id", "events", "id"),
            ("entity_id", "entities", "id"),
        ],
    },
    "rules": {
        "columns": {
            "id": str,
            "property": str,
            "description": str,
            "parameters": str,
            "feature": str,
            "feature_text": str,
        },
        "foreign_keys": [],
    },
    "findings": {
        "columns": {
            "id": str,
            "rule_id": str,
            "verdict": str,
            "severity": str,
            "property": str,
            "event_id": str,
            "claim_a": str,
            "claim_b": str,
            "explanation": str,
            "confidence": float,
            "reasons": str,
        },
        "foreign_keys": [
            ("rule_id", "rules", "id"),
            ("claim_a", "claims", "id"),
            ("claim_b", "claims", "id"),
            ("event_id", "events", "id"),
        ],
    },
    "reviews": {
        "pk": "finding_id",
        "columns": {
            "finding_id": str,
            "status": str,
            "note": str,
            "reviewed_at": str,
            "orphaned": int,
            "rule_id": str,
            "verdict": str,
            "document_a": str,
            "document_b": str,
            "value_a": str,
            "value_b": str,
            "explanation": str,
        },
        "foreign_keys": [],
    },
    "runs": {
        "columns": {
            "id": str,
            "started": str,
            "finished": str,
            "version": str,
            "inputs": str,
            "documents": int,
            "sentences": int,
            "claims": int,
            "findings": int,
            "verdicts": str,
            "problems": str,
            "warnings": str,
        },
        "foreign_keys": [],
    },
}


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


def _create(db: sqlite_utils.Database, name: str, spec: dict[str, Any]) -> None:
    """Create a table from :data:`SCHEMA`. A column typed ``Any`` gets no declared
    type, so SQLite keeps what is stored: ``value_lo`` holds minutes as REAL for
    durations and ISO dates as TEXT for dates."""
    cols = [f"[{k}] {_SQL.get(v, '')}".rstrip() for k, v in spec["columns"].items()]
    cols.append(f"PRIMARY KEY ([{spec.get('pk', 'id')}])")
    cols += [f"FOREIGN KEY ([{c}]) REFERENCES [{t}]([{k}])" for c, t, k in spec["foreign_keys"]]
    db.execute(f"CREATE TABLE [{name}] (\n  " + ",\n  ".join(cols) + "\n)")


def _fill(db: sqlite_utils.Database, led: Ledger, runs: Iterable[dict[str, Any]]) -> None:
    for name, spec in SCHEMA.items():
        _create(db, name, spec)
    for name, rows in _rows(led).items():
        db.table(name).insert_all(rows, pk="id")
    db.table("runs").insert_all([*runs, led.run], pk="id", alter=True)
    db.table("claims").create_index(["document_id"])
    db.table("claims").create_index(["event_id", "property"])
    db.table("findings").create_index(["verdict"])
    db.execute(FINDING_REPORT)


_SQL = {str: "TEXT", int: "INTEGER", float: "REAL"}
