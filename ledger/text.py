"""Small text utilities shared by the stages: words with offsets, phrase search."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from ledger.lexicon import alternation

WORD = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str


def tokens(text: str) -> list[Token]:
    """The words of ``text`` with their offsets (hyphenated words stay whole)."""
    return [Token(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]


@cache
def phrase_pattern(phrases: tuple[str, ...], ignore_case: bool = True) -> re.Pattern[str]:
    """A compiled pattern matching any of ``phrases`` as whole words, longest first."""
    flags = re.IGNORECASE if ignore_case else 0
    return re.compile(rf"(?<!\w)(?:{alternation(list(phrases))})(?!\w)", flags)


def find_phrases(text: str, phrases: Iterable[str]) -> list[re.Match[str]]:
    """Every non-overlapping match of the phrases in ``text``, in order."""
    items = tuple(sorted(set(phrases)))
    if not items:
        return []
    return list(phrase_pattern(items).finditer(text))


def name_match(text: str, name: str, aliases: dict[str, str]) -> re.Match[str] | None:
    """Where ``text`` first names ``name``: through one of its ``aliases`` (lower-cased
    alias -> canonical name), or, for a name the aliases do not know, in its own
    words ("di Accra")."""
    known = [m for m in find_phrases(text, aliases) if aliases[m.group().lower()] == name]
    if known:
        return known[0]
    if name.lower() in aliases:
        return None
    return phrase_pattern((name,), ignore_case=False).search(text)


def has_phrase(text: str, phrases: Iterable[str]) -> bool:
    return bool(find_phrases(text, phrases))


OPEN_QUOTES = "“‘«"
CLOSE_QUOTES = "”’»"


def in_quote(sentence_text: str, offset: int) -> bool:
    """True when ``offset`` (into ``sentence_text``) lies inside quotation marks."""
    head = sentence_text[:offset]
    depth = sum(head.count(c) for c in OPEN_QUOTES) - sum(head.count(c) for c in CLOSE_QUOTES)
    return depth > 0 or head.count('"') % 2 == 1
