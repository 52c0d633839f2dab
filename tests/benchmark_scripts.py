"""The benchmark scripts the tests borrow from (``benchmarks/`` is not a package): the synthetic corpus of
``make_corpus.py`` and the synthetic tables of ``measures_speed.py``."""
from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path
from types import ModuleType

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


@cache
def load(name: str) -> ModuleType:
    """``benchmarks/<name>.py`` as a module, loaded once a process."""
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    assert spec is not None and spec.loader is not None, f"no benchmark script {name}.py in {BENCHMARKS}"
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
