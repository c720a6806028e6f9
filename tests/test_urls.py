"""Code and project links: found as written, repaired, videos left out."""
import pytest

from kg.extract.urls import find_urls, is_media_link, repair_url


@pytest.mark.parametrize(
    "raw, fixed",
    [
        ("https://github.com/a/b.", "https://github.com/a/b"),
        ("https: //github.com/a/b", "https://github.com/a/b"),
        ("https:// github.com/a/b", "https://github.com/a/b"),
        ("github. com/a/b),", "https://github.com/a/b"),
        ("gitlab.com/group/repo;", "https://gitlab.com/group/repo"),
        ("http://example.org/page_(v2)", "http://example.org/page_(v2)"),
        ("www.example.org/proj", "https://www.example.org/proj"),
    ],
)
def test_repair_url(raw, fixed):
    assert repair_url(raw) == fixed


def test_find_urls_spans_are_the_written_form():
    text = ("Code: https: //github.com/u/tool. Weights at huggingface.co/u/model, data on "
            "bitbucket.org/u/data and the page www.tool-project.org/.")
    got = find_urls(text)
    assert [u for u, _, _ in got] == [
        "https://github.com/u/tool",
        "https://huggingface.co/u/model",
        "https://bitbucket.org/u/data",
        "https://www.tool-project.org/",
    ]
    for _, s, e in got:
        written = text[s:e]
        assert not written.endswith((".", ",", ";")) and written.replace(" ", "")


def test_no_links_means_no_work():
    assert find_urls("We study parsing. The accuracy is 91.2 on the test set.") == []


def test_videos_and_talks_are_not_code():
    text = ("Code is at https://github.com/u/r and a demo video is at https://short.ly/abc12. "
            "See also https://www.youtube.com/watch?v=xyz.")
    assert [u for u, _, _ in find_urls(text)] == ["https://github.com/u/r"]
    assert is_media_link("youtu.be", "")
    assert not is_media_link("github.com", "our demo video and code are at ")


@pytest.mark.parametrize(
    "text, urls",
    [
        # a space after "//" and after each "/" of the path (PDF line breaks): one repository
        ("Code: https:// github.com/ acme-lab/ fast-parser.", ["https://github.com/acme-lab/fast-parser"]),
        ("Code: https://github.com/\nacme-lab/fast-parser.", ["https://github.com/acme-lab/fast-parser"]),
        # a path inside the repository, broken after "tree/": the path goes on (it holds a "/")
        ("Models at https: //github.com/acme/tools/tree/ main/models/parser.",
         ["https://github.com/acme/tools/tree/main/models/parser"]),
        # a name cut after "_"
        ("Code is at https://github.com/acme/fast_ parser.", ["https://github.com/acme/fast_parser"]),
        # a host broken after a dot, before a short lower-case label
        ("See https://lab.univ. ac.uk/code/tool for details.", ["https://lab.univ.ac.uk/code/tool"]),
    ],
)
def test_links_broken_by_spaces_are_joined(text, urls):
    got = find_urls(text)
    assert [u for u, _, _ in got] == urls
    for url, s, e in got:
        assert text[s:e].replace(" ", "").replace("\n", "") in (url, url.removeprefix("https://"))


@pytest.mark.parametrize(
    "text, urls",
    [
        # a site's link ending in "/" before the sentence goes on: nothing joined
        ("Data is at https://acme.org/ and the code follows.", ["https://acme.org/"]),
        ("Data is at https://acme.org/ Results follow.", ["https://acme.org/"]),
        # an owner's page followed by a function word stays the owner's page
        ("Our projects are at https://github.com/acme-lab/ and elsewhere.", ["https://github.com/acme-lab/"]),
        # a sentence after a link's final dot is not part of its host
        ("See https://acme.org. We then train it.", ["https://acme.org"]),
        # a whole path is not continued by the next sentence's word
        ("Code: https://github.com/acme/tool/ Results are in Table 2.", ["https://github.com/acme/tool/"]),
    ],
)
def test_complete_links_are_not_joined_to_the_sentence(text, urls):
    assert [u for u, _, _ in find_urls(text)] == urls


def test_a_bare_code_host_is_no_repository():
    assert find_urls("Our code is available at https://github.com.") == []
    assert find_urls("1 https://github.com/\n* Equal contribution") == []
    # a project site's own domain is a link (not a code host)
    assert [u for u, _, _ in find_urls("Data: https://tiny-parse.org.")] == ["https://tiny-parse.org"]


def test_a_short_link_broken_after_its_slash_is_joined_and_a_bare_one_dropped():
    text = "Code and models are released at https://aka.ms/ tinymodel. See also https://bit.ly/ and others."
    urls = [u for u, _, _ in find_urls(text)]
    assert urls == ["https://aka.ms/tinymodel"]
