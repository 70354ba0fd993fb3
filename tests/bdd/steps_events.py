"""Step definitions for the events features (loaded through pytest_plugins in tests/conftest.py)."""

from __future__ import annotations
