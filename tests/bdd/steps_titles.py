"""Steps about titles: how a person's title is read, which titles are compared, and
which an article claims."""

from __future__ import annotations

from pytest_bdd import then

from tests.bdd.support import Ledger, Row, sentence


def _title_claim(ledger: Ledger, title: str, person: str) -> Row:
    """The one title claim with these words about this person (a scenario that
    found none would pass for the wrong reason)."""
    rows = ledger.rows(
        "select * from claims where property = 'title' and value_text = ? and subject = ?",
        [title, person],
    )
    assert len(rows) == 1, f"expected one title claim {title!r} about {person!r}, got {rows}"
    return rows[0]


# Then ----------------------------------------------------------------------


@then(sentence('the title "{title:phrase}" of "{person:phrase}" is read as "{words:phrase}"'))
def title_read_as(ledger: Ledger, title: str, person: str, words: str) -> None:
    """How the title was read (rank, office, country, former, acting...) says these words."""
    claim = _title_claim(ledger, title, person)
    assert words in claim["normalised"], claim["normalised"]


@then(sentence('the titles "{a:phrase}" and "{b:phrase}" of "{person:phrase}" are not compared'))
def titles_not_compared(ledger: Ledger, a: str, b: str, person: str) -> None:
    """Both titles are claims about the person, and no finding of any verdict pairs them."""
    ids = {_title_claim(ledger, a, person)["id"], _title_claim(ledger, b, person)["id"]}
    rows = [
        r
        for r in ledger.rows("select * from findings where rule_id = 'title-rank'")
        if {r["claim_a"], r["claim_b"]} == ids
    ]
    assert rows == [], [r["explanation"] for r in rows]


@then(
    sentence(
        'the article "{name:phrase}" has {claims:one_or_no} title claim about "{person:phrase}"'
    )
)
def title_claims_of(ledger: Ledger, name: str, claims: int, person: str) -> None:
    """How many title claims the article makes about the person (the person must be
    found in it, or "no" would pass for the wrong reason)."""
    rows = ledger.rows(
        "select c.property, c.value_text from claims c join documents d "
        "on d.id = c.document_id where d.name = ? and c.subject = ?",
        [name, person],
    )
    assert any(r["property"] == "name" for r in rows), f"{person} is not found in {name}"
    titles = [r["value_text"] for r in rows if r["property"] == "title"]
    assert len(titles) == claims, titles


@then(
    sentence(
        'the article "{name:phrase}" has a title claim "{title:phrase}" about "{person:phrase}"'
    )
)
def has_title_claim(ledger: Ledger, name: str, title: str, person: str) -> None:
    """The words are exactly one title claim in the article, about the person."""
    ledger.one_claim_about(title, name, "title", person)


@then(sentence("no title finding about {people:phrases} is a contradiction"))
def no_title_contradiction(ledger: Ledger, people: list[str]) -> None:
    """Each person has two titles or more to compare, and none is called a contradiction."""
    assert people
    for person in people:
        rows = ledger.rows(
            "select count(*) as n from claims where property = 'title' and subject = ?", [person]
        )
        assert rows[0]["n"] >= 2, f"{person} has fewer than two titles: nothing to compare"
        bad = ledger.rows(
            "select explanation from finding_report where property = 'title' "
            "and verdict = 'contradiction' and subject = ?",
            [person],
        )
        assert bad == [], bad
