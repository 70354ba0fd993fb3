"""Never lose an editor's work or a user's file (issue 10, points 1-5).

Reviews saved from the desk while builds swap the ledger, a build that cannot
read the old ledger, a file that is not a ledger, two builds at once, and the
file's mode across a rebuild.
"""

from __future__ import annotations

import asyncio
import hashlib
import http.client
import logging
import os
import re
import shutil
import socket
import sqlite3
import stat
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from click.testing import CliRunner

from ledger import api, store
from ledger.cli import cli
from ledger.store import identity


@contextmanager
def caplog_of(name: str, on: Callable[[str], None] | None = None) -> Iterator[list[str]]:
    """The messages logged under ``name`` (a logger), from any thread; ``on`` sees each."""
    messages: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            messages.append(record.getMessage())
            if on is not None:
                on(record.getMessage())

    logger = logging.getLogger(name)
    handler = Keep(logging.WARNING)
    logger.addHandler(handler)
    try:
        yield messages
    finally:
        logger.removeHandler(handler)


# --- 1. reviews saved from the desk while builds run in a loop ----------------------

REVIEWERS = 4
REVIEW_SECONDS = 3.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: Path, port: int, log: Path) -> subprocess.Popen[bytes]:
    """``ledger serve`` as a user runs it, its stderr in ``log``; returns once it answers."""
    with log.open("wb") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "ledger", "serve", "--db", str(db), "--port", str(port)],
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert proc.poll() is None, log.read_text(errors="replace")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/-/versions.json")
            if conn.getresponse().status == 200:
                conn.close()
                return proc
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise AssertionError("ledger serve did not answer within 60 s")


def cookie(response: http.client.HTTPResponse, name: str) -> str:
    for header in response.headers.get_all("Set-Cookie") or []:
        if header.startswith(f"{name}="):
            return header.split(";", 1)[0].split("=", 1)[1]
    return ""


class Reviewer(threading.Thread):
    """An editor who reviews her own findings over and over, as a browser does it:
    POST the form, follow the redirect, read "Review saved" on the finding page."""

    def __init__(self, port: int, number: int, findings: list[str], stop: threading.Event):
        super().__init__(daemon=True)
        self.port, self.number, self.findings, self.stop = port, number, findings, stop
        self.acknowledged: dict[str, str] = {}  # finding -> the note of its last saved review
        self.saved = 0
        self.statuses: Counter[int] = Counter()
        self.failures: list[str] = []

    def send(
        self, method: str, path: str, body: str = "", cookies: str = ""
    ) -> tuple[int, str, str]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        headers = {"Cookie": cookies} if cookies else {}
        if body:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        conn.request(method, path, body=body or None, headers=headers)
        response = conn.getresponse()
        text = response.read().decode("utf-8", "replace")
        messages = cookie(response, "ds_messages")
        conn.close()
        self.statuses[response.status] += 1
        return response.status, text, messages

    def run(self) -> None:
        try:
            self.review()
        except Exception as exc:  # reported by the test, not lost in a thread
            self.failures.append(repr(exc))

    def review(self) -> None:
        page = f"/-/ledger/finding/{self.findings[0]}"
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        conn.request("GET", page)
        response = conn.getresponse()
        form = response.read().decode()
        csrf = cookie(response, "ds_csrftoken")
        conn.close()
        found = re.search(r'name="csrftoken" value="([^"]+)"', form)
        assert found, "the finding page has no review form"
        seq = 0
        while not self.stop.is_set():
            fid = self.findings[seq % len(self.findings)]
            seq += 1
            note = f"editor {self.number}, review {seq}"
            body = urlencode({"status": "confirmed", "note": note, "csrftoken": found.group(1)})
            status, _, messages = self.send(
                "POST", f"/-/ledger/finding/{fid}/review", body, f"ds_csrftoken={csrf}"
            )
            if status != 302:
                continue
            status, text, _ = self.send(
                "GET", f"/-/ledger/finding/{fid}", cookies=f"ds_messages={messages}"
            )
            if status == 200 and "Review saved" in text:
                self.acknowledged[fid] = note
                self.saved += 1


def test_reviews_saved_from_the_desk_while_builds_run_are_all_kept(
    tmp_path: Path, seeds_dir: Path
) -> None:
    """Editors POST reviews from several threads to a real ``ledger serve`` while
    the ledger is rebuilt in a loop: every review the desk acknowledged with
    "Review saved" is in the final ledger, and no request got a 5xx."""
    folder = tmp_path / "in"
    shutil.copytree(seeds_dir, folder)
    db = tmp_path / "ledger.db"
    api.build([folder], db)
    fids = sorted(r["finding_id"] for r in api.findings(db))
    log = tmp_path / "server.log"
    server = start_server(db, free_port_ := free_port(), log)
    stop = threading.Event()
    reviewers = [Reviewer(free_port_, n, fids[n::REVIEWERS], stop) for n in range(REVIEWERS)]
    builds = 0
    try:
        for r in reviewers:
            r.start()
        deadline = time.monotonic() + REVIEW_SECONDS
        while time.monotonic() < deadline:
            api.build([folder], db)
            builds += 1
        stop.set()
        for r in reviewers:
            r.join(timeout=60)
        api.build([folder], db)  # and once more, after the last review
    finally:
        stop.set()
        server.terminate()
        server.wait(timeout=30)
    assert [f for r in reviewers for f in r.failures] == []
    statuses = sum((r.statuses for r in reviewers), Counter())
    server_errors = sum(n for status, n in statuses.items() if status >= 500)
    acknowledged = {fid: note for r in reviewers for fid, note in r.acknowledged.items()}
    kept = {r["finding_id"]: r["note"] for r in store.query(db, "select * from reviews")}
    lost = {
        fid: (note, kept.get(fid)) for fid, note in acknowledged.items() if kept.get(fid) != note
    }
    saved = sum(r.saved for r in reviewers)
    print(f"{builds} builds, {saved} reviews saved, {len(lost)} lost, statuses {dict(statuses)}")
    assert builds >= 3 and saved >= 50, (builds, saved)
    errors = [line for line in log.read_text(errors="replace").splitlines() if "Error" in line]
    assert (server_errors, len(lost)) == (0, 0), (dict(statuses), lost, errors[-5:])
    assert set(statuses) <= {200, 302}, dict(statuses)


def test_checking_a_ledger_leaves_the_locks_of_this_process_alone(
    reviewed: tuple[Path, Path],
) -> None:
    """The desk checks the file before each review while another thread may be
    writing one: closing a plain descriptor of the file would drop that writer's
    SQLite locks, and another process would then take its journal for a crash's."""
    _, db = reviewed
    writer = sqlite3.connect(db, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # a review being written, in this process
    try:
        store.require_ledger(db)
        probe = (
            "import sqlite3, sys\n"
            "conn = sqlite3.connect(sys.argv[1], timeout=0, isolation_level=None)\n"
            "conn.execute('BEGIN IMMEDIATE')\n"
        )
        other = subprocess.run(
            [sys.executable, "-c", probe, str(db)], capture_output=True, text=True
        )
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert "database is locked" in other.stderr


# --- shared by points 2-5 ------------------------------------------------------------


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def reviewed(tmp_path: Path, seeds_dir: Path) -> tuple[Path, Path]:
    """A ledger of the seeds with two reviews, and the folder it was built from."""
    folder = tmp_path / "in"
    shutil.copytree(seeds_dir, folder)
    db = tmp_path / "ledger.db"
    api.build([folder], db)
    for fid in sorted(r["finding_id"] for r in api.findings(db, verdict="contradiction"))[:2]:
        api.review(db, fid, "confirmed", "dicek")
    return folder, db


def build(folder: Path, db: Path, *args: str) -> Any:
    return CliRunner().invoke(cli, ["build", str(folder), "--db", str(db), *args])


def damage_reviews(db: Path) -> None:
    """Overwrite the page that holds the reviews, in the middle of the file."""
    conn = sqlite3.connect(db)
    root = conn.execute("select rootpage from sqlite_master where name = 'reviews'").fetchone()[0]
    size = conn.execute("pragma page_size").fetchone()[0]
    conn.close()
    assert 1 < root < db.stat().st_size // size
    with db.open("r+b") as f:
        f.seek((root - 1) * size)
        f.write(b"\xffdamaged" * (size // 8))


@contextmanager
def unreadable(how: str, db: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The ledger at ``db`` damaged, or locked by another program for the duration
    (a process holding ``BEGIN EXCLUSIVE``, as a database browser may)."""
    if how == "damaged":
        damage_reviews(db)
        yield
        return
    monkeypatch.setattr(identity, "BUSY_TIMEOUT", 0.2)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    assert holder.stdout is not None and holder.stdin is not None
    try:
        assert holder.stdout.readline() == b"locked\n"
        yield
    finally:
        holder.stdin.close()  # it rolls back and ends
        holder.wait(timeout=30)


HOLD = (
    "import sqlite3, sys\n"
    "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
    "conn.execute('BEGIN EXCLUSIVE')\n"
    "print('locked', flush=True)\n"
    "sys.stdin.read()\n"
    "conn.execute('ROLLBACK')\n"
)


def others(folder: Path) -> list[str]:
    """The files beside the ledger: no temporary file and no lock file may be left."""
    return sorted(p.name for p in folder.iterdir() if p.is_file())


# --- 2. a build that cannot read the old ledger --------------------------------------


@pytest.mark.parametrize("how", ["damaged", "locked"])
def test_a_build_that_cannot_read_the_old_ledger_stops_and_changes_nothing(
    reviewed: tuple[Path, Path], how: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, db = reviewed
    with unreadable(how, db, monkeypatch):
        before = digest(db)
        result = build(folder, db)
        assert result.exit_code == 1, result.output
        assert f"cannot read the ledger at {db}" in result.stderr
        assert "nothing was changed" in result.stderr and "--keep-unreadable" in result.stderr
        assert "Traceback" not in result.output
        assert digest(db) == before
        assert others(db.parent) == ["ledger.db"]
    if how == "locked":  # once the other program lets go, nothing was lost
        assert len(store.read_reviews(db)) == 2
        assert len(store.previous_runs(db)) == 1


@pytest.mark.parametrize("how", ["damaged", "locked"])
def test_keep_unreadable_keeps_a_copy_of_the_old_ledger_beside_the_new_one(
    reviewed: tuple[Path, Path], how: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``api.build(..., keep_unreadable=True)``, as ``ledger build --keep-unreadable``
    asks for it: the unreadable file is copied aside, byte for byte, and named."""
    folder, db = reviewed
    os.chmod(db, 0o640)
    with unreadable(how, db, monkeypatch), caplog_of("ledger.store") as messages:
        before = digest(db)
        api.build([folder], db, keep_unreadable=True)
    (copy,) = db.parent.glob("ledger.unreadable-*.db")
    assert digest(copy) == before
    assert (stat.S_IMODE(copy.stat().st_mode), stat.S_IMODE(db.stat().st_mode)) == (0o640, 0o640)
    assert any(str(copy) in m and str(db) in m for m in messages)
    assert store.read_reviews(db) == []  # they could not be read: they are in the copy
    run = store.query(db, "select warnings from runs")[-1]
    assert str(copy) in run["warnings"]
    assert api.findings(db)  # the new ledger is complete


def test_the_command_line_keeps_an_unreadable_ledger_when_asked(
    reviewed: tuple[Path, Path],
) -> None:
    folder, db = reviewed
    damage_reviews(db)
    result = build(folder, db, "--keep-unreadable")
    assert result.exit_code == 0, result.output
    (copy,) = db.parent.glob("ledger.unreadable-*.db")
    assert f"a copy of it is kept at {copy}" in result.stderr


# --- 3. a ledger marks itself -----------------------------------------------------------


def not_ledgers(tmp_path: Path) -> dict[str, Path]:
    notes = tmp_path / "notes.md"
    notes.write_text("# Catatan redaksi\n\nJangan dihapus.\n", encoding="utf-8")
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("create table contacts (name text, phone text)")
    conn.execute("insert into contacts values ('Edo', '0812')")
    conn.commit()
    conn.close()
    app = tmp_path / "app.db"
    conn = sqlite3.connect(app)
    conn.execute("pragma application_id = 42")
    conn.execute("create table findings (id text)")
    conn.commit()
    conn.close()
    return {"markdown": notes, "sqlite": other, "another application": app}


def test_a_built_ledger_carries_its_mark(reviewed: tuple[Path, Path]) -> None:
    conn = sqlite3.connect(reviewed[1])
    assert conn.execute("pragma application_id").fetchone()[0] == identity.LEDGER_ID
    conn.close()


def test_build_refuses_to_replace_a_file_that_is_not_a_ledger(
    tmp_path: Path, seeds_dir: Path
) -> None:
    for kind, path in not_ledgers(tmp_path).items():
        before = digest(path)
        result = build(seeds_dir, path)
        assert result.exit_code == 1, (kind, result.output)
        assert f"{path} is not a ledger" in result.stderr, kind
        assert "Traceback" not in result.output
        assert digest(path) == before, kind


READ_COMMANDS = [
    ["findings"],
    ["claims"],
    ["explain", "bff42899deeb3407"],
    ["export", "findings", "--out", "{out}"],
    ["review", "bff42899deeb3407", "--status", "confirmed"],
    ["serve", "--port", "1"],  # refused before a server starts
]


@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: c[0])
def test_read_commands_on_a_file_that_is_not_a_ledger_say_so_in_one_line(
    tmp_path: Path, command: list[str]
) -> None:
    for kind, path in not_ledgers(tmp_path).items():
        before = digest(path)
        args = [a.format(out=tmp_path / "out.csv") for a in command]
        result = CliRunner().invoke(cli, [*args, "--db", str(path)])
        assert result.exit_code == 1, (kind, result.output)
        assert result.stderr.strip().splitlines() == [f"Error: {path} is not a ledger " + (
            {"markdown": "(not an SQLite database)",
             "sqlite": "(an SQLite database without the ledger's tables)",
             "another application": "(an SQLite database of another application, id 0x2a)"}[kind]
        )], kind  # fmt: skip
        assert digest(path) == before
    assert not (tmp_path / "out.csv").exists()


def test_a_ledger_built_before_the_mark_is_still_read_and_rebuilt(
    reviewed: tuple[Path, Path],
) -> None:
    """A ledger from before this change (application id 0) has the ledger's tables:
    it is read as a ledger, and its next build marks it and keeps its reviews."""
    folder, db = reviewed
    conn = sqlite3.connect(db)
    conn.execute("pragma application_id = 0")
    conn.commit()
    conn.close()
    listed = CliRunner().invoke(cli, ["findings", "--db", str(db)])
    assert listed.exit_code == 0, listed.output
    assert build(folder, db).exit_code == 0
    conn = sqlite3.connect(db)
    assert conn.execute("pragma application_id").fetchone()[0] == identity.LEDGER_ID
    conn.close()
    assert len(store.read_reviews(db)) == 2


# --- 4. two builds of one ledger at once ------------------------------------------------


def test_two_builds_at_once_take_turns_and_both_are_in_the_history(
    reviewed: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first build holds on while writing until the second has started; the
    second waits for it (and says so), then carries its run into the history."""
    folder, db = reviewed
    entered, second_started = threading.Event(), threading.Event()
    fill = store._fill

    def slow_fill(*args: Any) -> None:
        if not entered.is_set():
            entered.set()
            second_started.wait(timeout=20)
        else:
            second_started.set()
        fill(*args)

    monkeypatch.setattr(store, "_fill", slow_fill)
    errors: list[BaseException] = []

    def run() -> None:
        try:
            api.build([folder], db)
        except BaseException as exc:
            errors.append(exc)

    with caplog_of("ledger.store", on=lambda _: second_started.set()) as messages:
        first = threading.Thread(target=run)
        first.start()
        assert entered.wait(timeout=30)
        second = threading.Thread(target=run)
        second.start()
        first.join(timeout=60)
        second.join(timeout=60)
    assert errors == []
    assert len(store.previous_runs(db)) == 3  # the reviewed ledger's own run and both
    assert [m for m in messages if m.startswith("waiting for another build")] == [
        f"waiting for another build of {db} to finish (it holds {db}.lock)"
    ]
    assert len(store.read_reviews(db)) == 2
    assert others(db.parent) == ["ledger.db"]


def test_a_second_build_says_on_stderr_that_it_waits(reviewed: tuple[Path, Path]) -> None:
    """``ledger build`` run while another build holds the ledger's lock."""
    folder, db = reviewed
    with store.build_lock(db):
        proc = subprocess.Popen(
            [sys.executable, "-m", "ledger", "build", str(folder), "--db", str(db)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        timer = threading.Timer(120, proc.kill)
        timer.start()
        try:
            assert proc.stderr is not None
            line = proc.stderr.readline()
        finally:
            timer.cancel()
        assert line.strip() == f"waiting for another build of {db} to finish (it holds {db}.lock)"
        assert proc.poll() is None  # it waits
    out, _ = proc.communicate(timeout=120)
    assert proc.returncode == 0 and "documents: 5" in out
    assert len(store.previous_runs(db)) == 2


# --- 5. the file's mode ------------------------------------------------------------------


def test_a_rebuild_keeps_the_mode_of_the_ledger(reviewed: tuple[Path, Path]) -> None:
    folder, db = reviewed
    for mode in (0o640, 0o664):
        os.chmod(db, mode)
        api.build([folder], db)
        assert stat.S_IMODE(db.stat().st_mode) == mode


@pytest.mark.parametrize("umask", [0o022, 0o002])
def test_a_new_ledger_gets_the_umasks_mode(tmp_path: Path, seeds_dir: Path, umask: int) -> None:
    old = os.umask(umask)
    try:
        db = api.build([seeds_dir], tmp_path / "new" / "ledger.db").db
    finally:
        os.umask(old)
    assert stat.S_IMODE(db.stat().st_mode) == 0o666 & ~umask


# --- a build killed while copying its ledger in --------------------------------------


def kill_a_writer_halfway(db: Path) -> None:
    """A process that dies in the middle of rewriting the ledger, as a build killed
    during its copy does: the file is half overwritten, its journal is left."""
    script = (
        "import os, sqlite3, sys\n"
        "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "conn.execute('pragma cache_size = 1')\n"  # spill the change into the file
        "conn.execute('begin immediate')\n"
        "conn.execute('delete from claims')\n"
        "conn.execute('delete from sentences')\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(db)], check=True)
    assert db.with_name(db.name + "-journal").exists()


def test_a_ledger_left_by_a_killed_copy_is_rolled_back_by_its_next_reader(
    reviewed: tuple[Path, Path],
) -> None:
    _, db = reviewed
    claims = store.query(db, "select count(*) as n from claims")[0]["n"]
    kill_a_writer_halfway(db)
    listed = CliRunner().invoke(cli, ["claims", "--db", str(db)])
    assert listed.exit_code == 0, listed.output
    assert f"{claims} claim(s)" in listed.output
    assert not db.with_name(db.name + "-journal").exists()


def test_a_ledger_left_by_a_killed_copy_is_rolled_back_by_the_server(
    reviewed: tuple[Path, Path],
) -> None:
    from datasette.app import Datasette

    _, db = reviewed
    claims = store.query(db, "select count(*) as n from claims")[0]["n"]

    async def count() -> Any:
        ds = Datasette([str(db)])
        await ds.invoke_startup()
        await ds.client.get("/ledger.json")  # opened before the kill
        kill_a_writer_halfway(db)
        return await ds.client.get("/ledger.json?sql=select+count(*)+as+n+from+claims&_shape=array")

    response = asyncio.run(count())
    assert response.status_code == 200, response.text[:300]
    assert response.json() == [{"n": claims}]
