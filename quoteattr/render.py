"""A standalone HTML page that shows an article's statements in place.

``quoteattr render FILE -o page.html`` writes it: the article text, unchanged,
with each statement's content, cue and speaker highlighted in a colour per
resolved speaker, and a side panel listing the statements grouped by speaker.
The page is one file with inline CSS and no script, so it opens offline and can
be mailed or attached to a bug report.

Every highlight is a ``<span>`` with a class (``content``, ``cue`` or
``speaker``) and ``data-statement="i"``, the statement's index in the list
``extract`` returned. Spans overlap in real text (a speaker inside another
statement's content, two statements sharing one speaker, a quote split by its
cue), so the markup comes from a sweep over the span boundaries that closes and
reopens elements where two ranges cross: the nesting is always valid HTML, and
a range cut in two gives two elements with the same ``data-statement``.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

import attrs

from quoteattr._model import Span, Statement

__all__ = ["PALETTE", "UNATTRIBUTED", "render_html", "speaker_label"]

PALETTE: tuple[tuple[str, str, str], ...] = (
    # (content background, cue background, speaker background), one triple per speaker,
    # assigned in order of first appearance; opaque, so a screenshot shows them exactly.
    ("#ffe9a8", "#f5b400", "#e08a00"),
    ("#cfe8ff", "#5aa9f0", "#1f6fd1"),
    ("#d6f5d0", "#6cc35a", "#2e8b20"),
    ("#f9d3e6", "#ea6fa9", "#c2185b"),
    ("#e4dbff", "#9b7cf0", "#6a3fd1"),
    ("#ffdccc", "#f58a5a", "#d1461f"),
    ("#d0f2f0", "#4fbdb5", "#12807a"),
    ("#eee6cf", "#bfa25a", "#8a6d1f"),
)
"""Highlight colours as ``(content, cue, speaker)`` background triples.

Speakers beyond the palette's length reuse it from the start.
"""

UNATTRIBUTED: tuple[str, str, str] = ("#e6e6e6", "#b3b3b3", "#808080")
"""The colours of statements with no speaker."""

_ROLE_RANK = {"content": 0, "cue": 1, "speaker": 2}  # which of identical ranges is outermost

_CSS = """
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: #1a1a1a; background: #fafafa; }
header { padding: 12px 24px; background: #263238; color: #fff; }
header h1 { margin: 0; font-size: 18px; font-weight: 600; }
header p { margin: 4px 0 0; font-size: 13px; color: #cfd8dc; }
main { display: grid; grid-template-columns: minmax(0, 1fr) 380px; gap: 24px; padding: 24px; }
#article { white-space: pre-wrap; overflow-wrap: break-word; font: 17px/1.8 Georgia, serif;
  background: #fff; padding: 24px 32px; border: 1px solid #ddd; border-radius: 6px; }
#panel { position: sticky; top: 12px; align-self: start; max-height: calc(100vh - 24px); overflow: auto;
  font-size: 14px; }
#panel section { background: #fff; border: 1px solid #ddd; border-radius: 6px; margin: 0 0 12px; padding: 10px 12px; }
#panel h2 { margin: 0 0 4px; font-size: 15px; }
#panel .mentions { margin: 0 0 6px; color: #555; font-size: 12px; }
#panel ol { margin: 0; padding: 0; list-style: none; }
#panel li { margin: 6px 0; }
#panel a { color: inherit; text-decoration: none; font-weight: 600; }
#panel .meta { color: #555; font-size: 12px; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 3px; margin-right: 6px;
  vertical-align: -1px; }
.content { padding: 2px 0; }
.cue { font-weight: 700; border-radius: 3px; }
.speaker { font-weight: 700; color: #fff; border-radius: 3px; }
.content:target { outline: 2px solid #263238; }
"""


def speaker_label(statement: Statement) -> str | None:
    """The name a statement's speaker is grouped and coloured by.

    The resolved name when there is one, else the mention as written; ``None``
    for a statement without a speaker.

    Example:
        >>> import quoteattr
        >>> [speaker_label(s) for s in quoteattr.extract("“We will win,” Jane Doe said. “Yes,” she added.")]
        ['Jane Doe', 'Jane Doe']
    """
    if statement.speaker is None:
        return None
    mention = statement.speaker.mention
    return statement.speaker.name or (mention.text if mention is not None else None)


@attrs.frozen
class _Range:
    """One highlighted range of the article: what it is, and whose."""

    start: int
    end: int
    role: str
    statement: int
    colour: int  # index into PALETTE, or -1 for UNATTRIBUTED
    anchor: bool  # the statement's first content part carries id="s<i>"


def _colour_class(colour: int) -> str:
    return "cx" if colour < 0 else f"c{colour}"


def _colours(statements: Sequence[Statement]) -> dict[str | None, int]:
    order: dict[str | None, int] = {}
    for st in statements:
        label = speaker_label(st)
        if label not in order:
            order[label] = -1 if label is None else sum(1 for k in order if k is not None) % len(PALETTE)
    return order


def _ranges(statements: Sequence[Statement], colours: dict[str | None, int]) -> list[_Range]:
    ranges = []
    for n, st in enumerate(statements):
        colour = colours[speaker_label(st)]
        spans: list[tuple[str, Span]] = [("content", part) for part in st.content]
        if st.cue is not None:
            spans.append(("cue", st.cue))
        if st.speaker is not None and st.speaker.mention is not None:
            spans.append(("speaker", st.speaker.mention))
        for k, (role, span) in enumerate(spans):
            ranges.append(_Range(span.start, span.end, role, n, colour, anchor=k == 0))
    return ranges


def _describe(statement: Statement, n: int) -> str:
    who = speaker_label(statement) or "no speaker"
    cue = f"“{statement.cue.text}”" if statement.cue else "no cue"
    return f"#{n} {who} · {cue} · {statement.kind.value} · {statement.rule}"


def _open_tag(r: _Range, statements: Sequence[Statement], anchored: set[int]) -> str:
    attrs_ = f'class="{r.role} {_colour_class(r.colour)}" data-statement="{r.statement}"'
    if r.anchor and r.statement not in anchored:
        anchored.add(r.statement)
        attrs_ += f' id="s{r.statement}"'
    title = html.escape(_describe(statements[r.statement], r.statement), quote=True)
    return f'<span {attrs_} title="{title}">'


def _text(segment: str) -> str:
    # A carriage return written as-is would be folded into a newline by the browser.
    return html.escape(segment, quote=False).replace("\r", "&#13;")


def _article(text: str, statements: Sequence[Statement], ranges: list[_Range]) -> str:
    """The article's markup: the text, with every range wrapped in a validly nested span.

    At each boundary the elements that end there are closed; an element that
    is still open but sits inside one that ends is closed too and reopened
    after it. New elements open outermost-first by how far they reach, so a
    range that outlives the others encloses them and is rarely cut.
    """
    ranges = [r for r in ranges if 0 <= r.start <= r.end <= len(text)]
    bounds = sorted({0, len(text)} | {r.start for r in ranges} | {r.end for r in ranges})
    by_start: dict[int, list[_Range]] = {}
    for r in ranges:
        by_start.setdefault(r.start, []).append(r)
    out: list[str] = []
    stack: list[_Range] = []
    anchored: set[int] = set()
    for i, pos in enumerate(bounds):
        # Close from the outermost element that ends here; reopen the survivors above it.
        cut = next((k for k, r in enumerate(stack) if r.end <= pos), len(stack))
        reopen = [r for r in stack[cut + 1 :] if r.end > pos]
        out.extend("</span>" for _ in stack[cut:])
        del stack[cut:]
        starting = by_start.get(pos, [])
        empty = [r for r in starting if r.end == pos]
        opening = [*reopen, *(r for r in starting if r.end > pos)]
        opening.sort(key=lambda r: (-r.end, _ROLE_RANK[r.role], r.statement))
        for r in opening:
            out.append(_open_tag(r, statements, anchored))
            stack.append(r)
        out.extend(_open_tag(r, statements, anchored) + "</span>" for r in empty)
        if i + 1 < len(bounds):
            out.append(_text(text[pos : bounds[i + 1]]))
    out.extend("</span>" for _ in stack)
    return "".join(out)


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _brief(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _panel(text: str, statements: Sequence[Statement], colours: dict[str | None, int]) -> str:
    groups: dict[str | None, list[int]] = {}
    for n, st in enumerate(statements):
        groups.setdefault(speaker_label(st), []).append(n)
    out = []
    if not statements:
        out.append("<section><h2>No statements found</h2></section>")
    for label, members in groups.items():
        colour = colours[label]
        content_bg, _, speaker_bg = UNATTRIBUTED if colour < 0 else PALETTE[colour]
        name = html.escape(label) if label is not None else "<em>No speaker</em>"
        count = _plural(len(members), "statement")
        out.append(
            f'<section class="group {_colour_class(colour)}" style="border-left: 6px solid {speaker_bg}">'
            f'<h2><span class="swatch" style="background: {content_bg}; border: 2px solid {speaker_bg}"></span>'
            f'{name} <span class="meta">{count}</span></h2>'
        )
        mentions: list[str] = []
        for n in members:
            speaker = statements[n].speaker
            written_as = speaker.mention.text if speaker is not None and speaker.mention is not None else None
            if written_as is not None and written_as != label and written_as not in mentions:
                mentions.append(written_as)
        if mentions:
            written = ", ".join(f"“{html.escape(m)}”" for m in mentions)
            out.append(f'<p class="mentions">written as {written}</p>')
        out.append("<ol>")
        for n in members:
            st = statements[n]
            cue = f"“{html.escape(st.cue.text)}”" if st.cue else "<em>no cue</em>"
            out.append(
                f'<li data-ref="{n}"><a href="#s{n}">#{n}</a> <span class="meta">{cue} · {st.kind.value} · '
                f"{st.cue_class.value}</span><br>{html.escape(_brief(' … '.join(p.text for p in st.content)))}</li>"
            )
        out.append("</ol></section>")
    return "".join(out)


def _css() -> str:
    rules = [_CSS]
    for n, (content, cue, speaker) in [*enumerate(PALETTE), (-1, UNATTRIBUTED)]:
        c = _colour_class(n)
        rules.append(
            f".content.{c} {{ background: {content}; }} .cue.{c} {{ background: {cue}; }} "
            f".speaker.{c} {{ background: {speaker}; }}\n"
        )
    return "".join(rules)


def render_html(text: str, statements: Sequence[Statement] | None = None, *, title: str = "quoteattr") -> str:
    """A standalone HTML page showing *text* with its *statements* highlighted.

    *statements* are those of ``quoteattr.extract(text)`` unless given; each
    is highlighted with ``data-statement`` set to its index in that sequence.
    The element ``id="article"`` holds exactly *text* (all of it escaped), so
    its text content equals the input. *title* heads the page.

    Example:
        >>> page = render_html("“We will win,” Jane Doe said.", title="example")
        >>> page.count('data-statement="0"')  # its content, its cue and its speaker
        3
        >>> '<span class="speaker c0" data-statement="0"' in page
        True
    """
    if statements is None:
        from quoteattr.extractor import extract

        statements = extract(text)
    colours = _colours(statements)
    article = _article(text, statements, _ranges(statements, colours))
    speakers = sum(1 for k in colours if k is not None)
    summary = f"{_plural(len(statements), 'statement')}, {_plural(speakers, 'speaker')}"
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)} · quoteattr</title>\n"
        f"<style>{_css()}</style>\n</head>\n<body>\n"
        f"<header><h1>{html.escape(title)}</h1><p>{summary}; "
        "the content of each statement is shaded, its cue and speaker are marked in the speaker’s colour</p></header>\n"
        f'<main>\n<div id="article">{article}</div>\n'
        f'<aside id="panel">{_panel(text, statements, colours)}</aside>\n</main>\n</body>\n</html>\n'
    )
