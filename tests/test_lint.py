"""The code checks the README's test command runs: `ruff check` over the repository (pyproject's [tool.ruff]) and
`mypy` over the package (pyproject's [tool.mypy])."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _tool(name: str) -> str | None:
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else shutil.which(name)


def _ruff() -> str | None:
    return _tool("ruff")


@pytest.mark.skipif(_ruff() is None, reason="ruff is installed with the test extra: pip install -e '.[test]'")
def test_ruff_finds_nothing():
    done = subprocess.run([_ruff(), "check", "--no-cache", "--output-format", "concise", str(ROOT)],
                          cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def _mypy_cache() -> Path:
    """mypy's incremental cache, outside the repository: in the system's temporary folder, one per checkout and
    Python (a first run checks everything, about 6 s of CPU; a run after an edit re-checks what changed, under 1 s)."""
    import hashlib
    import tempfile

    user = os.getuid() if hasattr(os, "getuid") else ""  # another user's folder in a shared /tmp is not writable
    key = hashlib.sha256(f"{ROOT}|{sys.version}|{user}".encode()).hexdigest()[:12]
    return Path(tempfile.gettempdir()) / f"wuanalysis-mypy-{key}"


@pytest.mark.skipif(_tool("mypy") is None, reason="mypy is installed with the test extra: pip install -e '.[test]'")
def test_mypy_finds_nothing():
    done = subprocess.run([_tool("mypy"), "--cache-dir", str(_mypy_cache()), "--no-error-summary"], cwd=ROOT,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
