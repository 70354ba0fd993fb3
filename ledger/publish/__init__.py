"""Publish: the ledger in Datasette, with the project's own metadata."""

from __future__ import annotations

import os
import sys
from pathlib import Path

METADATA = Path(__file__).with_name("metadata.yaml")


def datasette_args(db_path: Path, host: str = "127.0.0.1", port: int = 8001) -> list[str]:
    """The ``datasette serve`` command line for a ledger."""
    return [
        sys.executable, "-m", "datasette", "serve", str(db_path),
        "--host", host, "--port", str(port),
        "--metadata", str(METADATA),
        "--setting", "sql_time_limit_ms", "3000",
    ]  # fmt: skip


def serve(db_path: Path, host: str = "127.0.0.1", port: int = 8001) -> None:
    """Replace this process with a Datasette server over the ledger."""
    args = datasette_args(db_path, host, port)
    os.execv(args[0], args)
