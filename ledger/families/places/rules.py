"""Places: where an event happened, through the aliases of data/id/entities.yaml."""

from __future__ import annotations

from typing import Any

from ledger.model import Claim
from ledger.rules import Verdict, rule


@rule("place-alias", property="place", feature="places.feature")
def place_alias(a: Claim, b: Claim, params: dict[str, Any]) -> Verdict | None:
    """Two statements of where the same event happened are resolved through the
    place aliases (Brussel / Brussels, Jenewa / Geneva). The same place in other
    words is consistent; two different places are a contradiction (the event
    linker rarely lets that happen: a mention with another place is taken for
    another event, unless it agrees with one on everything else that
    identifies it, and then only its place is compared with that one's). The
    same words twice are not a finding."""
    if a.value_text == b.value_text:
        return None
    sev = params["severity"]
    if a.value_lo == b.value_lo:
        return Verdict(
            "consistent",
            sev["consistent"],
            f"'{a.value_text}' and '{b.value_text}' are names of one place ({a.value_lo}).",
        )
    twin = a.qualifiers.get("twin_of") or b.qualifiers.get("twin_of")
    return Verdict(
        "contradiction",
        sev["contradiction"],
        f"'{a.value_text}' ({a.value_lo}) and '{b.value_text}' ({b.value_lo}) are different "
        "places for the same event.",
        reasons=(str(params["twin_reason"]),) if twin else (),
    )
