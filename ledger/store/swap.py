"""Putting a newly built ledger in place of the old one.

A build writes a complete new file beside the ledger, then puts its content in
place in one of two ways:

- **Copied into the old file** (:func:`copy_into`), when there is a readable
  ledger: SQLite's backup API writes the new pages into the ledger's own file in
  one transaction, with the file's own journal. The file stays the same file
  (its inode, its mode, its owner), so every connection that has it open (a
  running Datasette, a reader, the desk writing a review) goes on using it, and
  SQLite's locks order them: each sees the old ledger or the new one, never a
  mix, and a build killed during the copy is rolled back by SQLite. Replacing
  the file by a rename would leave such connections on the unlinked old file,
  where a review is lost, and SQLite names a journal after the path, so a
  connection left on the old file takes a review's journal beside the new file
  for its own ("attempt to write a readonly database").
- **Renamed over it** (:func:`rename_into`), when there is no ledger yet (or an
  empty file), or when the old one cannot be read and the build was asked to
  keep a copy of it: no one can be reading a ledger that does not exist, and an
  unreadable one is copied aside first (:func:`keep_copy`).
"""

from __future__ import annotations

import os
import secrets
import shutil
import sqlite3
import stat
import time
from datetime import UTC, datetime
from pathlib import Path

from ledger.store import identity
from ledger.store.identity import UnreadableLedger

COPY_WAIT = 30.0
"""Seconds a build waits for readers (a long Datasette query) to let it copy the new ledger in."""

_BUSY = frozenset({5, 6})  # SQLITE_BUSY, SQLITE_LOCKED


def new_file(path: Path) -> Path:
    """An empty file beside ``path`` for the new ledger, created with the umask's
    default mode (never the 0600 of :func:`tempfile.mkstemp`), and named after
    this process so that a later build can tell it was left by a killed one."""
    while True:
        tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
        try:
            os.close(os.open(tmp, os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o666))
        except FileExistsError:
            continue
        return tmp


def remove_stale(path: Path) -> None:
    """Delete the half-written files of builds that were killed (their process is gone)."""
    for tmp in path.parent.glob(f".{path.name}.*.tmp*"):  # the file and its -journal
        pid = tmp.name[len(path.name) + 2 :].split(".", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            tmp.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def copy_into(new: Path, path: Path) -> None:
    """Write the ledger at ``new`` into the file at ``path``, in one transaction.

    Waits up to :data:`COPY_WAIT` for the readers of ``path`` to finish; past it,
    :class:`UnreadableLedger` (the transaction is rolled back: nothing changed).
    """
    deadline = time.monotonic() + COPY_WAIT

    def patience(status: int, remaining: int, total: int) -> None:
        if status in _BUSY and time.monotonic() > deadline:
            raise UnreadableLedger(path, "database is locked")

    source = sqlite3.connect(new)
    target = sqlite3.connect(
        f"{path.resolve().as_uri()}?mode=rw", uri=True, timeout=identity.BUSY_TIMEOUT
    )
    try:
        source.backup(target, progress=patience, sleep=0.05)
    except sqlite3.DatabaseError as exc:
        raise UnreadableLedger(path, str(exc)) from exc
    finally:
        source.close()
        target.close()


def rename_into(new: Path, path: Path) -> None:
    """Rename ``new`` over ``path``, with the old file's mode when there is one."""
    if path.exists():
        os.chmod(new, stat.S_IMODE(path.stat().st_mode))
    os.replace(new, path)


def keep_copy(path: Path) -> Path:
    """Keep an unreadable ledger beside itself (``ledger.unreadable-STAMP.db``); its path.

    A hard link, so that once the new ledger is renamed over ``path`` the old
    file lives on under the new name, byte for byte, with its mode, and a
    program that holds it open (the one that locked it) goes on with it. The
    file is never opened here: closing a descriptor of it would drop the SQLite
    locks this process may hold on it. Where links are not possible, a copy.
    A journal beside it (that program's write, halfway) goes with it, so that
    SQLite settles that write in the kept file and never in the new ledger.
    """
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    copy = path.with_name(f"{path.stem}.unreadable-{stamp}{path.suffix}")
    n = 1
    while copy.exists():
        n += 1
        copy = path.with_name(f"{path.stem}.unreadable-{stamp}-{n}{path.suffix}")
    try:
        os.link(path, copy)
    except OSError:
        shutil.copy2(path, copy)
    journal = path.with_name(path.name + "-journal")
    if journal.exists():
        os.replace(journal, copy.with_name(copy.name + "-journal"))
    return copy
