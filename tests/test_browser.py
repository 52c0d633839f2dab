"""The rendered pages in a real browser: headless Chromium with the network off opens index.html and a briefing,
draws the charts, and asks nothing of the network. Screenshots land in each test's tmp_path."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from wuanalysis import briefing

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


def open_page(page: Path, tmp_path: Path, name: str) -> tuple[str, list[str], Path]:
    """(DOM after load, the page's network requests, the screenshot)."""
    netlog = tmp_path / f"{name}.netlog.json"
    dom = chromium(page, tmp_path, "--dump-dom", "--virtual-time-budget=5000", f"--log-net-log={netlog}")
    assert dom.returncode == 0, dom.stderr[-2000:]
    shot = tmp_path / f"{name}.png"
    run = chromium(page, tmp_path, f"--screenshot={shot}", "--virtual-time-budget=5000")
    assert run.returncode == 0 and shot.exists(), run.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
    return dom.stdout, page_requests(netlog), shot


def static_remote_refs(html: str) -> list[str]:
    tags = re.findall(r"<(?:script|link|img|iframe|source|video|audio|embed|object)\b[^>]*>", html, flags=re.I)
    return [t for t in tags if re.search(r"""(?:src|href|data)\s*=\s*["']?\s*(?:https?:)?//""", t, flags=re.I)]


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site")
    from test_briefing import build_tables

    build_tables(ROOT / "seeds", out)
    result = briefing.render_all(out, out, workers=2)
    assert (result["status"] == "ok").all(), result["error"].tolist()
    return out


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
