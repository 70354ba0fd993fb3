"""Publish: the ledger in Datasette, with the project's own metadata and pages.

:func:`metadata` turns ``metadata.yaml`` into the dict Datasette reads, fitted to
the ledger being served: Datasette names a database after its file, and a facet,
a canned query or a search box on a column or table the file lacks would fail.
The serve path and the tests both use it. The pages and hooks are in
:mod:`ledger.publish.plugin`, the reopening of a rebuilt file in
:mod:`ledger.publish.reload`, each registered through the ``datasette`` entry
point. This package opens no SQLite itself: what it reads before Datasette
starts, it reads through :mod:`ledger.store`; afterwards Datasette's own
connections serve the pages, and a review is written through the store (under
the lock a build takes around putting its new ledger in place), never through a
connection Datasette keeps open.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

from ledger import store

METADATA = Path(__file__).with_name("metadata.yaml")
PLUGIN = "ledger"
"""The plugin's name in ``metadata["plugins"]`` (settings: ``database``, ``public``)."""

FTS_TABLES = {"sentences": "sentences_fts", "claims": "claims_fts"}


def database_name(db_path: Path) -> str:
    """The name Datasette gives a database file (its stem): the first part of its URLs."""
    return Path(db_path).stem


def schema(db_path: Path) -> dict[str, list[str]]:
    """Every table and view of a ledger with its columns (empty if there is no file).

    Read through :mod:`ledger.store` before Datasette starts: the metadata must
    fit the file before the server opens it.
    """
    return store.schema(db_path)


def metadata(db_path: Path, public: bool = False) -> dict[str, Any]:
    """The Datasette metadata for the ledger at ``db_path``.

    ``public`` turns arbitrary SQL off for the ledger (per database, so plugins that
    read the metadata still work) and tells the plugin to refuse reviews.
    """
    base: dict[str, Any] = yaml.safe_load(METADATA.read_text(encoding="utf-8"))
    cols = schema(db_path)
    name = database_name(db_path)

    def has(ref: str) -> bool:
        table, _, column = ref.partition(".")
        return table in cols and (not column or column in cols[table])

    tables: dict[str, Any] = {}
    for table, spec in base["tables"].items():
        if cols and table not in cols:
            continue
        spec = copy.deepcopy(spec)
        present = cols.get(table)
        if present is not None:
            spec["columns"] = {c: d for c, d in spec.get("columns", {}).items() if c in present}
            if "facets" in spec:
                spec["facets"] = [f for f in spec["facets"] if f in present]
        if FTS_TABLES.get(table) in cols:
            spec["fts_table"] = FTS_TABLES[table]
            spec["fts_pk"] = "rowid"
        tables[table] = spec

    queries: dict[str, Any] = {}
    for key, spec in base["queries"].items():
        spec = dict(spec)
        if not all(has(r) for r in spec.pop("requires", [])):
            continue
        if any(has(r) for r in spec.pop("requires_missing", [])):
            continue
        queries[spec.pop("name", key)] = spec

    database: dict[str, Any] = {"tables": tables, "queries": queries}
    if public:
        database["allow_sql"] = False
    urls = {
        "finding_report": f"/{name}/finding_report",
        "overview": "/-/ledger/overview",
        "rules": "/-/ledger/rules",
    }
    return {
        "title": base["title"],
        "description_html": base["description_html"].format(**urls),
        "license": base["license"],
        "license_url": base["license_url"],
        "source": base["source"],
        "databases": {name: database},
        "plugins": {PLUGIN: {"database": name, "public": public}},
    }


def metadata_path(db_path: Path) -> Path:
    """Where :func:`serve` writes the metadata for ``db_path`` (one file per ledger)."""
    key = hashlib.sha256(str(Path(db_path).resolve()).encode()).hexdigest()[:12]
    return Path(tempfile.gettempdir()) / f"ledger-datasette-{key}.json"


def datasette_args(
    db_path: Path,
    host: str = "127.0.0.1",
    port: int = 8001,
    public: bool = False,
    metadata_file: Path | None = None,
) -> list[str]:
    """The ``datasette serve`` command line for a ledger.

    Public: no arbitrary SQL (``allow_sql: false`` in the metadata), no download of
    the file, a shorter time limit per query. The file is served mutable (not ``-i``):
    the review form writes to it when the server is not public.
    """
    meta = metadata_file or metadata_path(db_path)
    args = [
        sys.executable, "-m", "datasette", "serve", str(db_path),
        "--host", host, "--port", str(port),
        "--metadata", str(meta),
    ]  # fmt: skip
    if public:
        args += ["--setting", "sql_time_limit_ms", "1000", "--setting", "allow_download", "off"]
    else:
        args += ["--setting", "sql_time_limit_ms", "3000"]
    return args


def write_metadata(db_path: Path, public: bool = False) -> Path:
    """Write :func:`metadata` where :func:`datasette_args` points Datasette at it."""
    path = metadata_path(db_path)
    path.write_text(json.dumps(metadata(db_path, public), indent=2), encoding="utf-8")
    return path


def serve(db_path: Path, host: str = "127.0.0.1", port: int = 8001, public: bool = False) -> None:
    """Replace this process with a Datasette server over the ledger.

    FileNotFoundError or :class:`ledger.store.NotALedger`, naming the file, when
    there is no ledger at ``db_path``: Datasette would serve any SQLite file.
    """
    store.require_ledger(db_path)
    meta = write_metadata(db_path, public)
    args = datasette_args(db_path, host, port, public=public, metadata_file=meta)
    os.execv(args[0], args)
