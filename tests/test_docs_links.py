"""Every relative link in README.md and docs/*.md leads somewhere: the file it names exists, and
its #anchor (in the same file or another Markdown file) is a heading there, by GitHub's rule for
turning a heading into an anchor. A section moved between files leaves no dead link behind."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from urllib.parse import unquote

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]

FENCE = re.compile(r"^ {0,3}(```|~~~)")
HEADING = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
INLINE_CODE = re.compile(r"(`+)(.+?)\1")
# [text](target) and ![alt](target), with an optional "title"; <target> in angle brackets too
LINK = re.compile(r"!?\[(?:[^\[\]]|\[[^\[\]]*\])*\]\(\s*(<[^>]*>|[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)")
REFERENCE = re.compile(r"^ {0,3}\[[^\]]+\]:\s*(\S+)")


def prose_lines(text: str) -> list[tuple[int, str]]:
    """The lines outside fenced code blocks, with their numbers (1-based)."""
    lines, fenced = [], None
    for number, line in enumerate(text.splitlines(), 1):
        opening = FENCE.match(line)
        if opening:
            if fenced is None:
                fenced = opening.group(1)
            elif opening.group(1) == fenced:
                fenced = None
            continue
        if fenced is None:
            lines.append((number, line))
    return lines


def slug(heading: str) -> str:
    """GitHub's anchor for a heading: its text as shown, lower case, with everything but letters,
    digits, spaces, hyphens and underscores left out and each space made a hyphen."""
    text = INLINE_CODE.sub(lambda m: m.group(2), heading)
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)  # a link in a heading shows its text
    text = re.sub(r"<[^>]+>", "", text)  # HTML tags are not shown
    text = text.replace("*", "").replace("~", "")
    kept = []
    for char in text.lower():
        category = unicodedata.category(char)
        if char in " -_" or category[0] in "LN" or category == "Mn":
            kept.append(char)
    return "".join(kept).replace(" ", "-")


def anchors(path: Path) -> set[str]:
    """Every anchor a page has: one per heading, a repeated one numbered -1, -2 ... as GitHub does."""
    seen: dict[str, int] = {}
    found = set()
    for _, line in prose_lines(path.read_text(encoding="utf-8")):
        heading = HEADING.match(line)
        if not heading:
            continue
        base = slug(heading.group(2))
        count = seen.get(base, 0)
        seen[base] = count + 1
        found.add(base if count == 0 else f"{base}-{count}")
    # explicit HTML anchors (<a name="x"> or id="x") are anchors too
    text = path.read_text(encoding="utf-8")
    found.update(re.findall(r"<a\s+(?:name|id)=\"([^\"]+)\"", text))
    return found


def links(path: Path) -> list[tuple[int, str]]:
    """(line, target) of every link in a page's prose, inline code left out."""
    found, previous = [], ""
    for number, line in prose_lines(path.read_text(encoding="utf-8")):
        line = INLINE_CODE.sub("", line)
        for match in LINK.finditer(line):
            found.append((number, match.group(1).strip("<>")))
        # a reference definition ("[name]: target") starts a paragraph: it cannot go on a sentence
        reference = REFERENCE.match(line) if not previous.strip() else None
        if reference:
            found.append((number, reference.group(1).strip("<>")))
        previous = line
    return found


def relative(target: str) -> bool:
    return bool(target) and not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", target) and not target.startswith("//")


def dead_links(page: Path) -> list[str]:
    dead = []
    for number, target in links(page):
        if not relative(target):
            continue
        address, _, anchor = target.partition("#")
        address = unquote(address.split("?")[0])
        linked = (page.parent / address).resolve() if address else page
        where = f"{page.relative_to(ROOT)}:{number}: {target}"
        if not linked.exists():
            dead.append(f"{where} (no file {address})")
            continue
        if anchor and linked.suffix == ".md" and unquote(anchor).lower() not in anchors(linked):
            dead.append(f"{where} (no heading #{anchor} in {linked.relative_to(ROOT)})")
    return dead


@pytest.mark.parametrize("page", PAGES, ids=[str(p.relative_to(ROOT)) for p in PAGES])
def test_every_relative_link_leads_somewhere(page):
    dead = dead_links(page)
    assert not dead, "dead links:\n" + "\n".join(dead)


def test_the_pages_are_read():
    # the checks above see links and headings at all (a regex that matched nothing would pass)
    readme = ROOT / "README.md"
    assert any(target.startswith("docs/") for _, target in links(readme))
    assert "two-commands" in anchors(readme)
    assert "validation-how-do-we-know" in anchors(readme)


@pytest.mark.parametrize(("heading", "anchor"), [
    ("Validation: how do we know?", "validation-how-do-we-know"),
    ("Dependencies, and why each", "dependencies-and-why-each"),
    ("Desktop Excel on Windows (xlwings)", "desktop-excel-on-windows-xlwings"),
    ("The `--json` output", "the---json-output"),
    ("Per article: what the figures say, session by session", "per-article-what-the-figures-say-session-by-session"),
    ("Écrits à la main", "écrits-à-la-main"),
    ("Step 1 - read [the rules](rules.md)", "step-1---read-the-rules"),
])
def test_anchor_rule(heading, anchor):
    assert slug(heading) == anchor


def test_a_dead_link_is_found(tmp_path, monkeypatch):
    monkeypatch.setitem(globals(), "ROOT", tmp_path)
    (tmp_path / "docs").mkdir()
    page = tmp_path / "docs" / "a.md"
    (tmp_path / "docs" / "b.md").write_text("# B\n\n## Same\n\n## Same\n", encoding="utf-8")
    page.write_text("# A\n\n[ok](b.md#same-1) [gone](c.md) [no heading](b.md#other) [self](#a)\n"
                    "```\n[in code](nowhere.md)\n```\n[web](https://example.org/x.md) `[code](no.md)`\n"
                    "a list [named]: not a definition\n\n[ref]: b.md\n",
                    encoding="utf-8")
    dead = dead_links(page)
    assert len(dead) == 2
    assert "c.md" in dead[0] and "#other" in dead[1]
