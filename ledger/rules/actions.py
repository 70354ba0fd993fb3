"""Actions: what one subject did to one object."""

from __future__ import annotations

from typing import Any

from ledger.actions import relation
from ledger.model import Claim
from ledger.rules import Verdict, rule


@rule("action-verb", property="action", feature="actions.feature")
def action_verb(a: Claim, b: Claim, params: dict[str, Any]) -> Verdict | None:
    """Two statements of what the same subject did to the same object are compared
    by their verbs, through the relations in data/id/verbs.yaml: verbs of contrasting
    meaning (memperpanjang, extend, vs memperluas, expand) are a contradiction; the
    same verb or verbs of the same meaning are consistent; a pair the data knows
    nothing about is not a finding."""
    va, vb = str(a.value_lo), str(b.value_lo)
    rel = relation(va, vb)
    sev = params["severity"]
    who = f"{a.qualifiers.get('subject')} … {a.qualifiers.get('object')}"
    if rel == "contrasting":
        return Verdict(
            "contradiction",
            sev["contradiction"],
            f"{who}: '{a.value_text}' ({va}) and '{b.value_text}' ({vb}) are verbs of "
            "contrasting meaning in data/id/verbs.yaml: both cannot be what happened.",
        )
    if rel == "same" and a.value_text.lower() != b.value_text.lower():
        return Verdict(
            "consistent",
            sev["consistent"],
            f"{who}: '{a.value_text}' and '{b.value_text}' mean the same.",
        )
    return None
