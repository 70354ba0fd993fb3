"""Steps that build the ledger, and what the build itself reports (its problems, its
documents, its run).

The built ledger is handed on as the ``ledger`` fixture (a
:class:`~tests.bdd.support.Ledger`), which every Then step reads.
"""

from __future__ import annotations

import json
from pathlib import Path

from pytest_bdd import given, then, when

from ledger import api
from tests.bdd.steps_articles import PAGE_FURNITURE
from tests.bdd.support import Ledger, sentence

# Given ---------------------------------------------------------------------


@given("the ledger built from the seeds", target_fixture="ledger")
def built_seeds(seeds_ledger: Ledger) -> Ledger:
    """The ledger of seeds/, built once per test session."""
    return seeds_ledger


# When ----------------------------------------------------------------------


@when("the ledger is built", target_fixture="ledger")
@when("the ledger is built from that folder", target_fixture="ledger")
def build(articles: Path, ledger_path: Path) -> Ledger:
    """Run the whole pipeline over the articles into a real SQLite file."""
    return Ledger.build(articles, ledger_path)


@when(
    sentence('the ledger is built from that folder and "{name:phrase}" beside it'),
    target_fixture="ledger",
)
def build_beside(articles: Path, ledger_path: Path, name: str) -> Ledger:
    """Build from the folder and one more path named beside it (it may not exist)."""
    return Ledger(ledger_path, api.build([articles, articles.parent / name], ledger_path))


# Then ----------------------------------------------------------------------


@then(sentence('the build names "{name:phrase}" as a problem'))
def names_problem(ledger: Ledger, name: str) -> None:
    """The file is among the build's problems, with a reason."""
    problems = {Path(p.path).name: p.reason for p in ledger.result.problems}
    assert name in problems, problems
    assert problems[name]


@then(sentence('the build names "{name:phrase}" as a problem: "{reason:phrase}"'))
def names_problem_because(ledger: Ledger, name: str, reason: str) -> None:
    """The file is among the build's problems, and its reason says this."""
    problems = {Path(p.path).name: p.reason for p in ledger.result.problems}
    assert reason in problems.get(name, ""), problems


@then(sentence('the summary says "{text:phrase}"'))
def summary_says(ledger: Ledger, text: str) -> None:
    """The build's summary (what ``ledger build`` prints) has these words; runs of
    spaces that align its columns count as one."""
    summary = " ".join(ledger.result.summary().split())
    assert " ".join(text.split()) in summary, ledger.result.summary()


@then(sentence('the article "{name:phrase}" is from "{outlet:phrase}"'))
def outlet_of(ledger: Ledger, name: str, outlet: str) -> None:
    """The outlet ingest gave the article (from a sidecar, the page, or its dateline)."""
    row = ledger.rows("select outlet from documents where name = ?", [ledger.document(name)])
    assert row[0]["outlet"] == outlet


@then("no sentence holds the page's navigation, scripts or footer")
def no_page_furniture(ledger: Ledger) -> None:
    """Only the page's main text became sentences."""
    sentences = [r["text"] for r in ledger.rows("select text from sentences")]
    assert sentences
    assert not [s for s in sentences if any(w in s for w in PAGE_FURNITURE)], sentences


@then(sentence("the ledger holds {n:d} documents"))
def holds_documents(ledger: Ledger, n: int) -> None:
    """Every file that could be read went in, once (a copy is not a second document)."""
    assert ledger.db["documents"].count == n


@then("the runs table lists every problem with its reason")
def runs_problems(ledger: Ledger) -> None:
    """The last run stored the very problems the build reported, each with a reason."""
    run = ledger.rows("select * from runs order by started desc, rowid desc limit 1")[0]
    listed = {Path(p["path"]).name: p["reason"] for p in json.loads(run["problems"])}
    assert listed == {Path(p.path).name: p.reason for p in ledger.result.problems}
    assert all(listed.values())
