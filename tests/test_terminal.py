"""The main command as a user types it: in a real terminal (a pseudo-terminal here), with ``-q``, and in a pipe.

Progress bars are drawn only on a terminal, so only a pseudo-terminal exercises them: a crash there
(``if bar`` on a tqdm bar without a total) went unseen while every other test passed.
"""
from __future__ import annotations

import fcntl
import os
import pty
import re
import struct
import shutil
import subprocess
import sys
import termios
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")


def run_in_terminal(*args: str, timeout: float = 600, window: bool = True) -> tuple[int, str]:
    """Run ``python -m wuanalysis ARGS`` with stdin, stdout and stderr on a pseudo-terminal; its exit status and
    everything it showed. ``window=False`` leaves the terminal at the 0 x 0 a fresh pseudo-terminal reports, as
    ``script -qec "…" /dev/null`` does."""
    master, slave = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")} | {"TERM": "xterm"}
    if window:  # a terminal window of 30 x 100
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
        env |= {"COLUMNS": "100", "LINES": "30"}
    proc = subprocess.Popen([sys.executable, "-m", "wuanalysis", *args], stdin=slave, stdout=slave, stderr=slave,
                            cwd=ROOT, env=env, start_new_session=True)
    os.close(slave)
    chunks = []
    try:
        while True:
            try:
                data = os.read(master, 65536)
            except OSError:  # EIO: the other side is closed
                break
            if not data:
                break
            chunks.append(data)
    finally:
        os.close(master)
    code = proc.wait(timeout=timeout)
    return code, b"".join(chunks).decode("utf-8", "replace")


def test_build_in_a_terminal_shows_progress_and_succeeds(tmp_path):
    code, shown = run_in_terminal("build", str(SEEDS), "--out", str(tmp_path / "out"), "--no-briefings")
    assert code == 0, shown
    assert "Traceback" not in shown
    assert "reading" in shown and "file" in shown  # the progress bar
    assert re.search(r"reading:.*\b\d/5 \[", shown), shown  # with its total: the 5 files to read
    assert "5 reports" in shown
    assert (tmp_path / "out" / "measurements.parquet").exists()


def test_a_terminal_without_a_size_still_shows_progress(tmp_path):
    """Under ``script`` the pseudo-terminal reports 0 columns, in which tqdm draws nothing: 80 are assumed."""
    code, shown = run_in_terminal("build", str(SEEDS), "--out", str(tmp_path / "out"), "--no-briefings", window=False)
    assert code == 0, shown
    assert "reading" in shown and "files" in shown, shown


def test_build_with_briefings_in_a_terminal_shows_their_progress(seeds_site, tmp_path):
    # the seeds copied elsewhere, built over a copy of the main job (conftest.py): a new build (its inputs are other
    # files) whose four pages are those of the main job (a page does not show where a report was read), so they are
    # copied and counted on the briefings' bar without a kernel
    reports, out = tmp_path / "reports", tmp_path / "out"
    shutil.copytree(SEEDS, reports)
    shutil.copytree(seeds_site, out)
    code, shown = run_in_terminal("build", str(reports), "--out", str(out), "--workers", "1")
    assert code == 0, shown
    assert "Traceback" not in shown
    assert "briefings" in shown and "page" in shown
    assert (out / "index.html").exists()
    assert (out / "briefings" / "binh-phuoc.html").exists()


def test_quiet_shows_no_progress_in_a_terminal(tmp_path):
    code, shown = run_in_terminal("build", str(SEEDS), "--out", str(tmp_path / "out"), "--no-briefings", "-q")
    assert code == 0, shown
    assert "reading" not in shown and "\r" not in shown.replace("\r\n", "\n")
    assert "5 reports" in shown


def test_extract_in_a_terminal(tmp_path):
    code, shown = run_in_terminal("extract", str(SEEDS), "--facts", str(tmp_path / "facts.csv"))
    assert code == 0, shown
    assert "Traceback" not in shown and "reading" in shown
    assert (tmp_path / "facts.csv").exists()


def test_build_in_a_pipe_shows_no_bar_and_succeeds(tmp_path, capsys):
    """Output to a pipe or a file (here pytest's capture: neither stream is a terminal), through the command line's
    entry point in this process (the terminal runs above are whole processes)."""
    from wuanalysis.cli import main

    assert not sys.stdout.isatty() and not sys.stderr.isatty()
    code = main(["build", str(SEEDS), "--out", str(tmp_path / "out"), "--no-briefings"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "5 reports" in out
    assert "reading" not in err and "\r" not in err
