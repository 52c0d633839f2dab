"""The output folder's mechanics: its lock, the staging folder a build writes into and swaps in whole, the manifest
that marks it as ours, and the writing of its tables (a table that cannot be written is a problem row, not a
crash). Only :mod:`wuanalysis.build` uses it; it knows nothing of reports or measurements.
"""
from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import WuanalysisError
from .readers import MANIFEST_NAME  # one name for the walker that skips our folders and the build that marks them

if TYPE_CHECKING:  # pandas is imported when a build runs: `import wuanalysis` stays cheap
    import pandas as pd

CACHE_DIR = ".wuanalysis"  # kept across builds: moved into each new build before the swap
# What builds wrote before manifests existed: a folder holding only these is ours too.
_OLD_OUTPUT_NAMES = frozenset({
    "documents.parquet", "documents.csv", "facts.parquet", "facts.csv", "measurements.parquet", "measurements.csv",
    "issues.csv", "issues.parquet", "scorecards.parquet", "scorecards.xlsx", "index.html", "overview.html",
    "overview.ipynb", "briefings", ".gitkeep", CACHE_DIR,
})
_CARRIED_OVER = (CACHE_DIR, ".gitkeep")
PROBLEM_COLUMNS = ["doc", "path", "reason", "detail"]


class BuildError(WuanalysisError):
    """A build that could not start or finish; the message is one line naming the folder or file and a fix."""


class OutputLocked(BuildError):
    """Another build is writing the same output folder."""


# ---------------------------------------------------------------- writing into the staging folder


def write_tables(tables: dict[str, pd.DataFrame | None], staging: Path, out: Path) -> list[dict]:
    """Each table as ``NAME.parquet`` (for programs) and ``NAME.csv`` (for people: :func:`write_csv_for_excel`) in
    ``staging``; the ``write_failed`` problem rows of the files that could not be written (named where they will
    be in ``out``)."""
    from functools import partial

    from .corpus import write_table

    failed: list[dict] = []
    for name, frame in tables.items():
        failed += attempt(staging / f"{name}.parquet", partial(write_table, frame), staging, out)
        failed += attempt(staging / f"{name}.csv", partial(write_csv_for_excel, frame), staging, out)
    return failed


BOM = "\ufeff"


def write_csv_for_excel(frame: pd.DataFrame, path: Path) -> Path:
    """A build's CSV copy of a table: formula-safe, list cells as text, and a UTF-8 byte-order mark first. Excel on
    Windows reads a CSV without one in the ANSI code page, and Vietnamese comes out garbled ("Báº¯c Káº¡n"); with
    it, Excel and LibreOffice read UTF-8. Programs read it with ``pd.read_csv(path, encoding="utf-8-sig")`` (the
    Parquet copy is the one for programs). The mark is written as the first character of the header: the first
    column's name starts with U+FEFF, which UTF-8 writes as EF BB BF at the very start of the file (no second pass
    over a national table, no copy of it: renaming a column shares the data)."""
    from .corpus import write_table

    return write_table(csv_for_excel(frame), path)


def csv_for_excel(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame a build's CSV copy is written from (:func:`write_csv_for_excel`): list cells as text, formulas
    defused, the byte-order mark before the first column's name."""
    from .tables_io import defuse_formulas

    frame = list_cells_as_text(frame)
    if len(frame.columns):
        frame = frame.rename(columns={frame.columns[0]: BOM + str(frame.columns[0])})
    return defuse_formulas(frame)


# what pandas.api.types.infer_dtype calls a column that holds no list, tuple or array
_NO_LISTS = frozenset({"empty", "string", "bytes", "floating", "integer", "mixed-integer-float", "decimal", "boolean",
                       "datetime", "date", "time", "timedelta", "period", "categorical", "interval"})


def list_cells_as_text(frame: pd.DataFrame) -> pd.DataFrame:
    """For a CSV copy: a cell holding several values (``conflict_values``) as ``1109; 34874``, not a Python list's
    ``[1109.0, 34874.0]``; numbers with no fraction are written without ``.0``."""
    import numpy as np
    import pandas as pd

    def text(cell):
        if not isinstance(cell, (list, tuple, np.ndarray)):
            return cell
        return "; ".join(f"{v:.0f}" if isinstance(v, (int, float, np.number)) and float(v).is_integer() else str(v)
                         for v in cell)

    def has_lists(values: pd.Series) -> bool:  # a column of text, numbers or nothing is told in C, at once
        if pd.api.types.infer_dtype(values, skipna=True) in _NO_LISTS:
            return False
        return bool(values.map(lambda v: isinstance(v, (list, tuple, np.ndarray))).any())

    listed = [c for c in frame.columns if frame[c].dtype == object and has_lists(frame[c])]
    return frame.assign(**{c: frame[c].map(text) for c in listed}) if listed else frame


def attempt(path: Path, write: Callable[[Path], object], staging: Path, out: Path) -> list[dict]:
    """Write one output; a failure is returned as a ``write_failed`` problem row (empty list when written)."""
    try:
        write(path)
    except OSError as exc:
        return [write_failure(path, exc, staging, out)]
    return []


def write_failure(path: Path, exc: OSError, staging: Path, out: Path) -> dict:
    """A ``write_failed`` problem naming the file where it will be once the build is in place (not in the
    staging folder)."""
    final = out / path.relative_to(staging) if staging in path.parents or path == staging else path
    text = write_error_text(final, exc).replace(str(staging), str(out))
    return {"doc": final.name, "path": str(final), "reason": "write_failed", "detail": text}


def write_error_text(path: str | os.PathLike, exc: OSError) -> str:
    """One line saying which file could not be written, why, and what to do."""
    path = Path(path)
    reason = exc.strerror or str(exc)
    culprit = Path(exc.filename) if exc.filename and Path(exc.filename) != path else None
    if isinstance(exc, IsADirectoryError) and culprit is None:
        fix = "it is a folder; give a file name such as facts.csv"
    elif isinstance(exc, (FileExistsError, NotADirectoryError)) and culprit is not None:
        fix = f"{culprit} is a file, not a folder; choose another path"
    elif isinstance(exc, (NotADirectoryError, FileNotFoundError)):
        fix = f"its folder {path.parent} does not exist and cannot be made (is part of the path a file?)"
    elif isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        fix = ("close any program that has it open (such as Excel) and check that you may write to "
               f"{path.parent}")
    elif exc.errno == errno.ENOSPC:
        fix = "the disk is full; free some space"
    else:
        fix = "check the path and that you may write there"
    return f"cannot write {path}: {reason}; {fix}"


def relocate_notebooks(staging: Path, out: Path) -> None:
    """The executed notebooks were run with ``data_dir`` in the staging folder: point them at ``out``."""
    old, new = json.dumps(str(staging))[1:-1], json.dumps(str(out))[1:-1]
    for path in staging.rglob("*.ipynb"):
        text = path.read_text(encoding="utf-8")
        if old in text:
            path.write_text(text.replace(old, new), encoding="utf-8")


def outputs(staging: Path) -> list[Path]:
    """The files a build wrote in ``staging`` (relative paths, sorted), its cache aside."""
    return [p.relative_to(staging) for p in sorted(staging.rglob("*"))
            if p.is_file() and p.relative_to(staging).parts[0] != CACHE_DIR]


# ---------------------------------------------------------------- the manifest


def manifest(version: str, files: pd.DataFrame, options: dict, signature: str | None = None) -> dict:
    """The manifest of a build: the tool, its options, the ``signature`` of all it depends on and every input
    file (``files``: ``Corpus.files``) with its path relative to the folder given, its SHA-256 and size."""
    roots: dict[str, list[dict]] = {}
    for row in files.itertuples():
        path, root = Path(row.path), Path(row.root)
        relative = path.name if path == root or not root.is_dir() else Path(os.path.relpath(path, root)).as_posix()
        entry = {"path": relative, "doc": row.doc, "status": row.status}
        if row.status != "own_output" and path.is_file():
            known = getattr(row, "sha256", None)  # hashed when read (for the cache): not read twice
            entry["sha256"], entry["bytes"] = (known, int(row.bytes)) if isinstance(known, str) else file_sha256(path)
        roots.setdefault(row.root, []).append(entry)
    return {
        "generator": "wuanalysis", "version": version,
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "options": options,
        "signature": signature,
        "inputs": [{"root": root, "absolute": os.path.abspath(root), "files": files} for root, files in roots.items()],
    }


def read_manifest(out: Path) -> dict | None:
    """The manifest of the build in ``out`` when it is complete and all its outputs are still there; else None."""
    try:
        old = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(old, dict) or not old.get("complete") or not old.get("summary"):
        return None
    if not all((out / name).is_file() for name in old.get("outputs") or [None]):
        return None
    return old


def file_sha256(path: Path) -> tuple[str | None, int | None]:
    """(SHA-256, size) of a file's bytes, or (None, None) when it cannot be read."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            size = 0
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
                size += len(chunk)
    except OSError:
        return None, None
    return digest.hexdigest(), size


def write_json(data: dict, path: Path) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- the folder as one unit


def lock_path(out: str | os.PathLike) -> Path:
    """The lock file of an output folder: ``.NAME.wuanalysis.lock`` beside it."""
    out = Path(os.path.abspath(out))
    return out.parent / f".{out.name}.wuanalysis.lock"


@contextmanager
def lock(out: Path) -> Iterator[None]:
    """Hold the output folder's lock, or raise :class:`OutputLocked` naming the process that holds it."""
    import fcntl

    path = lock_path(out)
    made = [parent for parent in [path.parent, *path.parent.parents] if not parent.exists()]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        while True:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = os.read(fd, 100).decode("ascii", "replace").strip() or "unknown"
                os.close(fd)
                raise OutputLocked(f"{out} is being written by another wuanalysis build (process {holder}); wait "
                                   f"for it to finish, or stop it, and run again (lock file: {path})") from None
            if _same_file(fd, path):
                break
            os.close(fd)  # the file was removed by the build that just finished: lock the new one
    except OSError as exc:
        raise BuildError(f"cannot make the output folder {out}: {exc.strerror or exc}; choose an --out in a "
                         "folder you can write to") from None
    try:
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        yield
    finally:
        try:
            path.unlink()
        except OSError:
            pass
        os.close(fd)
        for parent in made:  # folders made for the lock, when the build did not get as far as writing
            try:
                parent.rmdir()
            except OSError:
                break


def _same_file(fd: int, path: Path) -> bool:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return False
    fst = os.fstat(fd)
    return (st.st_dev, st.st_ino) == (fst.st_dev, fst.st_ino)


def check_replaceable(out: Path) -> None:
    """Raise :class:`BuildError` unless ``out`` is missing, empty, a lone ``.gitkeep``, or a folder we wrote."""
    if not out.exists():
        return
    if not out.is_dir():
        raise BuildError(f"{out} is a file, not a folder; give --out a folder name")
    names = {entry.name for entry in os.scandir(out)}
    if MANIFEST_NAME in names or names <= _OLD_OUTPUT_NAMES:
        return
    strangers = sorted(names - _OLD_OUTPUT_NAMES)
    example = ", ".join(strangers[:3]) + (", …" if len(strangers) > 3 else "")
    raise BuildError(f"{out} holds files wuanalysis did not write ({example}) and no {MANIFEST_NAME}; a build "
                     "replaces the whole folder, so it stops here. Choose another --out, or move those files away.")


@contextmanager
def staging_folder(out: Path) -> Iterator[Path]:
    """A fresh hidden folder beside ``out`` to build into (stale ones from killed builds are removed first: we hold
    the lock); it is removed when the block ends, whether or not it was swapped in."""
    for stale in out.parent.glob(f".{out.name}.wuanalysis-*"):
        if stale.is_dir() and not stale.name.endswith(".lock"):
            shutil.rmtree(stale, ignore_errors=True)
    staging = out.parent / f".{out.name}.wuanalysis-staging-{os.getpid()}"
    try:
        # made inside the block that removes it: Ctrl-C or SIGTERM landing as mkdir returns (the folder made, the
        # exception raised in pathlib's code) would otherwise leave it behind
        try:
            staging.mkdir()
        except OSError as exc:
            raise BuildError(f"cannot write in {out.parent}: {exc.strerror or exc}; choose an --out in a folder you "
                             "can write to") from None
        yield staging
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def swap(staging: Path, out: Path) -> None:
    """Put ``staging`` in the place of ``out`` (the old folder goes away whole, but for its cache and
    ``.gitkeep``, which move into the new one: what the new build put in its cache wins, the rest is kept)."""
    if not out.exists():
        _rename(staging, out)
        return
    moved: list[tuple[Path, Path]] = []
    for name in _CARRIED_OVER:
        source, target = out / name, staging / name
        if not source.exists():
            continue
        if not target.exists():
            moved.append((source, target))
        elif source.is_dir() and target.is_dir():
            moved += [(entry, target / entry.name) for entry in source.iterdir() if not (target / entry.name).exists()]
    for source, target in moved:
        os.rename(source, target)
    old = out.parent / f".{out.name}.wuanalysis-old-{os.getpid()}"
    try:
        _rename(out, old)
        try:
            _rename(staging, out)
        except BuildError:
            os.rename(old, out)
            raise
    except BuildError:
        for source, target in moved:  # give back what was moved into the new build
            os.rename(target, source)
        raise
    shutil.rmtree(old, ignore_errors=True)


def _rename(source: Path, target: Path) -> None:
    try:
        os.rename(source, target)
    except OSError as exc:
        raise BuildError(f"cannot replace {target}: {exc.strerror or exc}; close any program using a file in it "
                         "(such as scorecards.xlsx open in Excel, or a shell whose current folder it is) and run "
                         "again") from None


@contextmanager
def terminate_as_exit() -> Iterator[None]:
    """While building, SIGTERM raises SystemExit like Ctrl-C raises KeyboardInterrupt, so cleanup runs."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum, _frame):
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


# ---------------------------------------------------------------- a build in place


class StoredCorpus:
    """The corpus of a build in place, its tables read from ``out`` when first asked for; it answers like a
    :class:`~wuanalysis.corpus.Corpus` (``documents``, ``facts``, ``issues``, ``texts``, ``files``, ``stats``)."""

    def __init__(self, out: Path, files: pd.DataFrame, problems: pd.DataFrame):
        self.out, self.files = out, files
        self.issues = problems[problems["reason"] != "target_unmatched"].reset_index(drop=True)
        self.stats = {"files": len(files), "extracted": 0, "cached": 0}
        self._tables: dict[str, Any] = {}

    def _table(self, name: str) -> pd.DataFrame:
        from .corpus import read_table

        if name not in self._tables:
            self._tables[name] = read_table(self.out / f"{name}.parquet")
        return self._tables[name]

    @property
    def documents(self) -> pd.DataFrame:
        return self._table("documents")

    @property
    def facts(self) -> pd.DataFrame:
        return self._table("facts")

    @property
    def texts(self) -> dict[str, str]:
        """Each document's text, from the extraction cache (read again from its file when the cache is gone)."""
        if "texts" not in self._tables:
            import zlib

            from .cache import ExtractionCache
            from .readers import read_document

            packed = {e["text_sha256"]: e["text_z"] for e in ExtractionCache(self.out / CACHE_DIR).documents.values()}
            self._tables["texts"] = {
                row.doc: zlib.decompress(packed[row.sha256]).decode("utf-8") if row.sha256 in packed
                else read_document(row.path).text for row in self.documents.itertuples()}
        return self._tables["texts"]

    @property
    def n_facts(self) -> int:
        return len(self.facts)

    def summary(self, files: bool = False, issues_file: str | None = None) -> str:
        from .corpus import Corpus

        return Corpus.summary(self, files=files, issues_file=issues_file)  # type: ignore[arg-type]
