"""The places family: where an occasion took place ("di Jenewa").

A place claim is made for each event word whose clause names a place the
lexicon knows (``data/<lang>/entities.yaml``, ``places``). Rule: ``place-alias``
(``features/places.feature``).
"""

from __future__ import annotations

from ledger.claims import make_claim
from ledger.families import Corpus, by_event, family
from ledger.families.places import rules as rules
from ledger.model import Claim
from ledger.text import find_phrases


@family("places", properties=("place",), slot=by_event, binding="occasion")
def place_claims(corpus: Corpus) -> list[Claim]:
    """A ``place`` claim for each event word whose place the text names."""
    claims = []
    for story in corpus.stories:
        occ = corpus.occasions[story.id]
        aliases = occ.lex.place_aliases
        for m in occ.mentions:
            at = occ.attachment(m)
            if m.place is None or at.event is None:
                continue
            offset = m.end - m.sentence.start
            found = [
                f
                for f in find_phrases(m.sentence.text[offset:], aliases)
                if aliases[f.group().lower()] == m.place
            ]
            if not found:
                continue  # a place the lexicon does not know ("di Istanbul") makes no place claim
            start = m.sentence.start + offset + found[0].start()
            end = m.sentence.start + offset + found[0].end()
            words = found[0].group()
            claims.append(
                make_claim(
                    m.sentence,
                    "place",
                    start,
                    end,
                    subject=at.event.label,
                    value_lo=m.place,
                    value_hi=m.place,
                    unit="place",
                    event_id=at.event.id,
                    normalised=f"{words} = {m.place}",
                    qualifiers={"event_words": m.words, "evidence": {**at.evidence, "place": None}},
                )
            )
    return claims
