"""Steps about occasions and stories: which claims are about one occasion, and so are
compared at all, and which articles tell one story."""

from __future__ import annotations

import json

from pytest_bdd import then

from tests.bdd.support import Ledger, sentence

# Then: which claims are compared --------------------------------------------


@then(sentence('the {prop:w} claims "{a:phrase}" and "{b:phrase}" are never compared'))
def never_compared(ledger: Ledger, prop: str, a: str, b: str) -> None:
    """Both claims are in the ledger, and no finding of any verdict pairs them."""
    ledger.require_claims(prop, a, b)
    rows = ledger.findings_between(prop, a, b)
    assert rows == [], [(r["verdict"], r["explanation"], r["reasons"]) for r in rows]


@then(sentence('the {prop:w} claims "{a:phrase}" and "{b:phrase}" are not called a contradiction'))
def not_contradiction(ledger: Ledger, prop: str, a: str, b: str) -> None:
    """Both claims are in the ledger; a finding may pair them, but not as a contradiction."""
    ledger.require_claims(prop, a, b)
    rows = [r for r in ledger.findings_between(prop, a, b) if r["verdict"] == "contradiction"]
    assert rows == [], [(r["explanation"], r["reasons"]) for r in rows]


@then("every finding compares two claims about the same subject in the same story")
def same_subject_same_story(ledger: Ledger) -> None:
    """People are compared across stories; everything else within one story, and claims
    about an occasion only within that occasion. Two people's titles are compared
    only as holders of one post, within one story (rule title-holder)."""
    rows = ledger.rows(
        "select f.rule_id, f.property, ca.event_id as ea, cb.event_id as eb, ca.entity_id as na, "
        "cb.entity_id as nb, ca.subject as sa, cb.subject as sb, da.story_id as ta, "
        "db.story_id as tb from findings f join claims ca on ca.id = f.claim_a "
        "join claims cb on cb.id = f.claim_b join documents da on da.id = ca.document_id "
        "join documents db on db.id = cb.document_id"
    )
    assert rows
    for r in rows:
        if r["rule_id"] == "title-holder":
            assert r["na"] != r["nb"] and r["ta"] == r["tb"], r
        elif r["property"] in ("name", "title"):
            assert r["na"] == r["nb"] and r["na"], r
        elif r["property"] in ("quote", "quantity", "action"):
            assert r["sa"] == r["sb"] and r["ta"] == r["tb"], r
        else:
            assert r["ea"] == r["eb"] and r["ea"] and r["ta"] == r["tb"], r


# Then: stories -------------------------------------------------------------


@then(sentence("the seeds form {n:d} stories: {groups:phrases}"))
def stories(ledger: Ledger, n: int, groups: list[str]) -> None:
    """The stories, each as the sorted three-digit prefixes of its documents."""
    expected = sorted(g.split() for g in groups)
    rows = ledger.db["stories"].rows
    actual = sorted(sorted(name[:3] for name in json.loads(r["documents"])) for r in rows)
    assert len(actual) == n
    assert actual == expected


@then(sentence('"{a:phrase}" and "{b:phrase}" are two stories'))
def two_stories(ledger: Ledger, a: str, b: str) -> None:
    """The articles tell different stories: what joins them is the person, not the story."""
    stories = {
        r["name"]: r["story_id"]
        for r in ledger.rows("select name, story_id from documents where name in (?, ?)", [a, b])
    }
    assert len(stories) == 2 and stories[a] != stories[b], stories


@then(sentence('"{a:phrase}" and "{b:phrase}" are one story'))
def one_story(ledger: Ledger, a: str, b: str) -> None:
    """The articles tell one story, however far apart they were published."""
    stories = {
        r["name"]: r["story_id"]
        for r in ledger.rows("select name, story_id from documents where name in (?, ?)", [a, b])
    }
    assert len(stories) == 2 and stories[a] == stories[b], stories
