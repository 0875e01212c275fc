"""(hunt49) A web page saved as one file: MHTML, what Chrome, Edge and Opera write for "Save as:
Webpage, Single File" (.mhtml, .mht; Internet Explorer and Word wrote it too).

Such a file is a MIME message: a block of header lines ("From: <Saved by Blink>",
"Snapshot-Content-Location: https://...", "MIME-Version: 1.0", "Content-Type: multipart/related;
boundary=..."), then the page's parts, each with its own headers, the HTML page itself mostly in
quoted-printable ("=3D" for "=", lines ending in "=") and its pictures in base64. Read as a text,
its headers, its part boundaries and its encoded HTML were scored as the document's prose (a
.mhtml file renamed .txt: provenance 48 for a page whose article, read as a page, gives 74); as
.mhtml it was refused as an unsupported type. It is read as the web page it holds: its HTML
part, decoded, is read as an .html file is (`inputs.read_file`), and the address the browser
saved it from is the page's where the page names none.

Only the file's content decides (a header block over a blank line, with a multipart/related
Content-Type), whatever its name: a text that merely opens with "Subject: ..." is a text.
"""

from __future__ import annotations

import codecs
import re

from .errors import InputError

MHTML_EXTENSIONS = (".mhtml", ".mht")
MHTML_NOTE = "the file is a web page saved as one file (MHTML): read as a web page (its article, not its tags and menus)"
ADDRESS_NOTE = "the page's address read from the file's header (the address it was saved from)"
NO_PAGE = ("a web page saved as one file (MHTML) that holds no HTML page: open it in a browser and save it as "
           "\"Webpage, HTML only\" (.html), then score that file")
# A header line ("Name: value") or the continuation of one (it starts with a space or a tab).
_HEADER_LINE_RE = re.compile(rb"(?:[A-Za-z][A-Za-z0-9-]*:|[ \t])")
_MULTIPART_RE = re.compile(rb"^content-type:\s*multipart/related", re.IGNORECASE | re.MULTILINE)
_HEAD_BYTES = 8192


def is_web_archive(data: bytes) -> bool:
    """Whether a file's bytes are an MHTML web archive: its first lines, up to the first blank
    line, all header lines, one of them a multipart/related Content-Type."""
    head = data[:_HEAD_BYTES].removeprefix(b"\xef\xbb\xbf")
    end = re.search(rb"\r?\n\r?\n", head)
    if end is None:
        return False
    lines = head[:end.start()].splitlines()
    return bool(lines) and all(_HEADER_LINE_RE.match(line) for line in lines) \
        and _MULTIPART_RE.search(head[:end.start()]) is not None


def archived_page(data: bytes, source: str) -> tuple[str | None, bytes, str]:
    """(its text where the archive names the HTML part's character set, else None; the HTML
    part's bytes, decoded from quoted-printable or base64; the address the page was saved from,
    or ""). InputError where the archive holds no HTML part (`NO_PAGE`)."""
    import email  # (only for such a file)

    message = email.message_from_bytes(data)
    address = str(message.get("Snapshot-Content-Location") or "").strip()
    for part in message.walk():
        if part.get_content_type() != "text/html":
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        address = address or str(part.get("Content-Location") or "").strip()
        address = address if address.lower().startswith(("http://", "https://")) else ""
        charset = part.get_content_charset()
        if charset:
            try:
                return payload.decode(codecs.lookup(charset).name, errors="replace"), payload, address
            except LookupError:
                pass
        return None, payload, address
    raise InputError(f"{source}: {NO_PAGE}")
