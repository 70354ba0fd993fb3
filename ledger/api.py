"""The public Python API: build a ledger from articles, read its findings.

The CLI (:mod:`ledger.cli`) is a thin layer over these functions::

    from ledger.api import build
    result = build(["seeds/"], "build/ledger.db")
    print(result.summary())
"""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ledger import (
    __version__,
    align,
    entities,
    families,
    ingest,
    lexicon,
    reviews,
    rules,
    segment,
    store,
)
from ledger import claimreview as claimreview_mod
from ledger import evaluate as evaluate_mod
from ledger import export as export_mod
from ledger import occasions as occasions_mod
from ledger.model import BadInput, Claim, Document, Finding, Sentence, Story, content_id
from ledger.rules import Rule
from ledger.stories import group_stories

DEFAULT_DB = Path("build") / "ledger.db"

Progress = Callable[[str, int, int], None]


class NoArticles(ValueError):
    """Raised when a build finds nothing to read: the old ledger is kept, not emptied."""


@dataclass
class BuildResult:
    """What a build did, for the summary the CLI prints."""

    db: Path
    documents: int
    sentences: int
    claims: int
    findings: int
    verdicts: dict[str, int]
    problems: list[BadInput] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Files skipped (each also in ``problems``) and ignored, counted by reason.
    skipped: dict[str, int] = field(default_factory=dict)
    ignored: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        by_verdict = ", ".join(f"{n} {v}" for v, n in sorted(self.verdicts.items())) or "none"
        lines = [
            f"Ledger written to {self.db}",
            f"  documents: {self.documents}",
            f"  sentences: {self.sentences}",
            f"  claims:    {self.claims}",
            f"  findings:  {self.findings} ({by_verdict})",
            f"  read:      {self.documents} file{'' if self.documents == 1 else 's'}",
        ]
        if self.skipped or self.problems:
            lines.append(f"  skipped:   {_by_reason(self.skipped or {'': len(self.problems)})}")
        if self.ignored:
            lines.append(f"  ignored:   {_by_reason(self.ignored)}")
        return "\n".join(lines)


def _by_reason(counts: dict[str, int]) -> str:
    """``3 (2 not an article type, 1 sidecar)``; one reason alone: ``1 (empty)``."""
    total = sum(counts.values())
    reasons = sorted((r for r in counts if r), key=lambda r: (-counts[r], r))
    if not reasons:
        return str(total)
    if len(counts) == 1:
        return f"{total} ({reasons[0]})"
    return f"{total} ({', '.join(f'{counts[r]} {r}' for r in reasons)})"


def features_dir() -> Path:
    """The Gherkin features that specify the rules (the package's ``features/``)."""
    return lexicon.resource_dir("features")


def registered_rules() -> list[Rule]:
    """Every rule of every registered claim family."""
    families.load_all()
    return list(rules.REGISTRY.values())


def rule_features() -> dict[str, str]:
    """Each rule id's feature text, as the ledger publishes it."""
    out = {}
    for r in registered_rules():
        path = features_dir() / r.feature
        out[r.id] = path.read_text(encoding="utf-8") if path.exists() else ""
    return out


def build(
    paths: Iterable[str | Path],
    db_path: str | Path = DEFAULT_DB,
    progress: Progress | None = None,
    *,
    keep_unreadable: bool = False,
) -> BuildResult:
    """Read the articles under ``paths``, extract and compare their claims, write the ledger.

    The stages, in order: ingest, segment, stories, occasions (per story), people
    (one pass over the corpus), the claim families (:mod:`ledger.families`),
    align and rules, store. Bad files are skipped and reported
    (``BuildResult.problems``, the ``runs`` table); the other articles still go
    in. The previous ledger at ``db_path`` stays untouched until the new one is
    complete.
    """
    started = datetime.now(UTC).isoformat(timespec="seconds")
    inputs = [Path(p) for p in paths]
    reading = _ingest(inputs, db_path)
    documents, problems = reading.documents, reading.problems
    every_sentence = _segment(documents, progress)
    documents, sentences = _bounded(documents, every_sentence)
    stories = group_stories(documents)
    occasions = _occasions(stories, documents, sentences, progress)
    story_of = {doc_id: s.id for s in stories for doc_id in s.document_ids}
    people, _ = entities.resolve(documents, sentences, story_of)
    corpus = families.Corpus(documents, sentences, stories, occasions, people)
    claims = families.extract_all(
        corpus, lambda done, total: progress("claims", done, total) if progress else None
    )
    _stamp(claims, documents, story_of)
    findings = align.compare(claims)
    if progress:
        progress("compare", 1, 1)
    ledger = _ledger(corpus, every_sentence, claims, findings, problems)
    ledger.run = _run_row(started, inputs, ledger, reading)
    db_path = Path(db_path)
    store.write(ledger, db_path, keep_unreadable=keep_unreadable)
    return BuildResult(
        db=db_path,
        documents=len(documents),
        sentences=len(ledger.sentences),
        claims=len(claims),
        findings=len(findings),
        verdicts=dict(Counter(f.verdict for f in findings)),
        problems=problems,
        warnings=_warnings(documents),
        skipped=dict(reading.skipped),
        ignored=dict(reading.ignored),
    )


def _ingest(paths: list[Path], db_path: str | Path) -> ingest.Reading:
    """Read every path; a bad one is skipped and named, but nothing readable at all
    leaves the old ledger as it was."""
    reading = ingest.read_inputs(paths)
    if not reading.documents:
        reasons = "; ".join(f"{Path(p.path).name}: {p.reason}" for p in reading.problems)
        raise NoArticles(
            f"no article could be read from {', '.join(map(str, paths))}"
            + (f" ({reasons})" if reasons else "")
            + f"; the ledger at {db_path} is unchanged"
        )
    return reading


def _segment(documents: list[Document], progress: Progress | None) -> dict[str, list[Sentence]]:
    sentences: dict[str, list[Sentence]] = {}
    for i, doc in enumerate(documents):
        sentences[doc.id] = segment.split_sentences(doc)
        if progress:
            progress("segment", i + 1, len(documents))
    return sentences


def _bounded(
    documents: list[Document], sentences: dict[str, list[Sentence]]
) -> tuple[list[Document], dict[str, list[Sentence]]]:
    """The sentences read for claims: at most ``max_sentences_read`` of an article
    (data/ingest.yaml). Every sentence is still stored; the article says what was
    left unread, so that one pathological file keeps the build short."""
    limit = int(lexicon.load("ingest", None)["max_sentences_read"])
    read: dict[str, list[Sentence]] = {}
    out = []
    for doc in documents:
        all_of_it = sentences[doc.id]
        if len(all_of_it) > limit:
            note = (
                f"only the first {limit} of its {len(all_of_it)} sentences were read for "
                "claims: no news article is this long"
            )
            doc = replace(doc, warnings=(*doc.warnings, note))
        read[doc.id] = all_of_it[:limit]
        out.append(doc)
    return out, read


def _occasions(
    stories: list[Story],
    documents: list[Document],
    sentences: dict[str, list[Sentence]],
    progress: Progress | None,
) -> dict[str, occasions_mod.StoryOccasions]:
    out = {}
    for i, story in enumerate(stories):
        out[story.id] = occasions_mod.find_occasions(story, documents, sentences)
        if progress:
            progress("occasions", i + 1, len(stories))
    return out


def _stamp(claims: list[Claim], documents: list[Document], story_of: dict[str, str]) -> None:
    """Every claim knows its story and its article's date."""
    published = {d.id: d.published.isoformat() for d in documents if d.published}
    for c in claims:
        c.qualifiers.setdefault("story", story_of.get(c.document_id))
        c.qualifiers.setdefault("article_date", published.get(c.document_id))


def _warnings(documents: list[Document]) -> list[str]:
    return [f"{d.name}: {w}" for d in documents for w in d.warnings]


def _ledger(
    corpus: families.Corpus,
    sentences: dict[str, list[Sentence]],
    claims: list[Claim],
    findings: list[Finding],
    problems: list[BadInput],
) -> store.Ledger:
    entity_table, alias_table = entities.entity_rows(corpus.people)
    return store.Ledger(
        documents=corpus.documents,
        sentences=[s for d in corpus.documents for s in sentences[d.id]],
        stories=corpus.stories,
        events=[e for s in corpus.stories for e in corpus.occasions[s.id].events],
        claims=claims,
        findings=findings,
        rules=registered_rules(),
        rule_features=rule_features(),
        entities=entity_table,
        aliases=alias_table,
        problems=problems,
        run={},
    )


def _run_row(
    started: str, paths: list[Path], led: store.Ledger, reading: ingest.Reading
) -> dict[str, Any]:
    """The ``runs`` table's row for this build; ``files`` counts the files read,
    skipped and ignored, by reason."""
    verdicts = dict(Counter(f.verdict for f in led.findings))
    return {
        "id": content_id(time.time_ns(), os.getpid(), *(str(p) for p in paths)),
        "started": started,
        "finished": datetime.now(UTC).isoformat(timespec="seconds"),
        "version": __version__,
        "inputs": json.dumps([str(p) for p in paths], ensure_ascii=False),
        "documents": len(led.documents),
        "sentences": len(led.sentences),
        "claims": len(led.claims),
        "findings": len(led.findings),
        "verdicts": json.dumps(verdicts, sort_keys=True),
        "problems": json.dumps(
            [{"path": p.path, "reason": p.reason} for p in led.problems], ensure_ascii=False
        ),
        "warnings": json.dumps(_warnings(led.documents), ensure_ascii=False),
        "files": json.dumps(
            {
                "read": len(led.documents),
                "skipped": dict(reading.skipped),
                "ignored": dict(reading.ignored),
            },
            sort_keys=True,
        ),
    }


def open_ledger(db_path: str | Path) -> store.Reader:
    """Open an existing ledger to read, or raise FileNotFoundError naming it.

    The handle is read-only; close it, or use it in a ``with`` block.
    """
    return store.open_ledger(db_path)


def findings(
    db_path: str | Path, verdict: str | None = None, property: str | None = None
) -> list[dict[str, Any]]:
    """The rows of ``finding_report``, optionally of one verdict or property."""
    where, params = export_mod.where_clause(
        [("verdict = :verdict", "verdict", verdict), ("property = :property", "property", property)]
    )
    return store.query(db_path, "select * from finding_report" + where, params)


def review(db_path: str | Path, finding_id: str, status: str, note: str = "") -> dict[str, Any]:
    """Record an editor's review of a finding; it survives every rebuild.

    :class:`ledger.reviews.ReviewError` (a ValueError) for an unknown finding or
    status, or a note longer than :data:`ledger.reviews.NOTE_LIMIT` characters:
    the limit and the message of the desk's form and of ``ledger review``.
    """
    return reviews.record(store.require_ledger(db_path), finding_id, status, note)


def set_setting(db_path: str | Path, key: str, value: str) -> dict[str, str]:
    """Set one of the ledger's own settings (``organisation``, ``organisation_url``,
    ``site_url``: who publishes the ledger's ClaimReview records); an empty value
    removes it. Settings survive every rebuild, like reviews. Returns them all."""
    store.record_setting(
        db_path, key, value.strip(), datetime.now(UTC).isoformat(timespec="seconds")
    )
    return store.read_settings(Path(db_path))


def export(
    what: str,
    db_path: str | Path,
    out: str | Path,
    *,
    excel: bool = False,
    format: str | None = None,
    verdict: str | None = None,
    property: str | None = None,
    document: str | None = None,
    organisation: str | None = None,
    organisation_url: str | None = None,
    site_url: str | None = None,
) -> int:
    """Write ``findings`` or ``claims`` to a CSV (or, ``format="json"``, JSON) file, or
    the reviewed findings as ``claimreview`` JSON-LD; returns the number of rows.

    A ClaimReview names the reviewing ``organisation`` (required; ``organisation_url``
    optional) and, given ``site_url`` (where the ledger is served), links each
    review to its finding's page there. Each defaults to the ledger's own setting
    (:func:`set_setting`).
    """
    with open_ledger(db_path) as db:
        if what == "findings":
            return export_mod.export_findings(
                db,
                Path(out),
                excel=excel,
                format=format or "csv",
                verdict=verdict,
                property=property,
                document=document,
            )
        if what == "claims":
            if verdict is not None:
                raise ValueError("claims have no verdict: --verdict applies to findings")
            return export_mod.export_claims(
                db,
                Path(out),
                excel=excel,
                format=format or "csv",
                property=property,
                document=document,
            )
        if what == "claimreview":
            if excel or format not in (None, "json"):
                raise ValueError("a ClaimReview export is JSON-LD: no --excel, no --format csv")
            kept = store.read_settings(Path(db_path))  # ledger set organisation ...
            return claimreview_mod.export_claimreview(
                db,
                Path(out),
                organisation_name=organisation or kept.get("organisation"),
                organisation_url=organisation_url or kept.get("organisation_url"),
                site_url=site_url or kept.get("site_url"),
                verdict=verdict,
                property=property,
                document=document,
            )
    raise ValueError(f"cannot export {what!r}: choose findings, claims or claimreview")


def claims(
    db_path: str | Path, document: str | None = None, property: str | None = None
) -> list[dict[str, Any]]:
    """Claims with their document and span, in reading order; optionally of one
    document (its file name) or property."""
    sql = (
        "select d.name as document, c.property, c.subject, c.value_text, c.normalised, "
        "c.start, c.end, c.id from claims c join documents d on d.id = c.document_id"
    )
    where, params = export_mod.where_clause(
        [
            ("d.name = :document", "document", document),
            ("c.property = :property", "property", property),
        ]
    )
    return store.query(db_path, sql + where + " order by d.name, c.start", params)


@dataclass
class Explanation:
    """Everything an editor needs to check one finding."""

    finding: dict[str, Any]
    sides: list[dict[str, Any]]  # per claim (one or two): document, outlet, sentence, span
    rule: dict[str, Any]


SIDE_SQL = (
    "select d.name as document, d.outlet, s.text as sentence, c.start - s.start as "
    "start, c.end - s.start as end, c.value_text, c.normalised from claims c "
    "join documents d on d.id = c.document_id join sentences s on s.id = c.sentence_id "
    "where c.id = ?"
)


def explain(db_path: str | Path, finding_id: str) -> Explanation:
    """The finding, both claims in their sentences, and the rule with its feature."""
    with open_ledger(db_path) as db:
        rows = list(db.query("select * from finding_report where finding_id = ?", [finding_id]))
        if not rows:
            raise ValueError(f"no finding {finding_id!r} in {db_path}")
        finding = rows[0]
        sides = []
        for key in ("claim_a", "claim_b"):
            if finding[key] is None:
                continue  # a finding on one claim (a weekday that does not fit its date)
            sides.append(next(db.query(SIDE_SQL, [finding[key]])))
        rule = db.get("rules", finding["rule_id"])
    return Explanation(finding=finding, sides=sides, rule=rule)


def evaluate(
    key_path: str | Path, db_path: str | Path, split: str | None = None
) -> evaluate_mod.Report:
    """Score the ledger at ``db_path`` against the key at ``key_path`` (see
    :mod:`ledger.evaluate`); raises FileNotFoundError or ValueError naming the file."""
    store.require_ledger(db_path)  # the missing ledger is named before the key is read
    return evaluate_mod.evaluate(evaluate_mod.load_key(key_path), db_path, split=split)
