"""Reopen a ledger that a rebuild has swapped in under a running Datasette.

``ledger build`` writes a new file and renames it over the old one. Datasette
keeps its SQLite connections open, so without this it would go on serving (and
an editor's review would go on writing into) the old, unlinked file. Before each
request this checks every file-backed database's inode; when it changed, the
database is replaced by a fresh :class:`datasette.database.Database` on the new
file, and every SQL thread drops the connection it kept (Datasette 0.65 keeps
them in a thread-local keyed by the database's name).

A plugin of its own, registered through ``[project.entry-points.datasette]``
(``ledger-reload``) beside :mod:`ledger.publish.plugin`: any Datasette started in
this environment reopens a swapped ledger, whatever metadata it was given.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import threading
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from datasette.database import Database, connections

from ledger.publish.hooks import hookimpl

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


async def reopen_swapped(datasette: Any, seen: dict[str, tuple[int, int] | None]) -> list[str]:
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
        await _drop_thread_connections(datasette, name)
        seen[name] = inode
        reopened.append(name)
    return reopened


async def _drop_thread_connections(datasette: Any, name: str) -> None:
    """Close the connection each SQL thread keeps for ``name``.

    One task per worker, held at a barrier until all have started, so that every
    thread of the pool runs exactly one of them.
    """
    executor = datasette.executor
    if executor is None:  # no SQL threads: connections belong to the Database object
        return
    workers = int(executor._max_workers)
    barrier = threading.Barrier(workers, timeout=5)

    def drop() -> None:
        conn = getattr(connections, name, None)
        if conn is not None:
            conn.close()
            delattr(connections, name)
        with contextlib.suppress(threading.BrokenBarrierError):
            barrier.wait()

    loop = asyncio.get_running_loop()
    await asyncio.gather(*(loop.run_in_executor(executor, drop) for _ in range(workers)))


@hookimpl
def asgi_wrapper(datasette: Any) -> Callable[[ASGIApp], ASGIApp]:
    seen: dict[str, tuple[int, int] | None] = {}

    def wrap(app: ASGIApp) -> ASGIApp:
        async def reopening(scope: Scope, receive: Any, send: Any) -> None:
            if scope.get("type") == "http":
                await reopen_swapped(datasette, seen)
            await app(scope, receive, send)

        return reopening

    return wrap
