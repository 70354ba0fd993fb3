"""Segment: a Document's segments -> sentences with offsets into ``Document.text``.

Claims quote exact spans, so a sentence is an offset pair first and a string
second: ``doc.text[s.start:s.end] == s.text`` always holds. Sentences never
cross segments: a heading or a "Baca Juga" headline is never glued to the prose.

No off-the-shelf splitter fits: pysbd has no Indonesian, and sentencex and the
others break after Indonesian abbreviations ("Bpk.", "Ir.", "H."). The rule here
is small: a sentence ends at . ! ? … (with any closing quote after it) followed
by a space, unless

* the word before the period is a known abbreviation (``data/<lang>/abbreviations.yaml``)
  or a single capital initial ("Joko W. Widodo"),
* the period is part of the dateline ("KONTAN.CO.ID - MOSKOW. Presiden ..."),
* the next word starts with a lower-case letter: copy like "kedua negara. bekerja
  sama." has a stray period, and a quote ending in "?" goes on with "kata dia".

Numbers (3.5, 11.000) and domains (Liputan6.com) never break because no space
follows their periods. A piece with no letter or digit (the ``".`` of
``depan. ".``) joins the sentence before it.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from ledger import lexicon
from ledger.ingest import find_dateline
from ledger.model import Document, Sentence, content_id

# Punctuation, not words: what ends a sentence, what may close after it, what may open the next.
_END = re.compile(r"[.!?…]+[\"”’'»)\]]*")
_OPENING = "\"“‘'«(["
_INITIALS = re.compile(r"(?:[^\W\d_]\.)*[^\W\d_]")


@cache
def _abbreviations(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """(never-break abbreviations, list enders), case-folded, with their final period."""
    data = lexicon.load("abbreviations", lang)
    never = frozenset(str(w).casefold() for w in data.get("abbreviations", []))
    list_enders = frozenset(str(w).casefold() for w in data.get("list_enders", []))
    return never, list_enders


def split_sentences(doc: Document) -> list[Sentence]:
    """The sentences of every segment of ``doc``, in order, numbered across the document."""
    sentences: list[Sentence] = []
    for segment in doc.segments:
        text = doc.text[segment.start : segment.end]
        protect = 0
        if segment.kind == "body":
            dateline = find_dateline(text, doc.language)
            protect = dateline.end if dateline else 0
        for start, end in _spans(text, doc.language, protect):
            start, end = segment.start + start, segment.start + end
            sentences.append(
                Sentence(
                    id=content_id(doc.id, start, end),
                    document_id=doc.id,
                    index=len(sentences),
                    start=start,
                    end=end,
                    text=doc.text[start:end],
                    kind=segment.kind,
                )
            )
    return sentences


def split_text(text: str, lang: str = lexicon.DEFAULT_LANGUAGE) -> list[str]:
    """The sentences of one line of text: the splitting rule without a Document."""
    return [text[start:end] for start, end in _spans(text, lang, 0)]


def _spans(text: str, lang: str, protect: int) -> list[tuple[int, int]]:
    """Trimmed (start, end) pairs of the sentences of ``text``; no breaks before ``protect``."""
    cuts = [0]
    for match in _END.finditer(text):
        end = match.end()
        if end > protect and end < len(text) and _breaks(text, match, lang):
            cuts.append(end)
    cuts.append(len(text))
    spans: list[tuple[int, int]] = []
    for start, end in pairwise(cuts):
        piece = text[start:end]
        if not piece.strip():
            continue
        start += len(piece) - len(piece.lstrip())
        end -= len(piece) - len(piece.rstrip())
        if spans and not any(ch.isalnum() for ch in text[start:end]):
            spans[-1] = (spans[-1][0], end)  # stray punctuation joins the sentence before
        elif spans and not any(ch.isalnum() for ch in text[spans[-1][0] : spans[-1][1]]):
            spans[-1] = (spans[-1][0], end)  # ...or, at the start, the one after
        else:
            spans.append((start, end))
    return [piece for span in spans for piece in _bounded(text, *span)]


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A "sentence" longer than ``max_sentence_chars`` (data/ingest.yaml) is no
    sentence a reporter wrote (a page without punctuation, a dump): it is cut at
    the last space before the limit, so that the work on each stays bounded."""
    limit = int(lexicon.load("ingest", None)["max_sentence_chars"])
    out = []
    while end - start > limit:
        cut = text.rfind(" ", start + limit // 2, start + limit)
        cut = cut if cut > start else start + limit
        out.append((start, cut))
        start = cut + 1 if text[cut : cut + 1] == " " else cut
    out.append((start, end))
    return [(s, e) for s, e in out if s < e]


def _breaks(text: str, match: re.Match[str], lang: str) -> bool:
    """Whether the sentence ends after ``match``, a run of final punctuation."""
    after = text[match.end() : match.end() + 8]  # a look ahead, never a copy of the rest
    if not after[:1].isspace():
        return False  # 3.5, 11.000, Liputan6.com, "kata…dia"
    following = after.lstrip().lstrip(_OPENING)[:1]
    if following.islower():
        return False
    if match.group().startswith(".") and not match.group().startswith(".."):
        word = text[max(0, match.start() - 64) : match.start()].rsplit(maxsplit=1)[-1:] or [""]
        token = word[0].lstrip(_OPENING)
        never, list_enders = _abbreviations(lang)
        if f"{token}.".casefold() in never or (_INITIALS.fullmatch(token) and token[:1].isupper()):
            return False
        if f"{token}.".casefold() in list_enders:
            return following.isupper()  # "..., dll. Harga naik": a new sentence starts
    return True
