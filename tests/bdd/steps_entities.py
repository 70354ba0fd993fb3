"""Step definitions for the entities features (loaded through pytest_plugins in tests/conftest.py)."""

from __future__ import annotations
