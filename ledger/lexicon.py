"""Language data and rule parameters, loaded from YAML files under ``data/``.

Words of a language live in ``data/<lang>/<name>.yaml``; language-neutral rule
parameters live in ``data/<name>.yaml``. Files are read once and cached, the way
dateparser loads its per-language data lazily.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import Any

import yaml

DEFAULT_LANGUAGE = "id"


def data_dir() -> Path:
    """The folder holding the lexicons: ``$LEDGER_DATA`` or the repository's ``data/``."""
    override = os.environ.get("LEDGER_DATA")
    if override:
        return Path(override)
    return Path(__file__).resolve().parent.parent / "data"


@cache
def _read(path: Path) -> Any:
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh) or {}


def load(name: str, lang: str | None = DEFAULT_LANGUAGE) -> Any:
    """Load ``data/<lang>/<name>.yaml`` (or ``data/<name>.yaml`` when ``lang`` is None)."""
    base = data_dir() if lang is None else data_dir() / lang
    path = base / f"{name}.yaml"
    if not path.exists():
        raise FileNotFoundError(f"lexicon {path} is missing")
    return _read(path)


def words(name: str, key: str, lang: str | None = DEFAULT_LANGUAGE) -> list[str]:
    """A list of words under ``key`` in a lexicon, longest first (for greedy matching)."""
    values = load(name, lang).get(key, [])
    return sorted((str(v) for v in values), key=len, reverse=True)


def alternation(items: list[str]) -> str:
    """A regex alternation of literal phrases, longest first, spaces matching any whitespace."""
    import re

    parts = sorted({re.escape(i).replace(r"\ ", r"\s+") for i in items}, key=len, reverse=True)
    return "|".join(parts)
