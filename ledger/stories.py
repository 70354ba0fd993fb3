"""Stories: the documents that tell one news story, and the date they speak from.

Versions of one wire story share their rarer words (names, places, phrasing),
while different stories about the same countries share only common ones. The
measure is the IDF-weighted Jaccard overlap of content words, linked from the
most similar pair down to a threshold from ``data/stories.yaml``, never into a
story whose publication dates would then span more than ``max_days_apart``.
Each document's relative dates ("seminggu lalu") resolve against its own
publication date, or failing that the earliest publication date of its story.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from datetime import date

from ledger import lexicon
from ledger.model import Document, Story, content_id


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
    parent = list(range(len(docs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # Each group keeps the span of its publication dates: a link that would
    # stretch a story past max_days (through an undated document that resembles
    # both ends) is refused, so a July and a December story stay apart.
    span: list[tuple[date, date] | None] = [
        (d.published, d.published) if d.published else None for d in docs
    ]
    pairs = sorted(
        ((sims[i][j], i, j) for i in range(len(docs)) for j in range(i + 1, len(docs))),
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
    groups: dict[int, list[Document]] = {}
    for i, doc in enumerate(docs):
        groups.setdefault(find(i), []).append(doc)
    stories = []
    for members in groups.values():
        members.sort(key=lambda d: d.name)
        dated = sorted((d.published, d.name) for d in members if d.published)
        ref: date | None = dated[0][0] if dated else None
        source = f"published date of {dated[0][1]}" if dated else None
        stories.append(
            Story(
                id=content_id(*sorted(d.id for d in members)),
                document_ids=tuple(d.id for d in members),
                reference_date=ref,
                reference_source=source,
            )
        )
    stories.sort(key=lambda s: min(d.name for d in docs if d.id in s.document_ids))
    return stories


def _join(a: tuple[date, date] | None, b: tuple[date, date] | None) -> tuple[date, date] | None:
    if a is None or b is None:
        return a or b
    return min(a[0], b[0]), max(a[1], b[1])


def reference_for(doc: Document, story: Story) -> tuple[date | None, str | None]:
    """The date a document's relative expressions resolve against, and why."""
    if doc.published:
        return doc.published, f"published {doc.published.isoformat()} ({doc.published_source})"
    if story.reference_date:
        return story.reference_date, f"no date of its own; the story's {story.reference_source}"
    return None, None
