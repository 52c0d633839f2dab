"""Re-execute the committed notebooks in place, so their outputs match what the package now computes.

Run it after a change to the extractor, the measurements or the scorecards (nbval in the test suite fails
until you do), then commit the notebooks:

    .venv/bin/python scripts/refresh_notebooks.py
"""
from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "notebooks"))

from conftest import prepare_outputs, remove_outputs  # noqa: E402  (the tables the notebook tests use)


def main() -> None:
    prepare_outputs()  # the seeds' tables in a temporary folder, named by WUANALYSIS_DATA_DIR for the kernels
    try:
        for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
            nb = nbformat.read(path, as_version=4)
            for cell in nb.cells:
                cell.metadata.pop("execution", None)  # no wall-clock timings in committed files
            NotebookClient(nb, kernel_name="python3", record_timing=False, timeout=600,
                           resources={"metadata": {"path": str(path.parent)}}).execute()
            nbformat.write(nb, path)
            print(f"executed {path.relative_to(ROOT)}")
    finally:
        remove_outputs()


if __name__ == "__main__":
    main()
