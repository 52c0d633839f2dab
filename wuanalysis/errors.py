"""The package's errors: one base class, and InputError for a file that cannot be read as a report."""
from __future__ import annotations

from pathlib import Path


class WuanalysisError(Exception):
    """Base class of every error wuanalysis raises on purpose."""


class InputError(WuanalysisError):
    """A file that cannot be read as a report.

    ``reason`` is a short stable code (``empty``, ``binary``, ``encoding``, ``too_large``, ``no_figures``,
    ``duplicate``, ``unreadable``, ``missing``, ``scanned_pdf``, ``legacy_font``, ``unsupported``,
    ``own_output``) that lands in the ``issues`` table; ``detail`` is the plain sentence a person reads, ideally
    with what to try. ``own_output`` marks the tool's own output met among the reports (an output folder, a
    briefing's notebook or page); for a whole folder the error also carries ``n_files``, the files it holds.
    """

    n_files: int | None = None  # set on an own_output error that stands for a whole folder

    def __init__(self, path: str | Path, reason: str, detail: str = ""):
        self.path = str(path)
        self.reason = reason
        self.detail = detail
        super().__init__(f"{self.path}: {reason}" + (f" ({detail})" if detail else ""))

    def __reduce__(self):
        # Pickled by its own arguments (a worker's error travels back to the build; the default, the message
        # alone, cannot be rebuilt and hangs multiprocessing's result thread); n_files goes with the state.
        return (InputError, (self.path, self.reason, self.detail), self.__dict__)


class ConfigError(WuanalysisError):
    """A configuration file (targets, clusters) that does not have the documented shape.

    The message is one line a person can act on: ``FILE, line L, column C (name): what is wrong; how to fix it``.
    ``path``, ``line`` (1 = the header), ``column`` (``"5 (value)"``), ``problem`` and ``fix`` are kept for callers
    that lay them out themselves.
    """

    def __init__(self, path: str | Path, problem: str, fix: str = "", line: int | None = None,
                 column: str | None = None):
        self.path = str(path)
        self.problem = problem
        self.fix = fix
        self.line = line
        self.column = column
        where = self.path + (f", line {line}" if line else "") + (f", column {column}" if column else "")
        message = f"{where}: {problem}" + (f"; {fix}" if fix else "")
        super().__init__(" ".join(message.split("\n")))

    def __reduce__(self):
        return (ConfigError, (self.path, self.problem, self.fix, self.line, self.column))
