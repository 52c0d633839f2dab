"""No process left behind: kernels and render workers die with the build that started them, however it dies
(Linux's parent-death signal; elsewhere the build's clean shutdown and the kernels' own parent polling)."""
from __future__ import annotations

import os
from typing import Any, NoReturn

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


# Where a kernel's Unix sockets go, at most this long (Linux allows 107 bytes in a socket's path, macOS 103)
_SOCKET_PATH_MAX = 96
_SOCKET_FOLDERS: set[str] = set()  # the socket folders of this process's kernels, until they are shut down


def exit_now(code: int) -> NoReturn:
    """End this process at once (``os._exit``), first removing its kernels' socket folders (the kernels die with
    it; their folders would stay in the temporary folder, a worker stopped while its kernel starts included)."""
    import shutil

    for folder in list(_SOCKET_FOLDERS):
        shutil.rmtree(folder, ignore_errors=True)
    os._exit(code)


def linked_kernel_manager():
    from jupyter_client.manager import KernelManager
    from traitlets import default

    class LinkedKernelManager(KernelManager):
        """A kernel that dies with the process that started it (see :func:`die_with_parent`), and talks over Unix
        sockets in a folder of its own where there are Unix sockets: a loopback port is chosen free, then released
        until the kernel binds it, and another kernel starting at that moment (a build's other render worker, or
        another program) can take it; the kernel then hangs, "Address already in use", and its worker waited a
        minute and printed the kernel's traceback (jupyter_client issue 487, papermill issue 511)."""

        @default("transport")
        def _default_transport(self) -> str:
            return "ipc" if os.name == "posix" else "tcp"

        async def _async_pre_start_kernel(self, **kw):
            if self.transport == "ipc" and not self.connection_file:  # type: ignore[has-type] # (traitlets)
                import tempfile

                folder = tempfile.mkdtemp(prefix="wuanalysis-kernel-")
                if len(os.path.join(folder, "kernel-ipc-99")) > _SOCKET_PATH_MAX:  # a long TMPDIR: ports after all
                    os.rmdir(folder)
                    self.transport = "tcp"
                    self.ip = "127.0.0.1"
                else:
                    self._socket_folder = folder
                    _SOCKET_FOLDERS.add(folder)
                    self.connection_file = os.path.join(folder, "kernel.json")
                    self.ip = os.path.join(folder, "kernel-ipc")
            return await super()._async_pre_start_kernel(**kw)

        async def _async_cleanup_resources(self, restart: bool = False) -> None:
            await super()._async_cleanup_resources(restart=restart)
            if not restart and (folder := getattr(self, "_socket_folder", None)):
                import shutil

                shutil.rmtree(folder, ignore_errors=True)
                _SOCKET_FOLDERS.discard(folder)

        # the one hook between fork and exec for every kernel, also those nbclient starts for papermill's cold
        # runs (a private method: jupyter-client is pinned in pyproject.toml)
        async def _async_launch_kernel(self, kernel_cmd, **kw):
            parent = os.getpid()
            if _prctl():  # between fork and exec: only the prctl call itself, no import, no lookup
                kw.setdefault("preexec_fn", lambda: die_with_parent(parent))
            return await super()._async_launch_kernel(kernel_cmd, **kw)

    return LinkedKernelManager
