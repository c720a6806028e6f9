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
