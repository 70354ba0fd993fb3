"""Quotes: the words a person is reported to have said, and who said them.

A quotation is the text between “ ” (or straight quotes) on one line. Its
speaker is read from the attribution after it (", kata Lavrov", "jawab Lavrov",
"kata juru bicara ... Ned Price", "kata penasihat senior ..., Ingrid Vik,"),
from a speech verb before it in its sentence ("Blinken mengatakan “…”",
"Stiell mengatakan bahwa hasil ini “…”"), or, for "katanya", "tambahnya", "dia
menambahkan" and a quotation that opens a sentence on its own, from the last
named speaker. An attribution that names nobody the ledger knows ("kata seorang
ibu") gives the quotation no speaker. A speaker is a person the people pass
found, or a bare word of one person's name in the story ("kata Xi", "ujar
Tsai") when no other person of the story has that word in their name. Words
live in ``data/id/quotes.yaml``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from ledger import lexicon
from ledger.claims import make_claim
from ledger.model import Claim, Document, Person, Sentence
from ledger.text import Token, find_phrases, tokens
from ledger.vocabulary import load_lexicon

QUOTED = re.compile(r"“([^”\n]+)”|\"([^\"\n]+)\"")
# The words and the punctuation of an attribution, in order.
ATTRIBUTION_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[,;.:]")

# Where each person is named in one document: (offset, person), in order.
Named = list[tuple[int, Person]]


@dataclass(frozen=True)
class QuoteWords:
    after: tuple[str, ...]
    pronouns: tuple[str, ...]
    before: tuple[str, ...]
    window: int
    min_words: int
    stops: frozenset[str]


@cache
def words(lang: str = lexicon.DEFAULT_LANGUAGE) -> QuoteWords:
    q = lexicon.load("quotes", lang)
    return QuoteWords(
        tuple(q["after_verbs"]), tuple(q["pronouns"]), tuple(q["before_verbs"]),
        int(q["speaker_window"]),
        int(q["min_words"]),
        frozenset(w.lower() for w in q["speaker_stops"]),
    )  # fmt: skip


@cache
def _not_names(lang: str = lexicon.DEFAULT_LANGUAGE) -> frozenset[str]:
    """Lower-cased capitalised words that are never a person's name: titles, places, bodies."""
    lex = load_lexicon(lang)
    return lex.not_names | lex.name_words


def _is_name_word(word: str) -> bool:
    return word[:1].isupper() and word.lower() not in _not_names()


def _person_in(named: Named, start: int, end: int, last: bool = False) -> Person | None:
    """The first (or last) person named between two offsets."""
    found = [person for at, person in named if start <= at < end]
    if not found:
        return None
    return found[-1] if last else found[0]


def _name_words(people: list[Person], doc_ids: set[str]) -> dict[str, Person]:
    """Each word of a name that only one person of the story bears -> that person."""
    bearers: dict[str, dict[str, Person]] = defaultdict(dict)
    for p in people:
        mine = [m for m in p.mentions if m.document.id in doc_ids]
        if not mine:
            continue
        for m in mine:
            for tok in (*m.given, m.family):
                if _is_name_word(tok.text):
                    bearers[tok.text][p.id] = p
    return {w: next(iter(ps.values())) for w, ps in bearers.items() if len(ps) == 1}


def _named(doc: Document, people: list[Person], unique: dict[str, Person]) -> Named:
    """Where the document names each person: the people pass's mentions, and the
    bare words of a name that only one person of the story bears."""
    found = [(m.family.start, p) for p in people for m in p.mentions if m.document.id == doc.id]
    spans = [
        ((m.given[0].start if m.given else m.family.start), m.family.end)
        for p in people
        for m in p.mentions
        if m.document.id == doc.id
    ]
    words_ = tokens(doc.text)
    for i, tok in enumerate(words_):
        person = unique.get(tok.text)
        if person and _alone(words_, i) and not any(s <= tok.start < e for s, e in spans):
            found.append((tok.start, person))
    return sorted(found, key=lambda ap: ap[0])


def _alone(words_: list[Token], i: int) -> bool:
    """True when no other word of a name stands right beside word ``i``: "kata Xi
    kepada", "Presiden Xi", but not "Sumber Daya Air"."""
    beside = [words_[j].text for j in (i - 1, i + 1) if 0 <= j < len(words_)]
    return not any(_is_name_word(w) for w in beside)


def quote_claims(
    docs: list[Document],
    sentences: dict[str, list[Sentence]],
    people: list[Person],
    story_of: dict[str, str],
) -> list[Claim]:
    """A ``quote`` claim for every quotation whose speaker the text names."""
    in_story: dict[str, set[str]] = defaultdict(set)
    for doc_id, story in story_of.items():
        in_story[story].add(doc_id)
    unique = {story: _name_words(people, ids) for story, ids in in_story.items()}
    claims = []
    for doc in docs:
        named = _named(doc, people, unique[story_of[doc.id]])
        claims.extend(_document_quotes(doc, sentences[doc.id], named, story_of[doc.id]))
    return claims


def _document_quotes(doc: Document, sents: list[Sentence], named: Named, story: str) -> list[Claim]:
    w = words()
    claims = []
    last: Person | None = None
    last_end = -1  # where the last attributed quotation ended
    for m in QUOTED.finditer(doc.text):
        group = 1 if m.group(1) is not None else 2
        start, end = m.start(group), m.end(group)
        text = m.group(group).strip(" ,.")
        sent = next((s for s in sents if s.start <= m.start() < s.end), None)
        if sent is None or len(text.split()) < w.min_words:
            continue
        line_end = doc.text.find("\n", m.end())
        tail = doc.text[m.end() : line_end if line_end != -1 else len(doc.text)]
        head = doc.text[sent.start : m.start()]
        # "katanya", or a quotation opening its sentence: the speaker of the
        # quotation just before, else whoever the sentence before is about.
        previous = [s for s in sents if s.end <= sent.start and s.kind == "body"]
        before_me = last if last_end >= (previous[-1].start if previous else 0) else None
        if before_me is None and previous:
            before_me = _person_in(named, previous[-1].start, previous[-1].end)
        attributed, speaker = _after(tail, m.end(), named, w)
        if not attributed:
            speaker = _before(head, sent.start, named, w)
            if speaker is None and (_pronoun(tail, w) or not head.strip()):
                speaker = before_me
        if speaker is None:
            continue
        last, last_end = speaker, m.end()
        claims.append(
            make_claim(
                sent,
                "quote",
                start,
                end,
                subject=speaker.name,
                value_lo=None,
                value_hi=None,
                unit="words",
                document_text=doc.text,
                entity_id=speaker.id,
                normalised=f"{speaker.name} said: {text}",
                qualifiers={"story": story, "speaker": speaker.name},
            )
        )
    return claims


def _after(tail: str, quote_end: int, named: Named, w: QuoteWords) -> tuple[bool, Person | None]:
    """Whether "…,” kata X" follows the quotation, and the person it names (None when
    it names nobody the ledger knows: "kata seorang ibu")."""
    verb = re.match(rf"[\s,.]*(?:{lexicon.alternation(list(w.after))})\b", tail, re.IGNORECASE)
    if not verb:
        return False, None
    start = quote_end + verb.end()
    end = _attribution_end(tail, verb.end(), w)
    speaker = _person_in(named, start, quote_end + end)
    if speaker is None and tail[end : end + 1] == ",":
        # "kata Kepala Misi Pemantau Pemilu UE, Carla Brunetti": the name in apposition
        speaker = _person_in(named, start, quote_end + _attribution_end(tail, end + 1, w))
    return True, speaker


def _attribution_end(tail: str, begin: int, w: QuoteWords) -> int:
    """Where the speaker's words after a speech verb end: at the first mark, or at
    the first preposition after a name ("kata Presiden Jokowi | dalam ... Presiden
    Biden"), or after ``speaker_window`` words. A comma before any name opens an
    apposition ("kata penasihat senior Menteri Luar Negeri Norwegia, Ingrid Vik,").
    A speaker described in lower case ends at a preposition too ("kata seorang
    menteri | dalam sambutannya di hadapan Perdana Menteri X": X is not the speaker)."""
    seen_name = False
    described = False  # the last word is a lower-case word of a description
    count = 0
    for t in ATTRIBUTION_TOKEN.finditer(tail, begin):
        word = t.group()
        if word == "," and not seen_name:
            continue
        stop = word.lower() in w.stops and (seen_name or described)
        if word in ",;.:" or stop or count >= w.window:
            return t.start()
        seen_name = seen_name or _is_name_word(word)
        described = word.islower()
        count += 1
    return len(tail)


def _before(head: str, sent_start: int, named: Named, w: QuoteWords) -> Person | None:
    """The speaker of "X mengatakan “…”" or "X mengatakan bahwa Y “…”": the last
    person named before the last speech verb of the sentence before the quotation,
    when at most ``speaker_window`` words stand between the verb and the quotation
    (farther, the quotation may belong to a clause of its own)."""
    verbs = find_phrases(head, w.before)
    if not verbs or len(head[verbs[-1].end() :].split()) > w.window:
        return None
    return _person_in(named, sent_start, sent_start + verbs[-1].start(), last=True)


def _pronoun(tail: str, w: QuoteWords) -> bool:
    """True for "…,” katanya": a speaker named before."""
    pattern = rf"[\s,.]*(?:{lexicon.alternation(list(w.pronouns))})\b"
    return re.match(pattern, tail, re.IGNORECASE) is not None
