"""What is a ledger: a file that marks itself, and the errors of one that is not.

Every ledger is an SQLite file whose header carries :data:`LEDGER_ID` as its
``PRAGMA application_id`` (set by :func:`ledger.store.write`). A ledger built
before ledgers marked themselves has application id 0: it is accepted when it
has the ledger's tables, and its next build marks it.

The mark is read through SQLite, never by opening the file directly: closing
any descriptor of a file drops every POSIX lock the process holds on it, so a
plain ``open()`` of the ledger in a process where another thread is writing a
review would silently take that writer's locks away (and let another process
roll back its half-written transaction as if it had crashed). SQLite's own VFS
knows this and keeps its descriptors open while locks are held.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Literal

LEDGER_ID = 0x4C454447
"""``PRAGMA application_id`` of every ledger: the bytes ``LEDG``."""
SQLITE_NOTADB = 26
LEDGER_TABLES = frozenset({"documents", "claims", "findings"})
"""The tables that make an unmarked SQLite file (a ledger from before the mark) a ledger."""
BUSY_TIMEOUT = 2.0
"""Seconds to wait for another connection's lock before a file counts as unreadable."""

Kind = Literal["missing", "empty", "ledger"]


class LedgerFileError(ValueError):
    """A file given as a ledger that cannot be used as one; the message names it."""

    def __init__(self, path: Path, reason: str, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.reason = reason


class NotALedger(LedgerFileError):
    """A file that is not a ledger: a build never replaces it, a reader names it."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(path, reason, f"{path} is not a ledger ({reason})")


class UnreadableLedger(LedgerFileError):
    """A ledger that cannot be read now: locked by another program, or damaged."""

    def __init__(self, path: Path, reason: str, advice: str = "") -> None:
        message = f"cannot read the ledger at {path} ({reason})" + (f": {advice}" if advice else "")
        super().__init__(path, reason, message)


UNREADABLE_CODES = frozenset({5, 6, 10, 11, 14, 26})
"""SQLite's primary result codes of a file that cannot be read: BUSY, LOCKED, IOERR,
CORRUPT, CANTOPEN, NOTADB (not a wrong query, which is the caller's error)."""


def is_unreadable(exc: sqlite3.Error) -> bool:
    """True when ``exc`` says the file cannot be read, not that the SQL was wrong."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in UNREADABLE_CODES


def identify(path: Path) -> Kind:
    """``missing``, ``empty`` (a file of no bytes) or ``ledger``; else NotALedger
    or UnreadableLedger, naming ``path``.

    Opened read-write (never creating the file, and only reading it), so that
    SQLite rolls back what a writer killed halfway left in a journal, which a
    read-only connection cannot do.
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return "missing"
    except OSError as exc:
        raise UnreadableLedger(path, exc.strerror or str(exc)) from exc
    if path.is_dir():
        raise NotALedger(path, "a folder")
    if size == 0:
        return "empty"
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, timeout=BUSY_TIMEOUT)
        try:
            app_id = conn.execute("pragma application_id").fetchone()[0]
            tables = {
                r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")
            }
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorcode", None) == SQLITE_NOTADB:
            raise NotALedger(path, "not an SQLite database") from exc
        raise UnreadableLedger(path, str(exc)) from exc
    if app_id == LEDGER_ID:
        return "ledger"
    if app_id != 0:
        raise NotALedger(path, f"an SQLite database of another application, id {app_id:#x}")
    if not LEDGER_TABLES.issubset(tables):
        raise NotALedger(path, "an SQLite database without the ledger's tables")
    return "ledger"  # built before ledgers marked themselves
