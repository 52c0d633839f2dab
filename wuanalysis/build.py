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

import hashlib
import json
import math
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .output_folder import (  # the folder's mechanics; BuildError, OutputLocked, lock_path, write_error_text are
    CACHE_DIR, MANIFEST_NAME, PROBLEM_COLUMNS, BuildError, OutputLocked, check_replaceable, lock,  # public here
    StoredCorpus, file_sha256, lock_path, manifest, outputs, read_manifest, relocate_notebooks, staging_folder, swap,
    terminate_as_exit, write_csv_for_excel, write_error_text, write_failure, write_json, write_tables,
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
    corrections: pd.DataFrame | None = None  # the corrections applied (corrections.APPLIED_COLUMNS), or None
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

        return describe(self.corpus.files, self.corpus.documents, self.corpus.n_facts, self.problems, "issues.csv")


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
    from .catalogue import load_clusters, load_targets
    from .corpus import read_reports, survey_reports
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

    with terminate_as_exit(), lock(out):
        check_replaceable(out)
        survey = survey_reports(inputs, max_bytes)
        signature = _signature(survey, options, (targets, clusters, corrections))
        unchanged = None if force or briefings else _unchanged(out, survey, signature)
        if unchanged is not None:  # the same inputs, options and code as the build in place: nothing to do
            return _check_strict(unchanged, strict)
        store = ExtractionCache(out / CACHE_DIR, load=not force)
        with staging_folder(out) as staging:  # removed at the end, whether swapped in or not
            # without corrections to apply first, the facts are written as they are read (never one whole frame)
            facts = None if correction_table is not None else _facts_writer(staging)
            try:
                corpus = read_reports(inputs, max_bytes=max_bytes, progress=lambda path: notify("read", path),
                                      workers=workers, cache=store, survey=survey,
                                      facts_sink=facts.add if facts is not None else None,
                                      facts_columns=_measured_columns() if facts is not None else None)
            except BaseException:
                if facts is not None:
                    facts.abort()
                raise
            failures = facts.close() if facts is not None else []
            if corpus.documents.empty:
                where = ", ".join(str(p) for p in inputs)
                raise NothingRead(f"no report could be read in {where}; {out} was left as it was. Check the paths "
                                  "and the reason given for each file.", corpus)
            _save_cache(store, staging)
            del store  # its tables are on disk now: the memory goes to the measurements
            if facts is not None:
                corpus, applied, unapplied, failed = _facts_written(corpus, facts, failures, staging, out)
            else:
                corpus, applied, unapplied, failed = _write_facts(corpus, correction_table, staging, out)
            measured, not_written = _measure(out, corpus, target_table, targets, applied, unapplied, staging,
                                             keep=briefings)
            result = _check_strict(measured, strict)
            assert isinstance(result, WrittenResult)
            _add_problems(result, failed + not_written)
            corpus.facts_written(staging / "facts.parquet")  # the narrow facts measured are let go
            # an unchanged page is copied from the build it replaces (pages.json digests); --force renders all
            _write_outputs(result, staging, briefings, cluster_table, clusters, workers, lang, notify,
                           previous=None if force else out)
            _write_manifest(result, staging, options, signature)
            swap(staging, out)
            corpus.facts_written(out / "facts.parquet")
            result.measurements_written(out / "measurements.parquet")
    return result


def _write_facts(corpus, correction_table, staging: Path, out: Path):
    """The reviewer's corrections applied to the facts, the documents and facts tables written first (the widest
    table, while nothing else is held), and the corpus with only the facts' columns that are measured (the full
    facts are read back from ``facts.parquet`` when asked for): (corpus, corrections applied, corrections not
    applied, ``write_failed`` rows)."""
    from .corpus import BuiltCorpus
    from .corrections import apply_corrections
    from .measures import MEASURED_FACT_COLUMNS

    applied = unapplied = None
    if correction_table is not None:
        corpus.facts, applied, unapplied = apply_corrections(corpus.facts, correction_table)
    failed = write_tables({"documents": corpus.documents, "facts": corpus.facts}, staging, out)
    built = BuiltCorpus(corpus.documents, corpus.facts, corpus.issues, corpus.texts, corpus.files, corpus.stats)
    if not failed:  # else the whole table stays: it cannot be read back
        built.facts = corpus.facts[[c for c in corpus.facts.columns if c in MEASURED_FACT_COLUMNS]]
    return built, applied, unapplied, failed



def _measured_columns() -> tuple[str, ...]:
    from .measures import MEASURED_FACT_COLUMNS

    return MEASURED_FACT_COLUMNS


def _facts_writer(staging: Path):
    """The writer of ``facts.parquet`` and ``facts.csv``, given the facts a part at a time as they are read."""
    import tempfile

    from .output_folder import csv_for_excel
    from .tables_io import PartsWriter

    spill = Path(tempfile.mkdtemp(prefix=".facts-", dir=staging))
    return PartsWriter(staging / "facts.parquet", staging / "facts.csv", spill, prepare=csv_for_excel)


def _facts_written(corpus, facts, failures, staging: Path, out: Path):
    """After the facts were written as they were read (``facts``: the writer, ``failures``: what it could not
    write): the documents table written, and the corpus of the build, whose facts (only the columns measured) are
    read back whole from ``facts.parquet`` when asked for. As :func:`_write_facts` returns."""
    import pandas as pd

    from .corpus import FACT_COLUMNS, BuiltCorpus

    failed = [write_failure(path, exc, staging, out) for path, exc in failures]
    tables = {"documents": corpus.documents}
    if not facts.rows:  # no figure at all: the empty table, as the whole frame writes it
        tables["facts"] = pd.DataFrame(columns=FACT_COLUMNS)
    failed += write_tables(tables, staging, out)
    built = BuiltCorpus(corpus.documents, corpus.facts, corpus.issues, corpus.texts, corpus.files, corpus.stats)
    return built, None, None, failed


def _save_cache(store, staging: Path) -> None:
    """The cache of this build's files goes with the build, saved before the measurements so that its tables can
    be let go (a cache that cannot be written costs time on the next run, nothing else)."""
    from .tables_io import give_back_memory

    try:
        store.save(folder=staging / CACHE_DIR)
    except OSError:
        pass
    store.pending, store.facts = None, None
    give_back_memory()


def _write_manifest(result: BuildResult, staging: Path, options: dict, signature: str) -> None:
    """The manifest, listing every output written (the cache aside) and whether the build is complete."""
    from . import __version__

    written = outputs(staging)
    result.manifest = {**manifest(__version__, result.corpus.files, options, signature),
                       "outputs": [p.as_posix() for p in written] + [MANIFEST_NAME],
                       "complete": result.ok, "summary": result.summary()}
    _attempt(result, staging, staging / MANIFEST_NAME, lambda p: write_json(result.manifest, p))
    result.files = sorted([result.out / p for p in written]
                          + [result.out / MANIFEST_NAME] * (staging / MANIFEST_NAME).exists())


def _measure(out: Path, corpus, target_table, targets_path, applied=None, unapplied=None, staging: Path | None = None,
             keep: bool = True) -> tuple[WrittenResult, list[dict]]:
    """The targets table, the measurements and the problems of ``corpus``, as the result of a build of ``out``;
    the reviewer's corrections were applied to the facts (``applied``), and those that found no figure
    (``unapplied``) are problems. With ``staging``, the measurements are measured a few provinces at a time
    (:func:`wuanalysis.measure_parts.measurement_parts`) and written there as they come, so only one part's frames
    are held; unless ``keep``, the result reads them back from ``measurements.parquet`` when asked for. Returns the
    result and the ``write_failed`` rows of the measurements' files."""
    import pandas as pd

    from .linking import compute_targets
    from .measure_parts import concat_parts, measurement_parts

    # once, with the texts: a list item takes its period from its heading ('Phương hướng năm 2027:\n- …')
    target_rows = compute_targets(corpus.documents, corpus.facts, target_table, corpus.texts)
    measured = measurement_parts(corpus.documents, corpus.facts, target_rows, corpus.texts)
    failed: list[dict] = []
    if staging is None:
        measurements = concat_parts(list(measured))
        narrow = measurements
    else:
        measurements, narrow, failed = _write_measurements(measured, staging, out, keep)
    parts = [corpus.issues, _unmatched_targets(target_table, narrow, targets_path)]
    problems = pd.concat(parts + ([unapplied] if unapplied is not None and len(unapplied) else []),
                         ignore_index=True)
    result = WrittenResult(out, corpus, measurements, problems, target_rows, stats=dict(corpus.stats),
                           corrections=applied)
    if staging is not None and not keep:
        result.measurements_written(staging / "measurements.parquet")
    return result, failed


# the measurements' columns that the targets of a targets file matching no result are found by
_UNMATCHED_READS = ["province", "period_year", "org_level", "role", "indicator", "target", "target_id"]


def _write_measurements(parts, staging: Path, out: Path, keep: bool):
    """Each part of the measurements written into ``staging`` as it comes: (the whole table if ``keep`` else None,
    the columns :func:`_unmatched_targets` reads, ``write_failed`` rows)."""
    import tempfile

    import pandas as pd

    from .measure_parts import concat_parts
    from .output_folder import csv_for_excel
    from .tables_io import PartsWriter, give_back_memory

    spill = Path(tempfile.mkdtemp(prefix=".measurements-", dir=staging))
    writer = PartsWriter(staging / "measurements.parquet", staging / "measurements.csv", spill, prepare=csv_for_excel)
    kept, narrow = [], []
    try:
        for part in parts:
            writer.add(part)
            narrow.append(part[_UNMATCHED_READS])
            if keep:
                kept.append(part)
            del part
            give_back_memory()
    finally:
        failures = writer.close()
    failed = [write_failure(path, exc, staging, out) for path, exc in failures]
    return (concat_parts(kept) if keep else None), pd.concat(narrow, ignore_index=True), failed


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


# ---------------------------------------------------------------- writing into the staging folder


def _write_outputs(result: BuildResult, staging: Path, briefings: bool, cluster_table, clusters, workers, lang,
                   notify, previous: Path | None = None) -> None:
    """The tables, then (with ``briefings``) the workbook and the pages, into ``staging``."""
    tables = {"targets": result.targets}  # documents and facts: _write_facts; measurements: _measure
    if result.corrections is not None:
        tables["corrections_applied"] = result.corrections
    _add_problems(result, write_tables(tables, staging, result.out))
    _write_issues(result, staging)
    if briefings:
        n_problems = len(result.problems)
        _write_pages(result, staging, cluster_table, clusters, workers, lang, notify, previous)
        if len(result.problems) != n_problems:  # issues.csv lists the outputs that could not be written
            _write_issues(result, staging)
    relocate_notebooks(staging, result.out)


def _write_issues(result: BuildResult, staging: Path) -> None:
    from .corpus import write_table

    _attempt(result, staging, staging / "issues.parquet", lambda p: write_table(result.problems, p))
    _attempt(result, staging, staging / "issues.csv", lambda p: write_csv_for_excel(result.problems, p))


def _write_pages(result: BuildResult, staging: Path, cluster_table, clusters, workers, lang, notify,
                 previous: Path | None = None) -> None:
    from . import briefing

    _attempt(result, staging, staging / "scorecards.xlsx",
             lambda _p: briefing.write_scorecards(result.measurements, staging, clusters=cluster_table, lang=lang))
    # one page per province, per cluster report and the overview (render_all picks the same pages)
    notify("start", ("page", briefing.page_count(result.measurements, result.corpus.documents, clusters)))
    try:
        # measurements.parquet already carries the targets, so only the clusters travel to the notebooks
        result.pages = briefing.render_all(staging, staging, workers=workers, progress=lambda row: notify("page", row),
                                           clusters_path=clusters, lang=lang, previous=previous)
    except OSError as exc:
        _add_problems(result, [write_failure(Path(exc.filename or staging / "briefings"), exc, staging, result.out)])


def _attempt(result: BuildResult, staging: Path, path: Path, write: Callable[[Path], object]) -> None:
    """Write one output; a failure becomes a ``write_failed`` problem and the build goes on with the others."""
    try:
        write(path)
    except OSError as exc:
        _add_problems(result, [write_failure(path, exc, staging, result.out)])


def _add_problems(result: BuildResult, rows: list[dict]) -> None:
    import pandas as pd

    if rows:
        result.problems = pd.concat([result.problems, pd.DataFrame(rows, columns=PROBLEM_COLUMNS)], ignore_index=True)


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


class WrittenResult(BuildResult):
    """The result of a build that wrote its measurements as it measured them: they are read back from
    ``measurements.parquet`` (the staging folder's, then ``out``'s) when first asked for, unless they were kept."""

    _measurements: pd.DataFrame | None
    _measurements_path: Path | None

    @property
    def measurements(self) -> pd.DataFrame:
        if self._measurements is None and self._measurements_path is not None:
            from .corpus import read_table

            self._measurements = read_table(self._measurements_path)
        return self._measurements

    @measurements.setter
    def measurements(self, value: pd.DataFrame | None) -> None:
        self._measurements = value
        self._measurements_path = None

    def measurements_written(self, path: Path) -> None:
        """The measurements are in ``path`` when they were not kept and it exists."""
        if path.exists() and (self._measurements is None or self._measurements_path is not None):
            self._measurements_path, self._measurements = path, None


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
