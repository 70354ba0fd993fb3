"""ledger evaluate: a key of an editor's cases scored against a real built ledger."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from ledger import api
from ledger.cli import cli
from ledger.evaluate import KeyFileError, evaluate, gate, load_key

A = "Pembicaraan AS-Rusia di Jenewa berlangsung dua jam pada Senin."
B = (
    "Pembicaraan AS-Rusia di Jenewa berlangsung 40 menit pada Senin. "
    "Sebelumnya, pembicaraan AS-Rusia berlangsung tiga jam di Roma."
)
C = "Pembicaraan AS-Rusia di Jenewa berlangsung hampir dua jam."


@pytest.fixture
def built(tmp_path: Path) -> Path:
    folder = tmp_path / "check"
    folder.mkdir()
    for name, text in (("a.txt", A), ("b.txt", B), ("c.txt", C)):
        (folder / name).write_text(text + "\n", encoding="utf-8")
    db = tmp_path / "ledger.db"
    api.build([folder], db)
    return db


def write_key(tmp_path: Path, items: list[dict[str, object]]) -> Path:
    key = tmp_path / "key.yaml"
    data = {"splits": {"check": "check/"}, "exhaustive": ["contradiction"], "items": items}
    key.write_text(json.dumps(data), encoding="utf-8")  # JSON is YAML
    return key


def item(i: str, verdict: str, a: tuple[str, str], b: tuple[str, str]) -> dict[str, object]:
    return {
        "id": i,
        "split": "check",
        "property": "duration",
        "verdict": verdict,
        "kind": "test",
        "a": {"doc": a[0], "text": a[1]},
        "b": {"doc": b[0], "text": b[1]},
    }


def test_a_found_contradiction_scores_precision_and_recall(tmp_path: Path, built: Path) -> None:
    key = write_key(
        tmp_path,
        [
            item("k1", "contradiction", ("a.txt", "dua jam"), ("b.txt", "40 menit")),
            item("k2", "contradiction", ("b.txt", "40 menit"), ("c.txt", "hampir dua jam")),
            item("k3", "different-event", ("b.txt", "tiga jam"), ("a.txt", "dua jam")),
            item("k4", "consistent", ("a.txt", "dua jam"), ("c.txt", "hampir dua jam")),
        ],
    )
    report = evaluate(load_key(key), built, split="check")
    total = report.total("contradiction")
    assert (total.found, total.false, total.expected, total.matched) == (2, 0, 2, 2)
    assert total.precision == total.recall == 1.0
    assert report.total("consistent").recall == 1.0
    assert report.cross_event == []
    assert gate(report, 0.9, 0.8) == []


def test_a_contradiction_the_key_does_not_list_is_false(tmp_path: Path, built: Path) -> None:
    key = write_key(
        tmp_path, [item("k1", "contradiction", ("a.txt", "dua jam"), ("b.txt", "40 menit"))]
    )
    report = evaluate(load_key(key), built, split="check")
    total = report.total("contradiction")
    assert total.found == 1 and total.false == 1  # b vs c is not in this key
    assert total.precision == 0.5
    assert gate(report, 0.9, 0.8) == ["contradiction precision 0.50 < 0.9"]


def test_a_contradiction_on_a_different_event_item_fails_the_gate(
    tmp_path: Path, built: Path
) -> None:
    key = write_key(
        tmp_path, [item("k1", "different-event", ("a.txt", "dua jam"), ("b.txt", "40 menit"))]
    )
    report = evaluate(load_key(key), built, split="check")
    assert len(report.cross_event) == 1
    assert "1 contradiction(s) between different events" in gate(report, 0.0, 0.0)


def _dated_check(tmp_path: Path, texts: dict[str, str], published: str) -> tuple[Path, Path]:
    """A `check` folder of the given articles, each with a sidecar dating it, and
    the ledger built from it."""
    folder = tmp_path / "check"
    folder.mkdir()
    for name, text in texts.items():
        (folder / name).write_text(text + "\n", encoding="utf-8")
        (folder / name.replace(".txt", ".meta.yaml")).write_text(
            f"published: {published}\n", encoding="utf-8"
        )
    db = tmp_path / "ledger.db"
    api.build([folder], db)
    return folder, db


def test_the_pair_view_of_a_one_claim_weekday_slip_matches_its_item(tmp_path: Path) -> None:
    """9 June 2026 was a Tuesday: "Senin (9/6)" is a weekday slip, keyed as one
    claim; the ledger also shows it beside the other source's "Selasa (9/6)" (one
    day, two weekdays), and that pair is the same slip, not a false finding. A
    pair of another value (the 10th) stays unlisted, so it is still false."""
    texts = {
        "a.txt": "Menteri luar negeri Norwegia dan Swedia bertemu di Oslo pada Selasa (9/6).",
        "b.txt": "Menteri luar negeri Norwegia dan Swedia bertemu di Oslo pada Senin (9/6).",
    }
    folder, db = _dated_check(tmp_path, texts, "2026-06-12")
    slip = {
        "id": "k1",
        "split": "check",
        "property": "date",
        "verdict": "contradiction",
        "kind": "weekday-date",
        "a": {"doc": "b.txt", "text": "Senin (9/6)"},
    }
    report = evaluate(load_key(write_key(tmp_path, [slip])), db, split="check")
    total = report.total("contradiction")
    assert (total.found, total.false, total.matched) == (2, 0, 1)  # the one claim and the pair

    (folder / "a.txt").write_text(texts["a.txt"].replace("Selasa (9/6)", "Rabu (10/6)") + "\n")
    api.build([folder], db)
    report = evaluate(load_key(write_key(tmp_path, [slip])), db, split="check")
    total = report.total("contradiction")
    assert (total.found, total.false) == (1, 1)  # "Rabu (10/6)" vs "Senin (9/6)": unlisted


def test_a_miss_is_listed_with_its_words(tmp_path: Path, built: Path) -> None:
    key = write_key(
        tmp_path, [item("k1", "contradiction", ("a.txt", "Senin"), ("c.txt", "hampir dua jam"))]
    )
    report = evaluate(load_key(key), built, split="check")
    assert [m.id for m in report.misses] == ["k1"]
    assert report.total("contradiction").recall == 0.0
    assert report.miss_sentences["k1"] == [("A", "a.txt", A), ("B", "c.txt", C)]


def test_cli_prints_the_table_and_exits_1_below_the_gate(tmp_path: Path, built: Path) -> None:
    key = write_key(
        tmp_path, [item("k1", "contradiction", ("a.txt", "Senin"), ("c.txt", "dua jam"))]
    )
    args = ["evaluate", str(key), "--db", str(built), "--split", "check"]
    result = CliRunner().invoke(cli, [*args, "--min-precision", "0.9", "--min-recall", "0.8"])
    assert result.exit_code == 1
    assert "duration" in result.output and "Missed:" in result.output
    as_json = CliRunner().invoke(cli, [*args, "--json"])
    assert as_json.exit_code == 0
    assert json.loads(as_json.output)["total"]["contradiction"]["expected"] == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("items: 3", "a list of 'items'"),
        ("items: [{id: x, verdict: maybe, a: {doc: a.txt, text: t}}]", "verdict 'maybe'"),
        ("items: [{id: x, verdict: variant}]", "side 'a' is missing"),
        ("items: [{id: x, verdict: variant, a: {doc: a.txt}}]", "'doc' and 'text'"),
    ],
)
def test_a_malformed_key_is_named(tmp_path: Path, content: str, message: str) -> None:
    key = tmp_path / "bad.yaml"
    key.write_text(content, encoding="utf-8")
    with pytest.raises(KeyFileError, match=message):
        load_key(key)


def test_a_one_claim_weekday_slip_matches_the_same_slip_keyed_as_a_pair(tmp_path: Path) -> None:
    """17 June 2026 was a Wednesday: "Kamis (17/6)" is a weekday slip. A key that
    writes it as a pair against another source's "Rabu (17/6)" (kind
    weekday-date) is matched by the ledger's one-claim finding on it; a pair
    item of another kind is not."""
    texts = {
        "a.txt": "Kesepakatan perikanan itu diteken di Batam pada Rabu (17/6).",
        "b.txt": "Kesepakatan perikanan itu diteken di Batam, Kamis (17/6).",
    }
    _, db = _dated_check(tmp_path, texts, "2026-06-18")
    pair = {
        "id": "k1",
        "split": "check",
        "property": "date",
        "verdict": "contradiction",
        "kind": "weekday-date",
        "a": {"doc": "b.txt", "text": "Kamis (17/6)"},
        "b": {"doc": "a.txt", "text": "Rabu (17/6)"},
    }
    report = evaluate(load_key(write_key(tmp_path, [pair])), db, split="check")
    total = report.total("contradiction")
    assert total.false == 0 and total.matched == 1 and total.found >= 1

    other = {**pair, "kind": "other"}
    report = evaluate(load_key(write_key(tmp_path, [other])), db, split="check")
    assert any(f.b is None for f, _ in report.false_findings)
