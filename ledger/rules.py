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

RuleFunc = Callable[..., "Verdict | None"]


@dataclass(frozen=True)
class Verdict:
    """What a rule says of a pair of claims (or of one claim, for a rule of arity 1).

    ``confidence`` is the rule's own certainty about its reading (1.0: the data
    says so outright); :mod:`ledger.align` multiplies it with the certainty that
    both claims are about one fact. ``reasons`` are words for the editor.
    """

    verdict: str
    severity: str
    explanation: str
    confidence: float = 1.0
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rule:
    id: str
    property: str
    description: str
    feature: str  # the feature file under features/ that specifies it
    func: RuleFunc
    arity: int = 2  # 1: the rule judges one claim on its own (a weekday against its date)

    def params(self) -> dict[str, Any]:
        """The rule's parameters from ``data/rules.yaml``."""
        return dict(lexicon.load("rules", None).get(self.id, {}))

    def __call__(self, *claims: Claim) -> Verdict | None:
        if len(claims) != self.arity:
            raise TypeError(f"rule {self.id} judges {self.arity} claim(s), not {len(claims)}")
        return self.func(*claims, self.params())


REGISTRY: dict[str, Rule] = {}


def rule(
    rule_id: str, *, property: str, feature: str, arity: int = 2
) -> Callable[[RuleFunc], RuleFunc]:
    """Register ``func`` as the rule ``rule_id`` for claims of ``property``.

    A rule of arity 2 is called ``func(a, b, params)`` on two claims of one slot;
    one of arity 1 is called ``func(a, params)`` on every claim of the property.
    The function's docstring is the rule's description, as published in the ledger.
    """

    def register(func: RuleFunc) -> RuleFunc:
        if rule_id in REGISTRY:
            raise ValueError(f"rule {rule_id!r} is registered twice")
        doc = " ".join((func.__doc__ or "").split())
        REGISTRY[rule_id] = Rule(rule_id, property, doc, feature, func, arity)
        return func

    return register


def rules_for(prop: str, arity: int = 2) -> list[Rule]:
    """The registered rules of ``arity`` that judge claims of ``prop``.

    Rules register when their family is imported (:func:`ledger.families.load_all`).
    """
    return [r for r in REGISTRY.values() if r.property == prop and r.arity == arity]


def unregister(rule_id: str) -> None:
    """Remove a rule (tests that register a toy rule clean up with this)."""
    REGISTRY.pop(rule_id, None)
