"""The actions family: what a party did to an agreement ("memperpanjang New START").

Reading: :mod:`ledger.families.actions.reading`. Rule: ``action-verb``
(``features/actions.feature``): two verbs are compared only on one object,
within one story.
"""

from __future__ import annotations

from ledger.families import Corpus, Slot, by_story, family
from ledger.families.actions import rules as rules
from ledger.families.actions.reading import action_claims
from ledger.model import Claim


def action_slot(c: Claim) -> Slot:
    """What was done to one object, within one story."""
    return by_story(c, c.qualifiers.get("object"))


@family("actions", properties=("action",), slot=action_slot)
def actions(corpus: Corpus) -> list[Claim]:
    """An ``action`` claim for every known verb with a recognised subject and object."""
    return action_claims(corpus.documents, corpus.sentences, corpus.people, corpus.story_of)
