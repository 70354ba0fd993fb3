"""Every input a newsroom has: saved web pages, nested folders, and paths that cannot be
read, each accounted for (read, skipped with its reason, or ignored and counted)."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from ledger import api
from ledger.cli import cli
from ledger.ingest import IngestError, read_article, read_articles, read_inputs
from ledger.segment import split_sentences

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
BODY = "Presiden Joko Widodo bertemu menteri di Jakarta pada hari Senin.\n"
OTHER = "Menteri luar negeri tiba di Jenewa pada hari Selasa untuk pembicaraan.\n"

PAGE = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Pembicaraan AS-Rusia di Jenewa - Kompas.com</title>
<meta property="og:site_name" content="Kompas.com">
<meta property="og:url" content="https://www.kompas.com/global/read/2022/01/10/pembicaraan">
<meta property="og:title" content="Pembicaraan AS-Rusia di Jenewa">
<meta property="article:published_time" content="2022-01-10T08:00:00+07:00">
<script>var iklan = "Klik di sini untuk hadiah gratis";</script>
<style>body { font-family: serif; }</style>
</head><body>
<nav><ul><li><a href="/">Beranda</a></li><li><a href="/news">Berita Terkini</a></li>
<li><a href="/tekno">Teknologi dan Sains</a></li></ul></nav>
<article>
<h1>Pembicaraan AS-Rusia di Jenewa</h1>
<p>Delegasi Amerika Serikat dan Rusia bertemu di Jenewa pada Senin untuk membahas
keamanan Eropa dalam pembicaraan yang berlangsung hampir delapan jam.</p>
<p>Wakil Menteri Luar Negeri AS Wendy Sherman mengatakan pembicaraan itu berjalan
terus terang dan berguna bagi kedua pihak.</p>
<script>document.write("Langganan sekarang juga");</script>
<p>Wakil Menteri Luar Negeri Rusia Sergei Ryabkov menyebut pembicaraan itu sulit,
panjang, dan sangat profesional.</p>
</article>
<footer><p>Hak cipta dilindungi undang-undang. Kebijakan privasi perusahaan.</p></footer>
</body></html>
"""
FURNITURE = ("Beranda", "Berita Terkini", "Teknologi", "Klik", "Langganan", "font-family",
             "Hak cipta", "privasi", "<", ">")  # fmt: skip


def write(path: Path, content: str | bytes = BODY) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def reasons(problems: list[api.BadInput]) -> dict[str, str]:
    return {Path(p.path).name: p.reason for p in problems}


# --- 6. web pages -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["kompas.html", "kompas.htm", "KOMPAS.HTML"])
def test_web_page_gives_its_main_text_and_metadata(tmp_path: Path, name: str) -> None:
    doc = read_article(write(tmp_path / name, PAGE))
    assert (doc.outlet, doc.title, doc.url) == (
        "Kompas.com",
        "Pembicaraan AS-Rusia di Jenewa",
        "https://www.kompas.com/global/read/2022/01/10/pembicaraan",
    )
    assert (doc.published, doc.published_source) == (date(2022, 1, 10), "metadata")
    assert "Delegasi Amerika Serikat dan Rusia bertemu di Jenewa" in doc.text
    assert "sangat profesional." in doc.text
    assert not [word for word in FURNITURE if word in doc.text]


def test_no_page_furniture_becomes_a_sentence(tmp_path: Path) -> None:
    doc = read_article(write(tmp_path / "kompas.html", PAGE))
    sentences = [s.text for s in split_sentences(doc)]
    assert sentences[0] == "Pembicaraan AS-Rusia di Jenewa"  # the headline, a heading
    assert len(sentences) == 4, sentences
    assert not [s for s in sentences if any(word in s for word in FURNITURE)]


def test_a_sidecar_wins_over_the_page(tmp_path: Path) -> None:
    write(tmp_path / "kompas.html", PAGE)
    write(tmp_path / "kompas.meta.yaml", "outlet: Kompas Internasional\npublished: 2022-01-11\n")
    doc = read_article(tmp_path / "kompas.html")
    assert (doc.outlet, doc.published, doc.title) == (
        "Kompas Internasional",
        date(2022, 1, 11),
        "Pembicaraan AS-Rusia di Jenewa",
    )
    assert "sidecar kompas.meta.yaml overrides the page's outlet" in doc.warnings


@pytest.mark.parametrize("when", ["3 Maret 2019", "3/3/2019", "March 3, 2019"])
def test_a_page_date_is_not_guessed_from_its_prose(tmp_path: Path, when: str) -> None:
    """A date in the prose is not the page's date: the text's own rules decide that."""
    page = "<html><body><article>" + "".join(
        f"<p>{line}</p>" for line in [
            f"Pertemuan itu dijadwalkan pada {when} di Hanoi, kata pejabat.",
            "Delegasi kedua negara tiba di Hanoi pada hari Rabu untuk pembicaraan.",
            "Para pejabat mengatakan pembicaraan akan berlangsung dua hari penuh.",
        ]
    ) + "</article></body></html>"  # fmt: skip
    doc = read_article(write(tmp_path / "hanoi.html", page))
    assert doc.published is None and doc.outlet is None
    assert f"dijadwalkan pada {when}" in doc.text


def test_a_page_without_main_text_is_skipped(tmp_path: Path) -> None:
    write(tmp_path / "ok.txt")
    write(tmp_path / "menu.html", "<html><body><nav><a href='/'>Beranda</a></nav></body></html>")
    with pytest.raises(IngestError, match=r"menu\.html: no article text"):
        read_article(tmp_path / "menu.html")
    reading = read_inputs([tmp_path])
    assert [d.name for d in reading.documents] == ["ok.txt"]
    assert reading.skipped == {"no text": 1}


def test_web_pages_are_read_in_folders_and_named_directly(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write(folder / "a.txt")
    write(folder / "b.html", PAGE)
    write(folder / "sub" / "c.htm", PAGE.replace("hampir delapan jam", "tujuh jam"))
    write(tmp_path / "d.html", PAGE.replace("Senin", "Selasa"))
    documents, bad = read_articles([folder, tmp_path / "d.html"])
    assert [d.name for d in documents] == ["a.txt", "b.html", "c.htm", "d.html"]
    assert bad == []


@pytest.mark.parametrize("name", ["report.pdf", "notes.docx", "feed.json", "README"])
def test_a_file_of_unknown_type_named_directly_is_named(tmp_path: Path, name: str) -> None:
    write(tmp_path / "ok.txt")
    write(tmp_path / name, b"%PDF-1.4 ...")
    reading = read_inputs([tmp_path / "ok.txt", tmp_path / name])
    assert [d.name for d in reading.documents] == ["ok.txt"]
    reason = reasons(reading.problems)[name]
    assert reason.startswith("not an article type")
    assert ".txt, .md, .html, .htm" in reason
    assert reading.skipped == {"not an article type": 1}


def test_web_page_in_a_build(tmp_path: Path) -> None:
    write(tmp_path / "in" / "kompas.html", PAGE)
    write(tmp_path / "in" / "a.txt", OTHER)
    result = api.build([tmp_path / "in"], tmp_path / "ledger.db")
    assert result.documents == 2 and not result.problems
    rows = api.claims(tmp_path / "ledger.db", document="kompas.html")
    assert rows and all(r["document"] == "kompas.html" for r in rows)


# --- 7. subfolders and the count of what was read ---------------------------------------------


def folder_of_everything(root: Path) -> Path:
    """2 articles on top, 2 in sub/ (one deeper), one empty, 2 other files, a sidecar, a dotfile."""
    write(root / "a.txt", BODY)
    write(root / "a.meta.yaml", "outlet: Kompas.com\n")
    write(root / "b.md", OTHER)
    write(root / "sub" / "c.txt", "Artikel di subfolder kini dibaca oleh ledger pada hari Senin.\n")
    write(root / "sub" / "deeper" / "d.html", PAGE)
    write(root / "sub" / "empty.txt", b"")
    write(root / "sub" / "photo.jpg", b"\xff\xd8\xff")
    write(root / "notes.docx", b"PK\x03\x04")
    write(root / ".draft.txt", "Draf yang tersembunyi tidak dibaca.\n")
    return root


def test_folders_are_read_recursively(tmp_path: Path) -> None:
    documents, bad = read_articles([folder_of_everything(tmp_path / "in")])
    assert [d.name for d in documents] == ["a.txt", "b.md", "c.txt", "d.html"]
    assert documents[0].outlet == "Kompas.com"
    assert [(Path(b.path).name, b.reason) for b in bad] == [("empty.txt", "empty file (0 bytes)")]


def test_reading_counts_read_skipped_and_ignored_by_reason(tmp_path: Path) -> None:
    reading = read_inputs([folder_of_everything(tmp_path / "in")])
    assert len(reading.documents) == 4
    assert reading.skipped == {"empty": 1}
    assert reading.ignored == {"not an article type": 2, "sidecar": 1, "hidden": 1}


def test_build_summary_and_runs_count_by_reason(tmp_path: Path) -> None:
    folder = folder_of_everything(tmp_path / "in")
    write(folder / "sub" / "blank.md", "  \n\n")
    result = api.build([folder], tmp_path / "ledger.db")
    summary = result.summary()
    assert "  read:      4 files" in summary
    assert "  skipped:   2 (1 empty, 1 no text)" in summary
    assert "  ignored:   4 (2 not an article type, 1 hidden, 1 sidecar)" in summary
    run = api.open_ledger(tmp_path / "ledger.db")
    with run as db:
        row = next(db.query("select files from runs"))
    assert json.loads(row["files"]) == {
        "read": 4,
        "skipped": {"empty": 1, "no text": 1},
        "ignored": {"hidden": 1, "not an article type": 2, "sidecar": 1},
    }


def test_summary_names_a_single_reason_alone(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write(folder / "a.txt")
    write(folder / "empty.txt", b"")
    summary = api.build([folder], tmp_path / "ledger.db").summary()
    assert "  skipped:   1 (empty)" in summary
    assert "ignored" not in summary


# --- 8. missing, unreadable and looping paths -------------------------------------------------


def _permissions_bite() -> bool:
    """Whether chmod 000 stops this process reading a file (not for root, whom
    permissions do not bind, unless it runs without CAP_DAC_OVERRIDE)."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        probe = Path(folder) / "probe"
        probe.write_text("x")
        probe.chmod(0)
        try:
            probe.read_text()
        except PermissionError:
            return True
        finally:
            probe.chmod(0o600)
    return False


permissions_bite = pytest.mark.skipif(
    not _permissions_bite(),
    reason="this user reads a chmod 000 file (root): see the FIFO and refused-open tests",
)


def test_a_missing_path_beside_good_ones_is_skipped(tmp_path: Path) -> None:
    write(tmp_path / "in" / "a.txt")
    result = api.build([tmp_path / "in", tmp_path / "gone.txt"], tmp_path / "ledger.db")
    assert result.documents == 1
    assert reasons(result.problems) == {"gone.txt": "no such file or folder"}
    assert "skipped:   1 (missing)" in result.summary()


def test_cli_builds_beside_a_missing_path(tmp_path: Path) -> None:
    write(tmp_path / "in" / "a.txt")
    result = CliRunner().invoke(
        cli,
        ["build", str(tmp_path / "in"), str(tmp_path / "gone.txt"), "--db", str(tmp_path / "l.db")],
    )
    assert result.exit_code == 0, result.output
    assert "gone.txt: no such file or folder" in result.stderr


@permissions_bite
def test_an_unreadable_file_is_skipped(tmp_path: Path) -> None:
    write(tmp_path / "a.txt")
    locked = write(tmp_path / "locked.txt", OTHER)
    locked.chmod(0)
    try:
        reading = read_inputs([tmp_path])
    finally:
        locked.chmod(0o644)
    assert [d.name for d in reading.documents] == ["a.txt"]
    assert reasons(reading.problems) == {"locked.txt": "cannot be read (Permission denied)"}
    assert reading.skipped == {"unreadable": 1}


@permissions_bite
def test_an_unreadable_folder_is_skipped(tmp_path: Path) -> None:
    write(tmp_path / "a.txt")
    write(tmp_path / "locked" / "b.txt", OTHER)
    (tmp_path / "locked").chmod(0)
    try:
        reading = read_inputs([tmp_path])
    finally:
        (tmp_path / "locked").chmod(0o755)
    assert [d.name for d in reading.documents] == ["a.txt"]
    assert reasons(reading.problems) == {"locked": "folder cannot be read (Permission denied)"}


def test_a_file_the_system_refuses_is_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What chmod 000 does for a user other than root, whoever runs the test."""
    write(tmp_path / "a.txt")
    write(tmp_path / "locked.txt", OTHER)
    real_open = os.open

    def refuse(path: str | os.PathLike[str], *args: object, **kwargs: object) -> int:
        if Path(path).name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refuse)
    reading = read_inputs([tmp_path])
    assert [d.name for d in reading.documents] == ["a.txt"]
    assert reasons(reading.problems) == {"locked.txt": "cannot be read (Permission denied)"}
    assert reading.skipped == {"unreadable": 1}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_named_like_an_article_is_skipped_unopened(tmp_path: Path) -> None:
    """Opening a FIFO would wait for a writer forever: it is named, never read."""
    write(tmp_path / "in" / "a.txt")
    os.mkfifo(tmp_path / "in" / "pipe.txt")
    os.mkfifo(tmp_path / "named.txt")
    reading = read_inputs([tmp_path / "in", tmp_path / "named.txt"])
    assert [d.name for d in reading.documents] == ["a.txt"]
    assert reasons(reading.problems) == {
        "pipe.txt": "not a regular file (a named pipe)",
        "named.txt": "not a regular file (a named pipe)",
    }
    assert reading.skipped == {"not a regular file": 2}
    with pytest.raises(IngestError, match="not a regular file"):
        read_article(tmp_path / "named.txt")


def test_a_folder_named_like_a_file_is_read_as_a_folder(tmp_path: Path) -> None:
    write(tmp_path / "a.txt")
    write(tmp_path / "notes.txt" / "b.txt", OTHER)
    documents, bad = read_articles([tmp_path / "a.txt", tmp_path / "notes.txt"])
    assert [d.name for d in documents] == ["a.txt", "b.txt"]
    assert bad == []
    with pytest.raises(IngestError, match=r"notes.txt: not a regular file \(a folder\)"):
        read_article(tmp_path / "notes.txt")


def test_a_symlink_loop_named_directly_says_symlink_loop(tmp_path: Path) -> None:
    write(tmp_path / "a.txt")
    (tmp_path / "self.txt").symlink_to("self.txt")
    (tmp_path / "ping.txt").symlink_to("pong.txt")
    (tmp_path / "pong.txt").symlink_to("ping.txt")
    paths = [tmp_path / n for n in ("a.txt", "self.txt", "ping.txt")]
    result = api.build(paths, tmp_path / "ledger.db")
    assert result.documents == 1
    assert reasons(result.problems) == {"self.txt": "symlink loop", "ping.txt": "symlink loop"}
    assert "skipped:   2 (symlink loop)" in result.summary()


def test_a_symlink_loop_inside_a_folder_says_symlink_loop(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write(folder / "a.txt")
    write(folder / "sub" / "b.txt", OTHER)
    (folder / "sub" / "up").symlink_to("..", target_is_directory=True)  # a cycle of folders
    (folder / "loop.txt").symlink_to("loop.txt")
    (folder / "gone.txt").symlink_to("nowhere.txt")
    reading = read_inputs([folder])
    assert [d.name for d in reading.documents] == ["a.txt", "b.txt"]
    assert reasons(reading.problems) == {
        "up": f"symlink loop (back to {folder})",
        "loop.txt": "symlink loop",
        "gone.txt": "broken symlink (its target does not exist)",
    }
    assert reading.skipped == {"symlink loop": 2, "missing": 1}


def test_a_folder_reached_twice_is_read_once(tmp_path: Path) -> None:
    write(tmp_path / "in" / "a.txt")
    (tmp_path / "alias").symlink_to(tmp_path / "in", target_is_directory=True)
    documents, bad = read_articles([tmp_path / "in", tmp_path / "alias"])
    assert [d.name for d in documents] == ["a.txt"] and bad == []
