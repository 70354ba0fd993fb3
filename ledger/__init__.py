"""The fact ledger: a claims-consistency checker for news.

The public API lives in :mod:`ledger.api`; each pipeline stage is its own module
(see ``docs/architecture.md``).
"""

from __future__ import annotations

__version__ = "0.1.0"
