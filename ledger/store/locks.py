"""The two locks beside a ledger: one build at a time, and reviews against the swap.

``LEDGER.lock`` (``ledger.db.lock``) is held by a build from the moment it
starts writing until its new file is in place: a second build of the same
ledger waits for it, so that each carries the other's run history.
``LEDGER.reviews.lock`` is held briefly by every review write (the desk's and
``ledger review``'s) and by a build around "read the old ledger's reviews, put
them in the new file, swap it in". A review is therefore written either before
that read (and carried over) or after the swap (into the new file): never into
a file that is about to be replaced.

Both are :func:`fcntl.flock` locks on a file of their own, so they exclude
threads as well as processes (an ``flock`` belongs to the open file, not to the
process), and the system drops them when a holder dies. The holder removes
the lock file as it lets go; whoever then gets the lock on the removed file
sees that it is no longer the one at that path and takes the lock again.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path


def build_lock_path(ledger: Path) -> Path:
    return ledger.with_name(ledger.name + ".lock")


def reviews_lock_path(ledger: Path) -> Path:
    return ledger.with_name(ledger.name + ".reviews.lock")


@contextmanager
def build_lock(ledger: Path, waiting: Callable[[Path], None] | None = None) -> Iterator[None]:
    """Hold the build lock of ``ledger``; ``waiting(lock)`` is called once if another has it."""
    with _hold(build_lock_path(ledger), waiting):
        yield


@contextmanager
def reviews_lock(ledger: Path) -> Iterator[None]:
    """Hold the lock that reviews and the swap of a rebuilt ledger take."""
    with _hold(reviews_lock_path(ledger), None):
        yield


@contextmanager
def _hold(lock: Path, waiting: Callable[[Path], None] | None) -> Iterator[None]:
    fd = _acquire(lock, waiting)
    try:
        yield
    finally:
        lock.unlink(missing_ok=True)  # still held: no one else has this file locked
        os.close(fd)


def _acquire(lock: Path, waiting: Callable[[Path], None] | None) -> int:
    while True:
        fd = os.open(lock, os.O_RDONLY | os.O_CREAT | os.O_CLOEXEC, 0o666)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if waiting is not None:
                    waiting(lock)
                    waiting = None
                fcntl.flock(fd, fcntl.LOCK_EX)
            if _is_at(fd, lock):
                return fd
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)  # its holder removed it while we waited: lock the one there now


def _is_at(fd: int, path: Path) -> bool:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return False
    held = os.fstat(fd)
    return (st.st_dev, st.st_ino) == (held.st_dev, held.st_ino)
