"""Reopen a ledger that a rebuild has swapped in under a running Datasette.

``ledger build`` writes a new file and renames it over the old one. Datasette
keeps its SQLite connections open, so without this it would go on serving (and
an editor's review would go on writing into) the old, unlinked file. Before each
request this checks every file-backed database's inode; when it changed, the
database is replaced by a fresh :class:`datasette.database.Database` on the new
file, whose connections are new.
"""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from datasette.database import Database

from ledger.publish.plugin import hookimpl

Scope = MutableMapping[str, Any]
ASGIApp = Callable[
    [Scope, Callable[..., Awaitable[Any]], Callable[..., Awaitable[Any]]], Awaitable[None]
]


def _inode(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def reopen_swapped(datasette: Any, seen: dict[str, tuple[int, int] | None]) -> list[str]:
    """Reopen every mutable database whose file was replaced; returns their names."""
    reopened = []
    for name, db in list(datasette.databases.items()):
        if not db.path or not db.is_mutable:
            continue
        inode = _inode(db.path)
        if name not in seen:
            seen[name] = inode
            continue
        if inode is None or inode == seen[name]:
            continue
        datasette.remove_database(name)
        datasette.add_database(Database(datasette, path=db.path, is_mutable=True), name=name)
        seen[name] = inode
        reopened.append(name)
    return reopened


@hookimpl
def asgi_wrapper(datasette: Any) -> Callable[[ASGIApp], ASGIApp]:
    seen: dict[str, tuple[int, int] | None] = {}

    def wrap(app: ASGIApp) -> ASGIApp:
        async def reopening(scope: Scope, receive: Any, send: Any) -> None:
            if scope.get("type") == "http":
                reopen_swapped(datasette, seen)
            await app(scope, receive, send)

        return reopening

    return wrap
