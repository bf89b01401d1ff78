"""The HTML page of ``quoteattr render``: valid nesting, every statement marked, text escaped and unchanged."""

from __future__ import annotations

import io
import shutil
import struct
import subprocess
import zlib
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import quoteattr
from quoteattr import QuoteKind, Span, Speaker, Statement
from quoteattr.cli import main
from quoteattr.render import PALETTE, UNATTRIBUTED, render_html, speaker_label

from .conftest import SEEDS

SEED = SEEDS / "xinhua-2021-07-16-china-belarus.txt"
ROLES = ("content", "cue", "speaker")
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})


class Page(HTMLParser):
    """Reads a rendered page: checks the nesting, and records the article's text and highlights.

    ``marked[(statement, role)]`` is the set of article offsets inside an element
    of that statement and role; ``elements`` counts those elements.
    """

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.article: list[str] = []
        self.position = 0
        self.marked: dict[tuple[int, str], set[int]] = {}
        self.elements: Counter[tuple[int, str]] = Counter()
        self.tags: Counter[str] = Counter()
        self.feed(markup)
        self.close()
        assert not [tag for tag, _ in self.stack if tag not in ("html", "head", "body")], self.stack

    @property
    def text(self) -> str:
        return "".join(self.article)

    def _in_article(self) -> bool:
        return any(a.get("id") == "article" for _, a in self.stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags[tag] += 1
        if tag in VOID:
            return
        attributes = dict(attrs)
        self.stack.append((tag, attributes))
        if self._in_article() and attributes.get("data-statement") is not None:
            (role,) = set((attributes.get("class") or "").split()) & set(ROLES)
            self.elements[(int(attributes["data-statement"] or ""), role)] += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        assert self.stack, f"</{tag}> closes nothing"
        assert self.stack[-1][0] == tag, f"</{tag}> closes <{self.stack[-1][0]}>"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if not self._in_article():
            return
        self.article.append(data)
        for _, a in self.stack:
            if a.get("data-statement") is not None:
                (role,) = set((a.get("class") or "").split()) & set(ROLES)
                key = (int(a["data-statement"] or ""), role)
                self.marked.setdefault(key, set()).update(range(self.position, self.position + len(data)))
        self.position += len(data)


def _expected(statements: list[Statement]) -> dict[tuple[int, str], set[int]]:
    want: dict[tuple[int, str], set[int]] = {}
    for n, s in enumerate(statements):
        spans = [("content", p) for p in s.content]
        spans += [("cue", s.cue)] if s.cue else []
        spans += [("speaker", s.speaker.mention)] if s.speaker and s.speaker.mention else []
        for role, span in spans:
            want.setdefault((n, role), set()).update(range(span.start, span.end))
    return want


def _check(page: Page, text: str, statements: list[Statement]) -> None:
    assert page.text == text
    for key, offsets in _expected(statements).items():
        assert page.elements[key] >= 1, f"no {key[1]} element for statement {key[0]}"
        assert page.marked.get(key, set()) == offsets, key
    assert set(page.marked) <= set(_expected(statements))


class TestSeedPage:
    text = SEED.read_text(encoding="utf-8")
    statements = quoteattr.extract(text)

    def test_every_statement_has_its_content_cue_and_speaker(self) -> None:
        assert len(self.statements) >= 10
        page = Page(render_html(self.text, self.statements))
        _check(page, self.text, self.statements)
        for n in range(len(self.statements)):
            assert all(page.elements[(n, role)] >= 1 for role in ROLES), n

    def test_the_panel_groups_statements_by_resolved_speaker(self) -> None:
        page = render_html(self.text, self.statements)
        panel = page[page.index('<aside id="panel">') :]
        groups = Counter(speaker_label(s) for s in self.statements)
        assert list(groups)[:2] == ["Wang Yi", "Nikolai Snopkov"]
        for label, count in groups.items():
            assert f'{label} <span class="meta">{count} statement' in panel
        mentions = dict.fromkeys(
            s.speaker.mention.text
            for s in self.statements
            if s.speaker and s.speaker.mention and s.speaker.name == "Wang Yi"
        )
        assert "written as " + ", ".join(f"“{m}”" for m in mentions if m != "Wang Yi") in panel
        assert all(f'href="#s{n}"' in panel for n in range(len(self.statements)))

    def test_one_colour_per_speaker(self) -> None:
        page = render_html(self.text, self.statements)
        colours = {label: f"c{n}" for n, label in enumerate(dict.fromkeys(map(speaker_label, self.statements)))}
        for n, s in enumerate(self.statements):
            assert f'class="speaker {colours[speaker_label(s)]}" data-statement="{n}"' in page


class TestMarkup:
    def test_text_is_escaped_everywhere(self) -> None:
        text = "“<b>Ready</b> & waiting,” Jane Doe said of <script>alert(1)</script>."
        statements = quoteattr.extract(text)
        assert statements
        markup = render_html(text, statements, title="<i>title</i>")
        page = Page(markup)
        assert set(page.tags) == {"html", "head", "meta", "title", "style", "body", "header", "h1", "p", "main"} | {
            "div",
            "span",
            "aside",
            "section",
            "h2",
            "ol",
            "li",
            "a",
            "br",
        }
        assert "&lt;b&gt;Ready&lt;/b&gt; &amp; waiting" in markup
        assert "&lt;i&gt;title&lt;/i&gt;" in markup
        _check(page, text, statements)

    def test_carriage_returns_survive(self) -> None:
        text = "The plan failed, Jane Doe said.\r\n\r\nIt will not, she added."
        markup = render_html(text)
        assert "\r" not in markup
        assert Page(markup).text == text

    def test_no_statements(self) -> None:
        page = Page(render_html("Nothing to see here."))
        assert page.text == "Nothing to see here."
        assert not page.elements

    def test_a_split_quote_and_a_shared_speaker(self) -> None:
        text = "“The plan,” Jane Doe said, adding that “it is ready.” Belarus, he said, is ready."
        statements = quoteattr.extract(text)
        _check(Page(render_html(text, statements)), text, statements)

    def test_unattributed_statements_are_grey(self) -> None:
        text = "“We are ready,” said Jane Doe."
        (s,) = quoteattr.extract(text)
        bare = Statement(speaker=None, cue=None, content=s.content, kind=s.kind)
        markup = render_html(text, [bare])
        assert 'class="content cx" data-statement="0"' in markup
        assert "No speaker" in markup
        _check(Page(markup), text, [bare])


@st.composite
def _documents(draw: st.DrawFn) -> tuple[str, list[Statement]]:
    """A text and statements whose spans fall anywhere: overlapping, nested, shared, empty."""
    text = draw(st.text(alphabet="ab <&>\"'\n“”", min_size=1, max_size=40))

    def span() -> Span:
        start = draw(st.integers(0, len(text)))
        return Span.of(text, start, draw(st.integers(start, len(text))))

    statements = []
    for _ in range(draw(st.integers(0, 5))):
        parts = sorted((span() for _ in range(draw(st.integers(1, 3)))), key=lambda p: p.start)
        speaker = Speaker(mention=span(), name=draw(st.sampled_from([None, "A", "B", "<C>"])))
        statements.append(
            Statement(
                speaker=draw(st.sampled_from([None, speaker])),
                cue=draw(st.sampled_from([None, span()])),
                content=parts,
                kind=QuoteKind.DIRECT,
            )
        )
    return text, statements


@given(_documents())
def test_any_overlap_gives_valid_nesting_and_exact_marks(doc: tuple[str, list[Statement]]) -> None:
    text, statements = doc
    page = Page(render_html(text, statements))
    _check(page, text, statements)
    # An empty range still gets its element, so a test can find it.
    for n in range(len(statements)):
        assert page.elements[(n, "content")] >= 1


class TestCommand:
    def _run(self, *argv: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        status = main(list(argv), stdin=io.StringIO(""), stdout=out, stderr=err)
        return status, out.getvalue(), err.getvalue()

    def test_to_stdout(self) -> None:
        status, out, err = self._run("render", str(SEED))
        assert (status, err) == (0, "")
        assert out.startswith("<!DOCTYPE html>")
        assert "<h1>xinhua-2021-07-16-china-belarus.txt</h1>" in out
        assert Page(out).text == SEED.read_text(encoding="utf-8")

    def test_to_a_file(self, tmp_path: Path) -> None:
        target = tmp_path / "page.html"
        status, out, err = self._run("render", str(SEED), "-o", str(target))
        assert (status, out, err) == (0, "", "")
        assert Page(target.read_text(encoding="utf-8")).text == SEED.read_text(encoding="utf-8")

    @pytest.mark.parametrize(
        ("name", "message"),
        # (a directory is rendered file by file: tests/test_cli.py::TestRender)
        [("missing.txt", "missing.txt: no such file"), ("latin1.txt", "not UTF-8")],
    )
    def test_bad_input(self, tmp_path: Path, name: str, message: str) -> None:
        (tmp_path / "latin1.txt").write_bytes("Caf\xe9 said so.".encode("latin-1"))
        status, out, err = self._run("render", str(tmp_path / name), "-o", str(tmp_path / "page.html"))
        assert status == 2
        assert out == ""
        assert err.startswith("quoteattr: ")
        assert message in err
        assert not (tmp_path / "page.html").exists()

    def test_unwritable_output(self, tmp_path: Path) -> None:
        status, _, err = self._run("render", str(SEED), "-o", str(tmp_path / "no" / "page.html"))
        assert status == 2
        assert "page.html: cannot write" in err


# Headless Chromium: the page as a browser draws it.

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def _chromium() -> str:
    found = next(filter(None, map(shutil.which, ("chromium", "chromium-browser", "google-chrome"))), None)
    if found is None:
        pytest.skip("no chromium binary on PATH (Debian: apt-get install chromium)")
    return found


def decode_png(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and RGB rows of an 8-bit, non-interlaced RGB or RGBA PNG (the standard library only)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, chunks, header = 8, [], b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            chunks.append(body)
    width, height, depth, colour_type, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert (depth, interlace) == (8, 0), "only 8-bit, non-interlaced PNGs"
    assert colour_type in (2, 6), "only RGB or RGBA PNGs"
    bpp = 3 if colour_type == 2 else 4
    raw, stride = zlib.decompress(b"".join(chunks)), width * bpp
    prev, rows = bytearray(stride), []
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        if kind == 1:  # Sub
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 0xFF
        elif kind == 2:  # Up
            line = bytearray((a + b) & 0xFF for a, b in zip(line, prev, strict=True))
        elif kind == 3:  # Average
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + (left + prev[i]) // 2) & 0xFF
        elif kind == 4:  # Paeth
            for i in range(stride):
                a, b = (line[i - bpp] if i >= bpp else 0), prev[i]
                c = prev[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        rows.append(bytes(line) if bpp == 3 else bytes(v for i, v in enumerate(line) if i % 4 != 3))
        prev = line
    return width, height, rows


def _rgb(colour: str) -> bytes:
    return bytes.fromhex(colour.removeprefix("#"))


def test_chromium_draws_every_highlight(tmp_path: Path) -> None:
    chromium = _chromium()
    text = SEED.read_text(encoding="utf-8")
    statements = quoteattr.extract(text)
    page = tmp_path / "seed.html"
    page.write_text(render_html(text, statements, title=SEED.name), encoding="utf-8")
    shot = tmp_path / "seed.png"

    def browse(*args: str) -> str:
        profile = tmp_path / "profile"
        result = subprocess.run(
            [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args, page.as_uri()],
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
        assert result.returncode == 0, result.stderr[-2000:]
        return result.stdout

    # The DOM as the browser parsed it: the same text, a highlight for every part of every statement.
    _check(Page(browse("--dump-dom")), text, statements)

    browse(f"--screenshot={shot}", "--window-size=1280,2000")
    width, height, rows = decode_png(shot.read_bytes())
    assert (width, height) == (1280, 2000)
    # The article is the left column; the side panel (380 px wide) uses the same colours, so leave it out.
    pixels = Counter(row[i : i + 3] for row in rows for i in range(0, 800 * 3, 3))
    assert len(pixels) > 50, "the screenshot is (nearly) blank"
    assert pixels.most_common(1)[0][1] < 0.9 * 800 * height, "the screenshot is (nearly) blank"
    speakers = len({speaker_label(s) for s in statements})
    assert None not in {speaker_label(s) for s in statements}
    assert 2 <= speakers < len(PALETTE)
    for n, colours in enumerate(PALETTE[:speakers]):
        for role, colour in zip(ROLES, colours, strict=True):
            assert pixels[_rgb(colour)] > 200, f"speaker {n}: no {role} colour {colour} in the article"
    # Stray pixels of other colours come from anti-aliasing; a highlight would cover thousands.
    for colour in (PALETTE[speakers][0], UNATTRIBUTED[0]):
        assert pixels[_rgb(colour)] < 200, f"{colour} drawn, but the seed has {speakers} speakers, all named"
