"""The names family: how each person's name is spelled.

The people pass (:mod:`ledger.entities`) has already found who is who; this
family makes one claim per spelled part of every mention. Rules:
``name-spelling`` and ``name-given`` (``features/names.feature``).
"""

from __future__ import annotations

from ledger.claims import make_claim
from ledger.entities import given_reading
from ledger.families import Corpus, Slot, family
from ledger.families.names import rules as rules
from ledger.model import Claim, Person


def name_slot(c: Claim) -> Slot | None:
    """One part (given or family name) of one person."""
    return (f"{c.entity_id}:{c.qualifiers.get('part')}", "name") if c.entity_id else None


def _given_name(person: Person, given: str, family: str) -> dict[str, str]:
    """Which given name a mention writes ("" for the person's own), the whole
    name and, if it names the holder of a post under another given name, the post."""
    post = person.misnamed.get(given) or next(iter(person.misnamed.values()), "")
    return {
        "reading": given_reading(person, given),
        "written": f"{given} {family}",
        "post": post,
    }


@family("names", properties=("name",), slot=name_slot)
def name_claims(corpus: Corpus) -> list[Claim]:
    """One ``name`` claim per spelled part of every mention of every person."""
    claims = []
    for person in corpus.people:
        spellings = {part: person.spellings(part) for part in ("given", "family")}
        for m in person.mentions:
            given = " ".join(t.text for t in m.given)
            for part, toks in (("given", m.given), ("family", (m.family,))):
                said = _given_name(person, given, m.family.text) if part == "given" else {}
                for t in toks:
                    claims.append(
                        make_claim(
                            m.sentence,
                            "name",
                            t.start,
                            t.end,
                            subject=person.name,
                            value_lo=None,
                            value_hi=None,
                            unit="spelling",
                            entity_id=person.id,
                            normalised=f"{part} name of {person.name}",
                            qualifiers={"part": part, "spellings": spellings[part], **said},
                        )
                    )
    return claims
