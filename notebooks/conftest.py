"""nbval runs the committed notebooks against the seeds' tables built into a temporary folder.

Built once with :func:`wuanalysis.build` (the same call as ``wuanalysis build seeds --out outputs``, without the
pages the notebooks do not read), by the pytest process that starts the run (not by each xdist worker, which would
race), into ``<temporary folder>/outputs``; ``WUANALYSIS_DATA_DIR`` points the notebooks' default ``data_dir``
there (:func:`wuanalysis.datadir.data_dir_candidates`), and the workers and their kernels inherit it. The run
writes nothing into the repository: an analyst's own ``outputs/`` is neither read nor touched. The folder is
removed when the run ends. The unit tests' ``seeds_tables`` (tests/conftest.py) are the same build: they read this
folder, named by ``WUANALYSIS_TESTS_SEEDS_TABLES``, rather than build it again.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS_TABLES_ENV = "WUANALYSIS_TESTS_SEEDS_TABLES"  # read by tests/conftest.py's seeds_tables
_MADE: list[Path] = []


def prepare_outputs() -> Path:
    """The seeds' tables built into a new temporary folder (its name ends in ``outputs``, as the committed
    notebooks' paths do once sanitized), which ``WUANALYSIS_DATA_DIR`` names from now on in this process."""
    from wuanalysis import build
    from wuanalysis.datadir import DATA_DIR_ENV

    top = Path(tempfile.mkdtemp(prefix="wuanalysis-nbval-"))
    _MADE.append(top)
    out = top / "outputs"
    build(ROOT / "seeds", out, briefings=False)
    os.environ[DATA_DIR_ENV] = str(out)
    os.environ[SEEDS_TABLES_ENV] = str(out)
    return out


def pytest_configure(config):
    if hasattr(config, "workerinput"):
        return  # an xdist worker: the controller has built the tables and set WUANALYSIS_DATA_DIR before starting it
    prepare_outputs()


def remove_outputs() -> None:
    """The temporary folders :func:`prepare_outputs` made, removed."""
    while _MADE:
        shutil.rmtree(_MADE.pop(), ignore_errors=True)
    os.environ.pop(SEEDS_TABLES_ENV, None)


def pytest_unconfigure(config):
    if not hasattr(config, "workerinput"):
        remove_outputs()
