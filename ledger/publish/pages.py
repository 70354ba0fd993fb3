"""What the ledger's own pages show, read from the database and made safe to render.

Everything in the ledger came from articles someone else wrote: every piece of
text is escaped here with :func:`markupsafe.escape` before it is wrapped in
markup, and only the wrapped result is :class:`markupsafe.Markup`.
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Protocol

from markupsafe import Markup, escape


class Row(Protocol):
    """A row as Datasette returns it (a :class:`sqlite3.Row`): by index, by name, as a dict."""

    def __getitem__(self, key: int | str, /) -> Any: ...

    def keys(self) -> list[str]: ...


class Rows(Protocol):
    """What Datasette's ``Database.execute`` returns (enough of it)."""

    rows: list[Row]

    def first(self) -> Row | None: ...


class Db(Protocol):
    """Enough of :class:`datasette.database.Database` for these pages."""

    async def execute(self, sql: str, params: Any = None) -> Rows: ...


def highlight(text: str, spans: Iterable[tuple[int, int, str, str]]) -> Markup:
    """``text`` with each span ``(start, end, href, title)`` wrapped in ``<mark>``.

    Spans are offsets into ``text``. A span inside another (a place inside a
    quotation) is marked inside it; a span that only partly overlaps one already
    marked, or falls outside the text, is left out. With an ``href`` the mark is a
    link; a mark that holds other marks cannot be a link itself (links do not
    nest), so its link follows it as a small "↗".
    """
    valid = sorted((s for s in spans if 0 <= s[0] < s[1] <= len(text)), key=lambda s: (s[0], -s[1]))
    kept: list[tuple[int, int, str, str]] = []
    open_: list[tuple[int, int, str, str]] = []
    for span in valid:
        while open_ and open_[-1][1] <= span[0]:
            open_.pop()
        if open_ and span[1] > open_[-1][1]:
            continue  # partial overlap
        kept.append(span)
        open_.append(span)
    return _render(text, 0, len(text), kept)


def _render(text: str, lo: int, hi: int, spans: list[tuple[int, int, str, str]]) -> Markup:
    out: list[str] = []
    cursor = lo
    i = 0
    while i < len(spans):
        start, end, href, title = spans[i]
        j = i + 1
        while j < len(spans) and spans[j][0] < end:
            j += 1
        children = spans[i + 1 : j]
        out.append(str(escape(text[cursor:start])))
        attr = Markup(' title="{}"').format(title) if title else ""
        mark = Markup("<mark{}>{}</mark>").format(attr, _render(text, start, end, children))
        if href and children:
            mark += Markup(' <a class="ledger-claim-link" href="{}">↗</a>').format(href)
        elif href:
            mark = Markup('<a href="{}">{}</a>').format(href, mark)
        out.append(str(mark))
        cursor = end
        i = j
    out.append(str(escape(text[cursor:hi])))
    return Markup("".join(out))


def claim_in_sentence(sentence: str, s_start: int, c_start: int, c_end: int, words: str) -> Markup:
    """The sentence with the claim's words marked (offsets are into the document)."""
    start, end = c_start - s_start, c_end - s_start
    if sentence[start:end] != words:  # offsets disagree: find the words instead
        start = sentence.find(words)
        end = start + len(words)
    if start < 0 or not words:
        return Markup("{}").format(sentence)
    return highlight(sentence, [(start, end, "", "")])


def gherkin_parts(feature_text: str) -> tuple[str, list[str]]:
    """A feature's text split into its header (tags, Feature, description) and scenarios."""
    header: list[str] = []
    scenarios: list[list[str]] = []
    pending: list[str] = []  # tags and comments just above a scenario belong to it
    for line in feature_text.splitlines():
        word = line.strip()
        if word.startswith(("Scenario", "Example:", "Rule:", "Background:")):
            scenarios.append([*pending, line])
            pending = []
        elif word.startswith(("@", "#")) and (scenarios or any("Feature" in h for h in header)):
            pending.append(line)
        elif scenarios:
            scenarios[-1] += [*pending, line]
            pending = []
        else:
            header += [*pending, line]
            pending = []
    blocks = [textwrap.dedent("\n".join(s).rstrip()) for s in scenarios]
    return "\n".join(header).rstrip(), blocks


async def columns(db: Db, table: str) -> list[str]:
    """The columns of a table or view (none if it does not exist)."""
    return [r[1] for r in (await db.execute(f"PRAGMA table_info([{table}])")).rows]


async def has_table(db: Db, table: str) -> bool:
    row = (
        await db.execute(
            "select 1 from sqlite_master where type in ('table', 'view') and name = ?", [table]
        )
    ).first()
    return row is not None


async def review_of(db: Db, finding_id: str) -> dict[str, Any]:
    """The review state of a finding: status, note and the history of reviews."""
    out: dict[str, Any] = {"status": None, "note": None, "history": []}
    report = await columns(db, "finding_report")
    if "review_status" in report:
        note = ", review_note" if "review_note" in report else ", null"
        row = (
            await db.execute(
                f"select review_status{note} from finding_report where finding_id = ?",
                [finding_id],
            )
        ).first()
        if row:
            out["status"], out["note"] = row[0], row[1]
    if await has_table(db, "reviews"):
        history = (
            await db.execute(
                "select status, note, reviewed_at from reviews where finding_id = ? "
                "order by reviewed_at desc",
                [finding_id],
            )
        ).rows
        out["history"] = [dict(r) for r in history]
        if history and "review_status" not in report:
            out["status"], out["note"] = history[0]["status"], history[0]["note"]
    return out


SIDE_SQL = """
select c.id as claim_id, c.property, c.subject, c.value_text, c.value_lo, c.value_hi, c.unit,
       c.start, c.end, c.normalised, c.qualifiers,
       s.text as sentence, s.start as sentence_start, s.kind as sentence_kind,
       d.id as document_id, d.name as document, d.outlet, d.published, d.title, d.url
from claims c
join sentences s on s.id = c.sentence_id
join documents d on d.id = c.document_id
where c.id = ?
"""


async def finding(db: Db, finding_id: str) -> dict[str, Any] | None:
    """Everything the finding page shows, or None if there is no such finding."""
    row = (await db.execute("select * from findings where id = ?", [finding_id])).first()
    if row is None:
        return None
    f = dict(row)
    sides = []
    for key in ("claim_a", "claim_b"):
        if f[key] is None:
            continue  # a finding on one claim (a weekday that does not fit its date)
        side_row = (await db.execute(SIDE_SQL, [f[key]])).first()
        side = dict(side_row) if side_row else {}
        if side:
            side["quote"] = claim_in_sentence(
                side["sentence"], side["sentence_start"], side["start"], side["end"],
                side["value_text"],
            )  # fmt: skip
        sides.append(side)
    rule_row = (await db.execute("select * from rules where id = ?", [f["rule_id"]])).first()
    rule = rule_dict(dict(rule_row)) if rule_row else None
    event = (await db.execute("select * from events where id = ?", [f["event_id"]])).first()
    return {
        "finding": f,
        "sides": sides,
        "rule": rule,
        "event": dict(event) if event else None,
        "review": await review_of(db, finding_id),
    }


def rule_dict(rule: dict[str, Any]) -> dict[str, Any]:
    """A rules row with its parameters parsed and its feature split into scenarios."""
    try:
        params = json.loads(rule.get("parameters") or "{}")
    except ValueError:
        params = {}
    header, scenarios = gherkin_parts(rule.get("feature_text") or "")
    severity = params.pop("severity", {}) if isinstance(params, dict) else {}
    return {
        **rule,
        "params": params if isinstance(params, dict) else {},
        "severity": severity if isinstance(severity, dict) else {"": severity},
        "feature_header": header,
        "scenarios": scenarios,
    }


async def document(db: Db, key: str, claim_url: Callable[[str], str]) -> dict[str, Any] | None:
    """The document page: the text with every claim marked, its claims and findings."""
    row = (
        await db.execute("select * from documents where id = ? or name = ? limit 1", [key, key])
    ).first()
    if row is None:
        return None
    doc = dict(row)
    claims = [
        dict(r)
        for r in (
            await db.execute(
                "select id, property, subject, value_text, normalised, start, end "
                "from claims where document_id = ? order by start",
                [doc["id"]],
            )
        ).rows
    ]
    spans = [
        (c["start"], c["end"], claim_url(c["id"]), f"{c['property']}: {c['normalised'] or ''}")
        for c in claims
    ]
    findings = [
        dict(r)
        for r in (
            await db.execute(
                "select f.id, f.verdict, f.severity, f.rule_id, f.explanation from findings f "
                "where f.claim_a in (select id from claims where document_id = :d) "
                "or f.claim_b in (select id from claims where document_id = :d)",
                {"d": doc["id"]},
            )
        ).rows
    ]
    return {
        "document": doc,
        "text": highlight(doc.get("text") or "", spans),
        "claims": claims,
        "findings": findings,
    }


def bars(counts: Sequence[tuple[Any, int]], href: Callable[[Any], str]) -> list[dict[str, Any]]:
    """Rows for a bar chart: label, count, width in percent of the largest, link."""
    top = max((n for _, n in counts), default=0) or 1
    return [
        {
            "label": "(none)" if value is None else str(value),
            "count": n,
            "width": max(1, round(100 * n / top)),
            "href": href(value),
        }
        for value, n in counts
    ]
