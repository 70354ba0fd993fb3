"""The durations family: how long an occasion lasted ("hampir dua jam").

Reading: :mod:`ledger.families.durations.reading`. Rule: ``duration-interval``
(:mod:`ledger.families.durations.rules`, ``features/durations.feature``). A
length is compared only with lengths of the same occasion.
"""

from __future__ import annotations

from ledger.claims import make_claim
from ledger.families import Corpus, by_event, family
from ledger.families.durations import rules as rules
from ledger.families.durations.reading import find_durations
from ledger.model import Claim
from ledger.text import in_quote


@family("durations", properties=("duration",), slot=by_event, binding="occasion")
def duration_claims(corpus: Corpus) -> list[Claim]:
    """A ``duration`` claim for every length of an occasion, attached to its clause's occasion."""
    out = []
    for story in corpus.stories:
        occ = corpus.occasions[story.id]
        for doc in occ.documents:
            for sent in corpus.sentences[doc.id]:
                for d in find_durations(sent.text):
                    start, end = sent.start + d.start, sent.start + d.end
                    at = occ.attach(sent, start, end, lasting=True)
                    qualifiers: dict[str, object] = {
                        "in_quote": in_quote(sent.text, d.start),
                        "segment": sent.kind,
                        **at.qualifiers(),
                        "hedge": d.hedge,
                        "stated_minutes": d.minutes,
                    }
                    out.append(
                        make_claim(
                            sent,
                            "duration",
                            start,
                            end,
                            subject=at.subject,
                            value_lo=d.lo,
                            value_hi=d.hi,
                            unit="min",
                            event_id=at.event_id,
                            normalised=d.reading,
                            qualifiers=qualifiers,
                        )
                    )
    return out
