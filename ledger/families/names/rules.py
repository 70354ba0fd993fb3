"""Names: one person spelled two ways."""

from __future__ import annotations

from typing import Any

from ledger.model import Claim
from ledger.rules import Verdict, rule


def _uses(spelling: str, per_doc: dict[str, int]) -> str:
    where = ", ".join(f"{doc[:3]} ×{n}" for doc, n in sorted(per_doc.items()))
    return f"'{spelling}' ({where})"


@rule("name-spelling", property="name", feature="names.feature")
def name_spelling(a: Claim, b: Claim, params: dict[str, Any]) -> Verdict | None:
    """Two spellings of the same part of one person's name (Antony / Anthony,
    Sergei / Sergey, Blinken / Blinkin) are a variant: the same fact spelled
    differently, worth making consistent, never a contradiction. The explanation
    lists every spelling and how often each source uses it."""
    if a.value_text == b.value_text:
        return None
    part = str(a.qualifiers.get("part", "name"))
    spellings: dict[str, dict[str, int]] = dict(a.qualifiers.get("spellings", {}))
    listed = "; ".join(
        _uses(s, spellings[s])
        for s in sorted(spellings, key=lambda s: (s not in (a.value_text, b.value_text), s))
    )
    return Verdict(
        "variant",
        params["severity"],
        f"{a.subject}: the {part} name is spelled '{a.value_text}' and '{b.value_text}'. "
        f"Spellings across the sources: {listed}.",
    )
