"""The words of a quotation as a translator may render them: content words, cut to
their roots ("menghadapi", "hadapan" -> hadap) and to one word of each set of
synonyms ("perundingan", "negosiasi"), so that two renderings of one statement
share them. The affixes, synonyms and function words live in
``data/id/quotes.yaml`` (``wording``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ledger import lexicon

WORD = re.compile(r"\w+(?:[-'’]\w+)*")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


@dataclass(frozen=True)
class Affixes:
    first: tuple[tuple[str, str], ...]  # prefix -> what the root begins with instead
    second: tuple[tuple[str, str], ...]  # a prefix after the first ("mem-per-hitung-kan")
    suffixes: tuple[tuple[str, ...], ...]  # particles, then possessives, then derivations
    min_root: int
    synonyms: dict[str, str]  # word or root -> the first word of its set
    function_words: frozenset[str]


def _prefixes(raw: list[list[str]]) -> tuple[tuple[str, str], ...]:
    """[prefix, what the root begins with instead] pairs: [meny, s] reads "menyelamatkan"
    as selamat-kan."""
    return tuple((str(pair[0]), str(pair[1]) if len(pair) > 1 else "") for pair in raw)


@cache
def affixes(lang: str = lexicon.DEFAULT_LANGUAGE) -> Affixes:
    w = lexicon.load("quotes", lang)["wording"]
    stop = lexicon.load("stopwords", lang)["stopwords"]
    return Affixes(
        first=_prefixes(w["prefixes"]),
        second=_prefixes(w["second_prefixes"]),
        suffixes=tuple(tuple(group) for group in w["suffixes"]),
        min_root=int(w["min_root"]),
        synonyms={word: group[0] for group in w["synonyms"] for word in group},
        function_words=frozenset(stop) | frozenset(w["function_words"]),
    )


def words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def _strip_suffixes(forms: set[str], ends: tuple[str, ...], a: Affixes) -> set[str]:
    return forms | {
        f[: -len(e)] for f in forms for e in ends if f.endswith(e) and len(f) - len(e) >= a.min_root
    }


def _strip_prefixes(forms: set[str], table: tuple[tuple[str, str], ...], a: Affixes) -> set[str]:
    return forms | {
        r + f[len(p) :]
        for f in forms
        for p, r in table
        if f.startswith(p) and len(f) - len(p) + len(r) >= a.min_root
    }


@cache
def roots(word: str) -> frozenset[str]:
    """The word and every root it may have (without a dictionary, all candidates:
    "menaikkan" -> naik and taik; the wrong ones rarely meet another word's)."""
    a = affixes()
    forms = {word}
    for ends in a.suffixes:
        forms = _strip_suffixes(forms, ends, a)
    first = _strip_prefixes(forms, a.first, a)
    return frozenset(first | _strip_prefixes(first - forms, a.second, a))


def _unreduplicated(word: str) -> str:
    """ "berminggu-minggu" -> minggu, "setinggi-tingginya" -> tingginya; other
    hyphenated words stay whole ("timor-leste")."""
    head, _, last = word.rpartition("-")
    if head and any(r in head for r in roots(last)):
        return last
    return word


def concept(word: str) -> frozenset[str]:
    """The forms under which a content word may stand in another rendering."""
    a = affixes()
    word = _unreduplicated(word)
    if word in a.synonyms:
        return frozenset({a.synonyms[word]})
    rs = roots(word)
    return rs | {a.synonyms[r] for r in rs if r in a.synonyms}


def concepts(text: str) -> list[frozenset[str]]:
    """The content words of ``text`` (no function word, no number), once each."""
    a = affixes()
    seen = {_unreduplicated(w) for w in words(text)}
    return [concept(w) for w in sorted(seen) if w not in a.function_words and not w.isdigit()]


def shared_concepts(shorter: str, longer: str) -> tuple[int, int]:
    """How many content words of ``shorter`` the other one also has (in any form),
    and how many content words ``shorter`` has."""
    mine, theirs = concepts(shorter), concepts(longer)
    return sum(1 for c in mine if any(c & t for t in theirs)), len(mine)


def pieces(text: str) -> list[str]:
    """The quotation and every run of its sentences: a source may cut it short."""
    sents = [s for s in SENTENCE_END.split(text.strip()) if s]
    runs = {" ".join(sents[i:j]) for i in range(len(sents)) for j in range(i + 1, len(sents) + 1)}
    return [text, *sorted(runs - {text})]
