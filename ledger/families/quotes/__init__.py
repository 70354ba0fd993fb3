"""The quotes family: what a named speaker said, in quotation marks.

Reading: :mod:`ledger.families.quotes.reading`. Rule: ``quote-wording``
(``features/quotes.feature``): the same words reported twice, compared for
what changed.
"""

from __future__ import annotations

from ledger.families import Corpus, Slot, by_story, family
from ledger.families.quotes import rules as rules
from ledger.families.quotes.reading import quote_claims
from ledger.model import Claim


def quote_slot(c: Claim) -> Slot:
    """One speaker's words, within one story."""
    return by_story(c, c.entity_id)


@family("quotes", properties=("quote",), slot=quote_slot)
def quotes(corpus: Corpus) -> list[Claim]:
    """A ``quote`` claim for every quotation whose speaker the text names."""
    return quote_claims(corpus.documents, corpus.sentences, corpus.people, corpus.story_of)
