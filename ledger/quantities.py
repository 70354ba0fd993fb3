"""Quantities: money and counts, read as intervals like durations.

"$ 11 miliar" is 11,000,000,000 USD; "lebih dari 200 diplomat" is 200–300
diplomats (the hedges of ``data/id/hedges.yaml``); "beberapa kapal" is 2–9 ships
(``data/id/quantities.yaml``). The subject of a count is the counted noun; of a
sum of money, the nearest known entity before it ("pipa Nord Stream 2 senilai
$ 11 miliar").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ledger import lexicon
from ledger.actions import known_entities
from ledger.durations import hedges, norm_words
from ledger.model import Claim, Document, Sentence, content_id
from ledger.numbers import number_pattern, parse_number
from ledger.text import find_phrases


@dataclass(frozen=True)
class QuantityData:
    pattern: re.Pattern[str]
    currency_of: dict[str, str]
    vague: dict[str, tuple[float, float]]


@cache
def data(lang: str = lexicon.DEFAULT_LANGUAGE) -> QuantityData:
    q = lexicon.load("quantities", lang)
    currency_of = {c.lower(): code for code, marks in q["currencies"].items() for c in marks}
    # Marks are matched case-insensitively; keep their written forms for the pattern.
    marks = [c for ms in q["currencies"].values() for c in ms]
    vague = {k.lower(): (float(v[0]), float(v[1])) for k, v in q["vague_counts"].items()}
    before, _ = hedges()
    alt = lexicon.alternation
    pattern = re.compile(
        rf"(?<!\w)(?:(?P<hedge>{alt(list(before))})\s+)?"
        rf"(?:(?P<cur>{alt(marks)})\s*)?"
        rf"(?:(?P<num>{number_pattern(lang)})|(?P<vague>{alt(list(vague))}))"
        rf"(?:\s+(?P<noun>{alt(q['counted_nouns'])}))?(?!\w)",
        re.IGNORECASE,
    )
    return QuantityData(pattern, currency_of, vague)


def quantity_claims(
    docs: list[Document], sentences: dict[str, list[Sentence]], story_of: dict[str, str]
) -> list[Claim]:
    """A ``quantity`` claim for every sum of money and every counted noun."""
    d = data()
    before_hedges, _ = hedges()
    names = known_entities()
    claims = []
    for doc in docs:
        for sent in sentences[doc.id]:
            for m in d.pattern.finditer(sent.text):
                if not (m.group("cur") or m.group("noun")):
                    continue
                if m.group("vague"):
                    if not m.group("noun"):
                        continue
                    lo, hi = d.vague[m.group("vague").lower()]
                    how = f"'{m.group('vague')}' = {lo:g}–{hi:g}"
                else:
                    value = parse_number(m.group("num"))
                    if value is None:
                        continue
                    lo = hi = value
                    how = f"{value:,.0f}"
                hedge = (
                    before_hedges.get(norm_words(m.group("hedge"))) if m.group("hedge") else None
                )
                if hedge is not None:
                    lo, hi = lo * hedge.lo, hi * hedge.hi
                    how += f", {hedge.key}: {lo:,.0f}–{hi:,.0f}"
                unit = (
                    d.currency_of[m.group("cur").lower()]
                    if m.group("cur")
                    else m.group("noun").lower()
                )
                if m.group("cur"):
                    entity = find_phrases(sent.text[: m.start()], names)
                    subject = names[entity[-1].group().lower()] if entity else "amount"
                else:
                    subject = unit
                start, end = sent.start + m.start(), sent.start + m.end()
                claims.append(
                    Claim(
                        id=content_id(doc.id, "quantity", start, end),
                        document_id=doc.id,
                        sentence_id=sent.id,
                        property="quantity",
                        subject=subject,
                        value_text=m.group(),
                        value_lo=lo,
                        value_hi=hi,
                        unit=unit,
                        start=start,
                        end=end,
                        normalised=f"{m.group()} = {how} {unit}",
                        qualifiers={
                            "story": story_of[doc.id],
                            "hedge": hedge.key if hedge else None,
                        },
                    )
                )
    return claims
