"""The values that flow between pipeline stages.

Every stage is a pure function from these values (and the lexicons) to new
values; only :mod:`ledger.store` turns them into SQLite rows. Ids are content
hashes (see :func:`content_id`) so that the same input always yields the same ids.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ledger.text import Token

VERDICTS = ("contradiction", "variant", "consistent")
SEVERITIES = ("high", "medium", "low", "info")


def content_id(*parts: object, length: int = 16) -> str:
    """A stable id: the first ``length`` hex digits of the SHA-256 of the parts."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return digest.hexdigest()[:length]


@dataclass(frozen=True)
class Segment:
    """A stretch of a document's cleaned text with a kind.

    ``kind`` is ``body`` (article text), ``heading`` (a sub-heading or title line)
    or ``related`` (a "Baca Juga: ..." related-article headline, which carries
    claims of its own). Offsets index :attr:`Document.text`.
    """

    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class Document:
    """One article after ingest: cleaned text, where it came from, what it says of itself."""

    id: str
    name: str
    path: str
    text: str
    raw_text: str
    segments: tuple[Segment, ...]
    encoding: str
    language: str = "id"
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    published: date | None = None
    published_source: str | None = None  # "metadata", "text: <words>" or None
    place: str | None = None  # the dateline's place, e.g. "Jenewa"
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Sentence:
    """A sentence with character offsets into its document's cleaned text."""

    id: str
    document_id: str
    index: int
    start: int
    end: int
    text: str
    kind: str  # the kind of the segment it belongs to


@dataclass(frozen=True)
class BadInput:
    """A file the build could not take, with the reason shown to the user."""

    path: str
    reason: str


@dataclass(frozen=True)
class Claim:
    """A checkable atomic claim: ``subject -property-> value`` with a reference.

    ``start``/``end`` index the document's cleaned text, so
    ``document.text[start:end] == value_text`` always holds. Durations are in
    minutes (``unit == "min"``); dates are ISO dates in ``value_lo``/``value_hi``
    (``unit == "date"``), or month-day strings ``--MM-DD`` when the year is
    unknown to every source of the story (``unit == "date-no-year"``).
    """

    id: str
    document_id: str
    sentence_id: str
    property: str
    subject: str
    value_text: str
    value_lo: float | str | None
    value_hi: float | str | None
    unit: str
    start: int
    end: int
    event_id: str | None = None
    entity_id: str | None = None  # the entity a name claim spells
    normalised: str = ""  # how the value was read, in words
    qualifiers: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Event:
    """Something that happened (or will), inside one story."""

    id: str
    story_id: str
    kind: str
    label: str
    place: str | None
    participants: tuple[str, ...]
    tense: str | None  # "past", "future" or None
    is_main: bool = False


@dataclass(frozen=True)
class Story:
    """A group of documents that tell the same news story."""

    id: str
    document_ids: tuple[str, ...]
    reference_date: date | None  # the date relative expressions resolve against
    reference_source: str | None


@dataclass(frozen=True)
class Finding:
    """The verdict of one rule on two claims of the same slot, or on one claim.

    ``claim_b`` is None for a finding on a single claim (rule ``weekday-date``: a
    weekday that does not fit its date). ``confidence`` (0–1) says how sure the
    ledger is that the finding is about one fact; ``reasons`` says why, in words.
    """

    id: str
    rule_id: str
    claim_a: str
    claim_b: str | None
    verdict: str
    severity: str
    explanation: str
    confidence: float = 1.0
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class NameMention:
    """A person's name in a sentence: given-name tokens (maybe none) and a family name."""

    document: Document
    sentence: Sentence
    given: tuple[Token, ...]  # document offsets
    family: Token


@dataclass
class Person:
    id: str
    name: str
    mentions: list[NameMention] = field(default_factory=list)
    # Given names that no close spelling explains, joined to this person by one
    # post with one holder (rule name-given): each as written -> the post.
    misnamed: dict[str, str] = field(default_factory=dict)

    def spellings(self, part: str) -> dict[str, dict[str, int]]:
        """Each spelling of the given or family name, with how often each document uses it."""
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        for m in self.mentions:
            toks = m.given if part == "given" else (m.family,)
            for t in toks:
                counts[t.text][m.document.name] += 1
        return {k: dict(v) for k, v in counts.items()}
