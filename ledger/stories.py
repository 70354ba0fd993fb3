"""Stories: the documents that tell one news story, and the date they speak from.

Versions of one wire story share their rarer words (names, places, phrasing),
while different stories about the same countries share only common ones. The
measure is the IDF-weighted Jaccard overlap of content words, linked from the
most similar pair down to a threshold from ``data/stories.yaml``, never into a
story whose publication dates would then span more than ``max_days_apart``.

A follow-up or recap written weeks later (a later call that retells the summit,
an announced postponement that retells the last round) falls outside that
window. It joins the earlier story when it names, with its day and month, a day
the story's own articles name around their publication (``recap_occasion_days``),
resembles one of them above the threshold, more than any article of its own
story, and the story then spans at most ``recap_max_days``. Only the one article
moves: two articles that tell a later meeting together stay their own story even
when both recall the earlier one.

Each document's relative dates ("seminggu lalu") resolve against its own
publication date, or failing that the earliest publication date of its story.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from ledger import lexicon
from ledger.dates import find_dates, resolve
from ledger.model import Document, Story, content_id

# Date forms that name a day: "16 Juni", "Senin (14/11/2022)", "5-6 Februari".
DAY_FORMS = frozenset({"absolute", "day_month", "day_range"})


def _words(doc: Document, stop: frozenset[str], min_len: int) -> set[str]:
    return {
        w
        for w in re.findall(r"\w+", doc.text.lower())
        if len(w) >= min_len and w not in stop and not w.isdigit()
    }


def similarity_matrix(docs: list[Document]) -> list[list[float]]:
    """Pairwise IDF-weighted Jaccard similarity of the documents' content words."""
    params = lexicon.load("stories", None)
    stop = frozenset(lexicon.load("stopwords")["stopwords"])
    bags = [_words(d, stop, int(params["min_word_length"])) for d in docs]
    df = Counter(w for bag in bags for w in bag)
    n = len(docs)

    def idf(w: str) -> float:
        return math.log((n + 1) / df[w])

    sims = [[1.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            union = sum(idf(w) for w in bags[i] | bags[j])
            inter = sum(idf(w) for w in bags[i] & bags[j])
            sims[i][j] = sims[j][i] = inter / union if union else 0.0
    return sims


def group_stories(docs: list[Document]) -> list[Story]:
    """Group documents into stories (every document belongs to exactly one)."""
    params = lexicon.load("stories", None)
    threshold = float(params["similarity_threshold"])
    max_days = int(params["max_days_apart"])
    sims = similarity_matrix(docs)
    everyone = range(len(docs))
    moves = _recaps(docs, sims, _link(docs, sims, everyone, threshold, max_days), params)
    # A document that moved is no evidence for the story it left: link the rest again.
    groups = _link(docs, sims, [i for i in everyone if i not in moves], threshold, max_days)
    group_of = {i: g for g, members in enumerate(groups) for i in members}
    for j, target in moves.items():
        groups[group_of[target]].append(j)
    stories = [_story([docs[i] for i in members]) for members in groups]
    stories.sort(key=lambda s: min(d.name for d in docs if d.id in s.document_ids))
    return stories


def _link(
    docs: list[Document],
    sims: list[list[float]],
    among: Iterable[int],
    threshold: float,
    max_days: int,
) -> list[list[int]]:
    """Single linkage of the documents ``among``, from the most similar pair down to
    ``threshold``, never into a group whose publication dates span more than ``max_days``."""
    members = sorted(among)
    parent = {i: i for i in members}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # Each group keeps the span of its publication dates: a link that would
    # stretch a story past max_days (through an undated document that resembles
    # both ends) is refused, so a July and a December story stay apart.
    span: dict[int, tuple[date, date] | None] = {
        i: None if (d := docs[i].published) is None else (d, d) for i in members
    }
    pairs = sorted(
        ((sims[i][j], i, j) for n, i in enumerate(members) for j in members[n + 1 :]),
        reverse=True,
    )
    for sim, i, j in pairs:
        if sim < threshold:
            break
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        joined = _join(span[ri], span[rj])
        if joined is not None and (joined[1] - joined[0]).days > max_days:
            continue
        parent[ri] = rj
        span[rj] = joined
    groups: dict[int, list[int]] = {}
    for i in members:
        groups.setdefault(find(i), []).append(i)
    return list(groups.values())


def _join(a: tuple[date, date] | None, b: tuple[date, date] | None) -> tuple[date, date] | None:
    if a is None or b is None:
        return a or b
    return min(a[0], b[0]), max(a[1], b[1])


@dataclass(frozen=True)
class _Told:
    """What a group of documents tells: its publication span and the days it names then."""

    span: tuple[date, date]
    days: frozenset[date]


def _recaps(
    docs: list[Document], sims: list[list[float]], groups: list[list[int]], params: dict[str, Any]
) -> dict[int, int]:
    """Each later follow-up or recap that retells an earlier story's occasion, with the
    document of that story it resembles most (see the module's docstring)."""
    threshold = float(params["similarity_threshold"])
    near = int(params["recap_occasion_days"])
    max_days = int(params["recap_max_days"])
    named = [_named_days(d) for d in docs]
    told = [_told(docs, named, members, near) for members in groups]
    group_of = {i: g for g, members in enumerate(groups) for i in members}
    moves: dict[int, int] = {}
    for j, doc in enumerate(docs):
        if doc.published is None or not named[j]:
            continue
        own = max((sims[j][k] for k in groups[group_of[j]] if k != j), default=0.0)
        best, target = own, None  # more like the earlier story than like its own
        for g, members in enumerate(groups):
            t = told[g]
            if g == group_of[j] or t is None or not _retells(doc.published, named[j], t, max_days):
                continue
            sim, i = max((sims[j][i], i) for i in members)
            if sim >= threshold and sim > best:
                best, target = sim, i
        if target is not None:
            moves[j] = target
    # a document moves into a story none of whose documents moves (no chains)
    return {j: i for j, i in moves.items() if i not in moves}


def _retells(published: date, named: frozenset[date], told: _Told, max_days: int) -> bool:
    """True when a document published later than a story names a day the story named."""
    first, last = told.span
    return (
        first < published
        and (max(last, published) - first).days <= max_days
        and bool(named & told.days)
    )


def _told(
    docs: list[Document], named: list[frozenset[date]], members: list[int], near: int
) -> _Told | None:
    dated = [d for i in members if (d := docs[i].published) is not None]
    if not dated:
        return None
    first, last = min(dated), max(dated)
    # days around its publication (as differences: first - near may leave the calendar)
    days = {
        d for i in members for d in named[i] if (first - d).days <= near and (d - last).days <= near
    }
    return _Told((first, last), frozenset(days))


def _named_days(doc: Document) -> frozenset[date]:
    """The days a document names with their day and month ("16 Juni", "Senin (14/11/2022)",
    the first and last of "5-6 Februari"), in the year written or, failing that, the one
    nearest its own publication date. An undated document names no day of a known year."""
    days: set[date] = set()
    for mention in find_dates(doc.text):
        if mention.form not in DAY_FORMS or mention.needs_anchor:
            continue
        found = resolve(mention, doc.published)
        if found is not None and found.year_known:
            days.update((found.lo, found.hi))
    return frozenset(days)


def _story(members: list[Document]) -> Story:
    members = sorted(members, key=lambda d: d.name)
    dated = sorted((d.published, d.name) for d in members if d.published)
    ref: date | None = dated[0][0] if dated else None
    source = f"published date of {dated[0][1]}" if dated else None
    return Story(
        id=content_id(*sorted(d.id for d in members)),
        document_ids=tuple(d.id for d in members),
        reference_date=ref,
        reference_source=source,
    )


def reference_for(doc: Document, story: Story) -> tuple[date | None, str | None]:
    """The date a document's relative expressions resolve against, and why."""
    if doc.published:
        return doc.published, f"published {doc.published.isoformat()} ({doc.published_source})"
    if story.reference_date:
        return story.reference_date, f"no date of its own; the story's {story.reference_source}"
    return None, None
