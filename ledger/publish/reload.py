"""Keep a running Datasette on the ledger as builds write it.

``ledger build`` copies a new ledger into the served file in one SQLite
transaction (:mod:`ledger.store.swap`), which Datasette's open connections see
by themselves. Two cases need help, and this plugin gives it before each request:

- **A file replaced by a rename** (a build that kept a copy of an unreadable
  ledger, or a ledger written by an older version or moved over with ``mv``).
  Datasette keeps its SQLite connections open, so it would go on serving the
  old, unlinked file. When a file-backed database's inode has changed, it is
  replaced by a fresh :class:`datasette.database.Database` on the new file, and
  every SQL thread drops the connection it kept (Datasette 0.65 keeps them in a
  thread-local keyed by the database's name). Requests wait for a reopening
  under way, so none reads the old file once another has seen the new one.
- **A build killed while copying** leaves a journal that SQLite must roll back
  before the file can be read, and Datasette's connections are read-only: the
  store rolls it back (:func:`ledger.store.recover`).

Reviews depend on neither: the store writes each one through a connection of
its own, under the lock a build takes around putting its ledger in place.

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

from ledger import store
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


async def recover_interrupted(datasette: Any) -> None:
    """Roll back what a build killed halfway through its copy left in a journal."""
    for db in list(datasette.databases.values()):
        if db.path and db.is_mutable and os.path.exists(f"{db.path}-journal"):
            await asyncio.to_thread(store.recover, db.path)


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
    lock = asyncio.Lock()

    def wrap(app: ASGIApp) -> ASGIApp:
        async def reopening(scope: Scope, receive: Any, send: Any) -> None:
            if scope.get("type") == "http":
                async with lock:
                    await reopen_swapped(datasette, seen)
                await recover_interrupted(datasette)
            await app(scope, receive, send)

        return reopening

    return wrap
