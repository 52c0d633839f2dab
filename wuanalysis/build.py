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

The function returns data and never prints; ``wuanalysis build`` is a thin skin over it. It runs named steps in
order (options, read, facts, measure, finish); the steps that measure and write into the staging folder, and the
:class:`BuildResult` they make, are in :mod:`wuanalysis.build_steps` (imported by this module only).
"""
from __future__ import annotations

import hashlib
import json
import math
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .build_facts import StreamedFacts, _measured_columns  # the facts as they are read
from .build_steps import (  # the steps that measure and write; BuildResult is public here
    BuildResult, WrittenResult, _add_problems, _measure, _save_cache, _write_facts, _write_manifest, _write_outputs,
)
from .output_folder import (  # the folder's mechanics; BuildError, OutputLocked, lock_path, write_error_text are
    CACHE_DIR, MANIFEST_NAME, PROBLEM_COLUMNS, BuildError, OutputLocked, check_replaceable, lock,  # public here
    StoredCorpus, file_sha256, lock_path, read_manifest, staging_folder, swap, terminate_as_exit, write_error_text,
)

if TYPE_CHECKING:  # pandas is imported when a build runs: `import wuanalysis` stays cheap
    import pandas as pd


__all__ = ["BuildError", "BuildResult", "NothingRead", "OutputLocked", "ProblemsFound", "build", "lock_path",
           "megabytes", "write_error_text", "MANIFEST_NAME", "PROBLEM_COLUMNS"]

Progress = Callable[[str, Any], None]


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


def build(
    inputs: str | os.PathLike | Iterable[str | os.PathLike],
    out: str | os.PathLike,
    *,
    targets: str | os.PathLike | None = None,
    clusters: str | os.PathLike | None = None,
    corrections: str | os.PathLike | None = None,
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

    ``corrections`` is a reviewer's corrections file (:mod:`wuanalysis.corrections`), applied to the facts before
    anything is measured, so every table, page and the workbook show the corrected figures; its bytes are part of
    the build's signature (an edited file builds again), the corrections applied are ``corrections_applied.*``
    and the ones that find no figure (stale, ambiguous, changing nothing) are problems of the issues table.

    Raises :class:`~wuanalysis.errors.ConfigError` for a bad targets, clusters or corrections file, ``ValueError``
    for a bad option, :class:`NothingRead` when no report could be read, :class:`ProblemsFound` when ``strict`` and
    a file had a problem, :class:`OutputLocked` when another build holds ``out``, and :class:`BuildError` when
    ``out`` cannot be written or is not ours to replace; in each case ``out`` is unchanged. An output file that
    cannot be written is a ``write_failed`` row of ``problems`` (the others are still written; ``ok`` is False).
    """
    from .cache import ExtractionCache
    from .corpus import survey_reports

    job = _job(inputs, out, targets, clusters, corrections, briefings, workers, lang, max_mb, strict, force, progress)
    with terminate_as_exit(), lock(job.out):
        check_replaceable(job.out)
        survey = survey_reports(job.inputs, job.max_bytes)
        signature = _signature(survey, job.options, (targets, clusters, corrections))
        unchanged = None if force or briefings else _unchanged(job.out, survey, signature)
        if unchanged is not None:  # the same inputs, options and code as the build in place: nothing to do
            return _check_strict(unchanged, strict)
        # the workers that extract and then measure start now, while this process is small (see measuring_pool)
        with _measuring_pool(job.workers) as pool, staging_folder(job.out) as staging:  # removed at the end
            store = ExtractionCache(job.out / CACHE_DIR, load=not force)
            store.save_into = staging / CACHE_DIR  # the new files' entries are written as they come
            corpus, streamed = _read(job, survey, store, staging, pool)
            _save_cache(store, staging)
            del store  # its tables are on disk now: the memory goes to the measurements
            applied = unapplied = None
            failed: list[dict] = []
            if streamed is None:  # corrected first: the whole facts table, written now
                corpus, applied, unapplied, failed = _write_facts(corpus, job.correction_table, staging, job.out)
            result = _measured(job, corpus, applied, unapplied, failed, staging, pool, streamed)
            _finish(job, corpus, result, staging, signature)
    return result


# ---------------------------------------------------------------- the steps of a build, in order


@dataclass
class _Job:
    """A build's options, checked, with its targets, clusters and corrections files loaded (:func:`_job`)."""

    inputs: list
    out: Path
    max_bytes: int
    targets: str | os.PathLike | None
    clusters: str | os.PathLike | None
    target_table: Any
    cluster_table: Any
    correction_table: Any
    options: dict  # as the manifest and the signature record them
    notify: Progress
    briefings: bool
    workers: int | None
    lang: str
    strict: bool
    force: bool


def _job(inputs, out, targets, clusters, corrections, briefings, workers, lang, max_mb, strict, force,
         progress) -> _Job:
    """:func:`build`'s arguments checked (``ValueError`` for a bad option), then the targets, clusters and
    corrections files loaded (:class:`~wuanalysis.errors.ConfigError` for a bad one)."""
    from .catalogue import load_clusters, load_targets
    from .corrections import load_corrections

    max_bytes = megabytes(max_mb)
    if lang not in ("vi", "en"):
        raise ValueError(f"lang must be 'vi' or 'en', not {lang!r}")
    if workers is not None and workers < 1:
        raise ValueError(f"workers must be 1 or more, not {workers}")
    inputs = [inputs] if isinstance(inputs, (str, os.PathLike)) else list(inputs)
    target_table, cluster_table = load_targets(targets), load_clusters(clusters)
    correction_table = load_corrections(corrections) if corrections is not None else None
    out = Path(os.path.abspath(out))
    notify = progress or (lambda _stage, _item: None)
    options = {"targets": _str(targets), "clusters": _str(clusters), "corrections": _str(corrections),
               "briefings": briefings, "lang": lang, "max_mb": max_mb, "strict": strict}
    return _Job(inputs, out, max_bytes, targets, clusters, target_table, cluster_table, correction_table, options,
                notify, briefings, workers, lang, strict, force)


def _read(job: _Job, survey: list, store, staging: Path, pool=None):
    """The reports read, those unchanged taken from ``store`` (the extraction cache): (corpus, the facts as they
    were read: :class:`~wuanalysis.build_facts.StreamedFacts`, or None). Without corrections to apply first, the
    facts are written and bucketed by province as they are read, and the corpus holds none of them (the whole
    facts table is never made). ``pool``'s processes (the build's, which measure afterwards) extract the
    reports. :class:`NothingRead` when no report could be read; :class:`BuildError` when the facts' buckets
    cannot be written."""
    from .corpus import BuiltCorpus, read_reports

    from .facts_splice import FOLDER, PreviousFacts

    (staging / CACHE_DIR / FOLDER).mkdir(parents=True, exist_ok=True)  # the previous build's index is not carried
    streamed = None
    if job.correction_table is None:  # an unchanged report's rows are copied from the previous build's tables
        streamed = StreamedFacts(staging, None if job.force else PreviousFacts.load(job.out, CACHE_DIR))
    try:
        corpus = read_reports(job.inputs, max_bytes=job.max_bytes, progress=lambda path: job.notify("read", path),
                              workers=job.workers, cache=store, survey=survey, pool=pool,
                              facts_sink=streamed.add if streamed is not None else None,
                              piece_sink=streamed.piece if streamed is not None else None,
                              keep_facts=streamed is None,
                              facts_columns=_measured_columns() if streamed is not None else None,
                              reuse=streamed.reuse if streamed is not None and streamed.previous else None)
        if streamed is not None:
            streamed.done()
            streamed.buckets.close()
    except BaseException as exc:
        if streamed is not None:
            streamed.abort()
        if isinstance(exc, OSError) and streamed is not None and exc.filename \
                and Path(exc.filename).parent == streamed.folder:
            raise BuildError(f"could not write the facts of the reports of a province to {exc.filename} "
                             f"({exc.strerror or exc}); {job.out} was left as it was. Free some disk space in "
                             f"{staging.parent} or check that it can be written, then build again.") from exc
        raise
    if corpus.documents.empty:
        if streamed is not None:
            streamed.abort()
        where = ", ".join(str(p) for p in job.inputs)
        raise NothingRead(f"no report could be read in {where}; {job.out} was left as it was. Check the paths "
                          "and the reason given for each file.", corpus)
    if streamed is not None:  # its facts are read back from facts.parquet when asked for
        corpus = BuiltCorpus(corpus.documents, corpus.facts, corpus.issues, corpus.texts, corpus.files, corpus.stats,
                             n_facts=corpus.n_facts)
    return corpus, streamed


def _measuring_pool(workers: int | None):
    """The processes that measure the measurements' parts (:func:`wuanalysis.measure_workers.measuring_pool`),
    which die with the build."""
    from .corpus import _init_worker
    from .measure_workers import measuring_pool

    return measuring_pool(workers, initializer=_init_worker)


def _measured(job: _Job, corpus, applied, unapplied, failed: list[dict], staging: Path, pool,
              streamed: StreamedFacts | None = None) -> WrittenResult:
    """The targets and the measurements (measured by ``pool``'s processes), written into ``staging``, as the
    build's result (checked by ``strict``), with the ``write_failed`` rows of the tables written so far (with
    ``streamed``, the facts' files and the documents table are finished while the workers measure)."""
    measured, not_written = _measure(job.out, corpus, job.target_table, job.targets, applied, unapplied, staging,
                                     keep=job.briefings, pool=pool,
                                     previous=None if job.force or job.correction_table is not None else job.out,
                                     streamed=streamed)
    result = _check_strict(measured, job.strict)
    assert isinstance(result, WrittenResult)
    _add_problems(result, failed + not_written)
    return result


def _finish(job: _Job, corpus, result: WrittenResult, staging: Path, signature: str) -> None:
    """The other tables, the issues, (with briefings) the workbook and the pages, and the manifest written, and
    the staging folder swapped in as ``out``."""
    corpus.facts_written(staging / "facts.parquet")  # the narrow facts measured are let go
    # an unchanged page is copied from the build it replaces (pages.json digests); --force renders all
    _write_outputs(result, staging, job.briefings, job.cluster_table, job.clusters, job.workers, job.lang,
                   job.notify, previous=None if job.force else job.out)
    _write_manifest(result, staging, job.options, signature)
    swap(staging, job.out)
    corpus.facts_written(job.out / "facts.parquet")
    result.measurements_written(job.out / "measurements.parquet")



def _check_strict(result: BuildResult, strict: bool) -> BuildResult:
    """``result``, unless ``strict`` and an input had a problem: then :class:`ProblemsFound`."""
    from .corpus import SKIPPED_REASONS

    serious = result.problems[~result.problems["reason"].isin(SKIPPED_REASONS)]
    if strict and not serious.empty:
        raise ProblemsFound(f"{len(serious)} problem{'s' * (len(serious) != 1)} with the inputs and --strict was "
                            f"given; {result.out} was left as it was.", result.corpus, result.problems)
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


def _unchanged(out: Path, survey: list, signature: str) -> BuildResult | None:
    """The build in ``out``, when it was made from the same inputs, options and code (its manifest has the same
    ``signature``), completely, and all its outputs are still there; else None. Its tables are read from ``out``
    when first asked for (the command line needs only the summary, kept in the manifest)."""
    from .corpus import FILE_COLUMNS, _frame, read_table

    old = read_manifest(out)
    if old is None or old.get("signature") != signature:
        return None
    import pyarrow.parquet as pq

    try:
        problems = read_table(out / "issues.parquet")
        for name in ("measurements", "targets"):  # read when asked for; a damaged one builds again now
            pq.read_metadata(out / f"{name}.parquet")
    except (OSError, ValueError, TypeError):
        return None
    except Exception:  # a damaged table (pyarrow's errors): build again
        return None
    files = _frame([row for row, _error, _key in survey], FILE_COLUMNS)
    stats = {"files": len(files), "extracted": 0, "cached": 0, "up_to_date": True}
    corpus = StoredCorpus(out, files, problems)
    return StoredResult(out, corpus, None, problems, None,
                        files=sorted(out / name for name in old["outputs"]), manifest=old, stats=stats)


class StoredResult(BuildResult):
    """The result of a build in place (nothing changed since): its measurements and targets are read from ``out``
    when first asked for (the command line needs neither: a national measurements table takes seconds to read)."""

    @property
    def measurements(self) -> pd.DataFrame:
        if self._stored.get("measurements") is None:
            self._stored["measurements"] = self.corpus._table("measurements")
        return self._stored["measurements"]

    @measurements.setter
    def measurements(self, value: pd.DataFrame | None) -> None:
        self._stored = {**getattr(self, "_stored", {}), "measurements": value}

    @property
    def targets(self) -> pd.DataFrame | None:
        if self._stored.get("targets") is None:
            self._stored["targets"] = self.corpus._table("targets")
        return self._stored["targets"]

    @targets.setter
    def targets(self, value: pd.DataFrame | None) -> None:
        self._stored = {**getattr(self, "_stored", {}), "targets": value}


def _signature(survey: list, options: dict, config_files: tuple) -> str:
    """A digest of what a build's outputs depend on: all the code (:func:`wuanalysis.cache.fingerprint`), the
    options, the bytes of the targets, clusters and corrections files, and every input file's id, status and
    hash."""
    from .cache import fingerprint

    digest = hashlib.sha256(fingerprint(everything=True).encode())
    digest.update(json.dumps(options, sort_keys=True).encode())
    for path in config_files:
        digest.update(b"\0" + (file_sha256(Path(path))[0] or "unreadable").encode() if path is not None else b"\0-")
    for row, _error, _key in survey:
        digest.update(("\0".join(str(row[c]) for c in ("root", "path", "doc", "status", "sha256")) + "\n").encode())
    return digest.hexdigest()


def _str(path) -> str | None:
    return None if path is None else str(path)
