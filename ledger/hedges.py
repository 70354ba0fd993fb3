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
    excludes: str | None = None  # "hi" or "lo": the stated value itself is not reached


@cache
def hedges() -> tuple[dict[str, Hedge], dict[str, Hedge]]:
    """Hedge words before and after an amount -> their hedge."""
    before: dict[str, Hedge] = {}
    after: dict[str, Hedge] = {}
    for key, spec in lexicon.load("hedges")["hedges"].items():
        hedge = Hedge(str(key), float(spec["lo"]), float(spec["hi"]), spec.get("excludes"))
        before.update({norm_words(w): hedge for w in spec.get("before", [])})
        after.update({norm_words(w): hedge for w in spec.get("after", [])})
    return before, after


def norm_words(words: str) -> str:
    return " ".join(words.lower().split())


def excludes(key: object) -> str | None:
    """ "hi" or "lo" when the hedge ``key`` leaves out the value it is said of
    ("hampir" stays under it, "lebih dari" goes over it), else None."""
    return _excluded().get(str(key))


@cache
def _excluded() -> dict[str, str | None]:
    """Each hedge key -> the side of its value it leaves out (read once)."""
    return {h.key: h.excludes for h in (*hedges()[0].values(), *hedges()[1].values())}
