"""The JSON exchange format: documents of statements, one JSON object per line.

A document is ``{"id": str, "text": str, "statements": [...]}``; a statement is
the flat object of ``Statement.to_dict``. The same format serves gold files,
the command line's output, golden test cases and evaluation, so one reader
and one writer serve them all.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs

from quoteattr._model import Statement

_log = logging.getLogger(__name__)

__all__ = ["FLAT_COLUMNS", "STATEMENT_KEYS", "JsonlError", "document", "flatten", "read_jsonl", "statement_keys"]

STATEMENT_KEYS: tuple[str, ...] = (
    "speaker",
    "speaker_span",
    "speaker_entity",
    "speaker_form",
    "speaker_title",
    "speaker_antecedent",
    "speaker_antecedent_span",
    "speaker_link",
    "speaker_person",  # which person of the document speaks: the same key on all their statements
    "cue",
    "cue_span",
    "content",
    "content_span",
    "content_joined",
    "content_parts",
    "kind",
    "cue_class",
    "rule",
)
"""The keys of a statement object, in the order quoteattr writes them.

Readers look keys up by name and ignore those they do not know, so a key added
here breaks no reader; a key's meaning never changes.
"""


def _flat_columns(keys: tuple[str, ...]) -> tuple[str, ...]:
    columns: list[str] = []
    for key in keys:
        if key.endswith("_span"):
            columns += [key.removesuffix("_span") + "_start", key.removesuffix("_span") + "_end"]
        else:
            columns.append(key)
    return tuple(columns)


FLAT_COLUMNS: tuple[str, ...] = _flat_columns(STATEMENT_KEYS)
"""The columns of a statement as a table row (CSV, pandas, Spark): the statement keys, with each
``x_span`` pair ``[start, end]`` split into the integer columns ``x_start`` and ``x_end``.
``content_parts`` stays a list of ``[start, end]`` pairs."""


def statement_keys() -> tuple[str, ...]:
    """The keys of a statement object, in the order quoteattr writes them."""
    return STATEMENT_KEYS


def flatten(statement: dict[str, Any]) -> dict[str, Any]:
    """A statement object as a row of ``FLAT_COLUMNS``: each span split into start and end.

    Example:
        >>> import quoteattr
        >>> text = "The plan failed, Jane Doe said."
        >>> row = flatten(quoteattr.extract(text)[0].to_dict(text))
        >>> row["speaker"], row["speaker_start"], row["speaker_end"], row["content_start"], row["content_end"]
        ('Jane Doe', 17, 25, 0, 15)
        >>> "speaker_span" in row, row["content_parts"]
        (False, [[0, 15]])
    """
    row: dict[str, Any] = {}
    for key in STATEMENT_KEYS:
        value = statement.get(key)
        if key.endswith("_span"):
            base = key.removesuffix("_span")
            row[base + "_start"], row[base + "_end"] = (None, None) if value is None else value
        else:
            row[key] = value
    return row


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


def read_jsonl(
    path: str | Path, *, source: str | None = None, encoding: str = "utf-8"
) -> Iterator[dict[str, Any] | JsonlError]:
    """Read documents from a JSONL file, one ``{"id", "text", ...}`` object a line.

    A bad line (not UTF-8, not JSON, not an object, no string ``text``) yields a
    ``JsonlError`` naming it instead of stopping the whole corpus, and is logged
    as a warning on the ``quoteattr.exchange`` logger; a missing ``id`` becomes
    ``"<source>:<line>"``. Blank lines are skipped.
    """
    name = source or str(path)
    with open(path, "rb") as fh:
        yield from parse_jsonl(fh, name, encoding=encoding)


def parse_jsonl(
    lines: Iterable[bytes], source: str, *, encoding: str = "utf-8"
) -> Iterator[dict[str, Any] | JsonlError]:
    """The reader behind ``read_jsonl``, over any iterable of byte lines.

    It never raises on the content of a line: whatever the bytes, each non-blank
    line gives one document or one ``JsonlError``. A UTF-8 byte order mark
    before the first line is skipped (as the command line skips one at the start
    of a text file); an ``id`` that is missing or ``null`` becomes
    ``"<source>:<line>"``. A lone surrogate written as a JSON escape
    (``"\\ud800"``) is no Unicode text and cannot be written back as UTF-8, so
    its line is a ``JsonlError`` too. *encoding* must be one in which a newline
    is the byte ``b"\\n"`` (UTF-8, Latin-1, cp1252: not UTF-16).

    Example:
        >>> lines = [b'{"id": "a", "text": "Wang said so."}', b"{oops", b'{"text": "No id."}']
        >>> [str(item) if isinstance(item, JsonlError) else item["id"] for item in parse_jsonl(lines, "c")]
        ['a', 'c:2: invalid JSON (Expecting property name enclosed in double quotes at column 2)', 'c:3']
    """
    for item in _parse_lines(lines, source, encoding):
        if isinstance(item, JsonlError):
            _log.warning("%s: skipped", item, extra={"input_error": True})
        yield item


def _parse_lines(lines: Iterable[bytes], source: str, encoding: str) -> Iterator[dict[str, Any] | JsonlError]:
    first = "utf-8-sig" if encoding.replace("_", "-").lower() in ("utf-8", "utf8") else encoding
    label = "UTF-8" if first == "utf-8-sig" else encoding
    for number, raw in enumerate(lines, start=1):
        try:
            line = raw.decode(first if number == 1 else encoding)
        except UnicodeDecodeError as exc:
            yield JsonlError(source, number, f"not {label} ({exc.reason} at byte {exc.start})")
            continue
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield JsonlError(source, number, f"invalid JSON ({_json_reason(exc)})")
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


def _json_reason(exc: json.JSONDecodeError) -> str:
    """The decoder's message and where: "Expecting value at column 1".

    Some of the decoder's messages end in "at" already ("Invalid control character at",
    "Unterminated string starting at"), to be followed by the position: no second "at".
    """
    return f"{exc.msg.removesuffix(' at')} at column {exc.colno}"
