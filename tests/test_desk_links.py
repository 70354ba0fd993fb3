"""Every link the desk makes resolves, whatever the articles' files are called.

Datasette writes table and row URLs with its tilde-encoding; a document name
goes into the desk's own paths percent-encoded. Issue 10 found every document
link of a ledger built from files named with spaces, accents or ``<``/``&`` led
to a 404. This test builds such a ledger, serves it in-process, reads every page
of the desk (the overview, the finding_report table, each finding page, each
document page, the rules page), collects every link each page makes (``<a>``,
``<link>``, ``<script>``, ``<img>`` and the GET forms), and follows each one:
each must answer 2xx, or redirect to a 2xx.
"""

from __future__ import annotations

import asyncio
import shutil
import sqlite3
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote, unquote, urljoin, urlsplit

import pytest
from datasette.app import Datasette
from datasette.utils import tilde_encode

from ledger import api
from ledger.publish import metadata

# One seed per name: names that need percent-encoding in a URL, and two that
# Datasette's tilde-encoding treats specially ('~', '.').
NAMES = {
    "000_7dc6c93bd5e6ee5b.txt": "laporan akhir.txt",
    "001_bbc9e7314229fa33.txt": "berita-é.txt",
    "002_fcc283ce2e1a87ae.txt": "a<b&c.txt",
    "003_4110c8f8e228556a.txt": "50% naik+turun #1 ~tilde.txt",
    "004_214c75a972e520e4.txt": "Jenewa 'akhir' \"kutip\" ?q=1.txt",
}


class Links(HTMLParser):
    """The URLs a page points at: what a reader can follow or a browser loads."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag in ("a", "link") and a.get("href"):
            self.urls.append(str(a["href"]))
        elif tag in ("script", "img") and a.get("src"):
            self.urls.append(str(a["src"]))
        elif tag == "form" and (a.get("method") or "get").lower() == "get":
            self.urls.append(str(a.get("action") or ""))


def links_of(page_url: str, html: str) -> set[str]:
    """Every internal link of a page, as a path with its query (fragments dropped)."""
    parser = Links()
    parser.feed(html)
    out = set()
    for href in parser.urls:
        if href.startswith(("mailto:", "javascript:", "#")):
            continue
        url = urlsplit(urljoin(f"http://localhost{page_url}", href))
        if url.netloc != "localhost":
            continue  # the licence, datasette.io: not the desk's
        out.add(url.path + (f"?{url.query}" if url.query else ""))
    return out


@pytest.fixture(scope="module")
def awkward(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A ledger of the seeds, each saved under a name that needs encoding in a URL."""
    root = tmp_path_factory.mktemp("awkward")
    folder = root / "in"
    folder.mkdir()
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    for seed, name in NAMES.items():
        shutil.copy(seeds / seed, folder / name)
    db = root / "ledger.db"
    api.build([folder], db)
    return db


def ledger_rows(db: Path, sql: str) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [r[0] for r in conn.execute(sql)]
    finally:
        conn.close()


def test_the_ledger_keeps_the_awkward_names(awkward: Path) -> None:
    assert set(ledger_rows(awkward, "select name from documents")) == set(NAMES.values())


def test_every_link_of_every_desk_page_resolves(awkward: Path) -> None:
    findings = ledger_rows(awkward, "select id from findings order by id")
    assert findings
    desk = [
        "/-/ledger/overview",
        "/ledger/finding_report",
        "/-/ledger/rules",
        *(f"/-/ledger/finding/{fid}" for fid in findings),
    ]

    async def walk() -> tuple[dict[str, set[str]], dict[str, int]]:
        ds = Datasette([str(awkward)], metadata=metadata(awkward))
        await ds.invoke_startup()
        found: dict[str, set[str]] = {}  # link -> the pages that make it
        pages = list(desk)
        seen_pages: set[str] = set()
        while pages:
            page = pages.pop(0)
            if page in seen_pages:
                continue
            seen_pages.add(page)
            response = await ds.client.get(page)
            assert response.status_code == 200, (page, response.status_code)
            for link in links_of(page, response.text):
                found.setdefault(link, set()).add(page)
                # Each document page is a desk page too: reached through the links.
                if urlsplit(link).path.startswith("/-/ledger/document/"):
                    pages.append(link)
        statuses = {}
        for link in sorted(found):
            r = await ds.client.get(link, follow_redirects=True)
            statuses[link] = r.status_code
        return found, statuses

    found, statuses = asyncio.run(walk())
    documents = {
        unquote(urlsplit(link).path.rsplit("/", 1)[1])
        for link in found
        if urlsplit(link).path.startswith("/-/ledger/document/")
    }
    assert documents == set(NAMES.values()), "every document page is reached from the desk"
    broken = {link: (s, sorted(found[link])[:2]) for link, s in statuses.items() if s >= 300}
    assert not broken, broken


@pytest.mark.parametrize("name", sorted(NAMES.values()))
def test_a_document_url_in_either_encoding_opens_the_document(awkward: Path, name: str) -> None:
    """Percent-encoded (the desk's links, a browser's address bar) and tilde-encoded
    (where Datasette redirects a path with ``%`` that it could not find) alike."""

    async def go() -> list[int]:
        ds = Datasette([str(awkward)], metadata=metadata(awkward))
        await ds.invoke_startup()
        urls = [
            f"/-/ledger/document/{quote(name, safe='')}",
            f"/-/ledger/document/{tilde_encode(name)}",
        ]
        return [(await ds.client.get(u, follow_redirects=True)).status_code for u in urls]

    assert asyncio.run(go()) == [200, 200]
