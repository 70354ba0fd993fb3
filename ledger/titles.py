"""Titles: the office the sources give a person, read into rank, office, portfolio, country.

Two shapes carry a title in Indonesian news copy:

- an apposition right before the name: "Wakil Menteri Luar Negeri AS Wendy
  Sherman", "juru bicara Departemen Luar Negeri Ned Price";
- a relative clause after it: "Bonnie Jenkins, yang dikukuhkan seminggu lalu
  sebagai menteri luar negeri untuk urusan pengawasan senjata ...".

Words live in ``data/id/titles.yaml``; a phrase is a title only if it holds a
rank (menteri, juru bicara, ...), so "diplomat senior" is not an office.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ledger import lexicon
from ledger.entities import NameMention, Person
from ledger.events import load_lexicon
from ledger.model import Claim, content_id
from ledger.text import find_phrases, tokens


@dataclass(frozen=True)
class TitleWords:
    ranks: tuple[str, ...]
    inside: frozenset[str]
    noise: frozenset[str]
    relative: tuple[str, ...]
    portfolio: tuple[str, ...]
    countries: dict[str, str]


@cache
def words(lang: str = lexicon.DEFAULT_LANGUAGE) -> TitleWords:
    data = lexicon.load("titles", lang)
    ranks = tuple(sorted(data["ranks"], key=len, reverse=True))
    lex = load_lexicon(lang)
    inside = {w.lower() for r in ranks for w in r.split()}
    inside |= {w.lower() for w in data["title_words_inside"]}
    inside |= {w for alias in lex.entity_aliases for w in alias.split() if len(w) > 2 or w == alias}
    known = lexicon.load("entities", lang)
    countries = {a.lower(): c for c, aliases in known["countries"].items() for a in aliases}
    return TitleWords(
        ranks=ranks,
        inside=frozenset(inside),
        noise=frozenset(data["office_noise"]),
        relative=tuple(data["relative_title_markers"]),
        portfolio=tuple(data["portfolio_markers"]),
        countries=countries,
    )


@dataclass(frozen=True)
class Title:
    rank: str
    office: str
    portfolio: str
    country: str

    def describe(self) -> str:
        parts = [f"rank: {self.rank}"]
        if self.office:
            parts.append(f"office: {self.office}")
        if self.country:
            parts.append(f"country: {self.country}")
        if self.portfolio:
            parts.append(f"portfolio: {self.portfolio}")
        return "; ".join(parts)


def normalise(phrase: str) -> Title | None:
    """Rank, office, portfolio and country of a title phrase (None: no rank in it)."""
    w = words()
    low = " ".join(phrase.lower().replace("(", " ").replace(")", " ").split())
    rank = next((r for r in w.ranks if re.search(rf"(?<!\w){re.escape(r)}(?!\w)", low)), None)
    if rank is None:
        return None
    rest = low.split(rank, 1)[1]
    portfolio = ""
    marker = find_phrases(rest, w.portfolio)
    if marker:
        portfolio = rest[marker[0].end() :].strip(" ,.")
        rest = rest[: marker[0].start()]
    named = find_phrases(rest, w.countries)
    country = w.countries[named[0].group().lower()] if named else ""
    for m in reversed(named):
        rest = rest[: m.start()] + " " + rest[m.end() :]
    office = " ".join(t for t in rest.split() if t not in w.noise)
    return Title(rank, office, portfolio, country)


def _before(m: NameMention) -> tuple[int, int] | None:
    """The span of an apposition title right before the name, if there is one."""
    w = words()
    sent = m.sentence
    first = m.given[0] if m.given else m.family
    head = sent.text[: first.start - sent.start].rstrip()
    toks = tokens(head)
    i = len(toks)
    while i > 0 and toks[i - 1].text.lower() in w.inside:
        i -= 1
    starts = {r.split()[0] for r in w.ranks}
    while i < len(toks) and not (toks[i].text[:1].isupper() or toks[i].text.lower() in starts):
        i += 1  # a title starts with a rank or a name, not with "dan"
    if i == len(toks) or head[toks[-1].end :].strip(") "):
        return None
    if not re.fullmatch(r"[\w\s()'’-]+", head[toks[i].start :]):
        return None  # punctuation inside: not one apposition
    return sent.start + toks[i].start, sent.start + len(head)


def _after(m: NameMention) -> tuple[int, int] | None:
    """The span of "…, yang … sebagai <title>" after the name, up to the next comma."""
    sent = m.sentence
    offset = m.family.end - sent.start
    markers = "|".join(re.escape(r) for r in words().relative)
    found = re.match(rf"\s*,\s*yang\b[^,]*?\b(?:{markers})\s+([^,.]+)", sent.text[offset:])
    if found is None:
        return None
    phrase = found.group(1).rstrip()
    start = sent.start + offset + found.start(1)
    return start, start + len(phrase)


def title_claims(people: list[Person]) -> list[Claim]:
    """A ``title`` claim for every mention of a person that carries an office."""
    claims = []
    for person in people:
        for m in person.mentions:
            for span in (_before(m), _after(m)):
                if span is None:
                    continue
                text = m.document.text[span[0] : span[1]]
                title = normalise(text)
                if title is None:
                    continue
                claims.append(
                    Claim(
                        id=content_id(m.document.id, "title", span[0], span[1]),
                        document_id=m.document.id,
                        sentence_id=m.sentence.id,
                        property="title",
                        subject=person.name,
                        value_text=text,
                        value_lo=title.rank,
                        value_hi=title.office,
                        unit="office",
                        start=span[0],
                        end=span[1],
                        entity_id=person.id,
                        normalised=title.describe(),
                        qualifiers={
                            "rank": title.rank,
                            "office": title.office,
                            "portfolio": title.portfolio,
                            "country": title.country,
                        },
                    )
                )
    return claims
