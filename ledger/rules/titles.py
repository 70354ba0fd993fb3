"""Titles: the office the sources give one person."""

from __future__ import annotations

from typing import Any

from rapidfuzz import fuzz

from ledger.model import Claim
from ledger.rules import Verdict, rule


def _q(c: Claim, key: str) -> str:
    return str(c.qualifiers.get(key) or "")


@rule("title-rank", property="title", feature="titles.feature")
def title_rank(a: Claim, b: Claim, params: dict[str, Any]) -> Verdict | None:
    """Two titles given to the same person are read as rank (menteri, wakil
    menteri, juru bicara, ...), office, country and portfolio. A different rank,
    office or country is a contradiction: both cannot hold the same post. The same
    post with its portfolio worded differently (pengawasan vs pengendalian senjata)
    is a variant. The same post with no other difference is consistent."""
    if a.value_text.lower() == b.value_text.lower():
        return None
    sev = params["severity"]
    person = a.subject
    differences = [
        f"{key} '{_q(a, key)}' vs '{_q(b, key)}'"
        for key in ("rank", "office", "country")
        if _q(a, key) and _q(b, key) and _q(a, key) != _q(b, key)
    ]
    portfolio_a, portfolio_b = _q(a, "portfolio"), _q(b, "portfolio")
    portfolio_note = ""
    same = float(params["portfolio_same"])
    if portfolio_a and portfolio_b and fuzz.token_set_ratio(portfolio_a, portfolio_b) < same:
        portfolio_note = f"the portfolio is worded '{portfolio_a}' vs '{portfolio_b}'"
    if differences:
        text = f"{person} is called '{a.value_text}' and '{b.value_text}': " + "; ".join(
            differences
        )
        if portfolio_note:
            text += f"; also, {portfolio_note}"
        return Verdict("contradiction", sev["contradiction"], text + ".")
    if portfolio_note:
        return Verdict(
            "variant",
            sev["variant"],
            f"{person} holds the same post in both ('{_q(a, 'rank')}'), but {portfolio_note}.",
        )
    return Verdict(
        "consistent",
        sev["consistent"],
        f"{person}: '{a.value_text}' and '{b.value_text}' name the same post ({a.normalised}).",
    )
