"""A running Datasette reopens the ledger a rebuild swapped in (asgi_wrapper hook)."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import sys
from pathlib import Path

from datasette.app import Datasette

from ledger import api


def test_a_server_sees_the_rebuilt_ledger_and_writes_into_it(
    tmp_path: Path, seeds_dir: Path
) -> None:
    folder = tmp_path / "in"
    shutil.copytree(seeds_dir, folder)
    db = tmp_path / "ledger.db"
    api.build([folder], db)
    ds = Datasette([str(db)])

    async def documents() -> int:
        response = await ds.client.get("/ledger/documents.json?_shape=array")
        assert response.status_code == 200
        return len(response.json())

    async def scenario() -> tuple[int, int]:
        await ds.invoke_startup()
        before = await documents()
        (folder / "004_214c75a972e520e4.txt").unlink()
        api.build([folder], db)
        return before, await documents()

    assert asyncio.run(scenario()) == (5, 4)


def test_reload_is_a_plugin_of_its_own_and_imports_no_other() -> None:
    """Both modules are registered through the entry point; neither imports the other."""
    from datasette.plugins import pm

    from ledger.publish import plugin, reload

    assert pm.get_plugin("ledger-reload") is reload
    assert pm.get_plugin("ledger") is plugin
    probe = (
        "import sys; import ledger.publish.{0}; "
        "assert 'ledger.publish.{1}' not in sys.modules, 'ledger.publish.{0} imports {1}'"
    )
    for a, b in (("reload", "plugin"), ("plugin", "reload")):
        done = subprocess.run(
            [sys.executable, "-c", probe.format(a, b)], capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
