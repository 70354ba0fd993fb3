"""An editor's first minute, in a real headless Chromium against a live `ledger serve`.

Chromium is Debian's (`make test` installs it); Playwright's Python package drives
it through ``executable_path``. Screenshots land in ``out/screenshots/``.
"""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlite_utils
from playwright.sync_api import Browser, Page, expect, sync_playwright

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = os.environ.get("LEDGER_CHROMIUM", "/usr/bin/chromium")
SHOTS = ROOT / "out" / "screenshots"
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


def ledger(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ledger", *args], capture_output=True, text=True, check=True
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path, Path]]:
    """`ledger build` then `ledger serve` on 127.0.0.1, as the README runs them."""
    tmp = tmp_path_factory.mktemp("browser")
    seeds = tmp / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    db = tmp / "ledger.db"
    ledger("build", str(seeds), "--db", str(db))
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "ledger", "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(base + "/-/versions.json", timeout=1)
            break
        except OSError:
            if time.monotonic() > deadline or proc.poll() is not None:
                proc.kill()
                raise RuntimeError("ledger serve did not start") from None
            time.sleep(0.2)
    yield base, db, seeds
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert Path(CHROMIUM).exists(), f"{CHROMIUM} is missing: `make test` installs Debian's chromium"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(accept_downloads=True, viewport={"width": 1280, "height": 900})
    yield context.new_page()
    context.close()


def test_an_editor_reviews_a_contradiction_that_survives_a_rebuild(
    server: tuple[str, Path, Path], page: Page
) -> None:
    base, db, seeds = server
    SHOTS.mkdir(parents=True, exist_ok=True)
    # The findings, filtered by the verdict facet.
    page.goto(base + "/ledger/finding_report")
    page.get_by_role("link", name="contradiction", exact=True).first.click()
    expect(page).to_have_url(re.compile(r"verdict=contradiction"))
    rows = page.locator("table.rows-and-columns tbody tr")
    expect(rows).to_have_count(3)  # Jenkins's rank, New START, 9 vs 10 Januari
    # The finding, side by side, both claimed words highlighted.
    rows.filter(has_text="10 Januari 2022").locator("td.col-finding_id a").click()
    marks = page.locator("mark")
    expect(marks.filter(has_text="9 Januari").first).to_be_visible()
    expect(marks.filter(has_text="10 Januari 2022").first).to_be_visible()
    expect(page.get_by_text("1 day apart").first).to_be_visible()
    # How sure the ledger is, and why, in words the editor can check.
    expect(page.locator(".ledger-confidence")).to_contain_text("both name AS, Rusia")
    page.screenshot(path=str(SHOTS / "finding.png"), full_page=True)
    finding_url = page.url
    # Confirmed, with a note.
    page.select_option("#ledger-status", "confirmed")
    page.fill("#ledger-note", "Kontan: headline says 10 Januari, body 9 Januari")
    page.get_by_role("button", name="Save review").click()
    expect(page.get_by_text("Kontan: headline says 10 Januari").first).to_be_visible()
    # The ledger is rebuilt under the running server; the review is still there.
    ledger("build", str(seeds), "--db", str(db))
    page.goto(finding_url)
    expect(page.locator("#ledger-status")).to_have_value("confirmed")
    expect(page.get_by_text("Kontan: headline says 10 Januari").first).to_be_visible()
    page.goto(base + "/ledger/finding_report?verdict=contradiction&property=date")
    expect(page.locator("td.col-review_status").first).to_have_text("confirmed")
    # A review saved after the rebuild lands in the new file, not the unlinked old one.
    page.goto(finding_url)
    page.select_option("#ledger-status", "needs-check")
    page.get_by_role("button", name="Save review").click()
    expect(page.locator("#ledger-status")).to_have_value("needs-check")
    saved = sqlite_utils.Database(db)["reviews"].get(finding_url.rsplit("/", 1)[-1])
    assert saved["status"] == "needs-check"
    # The CSV download has the report's header and every finding.
    with page.expect_download() as info:
        page.evaluate(
            "url => { const a = document.createElement('a'); a.href = url;"
            " a.download = 'f.csv'; document.body.appendChild(a); a.click(); }",
            base + "/ledger/finding_report.csv?_stream=on&_dl=1",
        )
    text = Path(info.value.path()).read_text(encoding="utf-8")
    table = list(csv.reader(io.StringIO(text)))
    header = table[0]
    assert {"finding_id", "verdict", "value_a", "value_b", "explanation", "review_status"} <= set(
        header
    )
    assert len(table) - 1 == int(
        ledger("findings", "--db", str(db)).stdout.rsplit(" finding", 1)[0].split()[-1]
    )


def test_the_overview_shows_where_the_trouble_is(
    server: tuple[str, Path, Path], page: Page
) -> None:
    base, _, _ = server
    page.goto(base + "/-/ledger/overview")
    expect(page.get_by_text("contradiction").first).to_be_visible()
    page.screenshot(path=str(SHOTS / "overview.png"), full_page=True)
    page.get_by_role("link", name="contradiction").first.click()
    expect(page).to_have_url(re.compile(r"verdict=contradiction"))
