"""What the step modules share: the built ledger as the Then steps read it, and the
typed fields of the step sentences.

A step hands the ledger on as a :class:`Ledger` (``target_fixture="ledger"``) and a
finding as its row (``target_fixture="finding"``); nothing is kept in a shared dict.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import parse as base_parse
import sqlite_utils
from pytest_bdd import parsers

from ledger import api

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"

Row = dict[str, Any]


# The typed fields of a step sentence --------------------------------------


@base_parse.with_pattern(r'[^"]*')
def _phrase(text: str) -> str:
    """The words between two double quotes (a quoted value never holds one)."""
    return text


@base_parse.with_pattern(r"\d{4}-\d\d-\d\d")
def _day(text: str) -> str:
    """An ISO day, kept as text: the ledger stores days as ISO text and compares them so."""
    return text


@base_parse.with_pattern(r'"[^"]*"(?:(?:, |,? and |,? or )"[^"]*")*')
def _phrases(text: str) -> list[str]:
    """A list of quoted phrases: ``"a", "b" and "c"`` (or ``... or "c"``)."""
    return re.findall(r'"([^"]*)"', text)


@base_parse.with_pattern(r"one|no")
def _one_or_no(text: str) -> int:
    """ "one" or "no", as a count."""
    return {"one": 1, "no": 0}[text]


TYPES = {"phrase": _phrase, "day": _day, "phrases": _phrases, "one_or_no": _one_or_no}


def sentence(pattern: str) -> parsers.parse:
    """A step sentence with typed fields, matched whole and case-sensitively.

    Besides parse's own types (``{n:d}``, ``{lo:g}``, ``{prop:w}``) a field may be a
    ``{x:phrase}`` (written between double quotes in the sentence), a ``{x:day}``
    (2021-07-28), a ``{x:phrases}`` (``"a", "b" and "c"``) or a ``{x:one_or_no}``.
    """
    return parsers.parse(pattern, extra_types=TYPES, case_sensitive=True)


# The built ledger ---------------------------------------------------------


@dataclass(frozen=True)
class Ledger:
    """A ledger built into a SQLite file, and what the build reported."""

    path: Path
    result: api.BuildResult

    @classmethod
    def build(cls, folder: Path, path: Path) -> Ledger:
        """Run the whole pipeline over ``folder`` into a real SQLite file."""
        return cls(path, api.build([folder], path))

    @cached_property
    def db(self) -> sqlite_utils.Database:
        """One connection per ledger (the seeds ledger is shared by the whole session)."""
        return sqlite_utils.Database(self.path)

    def rows(self, sql: str, params: list[Any] | None = None) -> list[Row]:
        """The rows of a query, as a list (so a step can assert on it and show it)."""
        return list(self.db.query(sql, params or []))

    def document(self, prefix: str) -> str:
        """The name of the one document whose name starts with ``prefix`` ("003")."""
        names = [r["name"] for r in self.db["documents"].rows if r["name"].startswith(prefix)]
        assert len(names) == 1, f"{prefix!r} names {names}"
        return names[0]

    def claims_in(self, name: str, value: str) -> list[Row]:
        """The claims with these words in the document named by ``name``."""
        return self.rows(
            "select c.* from claims c join documents d on d.id = c.document_id "
            "where d.name = ? and c.value_text = ?",
            [self.document(name), value],
        )

    def one_claim_about(self, value: str, name: str, prop: str, subject: str) -> Row:
        """The words in the document are exactly one claim, of ``prop`` about ``subject``."""
        rows = self.claims_in(name, value)
        assert [(r["property"], r["subject"]) for r in rows] == [(prop, subject)], rows
        return rows[0]

    def require_claims(self, prop: str, *values: str) -> None:
        """Each value is a claim of ``prop`` (else a "never" step passes for the wrong reason)."""
        for value in values:
            rows = self.rows(
                "select id from claims where property = ? and value_text = ?", [prop, value]
            )
            assert rows, f"no {prop} claim {value!r}: the scenario would pass for the wrong reason"

    def findings_between(self, prop: str, a: str, b: str) -> list[Row]:
        """The findings of ``prop`` that pair the values ``a`` and ``b``, either way round."""
        return self.rows(
            "select * from finding_report where property = ? and "
            "((value_a = ? and value_b = ?) or (value_a = ? and value_b = ?))",
            [prop, a, b, b, a],
        )

    def entities_of(self, alias: str) -> set[str]:
        """The names of the entities that ``alias`` is an alias of."""
        rows = self.rows(
            "select e.name from aliases a join entities e on e.id = a.entity_id where a.alias = ?",
            [alias],
        )
        return {r["name"] for r in rows}

    def people(self) -> set[str]:
        """The names of the entities that are people."""
        return {r["name"] for r in self.rows("select name from entities where kind = 'person'")}
