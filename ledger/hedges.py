"""Hedged amounts: "sekitar", "lebih dari", "hampir" widen a stated amount into an
interval. Shared by every family that reads amounts (lengths of events, counts,
sums of money); the hedge words live in ``data/<lang>/hedges.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ledger import lexicon


@dataclass(frozen=True)
class Hedge:
    key: str
    lo: float
    hi: float


@cache
def hedges() -> tuple[dict[str, Hedge], dict[str, Hedge]]:
    """Hedge words before and after an amount -> their hedge."""
    before: dict[str, Hedge] = {}
    after: dict[str, Hedge] = {}
    for key, spec in lexicon.load("hedges")["hedges"].items():
        hedge = Hedge(str(key), float(spec["lo"]), float(spec["hi"]))
        before.update({norm_words(w): hedge for w in spec.get("before", [])})
        after.update({norm_words(w): hedge for w in spec.get("after", [])})
    return before, after


def norm_words(words: str) -> str:
    return " ".join(words.lower().split())
