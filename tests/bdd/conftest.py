"""Step definitions shared by every feature, grouped as Given / When / Then."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils
from pytest_bdd import given, parsers, then, when

from ledger import api

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
Q = r'"(?P<{}>[^"]*)"'


def q(name: str) -> str:
    return Q.format(name)


@pytest.fixture
def ctx(tmp_path: Path) -> dict[str, Any]:
    folder = tmp_path / "articles"
    folder.mkdir()
    return {"folder": folder, "db": tmp_path / "ledger.db"}


@pytest.fixture(scope="session")
def seeds_ledger(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, api.BuildResult]:
    db = tmp_path_factory.mktemp("seeds") / "ledger.db"
    return db, api.build([SEEDS], db)


def _db(ctx: dict[str, Any]) -> sqlite_utils.Database:
    return sqlite_utils.Database(ctx["db"])


def _doc_name(db: sqlite_utils.Database, prefix: str) -> str:
    names = [r["name"] for r in db["documents"].rows if r["name"].startswith(prefix)]
    assert len(names) == 1, f"{prefix!r} names {names}"
    return names[0]


# Given ---------------------------------------------------------------------


@given(parsers.re(r"an article " + q("name") + r" that says " + q("text")))
def article(ctx: dict[str, Any], name: str, text: str) -> None:
    """An article file holding exactly the given text."""
    (ctx["folder"] / name).write_text(text + "\n", encoding="utf-8")


@given(
    parsers.re(
        r"an article "
        + q("name")
        + r" published on (?P<published>\d{4}-\d\d-\d\d) that says "
        + q("text")
    )
)
def dated_article(ctx: dict[str, Any], name: str, published: str, text: str) -> None:
    """An article with a metadata sidecar giving its publication date."""
    (ctx["folder"] / name).write_text(text + "\n", encoding="utf-8")
    stem = name.rsplit(".", 1)[0]
    (ctx["folder"] / f"{stem}.meta.yaml").write_text(f"published: {published}\n", encoding="utf-8")


@given("the ledger built from the seeds")
def built_seeds(ctx: dict[str, Any], seeds_ledger: tuple[Path, api.BuildResult]) -> None:
    """The ledger of seeds/, built once per test session."""
    ctx["db"], ctx["result"] = seeds_ledger


@given("a folder with the seeds, an empty file, a binary file, a cp1252 file and a copy of a seed")
def bad_folder(ctx: dict[str, Any]) -> None:
    """The seeds plus four awkward files."""
    folder = ctx["folder"]
    ctx["db"] = folder.parent / "bad-input.db"  # not the shared ledger of the seeds
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, folder / seed.name)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00" * 20)
    (folder / "cp1252.txt").write_bytes(
        "Menteri itu berkata “kami siap” pada hari Senin, kata pejabat café.\n".encode("cp1252")
    )
    shutil.copy(SEEDS / "000_7dc6c93bd5e6ee5b.txt", folder / "copy.txt")


# When ----------------------------------------------------------------------


@when("the ledger is built")
@when("the ledger is built from that folder")
def build(ctx: dict[str, Any]) -> None:
    """Run the whole pipeline into a real SQLite file."""
    ctx["result"] = api.build([ctx["folder"]], ctx["db"])


# Then ----------------------------------------------------------------------


def _one_finding(
    ctx: dict[str, Any], prop: str, a: str, b: str, da: str = "", db_: str = ""
) -> dict[str, Any]:
    db = _db(ctx)
    rows = [
        r
        for r in db.query("select * from finding_report where property = ?", [prop])
        if {(r["value_a"], r["document_a"][: len(da)]), (r["value_b"], r["document_b"][: len(db_)])}
        == {(a, da), (b, db_)}
    ]
    assert len(rows) == 1, f"expected one {prop} finding between {a!r} and {b!r}, got {len(rows)}"
    return rows[0]


@then(parsers.re(r"there is a (?P<prop>\w+) finding between " + q("a") + " and " + q("b") + "$"))
def finding_between(ctx: dict[str, Any], prop: str, a: str, b: str) -> None:
    """Exactly one finding compares the two values."""
    ctx["finding"] = _one_finding(ctx, prop, a, b)


@then(
    parsers.re(
        r"there is a (?P<prop>\w+) finding between "
        + q("a")
        + " in "
        + q("da")
        + " and "
        + q("b")
        + " in "
        + q("db_")
    )
)
def finding_between_docs(ctx: dict[str, Any], prop: str, a: str, da: str, b: str, db_: str) -> None:
    """Exactly one finding compares the two values of the two named documents."""
    ctx["finding"] = _one_finding(ctx, prop, a, b, da, db_)


@then(parsers.re(r"its verdict is " + q("verdict")))
def verdict_is(ctx: dict[str, Any], verdict: str) -> None:
    assert ctx["finding"]["verdict"] == verdict, ctx["finding"]["explanation"]


@then(parsers.re(r"its explanation mentions " + q("text")))
def explanation_mentions(ctx: dict[str, Any], text: str) -> None:
    assert text in ctx["finding"]["explanation"], ctx["finding"]["explanation"]


@then(parsers.re(r"there is no (?P<prop>\w+) finding involving " + q("value")))
def no_finding(ctx: dict[str, Any], prop: str, value: str) -> None:
    """No finding of this property has the value on either side."""
    rows = list(
        _db(ctx).query(
            "select * from finding_report where property = ? and (value_a = ? or value_b = ?)",
            [prop, value, value],
        )
    )
    assert rows == [], [r["explanation"] for r in rows]
    claims = list(_db(ctx).query("select * from claims where value_text = ?", [value]))
    assert claims, f"no claim {value!r} at all: the scenario would pass for the wrong reason"


@then(parsers.re(r"the article " + q("name") + r" has no (?P<prop>\w+) claim"))
def no_claim(ctx: dict[str, Any], name: str, prop: str) -> None:
    db = _db(ctx)
    doc = _doc_name(db, name)
    rows = list(
        db.query(
            "select c.* from claims c join documents d on d.id = c.document_id "
            "where d.name = ? and c.property = ?",
            [doc, prop],
        )
    )
    assert rows == [], [r["value_text"] for r in rows]


def _claim(ctx: dict[str, Any], value: str, name: str) -> list[dict[str, Any]]:
    db = _db(ctx)
    doc = _doc_name(db, name)
    return list(
        db.query(
            "select c.* from claims c join documents d on d.id = c.document_id "
            "where d.name = ? and c.value_text = ?",
            [doc, value],
        )
    )


@then(
    parsers.re(
        r"the claim "
        + q("value")
        + " in "
        + q("name")
        + r" lies between (?P<lo>\d{4}-\d\d-\d\d) and (?P<hi>\d{4}-\d\d-\d\d)"
    )
)
def claim_between(ctx: dict[str, Any], value: str, name: str, lo: str, hi: str) -> None:
    """The claim's whole range lies within [lo, hi]."""
    rows = _claim(ctx, value, name)
    assert len(rows) == 1, rows
    assert rows[0]["value_lo"] is not None, rows[0]["normalised"]
    assert lo <= rows[0]["value_lo"] <= rows[0]["value_hi"] <= hi, rows[0]["normalised"]


def _one_claim_about(
    ctx: dict[str, Any], value: str, name: str, prop: str, subject: str
) -> dict[str, Any]:
    rows = _claim(ctx, value, name)
    assert [(r["property"], r["subject"]) for r in rows] == [(prop, subject)], rows
    return rows[0]


@then(parsers.re(r"the claim " + q("value") + " in " + q("name") + " dates the copy, not an event"))
def dates_the_copy(ctx: dict[str, Any], value: str, name: str) -> None:
    """The date after "dilansir X," is the copy's publication: a claim of no event
    (compared with nothing; only its weekday is checked), read by ingest as the date."""
    rows = _claim(ctx, value, name)
    assert [(r["event_id"], r["subject"]) for r in rows] == [(None, "")], rows
    assert "the date the copy cites" in rows[0]["qualifiers"]
    doc = _doc_name(_db(ctx), name)
    row = next(_db(ctx).query("select published_source from documents where name = ?", [doc]))
    assert value in (row["published_source"] or "")


@then(parsers.re(r"the article " + q("name") + r" is published on (?P<published>\d{4}-\d\d-\d\d)"))
def published_on(ctx: dict[str, Any], name: str, published: str) -> None:
    db = _db(ctx)
    doc = _doc_name(db, name)
    assert (
        db["documents"].get(next(db.query("select id from documents where name = ?", [doc]))["id"])[
            "published"
        ]
        == published
    )


def _spans_slice_back(ctx: dict[str, Any], table: str, column: str) -> None:
    db = _db(ctx)
    texts = {r["id"]: r["text"] for r in db["documents"].rows}
    rows = list(db[table].rows)
    assert rows, f"no {table} at all"
    for r in rows:
        assert texts[r["document_id"]][r["start"] : r["end"]] == r[column], r


@then("every claim's span in its document's text is its value text")
def claim_spans(ctx: dict[str, Any]) -> None:
    """documents.text[start:end] == claims.value_text, for every claim."""
    _spans_slice_back(ctx, "claims", "value_text")


@then("every sentence's span in its document's text is its text")
def sentence_spans(ctx: dict[str, Any]) -> None:
    _spans_slice_back(ctx, "sentences", "text")


@then(parsers.re(r"the seeds form (?P<n>\d+) stories: (?P<groups>.+)"))
def stories(ctx: dict[str, Any], n: str, groups: str) -> None:
    import json
    import re

    expected = sorted(g.split() for g in re.findall(r'"([^"]+)"', groups))
    rows = _db(ctx)["stories"].rows
    actual = sorted(sorted(name[:3] for name in json.loads(r["documents"])) for r in rows)
    assert len(actual) == int(n)
    assert actual == expected


@then("the contradictions are exactly")
def contradictions_exactly(ctx: dict[str, Any], datatable: list[list[str]]) -> None:
    expected = sorted((*tuple(sorted(row[1:])), row[0]) for row in datatable[1:])
    rows = _db(ctx).query("select * from finding_report where verdict = 'contradiction'")
    actual = sorted((*tuple(sorted((r["value_a"], r["value_b"]))), r["property"]) for r in rows)
    assert actual == expected


@then(parsers.re(r"the build names " + q("name") + " as a problem"))
def names_problem(ctx: dict[str, Any], name: str) -> None:
    problems = {Path(p.path).name: p.reason for p in ctx["result"].problems}
    assert name in problems, problems
    assert problems[name]


@then(parsers.re(r"the ledger holds (?P<n>\d+) documents"))
def holds_documents(ctx: dict[str, Any], n: str) -> None:
    assert _db(ctx)["documents"].count == int(n)


@then("the runs table lists every problem with its reason")
def runs_problems(ctx: dict[str, Any]) -> None:
    import json

    run = next(iter(_db(ctx).query("select * from runs order by started desc, rowid desc limit 1")))
    listed = {Path(p["path"]).name: p["reason"] for p in json.loads(run["problems"])}
    assert listed == {Path(p.path).name: p.reason for p in ctx["result"].problems}
    assert all(listed.values())


def _entities_of(ctx: dict[str, Any], alias: str) -> set[str]:
    rows = _db(ctx).query(
        "select e.name from aliases a join entities e on e.id = a.entity_id where a.alias = ?",
        [alias],
    )
    return {r["name"] for r in rows}


@then(parsers.re(r"its severity is " + q("severity")))
def severity_is(ctx: dict[str, Any], severity: str) -> None:
    assert ctx["finding"]["severity"] == severity


@then(parsers.re(q("alias") + " is an alias of " + q("name")))
def alias_of(ctx: dict[str, Any], alias: str, name: str) -> None:
    assert _entities_of(ctx, alias) == {name}


@then(parsers.re(q("a") + ", " + q("b") + " and " + q("c") + " are aliases of one entity"))
def aliases_of_one(ctx: dict[str, Any], a: str, b: str, c: str) -> None:
    owners = [_entities_of(ctx, alias) for alias in (a, b, c)]
    assert all(len(o) == 1 for o in owners), owners
    assert owners[0] == owners[1] == owners[2]


@then(parsers.re(q("a") + " and " + q("b") + " are different people"))
def different_people(ctx: dict[str, Any], a: str, b: str) -> None:
    """The two family names belong to two entities; the shared given name to both."""
    family_a, family_b = _entities_of(ctx, a.split()[-1]), _entities_of(ctx, b.split()[-1])
    assert len(family_a) == len(family_b) == 1 and family_a != family_b
    assert _entities_of(ctx, a.split()[0]) == family_a | family_b


@then(parsers.re(r"there is no (?P<prop>\w+) finding between " + q("a") + " and " + q("b")))
def no_finding_between(ctx: dict[str, Any], prop: str, a: str, b: str) -> None:
    rows = list(
        _db(ctx).query(
            "select * from finding_report where property = ? and "
            "((value_a = ? and value_b = ?) or (value_a = ? and value_b = ?))",
            [prop, a, b, b, a],
        )
    )
    assert rows == []


@then(parsers.re(r"there is no (?P<prop>\w+) finding with the verdict " + q("verdict")))
def no_finding_with_verdict(ctx: dict[str, Any], prop: str, verdict: str) -> None:
    rows = list(
        _db(ctx).query(
            "select explanation from finding_report where property = ? and verdict = ?",
            [prop, verdict],
        )
    )
    assert rows == [], rows
    claims = list(_db(ctx).query("select id from claims where property = ?", [prop]))
    assert claims, f"no {prop} claim at all: the scenario would pass for the wrong reason"


@then(parsers.re(r"no title finding about (?P<people>.+) is a contradiction"))
def no_title_contradiction(ctx: dict[str, Any], people: str) -> None:
    import re

    for person in re.findall(r'"([^"]+)"', people):
        rows = list(
            _db(ctx).query(
                "select count(*) as n from claims where property = 'title' and subject = ?",
                [person],
            )
        )
        assert rows[0]["n"] >= 2, f"{person} has fewer than two titles: nothing to compare"
        bad = list(
            _db(ctx).query(
                "select explanation from finding_report where property = 'title' "
                "and verdict = 'contradiction' and subject = ?",
                [person],
            )
        )
        assert bad == [], bad


@then(
    parsers.re(
        r"the article " + q("name") + r" has a title claim " + q("title") + " about " + q("person")
    )
)
def has_title_claim(ctx: dict[str, Any], name: str, title: str, person: str) -> None:
    _one_claim_about(ctx, title, name, "title", person)


@then(
    parsers.re(r"the ledger has the person " + q("person") + r" with a name claim in " + q("name"))
)
def person_with_name_claim(ctx: dict[str, Any], person: str, name: str) -> None:
    db = _db(ctx)
    doc = _doc_name(db, name)
    rows = list(
        db.query(
            "select c.value_text from claims c join entities e on e.id = c.entity_id "
            "join documents d on d.id = c.document_id "
            "where e.kind = 'person' and e.name = ? and d.name = ? and c.property = 'name'",
            [person, doc],
        )
    )
    assert {r["value_text"] for r in rows} >= set(person.split())


@then(
    parsers.re(
        r"the (?P<kind>\w+) "
        + q("entity")
        + r" has the quantity claim "
        + q("value")
        + " in "
        + q("name")
        + r" read as (?P<amount>\d+) (?P<unit>\w+)"
    )
)
def entity_quantity(
    ctx: dict[str, Any], kind: str, entity: str, value: str, name: str, amount: str, unit: str
) -> None:
    """The amount is claimed of the entity, and the entity is a known one of data/."""
    row = _one_claim_about(ctx, value, name, "quantity", entity)
    assert (row["value_lo"], row["value_hi"], row["unit"]) == (float(amount), float(amount), unit)
    kinds = {
        r["kind"] for r in _db(ctx).query("select kind from entities where name = ?", [entity])
    }
    assert kinds == {kind}


@then(parsers.re(r"the quotation " + q("value") + " in " + q("name") + " is by " + q("person")))
def quotation_by(ctx: dict[str, Any], value: str, name: str, person: str) -> None:
    _one_claim_about(ctx, value, name, "quote", person)


@then(
    parsers.re(
        r"a quote finding of "
        + q("person")
        + " between "
        + q("da")
        + " and "
        + q("db_")
        + " is a "
        + q("verdict")
        + " that mentions "
        + q("text")
    )
)
def quote_finding_of(
    ctx: dict[str, Any], person: str, da: str, db_: str, verdict: str, text: str
) -> None:
    rows = [
        r
        for r in _db(ctx).query(
            "select * from finding_report where property = 'quote' and subject = ?", [person]
        )
        if {r["document_a"][: len(da)], r["document_b"][: len(db_)]} == {da, db_}
    ]
    assert len(rows) == 1, rows
    assert rows[0]["verdict"] == verdict and text in rows[0]["explanation"], rows[0]


@then(parsers.re(q("a") + " and " + q("b") + " are different people by their given names"))
def different_people_by_given(ctx: dict[str, Any], a: str, b: str) -> None:
    owners = [_entities_of(ctx, name.split()[0]) for name in (a, b)]
    assert owners[0] and owners[1] and owners[0] != owners[1], owners
    names = {r["name"] for r in _db(ctx).query("select name from entities where kind = 'person'")}
    assert {a, b} <= names


@then(parsers.re(r"the lone " + q("word") + " is nobody's name claim"))
def lone_word_unresolved(ctx: dict[str, Any], word: str) -> None:
    rows = list(
        _db(ctx).query(
            "select c.start, s.text from claims c join sentences s on s.id = c.sentence_id "
            "where c.property = 'name' and c.value_text = ?",
            [word],
        )
    )
    # Only the two full names carry the word; the sentence-initial lone one is left alone.
    assert len(rows) == 2, rows


@then("every finding compares two claims about the same subject in the same story")
def same_subject_same_story(ctx: dict[str, Any]) -> None:
    rows = list(
        _db(ctx).query(
            "select f.property, ca.event_id as ea, cb.event_id as eb, ca.entity_id as na, "
            "cb.entity_id as nb, ca.subject as sa, cb.subject as sb, da.story_id as ta, "
            "db.story_id as tb from findings f join claims ca on ca.id = f.claim_a "
            "join claims cb on cb.id = f.claim_b join documents da on da.id = ca.document_id "
            "join documents db on db.id = cb.document_id"
        )
    )
    assert rows
    for r in rows:
        if r["property"] in ("name", "title"):
            assert r["na"] == r["nb"] and r["na"], r  # people are compared across stories
        elif r["property"] in ("quote", "quantity", "action"):
            assert r["sa"] == r["sb"] and r["ta"] == r["tb"], r
        else:
            assert r["ea"] == r["eb"] and r["ea"] and r["ta"] == r["tb"], r
