"""Evaluate: score a built ledger against an editor's key.

A newsroom that keeps its own annotated cases writes them as a key (the format
is in ``docs/evaluate.md``): pairs of claims, each side an article and the exact
words, with the verdict an editor expects (``contradiction``, ``variant``,
``consistent``) or the verdict that must never appear (``different-event``,
``no-finding``). :func:`evaluate` matches every finding of the ledger to the
key and counts, per property and verdict:

- precision: of the findings with that verdict, how many the key confirms. For
  the verdicts the key lists exhaustively (``exhaustive: [contradiction]``),
  a finding the key does not know is counted false; for the others it is not
  judged;
- recall: of the key's items with that verdict, how many a finding of that
  verdict matches.

A contradiction on a ``different-event`` item is the gravest error (two
occasions compared as one) and is counted on its own.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ledger import store

VERDICTS = ("contradiction", "variant", "consistent")
MUST_NOT = ("different-event", "no-finding")


class KeyFileError(ValueError):
    """A key that cannot be read: the message names the item and what is wrong."""


@dataclass(frozen=True)
class Side:
    doc: str
    text: str
    context: str | None = None


@dataclass(frozen=True)
class Item:
    id: str
    split: str
    property: str
    verdict: str
    kind: str
    a: tuple[Side, ...]
    b: tuple[Side, ...]  # empty for a finding on one claim
    note: str = ""


@dataclass(frozen=True)
class Key:
    items: tuple[Item, ...]
    exhaustive: frozenset[str]
    splits: dict[str, str]  # split -> folder (relative to the key file)
    folder: Path


def _sides(raw: Any, where: str) -> tuple[Side, ...]:
    if raw is None:
        return ()
    entries = raw if isinstance(raw, list) else [raw]
    sides = []
    for e in entries:
        if not isinstance(e, dict) or not e.get("doc") or not e.get("text"):
            raise KeyFileError(f"{where}: each side needs 'doc' and 'text', got {e!r}")
        sides.append(Side(str(e["doc"]), str(e["text"]), e.get("context")))
    return tuple(sides)


def load_key(path: str | Path) -> Key:
    """Read a key file, checking every item's shape."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise KeyFileError(f"{path}: cannot read the key ({exc})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        raise KeyFileError(f"{path}: a key is a mapping with a list of 'items'")
    items, seen = [], set()
    for n, raw in enumerate(data["items"]):
        where = f"{path.name}: item {raw.get('id', n) if isinstance(raw, dict) else n}"
        if not isinstance(raw, dict):
            raise KeyFileError(f"{where}: not a mapping")
        verdict = str(raw.get("verdict"))
        if verdict not in VERDICTS + MUST_NOT:
            raise KeyFileError(f"{where}: verdict {verdict!r} is not one of {VERDICTS + MUST_NOT}")
        item = Item(
            id=str(raw.get("id", n)),
            split=str(raw.get("split", "")),
            property=str(raw.get("property")),
            verdict=verdict,
            kind=str(raw.get("kind", "")),
            a=_sides(raw.get("a"), where),
            b=_sides(raw.get("b"), where),
            note=str(raw.get("note", "")).strip(),
        )
        if not item.a:
            raise KeyFileError(f"{where}: side 'a' is missing")
        if item.id in seen:
            raise KeyFileError(f"{where}: the id {item.id!r} is used twice")
        seen.add(item.id)
        items.append(item)
    splits = {str(k): str(v) for k, v in (data.get("splits") or {}).items()}
    return Key(
        items=tuple(items),
        exhaustive=frozenset(data.get("exhaustive") or ()),
        splits=splits,
        folder=path.parent,
    )


@dataclass(frozen=True)
class ClaimRef:
    id: str
    doc: str
    start: int
    end: int
    value_text: str
    sentence: str
    value: tuple[object, ...] = ()  # (value_lo, value_hi, unit): the claim's value


@dataclass(frozen=True)
class FindingRef:
    id: str
    rule_id: str
    verdict: str
    property: str
    confidence: float
    explanation: str
    reasons: str
    a: ClaimRef
    b: ClaimRef | None


@dataclass
class Score:
    found: int = 0  # findings of the verdict the key confirms
    false: int = 0  # findings of the verdict the key contradicts (or does not know, if exhaustive)
    unjudged: int = 0
    expected: int = 0  # key items of the verdict
    matched: int = 0  # key items a finding of the verdict matches

    @property
    def precision(self) -> float | None:
        judged = self.found + self.false
        return self.found / judged if judged else None

    @property
    def recall(self) -> float | None:
        return self.matched / self.expected if self.expected else None


@dataclass
class Report:
    split: str | None
    scores: dict[tuple[str, str], Score] = field(default_factory=dict)
    false_findings: list[tuple[FindingRef, Item | None]] = field(default_factory=list)
    misses: list[Item] = field(default_factory=list)
    # per missed item: (side, document, the sentence of the ledger holding the words)
    miss_sentences: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)
    unlocated: list[str] = field(default_factory=list)  # key sides not found in the ledger
    cross_event: list[tuple[FindingRef, Item]] = field(default_factory=list)

    def total(self, verdict: str) -> Score:
        out = Score()
        for (_, v), s in self.scores.items():
            if v == verdict:
                out.found += s.found
                out.false += s.false
                out.unjudged += s.unjudged
                out.expected += s.expected
                out.matched += s.matched
        return out

    def as_dict(self) -> dict[str, Any]:
        def score(s: Score) -> dict[str, Any]:
            return {
                "precision": s.precision,
                "recall": s.recall,
                "found": s.found,
                "false": s.false,
                "unjudged": s.unjudged,
                "expected": s.expected,
                "matched": s.matched,
            }

        return {
            "split": self.split,
            "by_property": [
                {"property": p, "verdict": v, **score(s)}
                for (p, v), s in sorted(self.scores.items())
            ],
            "total": {v: score(self.total(v)) for v in VERDICTS},
            "different_event_contradictions": len(self.cross_event),
            "false_findings": [
                {
                    "finding": f.id,
                    "rule": f.rule_id,
                    "verdict": f.verdict,
                    "key_item": item.id if item else None,
                    "key_verdict": item.verdict if item else None,
                    "a": {"document": f.a.doc, "words": f.a.value_text, "sentence": f.a.sentence},
                    "b": None
                    if f.b is None
                    else {"document": f.b.doc, "words": f.b.value_text, "sentence": f.b.sentence},
                    "explanation": f.explanation,
                    "confidence": f.confidence,
                    "reasons": f.reasons,
                }
                for f, item in self.false_findings
            ],
            "misses": [
                {
                    "key_item": i.id,
                    "property": i.property,
                    "verdict": i.verdict,
                    "note": i.note,
                    "sentences": [
                        {"side": side, "document": doc, "sentence": sentence}
                        for side, doc, sentence in self.miss_sentences.get(i.id, [])
                    ],
                }
                for i in self.misses
            ],
            "unlocated": self.unlocated,
        }


def _occurrences(text: str, side: Side) -> list[tuple[int, int]]:
    """Where a key side's words stand in the document's cleaned text."""
    spans = []
    if side.context:
        at = text.find(side.context)
        while at != -1:
            inner = side.context.find(side.text)
            if inner != -1:
                spans.append((at + inner, at + inner + len(side.text)))
            at = text.find(side.context, at + 1)
        return spans
    at = text.find(side.text)
    while at != -1:
        spans.append((at, at + len(side.text)))
        at = text.find(side.text, at + 1)
    return spans


def _findings(db: store.Reader) -> list[FindingRef]:
    claims = {
        r["id"]: ClaimRef(
            r["id"],
            r["doc"],
            r["start"],
            r["end"],
            r["value_text"],
            r["sentence"],
            (r["value_lo"], r["value_hi"], r["unit"]),
        )
        for r in db.query(
            "select c.id, d.name as doc, c.start, c.end, c.value_text, s.text as sentence, "
            "c.value_lo, c.value_hi, c.unit "
            "from claims c join documents d on d.id = c.document_id "
            "join sentences s on s.id = c.sentence_id"
        )
    }
    return [
        FindingRef(
            r["id"],
            r["rule_id"],
            r["verdict"],
            r["property"],
            float(r["confidence"] if r["confidence"] is not None else 1.0),
            r["explanation"],
            r["reasons"] or "",
            claims[r["claim_a"]],
            claims.get(r["claim_b"]) if r["claim_b"] else None,
        )
        for r in db.query("select * from findings")
    ]


def evaluate(key: Key, db_path: str | Path, split: str | None = None) -> Report:
    """Score the ledger at ``db_path`` against the items of ``key`` (of one split).

    Raises FileNotFoundError when there is no ledger at ``db_path``.
    """
    with store.open_ledger(db_path) as db:
        return _score(key, db, split)


def _score(key: Key, db: store.Reader, split: str | None) -> Report:
    docs = {r["name"]: r for r in db.query("select name, path, text from documents")}
    report = Report(split=split)
    items = [i for i in key.items if split is None or i.split == split]
    in_split = _split_documents(key, docs, split, items)
    located: dict[tuple[str, Side], list[tuple[int, int]]] = {}
    for item in items:
        for side in (*item.a, *item.b):
            if side.doc not in docs:
                report.unlocated.append(f"{item.id}: no document {side.doc!r} in the ledger")
                continue
            spans = _occurrences(docs[side.doc]["text"], side)
            if not spans:
                report.unlocated.append(f"{item.id}: {side.text!r} not found in {side.doc}")
            located[(item.id, side)] = spans

    def hits(item: Item, sides: tuple[Side, ...], c: ClaimRef) -> bool:
        return any(
            s.doc == c.doc
            and any(c.start < e and b < c.end for b, e in located.get((item.id, s), []))
            for s in sides
        )

    def matches(item: Item, f: FindingRef) -> bool:
        if not item.b and item.verdict in MUST_NOT:  # no finding may involve these words
            return hits(item, item.a, f.a) or (f.b is not None and hits(item, item.a, f.b))
        if not item.b and f.b is not None and item.verdict == f.verdict == "contradiction":
            # The pair view of a one-claim slip: "Senin (9/6)" beside another
            # source's "Selasa (9/6)", one value written two ways, is that slip.
            return f.a.value == f.b.value and (hits(item, item.a, f.a) or hits(item, item.a, f.b))
        if f.b is None and item.b and item.verdict == f.verdict == "contradiction":
            # The one-claim view of a slip keyed as a pair: "Kamis (17/6)" keyed
            # against another source's "Rabu (17/6)" (kind weekday-date), found
            # as the weekday that does not fit its date, is that slip.
            return item.kind == f.rule_id == "weekday-date" and (
                hits(item, item.a, f.a) or hits(item, item.b, f.a)
            )
        if f.b is None or not item.b:
            return f.b is None and not item.b and hits(item, item.a, f.a)
        return (hits(item, item.a, f.a) and hits(item, item.b, f.b)) or (
            hits(item, item.b, f.a) and hits(item, item.a, f.b)
        )

    findings = [
        f for f in _findings(db) if f.a.doc in in_split and (f.b is None or f.b.doc in in_split)
    ]
    by_item: dict[str, list[FindingRef]] = defaultdict(list)
    for f in findings:
        mine = [i for i in items if i.property == f.property and matches(i, f)]
        for i in mine:
            by_item[i.id].append(f)
        if f.verdict not in VERDICTS:
            continue
        score = report.scores.setdefault((f.property, f.verdict), Score())
        if any(i.verdict == f.verdict for i in mine):
            score.found += 1
        elif mine:
            score.false += 1
            report.false_findings.append((f, mine[0]))
            crossed = [i for i in mine if i.verdict == "different-event"]
            if f.verdict == "contradiction" and crossed:
                report.cross_event.append((f, crossed[0]))
        elif f.verdict in key.exhaustive:
            score.false += 1
            report.false_findings.append((f, None))
        else:
            score.unjudged += 1
    for item in items:
        if item.verdict not in VERDICTS:
            continue
        score = report.scores.setdefault((item.property, item.verdict), Score())
        score.expected += 1
        if any(f.verdict == item.verdict for f in by_item.get(item.id, [])):
            score.matched += 1
        else:
            report.misses.append(item)
            report.miss_sentences[item.id] = _sentences_of(db, item, located)
    return report


def _sentences_of(
    db: store.Reader,
    item: Item,
    located: dict[tuple[str, Side], list[tuple[int, int]]],
) -> list[tuple[str, str, str]]:
    """The ledger's sentence around the first place each side's words were found."""
    out = []
    for label, sides in (("A", item.a), ("B", item.b)):
        for side in sides:
            spans = located.get((item.id, side)) or []
            if not spans:
                out.append((label, side.doc, side.context or side.text))
                continue
            rows = list(
                db.query(
                    "select s.text from sentences s join documents d on d.id = s.document_id "
                    "where d.name = ? and s.start <= ? and s.end >= ? limit 1",
                    [side.doc, spans[0][0], spans[0][1]],
                )
            )
            out.append((label, side.doc, rows[0]["text"] if rows else side.context or side.text))
    return out


def _split_documents(
    key: Key, docs: dict[str, dict[str, Any]], split: str | None, items: list[Item]
) -> set[str]:
    """The documents of a split: those under its folder (``splits:`` in the key),
    else those its items name."""
    if split is None:
        return set(docs)
    folder = key.splits.get(split)
    if folder:
        root = (key.folder / folder).resolve()
        under = {name for name, d in docs.items() if Path(d["path"]).resolve().is_relative_to(root)}
        if under:
            return under
    return {s.doc for i in items for s in (*i.a, *i.b)}


def format_report(report: Report, db: str | Path) -> str:
    """The report as an editor reads it: the table, then every false finding and miss."""

    def pct(x: float | None) -> str:
        return "  –  " if x is None else f"{x:5.2f}"

    lines = [
        f"Evaluation of {db}" + (f" on the {report.split!r} split" if report.split else ""),
        "",
        f"{'property':<10} {'verdict':<14} {'precision':>9} {'recall':>7}"
        f" {'found':>6} {'false':>6} {'missed':>6}",
    ]
    for (prop, verdict), s in sorted(report.scores.items()):
        lines.append(
            f"{prop:<10} {verdict:<14} {pct(s.precision):>9} {pct(s.recall):>7}"
            f" {s.found:>6} {s.false:>6} {s.expected - s.matched:>6}"
        )
    lines.append("")
    for verdict in VERDICTS:
        t = report.total(verdict)
        lines.append(
            f"{'all':<10} {verdict:<14} {pct(t.precision):>9} {pct(t.recall):>7}"
            f" {t.found:>6} {t.false:>6} {t.expected - t.matched:>6}"
        )
    lines.append(f"\ncontradictions between different events: {len(report.cross_event)}")
    if report.false_findings:
        lines.append("\nFalse findings:")
        for f, item in report.false_findings:
            said = f"key {item.id} says {item.verdict}" if item else "not in the key"
            lines.append(f"- {f.verdict} ({f.rule_id}, {f.id}; {said})")
            lines += _sides_text(f.a, f.b)
            lines.append(f"    confidence {f.confidence:.2f}: {f.reasons or 'no reasons given'}")
    if report.misses:
        lines.append("\nMissed:")
        for item in report.misses:
            lines.append(f"- {item.id} {item.property} {item.verdict} ({item.kind}): {item.note}")
            lines += [
                f"    {label} {doc}: {sentence}"
                for label, doc, sentence in report.miss_sentences.get(item.id, [])
            ]
    if report.unlocated:
        lines.append("\nKey sides not found in the ledger:")
        lines += [f"- {u}" for u in report.unlocated]
    return "\n".join(lines)


def _sides_text(a: ClaimRef, b: ClaimRef | None) -> list[str]:
    out = [f"    A {a.doc}: [{a.value_text}] {a.sentence}"]
    if b is not None:
        out.append(f"    B {b.doc}: [{b.value_text}] {b.sentence}")
    return out


def gate(report: Report, min_precision: float, min_recall: float) -> list[str]:
    """Why the report fails the gate on contradictions, if it does."""
    t = report.total("contradiction")
    failures = []
    if t.precision is not None and t.precision < min_precision:
        failures.append(f"contradiction precision {t.precision:.2f} < {min_precision}")
    if t.recall is not None and t.recall < min_recall:
        failures.append(f"contradiction recall {t.recall:.2f} < {min_recall}")
    if report.cross_event:
        failures.append(f"{len(report.cross_event)} contradiction(s) between different events")
    return failures
