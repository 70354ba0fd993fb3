"""Language data and rule parameters, loaded from YAML files under ``data/``.

Words of a language live in ``data/<lang>/<name>.yaml``; language-neutral rule
parameters live in ``data/<name>.yaml``. Files are read once and cached, the way
dateparser loads its per-language data lazily.

The repository keeps ``data/`` and ``features/`` at its top level; the package
maps them to ``ledger.data`` and ``ledger.features`` (``pyproject.toml``,
``[tool.setuptools] package-dir``), so an installed ledger carries them inside
``ledger/`` and finds them with :mod:`importlib.resources`, never relative to the
source tree (Datasette finds its templates the same way).
"""

from __future__ import annotations

import os
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

DEFAULT_LANGUAGE = "id"


def data_dir() -> Path:
    """The folder holding the lexicons: ``$LEDGER_DATA``, else the package's ``data/``."""
    override = os.environ.get("LEDGER_DATA")
    if override:
        return Path(override)
    return resource_dir("data")


@cache
def resource_dir(name: str) -> Path:
    """The package's folder ``name`` (``data`` or ``features``).

    An installed ledger carries it as ``ledger/<name>/``. A checkout, whether run
    from the tree or installed editable (setuptools' editable finder cannot import
    a sub-package mapped elsewhere that has no ``__init__.py``), has the
    repository's top-level ``<name>/`` beside ``ledger/``.
    """
    packaged = resources.files("ledger").joinpath(name)
    if isinstance(packaged, Path) and packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parent.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"the folder {name}/ is missing from the package at {packaged}")


def load(name: str, lang: str | None = DEFAULT_LANGUAGE) -> Any:
    """Load ``data/<lang>/<name>.yaml`` (or ``data/<name>.yaml`` when ``lang`` is None)."""
    return _load(data_dir(), name, lang)


@cache
def _load(base: Path, name: str, lang: str | None) -> Any:
    """One read per folder, file and language: callers ask for a lexicon in inner loops."""
    path = (base if lang is None else base / lang) / f"{name}.yaml"
    if not path.is_file():
        raise FileNotFoundError(f"lexicon {path} is missing")
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh) or {}


def words(name: str, key: str, lang: str | None = DEFAULT_LANGUAGE) -> list[str]:
    """A list of words under ``key`` in a lexicon, longest first (for greedy matching)."""
    values = load(name, lang).get(key, [])
    return sorted((str(v) for v in values), key=len, reverse=True)


def alternation(items: list[str]) -> str:
    """A regex alternation of literal phrases, longest first, spaces matching any whitespace."""
    import re

    parts = sorted({re.escape(i).replace(r"\ ", r"\s+") for i in items}, key=len, reverse=True)
    return "|".join(parts)
