"""(hunt49) A web page saved as one file (MHTML: Chrome's and Edge's "Webpage, Single File", .mhtml
or .mht) is read as the web page it holds. As .mhtml it was refused as an unsupported type; renamed
.txt, its MIME headers, part boundaries and quoted-printable HTML ("=3D") were scored as prose, a
confident score of the wrong text (provenance 48 where the page gives 74)."""

from __future__ import annotations

import quopri

import pytest
from workbook_helpers import documents_rows

from xlplugin.cli import main
from xlplugin.errors import InputError
from xlplugin.inputs import read_file, read_paths
from xlplugin.workbook import layout

ADDRESS = "https://gazette.example.org/harbour-wall"
# (our own short page, written for these tests)
PAGE = ("<html><head><meta charset=\"utf-8\"><title>Harbour works begin | Example Gazette</title>"
        "<meta name=\"author\" content=\"Jane Doe\">{canonical}</head><body><nav>Home | News | Sport</nav>"
        "<article><h1>Harbour works begin</h1><p>By Jane Doe</p><p>Work on the new harbour wall began on Monday, "
        "the council said, and is expected to take two years. The contractor said the first phase would cost "
        "4 million pounds, paid for by a government grant.</p><p>Fishermen said they welcomed the work but worried "
        "about access to the quay during the building.</p></article><footer>Cookies | Privacy</footer></body></html>")


def _page(canonical=True) -> str:
    return PAGE.format(canonical=f"<meta property=\"og:url\" content=\"{ADDRESS}\">" if canonical else "")


def _archive(html: str, part_type: str = "text/html", encoding: str = "quoted-printable") -> bytes:
    """An MHTML file as Chrome writes one: its header block, then the page's part."""
    body = (quopri.encodestring(html.encode("utf-8")).decode("ascii") if encoding == "quoted-printable"
            else html)
    return ("From: <Saved by Blink>\r\n"
            f"Snapshot-Content-Location: {ADDRESS}\r\n"
            "Subject: Harbour works begin | Example Gazette\r\n"
            "MIME-Version: 1.0\r\n"
            "Content-Type: multipart/related;\r\n"
            "\ttype=\"text/html\";\r\n"
            "\tboundary=\"----MultipartBoundary--k1----\"\r\n\r\n\r\n"
            "------MultipartBoundary--k1----\r\n"
            f"Content-Type: {part_type}\r\n"
            f"Content-Transfer-Encoding: {encoding}\r\n"
            f"Content-Location: {ADDRESS}\r\n\r\n"
            f"{body}\r\n"
            "------MultipartBoundary--k1------\r\n").encode("ascii")


def _html_file(tmp_path, html: str):
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return read_file(path)


@pytest.mark.parametrize("name", ["page.mhtml", "page.mht", "page.MHTML", "saved as.txt"])
def test_an_mhtml_file_is_read_as_the_page_it_holds(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(_archive(_page()))
    read, page = read_file(path), _html_file(tmp_path, _page())
    assert read.text == page.text and "=3D" not in read.text and "MultipartBoundary" not in read.text
    assert (read.title, read.author, read.url) == (page.title, page.author, page.url)
    assert "MHTML" in read.note


def test_a_folder_reads_mhtml_files(tmp_path):
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "harbour.mhtml").write_bytes(_archive(_page()))
    items = list(read_paths([str(tmp_path / "pages")]))
    assert len(items) == 1 and getattr(items[0], "text", "").startswith("Harbour works begin"), items


def test_the_address_it_was_saved_from_is_the_pages_where_the_page_names_none(tmp_path):
    path = tmp_path / "page.mhtml"
    path.write_bytes(_archive(_page(canonical=False)))
    read = read_file(path)
    assert read.url == ADDRESS and "address read from the file's header" in read.note


def test_the_pages_own_address_comes_first(tmp_path):
    path = tmp_path / "page.mhtml"
    path.write_bytes(_archive(_page()).replace(ADDRESS.encode(), b"https://mirror.example.net/copy", 1))
    read = read_file(path)
    assert read.url == ADDRESS and "header" not in read.note


def test_a_page_in_base64_is_read_too(tmp_path):
    import base64

    path = tmp_path / "page.mhtml"
    encoded = base64.encodebytes(_page().encode("utf-8")).decode("ascii")
    path.write_bytes(_archive(encoded, encoding="base64"))
    assert read_file(path).text == _html_file(tmp_path, _page()).text


def test_an_archive_holding_no_page_is_refused_saying_what_to_do(tmp_path):
    path = tmp_path / "page.mhtml"
    path.write_bytes(_archive("just a picture", part_type="image/png"))
    with pytest.raises(InputError, match="holds no HTML page"):
        read_file(path)


def test_a_text_opening_with_header_like_lines_is_a_text(tmp_path):
    """The near miss: a plain text whose first lines look like headers ("Subject:", "From:") is
    no archive without a multipart Content-Type."""
    path = tmp_path / "memo.txt"
    text = ("Subject: harbour works\nFrom: the council\n\nWork on the new harbour wall began on Monday, the council "
            "said, and is expected to take two years.\n")
    path.write_text(text, encoding="utf-8")
    read = read_file(path)
    assert "Subject: harbour works" in read.text and "MHTML" not in read.note


def test_a_workbook_shows_the_page_and_a_refresh_leaves_it(tmp_path, capsys):
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "harbour.mhtml").write_bytes(_archive(_page()))
    book = tmp_path / "book.xlsx"
    assert main(["score", str(tmp_path / "pages"), "-o", str(book), "-q"]) == 0
    row = documents_rows(book)["harbour.mhtml"]
    assert row[layout.SCORE_HEADERS[0]] is not None and row["url"] == ADDRESS
    capsys.readouterr()
    assert main(["refresh", str(book)]) == 0
    assert "unchanged" in capsys.readouterr().err
