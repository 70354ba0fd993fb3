"""Rules compare two claims of the same slot and return a verdict.

A rule is a pure function registered under a stable kebab-case id with
:func:`rule`. Its parameters live in ``data/rules.yaml`` under the same id, and
its Gherkin feature under ``features/``. The registry is what the ``rules``
table of the ledger publishes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ledger import lexicon
from ledger.model import Claim

RuleFunc = Callable[[Claim, Claim, dict[str, Any]], "Verdict | None"]


@dataclass(frozen=True)
class Verdict:
    """What a rule says of a pair of claims."""

    verdict: str
    severity: str
    explanation: str


@dataclass(frozen=True)
class Rule:
    id: str
    property: str
    description: str
    feature: str  # the feature file under features/ that specifies it
    func: RuleFunc

    def params(self) -> dict[str, Any]:
        """The rule's parameters from ``data/rules.yaml``."""
        return dict(lexicon.load("rules", None).get(self.id, {}))

    def __call__(self, a: Claim, b: Claim) -> Verdict | None:
        return self.func(a, b, self.params())


REGISTRY: dict[str, Rule] = {}


def rule(rule_id: str, *, property: str, feature: str) -> Callable[[RuleFunc], RuleFunc]:
    """Register ``func`` as the rule ``rule_id`` for claims of ``property``.

    The function's docstring is the rule's description, as published in the ledger.
    """

    def register(func: RuleFunc) -> RuleFunc:
        if rule_id in REGISTRY:
            raise ValueError(f"rule {rule_id!r} is registered twice")
        doc = " ".join((func.__doc__ or "").split())
        REGISTRY[rule_id] = Rule(rule_id, property, doc, feature, func)
        return func

    return register


def rules_for(prop: str) -> list[Rule]:
    """The registered rules that compare claims of ``prop``."""
    load_all()
    return [r for r in REGISTRY.values() if r.property == prop]


def load_all() -> dict[str, Rule]:
    """Import every rule family so that each registers itself."""
    from ledger.rules import (  # noqa: F401
        actions,
        dates,
        durations,
        names,
        places,
        quantities,
        quotes,
        titles,
    )

    return REGISTRY
