"""Entities: people found in the text and resolved across spellings; known entities from data.

People are found as runs of capitalised words that are not office words
(``titles.yaml``), known entity names (``entities.yaml``) or other non-name words
(``names.yaml``). Full names are clustered over the whole corpus, because one
person recurs across stories. Names are compared in one transliteration
(``transliteration_rewrites`` of ``names.yaml``: "Mikhail" and "Michail" meet as
"mihail"), then with rapidfuzz:

- the same family name: the same person when the given names, where both give
  one, are close ("Antony" / "Anthony"); "Joe Biden" and "Hunter Biden" stay two;
- a family name with one letter changed or a close spelling ("Sherman" /
  "Shermen"): the same person only when the given names are the same and the
  offices the texts give, if both give one, agree. Two people can share a given
  name and a near family name; a slip also needs the rest of the name to match.

A lone family name ("Lavrov") joins a person only when exactly one person of the
same story has a close family name; if two fit, it joins none. Every surface
spelling becomes a ``name`` claim, so spelling disagreements become findings.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache
from typing import Any

from rapidfuzz import fuzz

from ledger import lexicon, offices
from ledger.model import Document, NameMention, Person, Sentence, content_id
from ledger.text import Token, tokens
from ledger.vocabulary import load_lexicon


@dataclass(frozen=True)
class NameParams:
    family: float
    given: float
    one_letter_min: int
    not_person: frozenset[str]
    institution_heads: frozenset[str]
    rewrites: tuple[tuple[str, str], ...]
    word_ends: tuple[tuple[str, str], ...]


@cache
def params(lang: str = lexicon.DEFAULT_LANGUAGE) -> NameParams:
    data = lexicon.load("names", lang)
    return NameParams(
        family=float(data["family_threshold"]),
        given=float(data["given_threshold"]),
        one_letter_min=int(data["one_letter_min_length"]),
        not_person=frozenset(
            w.lower() for w in [*data["not_person_words"], *data["institution_heads"]]
        ),
        institution_heads=frozenset(w.lower() for w in data["institution_heads"]),
        rewrites=tuple((str(a), str(b)) for a, b in data["transliteration_rewrites"]),
        word_ends=tuple((str(a), str(b)) for a, b in data["transliteration_word_ends"]),
    )


@cache
def romanised(name: str) -> str:
    """``name`` in one transliteration, lower-cased: "Michail" and "Mikhail" -> "mihail".

    Sources transliterate Russian, Ukrainian or Korean names each their own way;
    comparing the spellings as written would make "Yuri" and "Juri" two people.
    """
    p = params()
    out = []
    for word in name.lower().split():
        for old, new in p.rewrites:
            word = word.replace(old, new)
        for old, new in p.word_ends:
            if word.endswith(old) and len(word) > len(old) + 1:
                word = word[: -len(old)] + new
                break
        out.append(word)
    return " ".join(out)


def _one_letter_apart(a: str, b: str, min_length: int) -> bool:
    """True when two words of the same length differ in exactly one letter."""
    return len(a) == len(b) >= min_length and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def family_close(a: str, b: str) -> bool:
    """Two family names that may be one name: the same transliterated, one letter
    struck for another, or a rapidfuzz ratio above ``family_threshold``."""
    p = params()
    ra, rb = romanised(a), romanised(b)
    return ra == rb or _one_letter_apart(ra, rb, p.one_letter_min) or fuzz.ratio(ra, rb) >= p.family


def _is_name_word(word: str, p: NameParams) -> bool:
    lex = load_lexicon()
    low = word.lower()
    return (
        word[:1].isupper()
        and not word.isupper()
        and "-" not in word
        and low not in lex.not_names
        and low not in lex.stopwords  # "Menurut Edo": a sentence's first word, capitalised
        and low not in lex.name_words
        and low not in p.not_person
    )


def common_words(docs: list[Document], sentences: dict[str, list[Sentence]]) -> frozenset[str]:
    """Words the corpus also writes in lower case inside its body sentences
    ("sumber daya air", "kerja sama"): capitalised, they name an office or an
    agreement ("Menteri Sumber Daya Air"), not a person."""
    return frozenset(
        tok.text
        for d in docs
        for s in sentences[d.id]
        if s.kind == "body"
        for tok in tokens(s.text)[1:]
        if tok.text.islower()
    )


def full_names(
    doc: Document, sentences: list[Sentence], common: frozenset[str] = frozenset()
) -> list[NameMention]:
    """Runs of two or three name words in body sentences ("Sergey Lavrov"); a run
    of words that are all ``common`` (written in lower case elsewhere: "Daya
    Air") is no one's name."""
    p = params()
    found = []
    for sent in sentences:
        if sent.kind != "body":
            continue  # headlines capitalise every word
        run: list[Token] = []
        institution = False  # inside "Perjanjian Kerja Sama Sains ...": not a person
        for tok in [*tokens(sent.text), Token(0, 0, "")]:
            if tok.text.lower() in p.institution_heads:
                institution = True
            elif not tok.text[:1].isupper():
                institution = False
            if tok.text and not institution and _is_name_word(tok.text, p):
                run.append(Token(sent.start + tok.start, sent.start + tok.end, tok.text))
                continue
            if 2 <= len(run) <= 3 and not all(t.text.lower() in common for t in run):
                found.append(NameMention(doc, sent, tuple(run[:-1]), run[-1]))
            run = []
    return found


def _office(m: NameMention) -> tuple[str, str] | None:
    """The rank and country of the office the text gives right before the name, if any."""
    span = offices.before(m)
    title = offices.normalise(m.document.text[span[0] : span[1]]) if span else None
    return (title.rank, title.country) if title else None


def _offices_agree(a: NameMention, b: NameMention) -> bool:
    """False only when both texts give an office and the ranks or countries differ."""
    oa, ob = _office(a), _office(b)
    if oa is None or ob is None:
        return True
    return oa[0] == ob[0] and (not oa[1] or not ob[1] or oa[1] == ob[1])


def same_person(a: NameMention, b: NameMention) -> bool:
    """Whether two full names name one person (see the module docstring)."""
    p = params()
    given_a = romanised(" ".join(t.text for t in a.given))
    given_b = romanised(" ".join(t.text for t in b.given))
    family_a, family_b = romanised(a.family.text), romanised(b.family.text)
    if family_a == family_b:
        return not (given_a and given_b) or fuzz.ratio(given_a, given_b) >= p.given
    if not family_close(a.family.text, b.family.text):
        return False
    # A family name spelled differently: the rest must be the same person's.
    return bool(given_a) and given_a == given_b and _offices_agree(a, b)


def resolve(
    docs: list[Document],
    sentences: dict[str, list[Sentence]],
    story_of: dict[str, str] | None = None,
) -> tuple[list[Person], list[NameMention]]:
    """The people of the corpus and every mention of them (full names and lone family names).

    ``story_of`` (document id -> story id) limits a lone family name to the people
    named in full in its own story; without it, the whole corpus is the story.
    """
    p = params()
    people: list[Person] = []
    common = common_words(docs, sentences)
    fulls = [m for d in docs for m in full_names(d, sentences[d.id], common)]
    for m in fulls:
        match = next((person for person in people if same_person(m, person.mentions[0])), None)
        if match is None:
            match = Person(id="", name="")
            people.append(match)
        match.mentions.append(m)
    story = story_of or {}
    in_story: dict[str | None, list[Person]] = defaultdict(list)
    for person in people:
        for s in dict.fromkeys(story.get(m.document.id) for m in person.mentions):
            in_story[s].append(person)
    taken = {(m.sentence.id, t.start) for m in fulls for t in (*m.given, m.family)}
    families = {
        id(person): {m.family.text for m in person.mentions if m.given} for person in people
    }
    for d in docs:
        known = in_story[story.get(d.id)]
        for sent in sentences[d.id]:
            for tok in tokens(sent.text):
                start = sent.start + tok.start
                if (sent.id, start) in taken or not _is_name_word(tok.text, p):
                    continue
                if tok.text.lower() in common:
                    continue  # "Sumber Daya Air": "daya" is a word, not "Dara" misspelled
                fits = [
                    person
                    for person in known
                    if any(family_close(tok.text, f) for f in families[id(person)])
                ]
                if len(fits) == 1:  # two people fit: ambiguous, left alone
                    lone = Token(start, sent.start + tok.end, tok.text)
                    fits[0].mentions.append(NameMention(d, sent, (), lone))
    for person in people:
        full = Counter(
            " ".join(t.text for t in (*m.given, m.family)) for m in person.mentions if m.given
        )
        person.name = full.most_common(1)[0][0]
        person.id = content_id("person", person.name)
    return people, [m for person in people for m in person.mentions]


def alias_kind(alias: str, canonical: str, occurrences: int) -> str:
    """How a spelling relates to the canonical one: transliteration, typo or spelling."""
    if alias == canonical:
        return "name"
    if romanised(alias) == romanised(canonical):
        return "transliteration"
    a, c = alias.lower(), canonical.lower()
    # One letter struck for another, once in all the sources: a slip of the keys
    # ("Blinkin"). A letter more or less ("Antony" / "Anthony") is a spelling.
    if (
        occurrences == 1
        and len(a) == len(c)
        and sum(x != y for x, y in zip(a, c, strict=True)) == 1
    ):
        return "typo"
    return "spelling"


def entity_rows(people: list[Person]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Rows of the ``entities`` and ``aliases`` tables: people and the known entities."""
    entities: dict[str, dict[str, Any]] = {}
    aliases: dict[tuple[str, str], dict[str, Any]] = {}
    for person in people:
        entities[person.id] = {
            "id": person.id,
            "kind": "person",
            "name": person.name,
            "wikidata_id": None,
        }
        canonical = person.name.split()
        for part, index in (("given", 0), ("family", -1)):
            for spelling, per_doc in person.spellings(part).items():
                kind = alias_kind(spelling, canonical[index], sum(per_doc.values()))
                aliases[(person.id, spelling)] = {
                    "entity_id": person.id,
                    "alias": spelling,
                    "kind": kind,
                }
    known = lexicon.load("entities")
    metonymy = set(known.get("metonymy", []))
    kinds = {"countries": "country", "organisations": "organisation", "places": "place",
             "treaties": "treaty", "projects": "project"}  # fmt: skip
    for section, kind in kinds.items():
        for name, names in known.get(section, {}).items():
            eid = content_id(kind, name)
            entities[eid] = {"id": eid, "kind": kind, "name": name, "wikidata_id": None}
            for alias in names:
                alias_kind_ = (
                    "name" if alias == name else "metonymy" if alias in metonymy else "translation"
                )
                aliases[(eid, alias)] = {"entity_id": eid, "alias": alias, "kind": alias_kind_}
    return list(entities.values()), list(aliases.values())
