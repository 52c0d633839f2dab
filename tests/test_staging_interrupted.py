"""A build stopped at the very moment its staging folder is made leaves nothing beside the output folder: the
signal turned into an exception as ``mkdir`` returns (the folder exists, pathlib's code raises) is inside the block
that removes it (a flaky test_build case under load: Ctrl-C left '.out.wuanalysis-staging-PID')."""
from __future__ import annotations

from pathlib import Path

import pytest

from wuanalysis.output_folder import staging_folder


@pytest.mark.parametrize("stop", [KeyboardInterrupt, SystemExit])
def test_a_stop_as_the_staging_folder_is_made_leaves_none(tmp_path, monkeypatch, stop):
    made = Path.mkdir

    def mkdir_then_stop(self, *args, **kwargs):
        made(self, *args, **kwargs)
        raise stop()

    monkeypatch.setattr(Path, "mkdir", mkdir_then_stop)
    with pytest.raises(stop), staging_folder(tmp_path / "out"):
        pass
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_cannot_be_written_is_still_named(tmp_path):
    from wuanalysis.output_folder import BuildError

    out = tmp_path / "missing" / "out"  # its parent does not exist: mkdir fails
    with pytest.raises(BuildError, match="cannot write in .*missing"), staging_folder(out):
        pass
