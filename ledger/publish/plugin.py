"""The ledger's Datasette plugin: its own pages, cell links, a menu and a stylesheet.

Registered through ``[project.entry-points.datasette] ledger = "ledger.publish.plugin"``;
reopening a rebuilt ledger is a plugin of its own (:mod:`ledger.publish.reload`).
Settings come from ``metadata["plugins"]["ledger"]`` (written by
:func:`ledger.publish.metadata`): ``database``, the ledger's name in Datasette, and
``public``, true when the server must not write (the review form is refused).

Pages, all under ``/-/ledger/``: ``finding/{id}`` (both sides, the rule, the review
form; a POST to ``finding/{id}/review`` saves a review), ``document/{id or name}``,
``rules`` and ``overview``.
"""

from __future__ import annotations

import asyncio
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urlencode

from datasette.utils import tilde_decode
from datasette.utils.asgi import Forbidden, NotFound, Response
from jinja2 import ChoiceLoader, Environment, FileSystemLoader
from markupsafe import Markup

from ledger import reviews
from ledger.publish import PLUGIN, guard, pages
from ledger.publish.hooks import hookimpl

HERE = Path(__file__).parent
TEMPLATES = HERE / "templates"
STYLESHEET = HERE / "static" / "ledger.css"

Datasette = Any  # datasette.app.Datasette (untyped)
Request = Any  # datasette.utils.asgi.Request (untyped)


def config(datasette: Datasette) -> dict[str, Any]:
    return dict(datasette.plugin_config(PLUGIN) or {})


def is_public(datasette: Datasette) -> bool:
    return bool(config(datasette).get("public", False))


def ledger_db(datasette: Datasette) -> Any:
    """The served ledger: the database the plugin settings name, else the first one."""
    name = config(datasette).get("database")
    if name in datasette.databases:
        return datasette.get_database(name)
    return datasette.get_database()


def finding_url(datasette: Datasette, finding_id: str) -> str:
    return str(datasette.urls.path(f"/-/ledger/finding/{quote(str(finding_id), safe='')}"))


def document_url(datasette: Datasette, key: str) -> str:
    """The document page of a document id or file name, percent-encoded (``%20``, ``%C3%A9``).

    :func:`url_keys` reads it back; any name a file system allows makes a link
    that resolves (tests/test_desk_links.py).
    """
    return str(datasette.urls.path(f"/-/ledger/document/{quote(str(key), safe='')}"))


def url_keys(raw: str) -> list[str]:
    """What the last part of a desk URL may stand for, most likely first.

    Datasette routes on the raw path, so a key arrives as it was written: the
    desk's own links percent-encode it (:func:`document_url`), and Datasette
    answers a 404 on any path holding a ``%`` with a redirect to its tilde-encoded
    twin (``laporan~20akhir~2Etxt``). Both read back to the name; the raw key is
    the last resort (a name that merely holds a ``~`` or a ``+``).
    """
    return list(dict.fromkeys([unquote(raw), tilde_decode(raw), raw]))


def report_url(datasette: Datasette, db_name: str, **filters: Any) -> str:
    """The finding_report table filtered by column values (None filters on empty)."""
    args = {
        (f"{k}__isblank" if v is None else k): (1 if v is None else v) for k, v in filters.items()
    }
    base = str(datasette.urls.table(db_name, "finding_report"))
    return f"{base}?{urlencode(args)}" if args else base


async def _open(datasette: Datasette, request: Request) -> Any:
    db = ledger_db(datasette)
    allowed = await datasette.permission_allowed(
        request.actor, "view-database", db.name, default=True
    )
    if not allowed:
        raise Forbidden("You may not view this ledger")
    return db


async def _render(datasette: Datasette, request: Request, template: str, **ctx: Any) -> Response:
    html = await datasette.render_template(template, ctx, request=request)
    return Response.html(html)


async def finding_page(datasette: Datasette, request: Request) -> Response:
    db = await _open(datasette, request)
    finding_id = unquote(request.url_vars["finding_id"])
    data = await pages.finding(db, finding_id)
    if data is None:
        raise NotFound(f"No finding {finding_id}")
    for side in data["sides"]:
        if side:
            side["document_href"] = document_url(datasette, side["document"])
            side["claim_href"] = datasette.urls.row(db.name, "claims", side["claim_id"])
    return await _render(
        datasette, request, "ledger_finding.html",
        db_name=db.name,
        statuses=reviews.STATUSES,
        note_limit=reviews.NOTE_LIMIT,
        public=is_public(datasette),
        action=finding_url(datasette, finding_id) + "/review",
        rule_findings=report_url(datasette, db.name, rule_id=data["finding"]["rule_id"]),
        report=report_url(datasette, db.name),
        **data,
    )  # fmt: skip


async def review_post(datasette: Datasette, request: Request) -> Response:
    """Save a review: only to ``reviews``, only when the server is not public."""
    if request.method != "POST":
        return Response.text("POST a review from the finding page", status=405)
    if is_public(datasette):
        raise Forbidden("This ledger is published read-only: reviews are not accepted here")
    db = await _open(datasette, request)
    finding_id = unquote(request.url_vars["finding_id"])
    form = await request.post_vars()
    status = form.get("status", "")
    try:
        note = reviews.clean_note(form.get("note") or "")  # the limit of every way in
    except reviews.ReviewError as exc:
        return Response.text(str(exc), status=400)
    found = (await db.execute("select 1 from findings where id = ?", [finding_id])).first()
    if found is None:
        raise NotFound(f"No finding {finding_id}")
    try:
        # Through the store, which writes under the lock a build takes from reading
        # the old reviews to putting the new ledger in place (Datasette's own write
        # connection would not take it).
        await asyncio.to_thread(reviews.record, db.path, finding_id, status, note)
    except reviews.ReviewError as exc:
        return Response.text(str(exc), status=400)
    datasette.add_message(request, f"Review saved: {status}", datasette.INFO)
    return Response.redirect(finding_url(datasette, finding_id))


async def document_page(datasette: Datasette, request: Request) -> Response:
    db = await _open(datasette, request)
    keys = url_keys(request.url_vars["key"])
    for key in keys:
        data = await pages.document(
            db, key, lambda claim_id: str(datasette.urls.row(db.name, "claims", claim_id))
        )
        if data is not None:
            break
    else:
        raise NotFound(f"No document {keys[0]}")
    for f in data["findings"]:
        f["href"] = finding_url(datasette, f["id"])
    return await _render(
        datasette, request, "ledger_document.html",
        db_name=db.name,
        claims_href=datasette.urls.table(db.name, "claims")
        + "?"
        + urlencode({"document_id": data["document"]["id"]}),
        **data,
    )  # fmt: skip


async def rules_page(datasette: Datasette, request: Request) -> Response:
    db = await _open(datasette, request)
    counts: dict[str, dict[str, int]] = {}
    for r in (
        await db.execute("select rule_id, verdict, count(*) from findings group by 1, 2")
    ).rows:
        counts.setdefault(r[0], {})[r[1]] = r[2]
    rules = []
    for row in (await db.execute("select * from rules order by id")).rows:
        rule = pages.rule_dict(dict(row))
        rule["href"] = report_url(datasette, db.name, rule_id=rule["id"])
        rule["counts"] = [
            (v, n, report_url(datasette, db.name, rule_id=rule["id"], verdict=v))
            for v, n in sorted(counts.get(rule["id"], {}).items())
        ]
        rules.append(rule)
    return await _render(datasette, request, "ledger_rules.html", db_name=db.name, rules=rules)


OVERVIEW = (
    ("Findings by verdict", "verdict"),
    ("Findings by rule", "rule_id"),
    ("Findings by outlet (source A)", "outlet_a"),
    ("Findings by outlet (source B)", "outlet_b"),
    ("Findings by review status", "review_status"),
)


def _filter_url(datasette: Datasette, db_name: str, column: str, value: Any) -> str:
    return report_url(datasette, db_name, **{column: value})


async def overview_page(datasette: Datasette, request: Request) -> Response:
    db = await _open(datasette, request)
    present = set(await pages.columns(db, "finding_report"))
    charts = []
    for title, column in OVERVIEW:
        if column not in present:
            continue
        counts = [
            (r[0], r[1])
            for r in (
                await db.execute(
                    f"select [{column}], count(*) from finding_report group by 1 order by 2 desc, 1"
                )
            ).rows
        ]
        charts.append(
            {
                "title": title,
                "column": column,
                "bars": pages.bars(counts, partial(_filter_url, datasette, db.name, column)),
            }
        )
    total = (await db.execute("select count(*) from findings")).first()
    return await _render(
        datasette, request, "ledger_overview.html",
        db_name=db.name,
        charts=charts,
        total=total[0] if total else 0,
        report=report_url(datasette, db.name),
    )  # fmt: skip


async def stylesheet() -> Response:
    return Response(STYLESHEET.read_text(encoding="utf-8"), content_type="text/css; charset=utf-8")


@hookimpl
def register_routes(datasette: Datasette) -> list[tuple[str, Any]]:
    return [
        (r"^/-/ledger/finding/(?P<finding_id>[^/]+)$", finding_page),
        (r"^/-/ledger/finding/(?P<finding_id>[^/]+)/review$", review_post),
        (r"^/-/ledger/document/(?P<key>[^/]+)$", document_page),
        (r"^/-/ledger/rules$", rules_page),
        (r"^/-/ledger/overview$", overview_page),
        (r"^/-/ledger/ledger\.css$", stylesheet),
    ]


@hookimpl
def prepare_jinja2_environment(env: Environment, datasette: Datasette) -> None:
    """Add this package's templates after Datasette's own (a ``--template-dir`` wins).

    Datasette finds a plugin's templates only beside a plugin that is a package;
    this plugin is a module, so its loader is added here.
    """
    if isinstance(env.loader, ChoiceLoader):
        env.loader.loaders = [*env.loader.loaders, FileSystemLoader(str(TEMPLATES))]


@hookimpl
def render_cell(
    row: Any, value: Any, column: str, table: str | None, database: str, datasette: Datasette
) -> Markup | None:
    """Link a finding to its page and a document name to the document page."""
    if value is None or value == "" or table not in ("finding_report", None):
        return None
    if column == "finding_id":
        return Markup('<a href="{}">{}</a>').format(finding_url(datasette, value), value)
    if column in ("document_a", "document_b") or (table is None and column == "document"):
        return Markup('<a href="{}">{}</a>').format(document_url(datasette, value), value)
    return None


@hookimpl
def menu_links(datasette: Datasette, actor: Any, request: Request) -> list[dict[str, str]]:
    return [
        {"href": str(datasette.urls.path("/-/ledger/overview")), "label": "Ledger overview"},
        {"href": str(datasette.urls.path("/-/ledger/rules")), "label": "Ledger rules"},
    ]


@hookimpl
def asgi_wrapper(datasette: Datasette) -> Any:
    """Errors a reader can cause (an unknown sort column, a bad page token, a POST to a
    read-only query) answered with a 4xx and a short message (:mod:`ledger.publish.guard`)."""
    return guard.wrapper(datasette)


@hookimpl
def extra_css_urls(datasette: Datasette) -> list[str]:
    return [str(datasette.urls.path("/-/ledger/ledger.css"))]
