"""The one factory of claims: it owns a claim's id rule and checks its span.

Every family makes its claims here, so that a claim's id is the same rule
everywhere (document, property, span: a rebuild gives the same id, and reviews
stay attached) and no claim can point at words its sentence does not hold.
"""

from __future__ import annotations

from typing import Any

from ledger.model import Claim, Sentence, content_id


class SpanError(ValueError):
    """A claim's span does not slice back to its words: a bug in a family, never input."""


def claim_id(document_id: str, property: str, start: int, end: int) -> str:
    """The id of the claim of ``property`` on the words ``start:end`` of a document."""
    return content_id(document_id, property, start, end)


def make_claim(
    sentence: Sentence,
    property: str,
    start: int,
    end: int,
    *,
    subject: str,
    value_lo: float | str | None,
    value_hi: float | str | None,
    unit: str,
    value_text: str | None = None,
    event_id: str | None = None,
    entity_id: str | None = None,
    normalised: str = "",
    qualifiers: dict[str, Any] | None = None,
    document_text: str | None = None,
) -> Claim:
    """A claim on the words ``start:end`` (document offsets) of ``sentence``.

    ``value_text`` defaults to those words; when given, it must be them. A claim
    lies within its sentence, except a quotation that runs on past it: its
    family passes the ``document_text`` the span is checked against.
    """
    offset = sentence.start
    if document_text is not None:
        if not (0 <= start < end <= len(document_text)) or not (offset <= start < sentence.end):
            raise SpanError(f"{property} claim {start}:{end} does not start in its sentence")
        words = document_text[start:end]
    elif offset <= start < end <= offset + len(sentence.text):
        words = sentence.text[start - offset : end - offset]
    else:
        raise SpanError(
            f"{property} claim {start}:{end} lies outside its sentence "
            f"{sentence.start}:{sentence.start + len(sentence.text)}"
        )
    if value_text is not None and value_text != words:
        raise SpanError(f"{property} claim {value_text!r} does not match its span {words!r}")
    return Claim(
        id=claim_id(sentence.document_id, property, start, end),
        document_id=sentence.document_id,
        sentence_id=sentence.id,
        property=property,
        subject=subject,
        value_text=words,
        value_lo=value_lo,
        value_hi=value_hi,
        unit=unit,
        start=start,
        end=end,
        event_id=event_id,
        entity_id=entity_id,
        normalised=normalised,
        qualifiers=dict(qualifiers or {}),
    )
