"""The rendered pages in a real browser: headless Chromium with the network off opens index.html and a briefing,
draws the charts, and asks nothing of the network; the first screen of a briefing at 1280×800 holds the targets
summary and the headline cards, and no chart text is clipped (the page's own layout, read by a tiny script injected
only into the test's copy of the page). Screenshots land in each test's tmp_path (the layouts' first screens in
one folder for the module: each page's layout is read once)."""
from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists(),
    reason="headless Chromium not installed (Debian: apt-get install -y chromium); CI installs it in .ci/run",
)

# No DNS, a proxy that refuses everything, no background services: a page cannot reach the network.
OFFLINE_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
    "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9", "--window-size=1280,2000",
]


def chromium(page: Path, tmp_path: Path, *extra: str) -> subprocess.CompletedProcess:
    profile = tmp_path / f"profile-{len(list(tmp_path.glob('profile-*')))}"
    cmd = [CHROMIUM, *OFFLINE_FLAGS, f"--user-data-dir={profile}", *extra, page.resolve().as_uri()]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)


def page_requests(netlog: Path) -> list[str]:
    """URLs of the network requests a page made (Chromium's own service requests, initiated by no origin and
    refused by the proxy anyway, are not the page's)."""
    log = json.loads(netlog.read_text(encoding="utf-8", errors="replace") or "{}")
    types = {v: k for k, v in log.get("constants", {}).get("logEventTypes", {}).items()}
    urls = []
    for event in log.get("events", []):
        params = event.get("params") or {}
        if types.get(event.get("type")) == "URL_REQUEST_START_JOB" and "url" in params:
            if params.get("initiator") != "not an origin" and not params["url"].startswith(("file:", "data:")):
                urls.append(params["url"])
    return urls


def screenshot(page: Path, tmp_path: Path, shot: Path, dom: subprocess.CompletedProcess, *extra: str) -> None:
    """``shot`` was taken in the run that dumped the DOM (one browser start: Chromium's headless mode does both);
    an older Chromium that does only one thing a run takes it in a run of its own."""
    if not shot.exists():
        run = chromium(page, tmp_path, *extra, f"--screenshot={shot}", "--virtual-time-budget=5000")
        assert run.returncode == 0, run.stderr[-2000:]
    assert shot.exists(), dom.stderr[-2000:]


def open_page(page: Path, tmp_path: Path, name: str) -> tuple[str, list[str], Path]:
    """(DOM after load, the page's network requests, the screenshot)."""
    netlog = tmp_path / f"{name}.netlog.json"
    shot = tmp_path / f"{name}.png"
    dom = chromium(page, tmp_path, "--dump-dom", f"--screenshot={shot}", "--virtual-time-budget=5000",
                   f"--log-net-log={netlog}")
    assert dom.returncode == 0, dom.stderr[-2000:]
    screenshot(page, tmp_path, shot, dom)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
    return dom.stdout, page_requests(netlog), shot


def static_remote_refs(html: str) -> list[str]:
    tags = re.findall(r"<(?:script|link|img|iframe|source|video|audio|embed|object)\b[^>]*>", html, flags=re.I)
    return [t for t in tags if re.search(r"""(?:src|href|data)\s*=\s*["']?\s*(?:https?:)?//""", t, flags=re.I)]


@pytest.fixture(scope="module")
def site(seeds_site) -> Path:
    """The README's main job on the seeds (conftest.py: built once per run); read-only."""
    return seeds_site


def test_index_opens_offline(site, tmp_path):
    page = site / "index.html"
    assert static_remote_refs(page.read_text(encoding="utf-8")) == []
    dom, requests, _ = open_page(page, tmp_path, "index")
    assert requests == []
    assert 'href="briefings/binh-phuoc.html"' in dom and 'href="briefings/bac-kan.html"' in dom
    assert "4.094" in dom


def test_briefing_draws_charts_offline(site, tmp_path):
    page = site / "briefings" / "binh-phuoc.html"
    assert static_remote_refs(page.read_text(encoding="utf-8")) == []
    dom, requests, shot = open_page(page, tmp_path, "binh-phuoc")
    assert requests == []
    svgs = re.findall(r"<svg\b.*?</svg>", dom, flags=re.S)
    assert len(svgs) >= 1  # achievement (no cluster: the province alone; no trend: one period)
    assert all(re.search(r'class="mark-(rect|symbol|line|rule|text)', s) for s in svgs)  # each has drawn marks
    assert 'class="mark-rule' in svgs[0]  # the 100 % line of the achievement chart
    assert 'id="scorecard"' in dom and 'id="evidence"' in dom and "4.094" in dom and "195%" in dom
    assert not re.search(r"<script\b", dom)


def test_detector_sees_a_page_request(tmp_path):
    """Control: the net-log check does catch a request a page makes (which the proxy then refuses)."""
    page = tmp_path / "leaky.html"
    page.write_text('<!DOCTYPE html><html><body><img src="http://example.invalid/x.png"></body></html>',
                    encoding="utf-8")
    netlog = tmp_path / "leaky.netlog.json"
    run = chromium(page, tmp_path, "--dump-dom", "--virtual-time-budget=3000", f"--log-net-log={netlog}")
    assert run.returncode == 0
    assert any("example.invalid" in u for u in page_requests(netlog))
    assert static_remote_refs(page.read_text(encoding="utf-8"))


# ---------------------------------------------------------------- the first screen (issue 12: a five-minute page)

# Injected only into the test's copy: writes the page's layout (element offsets, page height, SVG texts outside
# their SVG or cut with "…") into a <pre>, which --dump-dom then carries out.
LAYOUT_PROBE = """<script>
window.addEventListener("load", function () {
  function box(el) { var b = el.getBoundingClientRect();
    return {top: b.top + window.scrollY, bottom: b.bottom + window.scrollY}; }
  function first(sel) { var e = document.querySelector(sel); return e ? box(e) : null; }
  var clipped = [];
  document.querySelectorAll("svg").forEach(function (svg) {
    var s = svg.getBoundingClientRect();
    svg.querySelectorAll("text").forEach(function (t) {
      var b = t.getBoundingClientRect();
      if (!t.textContent.trim()) return;
      if (b.left < s.left - 1 || b.right > s.right + 1 || b.top < s.top - 1 || b.bottom > s.bottom + 1 ||
          /\\u2026$/.test(t.textContent)) clipped.push(t.textContent);
    });
  });
  var cards = Array.prototype.map.call(document.querySelectorAll(".wu-card"), box);
  var out = {targets: first(".wu-targets p"), targets_section: first(".wu-targets"), cards: cards,
             scorecard: first("details.wu-scorecard"), height: document.documentElement.scrollHeight,
             svgs: document.querySelectorAll("svg").length, clipped: clipped};
  var pre = document.createElement("pre"); pre.id = "wu-layout"; pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
});
</script>"""


def page_layout(page: Path, tmp_path: Path, name: str) -> dict:
    """The page's layout at 1280×800 (and a screenshot of its first screen beside the test's copy; the probe's
    output goes at the end of the page, below it)."""
    probe = tmp_path / f"{name}.probe.html"
    probe.write_text(page.read_text(encoding="utf-8").replace("</body>", LAYOUT_PROBE + "</body>"), encoding="utf-8")
    shot = tmp_path / f"{name}.first-screen.png"
    run = chromium(probe, tmp_path, "--window-size=1280,800", "--dump-dom", f"--screenshot={shot}",
                   "--virtual-time-budget=5000")
    assert run.returncode == 0, run.stderr[-2000:]
    found = re.search(r'<pre id="wu-layout">(.*?)</pre>', run.stdout, flags=re.S)
    assert found, "the layout probe did not run"
    screenshot(probe, tmp_path, shot, run, "--window-size=1280,800")
    return json.loads(html.unescape(found.group(1)))


@pytest.fixture(scope="module")
def layouts(tmp_path_factory):
    """``layout(page)``: :func:`page_layout`, once per page for the module (two tests read Bình Phước's)."""
    folder = tmp_path_factory.mktemp("layouts")
    seen: dict[Path, dict] = {}

    def layout(page: Path) -> dict:
        if page not in seen:
            seen[page] = page_layout(page, folder, f"{page.parent.name}-{page.stem}")
        return seen[page]

    return layout


def check_first_screen(layout: dict) -> None:
    assert layout["targets"] is not None and layout["targets"]["bottom"] <= 800, layout["targets"]
    assert 1 <= len(layout["cards"]) <= 4
    assert max(c["bottom"] for c in layout["cards"]) <= 800, layout["cards"]  # every headline card on screen one
    assert layout["scorecard"]["top"] > max(c["bottom"] for c in layout["cards"])  # the full table after them
    assert layout["clipped"] == []  # no chart text outside its chart or cut short


def test_first_screen_of_the_briefing_holds_targets_and_cards(site, layouts):
    layout = layouts(site / "briefings" / "binh-phuoc.html")
    check_first_screen(layout)
    print(f"Bình Phước (vi) page height: {layout['height']} px; targets section ends at "
          f"{layout['targets_section']['bottom']:.0f} px, cards at {max(c['bottom'] for c in layout['cards']):.0f} px")


def test_first_screen_of_the_english_briefing(seeds_briefing_en, layouts):
    layout = layouts(seeds_briefing_en)  # `brief --lang en` on the main job's folder (conftest.py)
    check_first_screen(layout)
    print(f"Bình Phước (en) page height: {layout['height']} px; targets section ends at "
          f"{layout['targets_section']['bottom']:.0f} px, cards at {max(c['bottom'] for c in layout['cards']):.0f} px")


def test_no_chart_text_is_clipped_on_any_page(site, layouts):
    # the cluster page's layout, clipped text included, is checked in test_page_cluster.py (it opens that page)
    cluster = {p for p in (site / "briefings").glob("*.html") if p.name.startswith("cluster-")}
    assert len(cluster) == 1
    for page in [site / "overview.html", *sorted(set((site / "briefings").glob("*.html")) - cluster)]:
        layout = layouts(page)
        assert layout["clipped"] == [], (page.name, layout["clipped"])
        print(f"{page.name}: {layout['height']} px, {layout['svgs']} charts")
