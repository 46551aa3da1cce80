"""Run examples/walkthrough.ipynb from top to bottom and save it with its new outputs.

Run: python examples/refresh_walkthrough.py   (needs pip install -e '.[notebook]')

Do this after changing the notebook or anything it prints; tests/test_notebook.py fails
when the saved outputs no longer match a fresh run. The kernel is this interpreter, and
the notebook runs in examples/ as Jupyter would run it. Run times and the Python version
are not saved, so a refresh with unchanged results leaves the file as it was.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

NOTEBOOK = Path(__file__).resolve().parent / "walkthrough.ipynb"
KERNEL = "quoteprov-walkthrough"


def execute(notebook: object, *, workdir: Path) -> None:
    """Execute ``notebook`` (an nbformat node) in place on a kernel that runs this interpreter."""
    import nbclient

    with tempfile.TemporaryDirectory() as jupyter:
        # A kernelspec of our own, so a "python3" kernel of another Python cannot be picked up.
        spec = Path(jupyter, "kernels", KERNEL)
        spec.mkdir(parents=True)
        argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
        kernel = {"argv": argv, "display_name": "quoteprov", "language": "python"}
        spec.joinpath("kernel.json").write_text(json.dumps(kernel), encoding="utf-8")
        saved = {k: os.environ.get(k) for k in ("JUPYTER_PATH", "JUPYTER_RUNTIME_DIR", "JUPYTER_PLATFORM_DIRS")}
        os.environ.update(JUPYTER_PATH=jupyter, JUPYTER_RUNTIME_DIR=jupyter, JUPYTER_PLATFORM_DIRS="1")
        try:
            client = nbclient.NotebookClient(
                notebook, kernel_name=KERNEL, timeout=120, record_timing=False,
                resources={"metadata": {"path": str(workdir)}},
            )
            client.execute()
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value


def main() -> int:
    import nbformat

    notebook = nbformat.read(NOTEBOOK, as_version=4)
    execute(notebook, workdir=NOTEBOOK.parent)
    # Keep the metadata a fresh checkout needs and nothing machine-specific.
    notebook.metadata = {
        "kernelspec": {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"},
        "language_info": {"name": "python"},
    }
    nbformat.write(notebook, NOTEBOOK)
    print(f"wrote {NOTEBOOK} ({NOTEBOOK.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
