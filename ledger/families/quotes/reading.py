"""Quotes: the words a person is reported to have said, and who said them.

A quotation is the text between “ ” (or straight quotes) on one line. Its
speaker is read from the attribution after it (", kata Lavrov", "jawab Lavrov",
"kata juru bicara ... Ned Price"), from a speech verb before it ("Blinken
mengatakan “…”"), or, for "katanya", "tambahnya", "dia menambahkan" and a
quotation that opens a sentence on its own, from the last named speaker.
Words live in ``data/id/quotes.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ledger import lexicon
from ledger.claims import make_claim
from ledger.model import Claim, Document, NameMention, Person, Sentence
from ledger.text import find_phrases

QUOTED = re.compile(r"“([^”\n]+)”|\"([^\"\n]+)\"")


@dataclass(frozen=True)
class QuoteWords:
    after: tuple[str, ...]
    pronouns: tuple[str, ...]
    before: tuple[str, ...]
    window: int
    min_words: int


@cache
def words(lang: str = lexicon.DEFAULT_LANGUAGE) -> QuoteWords:
    q = lexicon.load("quotes", lang)
    return QuoteWords(
        tuple(q["after_verbs"]), tuple(q["pronouns"]), tuple(q["before_verbs"]),
        int(q["speaker_window"]),
        int(q["min_words"]),
    )  # fmt: skip


def _person_in(
    mentions: list[tuple[NameMention, Person]], start: int, end: int, last: bool = False
) -> Person | None:
    """The first (or last) person named between two offsets."""
    found = [person for m, person in mentions if start <= m.family.start < end]
    if not found:
        return None
    return found[-1] if last else found[0]


def quote_claims(
    docs: list[Document],
    sentences: dict[str, list[Sentence]],
    people: list[Person],
    story_of: dict[str, str],
) -> list[Claim]:
    """A ``quote`` claim for every quotation whose speaker the text names."""
    w = words()
    claims = []
    for doc in docs:
        mentions = sorted(
            ((m, p) for p in people for m in p.mentions if m.document.id == doc.id),
            key=lambda mp: mp[0].family.start,
        )
        last: Person | None = None
        last_end = -1  # where the last attributed quotation ended
        sents = sentences[doc.id]
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
                before_me = _person_in(mentions, previous[-1].start, previous[-1].end)
            speaker = _speaker(tail, head, m.end(), sent.start, mentions, w)
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
                    qualifiers={"story": story_of[doc.id], "speaker": speaker.name},
                )
            )
    return claims


def _speaker(
    tail: str,
    head: str,
    quote_end: int,
    sent_start: int,
    mentions: list[tuple[NameMention, Person]],
    w: QuoteWords,
) -> Person | None:
    """The speaker named by "…,” kata X" after the quotation or "X mengatakan “…" before."""
    verb = re.match(rf"[\s,.]*(?:{lexicon.alternation(list(w.after))})\b", tail, re.IGNORECASE)
    if verb:
        window = tail[verb.end() :]
        stop = re.search(r"[,.;]", window)
        span = window[: stop.start()] if stop else window
        span = " ".join(span.split()[: w.window])
        start = quote_end + verb.end()
        return _person_in(mentions, start, start + len(window[: len(span) + 1]) + 1)
    before = find_phrases(head, w.before)
    if before and not head[before[-1].end() :].strip(" ,:"):
        return _person_in(mentions, sent_start, sent_start + before[-1].start(), last=True)
    return None


def _pronoun(tail: str, w: QuoteWords) -> bool:
    """True for "…,” katanya": a speaker named before."""
    pattern = rf"[\s,.]*(?:{lexicon.alternation(list(w.pronouns))})\b"
    return re.match(pattern, tail, re.IGNORECASE) is not None
