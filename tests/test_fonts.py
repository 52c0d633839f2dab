"""The chart font: shipped in the package, covering Vietnamese, used to lay out every chart and embedded in every
page, so that charts are the same on every machine whatever fonts it has installed."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from wuanalysis import fonts

ROOT = Path(__file__).resolve().parents[1]
FONTS = ROOT / "wuanalysis" / "data" / "fonts"
VIETNAMESE = "ĂÂĐÊÔƠƯăâđêôơư" + "".join(chr(c) for c in range(0x1EA0, 0x1EFA)) + "₫…–—“”"

# Renders two charts in a fresh interpreter and prints their SVG: the host's fonts are whatever FONTCONFIG_FILE
# says (vl-convert finds system fonts through fontconfig's configuration, read when it first lays out text: the
# variable is set before vl-convert is imported). A third chart asks for "Arial" on purpose: the control that the
# host's fonts were those FONTCONFIG_FILE named (with the impostors it is laid out wider).
RENDER = r"""
import json, os, sys
os.environ["FONTCONFIG_FILE"] = sys.argv[1]
import altair as alt, pandas as pd
from wuanalysis import charts, fonts
fonts.enable_offline_charts("vi")
card = pd.DataFrame({"indicator": ["members_new", "households_out_of_poverty", "policy_bank_outstanding_vnd"],
                     "predecessor": ["Bình Phước"] * 3,
                     "achievement_pct": [195.0, 98.5, 112.25], "status": ["exceeded", "below", "exceeded"]})
drawn = (charts.chart_achievement(card), charts._empty_chart("Chưa có số liệu"),
         charts.chart_achievement(card).configure(font="Arial"))
svgs = [alt.renderers.get()(c.to_dict()) for c in drawn]
print(json.dumps([s["image/svg+xml"] if isinstance(s, dict) else s[0]["image/svg+xml"] for s in svgs]))
"""


def _fontconfig(tmp_path: Path, name: str, font_dir: Path | None) -> Path:
    conf = tmp_path / f"{name}.conf"
    dirs = f"<dir>{font_dir}</dir>" if font_dir else ""
    conf.write_text(f'<?xml version="1.0"?>\n<fontconfig>{dirs}<cachedir>{tmp_path / "cache"}</cachedir>'
                    f"</fontconfig>\n", encoding="utf-8")
    return conf


def _impostors(tmp_path: Path) -> Path:
    """Fonts a machine may have under the names a chart could fall back to (Arial, Liberation Sans, DejaVu Sans,
    Noto Sans, Helvetica), with glyphs 40 % wider than ours, so any use of them changes the layout."""
    ttlib = pytest.importorskip("fontTools.ttLib")
    out = tmp_path / "impostors"
    out.mkdir()
    for family in ("Arial", "Liberation Sans", "DejaVu Sans", "Noto Sans", "Helvetica"):
        for style in ("Regular", "Bold"):
            font = ttlib.TTFont(FONTS / f"WuanalysisSans-{style}.ttf")
            hmtx = font["hmtx"]
            for glyph, (advance, lsb) in list(hmtx.metrics.items()):
                hmtx.metrics[glyph] = (int(advance * 1.4), lsb)
            for record in font["name"].names:
                if record.nameID in (1, 16):
                    record.string = family
                elif record.nameID in (4, 6):
                    record.string = f"{family.replace(' ', '')}-{style}"
            font.save(out / f"{family.replace(' ', '')}-{style}.ttf")
    return out


def _render(fresh_python, fontconfig_file: Path) -> list[str]:
    """The three charts' SVG drawn in a fresh interpreter (conftest.py's ``fresh_python``: forked from one that has
    imported pandas, never vl-convert) whose fonts are those ``fontconfig_file`` names."""
    run = fresh_python(f"import sys; sys.argv[1:] = [{str(fontconfig_file)!r}]\n" + RENDER)
    assert run.returncode == 0, run.stderr[-3000:]
    return json.loads(run.stdout)


def test_chart_svg_does_not_change_with_the_hosts_fonts(tmp_path, fresh_python):
    """The same charts drawn on a machine without any font and on one with look-alike fonts are identical (and a
    chart that asks for one of the look-alikes by name is not: the look-alikes were there to be found)."""
    bare = _render(fresh_python, _fontconfig(tmp_path, "empty", None))
    crowded = _render(fresh_python, _fontconfig(tmp_path, "impostors", _impostors(tmp_path)))
    assert bare[:2] == crowded[:2]
    assert bare[2] != crowded[2]
    assert f'font-family="{fonts.FONT_FAMILY}"' in bare[0] and "sans-serif" not in bare[0]
    assert "Hội viên kết nạp / phát triển mới" in bare[0]


def test_shipped_font_covers_vietnamese_and_carries_its_licence():
    ttlib = pytest.importorskip("fontTools.ttLib")
    for style in ("Regular", "Bold"):
        for suffix in ("ttf", "woff"):
            font = ttlib.TTFont(FONTS / f"WuanalysisSans-{style}.{suffix}")
            cmap = font.getBestCmap()
            assert not [c for c in VIETNAMESE if ord(c) not in cmap], style
            assert font["name"].getDebugName(1) == fonts.FONT_FAMILY
    licence = (FONTS / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL Open Font License" in licence and "Noto Sans" in licence
    assert "fonts-noto-core" in (FONTS / "subset.py").read_text(encoding="utf-8")  # how the subset was made


def test_font_is_package_data():
    import tomllib

    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"][
        "package-data"]["wuanalysis"]
    assert "data/fonts/*" in package_data
    assert fonts.font_dir().is_dir() and (fonts.font_dir() / "WuanalysisSans-Regular.ttf").exists()


def test_pages_embed_the_font():
    css = fonts.font_face_css()
    assert css.count("@font-face") == 2 and "font-weight: 700" in css
    assert f'font-family: "{fonts.FONT_FAMILY}"' in css
    assert "url(data:font/woff;base64," in css and "http" not in css  # inline, nothing fetched


# ---------------------------------------------------------------- the tested environment, nothing hiding a problem


def _norm(name: str) -> str:
    import re

    return re.sub(r"[-_.]+", "-", name).lower()


def test_ci_installs_no_fonts_and_installs_the_pinned_versions():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    install = [line for line in ci.splitlines() if "apt-get install" in line]
    assert install and not any("font" in line for line in install)  # the package brings its own font
    assert "--no-install-recommends chromium" in ci
    assert "pip install -c constraints.txt -e '.[test]'" in ci


def test_constraints_pin_every_dependency_of_the_package_and_its_tests():
    """Every distribution that `pip install -e '.[test]'` brings in is pinned to the version tested."""
    import re
    from importlib import metadata

    pins = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, version = line.partition("==")
            assert version, f"constraints.txt: {line!r} is not pinned with =="
            pins[_norm(name)] = version.strip()
    assert "wuanalysis" not in pins  # the project itself is installed from the checkout

    seen, todo = set(), [("wuanalysis", {"test"})]
    while todo:
        name, extras = todo.pop()
        for req in metadata.requires(name) or []:
            spec, _, marker = req.partition(";")
            if marker and "extra" in marker and not any(f'"{e}"' in marker for e in extras):
                continue
            if marker and "extra" not in marker and not _marker_applies(marker):
                continue
            dep = _norm(re.match(r"[A-Za-z0-9_.-]+", spec.strip()).group(0))
            if dep in seen:
                continue
            seen.add(dep)
            assert dep in pins, f"{dep} (needed by {name}) is not in constraints.txt: run scripts/lock.sh"
            found = re.search(r"\[([^\]]+)\]", spec)
            todo.append((dep, set(found.group(1).split(",")) if found else set()))


def _marker_applies(marker: str) -> bool:
    try:
        from packaging.markers import Marker
    except ImportError:  # pragma: no cover - packaging comes with the test tools
        return True
    return Marker(marker).evaluate({"extra": ""})
