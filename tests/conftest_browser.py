"""A small headless-Chromium driver for the browser tests: the DevTools protocol over a pipe.

Chromium started with ``--remote-debugging-pipe`` reads protocol commands on its fd 3 and writes
replies and events on its fd 4, each a JSON message ended by a NUL byte. No websocket, no extra
package, no browser download: the tests need only ``/usr/bin/chromium``.

    with Chromium() as browser:
        page = browser.open(Path("map.html").as_uri())
        page.wait_for("document.body.dataset.rendered")
        n = page.eval("kgNodeView.length")
        page.screenshot(Path("artifacts/map.png"))
"""
from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = os.environ.get("KG_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
         "--disable-extensions", "--mute-audio", "--hide-scrollbars"]
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"


def require_chromium() -> str:
    if not CHROMIUM or not Path(CHROMIUM).is_file():
        pytest.skip("headless Chromium not found (apt-get install chromium, or set KG_CHROMIUM)")
    return CHROMIUM


class BrowserError(RuntimeError):
    pass


class Chromium:
    """One headless Chromium process driven over its DevTools pipe."""

    def __init__(self, executable: str | None = None, timeout: float = 60.0) -> None:
        self.executable = executable or require_chromium()
        self.timeout = timeout
        self._next_id = 0
        self._buf = b""
        self.events: list[dict[str, Any]] = []

    def __enter__(self) -> "Chromium":
        self._profile = tempfile.mkdtemp(prefix="kg-chromium-")
        to_child_r, self._to_child = os.pipe()
        self._from_child, from_child_w = os.pipe()

        def wire() -> None:  # in the child: its fd 3 reads our commands, its fd 4 writes replies
            a, b = os.dup(to_child_r), os.dup(from_child_w)
            os.dup2(a, 3)
            os.dup2(b, 4)

        # Python's own descriptors are close-on-exec (PEP 446): the child keeps only 0-2 and the two dup2'd
        self._log = open(Path(self._profile) / "chromium.log", "wb")  # noqa: SIM115 - closed in __exit__
        self.proc = subprocess.Popen(
            [self.executable, *FLAGS, f"--user-data-dir={self._profile}", "--remote-debugging-pipe", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=self._log,
            preexec_fn=wire, close_fds=False,
        )
        os.close(to_child_r)
        os.close(from_child_w)
        return self

    def __exit__(self, *exc: Any) -> None:
        try:
            if self.proc.poll() is None:
                try:
                    self.send("Browser.close", timeout=5)
                except Exception:  # noqa: BLE001 - closing anyway
                    pass
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        finally:
            for fd in (self._to_child, self._from_child):
                try:
                    os.close(fd)
                except OSError:
                    pass
            self._log.close()
            shutil.rmtree(self._profile, ignore_errors=True)

    def log_tail(self, chars: int = 2000) -> str:
        try:
            return (Path(self._profile) / "chromium.log").read_text(errors="replace")[-chars:]
        except OSError:
            return ""

    # -- protocol ---------------------------------------------------------------------------------
    def _read_message(self, deadline: float) -> dict[str, Any]:
        import select  # noqa: PLC0415

        while b"\0" not in self._buf:
            left = deadline - time.monotonic()
            if left <= 0:
                raise BrowserError("timed out waiting for Chromium")
            ready, _, _ = select.select([self._from_child], [], [], left)
            if not ready:
                continue
            chunk = os.read(self._from_child, 1 << 16)
            if not chunk:
                raise BrowserError(f"Chromium closed the pipe: {self.log_tail()}")
            self._buf += chunk
        msg, self._buf = self._buf.split(b"\0", 1)
        return json.loads(msg)

    def send(self, method: str, params: dict[str, Any] | None = None, session: str | None = None,
             timeout: float | None = None) -> dict[str, Any]:
        self._next_id += 1
        mid = self._next_id
        msg: dict[str, Any] = {"id": mid, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        os.write(self._to_child, json.dumps(msg).encode() + b"\0")
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            reply = self._read_message(deadline)
            if reply.get("id") == mid:
                if "error" in reply:
                    raise BrowserError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_event(self, method: str, session: str | None = None, timeout: float | None = None) -> dict[str, Any]:
        for i, ev in enumerate(self.events):
            if ev.get("method") == method and (session is None or ev.get("sessionId") == session):
                return self.events.pop(i)
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            ev = self._read_message(deadline)
            if ev.get("method") == method and (session is None or ev.get("sessionId") == session):
                return ev
            self.events.append(ev)

    def open(self, url: str, width: int = 1400, height: int = 900) -> "Page":
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        page = Page(self, session)
        page.call("Page.enable")
        page.call("Runtime.enable")
        page.call("Network.enable")  # to list the requests the page makes (see Page.requests)
        page.call("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
        page.navigate(url)
        return page


class Page:
    """One tab: navigate, evaluate JavaScript, dispatch mouse events, take screenshots."""

    def __init__(self, browser: Chromium, session: str) -> None:
        self.browser = browser
        self.session = session

    def call(self, method: str, params: dict[str, Any] | None = None, timeout: float | None = None) -> dict[str, Any]:
        return self.browser.send(method, params, session=self.session, timeout=timeout)

    def navigate(self, url: str) -> float:
        """Load ``url``; returns the seconds until its load event."""
        t0 = time.perf_counter()
        res = self.call("Page.navigate", {"url": url})
        if res.get("errorText"):
            raise BrowserError(f"{url}: {res['errorText']}")
        self.browser.wait_event("Page.loadEventFired", session=self.session)
        return time.perf_counter() - t0

    def eval(self, expression: str, timeout: float | None = None) -> Any:
        """The JSON value of a JavaScript expression (promises are awaited); page errors raise."""
        res = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True},
                        timeout=timeout)
        if "exceptionDetails" in res:
            det = res["exceptionDetails"]
            raise BrowserError(f"{expression[:80]!r}: {det.get('exception', {}).get('description') or det.get('text')}")
        return res.get("result", {}).get("value")

    def wait_for(self, expression: str, timeout: float = 30.0) -> Any:
        """Poll ``expression`` until it is truthy; its value."""
        deadline = time.monotonic() + timeout
        while True:
            value = self.eval(expression)
            if value:
                return value
            if time.monotonic() > deadline:
                raise BrowserError(f"timed out waiting for {expression!r}")
            time.sleep(0.05)

    def mouse(self, kind: str, x: float, y: float, clicks: int = 0) -> None:
        params: dict[str, Any] = {"type": kind, "x": x, "y": y, "button": "left" if clicks else "none"}
        if clicks:
            params["clickCount"] = clicks
        self.call("Input.dispatchMouseEvent", params)

    def click(self, x: float, y: float) -> None:
        self.mouse("mouseMoved", x, y)
        self.mouse("mousePressed", x, y, clicks=1)
        self.mouse("mouseReleased", x, y, clicks=1)

    def console_errors(self) -> list[str]:
        """Uncaught exceptions the page reported so far."""
        out = []
        for ev in list(self.browser.events):
            if ev.get("sessionId") == self.session and ev.get("method") == "Runtime.exceptionThrown":
                det = ev["params"]["exceptionDetails"]
                out.append(det.get("exception", {}).get("description") or det.get("text", ""))
        return out

    def requests(self) -> list[str]:
        """The URLs this tab requested so far."""
        return [ev["params"]["request"]["url"] for ev in self.browser.events
                if ev.get("sessionId") == self.session and ev.get("method") == "Network.requestWillBeSent"]

    def screenshot(self, path: Path) -> Path:
        data = self.call("Page.captureScreenshot", {"format": "png"})["data"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))
        return path


# -- a small graph written per the graph.json contract (docs/ARCHITECTURE.md), for the map tests -------
XSS_PAPER = "SparseNet: routing <script>window.__kgXss=1</script> for segmentation"
XSS_PAPER_2 = 'A "quoted" study of C:\\back\\slash backbones <img src=x onerror="window.__kgXss=2">'
XSS_METHOD = "</script><!--<script>window.__kgXss=4</script> \\u0041 it's"
ABSTRACTS = {
    "p1": "We propose SparseNet, a routing network for semantic segmentation. SparseNet reaches 80.1% mIoU on "
          "Cityscapes with a ResNet-50 backbone. Code: https://github.com/example/sparsenet",
    "p2": "We evaluate ResNet-50 on Cityscapes and ImageNet. We report mIoU and top-1 accuracy for semantic "
          "segmentation. The </script><!--<script>window.__kgXss=4</script> \\u0041 it's baseline is weak.",
    "p3": "We train ResNet-50 on KITTI for depth estimation. We report RMSE.",
}


def _sentence(text: str, start: int) -> str:
    left = text.rfind(". ", 0, start)
    right = text.find(". ", start)
    return text[left + 2 if left >= 0 else 0: right + 1 if right >= 0 else len(text)]


def contract_graph():
    """Three papers and every entity type, with evidence, hostile names, aliases and urls."""
    import networkx as nx  # noqa: PLC0415

    g = nx.MultiDiGraph(kg_version="test", papers=3, built_at="2026-01-01T00:00:00+00:00", inputs=[])
    papers = {
        "p1": (XSS_PAPER, "https://example.org/p1", 2024),
        "p2": (XSS_PAPER_2, "javascript:window.__kgXss=3", 2023),
        "p3": ("Depth from video", "", None),
    }
    for raw, (title, url, year) in papers.items():
        pid = f"paper:{raw}"
        g.add_node(pid, id=pid, type="Paper", name=title, title=title, abstract=ABSTRACTS[raw], url=url, year=year,
                   source="test", aliases=[], mention_count=1, paper_count=1, papers=[pid], evidence=[])

    def entity(nid, etype, name, surface_by_paper, aliases=(), **extra):
        evidence = []
        for raw, surface in surface_by_paper.items():
            start = ABSTRACTS[raw].index(surface)
            evidence.append({"paper": f"paper:{raw}", "field": "abstract", "start": start, "end": start + len(surface),
                             "text": surface, "sentence": _sentence(ABSTRACTS[raw], start)})
        g.add_node(nid, id=nid, type=etype, name=name, aliases=sorted({name, *aliases, *surface_by_paper.values()}),
                   mention_count=len(evidence), paper_count=len(surface_by_paper),
                   papers=[f"paper:{r}" for r in surface_by_paper], evidence=evidence, **extra)
        return nid

    def edge(u, v, rel, raw, surface):
        start = ABSTRACTS[raw].index(surface)
        g.add_edge(u, v, key=rel, type=rel, count=1, evidence=[["abstract", start, start + len(surface)]])

    entity("method:sparsenet", "Method", "SparseNet", {"p1": "SparseNet"}, aliases=["Sparse-Net"])
    entity("method:resnet-50", "Method", "ResNet-50", {"p1": "ResNet-50", "p2": "ResNet-50", "p3": "ResNet-50"},
           aliases=["ResNet50"])
    entity("method:evil", "Method", XSS_METHOD, {"p2": XSS_METHOD}, aliases=["line\u2028sep \"q\" \\"])
    entity("dataset:cityscapes", "Dataset", "Cityscapes", {"p1": "Cityscapes", "p2": "Cityscapes"}, aliases=["CityScapes"])
    entity("dataset:imagenet", "Dataset", "ImageNet", {"p2": "ImageNet"})
    entity("dataset:kitti", "Dataset", "KITTI", {"p3": "KITTI"})
    entity("metric:miou", "Metric", "mIoU", {"p1": "mIoU", "p2": "mIoU"})
    entity("metric:top-1-accuracy", "Metric", "top-1 accuracy", {"p2": "top-1 accuracy"})
    entity("metric:rmse", "Metric", "RMSE", {"p3": "RMSE"})
    entity("task:semantic-segmentation", "Task", "semantic segmentation",
           {"p1": "semantic segmentation", "p2": "semantic segmentation"})
    entity("task:depth-estimation", "Task", "depth estimation", {"p3": "depth estimation"})
    repo = "https://github.com/example/sparsenet"
    entity("repository:github.com/example/sparsenet", "Repository", "github.com/example/sparsenet", {"p1": repo},
           url=repo, host="github.com")
    entity("result:p1-0", "Result", "80.1% SparseNet / mIoU / Cityscapes", {"p1": "80.1%"}, value="80.1%", number=80.1,
           method="SparseNet", dataset="Cityscapes", metric="mIoU", paper="paper:p1")
    g.nodes["result:p1-0"]["aliases"] = []

    edge("paper:p1", "method:sparsenet", "PROPOSES", "p1", "SparseNet")
    edge("paper:p1", "task:semantic-segmentation", "ADDRESSES", "p1", "semantic segmentation")
    edge("paper:p1", "metric:miou", "REPORTS", "p1", "mIoU")
    edge("paper:p1", "dataset:cityscapes", "EVALUATES_ON", "p1", "Cityscapes")
    edge("paper:p1", "method:resnet-50", "USES", "p1", "ResNet-50")
    edge("paper:p1", "repository:github.com/example/sparsenet", "HAS_CODE", "p1", repo)
    edge("paper:p1", "result:p1-0", "HAS_RESULT", "p1", "80.1%")
    edge("result:p1-0", "method:sparsenet", "OF_METHOD", "p1", "80.1%")
    edge("result:p1-0", "dataset:cityscapes", "ON_DATASET", "p1", "80.1%")
    edge("result:p1-0", "metric:miou", "MEASURED_BY", "p1", "80.1%")
    edge("paper:p2", "method:resnet-50", "USES", "p2", "ResNet-50")
    edge("paper:p2", "method:evil", "USES", "p2", XSS_METHOD)
    edge("paper:p2", "dataset:cityscapes", "EVALUATES_ON", "p2", "Cityscapes")
    edge("paper:p2", "dataset:imagenet", "EVALUATES_ON", "p2", "ImageNet")
    edge("paper:p2", "metric:miou", "REPORTS", "p2", "mIoU")
    edge("paper:p2", "metric:top-1-accuracy", "REPORTS", "p2", "top-1 accuracy")
    edge("paper:p2", "task:semantic-segmentation", "ADDRESSES", "p2", "semantic")
    edge("paper:p3", "method:resnet-50", "USES", "p3", "ResNet-50")
    edge("paper:p3", "dataset:kitti", "EVALUATES_ON", "p3", "KITTI")
    edge("paper:p3", "task:depth-estimation", "ADDRESSES", "p3", "depth estimation")
    edge("paper:p3", "metric:rmse", "REPORTS", "p3", "RMSE")
    return g


# -- a big synthetic graph per the same contract, for the scale tests (10k papers in a few seconds) ----
_SYLL = ["ka", "lo", "ren", "vi", "sta", "mor", "qu", "el", "tra", "zen", "po", "dex", "ni", "sol", "gra", "fu",
         "lin", "ar", "bel", "cor", "dra", "ex", "hal", "iv", "jo", "kri", "mes", "nor", "ost", "pla", "ryn", "tur"]
_KIND = {"Method": ["Net", "Former", "GAN", "-BERT", " Attention", " Pooling", " Search", "Flow"],
         "Dataset": ["-1K", " Bench", "-QA", "Set", " Scenes", "-10", "Corpus", "-3D"],
         "Metric": [" score", " accuracy", " error", " F1", " recall", " IoU"],
         "Task": [" detection", " segmentation", " retrieval", " estimation", " translation", " generation"]}
_REL = {"Method": "USES", "Dataset": "EVALUATES_ON", "Metric": "REPORTS", "Task": "ADDRESSES", "Repository": "HAS_CODE"}


def _word(rng, lo=2, hi=3):
    return "".join(rng.choice(_SYLL) for _ in range(rng.randint(lo, hi))).capitalize()


def synthetic_graph(n_papers: int = 10_000, seed: int = 1, topics: int = 16):
    """A graph shaped like a real build: papers in ``topics`` fields, each with its own methods, datasets,
    metrics and tasks used with a long-tailed popularity (plus a few used everywhere), a third of the
    papers with code (some with two repositories), new methods proposed, stated results, years and
    arXiv-style ids. Names are made up; evidence sentences are generated."""
    import random  # noqa: PLC0415

    import networkx as nx  # noqa: PLC0415

    rng = random.Random(seed)
    g = nx.MultiDiGraph(kg_version="test", papers=n_papers, built_at="2026-01-01T00:00:00+00:00", inputs=[])
    sizes = {"Method": 150, "Dataset": 40, "Metric": 8, "Task": 20}
    pools: dict[tuple[int, str], list[str]] = {}
    members: dict[str, set[str]] = {}
    names: dict[str, tuple[str, str]] = {}

    def new_entity(etype: str) -> str:
        while True:
            name = _word(rng) + rng.choice(_KIND[etype]) if etype != "Metric" or rng.random() < 0.7 else _word(rng, 1, 2)
            nid = f"{etype.lower()}:{name.lower().replace(' ', '-')}"
            if nid not in names:
                names[nid] = (etype, name)
                members[nid] = set()
                return nid

    for t in range(-1, topics):  # -1: used in every field
        for etype, k in sizes.items():
            pools[(t, etype)] = [new_entity(etype) for _ in range(k // (5 if t < 0 else 1))]

    def pick(t: int, etype: str) -> str:
        pool = pools[(-1 if rng.random() < 0.12 else t, etype)]
        return pool[min(int(rng.paretovariate(1.1)) - 1, len(pool) - 1)]

    results = 0
    for i in range(n_papers):
        year = 2015 + i * 10 // n_papers
        pid = f"paper:{year % 100:02d}{1 + i % 12:02d}.{i:05d}"
        t = rng.randrange(topics)
        ents = {pick(t if rng.random() < 0.85 else rng.randrange(topics), et)
                for et, k in (("Method", rng.randint(2, 4)), ("Dataset", rng.randint(1, 2)), ("Metric", rng.randint(1, 2)),
                              ("Task", 1)) for _ in range(k)}
        title = f"{_word(rng)}: {names[next(iter(ents))][1]} for {_word(rng, 2, 4).lower()} {_word(rng).lower()}"
        g.add_node(pid, id=pid, type="Paper", name=title, title=title, abstract=f"We study {title}.",
                   url="" if i % 2 else f"https://papers.example.org/{i}", year=year, source="synthetic",
                   aliases=[], mention_count=1, paper_count=1, papers=[pid], evidence=[])
        if rng.random() < 0.25:
            ents.add(new_entity("Method"))
            g.add_edge(pid, sorted(e for e in ents if members[e] == set() and e.startswith("method:"))[0],
                       key="PROPOSES", type="PROPOSES", count=1)
        if rng.random() < 0.33:
            for _ in range(1 + (rng.random() < 0.15)):
                rid = f"repository:github.com/{_word(rng).lower()}{i}/{_word(rng).lower()}"
                names[rid] = ("Repository", rid.split(":", 1)[1])
                members[rid] = set()
                ents.add(rid)
        for e in ents:
            members[e].add(pid)
            if not g.has_edge(pid, e):
                g.add_edge(pid, e, key=_REL[names[e][0]], type=_REL[names[e][0]], count=1)
        if rng.random() < 0.2:
            ds = next((e for e in sorted(ents) if e.startswith("dataset:")), None)
            mt = next((e for e in sorted(ents) if e.startswith("method:")), None)
            me = next((e for e in sorted(ents) if e.startswith("metric:")), None)
            rid = f"result:{pid[6:]}-0"
            value = round(rng.uniform(40, 95), 1)
            g.add_node(rid, id=rid, type="Result", name=f"{value}%", value=f"{value}%", number=value,
                       method=names[mt][1], dataset=names[ds][1], metric=names[me][1], paper=pid, aliases=[],
                       mention_count=1, paper_count=1, papers=[pid], evidence=[])
            g.add_edge(pid, rid, key="HAS_RESULT", type="HAS_RESULT", count=1)
            for target, rel in ((mt, "OF_METHOD"), (ds, "ON_DATASET"), (me, "MEASURED_BY")):
                g.add_edge(rid, target, key=rel, type=rel, count=1)
            results += 1
    for nid, ps in members.items():
        if not ps:
            continue
        etype, name = names[nid]
        papers = sorted(ps)
        ev = [{"paper": p, "field": "abstract", "start": 7, "end": 7 + len(name), "text": name,
               "sentence": f"We use {name} in this work."} for p in papers[:3]]
        g.add_node(nid, id=nid, type=etype, name=name, aliases=[], mention_count=len(papers) + len(papers) // 3,
                   paper_count=len(papers), papers=papers, evidence=ev,
                   **({"url": f"https://{name}", "host": "github.com"} if etype == "Repository" else {}))
    return g
