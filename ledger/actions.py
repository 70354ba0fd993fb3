"""Actions: what a subject did to an object ("Rusia ... telah memperluas perjanjian START Baru").

Verbs are looked up by their surface forms in ``data/id/verbs.yaml`` and stored
by lemma. The subject is the nearest known entity (country, organisation or a
person of the corpus) before the verb in its sentence; the object the first
known entity within a few words after it. Only a verb with both is a claim.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ledger import lexicon
from ledger.entities import Person
from ledger.model import Claim, Document, Sentence, content_id
from ledger.text import find_phrases


@dataclass(frozen=True)
class VerbData:
    lemma_of: dict[str, str]  # lower-cased surface form -> lemma
    same: frozenset[frozenset[str]]
    contrasting: frozenset[frozenset[str]]
    window: int


@cache
def verb_data(lang: str = lexicon.DEFAULT_LANGUAGE) -> VerbData:
    data = lexicon.load("verbs", lang)
    return VerbData(
        lemma_of={f.lower(): lemma for lemma, forms in data["verbs"].items() for f in forms},
        same=frozenset(frozenset(p) for p in data["same_meaning"]),
        contrasting=frozenset(frozenset(p) for p in data["contrasting"]),
        window=int(data["object_window"]),
    )


def relation(a: str, b: str) -> str | None:
    """ "same", "contrasting" or None (the data knows nothing of the pair)."""
    v = verb_data()
    if a == b or frozenset((a, b)) in v.same:
        return "same"
    if frozenset((a, b)) in v.contrasting:
        return "contrasting"
    return None


@cache
def known_entities(lang: str = lexicon.DEFAULT_LANGUAGE) -> dict[str, str]:
    """Lower-cased alias -> canonical name, for every known entity of entities.yaml."""
    data = lexicon.load("entities", lang)
    sections = ("countries", "organisations", "treaties", "projects")
    return {a.lower(): name for s in sections for name, al in data.get(s, {}).items() for a in al}


def action_claims(
    docs: list[Document], sentences: dict[str, list[Sentence]], people: list[Person]
) -> list[Claim]:
    """An ``action`` claim for every known verb with a subject and an object."""
    v = verb_data()
    names = dict(known_entities())
    for person in people:
        names[person.mentions[0].family.text.lower()] = person.name
    claims = []
    for doc in docs:
        for sent in sentences[doc.id]:
            for verb in find_phrases(sent.text, v.lemma_of):
                lemma = v.lemma_of[verb.group().lower()]
                before = find_phrases(sent.text[: verb.start()], names)
                after = find_phrases(sent.text[verb.end() :], names)
                if not before or not after:
                    continue
                gap = sent.text[verb.end() : verb.end() + after[0].start()]
                if len(gap.split()) > v.window:
                    continue
                subject = names[before[-1].group().lower()]
                obj = names[after[0].group().lower()]
                start, end = sent.start + verb.start(), sent.start + verb.end()
                claims.append(
                    Claim(
                        id=content_id(doc.id, "action", start, end),
                        document_id=doc.id,
                        sentence_id=sent.id,
                        property="action",
                        subject=f"{subject} → {obj}",
                        value_text=verb.group(),
                        value_lo=lemma,
                        value_hi=obj,
                        unit="verb",
                        start=start,
                        end=end,
                        normalised=f"{subject} {lemma} {obj}",
                        qualifiers={"subject": subject, "verb": lemma, "object": obj},
                    )
                )
    return claims
