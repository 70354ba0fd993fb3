"""Steps that lay out the articles a scenario builds its ledger from.

Each "Given an article ..." writes one file into the ``articles`` folder (a
``tmp_path`` subfolder): the files on disk are what the next steps read.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from pytest_bdd import given

from tests.bdd.support import SEEDS, sentence

# Given ---------------------------------------------------------------------


@given(sentence('an article "{name:phrase}" that says "{text:phrase}"'))
def article(articles: Path, name: str, text: str) -> None:
    """An article file holding exactly the given text."""
    (articles / name).write_text(text + "\n", encoding="utf-8")


@given(
    sentence('an article "{name:phrase}" published on {published:day} that says "{text:phrase}"')
)
def dated_article(articles: Path, name: str, published: str, text: str) -> None:
    """An article with a metadata sidecar giving its publication date."""
    (articles / name).write_text(text + "\n", encoding="utf-8")
    stem = name.rsplit(".", 1)[0]
    (articles / f"{stem}.meta.yaml").write_text(f"published: {published}\n", encoding="utf-8")


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
