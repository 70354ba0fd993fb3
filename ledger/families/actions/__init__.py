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
    """An ``action`` claim for every known verb with a recognised subject and object.

    An occasion named by its head word alone ("pertemuan", "penandatanganan pakta
    itu") is the occasion the occasions stage gives that word in the claim's
    sentence: "menunda pertemuan teknis" and "membatalkan pertemuan tingkat
    menteri" are two occasions. Where that stage leaves the word ambiguous, the
    claim is dropped: no object, no claim. An occasion the sentence does not name
    (the one its article named before: "Sudan bergabung secara virtual") keeps
    its head word."""
    claims = action_claims(corpus.documents, corpus.sentences, corpus.people, corpus.story_of)
    return [c for c in claims if _occasion_named(c, corpus)]


def _occasion_named(c: Claim, corpus: Corpus) -> bool:
    """Keep ``c``; a bare occasion object is rewritten to its occasion's event."""
    q = c.qualifiers
    head = str(q.get("object") or "")
    if q.get("object_kind") != "occasion" or " " in head:
        return True  # an agreement, or an occasion named ("KTT ASEAN", "pertemuan di Jeddah")
    story = corpus.story_of.get(c.document_id)
    occasions = corpus.occasions.get(story) if story else None
    if occasions is None:
        return False
    heads = [m for m in occasions.found.get(c.sentence_id, []) if m.words.lower() == head]
    if not heads:
        return True
    events = {occasions.attachment(m).event_id for m in heads}
    if len(events) != 1 or None in events:
        return False
    q["object"] = f"{head} @{events.pop()}"
    return True
