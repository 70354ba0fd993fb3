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
    if a.value_text == b.value_text or _readings_differ(a, b):
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


def _readings_differ(a: Claim, b: Claim) -> bool:
    """Two given names of one person that are not spellings of one name."""
    return bool(a.qualifiers.get("reading", "") != b.qualifiers.get("reading", ""))


def _shared_word(a: Claim, b: Claim) -> bool:
    """Whether one of two words of given names is also a word of the other given
    name ("Maria" of "Maria Elena" and "Maria Luisa"): the words that differ are the finding."""
    given_a = str(a.qualifiers.get("written", "")).split()[:-1]
    given_b = str(b.qualifiers.get("written", "")).split()[:-1]
    return a.value_text in given_b or b.value_text in given_a


@rule("name-given", property="name", feature="names.feature")
def name_given(a: Claim, b: Claim, params: dict[str, Any]) -> Verdict | None:
    """One post, named in one story with the same family name and two given
    names that are not spellings of one name ("Kanselir Austria Markus Steiner"
    / "Kanselir Austria Thomas Steiner"): one person, and one of the texts writes
    the given name wrong, a contradiction. The people pass decides
    (``ledger.entities``: the same post in both texts, held now, not a rank many
    hold at once); the explanation gives both readings and the post."""
    if a.qualifiers.get("part") != "given" or a.value_text == b.value_text:
        return None
    if not _readings_differ(a, b) or _shared_word(a, b):
        return None
    post = str(a.qualifiers.get("post") or b.qualifiers.get("post") or "")
    wa, wb = a.qualifiers.get("written", a.value_text), b.qualifiers.get("written", b.value_text)
    return Verdict(
        "contradiction",
        params["severity"],
        f"One post ({post}) is named '{wa}' and '{wb}': one of "
        f"the given names '{a.value_text}' and '{b.value_text}' is wrong.",
    )
