"""Errors a reader can cause get a 4xx with a short message, not Datasette's 500.

Datasette 0.65 answers some requests a person can type, or a stale link can
carry, with "500 Internal Server Error": a POST to a read-only canned query or
to a table, ``?_sort=`` or ``?_sort_desc=`` naming no column (or both at once),
``?_next=`` that is not a page token of the table or view, a ``?_timelimit=``
that is not a number, a ``?_through=`` that is not a table pointing at this one.
This module checks those parameters against the table's own columns and keys
before Datasette reads them, and answers 400 (or 405 for the method) in
Datasette's own error page, or its JSON error for a ``.json`` URL. Everything
else passes through untouched.

Wired in by :func:`ledger.publish.plugin.asgi_wrapper`; tested by
``tests/test_desk_errors.py``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from typing import Any

from datasette.utils import tilde_decode
from datasette.utils.asgi import Request, Response

Scope = MutableMapping[str, Any]
ASGIApp = Callable[
    [Scope, Callable[..., Awaitable[Any]], Callable[..., Awaitable[Any]]], Awaitable[None]
]
Datasette = Any  # datasette.app.Datasette (untyped)

TABLE_PATH = re.compile(r"^/(?P<database>[^/.]+)/(?P<table>[^/.]+)(\.(?P<format>\w+))?$")
"""Datasette 0.65's route for a table, a view or a canned query."""
OFFSET = re.compile(r"^\d{1,18}$")
"""A view's ``_next``: a row offset SQLite can take."""
WATCHED = ("_timelimit", "_sort", "_sort_desc", "_next", "_through")
"""The parameters :func:`check` reads; a GET without any of them passes at once."""
NEXT_HINT = "follow the page's “Next page” link instead"


@dataclass
class Refusal:
    """What to answer instead of passing the request on."""

    status: int
    message: str
    headers: dict[str, str] = field(default_factory=dict)


async def check(datasette: Datasette, scope: Scope) -> Refusal | None:
    """The refusal a request deserves, or None to let Datasette answer it."""
    args = Request(scope, None).args
    if scope.get("method") != "POST" and not any(a in args for a in WATCHED):
        return None  # nothing to check: no query of the ledger
    timelimit = args.get("_timelimit")
    if timelimit and not timelimit.isdigit():
        return Refusal(400, f"_timelimit must be a number of milliseconds, not {timelimit!r}")
    match = TABLE_PATH.match(_route_path(datasette, scope))
    if match is None:
        return None
    try:
        db = datasette.get_database(route=tilde_decode(match["database"]))
    except KeyError:
        return None  # Datasette's own 404
    name = tilde_decode(match["table"])
    canned = await datasette.get_canned_query(db.name, name, scope.get("actor"))
    if scope.get("method") == "POST":
        if canned is not None and canned.get("write"):
            return None
        what = "a read-only query" if canned is not None else "not a query that writes"
        return Refusal(405, f"{name} is {what}: open it with GET", {"allow": "GET"})
    if canned is not None:
        return None
    is_view = await db.get_view_definition(name) is not None
    if not is_view and not await db.table_exists(name):
        return None  # Datasette's own 404
    columns = list(await db.table_columns(name))
    pks = [] if is_view else list(await db.primary_keys(name))
    return (
        _sort(datasette, db.name, name, columns, use_rowid=not is_view and not pks, args=args)
        or _next(name, args, is_view=is_view, keys=pks or ["rowid"], rowid=not pks)
        or await _through(db, name, args)
    )


def _route_path(datasette: Datasette, scope: Scope) -> str:
    """The path Datasette routes on: raw (``%2F`` stays apart from ``/``), no base_url."""
    raw = scope.get("raw_path")
    path = raw.decode("ascii", "replace") if raw else str(scope.get("path", ""))
    path = path.partition("?")[0]
    base = datasette.setting("base_url") or "/"
    if base != "/" and path.startswith(base):
        path = "/" + path[len(base) :]
    return path


def _sort(
    datasette: Datasette, db_name: str, table: str, columns: list[str], use_rowid: bool, args: Any
) -> Refusal | None:
    sort, sort_desc = args.get("_sort"), args.get("_sort_desc")
    if sort and sort_desc:
        return Refusal(400, "Sort by one column: give _sort or _sort_desc, not both")
    wanted = sort or sort_desc
    if not wanted:
        return None
    meta = datasette.table_metadata(db_name, table) or {}
    sortable = set(meta.get("sortable_columns") or columns) | ({"rowid"} if use_rowid else set())
    if wanted not in sortable:
        return Refusal(400, f"Cannot sort {table} by {wanted!r}: it has no such column")
    return None


def _next(table: str, args: Any, is_view: bool, keys: list[str], rowid: bool) -> Refusal | None:
    """A view's ``_next`` is a row offset; a table's is its key (after the sort value)."""
    token = args.get("_next")
    if not token:
        return None
    refusal = Refusal(400, f"_next={token!r} is not a page of {table}: {NEXT_HINT}")
    if is_view:
        return None if OFFSET.match(token) else refusal
    parts = token.split(",")
    sorted_ = bool(args.get("_sort") or args.get("_sort_desc"))
    if len(parts) != len(keys) and not (sorted_ and len(parts) == len(keys) + 1):
        return refusal
    if rowid and not re.fullmatch(r"-?\d{1,19}", tilde_decode(parts[-1])):
        return refusal
    return None


async def _through(db: Any, table: str, args: Any) -> Refusal | None:
    """``_through={"table": T, "column": C, "value": V}``: T has C and points at ``table``."""
    for raw in args.getlist("_through"):
        refusal = Refusal(
            400,
            f"_through must name a table that points at {table}, one of its columns and a "
            f'value, as {{"table": ..., "column": ..., "value": ...}}; not {raw!r}',
        )
        try:
            through = json.loads(raw)
        except ValueError:
            return refusal
        if not isinstance(through, dict) or not {"table", "column", "value"} <= set(through):
            return refusal
        other, column = through["table"], through["column"]
        if not isinstance(other, str) or not await db.table_exists(other):
            return refusal
        if column not in await db.table_columns(other):
            return refusal
        keys = await db.foreign_keys_for_table(other)
        if not any(fk["other_table"] == table for fk in keys):
            return refusal
    return None


async def respond(datasette: Datasette, scope: Scope, receive: Any, send: Any, r: Refusal) -> None:
    """Datasette's error page (its JSON error for a ``.json`` URL) with our status."""
    path = _route_path(datasette, scope)
    info = {"ok": False, "error": r.message, "status": r.status, "title": None}
    if path.endswith(".json"):
        response = Response.json(info, status=r.status, headers=r.headers)
    else:
        await datasette.invoke_startup()  # this wrapper may see the server's first request
        # Outside Datasette's CSRF layer: the error page holds no form to sign.
        request = Request(dict(scope, csrftoken=lambda: ""), receive)
        html = await datasette.render_template(
            [f"{r.status}.html", "error.html"], info, request=request
        )
        response = Response.html(html, status=r.status, headers=r.headers)
    await response.asgi_send(send)


def wrapper(datasette: Datasette) -> Callable[[ASGIApp], ASGIApp]:
    """The ``asgi_wrapper``: refuse what :func:`check` refuses, pass on the rest."""

    def wrap(app: ASGIApp) -> ASGIApp:
        async def guarded(scope: Scope, receive: Any, send: Any) -> None:
            if scope.get("type") == "http":
                refusal = await check(datasette, scope)
                if refusal is not None:
                    await respond(datasette, scope, receive, send, refusal)
                    return
            await app(scope, receive, send)

        return guarded

    return wrap
