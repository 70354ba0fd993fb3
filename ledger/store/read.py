"""Reading a built ledger: the one place a reader opens the file.

Every reader (the API's findings, claims and explain, the CSV export, the
evaluation, the Datasette metadata) goes through :func:`open_ledger` or
:func:`query`. The connection is read-only (``mode=ro``): a reader pointed at a
path with no ledger must not leave an empty file there, and one asked to read
must not be able to write. Datasette opens the file it serves itself; that is
the one other way in.

:func:`require_ledger` names a file that is not a ledger (a Markdown file, a
stranger's database) before anything reads it, and a query on a ledger that
cannot be read (locked, damaged) raises :class:`UnreadableLedger` naming the
file: both are ``ValueError``, so the command line prints one line, not a
traceback.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

import sqlite_utils
from sqlite_utils.db import NotFoundError

from ledger.store.identity import NotALedger, UnreadableLedger, identify, is_unreadable

Params = Sequence[Any] | dict[str, Any] | None
"""Query parameters: positional (``?``) or named (``:name``)."""


def connect(path: str | Path, mode: str = "ro") -> sqlite3.Connection:
    """A connection that never creates the file: ``ro`` to read, ``rw`` to write.

    The URI is built with :meth:`Path.as_uri` so that a path holding ``?``, ``#``
    or spaces still names the file.
    """
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode={mode}", uri=True)


class Reader:
    """A read-only handle on one ledger file; close it, or use it in a ``with`` block."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite_utils.Database(connect(path))

    def query(self, sql: str, params: Params = None) -> Iterator[dict[str, Any]]:
        """The rows of ``sql`` as dicts, streamed."""
        try:
            yield from self._db.query(sql, params)
        except sqlite3.DatabaseError as exc:
            self._name_unreadable(exc)
            raise

    def get(self, table: str, key: Any) -> dict[str, Any]:
        """The row of ``table`` whose primary key is ``key``; LookupError when none is."""
        try:
            row: dict[str, Any] = self._db.table(table).get(key)
        except NotFoundError as exc:
            raise LookupError(f"no row {key!r} in {table} of {self.path}") from exc
        except sqlite3.DatabaseError as exc:
            self._name_unreadable(exc)
            raise
        return row

    def _name_unreadable(self, exc: sqlite3.DatabaseError) -> None:
        """A damaged or locked file is named; a wrong query stays the caller's error."""
        if is_unreadable(exc):
            raise UnreadableLedger(self.path, str(exc)) from exc

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Reader:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def require_ledger(path: str | Path) -> Path:
    """``path``, or an error naming it: FileNotFoundError when there is no file,
    :class:`NotALedger` when the file is something else (a ledger built before
    ledgers marked themselves is one when it has the ledger's tables)."""
    path = Path(path)
    kind = identify(path)
    if kind == "missing":
        raise FileNotFoundError(f"no ledger at {path}: run 'ledger build' first")
    if kind == "empty":
        raise NotALedger(path, "an empty file")
    return path


def recover(path: str | Path) -> None:
    """Let SQLite roll back what a writer killed halfway left in the ledger's journal.

    A build killed while copying its new ledger in leaves a journal that must be
    rolled back before the file can be read, and a read-only connection cannot do
    it ("attempt to write a readonly database"). A read-write connection that
    reads does: SQLite rolls back a journal no live writer holds, and leaves the
    journal of one still writing alone. Nothing to do without a journal; a
    failure here is left for the reader to name. (:func:`require_ledger` needs
    none of this: it identifies the file through a read-write connection.)
    """
    path = Path(path)
    if not path.with_name(path.name + "-journal").exists():
        return
    try:
        conn = connect(path, mode="rw")
        try:
            conn.execute("select count(*) from sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        pass


def open_ledger(path: str | Path) -> Reader:
    """Open an existing ledger to read, or raise FileNotFoundError naming it."""
    return Reader(require_ledger(path))


def query(ledger: str | Path | Reader, sql: str, params: Params = None) -> list[dict[str, Any]]:
    """The rows of ``sql`` on a ledger: an open :class:`Reader`, or a path opened
    (and closed) for this one query."""
    if isinstance(ledger, Reader):
        return list(ledger.query(sql, params))
    with open_ledger(ledger) as reader:
        return list(reader.query(sql, params))


def schema(path: str | Path) -> dict[str, list[str]]:
    """Every table and view of a ledger with its columns (empty if there is no file)."""
    if not Path(path).exists():
        return {}
    with Reader(Path(path)) as reader:
        names = [
            r["name"]
            for r in reader.query("select name from sqlite_master where type in ('table', 'view')")
        ]
        return {n: [r["name"] for r in reader.query(f"PRAGMA table_info([{n}])")] for n in names}
