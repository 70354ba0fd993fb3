"""The titles family: the office a person is given ("Wakil Menteri Luar Negeri").

Reading an office is shared with the people pass (:mod:`ledger.offices`); this
family makes a claim for every mention of a person that carries one. Rule:
``title-rank`` (``features/titles.feature``): a contradiction needs the same
office at another rung of its ladder, within one story.
"""

from __future__ import annotations

from ledger import offices
from ledger.claims import make_claim
from ledger.families import Corpus, Slot, family
from ledger.families.titles import rules as rules
from ledger.model import Claim, NameMention, Person


def title_slot(c: Claim) -> Slot | None:
    """One person's office (rules decide what needs one story)."""
    return (c.entity_id, "title") if c.entity_id else None


@family("titles", properties=("title",), slot=title_slot)
def title_claims(corpus: Corpus) -> list[Claim]:
    """A ``title`` claim for every mention of a person that carries an office."""
    claims = []
    for person in corpus.people:
        for m in person.mentions:
            before = offices.before(m)
            spans = [(*before, "")] if before else []
            spans += [span for span in (offices.after(m), offices.apposition_after(m)) if span]
            for whole_start, whole_end, time in spans:
                text = m.document.text
                for start, end in offices.split_personal(text, whole_start, whole_end):
                    title = offices.normalise(text[start:end], time)
                    if title is not None:
                        claims.append(_claim(m, person, start, end, title))
    return claims


def _claim(m: NameMention, person: Person, start: int, end: int, title: offices.Title) -> Claim:
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
        qualifiers=title.qualifiers(),
    )
