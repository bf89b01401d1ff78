"""The JSON exchange format: documents of statements, one JSON object per line.

A document is ``{"id": str, "text": str, "statements": [...]}``; a statement is
the flat object of ``Statement.to_dict``. The same format serves gold files,
the command line's output, golden test cases and evaluation, so one reader
and one writer serve them all.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs

from quoteattr._model import Statement

__all__ = ["JsonlError", "document", "read_jsonl", "statement_keys"]

STATEMENT_KEYS: tuple[str, ...] = (
    "speaker",
    "speaker_span",
    "speaker_entity",
    "cue",
    "cue_span",
    "content",
    "content_span",
    "content_parts",
    "kind",
    "cue_class",
    "rule",
)
"""The keys of a statement object, in the order quoteattr writes them."""


def statement_keys() -> tuple[str, ...]:
    """The keys of a statement object, in the order quoteattr writes them."""
    return STATEMENT_KEYS


def document(doc_id: str, text: str, statements: Iterable[Statement]) -> dict[str, Any]:
    """One document in the exchange format.

    Example:
        >>> import quoteattr
        >>> text = "The plan failed, Jane Doe said."
        >>> doc = document("d1", text, quoteattr.extract(text))
        >>> doc["statements"][0]["content"], doc["statements"][0]["rule"]
        ('The plan failed', 'reported.content-speaker-cue')
    """
    return {"id": doc_id, "text": text, "statements": [s.to_dict(text) for s in statements]}


@attrs.frozen
class JsonlError:
    """A line of a JSONL corpus that could not be read: where, and why."""

    source: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: {self.reason}"


def read_jsonl(path: str | Path, *, source: str | None = None) -> Iterator[dict[str, Any] | JsonlError]:
    """Read documents from a JSONL file, one ``{"id", "text", ...}`` object a line.

    A bad line (not UTF-8, not JSON, not an object, no string ``text``) yields a
    ``JsonlError`` naming it instead of stopping the whole corpus; a missing
    ``id`` becomes ``"<source>:<line>"``. Blank lines are skipped.
    """
    name = source or str(path)
    with open(path, "rb") as fh:
        yield from parse_jsonl(fh, name)


def parse_jsonl(lines: Iterable[bytes], source: str) -> Iterator[dict[str, Any] | JsonlError]:
    """The reader behind ``read_jsonl``, over any iterable of byte lines.

    It never raises on the content of a line: whatever the bytes, each non-blank
    line gives one document or one ``JsonlError``. A UTF-8 byte order mark
    before the first line is skipped; an ``id`` that is missing or ``null``
    becomes ``"<source>:<line>"``. A lone surrogate written as a JSON escape
    (``"\\ud800"``) is no Unicode text and cannot be written back as UTF-8, so
    its line is a ``JsonlError`` too.

    Example:
        >>> lines = [b'{"id": "a", "text": "Wang said so."}', b"{oops", b'{"text": "No id."}']
        >>> [str(item) if isinstance(item, JsonlError) else item["id"] for item in parse_jsonl(lines, "c")]
        ['a', 'c:2: invalid JSON (Expecting property name enclosed in double quotes at column 2)', 'c:3']
    """
    for number, raw in enumerate(lines, start=1):
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            yield JsonlError(source, number, f"not UTF-8 ({exc.reason} at byte {exc.start})")
            continue
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            # the decoder's message may end in " at" ("Invalid control character at"): no "at at column"
            yield JsonlError(source, number, f"invalid JSON ({exc.msg.removesuffix(' at')} at column {exc.colno})")
            continue
        except ValueError:  # an integer of more digits than int() converts (4,300 by default)
            yield JsonlError(source, number, "invalid JSON (a number with too many digits)")
            continue
        except RecursionError:  # "[[[[..." deeper than the decoder recurses
            yield JsonlError(source, number, "invalid JSON (nested too deeply)")
            continue
        if not isinstance(obj, dict):
            yield JsonlError(source, number, f"expected a JSON object, found {type(obj).__name__}")
            continue
        text = obj.get("text")
        if not isinstance(text, str):
            reason = 'no "text" field' if text is None else f'"text" is {type(text).__name__}, not a string'
            yield JsonlError(source, number, reason)
            continue
        if obj.get("id") is None:
            obj["id"] = f"{source}:{number}"
        obj["id"] = str(obj["id"])
        unicode_error = _not_unicode("text", text) or _not_unicode("id", obj["id"])
        if unicode_error:
            yield JsonlError(source, number, unicode_error)
            continue
        yield obj


def _not_unicode(key: str, value: str) -> str | None:
    """Why *value* is no Unicode text (it holds a lone surrogate), or None when it is."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        return f'"{key}" holds a lone surrogate ({value[exc.start]!r} at character {exc.start}), not Unicode text'
    return None
