"""Benchmark: how fast the pipeline builds a ledger. Prints figures; asserts nothing.

    make bench                      # the seeds, then the seeds copied 20 and 100 times,
                                    # then the two pathological articles
    python tests/bench.py --copies 50
    python tests/bench.py --pathological

Copies differ by one line so none is a duplicate; every copy joins its
original's story, so the larger runs also measure story grouping and event
clustering at scale. Timings are wall-clock on a shared machine: compare runs
of the same machine only.
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ledger import api, ingest, segment
from ledger.stories import group_stories

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def corpus(folder: Path, copies: int) -> Path:
    for i in range(copies):
        for seed in sorted(SEEDS.glob("*.txt")):
            text = seed.read_text(encoding="utf-8")
            (folder / f"{i:04d}_{seed.name}").write_text(
                f"{text}\nSalinan {i}.\n", encoding="utf-8"
            )
    return folder


def run(copies: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = SEEDS
        if copies:
            folder = Path(tmp) / "in"
            folder.mkdir()
            corpus(folder, copies)
        t0 = time.perf_counter()
        docs, _ = ingest.read_articles([folder])
        t1 = time.perf_counter()
        for d in docs:
            segment.split_sentences(d)
        t2 = time.perf_counter()
        group_stories(docs)
        t3 = time.perf_counter()
        result = api.build([folder], Path(tmp) / "ledger.db")
        t4 = time.perf_counter()
        size = (Path(tmp) / "ledger.db").stat().st_size
    n = result.documents
    print(
        f"{n:6d} docs {result.sentences:7d} sentences {result.claims:7d} claims "
        f"{result.findings:8d} findings | ingest {t1 - t0:6.2f}s segment {t2 - t1:6.2f}s "
        f"stories {t3 - t2:6.2f}s | full build {t4 - t3:6.2f}s = {n / (t4 - t3):7.1f} docs/s "
        f"| ledger {size / 1e6:6.1f} MB"
    )


SENTENCE = (
    "Pertemuan di Jenewa pada 10 Januari 2022 berlangsung hampir dua jam, kata Menteri Luar "
    "Negeri Rusia Sergei Lavrov. "
)


def pathological(folder: Path) -> dict[str, Path]:
    """The two articles issue 10 measured: 5 MB of words on one line, and 50 KB of
    one sentence repeated."""
    rng = random.Random(1)
    one = folder / "one-line"
    one.mkdir()
    vocabulary = SENTENCE.replace(",", "").replace(".", " ").split()
    words = " ".join(rng.choice(vocabulary) for _ in range(800_000))[:5_000_000]
    (one / "one-line.txt").write_text(words + "\n", encoding="utf-8")
    repeated = folder / "repeated"
    repeated.mkdir()
    (repeated / "repeated.txt").write_text(
        SENTENCE * (50_000 // len(SENTENCE)) + "\n", encoding="utf-8"
    )
    return {"5 MB on one line": one, "50 KB of one sentence": repeated}


def run_pathological() -> None:
    """Each article built in a process of its own: its wall time and peak memory."""
    with tempfile.TemporaryDirectory() as tmp:
        for label, folder in pathological(Path(tmp)).items():
            t0 = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "ledger", "build", str(folder), "--db",
                 str(Path(tmp) / f"{folder.name}.db"), "--quiet"],
                check=True,
            )  # fmt: skip
            seconds = time.perf_counter() - t0
            peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            print(f"{label:24s} | full build {seconds:6.1f}s | peak memory so far {peak:6.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--copies", type=int, action="append", help="copies of the seeds (0: the seeds)"
    )
    parser.add_argument(
        "--pathological", action="store_true", help="only the two pathological articles"
    )
    args = parser.parse_args()
    if not args.pathological:
        for copies in args.copies or [0, 20, 100]:
            run(copies)
    if args.pathological or not args.copies:
        run_pathological()


if __name__ == "__main__":
    main()
