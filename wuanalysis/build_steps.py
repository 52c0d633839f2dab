"""The steps of a build that measure and write, and the result they make (:mod:`wuanalysis.build` runs them).

Into the staging folder, in order: the facts as they are read (:class:`~wuanalysis.build_facts.StreamedFacts`:
written, bucketed by province for measuring) or corrected first (:func:`_write_facts`), the extraction cache
(:func:`_save_cache`),
the targets and the measurements measured a few provinces at a time and written as they come, while the facts'
files and the documents table are finished (:func:`_measure`),
the other tables, the issues, the workbook and the pages (:func:`_write_outputs`) and the manifest
(:func:`_write_manifest`). An output that cannot be written is a ``write_failed`` problem of the
:class:`BuildResult`, and the build goes on with the others. Only :mod:`wuanalysis.build` imports this module.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .output_folder import (
    CACHE_DIR, MANIFEST_NAME, PROBLEM_COLUMNS, manifest, outputs, relocate_notebooks, write_csv_for_excel,
    write_failure, write_json, write_tables,
)
from .build_facts import StreamedFacts, _documents_written, _facts_closed, _targets
from .facts_splice import FOLDER as FACTS_DIR
from .stored_parts import MEASURE_DIR, StoredParts

if TYPE_CHECKING:  # pandas is imported when a build runs: `import wuanalysis` stays cheap
    import pandas as pd


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


# ---------------------------------------------------------------- the facts and the cache


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


def _save_cache(store, staging: Path) -> None:
    """The cache of this build's files goes with the build, saved before the measurements so that its tables can
    be let go (a cache that cannot be written costs time on the next run, nothing else)."""
    from .tables_io import give_back_memory

    try:
        store.save(folder=staging / CACHE_DIR)
    except OSError:
        pass
    store.pending = None
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
             keep: bool = True, pool=None, previous: Path | None = None,
             streamed: StreamedFacts | None = None) -> tuple[WrittenResult, list[dict]]:
    """The targets table, the measurements and the problems of ``corpus``, as the result of a build of ``out``;
    the reviewer's corrections were applied to the facts (``applied``), and those that found no figure
    (``unapplied``) are problems. With ``staging``, the measurements are measured a few provinces at a time by the
    processes of ``pool`` (:func:`wuanalysis.measure_workers.measure_in_workers`) and written there as they come,
    so only one part's frames are held per process; unless ``keep``, the result reads them back from
    ``measurements.parquet`` when asked for, and a province measured from the same reports and targets by the
    build in ``previous`` (its ``.wuanalysis/measure/``) is taken from it
    (:class:`~wuanalysis.stored_parts.StoredParts`). With
    ``streamed`` (the facts as they were read: ``corpus`` holds none), the targets are read from its few target
    facts, each part's facts are read from its buckets where the part is measured, and the facts' files and the
    documents table are finished while the workers measure. Returns the result and the ``write_failed`` rows of
    the facts' (with ``streamed``) and the measurements' files."""
    import pandas as pd

    from .linking import compute_targets
    from .measure_parts import concat_parts, measurement_parts

    if streamed is not None:
        streamed.start_parquet(pool)  # a worker writes facts.parquet while the targets are read and parts measured
    # once, with the texts: a list item takes its period from its heading ('Phương hướng năm 2027:\n- …')
    target_facts = corpus.facts if streamed is None else streamed.target_facts()
    if streamed is None:
        target_rows = compute_targets(corpus.documents, target_facts, target_table, corpus.texts)
    else:  # an unchanged report's targets are the previous build's
        target_rows = _targets(corpus, target_facts, target_table, streamed)
    del target_facts
    failed: list[dict] = []
    if staging is None:
        measurements = concat_parts(list(measurement_parts(corpus.documents, corpus.facts, target_rows, corpus.texts)))
        narrow = measurements
    elif streamed is None:
        measurements, narrow, failed = _write_measurements(corpus, target_rows, staging, out, keep, pool,
                                                           None if keep else previous)
    else:
        documents: list[list[dict]] = []  # the documents table's write_failed rows (written while workers measure)
        try:
            measurements, narrow, failed = _write_measurements(
                corpus, target_rows, staging, out, keep, pool, None if keep else previous, streamed=streamed,
                meanwhile=lambda: documents.append(_documents_written(corpus, streamed, staging, out)))
            if not documents:  # not called: nothing was measured
                documents.append(_documents_written(corpus, streamed, staging, out))
            closed = _facts_closed(corpus, streamed, staging, out)
            if not closed:
                streamed.write_index(staging / CACHE_DIR / FACTS_DIR, staging)
            failed = closed + documents[0] + failed
        except BaseException:
            if streamed.failures is None:
                streamed.writer.abort()
            raise
        finally:
            streamed.remove()
    parts = [corpus.issues, _unmatched_targets(target_table, narrow, targets_path)]
    problems = pd.concat(parts + ([unapplied] if unapplied is not None and len(unapplied) else []),
                         ignore_index=True)
    result = WrittenResult(out, corpus, measurements, problems, target_rows, stats=dict(corpus.stats),
                           corrections=applied)
    if staging is not None and not keep:
        result.measurements_written(staging / "measurements.parquet")
    return result, failed



def _write_measurements(corpus, target_rows, staging: Path, out: Path, keep: bool, pool, previous: Path | None,
                        streamed: StreamedFacts | None = None, meanwhile=None):
    """The measurements measured by the processes of ``pool`` (or here), each part written (its CSV rows and Arrow
    file) where it was measured and put in place here in order: (the whole table if ``keep`` else None, the columns
    :func:`_unmatched_targets` reads, ``write_failed`` rows). With ``streamed``, each part's facts are read where it
    is measured, and ``meanwhile()`` runs while the workers measure."""
    import functools
    import tempfile

    import pandas as pd

    from .measure_parts import concat_parts
    from .measure_workers import measure_in_workers
    from .tables_io import PartsWriter, give_back_memory

    spill = Path(tempfile.mkdtemp(prefix=".measurements-", dir=staging))
    writer = PartsWriter(staging / "measurements.parquet", staging / "measurements.csv", spill)
    kept, narrow = [], []
    finish = functools.partial(_spilled_part, spill=spill, keep=keep)
    stored = None if keep else StoredParts(previous, staging / CACHE_DIR / MEASURE_DIR, spill, corpus.documents)
    try:
        facts = corpus.facts if streamed is None else None
        reader = streamed.reader() if streamed is not None else None
        for part in measure_in_workers(corpus.documents, facts, target_rows, finish, pool, scratch=spill,
                                       stored=stored, read_facts=reader, meanwhile=meanwhile):
            writer.add_spilled(part["spilled"])
            narrow.append(part["narrow"])
            if keep:
                kept.append(part["frame"])
            del part
            give_back_memory()
    except BaseException:
        writer.abort()
        raise
    # measurements.parquet written by a worker (its row groups are a few hundred MiB at 20,000 reports)
    failures = writer.close(run=(lambda job: pool.apply(job)) if pool is not None else None)
    failed = [write_failure(path, exc, staging, out) for path, exc in failures]
    measurements = concat_parts(kept) if keep else None
    if measurements is not None and len(measurements) and streamed is None:
        sentences = corpus.facts["sentence"].dtype if "sentence" in corpus.facts else None
        if isinstance(sentences, pd.CategoricalDtype):
            # a worker's part carries only its own sentences: the table has the facts' categories, as one process
            # gives
            measurements["sentence"] = pd.Categorical(measurements["sentence"].astype(object), dtype=sentences)
    elif measurements is not None and len(measurements) and measurements["sentence"].dtype == object:
        # the parts' own sentences (no process holds the facts' categories): one categorical column again
        values = measurements["sentence"]
        measurements["sentence"] = pd.Categorical(values, categories=pd.unique(values.dropna()))
    return measurements, pd.concat(narrow, ignore_index=True), failed


def _spilled_part(part: pd.DataFrame, number: int, spill: Path, keep: bool) -> dict:
    """A part of the measurements made ready for the writer where it was measured (a worker): its CSV rows and Arrow
    file (:func:`wuanalysis.tables_io.spill_part`), the columns :func:`_unmatched_targets` reads and, if ``keep``,
    the part itself."""
    from .measures import unmatched_reads
    from .output_folder import csv_for_excel
    from .tables_io import spill_part

    return {"spilled": spill_part(part, spill, number, prepare=csv_for_excel), "narrow": unmatched_reads(part),
            "frame": part if keep else None}


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
