"""The titles family: the office a person is given ("Wakil Menteri Luar Negeri").

Reading an office is shared with the people pass (:mod:`ledger.offices`); this
family makes a claim for every mention of a person that carries one. Rules
(``features/titles.feature``): ``title-rank``, the titles one person is given (a
contradiction needs the same office at another rung of its ladder, within one
story); ``title-holder``, one post with one holder given to two people in one
story (the claims of a post share a second slot, :func:`post_slot`).
"""

from __future__ import annotations

import re
from collections import defaultdict

from ledger import offices
from ledger.claims import make_claim
from ledger.entities import Post, single_holder_post
from ledger.families import Corpus, Slot, family
from ledger.families.titles import rules as rules
from ledger.model import Claim, NameMention, Person

Found = tuple[Claim, NameMention, offices.Title]


def title_slot(c: Claim) -> Slot | None:
    """One person's office (rules decide what needs one story)."""
    return (c.entity_id, "title") if c.entity_id else None


def post_slot(c: Claim) -> Slot | None:
    """One post with one holder at a time, within one story (rule title-holder)."""
    post = c.qualifiers.get("post")
    return (f"{c.qualifiers.get('story')}:post:{post}", "title") if post else None


@family("titles", properties=("title",), slot=title_slot, shared=post_slot)
def title_claims(corpus: Corpus) -> list[Claim]:
    """A ``title`` claim for every mention of a person that carries an office."""
    found: list[Found] = []
    for person in corpus.people:
        concurrent = any(offices.tells_concurrent(m.sentence.text) for m in person.mentions)
        for m in person.mentions:
            before = offices.before(m)
            spans = [(*before, "")] if before else []
            after = (offices.after(m), offices.apposition_after(m), offices.role_after(m))
            spans += [span for span in after if span]
            for whole_start, whole_end, time in spans:
                text = m.document.text
                for start, end in offices.split_personal(text, whole_start, whole_end):
                    title = offices.normalise(text[start:end], time)
                    if title is not None:
                        claim = _claim(m, person, start, end, title, concurrent)
                        found.append((claim, m, title))
    _mark_holders(found, corpus.story_of, _successions(corpus.people))
    return [c for c, _, _ in found]


def _earlier_year(m: NameMention) -> bool:
    """Whether the sentence names a year before its article's: its titles may be
    of that time ("Presiden AS Donald Trump pada 2018")."""
    published = m.document.published
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", m.sentence.text)]
    return published is not None and any(y < published.year for y in years)


def _holder_post(m: NameMention, title: offices.Title) -> Post | None:
    """The post with one holder that a full name is given, about now: not a lone
    family name (joined to a person by closeness only), nor in a sentence of
    another time."""
    if not m.given or offices.about_then(m.sentence.text) or _earlier_year(m):
        return None
    return single_holder_post(title)


def _successions(people: list[Person]) -> dict[str, set[str]]:
    """Person id -> the people named with them in a sentence that tells of a
    succession or a stand-in ("menggantikan"): holders of one post, rightly."""
    named: dict[str, set[str]] = defaultdict(set)
    for person in people:
        for m in person.mentions:
            if offices.tells_succession(m.sentence.text):
                named[m.sentence.id].add(person.id)
    out: dict[str, set[str]] = defaultdict(set)
    for together in named.values():
        for pid in together:
            out[pid] |= together - {pid}
    return out


def _mark_holders(
    found: list[Found], story_of: dict[str, str], succession: dict[str, set[str]]
) -> None:
    """Give each claim of a post with one holder, about now, its post, how many
    articles of the story give that person the post, and the people it follows
    or stands in for. A post the story names as changing hands (a holder to
    come of its rank in its country: "calon", "yang akan menjabat") is left out."""
    changing = {  # read loosely: the office of a post to come is often worded on
        (story_of.get(m.document.id), title.rank, title.country)
        for _, m, title in found
        if title.time == "future" and title.country
    }
    posts = [
        (c, (story_of.get(m.document.id), post), m.document.id)
        for c, m, title in found
        if (post := _holder_post(m, title))
    ]
    held: dict[object, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for c, key, doc in posts:
        held[key][str(c.entity_id)].add(doc)
    for c, key, _ in posts:
        if (key[0], key[1][0], key[1][3]) in changing or not c.entity_id:
            continue
        rank, office, portfolio, country = key[1]
        c.qualifiers["post"] = " ".join(w for w in (rank, office, portfolio) if w) + f" ({country})"
        c.qualifiers["post_articles"] = len(held[key][c.entity_id])
        c.qualifiers["succession"] = sorted(succession[c.entity_id])


def _claim(
    m: NameMention, person: Person, start: int, end: int, title: offices.Title, concurrent: bool
) -> Claim:
    """A title claim; ``concurrent`` when a sentence of the person's says they
    hold two posts at once ("merangkap"), so their ministries are not set apart."""
    return make_claim(
        m.sentence,
        "title",
        start,
        end,
        subject=person.name,
        value_lo=title.rank,
        value_hi=title.office,
        unit="office",
        entity_id=person.id,
        normalised=title.describe(),
        qualifiers={**title.qualifiers(), "named": bool(m.given), "concurrent": concurrent},
    )
