"""A build's measurements kept between builds, a few provinces at a time (``out/.wuanalysis/measure/``), so that a
build after a few new reports measures only their provinces (:class:`StoredParts`), their frames kept with their
pandas types (:func:`wuanalysis.tables_io.write_frame`, :func:`~wuanalysis.tables_io.read_frame`). Only
:mod:`wuanalysis.build_steps` imports this module.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .cache import link_or_copy
from .output_folder import CACHE_DIR

if TYPE_CHECKING:  # pandas is imported when a build runs: `import wuanalysis` stays cheap
    import pandas as pd


MEASURE_DIR = "measure"  # in out/.wuanalysis: each province's measurements, by what they were measured from
# the documents' columns a province's measurements depend on (with the facts, which follow from the file's bytes and
# the code: the key's salt is the code's fingerprint)
_KEY_COLUMNS = ["doc", "sha256", "province", "province_2025", "org_level", "place", "period_year", "period_span",
                "n_facts", "duplicate_of"]


class StoredParts:
    """Each province's part of the measurements, kept in ``out/.wuanalysis/measure/`` under a key of all it was
    measured from (its reports' ids and bytes, their document rows, the targets of its scope and those without a
    province, the package's code), so that a build after a few new reports measures only their provinces. A
    part is its CSV rows and Arrow file as :func:`wuanalysis.tables_io.spill_part` wrote them, and an Arrow file of
    what else the build reads (the columns :func:`wuanalysis.build_steps._unmatched_targets` reads, the rows of
    stated rates without a figure); ``folder`` (the staging folder's) receives this build's parts, linked, so it
    holds only those."""

    def __init__(self, previous: Path | None, folder: Path, spill: Path, documents: pd.DataFrame | None = None):
        import pandas as pd

        from .cache import fingerprint

        self.previous = previous / CACHE_DIR / MEASURE_DIR if previous is not None else None
        self.folder, self.spill, self.salt = folder, spill, fingerprint(everything=True)
        self._targets: tuple | None = None  # (the targets table, a hash of each of its rows)
        self._documents = None  # a hash of each row of ``documents`` (by its label), what a part's key is made of
        if documents is not None and documents.index.is_unique:
            rows = documents[[c for c in _KEY_COLUMNS if c in documents.columns]].astype(str)
            self._documents = pd.util.hash_pandas_object(rows, index=False)
            self._documents.index = documents.index
        folder.mkdir(parents=True, exist_ok=True)

    def key(self, docs: pd.DataFrame, targets: pd.DataFrame) -> str:
        import hashlib

        import pandas as pd

        digest = hashlib.sha256(self.salt.encode())
        if self._documents is None or not docs.index.isin(self._documents.index).all():
            rows = docs[[c for c in _KEY_COLUMNS if c in docs.columns]].astype(str)
            digest.update(pd.util.hash_pandas_object(rows, index=False).to_numpy().tobytes())
        else:  # each document row hashed once, not per part
            digest.update(self._documents.loc[docs.index].to_numpy().tobytes())
        if self._targets is None or self._targets[0] is not targets:  # each target row hashed once, not per part
            self._targets = (targets, pd.util.hash_pandas_object(targets.astype(str), index=False).to_numpy())
        scope = targets["province"].isin(set(docs["province"].dropna())) | targets["province"].isna()
        digest.update(self._targets[1][scope.to_numpy()].tobytes())
        return digest.hexdigest()[:32]

    def get(self, key: str, number: int):
        """(the part as :func:`wuanalysis.build_steps._spilled_part` gives it, or None when it had no figure; its
        rows of stated rates without a figure, or None) of the part measured before under ``key``, its files
        linked into the spill folder as part ``number`` and into this build's folder; None when there is none (or
        it cannot be read)."""
        import json

        from .tables_io import read_frame

        if self.previous is None or not (self.previous / f"{key}.json").exists():
            return None
        try:
            record = json.loads((self.previous / f"{key}.json").read_text(encoding="utf-8"))
            frames = {name: read_frame(self.previous / f"{key}.{name}.arrow") for name in record["frames"]}
            done = None
            if record["spilled"] is not None:
                spilled = {**record["spilled"], "header": record["spilled"]["header"].encode("utf-8"), "errors": []}
                for kind in ("csv", "arrow"):
                    target = self.spill / f"spilled-{number:05d}.{kind}"
                    link_or_copy(self.previous / f"{key}.{kind}", target)
                    spilled[kind] = target
                done = {"spilled": spilled, "narrow": frames.get("narrow"), "frame": None}
            for name in self.previous.glob(f"{key}.*"):
                link_or_copy(name, self.folder / name.name)
        except (OSError, ValueError, KeyError):  # a damaged entry: measured again
            return None
        except Exception:  # pyarrow's errors for a damaged file
            return None
        return done, frames.get("rest")

    def put(self, key: str, done, rest) -> None:
        """Keep a part just measured (before the writer takes its spilled files): nothing when a file failed."""
        import json

        from .tables_io import write_frame

        try:
            spilled = None
            frames = {"rest": rest} if rest is not None else {}
            if done is not None:
                if done["spilled"]["errors"] or done["spilled"]["csv"] is None:
                    return
                for kind in ("csv", "arrow"):
                    link_or_copy(Path(done["spilled"][kind]), self.folder / f"{key}.{kind}")
                spilled = {"rows": done["spilled"]["rows"], "header": done["spilled"]["header"].decode("utf-8"),
                           "meta": done["spilled"]["meta"]}
                frames["narrow"] = done["narrow"]
            for name, frame in frames.items():  # a categorical's unused categories (a part's every sentence) go
                write_frame(_used_categories(frame), self.folder / f"{key}.{name}.arrow")
            (self.folder / f"{key}.json").write_text(json.dumps({"spilled": spilled, "frames": sorted(frames)}),
                                                     encoding="utf-8")
        except OSError:  # a part that cannot be kept is measured again next time, nothing else
            pass


def _used_categories(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with only the categories its rows use (the values are the same; what the build reads of a kept
    part's frames, and the files it writes from them, do not depend on the categories: they are written as text)."""
    import pandas as pd

    shared = [c for c in frame.columns if isinstance(frame[c].dtype, pd.CategoricalDtype)]
    return frame.assign(**{c: frame[c].cat.remove_unused_categories() for c in shared}) if shared else frame
