"""Offices: reading a title ("Wakil Menteri Luar Negeri AS") into a rung of a ladder.

Shared by the people pass (:mod:`ledger.entities`: two spellings of a family
name are one person only if their offices agree) and the titles family
(:mod:`ledger.families.titles`, which makes the claims).

Two shapes carry a title in Indonesian news copy:

- an apposition right before the name: "Wakil Menteri Luar Negeri AS Wendy
  Sherman", "juru bicara Departemen Luar Negeri Ned Price", "mantan Menlu AS";
- a relative clause after it: "Bonnie Jenkins, yang dikukuhkan seminggu lalu
  sebagai menteri luar negeri untuk urusan pengawasan senjata ...";
- an apposition between commas after it: "Ned Price, juru bicara Departemen
  Luar Negeri, memberi keterangan".

A title is read into a structured value, so that different wordings of one post
compare equal and only real differences reach the rule (``title-rank``):
abbreviations and synonyms are expanded first (Wamenlu, Deputi = Wakil), then the
rank is the leftmost rung of a ladder (or an aide's word), and what follows it is
the office, the country and the portfolio. Words around the title that say it is
not about the present (mantan, calon, "yang akan menjabat") or held in an acting
capacity (Plt.) become qualifiers that keep it out of contradictions.

A military or police rank written after an office ("DGMO Pakistan Mayjen",
"Kepala Staf Angkatan Darat Jenderal") is the person's own: the phrase is split
into the office and the rank (:func:`split_personal`).

Every word lives in ``data/id/titles.yaml``; a phrase is a title only if it holds
a rank, so "diplomat senior" is not an office.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from ledger import lexicon
from ledger.model import NameMention
from ledger.text import Token, tokens
from ledger.vocabulary import load_lexicon

Words = tuple[str, ...]  # a phrase as lower-cased words


@dataclass(frozen=True)
class Rung:
    """A rank's place: which ladder, how high (0 is the top), and the ladder's kind."""

    ladder: str
    level: int
    exclusive: bool
    needs_office: bool
    roles: frozenset[str] = frozenset()  # offices that make it a role held beside a post
    excludes: frozenset[str] = frozenset()  # ladders never held with it in one country
    personal: bool = False  # a rank of the person (military), not of an office
    loose: bool = False  # said of any rung of its ladder ("Jenderal")
    appointed_acting: bool = False  # its penjabat holds the post, not its deputy
    units: frozenset[str] = frozenset()  # ladders of the heads of a unit of its office
    portfolios: bool = False  # its offices are portfolios (``portfolio_areas``), one a post
    excludes_office: frozenset[str] = frozenset()  # ladders never held with it in one office
    postings: bool = False  # posted to one country at a time (an ambassador)

    def heads_unit_of(self, other: Rung) -> bool:
        """Whether ``other``'s ladder names the head of a unit of this rung's
        office (a regional director of the organisation a director-general heads)."""
        return other.ladder in self.units

    def excluded_by(self, other: Rung) -> bool:
        """Whether the data says one person never holds posts of both ladders
        in one country (either ladder may say so)."""
        return other.ladder in self.excludes or self.ladder in other.excludes

    def excluded_in_office_by(self, other: Rung) -> bool:
        """Whether the data says one person never holds posts of both ladders
        in the very same office (a spokesperson and the head of one body)."""
        return other.ladder in self.excludes_office or self.ladder in other.excludes_office

    def role(self, office: str) -> bool:
        """Whether ``office`` makes this rank a role held beside a post ("kepala delegasi")."""
        return bool(office.split()[:1] and office.split()[0] in self.roles)

    def exclusive_for(self, office: str) -> bool:
        """Whether one person holds such a post of ``office`` one at a time:
        "Kepala Sekretariat JETP" yes, "kepala delegasi" (a role) no."""
        return self.exclusive and not self.role(office)


@dataclass(frozen=True)
class TitleWords:
    rungs: dict[str, Rung]
    aides: frozenset[str]
    ranks: dict[Words, str]  # rank words -> rank (rungs and aide words)
    deputies: frozenset[str]  # words that make a rank its deputy's ("wakil")
    equivalents: dict[Words, Words]  # abbreviations and synonyms -> what they stand for
    qualifiers: dict[Words, str]  # "mantan" -> "former", "plt" (expanded) -> "acting"
    appointed: frozenset[Words]  # acting words of a holder appointed to the post (penjabat)
    service: frozenset[str]  # words beside a personal rank ("Mayjen TNI")
    clause_markers: dict[str, tuple[str, ...]]
    phrase_ends: frozenset[str]
    list_words: frozenset[str]
    inside: frozenset[str]
    starts: frozenset[str]
    known: frozenset[str]
    noise: frozenset[str]
    relative: tuple[str, ...]
    roles: tuple[str, ...]  # "selaku", "yang juga": an office right after a name
    portfolio: dict[Words, Words]
    countries: dict[Words, str]
    seats: dict[Words, tuple[str, str]]  # "gedung putih" -> ("kepresidenan", "AS")
    abbreviations: frozenset[str]
    stopwords: frozenset[str]
    succession: frozenset[Words]  # "menggantikan": two holders of one post, rightly
    then: frozenset[Words]  # "saat itu": the titles of the sentence are of another time
    areas: dict[Words, str]  # "luar negeri" -> "luar negeri", "infrastruktur" -> "prasarana"
    concurrent: frozenset[Words]  # "merangkap": the person holds two posts at once


def _words(phrase: str) -> Words:
    return tuple(re.findall(r"\w+", phrase.lower()))


def _lower(ladder: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(str(r).lower() for r in ladder.get(key, []))


def _rungs(data: dict[str, Any]) -> dict[str, Rung]:
    out = {}
    for name, ladder in data["ladders"].items():
        for level, rank in enumerate(ladder["rungs"]):
            out[rank] = Rung(
                name,
                level,
                bool(ladder.get("exclusive")),
                bool(ladder.get("needs_office")),
                _lower(ladder, "roles"),
                _lower(ladder, "excludes"),
                bool(ladder.get("personal")),
                rank in _lower(ladder, "loose"),
                bool(ladder.get("appointed_acting")),
                _lower(ladder, "units"),
                bool(ladder.get("portfolios")),
                _lower(ladder, "excludes_office"),
                bool(ladder.get("postings")),
            )
    return out


def _equivalents(data: dict[str, Any], rungs: dict[str, Rung]) -> dict[Words, Words]:
    """Abbreviations and synonyms. An abbreviation that starts with a rank whose
    ladder has a deputy's rung also names the deputy: Menlu, so Wamenlu; Dubes,
    so Wadubes. Initialisms (PM) take no prefix."""
    abbr: dict[str, str] = dict(data["abbreviations"])
    for prefix, word in data["deputy_prefixes"].items():
        for short, full in list(abbr.items()):
            if short == "".join(w[0] for w in full.split()):
                continue
            rank = max((r for r in rungs if f"{full} ".startswith(f"{r} ")), key=len, default="")
            if rank and f"{word} {rank}" in rungs:
                abbr.setdefault(prefix + short, f"{word} {full}")
    both = {**abbr, **data["synonyms"]}
    return {_words(k): _words(v) for k, v in both.items()}


@cache
def words(lang: str = lexicon.DEFAULT_LANGUAGE) -> TitleWords:
    data = lexicon.load("titles", lang)
    rungs = _rungs(data)
    aides = frozenset(data["aides"])
    equivalents = _equivalents(data, rungs)
    qualifiers = {_words(w): kind for kind, ws in data["qualifiers"].items() for w in ws}
    known = lexicon.load("entities", lang)
    countries = {_words(a): c for c, aliases in known["countries"].items() for a in aliases}
    seats = {_words(k): (v["office"], v.get("country", "")) for k, v in data["seats"].items()}
    portfolio = {_words(m): _words(m) for m in data["portfolio_markers"]}
    lex = load_lexicon(lang)
    inside = {w for phrase in (*rungs, *aides) for w in phrase.split()}
    inside |= {w for phrase in (*equivalents, *qualifiers) for w in phrase}
    inside |= {w.lower() for w in data["title_words_inside"]}
    inside |= {w for alias in lex.entity_aliases for w in alias.split() if len(w) > 2 or w == alias}
    starts = {p.split()[0] for p in (*rungs, *aides)}
    starts |= {p[0] for p in (*equivalents, *qualifiers)}
    read = inside | {w.lower() for w in data["title_words"]} | set(data["office_noise"])
    read |= {w for phrase in (*countries, *seats) for w in phrase}
    return TitleWords(
        rungs=rungs,
        aides=aides,
        ranks={_words(r): r for r in (*rungs, *aides)},
        deputies=frozenset(data["deputy_words"]),
        equivalents=equivalents,
        qualifiers=qualifiers,
        appointed=frozenset(_words(a) for a in data["appointed_acting"]),
        service=frozenset(data["service_words"]),
        clause_markers={k: tuple(v) for k, v in data["clause_markers"].items()},
        phrase_ends=frozenset(data["phrase_ends"]),
        list_words=frozenset(data["list_words"]),
        inside=frozenset(inside),
        starts=frozenset(starts),
        known=frozenset(read),
        noise=frozenset(data["office_noise"]),
        relative=tuple(data["relative_title_markers"]),
        roles=tuple(data["role_markers"]),
        portfolio=portfolio,
        countries=countries,
        seats=seats,
        abbreviations=frozenset(k[0] for k in equivalents if len(k) == 1),
        stopwords=lex.stopwords,
        succession=frozenset(_words(p) for p in data["succession_words"]),
        then=frozenset(_words(p) for p in data["then_words"]),
        areas={_words(p): area for area, ps in data["portfolio_areas"].items() for p in ps},
        concurrent=frozenset(_words(p) for p in data["concurrent_words"]),
    )


def _says(text: str, phrases: frozenset[Words]) -> bool:
    low = _words(text)
    return any(low[i : i + len(p)] == p for p in phrases for i in range(len(low)))


def tells_succession(text: str) -> bool:
    """Whether a sentence tells that one holder of a post follows or stands in
    for another ("menggantikan", "pendahulunya")."""
    return _says(text, words().succession)


def about_then(text: str) -> bool:
    """Whether a sentence says its titles are of another time ("saat itu")."""
    return _says(text, words().then)


def tells_concurrent(text: str) -> bool:
    """Whether a sentence tells that someone holds two posts at once ("merangkap")."""
    return _says(text, words().concurrent)


def portfolio_areas(office: str) -> frozenset[str]:
    """The areas of government an office names ("sumber daya air dan irigasi":
    water), read in full: empty when a word of it is no area's and no list word,
    so an office the data cannot read whole is never set against another."""
    w = words()
    low = office.split()
    found: set[str] = set()
    i = 0
    while i < len(low):
        key = _longest(low, i, w.areas)
        if key is not None:
            found.add(w.areas[key])
            i += len(key)
        elif low[i] in w.list_words:
            i += 1
        else:
            return frozenset()
    return frozenset(found)


def opens_with_area(office: str) -> bool:
    """Whether an office opens with an area of government ("perdagangan uni eropa":
    the trade commissioner's), which makes one post of a rank many hold at once."""
    return _longest(office.split(), 0, words().areas) is not None


def rung(rank: str) -> Rung | None:
    """The rung of a rank (None for an aide's word or a rank the data does not know)."""
    return words().rungs.get(rank)


@dataclass(frozen=True)
class Title:
    """A title as the rule compares it.

    ``time`` is "" (now), "former" or "future"; ``equivalences`` are the readings
    of data that made two wordings one ("Deputi = wakil"), so an explanation can
    name them; ``unread`` are capitalised words of the office that no data knows
    (maybe a country missing from entities.yaml): a difference in them is never
    a contradiction.
    """

    rank: str
    office: str
    portfolio: str
    country: str
    posted: str = ""  # the country alone an envoy is posted to ("untuk Austria")
    aide: bool = False
    time: str = ""
    acting: bool = False
    appointed: bool = False  # acting as a penjabat, appointed to the post itself
    equivalences: tuple[str, ...] = ()
    unread: tuple[str, ...] = ()

    def describe(self) -> str:
        parts = [f"aide: {self.rank}" if self.aide else f"rank: {self.rank}"]
        if self.office:
            parts.append(f"office: {self.office}")
        if self.country:
            parts.append(f"country: {self.country}")
        if self.portfolio:
            parts.append(f"portfolio: {self.portfolio}")
        if self.acting:
            parts.append("acting")
        if self.time:
            parts.append(f"{self.time}, not a claim about now")
        return "; ".join(parts)

    def qualifiers(self) -> dict[str, Any]:
        return {
            "rank": self.rank,
            "office": self.office,
            "country": self.country,
            "portfolio": self.portfolio,
            "posted": self.posted,
            "aide": self.aide,
            "time": self.time,
            "acting": self.acting,
            "appointed": self.appointed,
            "equivalences": list(self.equivalences),
            "unread": list(self.unread),
        }


def _longest(seq: list[str], i: int, table: dict[Words, Any]) -> Words | None:
    """The longest key of ``table`` that the words of ``seq`` spell from ``i`` on."""
    best = None
    for key in table:
        if tuple(seq[i : i + len(key)]) == key and (best is None or len(key) > len(best)):
            best = key
    return best


def _expand(surface: list[str]) -> tuple[list[str], list[str], list[str]]:
    """Lower-cased words with abbreviations and synonyms expanded; each word's
    surface ("" for words that came from an expansion); and the equivalences used."""
    w = words()
    low = [s.lower() for s in surface]
    out: list[str] = []
    shown: list[str] = []
    used: list[str] = []
    i = 0
    while i < len(low):
        key = _longest(low, i, w.equivalents)
        if key is None:
            out.append(low[i])
            shown.append(surface[i])
            i += 1
            continue
        full = w.equivalents[key]
        used.append(f"{' '.join(surface[i : i + len(key)])} = {' '.join(full)}")
        out.extend(full)
        shown.extend([""] * len(full))
        i += len(key)
    return out, shown, used


def _portfolio(rest: list[tuple[str, str]]) -> tuple[str, list[tuple[str, str]], bool]:
    """The portfolio after its marker ("untuk urusan ..."), the words before it,
    and whether it is a country alone: an envoy's posting ("untuk AS", "di
    Washington"), read as that country."""
    w = words()
    low = [k for k, _ in rest]
    for m in range(len(low)):
        marker = _longest(low, m, w.portfolio)
        if marker is not None:
            after = low[m + len(marker) :]
            named = _longest(after, 0, w.countries)
            if named is not None and len(named) == len(after):
                return w.countries[named], rest[:m], True
            return " ".join(after), rest[:m], False
    return "", rest, False


def _office(rest: list[tuple[str, str]], used: list[str]) -> tuple[str, str, tuple[str, ...]]:
    """Office, country and unread words of what follows the rank; the seats read
    ("Gedung Putih = kepresidenan") are added to ``used``."""
    w = words()
    low = [k for k, _ in rest]
    office, unread, country = [], [], ""
    m = 0
    while m < len(low):
        named = _longest(low, m, w.countries)
        seat = _longest(low, m, w.seats)
        if seat is not None:
            seat_office, seat_country = w.seats[seat]
            office.append(seat_office)
            country = country or seat_country
            shown = " ".join(rest[m + n][1] or low[m + n] for n in range(len(seat)))
            used.append(f"{shown} = {seat_office}" + (f" ({seat_country})" if seat_country else ""))
            m += len(seat)
        elif named is not None:
            country = country or w.countries[named]
            m += len(named)
        else:
            word, shown_word = rest[m]
            if word not in w.noise:
                office.append(word)
                if shown_word[:1].isupper() and word not in w.known:
                    unread.append(shown_word)
            m += 1
    return " ".join(office), country, tuple(unread)


def _rank_at(low: list[str], j: int) -> tuple[str, int] | None:
    """The rank that the words spell from ``j`` on, and how many words it takes.
    A deputy's word before a rank whose ladder has no rung for that deputy
    ("Wakil Administrator", "Wakil Direktur Pelaksana": the deputy of the
    managing director, not a director "pelaksana") makes the rank "wakil" and
    the rank it stands under; an aide's word or a personal rank takes no deputy."""
    w = words()
    key = _longest(low, j, w.ranks)
    head = _longest(low, j + 1, w.ranks) if low[j] in w.deputies else None
    if head is not None and len(head) + 1 > len(key or ()):
        found = w.rungs.get(w.ranks[head])
        if found is not None and not found.personal:
            return f"{low[j]} {w.ranks[head]}", len(head) + 1
    return (w.ranks[key], len(key)) if key is not None else None


def deputy_of(deputy: str, head: str) -> bool:
    """Whether the rank ``deputy`` is a deputy's word before the rank ``head``
    ("wakil menteri" of "menteri", "wakil direktur pelaksana" of "direktur pelaksana")."""
    word, _, rest = deputy.partition(" ")
    return word in words().deputies and rest == head


def normalise(phrase: str, time: str = "") -> Title | None:
    """Rank, office, portfolio, country and qualifiers of a title phrase (None: no rank).

    ``time`` is what the words around the phrase said of it ("former", "future").
    """
    w = words()
    surface = re.findall(r"\w+", phrase)
    seq, shown, used = _expand(surface)
    acting = appointed = False
    kept: list[tuple[str, str]] = []
    i = 0
    while i < len(seq):  # qualifiers out, into time and acting
        key = _longest(seq, i, w.qualifiers)
        if key is None:
            kept.append((seq[i], shown[i]))
            i += 1
            continue
        kind = w.qualifiers[key]
        acting = acting or kind == "acting"
        appointed = appointed or (kind == "acting" and key in w.appointed)
        time = time or (kind if kind != "acting" else "")
        i += len(key)
    low = [k for k, _ in kept]
    at = next(((j, r) for j in range(len(low)) if (r := _rank_at(low, j))), None)
    if at is None:
        return None
    j, (rank, length) = at
    rest = kept[j + length :]  # words before the rank are not the office
    portfolio, rest, posted = _portfolio(rest)
    office, country, unread = _office(rest, used)
    return Title(
        rank=rank,
        office=office,
        portfolio=portfolio,
        country=country,
        posted=portfolio if posted else "",
        aide=rank in w.aides,
        time=time,
        acting=acting,
        appointed=appointed,
        equivalences=tuple(dict.fromkeys(used)),
        unread=tuple(unread),
    )


def _personal_rank(phrase: str) -> bool:
    """Whether a phrase is a personal rank alone, with words of its service
    ("Mayjen", "Letjen TNI"), and nothing of an office or a country."""
    seq, _, _ = _expand(re.findall(r"\w+", phrase))
    if _longest(seq, 0, words().ranks) is None:
        return False  # the rank must open the phrase
    title = normalise(phrase)
    found = rung(title.rank) if title else None
    return bool(
        title
        and found
        and found.personal
        and not (title.country or title.portfolio or title.time)
        and service_only(title.office)
    )


def service_only(office: str) -> bool:
    """Whether the office words beside a personal rank only name its service
    ("TNI", "Pol"), so the rank is the person's, not a civil office of the same
    name ("Inspektur Jenderal Kementerian Keuangan")."""
    return set(office.split()) <= words().service


def split_personal(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span of a title, or two when it ends with a personal rank after an
    office ("Direktur Jenderal Operasi Militer India Letnan Jenderal"): the office
    and the rank, held together. A rank's own words are never split ("Sekretaris
    Jenderal" is one rank, not "Sekretaris" and "Jenderal")."""
    w = words()
    toks = tokens(text[start:end])
    low = [t.text.lower() for t in toks]
    for k in range(1, len(toks)):
        spans_k = any(j + len(key) > k for j in range(k) if (key := _longest(low, j, w.ranks)))
        if not spans_k and _personal_rank(text[start + toks[k].start : end]):
            return [(start, start + toks[k - 1].end), (start + toks[k].start, end)]
    return [(start, end)]


def _span_ok(text: str) -> bool:
    """One apposition: words only, but for the dot of an abbreviation ("Plt.")."""
    abbr = words().abbreviations
    for dot in re.finditer(r"\.", text):
        before = re.search(r"(\w+)$", text[: dot.start()])
        if before is None or before.group(1).lower() not in abbr:
            return False
    return bool(re.fullmatch(r"[\w\s()'’.-]+", text))


def _inside(word: str, w: TitleWords, joined: bool, body: bool) -> bool:
    """Whether a word can stand inside a title: a word of ranks, offices and
    countries, or a capitalised word the lexicon does not know, which names the
    office ("Kepala Sekretariat JETP", "Direktur Kantor Komisi Urusan Luar
    Negeri Pusat"); the title still has to open with a rank. Once a joining word
    ("dan") lies between it and the name (``joined``), an unknown capitalised
    word is another person's name ("Vladimir Putin dan Presiden AS Joe Biden");
    outside body text (a headline capitalises every word) it may be anything."""
    if all(p in w.inside for p in word.lower().split("-")):
        return True
    unknown_ok = body and not joined
    return unknown_ok and word[:1].isupper() and word.lower() not in w.stopwords


def _starts_list_item(word: str, following: str, w: TitleWords) -> bool:
    """Whether ``word`` joins two titles: a list word ("dan") right before a word
    that opens a title. Inside an office a list word joins portfolios ("Menteri
    Lingkungan Hidup dan Kehutanan"); before a rank it starts the next item."""
    return word.lower() in w.list_words and following.lower().split("-")[0] in w.starts


def _apposition_head(head: str, m: NameMention) -> str:
    """The text before a name, less the comma of an apposition set off by
    commas on both sides ("Sekretaris Eksekutif Sekretariat Traktat Antarktika,
    Martín Echeverría, mengatakan"): the title is the words before that comma."""
    rest = m.sentence.text[m.family.end - m.sentence.start :].lstrip()
    if head.endswith(",") and rest.startswith(","):
        return head[:-1].rstrip()
    return head


def before(m: NameMention) -> tuple[int, int] | None:
    """The span of an apposition title right before the name, if there is one."""
    w = words()
    sent = m.sentence
    first = m.given[0] if m.given else m.family
    head = _apposition_head(sent.text[: first.start - sent.start].rstrip(), m)
    toks = tokens(head)
    i = len(toks)
    joined = False
    while i > 0 and _inside(toks[i - 1].text, w, joined, sent.kind == "body"):
        if _starts_list_item(toks[i - 1].text, toks[i].text if i < len(toks) else "", w):
            break  # "Menteri Pertanian dan Menteri Perdagangan X": X's title is the second
        joined = joined or toks[i - 1].text.lower() in w.list_words
        i -= 1
    while i < len(toks) and toks[i].text.lower().split("-")[0] not in w.starts:
        i += 1  # a title starts with a rank or a qualifier, not "dan" or "Sementara"
    if i == len(toks) or head[toks[-1].end :].strip(") "):
        return None
    if not _span_ok(head[toks[i].start :]):
        return None  # punctuation inside: not one apposition
    return sent.start + toks[i].start, sent.start + len(head)


def after(m: NameMention) -> tuple[int, int, str] | None:
    """The span of "…, yang … sebagai <title>" after the name, and what the clause
    says of its time ("yang pernah menjabat sebagai": former). A name in the
    clause owns the title instead, so there is none for this one."""
    w = words()
    sent = m.sentence
    offset = m.family.end - sent.start
    markers = "|".join(re.escape(r) for r in w.relative)
    found = re.match(rf"\s*,\s*yang\b([^,]*?)\b(?:{markers})\s+([^,.]+)", sent.text[offset:])
    if found is None:
        return None
    if any(t.text[:1].isupper() and t.text.lower() not in w.known for t in tokens(found[1])):
        return None  # "yang menyebut Blinken sebagai ...": the title is Blinken's
    phrase = found.group(2)
    toks = tokens(phrase)
    end = next((t.start for t in toks if t.text.lower() in w.phrase_ends), len(phrase))
    tail = phrase[end:]
    head = [t for t in toks if t.start < end]
    while head and head[-1].text.lower() in w.list_words:
        head.pop()  # "sebagai menteri luar negeri dan akan ...": not "... dan"
    if not head:
        return None
    phrase = phrase[: head[-1].end]
    said = {t.text.lower() for t in tokens(found.group(1) + " " + tail)}
    time = next((k for k, ws in w.clause_markers.items() if said & set(ws)), "")
    start = sent.start + offset + found.start(2)
    return start, start + len(phrase), time


def apposition_after(m: NameMention) -> tuple[int, int, str] | None:
    """The span of "<name>, <title>, ..." : a title between two commas (or a comma
    and the sentence's end) right after the name. Only words of titles may stand
    in it, and what follows the comma may not go on with a list ("Sullivan, Menteri
    Luar Negeri Rusia, dan Biden" names three people, not Sullivan's office): it
    must be a lower-case word, such as the verb of the sentence."""
    w = words()
    sent = m.sentence
    offset = m.family.end - sent.start
    found = re.match(r"\s*,\s*([^,.;:()\"“”]+?)\s*(?:,\s*(\w*)|[.!?]?\s*$)", sent.text[offset:])
    if found is None:
        return None
    going_on = found.group(2) or ""
    if going_on.lower() in w.list_words or going_on[:1].isupper():
        return None  # "..., dan X" or "..., Presiden Biden": the next item of a list
    toks = tokens(found.group(1))
    if not toks or toks[0].text.lower().split("-")[0] not in w.starts:
        return None
    if not all(p in w.inside for t in toks for p in t.text.lower().split("-")):
        return None
    start = sent.start + offset + found.start(1)
    return start, start + len(found.group(1)), ""


def role_after(m: NameMention) -> tuple[int, int, str] | None:
    """The span of the office a role word gives right after the name ("Budi
    Santoso selaku Menteri Luar Negeri tiba ...", "..., yang juga Wakil Ketua
    DPR, ..."): the words of titles after it, opening with a rank."""
    w = words()
    sent = m.sentence
    offset = m.family.end - sent.start
    markers = "|".join(re.escape(r) for r in sorted(w.roles, key=len, reverse=True))
    found = re.match(rf"\s*,?\s*(?:{markers})\s+", sent.text[offset:], re.IGNORECASE)
    if found is None:
        return None
    rest = sent.text[offset + found.end() :]
    toks = tokens(rest)
    if not toks or toks[0].start or toks[0].text.lower().split("-")[0] not in w.starts:
        return None
    kept: list[Token] = []
    for t in toks:
        if t.text.lower() in w.phrase_ends or not all(
            p in w.inside for p in t.text.lower().split("-")
        ):
            break
        if kept and rest[kept[-1].end : t.start].strip():
            break  # a mark between: the title ended
        kept.append(t)
    start = sent.start + offset + found.end()
    return start, start + kept[-1].end, ""
