"""The main job as one library call: reports in, a complete output folder out, swapped in as one unit.

:func:`build` reads the reports, computes the measurements, writes the tables, the scorecards and (unless
``briefings=False``) the briefings and the index into a fresh hidden staging folder beside ``out``, and renames
it into place only when the build got that far: the output folder is always one whole build, never a mix, and
what a new build does not produce is gone. The targets table (``targets.parquet``, the reports' own targets and
the targets file's rows, :func:`wuanalysis.linking.compute_targets`) is computed once, with the reports' texts,
and the measurements are measured against it. When no report could be read nothing is changed. A lock file beside
``out`` makes a second build of the same folder refuse at once; SIGTERM is turned into a normal exit while the
build runs, so Ctrl-C and ``kill`` both remove the staging folder. ``wuanalysis-manifest.json`` at the top of
``out`` (tool version, options, every input file with its path relative to the folder given and its SHA-256)
marks the folder as ours: the reader skips it, and a build refuses to replace a folder that has no manifest
and holds files it did not write. ``out/.wuanalysis/`` is kept across builds: it holds the extraction cache
(:mod:`wuanalysis.cache`), so a re-run reads only the files that changed.

The function returns data and never prints; ``wuanalysis build`` is a thin skin over it.
"""
from __future__ import annotations

import errno
import functools
import hashlib
import json
import math
import os
import shutil
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import WuanalysisError
from .readers import MANIFEST_NAME  # one name for the walker that skips our folders and the build that marks them

CACHE_DIR = ".wuanalysis"  # kept across builds: moved into each new build before the swap
# What builds wrote before manifests existed: a folder holding only these is ours too.
_OLD_OUTPUT_NAMES = frozenset({
    "documents.parquet", "documents.csv", "facts.parquet", "facts.csv", "measurements.parquet", "measurements.csv",
    "issues.csv", "issues.parquet", "scorecards.parquet", "scorecards.xlsx", "index.html", "overview.html",
    "overview.ipynb", "briefings", ".gitkeep", CACHE_DIR,
})
_CARRIED_OVER = (CACHE_DIR, ".gitkeep")
if TYPE_CHECKING:  # pandas is imported when a build runs: `import wuanalysis` stays cheap
    import pandas as pd

PROBLEM_COLUMNS = ["doc", "path", "reason", "detail"]

Progress = Callable[[str, Any], None]


class BuildError(WuanalysisError):
    """A build that could not start or finish; the message is one line naming the folder or file and a fix."""


class OutputLocked(BuildError):
    """Another build is writing the same output folder."""


class NothingRead(BuildError):
    """No report could be read; the output folder was left as it was. ``corpus`` says why, file by file."""

    def __init__(self, message: str, corpus):
        super().__init__(message)
        self.corpus = corpus


class ProblemsFound(BuildError):
    """``strict=True`` and some file had a problem; the output folder was left as it was."""

    def __init__(self, message: str, corpus, problems: pd.DataFrame):
        super().__init__(message)
        self.corpus = corpus
        self.problems = problems


@dataclass
class BuildResult:
    """What a build produced. ``problems`` is what ``issues.csv`` holds: the files that could not be read or
    yielded nothing, target rows that matched no result (``target_unmatched``) and outputs that could not be
    written (``write_failed``). ``pages`` has one row per briefing (and the overview) with its status, or is
    None when briefings were not asked for."""

    out: Path
    corpus: Any  # wuanalysis.corpus.Corpus
    measurements: pd.DataFrame
    problems: pd.DataFrame
    targets: pd.DataFrame | None = None  # the targets table (linking.compute_targets), as targets.parquet holds it
    pages: pd.DataFrame | None = None
    files: list[Path] = field(default_factory=list)
    manifest: dict = field(default_factory=dict)
    stats: dict = field(default_factory=dict)  # files met, extracted now, taken from the cache

    @property
    def failed_pages(self) -> pd.DataFrame:
        import pandas as pd

        if self.pages is None:
            return pd.DataFrame(columns=["province", "status", "error", "notebook"])
        return self.pages[self.pages["status"] != "ok"]

    @property
    def write_failures(self) -> pd.DataFrame:
        return self.problems[self.problems["reason"] == "write_failed"]

    @property
    def ok(self) -> bool:
        """Every output was written and every page rendered (problems with input files do not count)."""
        return self.write_failures.empty and self.failed_pages.empty

    def summary(self) -> str:
        """"7 files: 5 reports read, 200 figures, 2 problems (see issues.csv)"."""
        from .corpus import describe

        if self.stats.get("up_to_date"):
            return self.manifest["summary"]

        return describe(self.corpus.files, self.corpus.documents, self.corpus.facts, self.problems, "issues.csv")


def build(
    inputs: str | os.PathLike | Iterable[str | os.PathLike],
    out: str | os.PathLike,
    *,
    targets: str | os.PathLike | None = None,
    clusters: str | os.PathLike | None = None,
    briefings: bool = True,
    workers: int | None = None,
    lang: str = "vi",
    max_mb: float = 20,
    strict: bool = False,
    force: bool = False,
    progress: Progress | None = None,
) -> BuildResult:
    """Build ``out`` from the reports under ``inputs`` (files or folders); see the module docstring.

    ``progress(stage, item)`` is called with ``("read", path)`` as each file is done, ``("start", ("page",
    n))`` before the ``n`` pages are rendered and ``("page", row)`` after each of them.

    ``workers`` processes (default: one per CPU) read the reports and render the pages; the tables are the same
    whatever the number. A file extracted by an earlier build of ``out`` with the same version is taken from the
    cache in ``out/.wuanalysis/`` (keyed by its bytes) instead of being read again; ``force`` reads every file.
    ``BuildResult.stats`` counts the files met, extracted and taken from the cache.

    Raises :class:`~wuanalysis.errors.ConfigError` for a bad targets or clusters file, ``ValueError`` for a bad
    option, :class:`NothingRead` when no report could be read, :class:`ProblemsFound` when ``strict`` and a file
    had a problem, :class:`OutputLocked` when another build holds ``out``, and :class:`BuildError` when ``out``
    cannot be written or is not ours to replace; in each case ``out`` is unchanged. An output file that cannot
    be written is a ``write_failed`` row of ``problems`` (the others are still written; ``ok`` is False).
    """
    import pandas as pd

    from . import __version__
    from .catalogue import load_clusters, load_targets
    from .cache import ExtractionCache
    from .corpus import SKIPPED_REASONS, read_reports, survey_reports
    from .linking import compute_targets
    from .measures import compute_measurements

    max_bytes = megabytes(max_mb)
    if lang not in ("vi", "en"):
        raise ValueError(f"lang must be 'vi' or 'en', not {lang!r}")
    if workers is not None and workers < 1:
        raise ValueError(f"workers must be 1 or more, not {workers}")
    inputs = [inputs] if isinstance(inputs, (str, os.PathLike)) else list(inputs)
    target_table = load_targets(targets)
    cluster_table = load_clusters(clusters)
    out = Path(os.path.abspath(out))
    notify = progress or (lambda _stage, _item: None)

    with _terminate_as_exit(), lock(out):
        check_replaceable(out)
        survey = survey_reports(inputs, max_bytes)
        options = {"targets": _str(targets), "clusters": _str(clusters), "briefings": briefings, "lang": lang,
                   "max_mb": max_mb, "strict": strict}
        signature = _signature(survey, options, targets, clusters)
        if not force and not briefings:
            unchanged = _unchanged(out, survey, signature)
            if unchanged is not None:  # the same inputs, options and code as the build in place: nothing to do
                serious = unchanged.problems[~unchanged.problems["reason"].isin(SKIPPED_REASONS)]
                if strict and not serious.empty:
                    raise ProblemsFound(f"{len(serious)} problem{'s' * (len(serious) != 1)} with the inputs and "
                                        f"--strict was given; {out} was left as it was.", unchanged.corpus,
                                        unchanged.problems)
                return unchanged
        store = ExtractionCache(out / CACHE_DIR, load=not force)
        corpus = read_reports(inputs, max_bytes=max_bytes, progress=lambda path: notify("read", path),
                              workers=workers, cache=store, survey=survey)
        if corpus.documents.empty:
            where = ", ".join(str(p) for p in inputs)
            raise NothingRead(f"no report could be read in {where}; {out} was left as it was. Check the paths "
                              "and the reason given for each file.", corpus)
        manifest = _manifest(__version__, corpus, options, signature)
        # once, with the texts: a list item takes its period from its heading ('Phương hướng năm 2027:\n- …')
        target_rows = compute_targets(corpus.documents, corpus.facts, target_table, corpus.texts)
        measurements = compute_measurements(corpus.documents, corpus.facts, target_rows, corpus.texts)
        problems = pd.concat([corpus.issues, _unmatched_targets(target_table, measurements, targets)],
                             ignore_index=True)
        serious = problems[~problems["reason"].isin(SKIPPED_REASONS)]
        if strict and not serious.empty:
            raise ProblemsFound(f"{len(serious)} problem{'s' * (len(serious) != 1)} with the inputs and --strict "
                                f"was given; {out} was left as it was.", corpus, problems)
        staging = _make_staging(out)
        try:
            try:  # the cache of this build's files goes with the build (a cache that cannot be written costs
                store.save(folder=staging / CACHE_DIR)  # time on the next run, nothing else)
            except OSError:
                pass
            store.pending = None
            result = BuildResult(out, corpus, measurements, problems, target_rows, stats=dict(corpus.stats))
            _write_tables(result, staging)
            if briefings:
                n_problems = len(result.problems)
                _write_pages(result, staging, cluster_table, clusters, workers, lang, notify)
                if len(result.problems) != n_problems:  # issues.csv lists the outputs that could not be written
                    _write_issues(result, staging)
            _relocate_notebooks(staging, out)
            written = [p.relative_to(staging) for p in sorted(staging.rglob("*")) if p.is_file()
                       and not p.relative_to(staging).parts[0] == CACHE_DIR]
            result.manifest = {**manifest, "outputs": [p.as_posix() for p in written] + [MANIFEST_NAME],
                               "complete": result.ok, "summary": result.summary()}
            _attempt(result, staging / MANIFEST_NAME, lambda p: _write_json(result.manifest, p))
            result.files = [out / p for p in written] + [out / MANIFEST_NAME] * (staging / MANIFEST_NAME).exists()
            result.files.sort()
            _swap(staging, out)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return result


def megabytes(value: float | str) -> int:
    """``max_mb`` as bytes; ``ValueError`` unless it is a positive finite number."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"the size cap must be a number of megabytes such as 20, not {value!r}") from None
    if not math.isfinite(number) or number <= 0:
        raise ValueError(f"the size cap must be a positive number of megabytes such as 20, not {value!r}")
    return max(1, int(number * 1024 * 1024))


# ---------------------------------------------------------------- writing into the staging folder


def _write_tables(result: BuildResult, staging: Path) -> None:
    corpus = result.corpus
    for name, frame in (("documents", corpus.documents), ("facts", corpus.facts),
                        ("measurements", result.measurements), ("targets", result.targets)):
        _attempt(result, staging / f"{name}.parquet", functools.partial(_write_parquet, frame))
        _attempt(result, staging / f"{name}.csv", functools.partial(_write_csv, frame))
    _write_issues(result, staging)


def _write_parquet(frame: pd.DataFrame, path: Path) -> None:
    from .corpus import write_table

    write_table(frame, path)


def _write_csv(frame: pd.DataFrame, path: Path) -> None:
    from .corpus import write_table

    write_table(_list_cells_as_text(frame), path, formula_safe=True)


def _list_cells_as_text(frame: pd.DataFrame) -> pd.DataFrame:
    """For a CSV copy: a cell holding several values (``conflict_values``) as ``1109; 34874``, not a Python list's
    ``[1109.0, 34874.0]``; numbers with no fraction are written without ``.0``."""
    import numpy as np

    def text(cell):
        if not isinstance(cell, (list, tuple, np.ndarray)):
            return cell
        return "; ".join(f"{v:.0f}" if isinstance(v, (int, float, np.number)) and float(v).is_integer() else str(v)
                         for v in cell)

    listed = [c for c in frame.columns if frame[c].dtype == object
              and frame[c].map(lambda v: isinstance(v, (list, tuple, np.ndarray))).any()]
    return frame.assign(**{c: frame[c].map(text) for c in listed}) if listed else frame


def _write_issues(result: BuildResult, staging: Path) -> None:
    from .corpus import write_table

    _attempt(result, staging / "issues.parquet", lambda p: write_table(result.problems, p))
    _attempt(result, staging / "issues.csv", lambda p: write_table(result.problems, p, formula_safe=True))


def _write_pages(result: BuildResult, staging: Path, cluster_table, clusters, workers, lang, notify) -> None:
    from . import briefing
    from .scorecard import provinces_with_data

    _attempt(result, staging / "scorecards.xlsx",
             lambda _p: briefing.write_scorecards(result.measurements, staging, clusters=cluster_table, lang=lang))
    # one page per province and the overview (render_all picks the same provinces)
    notify("start", ("page", len(provinces_with_data(result.measurements, result.corpus.documents)) + 1))
    try:
        # measurements.parquet already carries the targets, so only the clusters travel to the notebooks
        result.pages = briefing.render_all(staging, staging, workers=workers, progress=lambda row: notify("page", row),
                                           clusters_path=clusters, lang=lang)
    except OSError as exc:
        _record_write_failure(result, Path(exc.filename or staging / "briefings"), exc)


def _attempt(result: BuildResult, path: Path, write: Callable[[Path], object]) -> None:
    """Write one output; a failure becomes a ``write_failed`` problem and the build goes on with the others."""
    try:
        write(path)
    except OSError as exc:
        _record_write_failure(result, path, exc)


def _record_write_failure(result: BuildResult, path: Path, exc: OSError) -> None:
    """A ``write_failed`` problem naming the file where it will be once the build is in place (not in the
    staging folder)."""
    import pandas as pd

    prefix = f".{result.out.name}.wuanalysis-staging"
    staging = next((parent for parent in path.parents if parent.name.startswith(prefix)), None)
    final = result.out / path.relative_to(staging) if staging is not None else path
    text = write_error_text(final, exc)
    if staging is not None:
        text = text.replace(str(staging), str(result.out))
    row = {"doc": final.name, "path": str(final), "reason": "write_failed", "detail": text}
    result.problems = pd.concat([result.problems, pd.DataFrame([row])], ignore_index=True)


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


def _relocate_notebooks(staging: Path, out: Path) -> None:
    """The executed notebooks were run with ``data_dir`` in the staging folder: point them at ``out``."""
    old, new = json.dumps(str(staging))[1:-1], json.dumps(str(out))[1:-1]
    for path in staging.rglob("*.ipynb"):
        text = path.read_text(encoding="utf-8")
        if old in text:
            path.write_text(text.replace(old, new), encoding="utf-8")


def _unchanged(out: Path, survey: list, signature: str) -> BuildResult | None:
    """The build in ``out``, when it was made from the same inputs, options and code (its manifest has the same
    ``signature``), completely, and all its outputs are still there; else None. Its tables are read from ``out``
    when first asked for (the command line needs only the summary, kept in the manifest)."""
    from .corpus import FILE_COLUMNS, _frame, read_table

    try:
        old = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))
        if (old.get("signature") != signature or not old.get("complete") or not old.get("summary")
                or not all((out / name).is_file() for name in old.get("outputs") or [None])):
            return None
        problems = read_table(out / "issues.parquet")
        measurements = read_table(out / "measurements.parquet")
        targets = read_table(out / "targets.parquet")
    except (OSError, ValueError, TypeError):
        return None
    except Exception:  # a damaged table (pyarrow's errors): build again
        return None
    files = _frame([row for row, _error, _key in survey], FILE_COLUMNS)
    stats = {"files": len(files), "extracted": 0, "cached": 0, "up_to_date": True}
    corpus = StoredCorpus(out, files, problems)
    return BuildResult(out, corpus, measurements, problems, targets,
                       files=sorted(out / name for name in old["outputs"]), manifest=old, stats=stats)


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

    def summary(self, files: bool = False, issues_file: str | None = None) -> str:
        from .corpus import Corpus

        return Corpus.summary(self, files=files, issues_file=issues_file)  # type: ignore[arg-type]


def _signature(survey: list, options: dict, targets, clusters) -> str:
    """A digest of what a build's outputs depend on: all the code (:func:`wuanalysis.cache.fingerprint`), the
    options, the targets and clusters files' bytes, and every input file's id, status and hash."""
    from .cache import fingerprint

    digest = hashlib.sha256(fingerprint(everything=True).encode())
    digest.update(json.dumps(options, sort_keys=True).encode())
    for path in (targets, clusters):
        digest.update(b"\0" + (_sha256(Path(path))[0] or "unreadable").encode() if path is not None else b"\0-")
    for row, _error, _key in survey:
        digest.update(("\0".join(str(row[c]) for c in ("root", "path", "doc", "status", "sha256")) + "\n").encode())
    return digest.hexdigest()


def _manifest(version: str, corpus, options: dict, signature: str | None = None) -> dict:
    roots: dict[str, list[dict]] = {}
    for row in corpus.files.itertuples():
        path, root = Path(row.path), Path(row.root)
        relative = path.name if path == root or not root.is_dir() else Path(os.path.relpath(path, root)).as_posix()
        entry = {"path": relative, "doc": row.doc, "status": row.status}
        if row.status != "own_output" and path.is_file():
            known = getattr(row, "sha256", None)  # hashed when read (for the cache): not read twice
            entry["sha256"], entry["bytes"] = (known, int(row.bytes)) if isinstance(known, str) else _sha256(path)
        roots.setdefault(row.root, []).append(entry)
    return {
        "generator": "wuanalysis", "version": version,
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "options": options,
        "signature": signature,
        "inputs": [{"root": root, "absolute": os.path.abspath(root), "files": files} for root, files in roots.items()],
    }


def _sha256(path: Path) -> tuple[str | None, int | None]:
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


def _write_json(data: dict, path: Path) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _str(path) -> str | None:
    return None if path is None else str(path)


def _unmatched_targets(target_table, measurements, targets_path) -> pd.DataFrame:
    """Target rows that no result was measured against (``measures.unmatched_targets``) as ``target_unmatched``
    problems naming the targets file."""
    import pandas as pd

    from .measures import unmatched_targets

    frame = unmatched_targets(measurements, target_table)
    source = str(targets_path) if targets_path is not None else "targets.csv (the package's)"
    rows = []
    for r in frame.itertuples():
        span = f" ({r.period_span})" if isinstance(r.period_span, str) and r.period_span else ""
        rows.append({"doc": Path(source).name, "path": source, "reason": "target_unmatched",
                     "detail": f"target {r.indicator} = {r.value:g} for {r.scope}, {r.period}{span}: {r.reason}"})
    return pd.DataFrame(rows, columns=PROBLEM_COLUMNS)


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


def _make_staging(out: Path) -> Path:
    for stale in out.parent.glob(f".{out.name}.wuanalysis-*"):  # left by a build that was killed (we hold the lock)
        if stale.is_dir() and not stale.name.endswith(".lock"):
            shutil.rmtree(stale, ignore_errors=True)
    staging = out.parent / f".{out.name}.wuanalysis-staging-{os.getpid()}"
    try:
        staging.mkdir()
    except OSError as exc:
        raise BuildError(f"cannot write in {out.parent}: {exc.strerror or exc}; choose an --out in a folder you can "
                         "write to") from None
    return staging


def _swap(staging: Path, out: Path) -> None:
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
def _terminate_as_exit() -> Iterator[None]:
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
