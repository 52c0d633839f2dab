"""Seconds per briefing: a plain loop of papermill runs (a new kernel each) against the batch renderer (worker
processes with warm kernels), on the same 34 briefings, in one run.

    .venv/bin/python benchmarks/render_speed.py [--workers 2] [--keep DIR]

The corpus is synthetic: one short report per province of the 2025 map (34), written in the seeds' own phrasings
with numbers varied per province, then read, measured and written as ``wuanalysis build`` would. Every warm
briefing is also compared byte for byte with its cold twin.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPORT = """HỘI LIÊN HIỆP PHỤ NỮ {kind_upper} {name_upper}
BÁO CÁO KẾT QUẢ CÔNG TÁC HỘI VÀ PHONG TRÀO PHỤ NỮ NĂM 2025

Năm 2025, Hội LHPN {kind} {name} tiếp tục triển khai các nhiệm vụ trọng tâm.
Kết quả, tính đến ngày 30/10/2025 toàn {kind} đã phát triển mới được {new} hội viên, \
đạt {rate}% so với chỉ tiêu đăng ký; \
nâng tổng số hội viên toàn {kind} là {total} người.
Năm 2025, Hội phấn đấu giúp đỡ ít nhất {poor_target} hộ thoát nghèo.
Các cấp Hội đã hỗ trợ giúp {poor} hộ (có phụ nữ) thoát nghèo, {near} hộ thoát cận nghèo.
Tổng dư nợ các nguồn vốn do Hội quản lý đạt {loans} tỷ đồng với {borrowers} hộ vay.
Hội đã tổ chức {sessions} buổi tuyên truyền cho {reached} lượt hội viên, phụ nữ tham dự.
Thành lập mới {coops} hợp tác xã do phụ nữ quản lý; hỗ trợ {startups} phụ nữ khởi nghiệp.
"""


def _vi(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def write_corpus(folder: Path) -> list[str]:
    from wuanalysis.catalogue import is_central_city, load_provinces

    provinces = load_provinces()
    names = provinces.loc[provinces["era"] == "2025", "name"].tolist()
    for i, name in enumerate(names):
        kind = "thành phố" if is_central_city(name) else "tỉnh"
        text = REPORT.format(
            kind=kind, kind_upper=kind.upper(), name=name, name_upper=name.upper(), new=_vi(1000 + 137 * i),
            rate=85 + (i * 7) % 40, total=_vi(90_000 + 3_911 * i), poor=_vi(200 + 31 * i),
            poor_target=_vi(190 + 37 * i), near=_vi(100 + 17 * i),
            loans=_vi(300 + 23 * i), borrowers=_vi(5_000 + 401 * i), sessions=_vi(400 + 29 * i),
            reached=_vi(50_000 + 1_234 * i), coops=3 + i % 9, startups=_vi(150 + 11 * i),
        )
        (folder / f"{i:02d}_bao_cao_2025.txt").write_text(text, encoding="utf-8")
    return names


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=None, help="worker processes (default: CPUs)")
    parser.add_argument("--keep", type=Path, help="keep the corpus and both renders in this folder")
    args = parser.parse_args(argv)

    import wuanalysis
    from wuanalysis import briefing
    from wuanalysis.scorecard import provinces_with_data

    root = Path(tempfile.mkdtemp(prefix="wu-bench-")) if args.keep is None else args.keep
    root.mkdir(parents=True, exist_ok=True)
    reports, data = root / "reports", root / "data"
    reports.mkdir(exist_ok=True)
    write_corpus(reports)
    shutil.rmtree(data, ignore_errors=True)
    wuanalysis.build(reports, data, briefings=False)
    tables = briefing.load_tables(data)
    provinces = provinces_with_data(tables.measurements, tables.documents)
    print(f"{len(provinces)} provinces with figures, {len(tables.measurements)} measurements", flush=True)

    cold_dir = root / "cold"
    start = time.perf_counter()
    for province in provinces:
        briefing.render_briefing(province, cold_dir, data)
    cold = time.perf_counter() - start
    print(f"sequential papermill loop: {cold:.1f} s, {cold / len(provinces):.2f} s per briefing", flush=True)

    warm_dir = root / "warm"
    start = time.perf_counter()
    result = briefing.render_all(data, warm_dir, provinces=provinces, workers=args.workers)
    warm = time.perf_counter() - start
    failed = result[result["status"] != "ok"]
    n = len(result)  # the 34 briefings and the overview
    print(f"warm kernels x {args.workers or 'CPUs'} workers: {warm:.1f} s for {n} notebooks "
          "(incl. overview and index), "
          f"{warm / len(provinces):.2f} s per briefing", flush=True)
    print(f"speed-up: {cold / warm:.1f}x", flush=True)

    same = sum((cold_dir / f"{briefing.slug(p)}.html").read_bytes()
               == (warm_dir / "briefings" / f"{briefing.slug(p)}.html").read_bytes() for p in provinces)
    print(f"identical HTML, cold vs warm: {same}/{len(provinces)}; failed: {len(failed)}", flush=True)
    if args.keep is None:
        shutil.rmtree(root, ignore_errors=True)
    return 0 if same == len(provinces) and failed.empty else 1


if __name__ == "__main__":
    sys.exit(main())
