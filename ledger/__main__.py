from __future__ import annotations

from ledger.cli import cli

if __name__ == "__main__":  # pragma: no cover
    cli()
