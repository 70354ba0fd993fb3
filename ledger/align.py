"""Align: the pairs of claims that speak of the same slot (event, property).

Claims about no event, or an ambiguous one, are never paired: ambiguity is not a
finding. Two claims from the same sentence are never paired either. Claims of the
same document are paired (a related headline can contradict its own page).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from ledger.model import Claim, Finding, content_id
from ledger.rules import rules_for


def slots(claims: list[Claim]) -> dict[tuple[str, str], list[Claim]]:
    """Claims grouped by (event id, property), in reading order."""
    groups: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.event_id is not None:
            groups[(c.event_id, c.property)].append(c)
    return dict(groups)


def pairs(claims: list[Claim]) -> Iterator[tuple[Claim, Claim]]:
    """Every pair of claims of one slot, from different sentences."""
    for members in slots(claims).values():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if a.sentence_id != b.sentence_id:
                    yield a, b


def compare(claims: list[Claim]) -> list[Finding]:
    """Run every rule of each slot's property over each pair of its claims."""
    findings = []
    for a, b in pairs(claims):
        for r in rules_for(a.property):
            verdict = r(a, b)
            if verdict is None:
                continue
            findings.append(
                Finding(
                    id=content_id(r.id, *sorted((a.id, b.id))),
                    rule_id=r.id,
                    claim_a=a.id,
                    claim_b=b.id,
                    verdict=verdict.verdict,
                    severity=verdict.severity,
                    explanation=verdict.explanation,
                )
            )
    return findings
