"""Step definitions for the entities, actions, quantities and quotes features."""

from __future__ import annotations

from typing import Any

from pytest_bdd import parsers, then

from tests.bdd.conftest import _claim, _db, q


def _claims_of(ctx: dict[str, Any], value: str, name: str, prop: str) -> list[dict[str, Any]]:
    return [r for r in _claim(ctx, value, name) if r["property"] == prop]


# Then ----------------------------------------------------------------------


@then(
    parsers.re(r"the claim " + q("value") + " in " + q("name") + " is the action " + q("subject"))
)
def action_of(ctx: dict[str, Any], value: str, name: str, subject: str) -> None:
    """The verb is read as one action claim whose subject carries agent and object."""
    rows = _claims_of(ctx, value, name, "action")
    assert [r["subject"] for r in rows] == [subject], rows


@then(parsers.re(q("a") + " and " + q("b") + " are two stories"))
def two_stories(ctx: dict[str, Any], a: str, b: str) -> None:
    """The articles tell different stories: what joins them is the person, not the story."""
    db = _db(ctx)
    stories = {
        r["name"]: r["story_id"]
        for r in db.query("select name, story_id from documents where name in (?, ?)", [a, b])
    }
    assert len(stories) == 2 and stories[a] != stories[b], stories


@then(parsers.re(q("a") + " and " + q("b") + " are two entities"))
def two_entities(ctx: dict[str, Any], a: str, b: str) -> None:
    """Both full names are people of the ledger, and not one person."""
    names = {r["name"] for r in _db(ctx).query("select name from entities where kind = 'person'")}
    assert {a, b} <= names, names
