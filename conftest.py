"""Doctests in quoteprov/ whose example needs an optional extra skip where it is missing,
as the tests under tests/ do (the suite passes with only the ``test`` extra installed)."""

from __future__ import annotations

import importlib.util

import pytest

#: doctest name (module.function) → the module its example imports
_NEEDS = {
    "quoteprov.analysis.to_frame": "pandas",
    "quoteprov.analysis.Analysis.to_frame": "pandas",
    "quoteprov.graph.analyze.Corpus.to_frame": "pandas",
}


@pytest.fixture(autouse=True)
def _skip_doctests_without_their_extra(request: pytest.FixtureRequest) -> None:
    if isinstance(request.node, pytest.DoctestItem):
        needed = _NEEDS.get(request.node.name)
        if needed and importlib.util.find_spec(needed) is None:
            pytest.skip(f"needs {needed} (quoteprov[{needed}])")


def pytest_ignore_collect(collection_path: object, config: pytest.Config) -> bool | None:
    """quoteprov/distributed needs the dask extra even to import: without it, its doctests
    are not collected (tests/test_dask.py skips itself)."""
    from pathlib import Path

    parts = Path(str(collection_path)).parts
    if "distributed" in parts and "quoteprov" in parts and not _installed("distributed"):
        return True
    return None


def _installed(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False
