"""Step definitions for the titles features (loaded through pytest_plugins in tests/conftest.py)."""

from __future__ import annotations
