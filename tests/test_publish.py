"""The ledger in Datasette: metadata, the plugin's pages and hooks, public mode.

Each test builds a real ledger from seeds/ and serves it in-process the way
``ledger serve`` does: ``Datasette([db], metadata=metadata(db))``, the plugin
loaded through its entry point.
"""

from __future__ import annotations

import asyncio
import html
import json
import re
import sqlite3
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest
import sqlite_utils
from datasette.app import Datasette
from datasette.plugins import pm
from markupsafe import escape

from ledger import api, reviews
from ledger.publish import (
    METADATA,
    PLUGIN,
    database_name,
    datasette_args,
    metadata,
    metadata_path,
    pages,
    plugin,
    schema,
)

T = TypeVar("T")
CONTRADICTION_WORDS = ("9 Januari", "10 Januari 2022")
XSS = "<script>alert(1)</script>"


def run(coro: Awaitable[T]) -> T:
    async def wrap() -> T:
        return await coro

    return asyncio.run(wrap())


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A ledger of the seeds (a build writes its full-text search), built once for this module."""
    db = tmp_path_factory.mktemp("publish") / "ledger.db"
    api.build([Path(__file__).resolve().parents[1] / "seeds"], db)
    return db


@pytest.fixture
def ledger_db(built: Path, tmp_path: Path) -> Path:
    """A copy of the built ledger a test may write to."""
    db = tmp_path / "ledger.db"
    db.write_bytes(built.read_bytes())
    return db


SECRET = "test-secret"  # the same secret signs CSRF tokens alike in a local and a public server


def datasette(db: Path, public: bool = False) -> Datasette:
    return Datasette([str(db)], metadata=metadata(db, public=public), secret=SECRET)


def serve(db: Path, public: bool, fn: Callable[[Datasette], Awaitable[T]]) -> T:
    """Run ``fn`` against a started Datasette over ``db``."""

    async def go() -> T:
        ds = datasette(db, public)
        await ds.invoke_startup()
        return await fn(ds)

    return asyncio.run(go())


def get(db: Path, path: str, public: bool = False) -> Any:
    return serve(db, public, lambda ds: ds.client.get(path))


def contradiction_id(db: Path) -> str:
    conn = sqlite3.connect(db)
    row = conn.execute(
        "select finding_id from finding_report where value_a = ? and value_b = ?",
        CONTRADICTION_WORDS,
    ).fetchone()
    conn.close()
    assert row, "the seeds' 9 vs 10 Januari contradiction is missing"
    return str(row[0])


def text_of(response: Any) -> str:
    assert response.status_code == 200, response.text[:500]
    return str(response.text)


# --- metadata -------------------------------------------------------------------


def test_every_table_and_column_has_a_description(built: Path) -> None:
    meta = metadata(built)
    tables = meta["databases"][database_name(built)]["tables"]
    for table, cols in schema(built).items():
        if table.endswith("_fts") or table.startswith("claims_fts") or "_fts_" in table:
            continue
        assert tables[table]["description"], table
        assert set(cols) <= set(tables[table]["columns"]), (
            table,
            set(cols) - set(tables[table]["columns"]),
        )


def test_the_yaml_describes_the_reviews_to_come() -> None:
    meta = metadata(Path("/nonexistent/ledger.db"))
    tables = meta["databases"]["ledger"]["tables"]
    assert {"finding_id", "status", "note", "reviewed_at", "orphaned"} <= set(
        tables["reviews"]["columns"]
    )
    assert {"review_status", "review_note"} <= set(tables["finding_report"]["columns"])
    assert METADATA.exists()


@pytest.fixture
def legacy(built: Path, tmp_path: Path) -> Path:
    """The built ledger as it was before reviews: no reviews table, no review columns."""
    db = tmp_path / "legacy.db"
    db.write_bytes(built.read_bytes())
    conn = sqlite3.connect(db)
    sql = conn.execute("select sql from sqlite_master where name = 'finding_report'").fetchone()[0]
    conn.execute("drop view finding_report")
    conn.execute("drop table reviews")
    sql = re.sub(r"\s*r\.(status|note) AS review_\w+,", "", sql)
    conn.execute(sql.replace("LEFT JOIN reviews r ON r.finding_id = f.id", ""))
    conn.commit()
    conn.close()
    return db


def test_facets_and_queries_follow_the_columns_the_ledger_has(built: Path, legacy: Path) -> None:
    meta = metadata(built)["databases"]["ledger"]
    assert meta["tables"]["finding_report"]["facets"] == [
        "verdict", "property", "rule_id", "outlet_a", "review_status",
    ]  # fmt: skip
    assert "dismissed" in meta["queries"]["open_contradictions"]["sql"]
    assert meta["tables"]["sentences"]["fts_table"] == "sentences_fts"
    assert "allow_sql" not in meta
    page = text_of(get(built, "/ledger/finding_report"))
    assert 'data-column="review_status"' in page

    old = metadata(legacy)["databases"]["legacy"]
    assert "review_status" not in old["tables"]["finding_report"]["facets"]
    assert "review_status" not in old["tables"]["finding_report"]["columns"]
    assert "reviews" not in old["tables"]
    assert "review_status" not in old["queries"]["open_contradictions"]["sql"]
    assert text_of(get(legacy, "/legacy/finding_report"))
    rows = get(legacy, "/legacy/open_contradictions.json?_shape=array").json()
    assert CONTRADICTION_WORDS in [(r["value_a"], r["value_b"]) for r in rows]
    assert {r["verdict"] for r in rows} == {"contradiction"}
    fid = contradiction_id(legacy)
    for path in (f"/-/ledger/finding/{fid}", "/-/ledger/overview"):
        assert "Not reviewed yet" in text_of(get(legacy, path)) or path.endswith("overview")


def test_a_dismissed_contradiction_is_no_longer_open(ledger_db: Path) -> None:
    fid = contradiction_id(ledger_db)

    async def go(ds: Datasette) -> Any:
        saved = await post_review(ds, fid, "dismissed", "one is the headline's rounding")
        assert saved.status_code == 302
        return (await ds.client.get("/ledger/open_contradictions.json?_shape=array")).json()

    still_open = serve(ledger_db, False, go)
    assert fid not in {r["finding_id"] for r in still_open}
    assert still_open, "the other contradiction (Jenkins's rank) is still open"


def test_a_ledger_without_search_tables_gets_no_search_box(tmp_path: Path, built: Path) -> None:
    plain = tmp_path / "plain.db"
    plain.write_bytes(built.read_bytes())
    db = sqlite_utils.Database(plain)
    for t in ("sentences_fts", "claims_fts"):
        db[t].drop()
    db.close()
    assert "fts_table" not in metadata(plain)["databases"]["plain"]["tables"]["sentences"]


# --- the command line -----------------------------------------------------------


def test_datasette_args_local_keeps_sql_and_public_locks_it_down(tmp_path: Path) -> None:
    db = tmp_path / "ledger.db"
    local = datasette_args(db, "127.0.0.1", 8031)
    assert local[:5] == [sys.executable, "-m", "datasette", "serve", str(db)]
    assert local[local.index("--port") + 1] == "8031"
    assert local[local.index("--metadata") + 1] == str(metadata_path(db))
    assert "allow_download" not in local
    public = datasette_args(db, "0.0.0.0", 80, public=True, metadata_file=tmp_path / "m.json")
    assert public[public.index("--metadata") + 1] == str(tmp_path / "m.json")
    settings = [public[i + 1 : i + 3] for i, a in enumerate(public) if a == "--setting"]
    assert ["allow_download", "off"] in settings
    assert ["sql_time_limit_ms", "1000"] in settings
    assert "-i" not in public


def test_public_metadata_turns_sql_off_for_the_ledger(built: Path) -> None:
    meta = metadata(built, public=True)
    assert meta["databases"]["ledger"]["allow_sql"] is False
    assert meta["plugins"][PLUGIN] == {"database": "ledger", "public": True}


# --- Datasette pages ------------------------------------------------------------


def test_the_plugin_is_registered_through_its_entry_point() -> None:
    assert pm.get_plugin("ledger") is plugin or plugin in pm.get_plugins()


def test_the_index_links_the_overview(built: Path) -> None:
    page = text_of(get(built, "/"))
    assert "The fact ledger" in page
    assert 'href="/-/ledger/overview"' in page
    assert "Apache-2.0" in page


def test_finding_report_has_facets_descriptions_and_contradictions_first(built: Path) -> None:
    page = text_of(get(built, "/ledger/finding_report"))
    for facet in ("verdict", "property", "rule_id", "outlet_a"):
        assert f'data-column="{facet}"' in page, facet
    rows = get(built, "/ledger/finding_report.json?_shape=array").json()
    assert rows[0]["verdict"] == "contradiction"
    assert "One readable row per finding" in page


def test_canned_queries_run(built: Path) -> None:
    open_rows = get(built, "/ledger/open_contradictions.json?_shape=array").json()
    assert CONTRADICTION_WORDS in [(r["value_a"], r["value_b"]) for r in open_rows]
    january = next(r for r in open_rows if (r["value_a"], r["value_b"]) == CONTRADICTION_WORDS)
    doc = january["document_a"]
    story = get(built, f"/ledger/story_findings.json?_shape=array&story={doc}").json()
    assert january["finding_id"] in {r["finding_id"] for r in story}
    about = get(built, "/ledger/claims_about.json?_shape=array&subject=Jenewa").json()
    assert about and all("Jenewa" in r["subject"] for r in about)
    claims = get(built, f"/ledger/document_claims.json?_shape=array&document={doc}").json()
    assert {"9 Januari", "10 Januari 2022"} <= {r["value_text"] for r in claims}


def test_search_finds_sentences_and_claims(built: Path) -> None:
    rows = get(built, "/ledger/sentences.json?_search=Jenewa&_shape=array").json()
    assert rows and all("Jenewa" in r["text"] for r in rows)
    page = text_of(get(built, "/ledger/sentences"))
    assert 'name="_search"' in page
    claims = get(built, "/ledger/claims.json?_search=Januari&_shape=array").json()
    assert "9 Januari" in {r["value_text"] for r in claims}


def test_the_finding_page_shows_both_sides_the_rule_and_the_form(built: Path) -> None:
    fid = contradiction_id(built)
    page = text_of(get(built, f"/-/ledger/finding/{fid}"))
    assert "<mark>9 Januari</mark>" in page
    assert "<mark>10 Januari 2022</mark>" in page
    assert "KONTAN.CO.ID" in page and "2021-12-31" in page
    conn = sqlite3.connect(built)
    explanation, feature, description = conn.execute(
        "select f.explanation, r.feature_text, r.description from findings f "
        "join rules r on r.id = f.rule_id where f.id = ?",
        [fid],
    ).fetchone()
    conn.close()
    assert str(escape(explanation)) in page
    assert str(escape(description)) in page
    assert str(escape(feature.splitlines()[1])) in page  # "Feature: ..."
    assert "Scenario Outline: Two accounts of when the next meeting takes place" in page
    assert 'href="/ledger/finding_report?rule_id=date-range"' in page
    assert 'name="csrftoken"' in page and 'name="status"' in page and "needs-check" in page
    assert get(built, "/-/ledger/finding/nope").status_code == 404


def test_the_document_page_marks_every_claim(built: Path) -> None:
    conn = sqlite3.connect(built)
    name, doc_id, n = conn.execute(
        "select name, id, claims from documents where claims > 0 order by name limit 1"
    ).fetchone()
    claim_id, words = conn.execute(
        "select id, value_text from claims where document_id = ? order by start limit 1", [doc_id]
    ).fetchone()
    conn.close()
    for key in (name, doc_id):
        page = text_of(get(built, f"/-/ledger/document/{key}"))
        assert page.count("<mark") == n
        assert f'<a href="/ledger/claims/{claim_id}"><mark' in page
        assert str(escape(words)) in page
    assert get(built, "/-/ledger/document/nope.txt").status_code == 404


def test_the_rules_page_lists_each_rule_with_its_findings(built: Path) -> None:
    page = text_of(get(built, "/-/ledger/rules"))
    for rule in ("date-range", "duration-interval"):
        assert f'href="/ledger/finding_report?rule_id={rule}"' in page
    assert "Feature: How long something lasted" in page
    assert "severity high" in page  # contradiction_high, from the parameters
    assert 'href="/ledger/finding_report?rule_id=date-range&amp;verdict=contradiction"' in page


def test_the_overview_draws_bars_that_link_to_the_findings(built: Path) -> None:
    page = text_of(get(built, "/-/ledger/overview"))
    assert "Findings by rule" in page and "Findings by verdict" in page
    assert "Findings by outlet" in page
    assert 'href="/ledger/finding_report?verdict=contradiction"' in page
    assert 'href="/ledger/finding_report?outlet_a__isblank=1"' in page
    assert re.search(r'class="ledger-bar" style="width: 100%"', page)
    assert "<script" not in page.split("<footer")[0].split("</header>")[1]


def test_render_cell_links_findings_and_documents(built: Path) -> None:
    page = text_of(get(built, "/ledger/finding_report"))
    fid = contradiction_id(built)
    assert f'<a href="/-/ledger/finding/{fid}">{fid}</a>' in page
    assert '<a href="/-/ledger/document/004_214c75a972e520e4.txt">' in page
    # Elsewhere the hook leaves cells alone.
    findings = text_of(get(built, "/ledger/findings"))
    assert "/-/ledger/finding/" not in findings
    value = plugin.render_cell(
        row={}, value=XSS, column="document_a", table="finding_report",
        database="ledger", datasette=datasette(built),
    )  # fmt: skip
    assert value is not None and "<script>" not in str(value)


def test_menu_links_and_stylesheet(built: Path) -> None:
    page = text_of(get(built, "/ledger"))
    assert 'href="/-/ledger/overview">Ledger overview' in page
    assert 'href="/-/ledger/rules">Ledger rules' in page
    assert '<link rel="stylesheet" href="/-/ledger/ledger.css">' in page
    css = get(built, "/-/ledger/ledger.css")
    assert css.status_code == 200 and "text/css" in css.headers["content-type"]


def test_prepare_jinja2_environment_keeps_datasettes_templates_first(built: Path) -> None:
    async def templates(ds: Datasette) -> list[str]:
        return [ds.jinja_env.get_template(n).filename for n in ("base.html", "ledger_finding.html")]

    base, finding = serve(built, False, templates)
    assert "datasette" in base and finding.endswith("ledger/publish/templates/ledger_finding.html")


# --- untrusted text -------------------------------------------------------------


def test_article_text_is_escaped_on_every_page(tmp_path: Path) -> None:
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    src = tmp_path / "seeds"
    src.mkdir()
    for f in seeds.iterdir():
        text = f.read_text(encoding="utf-8")
        if f.name.startswith("004"):
            text = text.replace("pada 9 Januari,", f"pada 9 Januari, {XSS}", 1)
            assert XSS in text
        (src / f.name).write_text(text, encoding="utf-8")
    db = tmp_path / "ledger.db"
    api.build([src], db)
    fid = contradiction_id(db)
    escaped = html.escape(XSS, quote=True)
    for path in (f"/-/ledger/finding/{fid}", "/-/ledger/document/004_214c75a972e520e4.txt"):
        page = text_of(get(db, path))
        assert XSS not in page, path
        assert escaped in page or str(escape(XSS)) in page, path


def test_highlight_escapes_text_and_titles() -> None:
    out = pages.highlight("a <b> c", [(2, 5, '/x?a=1&b="2"', "<i>")])
    assert (
        str(out)
        == 'a <a href="/x?a=1&amp;b=&#34;2&#34;"><mark title="&lt;i&gt;">&lt;b&gt;</mark></a> c'
    )
    assert str(pages.claim_in_sentence("on 9 May <x>", 10, 13, 18, "9 May")) == (
        "on <mark>9 May</mark> &lt;x&gt;"
    )


def test_gherkin_parts_split_the_header_from_the_scenarios() -> None:
    header, scenarios = pages.gherkin_parts(
        "@dates\nFeature: F\n  about\n\n  @slow\n  Scenario: one\n    Given x\n\n  Scenario: two\n"
    )
    assert header == "@dates\nFeature: F\n  about"
    assert scenarios == ["@slow\nScenario: one\n  Given x", "Scenario: two"]


# --- reviews and public mode ----------------------------------------------------


async def post_review(
    ds: Datasette, fid: str, status: str, note: str, form_from: Datasette | None = None
) -> Any:
    """POST the review form as a browser would, with the token of the page's form."""
    page = await (form_from or ds).client.get(f"/-/ledger/finding/{fid}")
    token = re.search(r'name="csrftoken" value="([^"]+)"', page.text)
    cookie = page.cookies.get("ds_csrftoken")
    data = {"status": status, "note": note, "csrftoken": token.group(1) if token else ""}
    return await ds.client.post(
        f"/-/ledger/finding/{fid}/review", data=data, cookies={"ds_csrftoken": cookie or ""}
    )


def test_a_review_is_saved_and_shown(ledger_db: Path) -> None:
    fid = contradiction_id(ledger_db)

    async def go(ds: Datasette) -> tuple[Any, str]:
        saved = await post_review(ds, fid, "dismissed", f"same day? {XSS}")
        page = await ds.client.get(f"/-/ledger/finding/{fid}")
        return saved, page.text

    saved, page = serve(ledger_db, False, go)
    assert saved.status_code == 302
    assert saved.headers["location"] == f"/-/ledger/finding/{fid}"
    assert "dismissed" in page and "same day?" in page and XSS not in page
    conn = sqlite3.connect(ledger_db)
    rows = conn.execute("select finding_id, status, note from reviews").fetchall()
    conn.close()
    assert rows == [(fid, "dismissed", f"same day? {XSS}")]


def test_a_review_needs_a_known_status_a_finding_and_a_csrf_token(ledger_db: Path) -> None:
    fid = contradiction_id(ledger_db)

    async def go(ds: Datasette) -> list[int]:
        bad_status = await post_review(ds, fid, "maybe", "")
        good = await post_review(ds, fid, "confirmed", "")
        page = await ds.client.get(f"/-/ledger/finding/{fid}")
        token = re.search(r'name="csrftoken" value="([^"]+)"', page.text)
        assert token
        missing = await ds.client.post(
            "/-/ledger/finding/nope/review",
            data={"status": "confirmed", "csrftoken": token.group(1)},
            cookies={"ds_csrftoken": page.cookies.get("ds_csrftoken") or ""},
        )
        no_token = await ds.client.post(
            f"/-/ledger/finding/{fid}/review",
            data={"status": "confirmed"},
            cookies={"ds_csrftoken": page.cookies.get("ds_csrftoken") or ""},
        )
        get_it = await ds.client.get(f"/-/ledger/finding/{fid}/review")
        return [
            bad_status.status_code, good.status_code, missing.status_code,
            no_token.status_code, get_it.status_code,
        ]  # fmt: skip

    assert serve(ledger_db, False, go) == [400, 302, 404, 403, 405]


def test_a_review_with_a_note_over_the_limit_is_refused(ledger_db: Path) -> None:
    fid = contradiction_id(ledger_db)

    async def go(ds: Datasette) -> tuple[int, str]:
        saved = await post_review(ds, fid, "confirmed", "x" * (reviews.NOTE_LIMIT + 1))
        return saved.status_code, saved.text

    assert serve(ledger_db, False, go) == (
        400,
        f"the note is {reviews.NOTE_LIMIT + 1} characters long; "
        f"a review note may have at most {reviews.NOTE_LIMIT} characters",
    )
    conn = sqlite3.connect(ledger_db)
    assert conn.execute("select count(*) from reviews").fetchone()[0] == 0
    conn.close()
    page = text_of(get(ledger_db, f"/-/ledger/finding/{fid}"))
    assert f'name="note" rows="4" cols="60" maxlength="{reviews.NOTE_LIMIT}"' in page


def test_public_mode_refuses_sql_and_reviews(ledger_db: Path) -> None:
    fid = contradiction_id(ledger_db)

    async def go(ds: Datasette) -> tuple[int, int, str]:
        sql = await ds.client.get("/ledger.json?sql=select+1")
        page = await ds.client.get(f"/-/ledger/finding/{fid}")
        local = datasette(ledger_db)  # a form with a valid token, posted to the public server
        await local.invoke_startup()
        review = await post_review(ds, fid, "confirmed", "", form_from=local)
        return sql.status_code, review.status_code, page.text

    sql, review, page = serve(ledger_db, True, go)
    assert sql in (400, 403)
    assert review == 403
    assert 'name="csrftoken"' not in page and "read-only" in page
    conn = sqlite3.connect(ledger_db)
    assert conn.execute("select count(*) from reviews").fetchone()[0] == 0
    conn.close()


def test_local_mode_allows_sql(built: Path) -> None:
    rows = get(built, "/ledger.json?sql=select+count(*)+as+n+from+findings&_shape=array").json()
    assert rows[0]["n"] > 0


def test_highlight_nests_a_claim_inside_a_quotation() -> None:
    from ledger.publish.pages import highlight

    text = "“Diskusi di Jenewa profesional,” kata Price."
    q_start, q_end = 1, text.index("”")
    place = text.index("Jenewa")
    html = str(
        highlight(text, [(q_start, q_end, "/q", "quote"), (place, place + 6, "/p", "place")])
    )
    assert html.count("<mark") == 2
    assert (
        '<mark title="quote">Diskusi di <a href="/p"><mark title="place">Jenewa</mark></a>' in html
    )
    assert '<a class="ledger-claim-link" href="/q">↗</a>' in html
    # A span that only partly overlaps another is left out, not broken.
    partial = str(highlight(text, [(1, 12, "", ""), (8, 18, "", "")]))
    assert partial.count("<mark") == 1


def test_the_finding_page_shows_the_confidence_and_its_reasons(built: Path) -> None:
    fid = contradiction_id(built)
    conn = sqlite3.connect(built)
    confidence, reasons = conn.execute(
        "select confidence, reasons from findings where id = ?", [fid]
    ).fetchone()
    conn.close()
    page = text_of(get(built, f"/-/ledger/finding/{fid}"))
    assert f"Confidence <strong>{confidence:.2f}</strong>" in page
    assert reasons and str(escape(reasons)) in page


def test_a_finding_on_one_claim_has_one_side(tmp_path: Path) -> None:
    folder = tmp_path / "one"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Pertemuan AS-Rusia di Jenewa digelar pada Senin, 15 Maret 2022, kata pejabat.\n",
        encoding="utf-8",
    )
    db = tmp_path / "one.db"
    api.build([folder], db)
    conn = sqlite3.connect(db)
    fid, claim_b = conn.execute(
        "select id, claim_b from findings where rule_id = 'weekday-date'"
    ).fetchone()
    conn.close()
    assert claim_b is None
    page = text_of(get(db, f"/-/ledger/finding/{fid}"))
    assert "The claim" in page and "<mark>Senin, 15 Maret 2022</mark>" in page
    assert "This claim is missing" not in page and "Tuesday" in page
    report = json.loads(text_of(get(db, "/one/finding_report.json?_shape=array")))
    assert [(r["value_a"], r["value_b"], r["document_b"]) for r in report] == [
        ("Senin, 15 Maret 2022", None, None)
    ]
