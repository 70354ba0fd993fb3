"""Titles: the office the sources give one person.

Precision first: a title contradiction tells an editor that one source gives a
person the wrong post, so it is asserted only when both readings are about now,
both are complete (a rank and an office or a country) and the data says both
posts cannot be held at once: two rungs of one ladder for the same office, two
offices or two countries on ladders whose posts are held one at a time, or two
ladders the data says exclude each other (an envoy and a minister of one
country), or two military ranks (a person's own, held beside any office). Every
other difference is a wording (variant: words or the whole portfolio dropped,
a synonym) or leaves out the country (consistent), or is not compared at all
(a former or future post, an aide beside a rank).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz

from ledger.entities import family_close, romanised
from ledger.model import Claim
from ledger.offices import Rung, deputy_of, portfolio_areas, service_only
from ledger.offices import rung as rung_of
from ledger.rules import Verdict, rule

DATA = "data/id/titles.yaml"


@dataclass(frozen=True)
class Reading:
    """A title claim as the rule reads it back from the claim's qualifiers."""

    text: str
    rank: str
    office: str
    country: str
    portfolio: str
    posted: str
    aide: bool
    time: str
    acting: bool
    appointed: bool
    equivalences: tuple[str, ...]
    unread: frozenset[str]
    rung: Rung | None
    named: bool  # given to a full name, not a family name alone ("Bupati Pidie")
    concurrent: bool  # a sentence says the person holds two posts at once ("merangkap")

    @classmethod
    def of(cls, c: Claim) -> Reading:
        q = c.qualifiers
        rank = str(q.get("rank") or "")
        return cls(
            text=c.value_text,
            rank=rank,
            office=str(q.get("office") or ""),
            country=str(q.get("country") or ""),
            portfolio=str(q.get("portfolio") or ""),
            posted=str(q.get("posted") or ""),
            aide=bool(q.get("aide")),
            time=str(q.get("time") or ""),
            acting=bool(q.get("acting")),
            appointed=bool(q.get("appointed")),
            equivalences=tuple(q.get("equivalences") or ()),
            unread=frozenset(w.lower() for w in q.get("unread") or ()),
            rung=rung_of(rank),
            named=bool(q.get("named", True)),
            concurrent=bool(q.get("concurrent")),
        )

    @property
    def personal(self) -> bool:
        """A personal rank alone (Mayjen, "Letjen TNI"): the person's own rank."""
        return bool(self.rung and self.rung.personal and service_only(self.office))

    @property
    def complete(self) -> bool:
        """A rank and something that places it: an office or a country; a
        personal rank (Mayjen) places itself."""
        return bool(self.rank and (self.office or self.country or self.personal))

    @property
    def bare(self) -> bool:
        """A rank alone ("Menteri", "Duta Besar"): no office, country or portfolio."""
        return not (self.office or self.country or self.portfolio)

    @property
    def bare_of_name(self) -> bool:
        """A bare rank before a full name ("Menteri Takeshi Hanazawa"): the rank
        is the person's; before a family name alone it may be a place's
        ("Pendopo Bupati Pidie" read as the title of someone named Pidie)."""
        return self.bare and self.named

    @property
    def holds_post(self) -> bool:
        """An acting post that is the post itself: a penjabat appointed to it,
        on a ladder whose data says so (not a deputy acting for it)."""
        return self.appointed and bool(self.rung and self.rung.appointed_acting)


def _offices(a: Reading, b: Reading) -> str:
    """How the two offices relate: same, missing (one or both unnamed), dropped
    (one's words are part of the other's), unread (they differ only in words no
    data knows) or differ."""
    if a.office == b.office:
        return "same"
    if not a.office or not b.office:
        return "missing"
    wa, wb = set(a.office.split()), set(b.office.split())
    if (wa ^ wb) & (a.unread | b.unread):
        return "unread"
    return "dropped" if wa < wb or wb < wa else "differ"


def _read_as(a: Reading, b: Reading) -> str:
    """The readings of data behind the verdict, for the editor to check."""
    used = list(dict.fromkeys((*a.equivalences, *b.equivalences)))
    return f"; read through {DATA}: {', '.join(used)}" if used else ""


def _says_less(a: Reading, b: Reading) -> str:
    """What one reading leaves out that the other names: less, not different."""
    left = [
        f"'{short.text}' leaves out the {what} '{getattr(full, what)}'"
        for what in ("office", "country", "portfolio")
        for short, full in ((a, b), (b, a))
        if getattr(full, what) and not getattr(short, what)
    ]
    return "; " + "; ".join(left) if left else ""


def _portfolio_note(a: Reading, b: Reading, same: float) -> str:
    if a.portfolio and b.portfolio and fuzz.token_set_ratio(a.portfolio, b.portfolio) < same:
        return f"the portfolio is worded '{a.portfolio}' vs '{b.portfolio}'"
    return ""


def _conflicts(a: Reading, b: Reading, offices: str) -> list[str]:
    """Why both posts cannot be held now; empty when they can, or when the data
    cannot tell (a ladder of roles held beside an office, an incomplete reading)."""
    return _ladder_conflicts(a, b, offices) or _deputy(a, b, offices) or _deputy(b, a, offices)


def _ladder_conflicts(a: Reading, b: Reading, offices: str) -> list[str]:
    """The conflicts the ladders of data tell: two rungs, countries or offices
    of one ladder, a unit and its head, two ladders that exclude each other."""
    ra, rb = a.rung, b.rung
    if ra is None or rb is None:
        return []
    unit = _unit(a, b, ra, rb) or _unit(b, a, rb, ra)
    if unit:
        return unit
    if not (ra.exclusive_for(a.office) and rb.exclusive_for(b.office)):
        return []
    if ra.ladder != rb.ladder:
        return _excluded(a, b, ra, rb, offices)
    if not (a.complete and b.complete) or offices == "unread":
        return []
    # Two different offices (a prime minister who is also foreign minister, a
    # minister of two portfolios) can be held at once ("sekaligus"): only the same
    # office at another rung, or of another country, cannot; nor two ministries
    # the data reads apart, unless the person is said to hold both.
    if offices == "differ":
        return _other_ministry(a, b, ra)
    if ra.personal and not (a.personal and b.personal):
        return []  # a rank's words with an office may name a civil post (Inspektur Jenderal)
    out = _postings(a, b, ra)
    if a.country and b.country and a.country != b.country:
        out.append(f"country '{a.country}' vs '{b.country}'")
    if ra.loose or rb.loose:
        return out  # "Jenderal" may be said of any general
    if a.rank != b.rank and (offices != "missing" or not ra.needs_office):
        out.append(
            f"rank '{a.rank}' vs '{b.rank}' (rungs {ra.level + 1} and {rb.level + 1} "
            f"of the ladder '{ra.ladder}' in {DATA})"
        )
    return out


def _postings(a: Reading, b: Reading, found: Rung) -> list[str]:
    """Two countries one envoy is posted to ("Duta Besar RI untuk Austria" /
    "untuk Australia"), each read as a country alone, on a ladder of postings,
    for a person no sentence says holds two postings at once."""
    if not (found.postings and a.posted and b.posted) or a.posted == b.posted:
        return []
    if a.concurrent or b.concurrent:
        return []
    return [f"posted to '{a.posted}' vs '{b.posted}' (postings, in {DATA})"]


def _other_ministry(a: Reading, b: Reading, found: Rung) -> list[str]:
    """The same rank of two ministries that share no area of government
    ("Menteri Energi Ukraina" / "Menteri Luar Negeri Ukraina"), on a ladder of
    ministries, both read whole by the data, in one country (or one unnamed),
    for a person no sentence says holds two posts at once."""
    if not found.portfolios or a.rank != b.rank or a.concurrent or b.concurrent:
        return []
    if a.country and b.country and a.country != b.country:
        return []
    areas_a, areas_b = portfolio_areas(a.office), portfolio_areas(b.office)
    if not (areas_a and areas_b) or areas_a & areas_b:
        return []
    return [
        f"the office '{a.office}' ({', '.join(sorted(areas_a))}) vs '{b.office}' "
        f"({', '.join(sorted(areas_b))}): ministries of areas that share none, "
        f"two posts (portfolio_areas, in {DATA})"
    ]


def _unit(head: Reading, unit: Reading, rh: Rung, ru: Rung) -> list[str]:
    """A head of an organisation and the head of one of its units, which the
    data says are held by others (``units``: a director-general and a regional
    director of one organisation). The unit must be named beyond the
    organisation ("Direktur Regional WHO", not a bare "Direktur WHO", which may
    be the director-general's title shortened); both readings complete and
    about one country, if any."""
    if not (rh.heads_unit_of(ru) and rh.exclusive_for(head.office)):
        return []
    if not (head.complete and unit.complete) or head.country != unit.country:
        return []
    wh, wu = set(head.office.split()), set(unit.office.split())
    if not wh or not wh < wu:
        return []
    return [
        f"'{head.rank}' of {head.office} heads the organisation and '{unit.rank}' of "
        f"{unit.office} one of its units: posts held by two people (units, in {DATA})"
    ]


def _excluded(a: Reading, b: Reading, ra: Rung, rb: Rung, offices: str) -> list[str]:
    """Posts of two ladders that the data says one person never holds together
    in one country or one office (an envoy abroad and a minister; the
    director-general and the secretary-general of one organisation): both
    readings complete and in one place (:func:`_place`), or both a bare rank."""
    if offices == "unread":
        return []
    if not ((a.complete and b.complete) or (a.bare_of_name and b.bare_of_name)):
        return []
    if ra.excluded_by(rb):
        where = _place(a, b, offices)
    elif ra.excluded_in_office_by(rb):
        where = _same_office(a, b, offices)
    else:
        return []
    if not where:
        return []
    return [
        f"'{a.rank}' ({ra.ladder}) and '{b.rank}' ({rb.ladder}) of {where} are posts "
        f"one person does not hold at once (excludes, in {DATA})"
    ]


def _same_office(a: Reading, b: Reading, offices: str) -> str:
    """The very office both posts would be of ("juru bicara UNIFIL" / "Komandan
    UNIFIL"), in one country or an unnamed one; empty otherwise."""
    if offices != "same" or not a.office or (a.country and b.country and a.country != b.country):
        return ""
    return a.office


def _place(a: Reading, b: Reading, offices: str) -> str:
    """Where both posts would be held: the country both name (an envoy's is the
    sending one); when neither names one, the very same office, or a name no
    data knows that both give (a country missing from the entities' list:
    "Duta Besar Armenia" / "Menteri Luar Negeri Armenia"); when both are a bare
    rank ("Menteri", "Duta Besar"), the person's own country, since nothing
    places the two posts apart. Empty when they may be in two places."""
    if a.country or b.country:
        return a.country if a.country == b.country else ""
    if offices == "same" and a.office:
        return a.office
    shared = [w for w in a.office.split() if w in a.unread & b.unread and w in b.office.split()]
    if shared:
        return " ".join(shared)
    return "the person's own country, named by neither" if a.bare and b.bare else ""


def _deputy(deputy: Reading, head: Reading, offices: str) -> list[str]:
    """A deputy and the head of one office ("Wakil Administrator ACP" /
    "Administrator ACP"), on any ladder, even one that lists no deputy's rung
    or whose posts may be held beside others: another person holds each. The
    office must be the very same, or the head's rank named alone where its
    ladder needs no office; one country and one portfolio; never a role
    ("kepala delegasi") or a personal rank."""
    found = head.rung
    if not deputy_of(deputy.rank, head.rank) or found is None or found.personal:
        return []
    if found.role(head.office) or found.role(deputy.office) or deputy.portfolio != head.portfolio:
        return []
    if deputy.country and head.country and deputy.country != head.country:
        return []
    same = offices == "same" and bool(head.office or head.country)
    bare = [r for r in (deputy, head) if r.bare]
    alone = bool(bare) and all(r.named for r in bare) and not found.needs_office
    if not (same or alone):
        return []
    fuller = max(deputy.text, head.text, key=len)
    return [
        f"'{deputy.rank}' is the deputy of '{head.rank}' ({fuller}): another person holds "
        f"each post (deputy_words, in {DATA})"
    ]


def _appointed(acting: Reading, conflicts: list[str]) -> list[str]:
    """The conflicts of a penjabat's post, saying why it counts as held."""
    if not conflicts:
        return []
    why = (
        f"'{acting.text}' is appointed to the post itself, not a deputy acting for it "
        f"(appointed_acting, in {DATA})"
    )
    return [why, *conflicts]


def _aides(person: str, a: Reading, b: Reading, sev: dict[str, str]) -> Verdict:
    """Two aides' titles that differ: wordings of one role, never a contradiction."""
    return Verdict(
        "variant",
        sev["variant"],
        f"{person} is an aide in both: '{a.text}' and '{b.text}' are wordings of one role "
        f"('{a.rank}', '{b.rank}': aides in {DATA}), not ranks that can contradict.",
    )


@rule("title-rank", property="title", feature="titles.feature")
def title_rank(a: Claim, b: Claim, params: dict[str, Any]) -> Verdict | None:
    """Two titles given to the same person are read as a rung of a ladder of
    office (menteri > wakil menteri; presiden > wakil presiden; ...), an office,
    a country and a portfolio, after abbreviations and synonyms (Menlu, Deputi =
    Wakil). A contradiction needs both readings about now and complete, in one
    story, on ladders whose posts are held one at a time, and the same office at a
    different rung or of a different country (two different offices can be held
    at once, "sekaligus"; but not one rank of two ministries that share no area
    of government, portfolio_areas, nor an envoy posted to two countries, unless
    a sentence says the person holds both), unless the data says their ladders
    exclude each other in one country or office (an envoy abroad and a minister
    of the same country, or two bare ranks before a full name; the
    director-general and the secretary-general of one body; a president and a
    prime minister of one country), or in the very same office (a spokesperson
    and the head of the body it speaks for). The deputy and the head of the very same
    office ("Wakil Administrator ACP" / "Administrator ACP") conflict on any
    ladder (deputy_words). A personal rank (Mayjen) is complete by itself and
    never compared with an office. Former and future posts (mantan, calon) are
    not compared; an acting post (Plt.) is a variant of the
    post, and is compared with another rung only when it is a penjabat appointed
    to the post (a regent's, by the ladder's data); aides (pembantu, penasihat,
    utusan) are wordings of one role; an office or a portfolio worded
    differently or with words dropped is a variant."""
    if a.entity_id != b.entity_id or a.value_text.lower() == b.value_text.lower():
        return None  # two people's titles: rule title-holder
    ta, tb = Reading.of(a), Reading.of(b)
    if ta.time or tb.time:
        return None  # a former or future post is not a claim about now
    sev = params["severity"]
    person = a.subject
    if ta.aide != tb.aide:
        return None  # an aide and a rank share no ladder: nothing to compare
    offices = _offices(ta, tb)
    conflicts = _conflicts(ta, tb, offices)
    portfolio = _portfolio_note(ta, tb, float(params["portfolio_same"]))
    same_post = (
        ta.rank == tb.rank
        and offices in ("same", "missing", "dropped")
        and not (ta.country and tb.country and ta.country != tb.country)
    )
    if ta.aide and not (same_post and ta.acting == tb.acting):
        return _aides(person, ta, tb, sev)
    if ta.acting != tb.acting:
        acting = ta if ta.acting else tb
        if same_post:
            return Verdict(
                "variant",
                sev["variant"],
                f"{person}: '{acting.text}' holds the post as acting; the other source "
                f"leaves that out.",
            )
        if not acting.holds_post:
            return None  # an acting minister is often the deputy: both may hold
        conflicts = _appointed(acting, conflicts)
    if conflicts:
        text = f"{person} is called '{ta.text}' and '{tb.text}': " + "; ".join(conflicts)
        if portfolio:
            text += f"; also, {portfolio}"
        return Verdict("contradiction", sev["contradiction"], text + _read_as(ta, tb) + ".")
    if not same_post:
        return None  # different, but the data cannot say they conflict
    notes = []
    if offices == "dropped":
        notes.append(f"the office is worded '{ta.office}' vs '{tb.office}', one drops words")
    if portfolio:
        notes.append(portfolio)
    elif bool(ta.portfolio) != bool(
        tb.portfolio
    ):  # "Duta Besar Rusia untuk PBB" / "Duta Besar Rusia"
        short, full = (ta, tb) if tb.portfolio else (tb, ta)
        notes.append(f"'{short.text}' drops the portfolio '{full.portfolio}'")
    if notes:
        return Verdict(
            "variant",
            sev["variant"],
            f"{person} holds the same post in both ('{ta.rank}'), but "
            + "; ".join(notes)
            + _read_as(ta, tb)
            + ".",
        )
    fuller = max(a.normalised, b.normalised, key=len)
    if (ta.equivalences or tb.equivalences) and not _says_less(ta, tb):
        return Verdict(  # "Menlu" for "Menteri Luar Negeri": the same post, worded otherwise
            "variant",
            sev["variant"],
            f"{person}: '{ta.text}' and '{tb.text}' name the same post ({fuller}) in other "
            "words" + _read_as(ta, tb) + ".",
        )
    return Verdict(
        "consistent",
        sev["consistent"],
        f"{person}: '{ta.text}' and '{tb.text}' name the same post ({fuller})"
        + _says_less(ta, tb)
        + _read_as(ta, tb)
        + ".",
    )


def _clearly_two(a: str, b: str, far: float) -> bool:
    """Two names that are not one person spelled two ways: family names no close
    spelling explains ("Eivind Strand" / "Ingrid Vik", not "Herman
    Halushchenko" / "German Galushchenko"), and, when they share a given name,
    family names far apart (ratio below ``far``: "Sergei Lavrov" / "Sergei
    Ryabkov", not "Hani Sewilam" / "Hany Swailem")."""
    wa, wb = romanised(a).split(), romanised(b).split()
    if not (wa and wb) or wa[-1] == wb[-1] or family_close(a.split()[-1], b.split()[-1]):
        return False
    shared = set(wa) & set(wb)
    # One given name, perhaps transliterated ("Oleksandr" / "Aleksandr"): two people
    # only when the family names are far apart ("Hrytsenko" / "Gritsenko" are not).
    if wa[0] == wb[0] or fuzz.ratio(wa[0], wb[0]) >= far:
        given_only = shared <= {wa[0]}  # not "Wang Yi" / "Wang Yi Bertemu"
        return given_only and fuzz.ratio(wa[-1], wb[-1]) < far
    return not shared


def _articles(c: Claim) -> str:
    n = int(c.qualifiers.get("post_articles") or 1)
    return f"{n} article{'s' if n > 1 else ''}"


@rule("title-holder", property="title", feature="titles.feature")
def title_holder(a: Claim, b: Claim, params: dict[str, Any]) -> Verdict | None:
    """One post with one holder at a time (a country's president, prime
    minister, a minister of one portfolio: ``single_holder_ranks`` of
    data/id/names.yaml), read in full and about now (not former, future or
    acting, the country named), given in one story to two people
    ("Menteri Luar Negeri Norwegia Eivind Strand" / "Menteri Luar Negeri
    Norwegia Ingrid Vik"): one of the sources gives the post to the wrong
    person. Not when a sentence tells that one follows or stands in for the
    other ("menggantikan"), when the story names a holder to come, or when the
    two names may be one person spelled two ways."""
    post = a.qualifiers.get("post")
    if a.entity_id == b.entity_id or not post or post != b.qualifiers.get("post"):
        return None
    if a.qualifiers.get("story") != b.qualifiers.get("story"):
        return None
    if b.entity_id in (a.qualifiers.get("succession") or ()):
        return None  # a successor and a predecessor, or a stand-in
    if not _clearly_two(a.subject, b.subject, float(params["shared_given_family_below"])):
        return None  # the people pass may still split one person by spelling
    return Verdict(
        "contradiction",
        params["severity"],
        f"One post with one holder, {post}, is given in one story to two people: "
        f"{a.subject} ('{a.value_text}', in {_articles(a)} of the story) and "
        f"{b.subject} ('{b.value_text}', in {_articles(b)}); one of the sources "
        f"gives the post to the wrong person.",
    )
