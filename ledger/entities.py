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

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
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
    region_heads: tuple[str, ...]
    organisation_heads: tuple[str, ...]  # "Direktur Eksekutif": an organisation's name next
    rewrites: tuple[tuple[str, str], ...]
    word_ends: tuple[tuple[str, str], ...]
    folds: dict[str, str]
    single_holder: frozenset[str]
    many_holders: frozenset[str]  # ranks many hold at once in one office (senators)
    skeleton_min: int
    skeleton_vowels: frozenset[str]  # letters a name's skeleton leaves out
    kin: frozenset[str]  # "adik Kanselir ...": the post of a relative
    particles: frozenset[str]  # "al-" of "al-Ansari": lower case, part of the name
    one_name_min: int  # the fewest letters of a one-word name ("Menlu Sugiono")
    office_noun: re.Pattern[str]  # "Penanggulangan", "Keamanan": what an office does
    office_noun_min: int
    one_name_joiners: frozenset[str]  # after a one-word name, words that join more to it


@cache
def params(lang: str = lexicon.DEFAULT_LANGUAGE) -> NameParams:
    data = lexicon.load("names", lang)
    regions = [str(w).lower() for w in data["region_heads"]]
    return NameParams(
        family=float(data["family_threshold"]),
        given=float(data["given_threshold"]),
        one_letter_min=int(data["one_letter_min_length"]),
        not_person=frozenset(
            w.lower() for w in [*data["not_person_words"], *data["institution_heads"]]
        )
        | frozenset(w for r in regions for w in r.split()),
        institution_heads=frozenset(w.lower() for w in data["institution_heads"]),
        region_heads=tuple(regions),
        organisation_heads=tuple(str(w).lower() for w in data["organisation_heads"]),
        rewrites=tuple((str(a), str(b)) for a, b in data["transliteration_rewrites"]),
        word_ends=tuple((str(a), str(b)) for a, b in data["transliteration_word_ends"]),
        folds={str(a): str(b) for a, b in data["letter_folds"].items()},
        single_holder=frozenset(str(r).lower() for r in data["single_holder_ranks"]),
        many_holders=frozenset(str(r).lower() for r in data["many_holder_ranks"]),
        skeleton_min=int(data["skeleton_min_consonants"]),
        skeleton_vowels=frozenset(str(data["skeleton_vowels"])),
        kin=frozenset(str(w).lower() for w in data["kin_words"]),
        particles=frozenset(str(w) for w in data["name_particles"]),
        one_name_min=int(data["one_name_min_length"]),
        office_noun=re.compile(
            rf"(?:{lexicon.alternation(list(data['office_noun_prefixes']))})\w+"
            rf"{data['office_noun_suffix']}",
            re.IGNORECASE,
        ),
        office_noun_min=int(data["office_noun_min_length"]),
        one_name_joiners=frozenset(str(w).lower() for w in data["one_name_joiners"]),
    )


@dataclass(frozen=True)
class CorpusWords:
    """What the whole corpus says of its words, for reading names."""

    common: frozenset[str] = frozenset()  # written in lower case in a body sentence
    places: frozenset[str] = frozenset()  # lower-cased, written after "di" ("di Pidie")
    families: frozenset[str] = frozenset()  # lower-cased family names of plain full names
    names: frozenset[tuple[str, ...]] = frozenset()  # plain full names, lower-cased words


def _folded(word: str, folds: dict[str, str]) -> str:
    """``word`` without diacritics: "vučić" -> "vucic", "yıldırım" -> "yildirim"."""
    word = "".join(folds.get(ch, ch) for ch in word)
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@cache
def romanised(name: str) -> str:
    """``name`` in one transliteration, lower-cased and without diacritics:
    "Michail" and "Mikhail" -> "mihail", "Vučić" -> "vucic".

    Sources transliterate Russian, Ukrainian or Korean names each their own way;
    comparing the spellings as written would make "Yuri" and "Juri" two people.
    """
    p = params()
    out = []
    for word in _folded(name.lower(), p.folds).split():
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


def _is_name_part(word: str, p: NameParams) -> bool:
    lex = load_lexicon()
    low = word.lower()
    return (
        not word.isupper()
        and low not in lex.not_names
        and low not in lex.stopwords  # "Menurut Edo": a sentence's first word, capitalised
        and low not in lex.name_words
        and low not in p.not_person
        and not _office_noun(word, p)
    )


def _office_noun(word: str, p: NameParams) -> bool:
    """Whether ``word`` is a noun of what an office does ("Penanggulangan")."""
    return len(word) >= p.office_noun_min and p.office_noun.fullmatch(word) is not None


def _is_name_word(word: str, p: NameParams) -> bool:
    """A capitalised word that may be part of a person's name. A hyphenated word
    is one when each of its parts may be ("Thomas-Greenfield", "Son-hui"), but not
    a pair of known names ("AS-Rusia", "Timor-Leste") nor a doubled word
    ("Negara-Negara"). A lower-case particle before a hyphen ("al-Ansari",
    "el-Sisi": ``name_particles`` of ``names.yaml``) belongs to the name."""
    parts = word.split("-")
    if len(parts) > 1 and parts[0] in p.particles:
        parts = parts[1:]
    return (
        parts[0][:1].isupper()
        and len({w.lower() for w in parts}) == len(parts)
        and all(_is_name_part(w, p) for w in parts)
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


def place_words(docs: list[Document], sentences: dict[str, list[Sentence]]) -> frozenset[str]:
    """Capitalised words the corpus writes right after a place preposition ("di
    Pidie", "Di Kosovo"): the names of places, which a title puts before a
    person's name ("Bupati Pidie Teuku Rahmat Maulana")."""
    prepositions = load_lexicon().place_prepositions
    found = set()
    for d in docs:
        for s in sentences[d.id]:
            toks = tokens(s.text)
            for before, tok in pairwise(toks):
                if before.text.lower() in prepositions and tok.text[:1].isupper():
                    found.add(tok.text.lower())
    return frozenset(found)


def _runs(sent: Sentence, p: NameParams) -> Iterator[list[Token]]:
    """Runs of name words of a body sentence, in document offsets."""
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
        if run:
            yield run
        run = []


def _after_any(head: str, phrases: Iterable[str]) -> bool:
    """Whether ``head`` (the text before a run) ends with one of ``phrases``."""
    low = head.rstrip().lower()
    return any(low.endswith(f" {ph}") or low == ph for ph in phrases)


def _not_the_name(i: int, run: list[Token], head: str, words: CorpusWords) -> bool:
    """Whether the ``i``-th word of a run is not yet the person's name: a word the
    corpus writes in lower case, so the tail of an office ("Menteri Lingkungan
    Hidup dan Kehutanan", "Kepala Pengamat") unless a country ends the title
    before it ("Duta Besar RI Lalu Muhammad Iqbal"); a place; or the family name
    of another person whose office this one holds ("penasihat Presiden Putin Yuri
    Ushakov"), when the rest is a full name the corpus writes on its own."""
    low = run[i].text.lower()
    if low in words.places:
        return True
    if low in words.common:
        return i > 0 or not _after_any(head, load_lexicon().entity_aliases)
    rest = tuple(t.text.lower() for t in run[i + 1 :])
    return low in words.families and rest in words.names


def _name_part(run: list[Token], sent: Sentence, words: CorpusWords, p: NameParams) -> list[Token]:
    """The words of a run that name the person. A sentence's first word that the
    corpus writes in lower case is capitalised by its place ("Sebelumnya Biden");
    the word after a region's head is the region ("Bupati Pidie ..."), and the
    word after an organisation's head the organisation ("Direktur Eksekutif Gavi
    ..."); then the words that are not yet the name (:func:`_not_the_name`) are
    left out while a full name remains."""
    head = sent.text[: run[0].start - sent.start]
    initial = not head.strip() and run[0].text.lower() in words.common
    region = _after_any(head, (*p.region_heads, *p.organisation_heads)) and len(run) > 2
    i = 1 if initial or region else 0
    while len(run) - i > 2 and _not_the_name(i, run, head, words):
        i += 1
    if 0 < i < len(run) and run[i].text.lower() in words.common:
        return []  # "Organisasi Kerja Sama Islam": all of it an organisation's name
    return run[i:]


def full_names(
    doc: Document, sentences: list[Sentence], words: CorpusWords = CorpusWords()
) -> list[NameMention]:
    """Runs of two or three name words in body sentences ("Sergey Lavrov"), less
    the words before them that are not the name (:func:`_name_part`); a run of
    words that are all common (written in lower case elsewhere: "Daya Air") is no
    one's name."""
    p = params()
    found = []
    for sent in sentences:
        if sent.kind != "body":
            continue  # headlines capitalise every word
        for run in _runs(sent, p):
            name = _name_part(run, sent, words, p)
            if 2 <= len(name) <= 3 and not all(t.text.lower() in words.common for t in name):
                found.append(NameMention(doc, sent, tuple(name[:-1]), name[-1]))
    return found


def one_names(
    doc: Document, sentences: list[Sentence], words: CorpusWords = CorpusWords()
) -> list[NameMention]:
    """People known by one name ("Menlu Sugiono", "Kepala BNPB Suharyanto"): a lone
    name word right after a whole title (:func:`_titled_alone`) that the corpus
    never writes in lower case, as a place, or as the family name of a full name."""
    p = params()
    found = []
    for sent in sentences:
        if sent.kind != "body":
            continue
        for run in _runs(sent, p):
            if len(run) != 1:
                continue
            word = run[0].text
            low = word.lower()
            if len(word) < p.one_name_min or "-" in word:
                continue
            rest = sent.text[run[0].end - sent.start :]
            after = tokens(rest)
            if after and after[0].start == 1 and not _ends_one_name(after[0].text, p):
                continue  # "Menteri Pertambangan dan Energi", "Jenderal Charles Q. Brown"
            if rest.lstrip().startswith("("):
                continue  # "... Penanggulangan Bencana (BNPB)": an organisation's name
            if low in words.common or low in words.places or low in words.families:
                continue
            m = NameMention(doc, sent, (), run[0])
            if _titled_alone(m, words, p):
                found.append(m)
    return found


def _ends_one_name(word: str, p: NameParams) -> bool:
    """Whether the word right after a lone name word ends the name: a lower-case
    word that joins nothing to it ("Menlu Sugiono bertemu")."""
    return word.islower() and word not in p.one_name_joiners


def _titled_alone(m: NameMention, words: CorpusWords, p: NameParams) -> bool:
    """Whether a whole title stands right before the one word of ``m``, every word
    of it a word of ranks, offices and countries, an acronym, a word the corpus
    writes in lower case, or a noun of what an office does (an unknown
    capitalised word before it may be the rest of a name)."""
    span = offices.before(m)
    if span is None:
        return False
    title = m.document.text[span[0] : span[1]]
    known = offices.words().inside
    parts = [w for t in tokens(title) if not t.text.isupper() for w in t.text.split("-")]
    # an acronym ("BNPB"), a word the corpus writes in lower case or a noun of
    # what an office does ("Penanggulangan") is never part of a name
    unnamed = [w for w in parts if w.lower() not in known and w.lower() not in words.common]
    if not all(_office_noun(w, p) for w in unnamed):
        return False
    return offices.normalise(title) is not None


def corpus_words(docs: list[Document], sentences: dict[str, list[Sentence]]) -> CorpusWords:
    """The common words and places of the corpus, and its plain full names: runs
    of two or three words read without knowing the other people."""
    words = CorpusWords(common_words(docs, sentences), place_words(docs, sentences))
    plain = [m for d in docs for m in full_names(d, sentences[d.id], words)]
    return CorpusWords(
        words.common,
        words.places,
        frozenset(m.family.text.lower() for m in plain),
        frozenset(tuple(t.text.lower() for t in (*m.given, m.family)) for m in plain),
    )


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


def _unhyphenated(m: NameMention) -> str:
    """The whole name in one transliteration, a hyphen read as a space."""
    return romanised(" ".join(t.text for t in (*m.given, m.family)).replace("-", " "))


def same_person(a: NameMention, b: NameMention) -> bool:
    """Whether two full names name one person (see the module docstring)."""
    p = params()
    given_a = romanised(" ".join(t.text for t in a.given))
    given_b = romanised(" ".join(t.text for t in b.given))
    family_a, family_b = romanised(a.family.text), romanised(b.family.text)
    if _unhyphenated(a) == _unhyphenated(b):
        return True  # "Choe Son-hui" / "Choe Son Hui", "Amir-Abdollahian" / "Amir Abdollahian"
    if family_a == family_b:
        return not (given_a and given_b) or fuzz.ratio(given_a, given_b) >= p.given
    if not family_close(a.family.text, b.family.text):
        return False
    # A family name spelled differently: the rest must be the same person's.
    return bool(given_a) and given_a == given_b and _offices_agree(a, b)


Post = tuple[str, str, str, str]  # rank, office, portfolio, country


def single_holder_post(title: offices.Title) -> Post | None:
    """The post a title names, when it has one holder at a time and is read
    completely (``single_holder_ranks`` of ``names.yaml``): about now, not
    acting, no word unread, the country named and the office where the rank
    needs one. Shared by the people pass and the titles family."""
    if title.aide or title.time or title.acting or title.unread:
        return None
    found = offices.rung(title.rank)
    if (
        found is None
        or title.rank not in params().single_holder
        or not title.country
        or (found.needs_office and not title.office)
    ):
        return None
    return title.rank, title.office, title.portfolio, title.country


def _kin_before(head: str) -> bool:
    """Whether the word before a title is a kin word ("adik Kanselir ..."): the
    post is the relative's, not the named person's."""
    words = head.split()
    return bool(words) and words[-1].lower().strip(",") in params().kin


def _skeleton(given: str) -> str:
    """The consonants of a given name, doubled letters written once:
    "Mohammed" and "Muhammad" -> "mhmd", "Yousef" and "Yusuf" -> "ysf"."""
    vowels = params().skeleton_vowels
    letters = [ch for ch in romanised(given) if ch.isalpha() and ch not in vowels]
    return "".join(ch for i, ch in enumerate(letters) if i == 0 or ch != letters[i - 1])


def spelled_alike(a: str, b: str) -> bool:
    """Whether two given names may be spellings of one name that differ in their
    vowels only (Mohammed / Muhammad, Yusuf / Yousef, Hussein / Husain): the
    same consonants, and enough of them to tell a name."""
    ka, kb = _skeleton(a), _skeleton(b)
    return ka == kb and len(ka) >= params().skeleton_min


def _given(m: NameMention) -> str:
    return " ".join(t.text for t in m.given)


def _held_title(m: NameMention) -> offices.Title | None:
    """The title the text gives right before a name, when it names a post a
    person holds now (:func:`_same_post` says which): not a relative's, an aide's, a
    former, future or acting holder's, a personal (military) rank or a rank
    many hold at once (``many_holder_ranks`` of ``names.yaml``: senators), unless
    an area of government makes it one post ("Komisaris Perdagangan Uni Eropa")."""
    span = offices.before(m)
    title = offices.normalise(m.document.text[span[0] : span[1]]) if span else None
    if title is None or span is None or _kin_before(m.document.text[: span[0]]):
        return None
    found = offices.rung(title.rank)
    if (
        found is None
        or title.aide
        or title.time
        or title.acting
        or found.personal
        or found.role(title.office)
        or (title.rank in params().many_holders and not offices.opens_with_area(title.office))
    ):
        return None
    return title


def _office_words(title: offices.Title) -> set[str]:
    """The words of a title's office that the text wrote, not those an
    abbreviation of its rank stands for ("CEO" is "kepala eksekutif")."""
    expanded = {w for e in title.equivalences for w in e.split(" = ")[-1].split()}
    return set(title.office.split()) - expanded


def _same_post(a: offices.Title, b: offices.Title) -> bool:
    """Whether two titles name one post: the same rank, the same portfolio and
    country where both give one, and offices of which one holds the other's
    words, the other's extra words unknown to the data (a place: "Keuangan" /
    "Keuangan Sri Lanka"; the name of a body: "ACP" / "Otoritas Terusan Panama
    (ACP)"). Something must name the post in both: shared office words or the
    same country ("Wakil Perdana Menteri" alone names no post)."""
    if a.rank != b.rank or (a.portfolio and b.portfolio and a.portfolio != b.portfolio):
        return False
    if a.country and b.country and a.country != b.country:
        return False
    wa, wb = _office_words(a), _office_words(b)
    small, large, big = (wa, wb, b) if len(wa) <= len(wb) else (wb, wa, a)
    unread = {w.lower() for u in big.unread for w in re.findall(r"\w+", u)}
    if not small <= large or not large - small <= unread:
        return False
    return bool(small) or bool(a.country and a.country == b.country)


def _misnamed(m: NameMention, person: Person, story: dict[str, str]) -> str | None:
    """The post, when ``m`` names the holder of the post (:func:`_same_post`) a
    mention of ``person`` in the same story gives, with the same family name:
    two people of one family name in one post of one story would be a
    coincidence no report is worth, so one person whose given name one of the
    texts writes wrong."""
    title = _held_title(m)
    if title is None:
        return None
    for q in person.mentions:
        if (
            q.given
            and romanised(q.family.text) == romanised(m.family.text)
            and story.get(q.document.id) == story.get(m.document.id)
            and (other := _held_title(q)) is not None
            and _same_post(title, other)
        ):
            office = max((title.office, other.office), key=len)
            return " ".join(w for w in (title.rank, office, title.country or other.country) if w)
    return None


def _spelling_of(m: NameMention, person: Person, story: dict[str, str]) -> bool:
    """Whether ``m`` names ``person`` (:func:`same_person`) as one of the
    person's mentions does: under the person's own given name, or under a given
    name written wrong for a post in the same story (never across stories: the
    wrong name may be someone else's elsewhere)."""
    return any(
        same_person(m, q)
        for q in person.mentions
        if _given(q) not in person.misnamed or story.get(q.document.id) == story.get(m.document.id)
    )


def _join_by_post(m: NameMention, people: list[Person], story: dict[str, str]) -> Person | None:
    """The person whose post ``m`` holds under another given name (:func:`_misnamed`);
    the given name is recorded as written wrong for that post, unless it differs
    from one of the person's only in its vowels (:func:`spelled_alike`): then it
    is the same name spelled another way."""
    for person in people:
        post = _misnamed(m, person, story)
        if post is None:
            continue
        if not any(spelled_alike(_given(m), _given(q)) for q in person.mentions if q.given):
            person.misnamed.setdefault(_given(m), post)
        return person
    return None


def given_reading(person: Person, given: str) -> str:
    """Which of a person's given names a spelling writes: "" for the person's own,
    else the first given name, written wrong for a post (``Person.misnamed``),
    that it is a spelling of."""
    if given not in person.misnamed:
        return ""
    close = params().given
    return next(
        g
        for g in person.misnamed
        if g == given or fuzz.ratio(romanised(g), romanised(given)) >= close
    )


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
    words = corpus_words(docs, sentences)
    common = words.common
    fulls = [m for d in docs for m in full_names(d, sentences[d.id], words)]
    story = story_of or {}
    for m in fulls:
        match = next((person for person in people if _spelling_of(m, person, story)), None)
        if match is None:
            match = _join_by_post(m, people, story)
        if match is None:
            match = Person(id="", name="")
            people.append(match)
        match.mentions.append(m)
    in_story: dict[str | None, list[Person]] = defaultdict(list)
    for person in people:
        for s in dict.fromkeys(story.get(m.document.id) for m in person.mentions):
            in_story[s].append(person)
    _add_one_names(docs, sentences, words, people, in_story, story)
    taken = {(m.sentence.id, m.family.start) for person in people for m in person.mentions}
    taken |= {(m.sentence.id, t.start) for m in fulls for t in m.given}
    families = {
        id(person): {m.family.text for m in person.mentions if m.given or _known_by_one(person)}
        for person in people
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
            " ".join(t.text for t in (*m.given, m.family))
            for m in person.mentions
            if m.given or _known_by_one(person)
        )
        person.name = full.most_common(1)[0][0]
        person.id = content_id("person", person.name)
    return people, [m for person in people for m in person.mentions]


def _has_word(person: Person, word: str) -> bool:
    """Whether a mention of ``person`` has ``word`` as a given or family name."""
    return any(word in {*(t.text for t in m.given), m.family.text} for m in person.mentions)


def _known_by_one(person: Person) -> bool:
    """Whether the person is known by one name only ("Sugiono"): no mention gives more."""
    return not any(m.given for m in person.mentions)


def _add_one_names(
    docs: list[Document],
    sentences: dict[str, list[Sentence]],
    words: CorpusWords,
    people: list[Person],
    in_story: dict[str | None, list[Person]],
    story: dict[str, str],
) -> None:
    """The people known by one name (:func:`one_names`), each a person of its own
    story, or the person of that story named in full with that word as a given or
    family name ("Menlu Retno" of "Retno Marsudi"), when only one fits."""
    by_word: dict[tuple[str | None, str], Person] = {}
    for d in docs:
        where = story.get(d.id)
        for m in one_names(d, sentences[d.id], words):
            word = m.family.text
            fits = [p for p in in_story[where] if not _known_by_one(p) and _has_word(p, word)]
            if len(fits) > 1:
                continue  # two people share the word: ambiguous, left alone
            person = fits[0] if fits else by_word.get((where, word.lower()))
            person = person or _spelled_alike_in_post(
                m, [p for p in in_story[where] if _known_by_one(p)]
            )
            if person is None:
                person = Person(id="", name="")
                people.append(person)
                in_story[where].append(person)
                by_word[(where, word.lower())] = person
            person.mentions.append(m)


def _spelled_alike_in_post(m: NameMention, known: list[Person]) -> Person | None:
    """The one person known by one name that ``m`` spells another way in the same
    post ("Kepala Staf Kepresidenan Moeldoko" / "... Muldoko"), or None."""
    post = _title_post(m)
    fits = [
        p
        for p in known
        if post is not None
        and any(
            family_close(m.family.text, x.family.text) and _title_post(x) == post
            for x in p.mentions
        )
    ]
    return fits[0] if len(fits) == 1 else None


def _title_post(m: NameMention) -> tuple[str, str, str] | None:
    """The rank, office and country of the title right before a mention."""
    span = offices.before(m)
    title = offices.normalise(m.document.text[span[0] : span[1]]) if span else None
    return (title.rank, title.office, title.country) if title else None


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
