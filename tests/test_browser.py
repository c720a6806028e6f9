"""The map in headless Chromium (driven over the DevTools pipe, see conftest_browser.py): it renders
every node, the filters, search, hover cards and clicks work, hostile names stay inert, and the seed
corpus map renders within 10 s. Screenshots go to artifacts/ (gitignored)."""
import time

import pytest

from kg.sinks.html import write_html

from conftest_browser import ARTIFACTS, XSS_PAPER, XSS_PAPER_2, Chromium, contract_graph, require_chromium

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser():
    require_chromium()
    with Chromium() as b:
        yield b


@pytest.fixture(scope="module")
def graph():
    return contract_graph()


@pytest.fixture()
def page(browser, graph, tmp_path):
    path = tmp_path / "map.html"
    write_html(graph, path, view="graph")  # papers and results as nodes
    p = browser.open(path.as_uri())
    p.wait_for("document.body.dataset.rendered")
    return p


def _node_point(page, node_id):
    """Where a node is drawn, in page (viewport) coordinates."""
    return page.eval(f"""(function () {{
        var p = kg.network.canvasToDOM(kg.network.getPosition({node_id!r}));
        var r = document.getElementById("network").getBoundingClientRect();
        return [r.left + p.x, r.top + p.y];
    }})()""")


def test_map_renders_every_node(page, graph):
    assert int(page.eval("document.body.dataset.rendered")) == graph.number_of_nodes()
    # the counts vis-network itself holds: its DataSet, the filtered view, the nodes it placed
    counts = page.eval("[kg.nodes.length, kg.view.length, kg.network.body.nodeIndices.length, kg.edges.length,"
                       " kg.network.body.edgeIndices.length]")
    assert counts == [16, 16, 16, 21, 21]
    assert page.eval("document.querySelectorAll('#legend input[type=checkbox]').length") == 7
    assert page.eval("document.querySelectorAll('#edgelegend .edge-row').length") == 10
    assert page.eval("document.getElementById('status').textContent") == "16 of 16 nodes shown"
    assert page.console_errors() == []
    # offline: the page itself is the only thing loaded
    assert [u for u in page.requests() if u != "about:blank"] == [page.eval("location.href")]
    shot = page.screenshot(ARTIFACTS / "map-test.png")
    assert shot.stat().st_size > 10_000


def test_type_and_paper_count_filters(page):
    page.eval("kg.showType('Method', false)")
    assert page.eval("kg.view.length") == 13
    assert page.eval("kg.network.body.nodeIndices.length") == 13
    assert page.eval("kg.view.getIds().some(function (id) { return id.indexOf('method:') === 0; })") is False
    page.eval("kg.showType('Method', true)")
    page.eval("kg.setMinPapers(2)")
    # entities in >= 2 papers, plus the papers and the result (never hidden by that filter)
    assert sorted(page.eval("kg.view.getIds()")) == sorted([
        "paper:p1", "paper:p2", "paper:p3", "result:p1-0", "method:resnet-50", "dataset:cityscapes",
        "metric:miou", "task:semantic-segmentation"])
    assert page.eval("document.getElementById('minpapers-n').value") == "2"
    page.eval("kg.setMinPapers(3)")
    assert page.eval("kg.view.length") == 5
    page.eval("document.getElementById('reset').click()")
    assert page.eval("kg.view.length") == 16


def test_search_focuses_a_node(page):
    assert page.eval("kg.search('cityscapes')") == ["dataset:cityscapes"]
    assert page.eval("kg.search('ResNet50')") == ["method:resnet-50"]  # an alias
    assert page.eval("kg.search('kit')") == ["dataset:kitti"]  # a prefix
    page.eval("kg.setMinPapers(2)")  # a hidden node found by search is shown again
    assert page.eval("kg.search('depth estimation')") == ["task:depth-estimation"]
    assert page.eval("kg.view.get('task:depth-estimation') !== null")
    page.eval("kg.search('no such thing')")
    assert page.eval("document.getElementById('searchmsg').textContent") == "Not in this map."


def test_double_click_neighbourhood(page):
    page.eval("kg.neighbourhood('dataset:kitti')")
    assert sorted(page.eval("kg.view.getIds()")) == ["dataset:kitti", "paper:p3"]
    page.eval("document.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape'}))")
    assert page.eval("kg.view.length") == 16


def test_hover_card_shows_names_verbatim_and_runs_nothing(page):
    x, y = _node_point(page, "paper:p1")
    page.mouse("mouseMoved", x - 30, y - 30)
    page.mouse("mouseMoved", x, y)
    page.wait_for("document.getElementById('tip').style.display === 'block'", timeout=10)
    tip = page.eval("document.getElementById('tip').textContent")
    assert XSS_PAPER in tip and "https://example.org/p1" in tip and "Proposes: SparseNet" in tip
    assert page.eval("document.querySelectorAll('#tip script, #tip img').length") == 0
    x, y = _node_point(page, "dataset:cityscapes")
    page.mouse("mouseMoved", x, y)
    page.wait_for("document.getElementById('tip').textContent.indexOf('Cityscapes') === 0", timeout=10)
    tip = page.eval("document.getElementById('tip').textContent")
    assert "Dataset · 2 papers · 2 mentions" in tip and "Also written: CityScapes" in tip
    assert "We evaluate ResNet-50 on Cityscapes and ImageNet." in tip
    assert page.eval("document.querySelector('#tip mark').textContent") == "Cityscapes"
    x, y = _node_point(page, "method:evil")
    page.mouse("mouseMoved", x, y)
    page.wait_for("document.getElementById('tip').textContent.indexOf('</script>') === 0", timeout=10)
    assert page.eval("typeof window.__kgXss") == "undefined"
    assert page.eval("document.querySelectorAll('#tip script, #tip img').length") == 0
    assert page.console_errors() == []


def test_click_shows_the_panel_with_links_but_never_a_script_url(page):
    page.click(*_node_point(page, "paper:p1"))
    page.wait_for("!document.getElementById('panel').hidden", timeout=10)
    panel = page.eval("document.getElementById('panel-body').textContent")
    assert XSS_PAPER in panel and "SparseNet" in panel  # the panel lists what it mentions
    hrefs = page.eval("Array.from(document.querySelectorAll('#panel a')).map(function (a) { return a.href; })")
    assert hrefs == ["https://example.org/p1", "https://github.com/example/sparsenet"]
    assert page.eval("document.querySelectorAll('#panel script, #panel img').length") == 0
    page.click(*_node_point(page, "paper:p2"))  # its url is javascript:...: shown as text, no link
    page.wait_for(f"document.getElementById('panel-body').textContent.indexOf({XSS_PAPER_2[:20]!r}) >= 0", timeout=10)
    assert page.eval("document.querySelectorAll('#panel a').length") == 0
    assert page.eval("typeof window.__kgXss") == "undefined"
    page.click(*_node_point(page, "dataset:kitti"))
    page.wait_for("document.querySelector('#panel h2').textContent === 'KITTI'", timeout=10)
    assert "Depth from video" in page.eval("document.getElementById('panel-body').textContent")
    assert page.console_errors() == []


def test_focus_page_selects_the_focus(browser, graph, tmp_path):
    path = tmp_path / "focus.html"
    write_html(graph, path, focus="Cityscapes", hops=1)
    p = browser.open(path.as_uri())
    assert int(p.wait_for("document.body.dataset.rendered")) == 4  # Cityscapes, 2 papers, the result
    assert p.eval("kg.network.getSelectedNodes()") == ["dataset:cityscapes"]
    assert "Neighbourhood of Cityscapes (1 hop)." in p.eval("document.getElementById('notes').textContent")


def test_overview_panel_filters_and_physics(browser, graph, tmp_path):
    path = tmp_path / "overview.html"
    write_html(graph, path, min_papers=2)  # the overview, as `kg viz --min-papers 2` writes it
    p = browser.open(path.as_uri())
    assert int(p.wait_for("document.body.dataset.rendered")) == 4
    # the filter shows the command's option
    assert p.eval("[document.getElementById('minpapers').value, document.getElementById('minpapers-n').value]") == ["2", "2"]
    p.eval("kg.setMinPapers(3)")
    assert p.eval("kg.view.getIds()") == ["method:resnet-50"]
    p.eval("kg.setMinPapers(1)")
    # years: the papers of 2024 only (p1): Cityscapes and ResNet-50 are in it, ...
    p.eval("kg.setYears(2024, 2024)")
    assert sorted(p.eval("kg.view.getIds()")) == ["dataset:cityscapes", "method:resnet-50", "metric:miou",
                                                  "task:semantic-segmentation"]
    p.eval("kg.setYears(2023, 2024)")
    # the panel of Cityscapes: its papers, their links and code, its leaderboard
    x, y = _node_point(p, "dataset:cityscapes")
    p.click(x, y)
    p.wait_for("!document.getElementById('panel').hidden", timeout=10)
    text = p.eval("document.getElementById('panel-body').textContent")
    assert "Cityscapes" in text and "2 papers" in text and "Also written: CityScapes" in text
    assert "We evaluate ResNet-50 on Cityscapes and ImageNet." in text
    assert "Leaderboard" in text and "80.1%" in text and "SparseNet" in text
    hrefs = p.eval("Array.from(document.querySelectorAll('#panel a')).map(function (a) { return a.href; })")
    assert "https://example.org/p1" in hrefs and "https://github.com/example/sparsenet" in hrefs
    assert not any(h.startswith("javascript") for h in hrefs)
    # a paper of the list: its own panel, with its code; back to Cityscapes
    p.eval("Array.from(document.querySelectorAll('#panel li button')).filter(function (b) {"
           f" return b.textContent === {XSS_PAPER!r}; }})[0].click()")
    assert p.eval("document.querySelector('#panel h2').textContent") == XSS_PAPER
    assert p.eval("Array.from(document.querySelectorAll('#panel .repos a')).map(function (a) { return a.href; })") == [
        "https://github.com/example/sparsenet"]
    p.eval("document.getElementById('panel-back').click()")
    assert p.eval("document.querySelector('#panel h2').textContent") == "Cityscapes"
    # physics is off until the button turns it on
    assert p.eval("kg.network.physics.options.enabled") is False
    p.eval("document.getElementById('physics').click()")
    assert p.eval("kg.network.physics.options.enabled") is True
    assert p.eval("document.getElementById('physics').textContent") == "Physics: on"
    assert typeof_xss(p) == "undefined" and p.console_errors() == []
    assert [u for u in p.requests() if u != "about:blank"] == [p.eval("location.href")]


def typeof_xss(p):
    return p.eval("typeof window.__kgXss")


def _render_seconds(browser, path):
    """Seconds from navigation to the first drawing of the network, and the number of nodes drawn."""
    p = browser.open("about:blank")
    t0 = time.perf_counter()
    p.navigate(path.as_uri())
    rendered = int(p.wait_for("document.body.dataset.rendered", timeout=60))
    return time.perf_counter() - t0, rendered, p


@pytest.mark.slow
def test_seed_map_renders_within_10s(browser, tmp_path, seed_build):
    out = seed_build  # the seed build's graph.html, written with the default max_nodes (shared, read only)
    from kg.pipeline import graph_of

    g = graph_of(out)
    seconds, rendered, p = _render_seconds(browser, out / "graph.html")
    # the overview: entities seen in two papers or more (the default floor on a graph this size)
    entities = sum(1 for _, d in g.nodes(data=True) if d["type"] not in ("Paper", "Result") and d["paper_count"] >= 2)
    assert rendered == min(entities, 1500) and rendered >= 300
    assert p.eval("document.getElementById('minpapers').value") == "2"
    assert seconds < 10, f"the seed map took {seconds:.1f}s to render"
    assert p.console_errors() == []
    p.screenshot(ARTIFACTS / "map-seeds.png")
    # all of it, no max_nodes: still within 10 s
    full = tmp_path / "full.html"
    stats = write_html(g, full, max_nodes=None, view="graph")
    seconds, rendered, p = _render_seconds(browser, full)
    assert rendered == stats["nodes"] == g.number_of_nodes()
    assert seconds < 10, f"the full seed map ({rendered} nodes) took {seconds:.1f}s to render"
    p.screenshot(ARTIFACTS / "map-seeds-full.png")


# -- a 10,000-paper build ------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def big(tmp_path_factory):
    """The overview page of a synthetic 10,000-paper graph (built once for these tests), and the graph."""
    from conftest_browser import synthetic_graph

    g = synthetic_graph(10_000)
    path = tmp_path_factory.mktemp("big") / "map.html"
    stats = write_html(g, path)
    return path, g, stats


def _outside(page):
    return [u for u in page.requests() if not u.startswith(("file:", "about:", "data:", "blob:"))]


@pytest.mark.slow
def test_10k_overview_opens_fast_and_fits(browser, big):
    path, g, stats = big
    assert stats["view"] == "overview" and stats["nodes"] >= 1000 and stats["available"] < len(g)
    seconds, rendered, p = _render_seconds(browser, path)
    assert rendered == stats["nodes"]
    assert seconds < 5, f"the 10k-paper overview took {seconds:.1f}s to render"
    # the first view holds every node
    out = p.eval("""(function () {
        var c = document.getElementById('network'), w = c.clientWidth, h = c.clientHeight, bad = 0;
        kg.view.getIds().forEach(function (id) {
            var q = kg.network.canvasToDOM(kg.network.getPosition(id));
            if (q.x < 0 || q.y < 0 || q.x > w || q.y > h) bad++;
        });
        return bad;
    })()""")
    assert out == 0
    assert "Entities seen in at least 2 papers" in p.eval("document.getElementById('notes').textContent")
    assert p.console_errors() == [] and _outside(p) == []
    p.screenshot(ARTIFACTS / "map-10k.png")


@pytest.mark.slow
def test_10k_labels_do_not_pile_up(browser, big):
    path, g, _ = big
    _, _, p = _render_seconds(browser, path)
    p.wait_for("kg.labels().length > 0")
    # every drawn label, as a box measured in the page: the width of its text in its font, placed beside
    # its node (from the node's position and drawn size): below, above, right or left of it
    labels = p.eval("""(function () {
        var ctx = document.createElement('canvas').getContext('2d'), s = kg.network.getScale();
        return kg.labels().map(function (l) {
            var q = kg.network.canvasToDOM(kg.network.getPosition(l.id));
            var r = kg.network.body.nodes[l.id].options.size * s;
            ctx.font = l.font + "px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
            var w = ctx.measureText(l.text).width, h = l.font, x, y;
            if (l.at === "below") { x = q.x - w / 2; y = q.y + r + 3; }
            else if (l.at === "above") { x = q.x - w / 2; y = q.y - r - 3 - h; }
            else if (l.at === "right") { x = q.x + r + 4; y = q.y - h / 2; }
            else { x = q.x - r - 4 - w; y = q.y - h / 2; }
            return {id: l.id, at: l.at, x0: x, y0: y, x1: x + w, y1: y + h, drawn: [l.x0 + 2, l.y0 + 1]};
        });
    })()""")
    assert len(labels) >= 40, f"only {len(labels)} labels drawn"
    for lab in labels:  # the page drew each where the measurement puts it
        assert abs(lab["drawn"][0] - lab["x0"]) < 1 and abs(lab["drawn"][1] - lab["y0"]) < 1, lab
    overlapping = {a["id"] for i, a in enumerate(labels) for b in labels[i + 1:]
                   if a["x0"] < b["x1"] and b["x0"] < a["x1"] and a["y0"] < b["y1"] and b["y0"] < a["y1"]}
    assert len(overlapping) < 0.05 * len(labels), f"{len(overlapping)} of {len(labels)} labels overlap another"
    # the most used entities are the ones named
    top = sorted((n for n, d in g.nodes(data=True) if d["type"] not in ("Paper", "Result")),
                 key=lambda n: -g.nodes[n]["paper_count"])[:10]
    assert len(set(top) & {lab["id"] for lab in labels}) >= 9
    # zooming in names more of them, still without piling up
    before = {lab["id"] for lab in labels}
    p.eval("kg.network.moveTo({scale: kg.network.getScale() * 3}); kg.network.redraw()")
    time.sleep(0.3)
    zoomed = {lab["id"] for lab in p.eval("kg.labels()")}
    assert len(zoomed - before) >= 10  # names too small to fit before


@pytest.mark.slow
def test_10k_every_repository_of_a_selected_paper_is_in_the_panel(browser, big):
    path, g, _ = big
    _, _, p = _render_seconds(browser, path)
    # papers with code listed in the panel of an entity of the map, two repositories first
    candidates = []
    for n in p.eval("kg.view.getIds()"):
        for pid in p.eval(f"kg.nodes.get({n!r}).kgPaperIds || []"):
            repos = sorted(g.nodes[r]["url"] for r in g.successors(pid) if g.nodes[r]["type"] == "Repository")
            if repos:
                candidates.append((-len(repos), n, pid, repos))
        if len(candidates) > 40:
            break
    candidates.sort()
    assert candidates and candidates[0][0] == -2
    for _, entity, pid, repos in candidates[:6]:
        p.eval(f"kg.select({entity!r})")
        # the paper's entry in the entity's panel opens the paper's panel
        p.eval(f"""Array.from(document.querySelectorAll('#panel li button'))
                   .filter(function (b) {{ return b.textContent === {g.nodes[pid]['title']!r}; }})[0].click()""")
        assert p.eval("document.querySelector('#panel h2').textContent") == g.nodes[pid]["title"]
        hrefs = p.eval("Array.from(document.querySelectorAll('#panel .repos a')).map(function (a) { return a.href; })")
        assert sorted(hrefs) == repos
        p.eval("document.getElementById('panel-back').click()")
        assert p.eval("document.querySelector('#panel h2').textContent") == g.nodes[entity]["name"]
    assert p.console_errors() == [] and _outside(p) == []
