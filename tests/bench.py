"""Benchmark: how fast the pipeline builds a ledger. Prints figures; asserts nothing.

    make bench                      # the seeds, then the seeds copied 20 and 100 times
    python tests/bench.py --copies 50

Copies differ by one line so none is a duplicate; every copy joins its
original's story, so the larger runs also measure story grouping and event
clustering at scale. Timings are wall-clock on a shared machine: compare runs
of the same machine only.
"""

from __future__ import annotations

import argparse
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--copies", type=int, action="append", help="copies of the seeds (0: the seeds)"
    )
    args = parser.parse_args()
    for copies in args.copies or [0, 20, 100]:
        run(copies)


if __name__ == "__main__":
    main()
