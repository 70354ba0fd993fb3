"""The ``@hookimpl`` marker every module of the ledger's Datasette plugins uses.

Its own module so that each plugin module (:mod:`ledger.publish.plugin`,
:mod:`ledger.publish.reload`) imports it from here and neither imports the other:
each is registered on its own through ``[project.entry-points.datasette]``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from datasette import hookimpl as _hookimpl

F = TypeVar("F", bound=Callable[..., Any])


def hookimpl(fn: F) -> F:
    """:data:`datasette.hookimpl`, typed: it marks ``fn`` and returns it unchanged."""
    marked: F = _hookimpl(fn)
    return marked
