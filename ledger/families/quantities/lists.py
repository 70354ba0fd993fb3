"""What an amount's own words say beside it: the thing a list item names, the
words before it in its clause, and whether it is expected rather than happened.

"ekspor kopi mencapai 118.500 ton, minyak sawit 3,6 juta ton, dan kakao 41.200
ton": the second and third amounts are named by the words between the amount
before them and themselves ("minyak sawit", "kakao"); the first is of neither.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ledger import lexicon
from ledger.text import find_phrases


@dataclass(frozen=True)
class ListWords:
    item_words: int
    joiners: tuple[str, ...]
    skip: frozenset[str]
    planned: tuple[str, ...]
    planned_lower: frozenset[str]
    forecast: tuple[str, ...]
    future: tuple[str, ...]
    plan_reach: int


@cache
def list_words(lang: str = lexicon.DEFAULT_LANGUAGE) -> ListWords:
    q = lexicon.load("quantities", lang)
    stop = lexicon.load("stopwords", lang)["stopwords"]
    skip = [*q["list_item_skip"], *q["clause_joiners"], *stop]
    return ListWords(
        item_words=int(q["list_item_words"]),
        joiners=tuple(q["clause_joiners"]),
        skip=frozenset(w.lower() for w in skip),
        planned=tuple(q["planned_amount"]),
        planned_lower=frozenset(w.lower() for w in q["planned_amount"]),
        forecast=tuple(q["forecast_amount"]),
        future=tuple(q["plan_future"]),
        plan_reach=int(q["plan_reach"]),
    )


def content_words(text: str) -> list[str]:
    """The words of ``text`` that name something: no numbers, joiners or function words."""
    skip = list_words().skip
    words = re.findall(r"[^\W\d_][\w-]*", text.lower())
    return [w for w in words if w not in skip]


def list_item(gap: str) -> list[str] | None:
    """The words naming a list item, from the text between the amount before it
    and itself: the words after its last comma or joiner (", minyak sawit ", ",
    dan kakao "), or None when there is none ("28.500 tentara di Korea Selatan
    dan 54.000 tentara": the place is the first item's), or when the text is more
    than a list's separator and a few words (a new clause, other figures)."""
    if re.search(r"[.;:()]", gap):
        return None
    cuts = [m.end() for m in re.finditer(r",", gap)]
    cuts += [m.end() for m in find_phrases(gap, list_words().joiners)]
    if not cuts:
        return None
    words = content_words(gap[max(cuts) :])
    return words if 0 < len(words) <= list_words().item_words else None


def is_planned(clause_before: str) -> bool:
    """Whether an amount after ``clause_before`` (its clause's words before it) is
    an expectation: a plan word, or a forecast word with a future word after it,
    at most ``plan_reach`` words before the amount."""
    lw = list_words()
    plans = find_phrases(clause_before, (*lw.planned, *lw.forecast))
    if not plans:
        return False
    last = plans[-1]
    between = clause_before[last.end() :]
    if len(between.split()) > lw.plan_reach:
        return False
    return last.group().lower() in lw.planned_lower or bool(find_phrases(between, lw.future))
