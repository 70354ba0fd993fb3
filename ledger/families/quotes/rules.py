"""Quotes: the same words of one speaker, as two sources report them."""

from __future__ import annotations

import difflib
import re
from typing import Any

from rapidfuzz import fuzz

from ledger import lexicon
from ledger.families.quotes import wording
from ledger.model import Claim
from ledger.rules import Verdict, rule


def _words(text: str) -> list[str]:
    return re.findall(r"\w+(?:[-']\w+)*", text.lower())


def content_overlap(a: str, b: str) -> float:
    """The share of the shorter quotation's content words that the other one has."""
    stop = frozenset(lexicon.load("stopwords")["stopwords"])
    ca, cb = ({w for w in _words(t) if w not in stop} for t in (a, b))
    shorter, longer = sorted((ca, cb), key=len)
    return len(shorter & longer) / len(shorter) if shorter else 0.0


def same_quotation(a: str, b: str, params: dict[str, Any]) -> float | None:
    """The alignment score when two quotations are the same words reported twice, else None:
    alike in letters (token_sort_ratio) and sharing most of their content words
    (``align_threshold`` and ``content_overlap`` of the rule's parameters), or
    reworded (:func:`reworded`)."""
    score = fuzz.token_sort_ratio(" ".join(_words(a)), " ".join(_words(b)))
    if score >= float(params["align_threshold"]) and content_overlap(a, b) >= float(
        params["content_overlap"]
    ):
        return score
    return reworded(a, b, params)


def reworded(a: str, b: str, params: dict[str, Any]) -> float | None:
    """The letter score when one quotation renders the other in other words, or when
    both share one run of sentences (a source cut the quotation short), else None.
    The shorter side's content words, taken by their roots and synonyms
    (:mod:`ledger.families.quotes.wording`), must nearly all be in the other
    (``reworded_share``), at least ``reworded_words`` of them, and the letters
    still alike (``reworded_ratio``)."""
    scores = [
        score
        for pa in wording.pieces(a)
        for pb in wording.pieces(b)
        if (score := _rendering_score(pa, pb, params)) is not None
    ]
    return max(scores, default=None)


def _rendering_score(a: str, b: str, params: dict[str, Any]) -> float | None:
    shorter, longer = sorted((a, b), key=lambda t: len(wording.words(t)))
    shared, total = wording.shared_concepts(shorter, longer)
    if shared < int(params["reworded_words"]) or shared < total * float(params["reworded_share"]):
        return None
    score = fuzz.token_sort_ratio(" ".join(_words(shorter)), " ".join(_words(longer)))
    return score if score >= float(params["reworded_ratio"]) else None


def differing_words(a: str, b: str) -> tuple[list[str], list[str]]:
    """The words only ``a`` has and the words only ``b`` has, in order."""
    wa, wb = _words(a), _words(b)
    only_a, only_b = [], []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=wa, b=wb, autojunk=False).get_opcodes():
        if op in ("replace", "delete"):
            only_a.append(" ".join(wa[i1:i2]))
        if op in ("replace", "insert"):
            only_b.append(" ".join(wb[j1:j2]))
    return only_a, only_b


@rule("quote-wording", property="quote", feature="quotes.feature")
def quote_wording(a: Claim, b: Claim, params: dict[str, Any]) -> Verdict | None:
    """Quotations of the same speaker in the same story, from two sources, are
    aligned with rapidfuzz: when they are the same words reported twice (similar
    enough, by the rule's parameters), identical wording is consistent and a reworded
    quotation is a variant whose explanation lists the words that differ. Different
    quotations of one speaker are not compared: two quotations are the same only
    when alike in letters and sharing most of their content words."""
    if a.document_id == b.document_id:
        return None
    score = same_quotation(a.value_text, b.value_text, params)
    if score is None:
        return None
    sev = params["severity"]
    only_a, only_b = differing_words(a.value_text, b.value_text)
    if not only_a and not only_b:
        return Verdict(
            "consistent", sev["consistent"], f"{a.subject} is quoted word for word alike."
        )
    shown_a = "; ".join(f"'{w}'" for w in only_a) or "nothing"
    shown_b = "; ".join(f"'{w}'" for w in only_b) or "nothing"
    return Verdict(
        "variant",
        sev["variant"],
        f"{a.subject} is quoted in other words (similarity {score:.0f}/100): only A has "
        f"{shown_a}; only B has {shown_b}.",
    )
