"""The names family: how each person's name is spelled.

The people pass (:mod:`ledger.entities`) has already found who is who; this
family makes one claim per spelled part of every mention. Rules:
``name-spelling`` and ``name-given`` (``features/names.feature``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from ledger.claims import make_claim
from ledger.entities import given_reading
from ledger.families import Corpus, Slot, family
from ledger.families.names import rules as rules
from ledger.model import Claim, NameMention, Person
from ledger.text import Token


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


def _parts(person: Person, m: NameMention) -> tuple[tuple[Token, ...], Token]:
    """The given names and the family name of a mention, a double family name
    written with a space kept whole ("Ngozi Okonjo Iweala" beside "Okonjo-Iweala":
    family "Okonjo Iweala", not given "Ngozi Okonjo")."""
    hyphened = {x.family.text for x in person.mentions if "-" in x.family.text}
    if m.given and f"{m.given[-1].text}-{m.family.text}" in hyphened:
        last = m.given[-1]
        text = m.document.text[last.start : m.family.end]
        return m.given[:-1], Token(last.start, m.family.end, text)
    return m.given, m.family


def _spellings(parts: list[tuple[NameMention, tuple[Token, ...], Token]]) -> dict[str, Any]:
    """Each spelling of the given and the family name, with how often each document uses it."""
    counts: dict[str, dict[str, Counter[str]]] = {
        "given": defaultdict(Counter),
        "family": defaultdict(Counter),
    }
    for m, given, fam in parts:
        for t in given:
            counts["given"][t.text][m.document.name] += 1
        counts["family"][fam.text][m.document.name] += 1
    return {part: {k: dict(v) for k, v in c.items()} for part, c in counts.items()}


@family("names", properties=("name",), slot=name_slot)
def name_claims(corpus: Corpus) -> list[Claim]:
    """One ``name`` claim per spelled part of every mention of every person."""
    claims = []
    for person in corpus.people:
        parts = [(m, *_parts(person, m)) for m in person.mentions]
        spellings = _spellings(parts)
        for m, given_toks, fam in parts:
            given = " ".join(t.text for t in given_toks)
            for part, toks in (("given", given_toks), ("family", (fam,))):
                said = _given_name(person, given, fam.text) if part == "given" else {}
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
