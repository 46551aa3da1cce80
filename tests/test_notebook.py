"""examples/walkthrough.ipynb runs from top to bottom, and the outputs saved in it are the ones a
fresh run prints, so the committed notebook cannot go stale."""

from __future__ import annotations

import copy
import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "examples" / "walkthrough.ipynb"
REFRESH = "python examples/refresh_walkthrough.py"


def _needs() -> ModuleType:
    for name in ("nbclient", "ipykernel", "pandas", "matplotlib"):
        pytest.importorskip(name)
    nbformat = pytest.importorskip("nbformat")
    return nbformat


def _refresher() -> ModuleType:
    """examples/refresh_walkthrough.py, which runs the notebook the way it was saved."""
    spec = importlib.util.spec_from_file_location("refresh_walkthrough", ROOT / "examples" / "refresh_walkthrough.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _outputs(cell: Any) -> list[tuple[str, str]]:
    """A code cell's outputs as text. Image bytes are left out (they change with matplotlib and
    font versions), and so is pandas' HTML table (its markup changes between pandas versions);
    the table's text form is kept. Consecutive pieces of one stream are one text: a busy
    machine's kernel may flush a cell's printing in two messages."""
    tags = cell.metadata.get("tags", [])
    found: list[tuple[str, str]] = []
    for output in cell.outputs:
        kind = output.output_type
        if kind == "stream" and found and found[-1][0] == output.name:
            found[-1] = (output.name, found[-1][1] + output.text)
        elif kind == "stream":
            found.append((output.name, output.text))
        elif kind == "error":
            found.append(("error", f"{output.ename}: {output.evalue}"))
        else:
            for mime, data in sorted(output.data.items()):
                if mime.startswith("image/"):
                    data = "<image>"
                elif mime == "text/html" and "pandas" in tags:
                    data = "<pandas table>"
                found.append((f"{kind} {mime}", data))
    return found


def test_the_saved_notebook_ran_from_top_to_bottom_without_errors() -> None:
    nbformat = _needs()
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    code = [c for c in notebook.cells if c.cell_type == "code"]
    assert [c.execution_count for c in code] == list(range(1, len(code) + 1))
    assert not [o for c in code for o in c.outputs if o.output_type == "error"]
    shown = "".join(text for c in code for _, text in _outputs(c))
    assert "TASS" in shown and "The Hill" in shown
    images = [o for c in code for o in c.outputs if "image/png" in o.get("data", {})]
    assert len(images) == 1
    assert NOTEBOOK.stat().st_size < 150_000, "keep the saved notebook small: one modest PNG"


def test_a_fresh_run_prints_what_the_notebook_saved() -> None:
    nbformat = _needs()
    saved = nbformat.read(NOTEBOOK, as_version=4)
    fresh = copy.deepcopy(saved)
    # One more cell, run last: the kernel is this interpreter (with this quoteprov), not some
    # other Python that happens to own a "python3" kernel.
    fresh.cells.append(nbformat.v4.new_code_cell("import sys, quoteprov; print(sys.executable, quoteprov.__file__)"))
    _refresher().execute(fresh, workdir=ROOT / "examples")  # raises CellExecutionError on any error
    import quoteprov

    assert _outputs(fresh.cells[-1]) == [("stdout", f"{sys.executable} {quoteprov.__file__}\n")]
    assert len(fresh.cells) == len(saved.cells) + 1
    for old, new in zip(saved.cells, fresh.cells):
        if old.cell_type != "code":
            continue
        assert _outputs(new) == _outputs(old), f"cell {old.id} prints something else now; run {REFRESH}"


def test_the_lavrov_trace_names_each_route_to_tass() -> None:
    """The relay chains the notebook shows, read from the saved notebook."""
    nbformat = _needs()
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    cell = next(c for c in notebook.cells if c.cell_type == "code" and "relay_chain(g, article, remark)" in c.source)
    text = "".join(t for _, t in _outputs(cell))
    assert "first given to TASS (interview)" in text
    assert "001_9d08bd687a90a578 → The Hill (“According to The Hill”) → TASS (" in text
    assert "003_baf3977b8bb9c7ed → TASS (“in a Dec. 29 interview with Russian state news agency TASS”)" in text
