"""The ledger's tables and its one view: the public contract of docs/architecture.md.

Declared here, apart from the code that fills them, so that the writer
(:mod:`ledger.store`), the reviews (:mod:`ledger.store.reviews`) and the readers
agree on one list of columns.
"""

from __future__ import annotations

from typing import Any

import sqlite_utils

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
    "settings": {
        "pk": "key",
        "columns": {"key": str, "value": str, "set_at": str},
        "foreign_keys": [],
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


def create_table(db: sqlite_utils.Database, name: str, spec: dict[str, Any]) -> None:
    """Create a table from :data:`SCHEMA`. A column typed ``Any`` gets no declared
    type, so SQLite keeps what is stored: ``value_lo`` holds minutes as REAL for
    durations and ISO dates as TEXT for dates."""
    cols = [f"[{k}] {_SQL.get(v, '')}".rstrip() for k, v in spec["columns"].items()]
    cols.append(f"PRIMARY KEY ([{spec.get('pk', 'id')}])")
    cols += [f"FOREIGN KEY ([{c}]) REFERENCES [{t}]([{k}])" for c, t, k in spec["foreign_keys"]]
    db.execute(f"CREATE TABLE [{name}] (\n  " + ",\n  ".join(cols) + "\n)")


_SQL = {str: "TEXT", int: "INTEGER", float: "REAL"}
