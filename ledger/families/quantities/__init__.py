"""The quantities family: counts and sums ("lebih dari 5.000 pengungsi", "US$ 11 miliar").

Reading: :mod:`ledger.families.quantities.reading`. Rule: ``quantity-interval``
(``features/quantities.feature``). An amount belongs to no event word, so each
claim carries what its sentence says of the occasion (from the occasion stage)
and the dates the same sentence states (from the dates family).
"""

from __future__ import annotations

import re

from ledger.families import Corpus, Slot, by_story, family
from ledger.families.quantities import rules as rules
from ledger.families.quantities.reading import UNKNOWN_AMOUNT, clause, quantity_claims
from ledger.model import Claim


def quantity_slot(c: Claim) -> Slot | None:
    """An amount of one thing, within one story (a sum of money of what, unknown: none)."""
    if c.subject == UNKNOWN_AMOUNT:
        return None
    return by_story(c, f"{c.subject}:{c.unit}")


@family(
    "quantities",
    properties=("quantity",),
    slot=quantity_slot,
    requires=("dates",),
    binding="sentence",
)
def quantities(corpus: Corpus) -> list[Claim]:
    """A ``quantity`` claim for every sum of money and every count of a known thing,
    with the evidence of its sentence (``qualifiers["evidence"]``)."""
    found = quantity_claims(corpus.documents, corpus.sentences, corpus.story_of)
    dates: dict[str, list[list[str]]] = {}
    for c in corpus.claims["dates"]:
        if c.property == "date" and c.qualifiers.get("year_known") and c.value_lo:
            dates.setdefault(c.sentence_id, []).append([str(c.value_lo), str(c.value_hi)])
    sentence = {s.id: s for doc_sentences in corpus.sentences.values() for s in doc_sentences}
    story_of = corpus.story_of
    for c in found:
        occ = corpus.occasions[story_of[c.document_id]]
        source = str(c.qualifiers.get("source_text") or "")
        sent = sentence[c.sentence_id]
        context = occ.context(sent, c.start, c.end, source)
        own = clause(sent.text, c.start - sent.start, c.end - sent.start)
        c.qualifiers["evidence"] = {
            **context,
            "dates": dates.get(c.sentence_id, []),
            "clause": " ".join(re.sub(r"[\d.,]+", " ", own.lower()).split()),
        }
    return found
