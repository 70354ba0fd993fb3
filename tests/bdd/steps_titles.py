"""Step definitions for the titles features (loaded through pytest_plugins in tests/conftest.py)."""

from __future__ import annotations

from typing import Any

from pytest_bdd import parsers, then

from tests.bdd.conftest import _db, q


def _title_claim(ctx: dict[str, Any], title: str, person: str) -> dict[str, Any]:
    """The one title claim with these words about this person (a scenario that
    found none would pass for the wrong reason)."""
    rows = list(
        _db(ctx).query(
            "select * from claims where property = 'title' and value_text = ? and subject = ?",
            [title, person],
        )
    )
    assert len(rows) == 1, f"expected one title claim {title!r} about {person!r}, got {rows}"
    return rows[0]


@then(parsers.re(r"the title " + q("title") + " of " + q("person") + " is read as " + q("words")))
def title_read_as(ctx: dict[str, Any], title: str, person: str, words: str) -> None:
    """How the title was read (rank, office, country, former, acting...) says these words."""
    claim = _title_claim(ctx, title, person)
    assert words in claim["normalised"], claim["normalised"]


@then(
    parsers.re(
        r"the titles " + q("a") + " and " + q("b") + " of " + q("person") + " are not compared"
    )
)
def titles_not_compared(ctx: dict[str, Any], a: str, b: str, person: str) -> None:
    """Both titles are claims about the person, and no finding of any verdict pairs them."""
    ids = {_title_claim(ctx, a, person)["id"], _title_claim(ctx, b, person)["id"]}
    rows = [
        r
        for r in _db(ctx).query("select * from findings where rule_id = 'title-rank'")
        if {r["claim_a"], r["claim_b"]} == ids
    ]
    assert rows == [], [r["explanation"] for r in rows]


@then(
    parsers.re(
        r"the article " + q("name") + r" has (?P<claims>one|no) title claim about " + q("person")
    )
)
def title_claims_of(ctx: dict[str, Any], name: str, claims: str, person: str) -> None:
    """How many title claims the article makes about the person (the person must be
    found in it, or "no" would pass for the wrong reason)."""
    rows = list(
        _db(ctx).query(
            "select c.property, c.value_text from claims c join documents d "
            "on d.id = c.document_id where d.name = ? and c.subject = ?",
            [name, person],
        )
    )
    assert any(r["property"] == "name" for r in rows), f"{person} is not found in {name}"
    titles = [r["value_text"] for r in rows if r["property"] == "title"]
    assert len(titles) == {"one": 1, "no": 0}[claims], titles
