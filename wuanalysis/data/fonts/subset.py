"""How the shipped chart font was made (run once; the results are committed, nothing is fetched at run time).

Source: Debian's package ``fonts-noto-core`` (20201225-1), files ``NotoSans-Regular.ttf`` and ``NotoSans-Bold.ttf``
(Noto Sans 2.004, SIL Open Font License 1.1, no Reserved Font Name; see OFL.txt beside this file)::

    apt-get download fonts-noto-core && dpkg-deb -x fonts-noto-core_*.deb noto
    python wuanalysis/data/fonts/subset.py noto/usr/share/fonts/truetype/noto

Kept: Basic Latin, Latin-1, Latin Extended-A, the Vietnamese letters and tone marks (Latin Extended Additional
U+1EA0–1EF9, ơ ư đ, combining marks), general punctuation, ₫ and €, arrows and the few maths signs charts use.
The family is renamed "Wuanalysis Sans" so that no font installed on a machine (a "Noto Sans" of another version)
can stand in for it: chart text is measured with exactly these metrics everywhere. Writes ``WuanalysisSans-*.ttf``
(registered with vl-convert for chart layout) and ``.woff`` (embedded base64 in every page as @font-face).
Needs fontTools (``pip install fonttools``).
"""
from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

FAMILY = "Wuanalysis Sans"
UNICODES = (
    list(range(0x20, 0x7F)) + list(range(0xA0, 0x180))          # Latin, Latin-1, Latin Extended-A
    + [0x1A0, 0x1A1, 0x1AF, 0x1B0]                              # Ơ ơ Ư ư
    + [0x300, 0x301, 0x303, 0x309, 0x323]                        # combining tone marks (NFD text)
    + list(range(0x1EA0, 0x1EFA))                                # ạ … ỹ
    + list(range(0x2000, 0x2070))                                # spaces, dashes, quotes, …, ‰
    + [0x20AB, 0x20AC, 0x2122, 0x2190, 0x2191, 0x2192, 0x2193, 0x2212, 0x2215, 0x2264, 0x2265, 0x25B2, 0x25BC,
       0xFEFF, 0xFFFD]
)


def make(source: Path, style: str, out_dir: Path) -> None:
    options = subset.Options()
    options.layout_features = ["*"]  # kerning and mark positioning: Vega measures with them
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False  # hints change rasterising, not advance widths; dropping them halves the file
    options.desubroutinize = True
    font = TTFont(source)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=UNICODES)
    subsetter.subset(font)
    postscript = f"WuanalysisSans-{style}"
    for record in font["name"].names:
        if record.nameID in (1, 16):
            record.string = FAMILY
        elif record.nameID == 4:
            record.string = f"{FAMILY} {style}"
        elif record.nameID == 6:
            record.string = postscript
        elif record.nameID == 3:
            record.string = f"{postscript};subset of Noto Sans 2.004"
        elif record.nameID == 17:
            record.string = style
    font.save(out_dir / f"{postscript}.ttf")
    font.flavor = "woff"
    font.save(out_dir / f"{postscript}.woff")


def main() -> None:
    src = Path(sys.argv[1])
    out_dir = Path(__file__).resolve().parent
    for style in ("Regular", "Bold"):
        make(src / f"NotoSans-{style}.ttf", style, out_dir)
        print(f"wrote {out_dir / f'WuanalysisSans-{style}.ttf'} and .woff")


if __name__ == "__main__":
    main()
