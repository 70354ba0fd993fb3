"""A running Datasette reopens the ledger a rebuild swapped in (asgi_wrapper hook)."""

from __future__ import annotations

import asyncio
import shutil
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
