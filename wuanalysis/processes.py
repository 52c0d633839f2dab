"""No process left behind: kernels and render workers die with the build that started them, however it dies
(Linux's parent-death signal; elsewhere the build's clean shutdown and the kernels' own parent polling)."""
from __future__ import annotations

import os
from typing import Any

_PR_SET_PDEATHSIG = 1  # linux/prctl.h
_PRCTL: Any = None  # None until looked up, then False or libc's prctl


def _prctl():
    """libc's ``prctl``, looked up once in the parent: a forked child about to exec must not dlopen anything."""
    global _PRCTL
    if _PRCTL is None:
        import sys

        _PRCTL = False
        if sys.platform.startswith("linux"):
            import ctypes

            try:
                _PRCTL = ctypes.CDLL(None, use_errno=True).prctl
            except (OSError, AttributeError):  # pragma: no cover - a libc without prctl
                pass
    return _PRCTL


def die_with_parent(parent: int, sig: int = 15) -> None:
    """Ask Linux to send ``sig`` (SIGTERM) to this process when its parent dies, however the parent dies (a
    SIGKILL included), and exit now if ``parent`` is already gone. Workers call it first thing; kernels get it
    between fork and exec (:class:`LinkedKernelManager`, which looks ``prctl`` up before forking). Elsewhere a
    no-op: there the clean shutdown in :func:`wuanalysis.pages._run_tasks` and the kernels' own parent polling stop
    them."""
    prctl = _PRCTL if _PRCTL is not None else _prctl()
    if not prctl:
        return
    prctl(_PR_SET_PDEATHSIG, sig, 0, 0, 0)
    if os.getppid() != parent:  # the parent died before the request was made
        os._exit(1)


def linked_kernel_manager():
    from jupyter_client.manager import KernelManager

    class LinkedKernelManager(KernelManager):
        """A kernel that dies with the process that started it (see :func:`die_with_parent`)."""

        # the one hook between fork and exec for every kernel, also those nbclient starts for papermill's cold
        # runs (a private method: jupyter-client is pinned in pyproject.toml)
        async def _async_launch_kernel(self, kernel_cmd, **kw):
            parent = os.getpid()
            if _prctl():  # between fork and exec: only the prctl call itself, no import, no lookup
                kw.setdefault("preexec_fn", lambda: die_with_parent(parent))
            return await super()._async_launch_kernel(kernel_cmd, **kw)

    return LinkedKernelManager
