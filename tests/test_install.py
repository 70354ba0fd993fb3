"""The ledger installs like a real tool: its data and features travel inside the package.

The repository keeps ``data/`` and ``features/`` at its top level; ``pyproject.toml``
maps them to ``ledger.data`` and ``ledger.features``. The slow test builds the wheel
from a clean copy of the sources, installs it into a new virtual environment and
builds the seeds from another folder, as someone who ran ``pip install`` would.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

from ledger import api, lexicon

ROOT = Path(__file__).resolve().parents[1]
# The folders of the checkout that a package keeps elsewhere, and where.
MAPPED = {"data": "ledger/data", "features": "ledger/features"}


def _files(folder: Path) -> list[Path]:
    return sorted(
        p.relative_to(folder)
        for p in folder.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    )


def _packages_in_tree() -> set[str]:
    """Every folder a wheel must list as a package: the code's and the mapped ones."""
    found = set()
    for top, prefix in [("ledger", "ledger"), *MAPPED.items()]:
        for path in [ROOT / top, *(ROOT / top).rglob("*")]:
            if path.is_dir() and path.name != "__pycache__" and any(path.iterdir()):
                rel = path.relative_to(ROOT / top).parts
                found.add(".".join([*prefix.split("/"), *rel]))
    return found


def test_every_folder_of_the_package_is_listed_in_pyproject() -> None:
    """setuptools' ``find`` cannot rename ``data/`` to ``ledger/data/``, so the packages
    are listed by hand: a new sub-package must be added there, or the wheel leaves it out."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    setuptools = config["tool"]["setuptools"]
    assert set(setuptools["packages"]) == _packages_in_tree()
    assert setuptools["package-dir"] == {"ledger.data": "data", "ledger.features": "features"}


def test_a_checkout_finds_its_own_data_and_features(monkeypatch, tmp_path: Path) -> None:
    """Installed editable (``make``), the package reads the repository's folders,
    and ``$LEDGER_DATA`` still points it at another one."""
    monkeypatch.delenv("LEDGER_DATA", raising=False)
    assert lexicon.data_dir() == ROOT / "data"
    assert api.features_dir() == ROOT / "features"
    monkeypatch.setenv("LEDGER_DATA", str(tmp_path))
    assert lexicon.data_dir() == tmp_path


def _clean_copy(dest: Path) -> Path:
    """The sources alone: a build in the checkout would reuse a stale ``build/lib``."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ["ledger", *MAPPED]:
        shutil.copytree(ROOT / name, dest / name, ignore=ignore)
    for name in ["pyproject.toml", "README.md"]:
        shutil.copy2(ROOT / name, dest / name)
    return dest


def _venv_with_our_dependencies(venv: Path) -> Path:
    """A new environment whose only ledger is the one installed into it.

    Its dependencies are this test run's own (a ``.pth`` line adds this interpreter's
    site-packages after the new one's), so the test needs no package index and takes
    seconds. A ``.pth`` line adds a folder without running that folder's own ``.pth``
    files, so the editable install of the checkout stays out of it.
    """
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    Path(site, "_ledger_test_dependencies.pth").write_text(
        "".join(f"{p}\n" for p in sorted(ours)), encoding="utf-8"
    )
    return python


def test_the_wheel_installs_and_builds_the_seeds_from_another_folder(tmp_path: Path) -> None:
    source = _clean_copy(tmp_path / "source")
    wheels = tmp_path / "wheels"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check"]
    subprocess.run(
        [*pip, "wheel", str(source), "--no-deps", "--quiet", "-w", str(wheels)],
        check=True,
        capture_output=True,
    )
    [wheel] = wheels.glob("fact_ledger-*.whl")

    # Every file of data/ and features/ travels inside the package, subfolders too.
    names = set(zipfile.ZipFile(wheel).namelist())
    for top, inside in MAPPED.items():
        for rel in _files(ROOT / top):
            assert f"{inside}/{rel.as_posix()}" in names, f"{top}/{rel} is not in the wheel"
    assert not any(n.startswith(("data/", "features/")) for n in names)

    python = _venv_with_our_dependencies(tmp_path / "venv")
    subprocess.run(
        [*pip, "--python", str(python), "install", "--no-deps", "--no-index", "--quiet", wheel],
        check=True,
        capture_output=True,
    )

    work = tmp_path / "elsewhere"
    shutil.copytree(ROOT / "seeds", work / "articles")
    env = {k: v for k, v in os.environ.items() if k not in {"LEDGER_DATA", "PYTHONPATH"}}
    where = subprocess.run(
        [str(python), "-c", "import ledger; print(ledger.__file__)"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert Path(where).is_relative_to(tmp_path / "venv"), where

    ledger_cli = tmp_path / "venv" / "bin" / "ledger"
    built = subprocess.run(
        [str(ledger_cli), "build", "articles", "--db", "out/ledger.db"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
    )
    assert built.returncode == 0, built.stderr
    assert "documents: 5" in built.stdout
    with sqlite3.connect(work / "out" / "ledger.db") as db:
        contradictions = db.execute(
            "select count(*) from findings where verdict = 'contradiction'"
        ).fetchone()[0]
        features = db.execute("select count(*) from rules where feature_text != ''").fetchone()[0]
    assert contradictions == 3
    assert features > 0  # the rules' Gherkin came from the installed ledger/features/
