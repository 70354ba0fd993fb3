"""The ledger file: contract, stable ids, atomic rebuilds."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlite_utils

from ledger import api, store

CONTRACT = {
    "documents": {"id", "name", "text", "outlet", "published"},
    "sentences": {"id", "document_id", "start", "end", "text", "kind"},
    "events": {"id", "story_id", "kind", "label"},
    "entities": {"id", "kind", "name", "wikidata_id"},
    "aliases": {"entity_id", "alias", "kind"},
    "claims": {
        "id",
        "document_id",
        "sentence_id",
        "event_id",
        "property",
        "subject",
        "value_text",
        "value_lo",
        "value_hi",
        "unit",
        "start",
        "end",
    },
    "findings": {"id", "rule_id", "verdict", "severity", "claim_a", "claim_b", "explanation"},
    "rules": {"id", "description", "feature_text"},
    "runs": {"id", "started", "problems"},
    "finding_report": {
        "finding_id",
        "rule_id",
        "verdict",
        "severity",
        "property",
        "subject",
        "document_a",
        "document_b",
        "value_a",
        "value_b",
        "quote_a",
        "quote_b",
        "explanation",
    },
}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_ledger_has_the_contracted_tables_and_columns(tmp_path: Path, seeds_dir: Path) -> None:
    db_path = tmp_path / "ledger.db"
    api.build([seeds_dir], db_path)
    db = sqlite_utils.Database(db_path)
    for name, columns in CONTRACT.items():
        table = db.view(name) if name == "finding_report" else db.table(name)
        assert table.exists(), name
        assert columns <= set(table.columns_dict), (name, columns - set(table.columns_dict))
    assert db["claims"].count > 0 and db["findings"].count > 0


def test_durations_are_minutes_and_dates_iso(tmp_path: Path, seeds_dir: Path) -> None:
    db_path = tmp_path / "ledger.db"
    api.build([seeds_dir], db_path)
    db = sqlite_utils.Database(db_path)
    units = {
        r["property"]: r["units"]
        for r in db.query(
            "select property, group_concat(distinct unit) as units from claims group by property"
        )
    }
    assert set(units.pop("quantity").split(",")) == {"USD", "kapal", "entitas"}
    assert units == {
        "duration": "min",
        "date": "date",
        "name": "spelling",
        "title": "office",
        "action": "verb",
        "quote": "words",
        "place": "place",
    }
    row = next(db.query("select typeof(value_lo) as t from claims where property = 'duration'"))
    assert row["t"] == "real"
    for r in db.query(
        "select value_lo, value_hi from claims where property = 'date' and value_lo is not null"
    ):
        assert len(r["value_lo"]) in (10, 7) and r["value_lo"] <= r["value_hi"]


def test_building_twice_gives_the_same_ids(tmp_path: Path, seeds_dir: Path) -> None:
    ids = []
    for n in (1, 2):
        db = sqlite_utils.Database(api.build([seeds_dir], tmp_path / f"l{n}.db").db)
        ids.append(
            {
                t: sorted(r["id"] for r in db[t].rows)
                for t in ("documents", "sentences", "events", "claims", "findings")
            }
        )
    assert ids[0] == ids[1]


def test_a_rebuild_keeps_the_history_of_runs(tmp_path: Path, seeds_dir: Path) -> None:
    db_path = tmp_path / "ledger.db"
    api.build([seeds_dir], db_path)
    api.build([seeds_dir], db_path)
    assert sqlite_utils.Database(db_path)["runs"].count == 2


def test_a_build_failing_halfway_leaves_the_previous_ledger(
    tmp_path: Path, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_path = tmp_path / "ledger.db"
    api.build([seeds_dir], db_path)
    before = digest(db_path)

    def broken_rows(led: store.Ledger) -> dict[str, object]:
        rows = original(led)
        rows["findings"] = (1 / 0 for _ in range(1))  # dies while writing findings
        return rows  # type: ignore[return-value]

    original = store._rows
    monkeypatch.setattr(store, "_rows", broken_rows)
    with pytest.raises(ZeroDivisionError):
        api.build([seeds_dir], db_path)
    assert digest(db_path) == before
    assert [p.name for p in tmp_path.iterdir()] == ["ledger.db"]  # no temporary file left


def test_a_build_killed_halfway_leaves_the_previous_ledger(tmp_path: Path, seeds_dir: Path) -> None:
    """SIGKILL a real `ledger build` while its new file is being written."""
    db_path = tmp_path / "ledger.db"
    api.build([seeds_dir], db_path)
    before = digest(db_path)
    big = tmp_path / "big"
    big.mkdir()
    for i in range(60):  # distinct texts, so that no copy is a duplicate
        for seed in seeds_dir.glob("*.txt"):
            text = seed.read_text(encoding="utf-8")
            (big / f"{i:03d}_{seed.name}").write_text(
                f"{text}\nSalinan nomor {i}.\n", encoding="utf-8"
            )
    proc = subprocess.Popen(
        [sys.executable, "-m", "ledger", "build", str(big), "--db", str(db_path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if any(p.name.endswith(".tmp") for p in tmp_path.iterdir()):
            break
        time.sleep(0.01)
    assert proc.poll() is None, "the build ended before it could be killed: make the input bigger"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert digest(db_path) == before
    assert sqlite_utils.Database(db_path)["documents"].count == 5
    shutil.rmtree(big)
    # The next build clears what the killed one left behind.
    api.build([seeds_dir], db_path)
    assert [p.name for p in tmp_path.iterdir()] == ["ledger.db"]


def test_sidecar_metadata_reaches_the_documents_table(tmp_path: Path, seeds_dir: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(seeds_dir / "002_fcc283ce2e1a87ae.txt", folder / "reykjavik.txt")
    (folder / "reykjavik.meta.yaml").write_text(
        "outlet: Contoh News\nurl: https://contoh.example/reykjavik\n"
        "title: Blinken dan Lavrov bertemu\npublished: 2021-05-20\n",
        encoding="utf-8",
    )
    db = sqlite_utils.Database(api.build([folder], tmp_path / "l.db").db)
    row = next(db["documents"].rows)
    assert (row["outlet"], row["url"], row["title"], row["published"]) == (
        "Contoh News",
        "https://contoh.example/reykjavik",
        "Blinken dan Lavrov bertemu",
        "2021-05-20",
    )
    assert row["published_source"] == "metadata"
    # With a date, "bulan Juni" gets its year.
    june = next(db.query("select value_lo from claims where value_text = 'bulan Juni'"))
    assert june["value_lo"] == "2021-06-01"


# --- reading and reviewing: the store is the one place that opens the file -----


@pytest.fixture
def built(tmp_path: Path, seeds_dir: Path) -> Path:
    return api.build([seeds_dir], tmp_path / "ledger.db").db


def test_a_missing_ledger_is_named_and_never_created(tmp_path: Path) -> None:
    missing = tmp_path / "nothing.db"
    with pytest.raises(FileNotFoundError, match=r"no ledger at .*nothing\.db"):
        store.open_ledger(missing)
    with pytest.raises(FileNotFoundError):
        store.query(missing, "select 1")
    with pytest.raises(FileNotFoundError):
        store.record_review(missing, "f", "confirmed", "", "2026-01-01T00:00:00+00:00")
    assert store.schema(missing) == {}
    assert not missing.exists()


def test_a_read_handle_reads_and_cannot_write(built: Path) -> None:
    with store.open_ledger(built) as db:
        assert next(db.query("select count(*) as n from documents"))["n"] == 5
        rule = db.get("rules", "date-range")
        assert rule["property"] == "date"
        with pytest.raises(LookupError):
            db.get("rules", "no-such-rule")
        with pytest.raises(Exception, match="readonly"):
            list(db.query("delete from reviews"))
    assert store.query(built, "select count(*) as n from documents") == [{"n": 5}]


def test_query_takes_a_path_or_an_open_handle(built: Path) -> None:
    sql = "select name from documents where name like :prefix order by name"
    with store.open_ledger(built) as db:
        assert store.query(db, sql, {"prefix": "00%"}) == store.query(built, sql, {"prefix": "00%"})


def test_schema_lists_tables_views_and_columns(built: Path) -> None:
    tables = store.schema(built)
    assert "finding_id" in tables["finding_report"]
    assert {"sentences_fts", "claims_fts", "reviews"} <= set(tables)


def test_a_recorded_review_carries_its_snapshot(built: Path) -> None:
    fid = next(
        r["finding_id"]
        for r in store.query(built, "select finding_id, verdict from finding_report")
        if r["verdict"] == "contradiction"
    )
    saved = store.record_review(built, fid, "confirmed", "dicek", "2026-01-01T00:00:00+00:00")
    assert saved is not None and saved["orphaned"] == 0 and saved["verdict"] == "contradiction"
    assert store.read_reviews(built) == [saved]
    assert store.record_review(built, "nope", "confirmed", "", "2026-01-01T00:00:00+00:00") is None


def test_fts_enable_is_idempotent(built: Path) -> None:
    store.enable_fts(built)
    store.enable_fts(built)
    db = sqlite_utils.Database(built)
    hits = next(
        db.query("select count(*) as n from sentences_fts where sentences_fts match 'Jenewa'")
    )
    claims = next(db.query("select count(*) as n from claims_fts where claims_fts match 'Januari'"))
    db.close()
    assert hits["n"] > 0 and claims["n"] > 0
