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


def _render_seconds(browser, path):
    """Seconds from navigation to the first drawing of the network, and the number of nodes drawn."""
    p = browser.open("about:blank")
    t0 = time.perf_counter()
    p.navigate(path.as_uri())
    rendered = int(p.wait_for("document.body.dataset.rendered", timeout=60))
    return time.perf_counter() - t0, rendered, p


@pytest.mark.slow
def test_seed_map_renders_within_10s(browser, tmp_path, seed_files):
    from kg.pipeline import build

    out = tmp_path / "seeds"
    build(seed_files, out, store=False)  # writes graph.html with the default max_nodes
    from kg.pipeline import graph_of

    g = graph_of(out)
    seconds, rendered, p = _render_seconds(browser, out / "graph.html")
    assert rendered == min(g.number_of_nodes(), 1500) and rendered >= 1000
    assert seconds < 10, f"the seed map took {seconds:.1f}s to render"
    assert p.console_errors() == []
    p.screenshot(ARTIFACTS / "map-seeds.png")
    # all of it, no max_nodes: still within 10 s
    full = tmp_path / "full.html"
    stats = write_html(g, full, max_nodes=None)
    seconds, rendered, p = _render_seconds(browser, full)
    assert rendered == stats["nodes"] == g.number_of_nodes()
    assert seconds < 10, f"the full seed map ({rendered} nodes) took {seconds:.1f}s to render"
    p.screenshot(ARTIFACTS / "map-seeds-full.png")
