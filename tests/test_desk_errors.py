"""Errors a reader can cause get a 4xx with a short message, never a 500 (issue 10, point 14).

Datasette 0.65 itself answered these with "500 Internal Server Error";
:mod:`ledger.publish.guard` checks the parameters against the table's columns
and keys first. The pages and links that were fine stay fine: every "Next page"
link Datasette writes still opens.
"""

from __future__ import annotations

import asyncio
import html
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from datasette.app import Datasette

from ledger import api
from ledger.publish import metadata


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("errors") / "ledger.db"
    api.build([Path(__file__).resolve().parents[1] / "seeds"], db)
    return db


def ask(db: Path, requests: list[tuple[str, str]]) -> list[Any]:
    """Each ``(method, path)`` against a started Datasette over ``db``, in order."""

    async def go() -> list[Any]:
        ds = Datasette([str(db)], metadata=metadata(db))
        await ds.invoke_startup()
        return [await ds.client.request(method, path) for method, path in requests]

    return asyncio.run(go())


def message(response: Any) -> str:
    """The error's words: the JSON's ``error``, or the text of Datasette's error box."""
    if response.headers["content-type"].startswith("application/json"):
        return str(response.json()["error"])
    found = re.search(r'border: 3px solid red;">(.*?)</div>', response.text, re.S)
    assert found, response.text[:300]
    return html.unescape(found.group(1)).strip()


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("/ledger/open_contradictions", "open_contradictions is a read-only query"),
        ("/ledger/claims_about.json?subject=Jenewa", "claims_about is a read-only query"),
        ("/ledger/finding_report", "finding_report is not a query that writes"),
        ("/ledger/claims.json", "claims is not a query that writes"),
    ],
)
def test_a_post_to_a_read_only_query_or_a_table_is_405(built: Path, path: str, words: str) -> None:
    (response,) = ask(built, [("POST", path)])
    assert response.status_code == 405
    assert response.headers["allow"] == "GET"
    assert message(response).startswith(words) and "open it with GET" in message(response)


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("/ledger/finding_report?_sort=nope", "Cannot sort finding_report by 'nope'"),
        ("/ledger/finding_report?_sort_desc=nope", "Cannot sort finding_report by 'nope'"),
        ("/ledger/finding_report.json?_sort=nope", "Cannot sort finding_report by 'nope'"),
        ("/ledger/claims?_sort=rowid", "Cannot sort claims by 'rowid'"),
        ("/ledger/claims?_sort=start&_sort_desc=end", "not both"),
    ],
)
def test_sorting_by_an_unknown_column_is_400(built: Path, path: str, words: str) -> None:
    (response,) = ask(built, [("GET", path)])
    assert response.status_code == 400
    assert words in message(response)


@pytest.mark.parametrize(
    "path",
    [
        "/ledger/finding_report?_next=garbage",  # a view pages by offset
        "/ledger/finding_report.json?_next=garbage",
        "/ledger/finding_report.csv?_next=garbage",
        "/ledger/finding_report?_next=-3",
        "/ledger/finding_report?_next=99999999999999999999999",  # too big for SQLite
        "/ledger/claims?_next=a,b,c",  # claims have one key
        "/ledger/claims?_sort=start&_next=a,b,c",  # a sort value and one key at most
        "/ledger/claims_fts?_next=zz",  # a rowid table pages by number
    ],
)
def test_a_next_token_that_is_no_page_is_400(built: Path, path: str) -> None:
    (response,) = ask(built, [("GET", path)])
    assert response.status_code == 400, path
    assert "is not a page of" in message(response) and "Next page" in message(response)


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("/ledger/finding_report?_timelimit=abc", "_timelimit must be a number"),
        ("/ledger/open_contradictions?_timelimit=abc", "_timelimit must be a number"),
        ("/ledger/claims?_through=garbage", "_through must name a table that points at claims"),
        ('/ledger/claims?_through={"table": "nope", "column": "x", "value": 1}', "_through"),
    ],
)
def test_other_parameters_datasette_would_fail_on_are_400(
    built: Path, path: str, words: str
) -> None:
    (response,) = ask(built, [("GET", path)])
    assert response.status_code == 400
    assert words in message(response)


def test_the_next_page_links_datasette_writes_still_open(built: Path) -> None:
    """Unsorted and sorted tables (ascending, descending), a view, a rowid table."""
    starts = [
        "/ledger/claims?_size=5",
        "/ledger/claims?_size=5&_sort=start",
        "/ledger/claims?_size=5&_sort_desc=event_id",
        "/ledger/finding_report?_size=5",
        "/ledger/claims_fts?_size=5",
    ]
    firsts = ask(built, [("GET", p) for p in starts])
    nexts = []
    for start, page in zip(starts, firsts, strict=True):
        assert page.status_code == 200, start
        link = re.search(r'href="([^"]*_next=[^"]*)"', page.text)
        assert link, start
        url = urlsplit(html.unescape(link.group(1)))  # Datasette writes it absolute
        nexts.append(f"{url.path}?{url.query}")
    for path, page in zip(nexts, ask(built, [("GET", p) for p in nexts]), strict=True):
        assert page.status_code == 200, path


def test_good_requests_pass_through(built: Path) -> None:
    ok = ask(
        built,
        [
            ("GET", "/ledger/finding_report?_sort=confidence"),
            ("GET", "/ledger/claims?_next=garbage"),  # a position in key order: a page
            ("GET", "/ledger/open_contradictions?_sort=nope"),  # a query ignores _sort
            ("GET", "/ledger/finding_report?_timelimit=2000"),
            ("GET", "/-/ledger/overview"),
        ],
    )
    assert [r.status_code for r in ok] == [200] * 5
