"""Which files a build reads: every path named, and every folder under it, accounted for.

A newsroom hands over whatever it has: folders within folders, saved pages beside
text files, the odd PDF, a link that points nowhere. Each path ends in one of
three piles, and the build summary counts all three by reason:

* **read**: an article file (its suffix is an article type) to read;
* **skipped**: a problem named to the user with its reason (missing, unreadable,
  a symlink loop, a named pipe, a file of another type named directly). One bad
  path never stops the others;
* **ignored**: what a folder holds besides articles (other types, sidecars,
  hidden files), counted but not named, since nobody asked for it.

Nothing here opens a file: ``stat`` decides, so a named pipe is never waited on.
"""

from __future__ import annotations

import errno
import os
import stat
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ledger.model import BadInput, Document

# Short reasons, for the summary's counts (the problems themselves say more).
MISSING = "missing"
UNREADABLE = "unreadable"
LOOP = "symlink loop"
NOT_REGULAR = "not a regular file"
OTHER_TYPE = "not an article type"
SIDECAR = "sidecar"
HIDDEN = "hidden"


@dataclass
class Reading:
    """What ingest made of its paths: the documents, and every file it did not read."""

    documents: list[Document] = field(default_factory=list)
    problems: list[BadInput] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)
    ignored: Counter[str] = field(default_factory=Counter)

    def skip(self, path: Path | str, kind: str, reason: str) -> None:
        """A problem: named to the user with ``reason``, counted under ``kind``."""
        self.problems.append(BadInput(str(path), reason))
        self.skipped[kind] += 1

    def ignore(self, kind: str) -> None:
        self.ignored[kind] += 1


@dataclass(frozen=True)
class Types:
    """The suffixes that make a file an article, and the sidecar's."""

    articles: tuple[str, ...]
    sidecar: str

    def describe(self) -> str:
        return ", ".join(self.articles)


def collect(paths: list[Path], types: Types, reading: Reading) -> list[Path]:
    """The article files under ``paths``, each once, in file-name order.

    A folder is walked to any depth; a folder met again on its own path (a link
    back to an ancestor) is a symlink loop, and one reached twice by two links is
    read once.
    """
    files: dict[Path, Path] = {}
    walker = _Walker(types, reading, files)
    for path in paths:
        info = _stat(path, reading)
        if info is None:
            continue
        if stat.S_ISDIR(info.st_mode):
            walker.walk(path, info, {})
        elif path.name.endswith(types.sidecar):
            reading.skip(path, SIDECAR, "a metadata sidecar, not an article")
        elif path.suffix.lower() not in types.articles:
            suffix = path.suffix or "no suffix"
            reading.skip(
                path,
                OTHER_TYPE,
                f"not an article type ({suffix}): the ledger reads {types.describe()}",
            )
        elif not stat.S_ISREG(info.st_mode):
            reading.skip(path, NOT_REGULAR, not_regular(info.st_mode))
        else:
            files.setdefault(path.resolve(), path)
    return sorted(files.values(), key=lambda p: (p.name, str(p)))


def not_regular(mode: int) -> str:
    """Why a path that is not a regular file cannot be an article, in words."""
    kinds = [
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a named pipe"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a device"),
        (stat.S_ISBLK, "a device"),
    ]
    what = next((name for test, name in kinds if test(mode)), "a special file")
    return f"not a regular file ({what})"


class _Walker:
    def __init__(self, types: Types, reading: Reading, files: dict[Path, Path]) -> None:
        self.types = types
        self.reading = reading
        self.files = files
        self.seen: set[tuple[int, int]] = set()

    def walk(self, folder: Path, info: os.stat_result, above: dict[tuple[int, int], Path]) -> None:
        """Walk ``folder``; ``above`` holds the folders on the way down to it."""
        key = (info.st_dev, info.st_ino)
        if key in above:
            self.reading.skip(folder, LOOP, f"{LOOP} (back to {above[key]})")
            return
        if key in self.seen:
            return  # reached by another link: its files are counted already
        self.seen.add(key)
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as err:
            self.reading.skip(folder, UNREADABLE, f"folder cannot be read ({err.strerror or err})")
            return
        here = {**above, key: folder}
        for entry in entries:
            child = Path(entry.path)
            if entry.name.startswith("."):
                self.reading.ignore(HIDDEN)
                continue
            child_info = _stat(child, self.reading)
            if child_info is None:
                continue
            if stat.S_ISDIR(child_info.st_mode):
                self.walk(child, child_info, here)
            elif entry.name.endswith(self.types.sidecar):
                self.reading.ignore(SIDECAR)
            elif child.suffix.lower() not in self.types.articles:
                self.reading.ignore(OTHER_TYPE)
            elif not stat.S_ISREG(child_info.st_mode):
                self.reading.skip(child, NOT_REGULAR, not_regular(child_info.st_mode))
            else:
                self.files.setdefault(child.resolve(), child)


def _stat(path: Path, reading: Reading) -> os.stat_result | None:
    """The path's status through its links, or None with the problem recorded."""
    try:
        return path.stat()
    except OSError as err:
        if err.errno == errno.ELOOP:
            reading.skip(path, LOOP, LOOP)
        elif err.errno in (errno.ENOENT, errno.ENOTDIR):
            broken = path.is_symlink()
            reason = (
                "broken symlink (its target does not exist)" if broken else "no such file or folder"
            )
            reading.skip(path, MISSING, reason)
        else:
            reading.skip(path, UNREADABLE, f"cannot be read ({err.strerror or err})")
        return None
