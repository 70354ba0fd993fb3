"""Step definitions for the entities, actions, quantities and quotes features."""

from __future__ import annotations

from typing import Any

from pytest_bdd import parsers, then

from tests.bdd.conftest import _claim, q


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
