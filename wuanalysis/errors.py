"""The package's errors: one base class, and InputError for a file that cannot be read as a report."""
from __future__ import annotations

from pathlib import Path


class WuanalysisError(Exception):
    """Base class of every error wuanalysis raises on purpose."""


class InputError(WuanalysisError):
    """A file that cannot be read as a report.

    ``reason`` is a short stable code (``empty``, ``binary``, ``encoding``, ``too_large``, ``no_figures``,
    ``duplicate``, ``unreadable``, ``missing``, ``scanned_pdf``, ``legacy_font``, ``unsupported``) that lands in
    the ``issues`` table; ``detail`` is the plain sentence a person reads, ideally with what to try.
    """

    def __init__(self, path: str | Path, reason: str, detail: str = ""):
        self.path = str(path)
        self.reason = reason
        self.detail = detail
        super().__init__(f"{self.path}: {reason}" + (f" ({detail})" if detail else ""))


class ConfigError(WuanalysisError):
    """A user-supplied table (targets, clusters) that does not have the documented shape."""
