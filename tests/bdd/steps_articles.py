"""Steps that lay out the articles a scenario builds its ledger from.

Each "Given an article ..." writes one file into the ``articles`` folder (a
``tmp_path`` subfolder; a name may hold subfolders, "sub/b.txt"): the files on
disk are what the next steps read.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from pytest_bdd import given

from tests.bdd.support import SEEDS, sentence

# What a saved page holds around its article; none of it may reach the ledger.
PAGE_FURNITURE = ("Beranda", "Berita Terkini", "Langganan sekarang", "Hak cipta dilindungi")
PAGE = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>{title} - {outlet}</title>
<meta property="og:site_name" content="{outlet}">
<meta property="article:published_time" content="{published}T08:00:00+07:00">
<script>var iklan = "Langganan sekarang";</script></head>
<body><nav><a href="/">Beranda</a> <a href="/news">Berita Terkini</a></nav>
<article><h1>{title}</h1><p>{text}</p>
<script>document.write("Langganan sekarang");</script></article>
<footer><p>Hak cipta dilindungi undang-undang.</p></footer></body></html>
"""


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _lines(text: str) -> str:
    """A feature's one-line text with its written "\\n" made line breaks."""
    return text.replace("\\n", "\n")


# Given ---------------------------------------------------------------------


@given(sentence('an article "{name:phrase}" that says "{text:phrase}"'))
def article(articles: Path, name: str, text: str) -> None:
    """An article file holding exactly the given text ("\\n" starts a new line:
    a headline, then the body)."""
    _write(articles / name, _lines(text) + "\n")


@given(
    sentence('an article "{name:phrase}" published on {published:day} that says "{text:phrase}"')
)
def dated_article(articles: Path, name: str, published: str, text: str) -> None:
    """An article with a metadata sidecar giving its publication date."""
    _write(articles / name, _lines(text) + "\n")
    stem = name.rsplit(".", 1)[0]
    _write(articles / f"{stem}.meta.yaml", f"published: {published}\n")


@given(
    sentence(
        'a web page "{name:phrase}" from "{outlet:phrase}" published on {published:day} '
        'that says "{text:phrase}"'
    )
)
def web_page(articles: Path, name: str, outlet: str, published: str, text: str) -> None:
    """A page saved from a news site: the article's paragraph inside navigation,
    scripts and a footer, its outlet and date in the page's meta tags."""
    title = " ".join(text.split()[:5])
    _write(articles / name, PAGE.format(title=title, outlet=outlet, published=published, text=text))


@given(sentence('a symlink loop "{name:phrase}"'))
def symlink_loop(articles: Path, name: str) -> None:
    """A link that leads back to itself: reading it can never end."""
    (articles / name).symlink_to(name)


@given(
    "a folder with the seeds, an empty file, a binary file, a cp1252 file and a copy of a seed",
    target_fixture="articles",
)
def bad_folder(tmp_path: Path) -> Path:
    """The seeds plus four awkward files, in a folder of their own."""
    folder = tmp_path / "bad-input"
    folder.mkdir()
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, folder / seed.name)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00" * 20)
    (folder / "cp1252.txt").write_bytes(
        "Menteri itu berkata “kami siap” pada hari Senin, kata pejabat café.\n".encode("cp1252")
    )
    shutil.copy(SEEDS / "000_7dc6c93bd5e6ee5b.txt", folder / "copy.txt")
    return folder
