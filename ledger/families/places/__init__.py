"""The places family: where an occasion took place ("di Jenewa").

A place claim is made for each event word whose clause names a place: one the
lexicon knows (``data/<lang>/entities.yaml``, ``places``), through its aliases,
or one named after a place preposition ("di Accra"). Rule: ``place-alias``
(``features/places.feature``).

Another place usually makes another occasion (the occasions stage keeps them
apart), so the place of an event word that agrees with an earlier occasion on
everything but its place (its *twin*, see ``ledger.occasions``) is compared
with that occasion's places: "one summit, two cities".
"""

from __future__ import annotations

from ledger.claims import make_claim
from ledger.families import Corpus, by_event, family
from ledger.families.places import rules as rules
from ledger.model import Claim
from ledger.occasions import Attachment
from ledger.text import name_match


def _qualifiers(at: Attachment) -> dict[str, object]:
    """The clause's evidence without its place (the place is the claim), and, for
    an event word compared through its twin, why."""
    assert at.mention is not None
    out: dict[str, object] = {
        "event_words": at.mention.words,
        "evidence": {**at.evidence, "place": None},
    }
    if at.twin is not None and at.event is not None:
        out["twin_of"] = at.event.label
    return out


@family("places", properties=("place",), slot=by_event, binding="occasion")
def place_claims(corpus: Corpus) -> list[Claim]:
    """A ``place`` claim for each event word whose place the text names."""
    claims = []
    for story in corpus.stories:
        occ = corpus.occasions[story.id]
        aliases = occ.lex.place_aliases
        for m in occ.mentions:
            at = occ.attachment(m)
            event = at.twin or at.event
            if m.place is None or event is None:
                continue
            offset = m.end - m.sentence.start
            found = name_match(m.sentence.text[offset:], m.place, aliases)
            if found is None:
                continue
            start = m.sentence.start + offset + found.start()
            end = m.sentence.start + offset + found.end()
            claims.append(
                make_claim(
                    m.sentence,
                    "place",
                    start,
                    end,
                    subject=event.label,
                    value_lo=m.place,
                    value_hi=m.place,
                    unit="place",
                    event_id=event.id,
                    normalised=f"{found.group()} = {m.place}",
                    qualifiers=_qualifiers(at),
                )
            )
    return claims
