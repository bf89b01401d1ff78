"""Many documents on all cores: ``extract_many``, in order, in bounded memory.

The documents go to a pool of worker processes in chunks; each worker builds
its ``Extractor`` once, when it starts. At most a few chunks per worker are in
flight at any time, so a corpus is streamed, never held: memory depends on the
chunk size, not on the corpus. Results come back in input order.

>>> import quoteattr
>>> texts = (f"The plan failed, Jane Doe {verb}." for verb in ("said", "added"))
>>> [[s.cue.text for s in found] for found in quoteattr.extract_many(texts, processes=2)]
[['said'], ['added']]
"""

from __future__ import annotations

import collections
import concurrent.futures
import itertools
import os
import traceback
import warnings
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Literal, TypeVar

from quoteattr._model import CueClass, MentionForm, QuoteKind, Span, Speaker, Statement
from quoteattr.errors import ArgumentError, InputTypeError, QuoteattrError, SkippedItemWarning
from quoteattr.extractor import Extractor
from quoteattr.lexicon import Lexicon

__all__ = ["available_cores", "extract_many", "ordered_map"]

T = TypeVar("T")
R = TypeVar("R")

CHUNKSIZE = 32
"""Documents per task sent to a worker: enough to make the cost of sending them
small (a news article takes about a millisecond), few enough to keep every
worker busy to the end of a small corpus and to bound memory."""

CHUNKS_PER_WORKER = 3
"""How many chunks may be in flight per worker: sent, running or waiting to be read."""


def available_cores() -> int:
    """The number of cores this process may use (``os.cpu_count()``, or fewer under a CPU affinity mask)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1  # pragma: no cover - platforms without sched_getaffinity


class RemoteTraceback(Exception):
    """The traceback of an exception raised in a worker process, as text."""

    def __str__(self) -> str:
        return f"\n\n{self.args[0]}"


class _Failure:
    """An exception a worker raised for one item, with its formatted traceback."""

    __slots__ = ("exc", "tb")

    def __init__(self, exc: BaseException, tb: str) -> None:
        self.exc = exc
        self.tb = tb


def _run_chunk(fn: Callable[[T], R], chunk: list[T]) -> list[R | _Failure]:
    """Apply *fn* to every item of a chunk; an item's exception is kept in its place."""
    out: list[R | _Failure] = []
    for item in chunk:
        try:
            out.append(fn(item))
        except Exception as exc:
            out.append(_Failure(exc, traceback.format_exc()))
    return out


def _workers(processes: int | None, chunksize: int) -> int:
    """How many worker processes; raises ArgumentError for options below 1."""
    if chunksize < 1:
        msg = f"chunksize must be at least 1, not {chunksize}"
        raise ArgumentError(msg)
    workers = available_cores() if processes is None else processes
    if workers < 1:
        msg = f"processes must be at least 1, not {processes}; pass None for all cores"
        raise ArgumentError(msg)
    return workers


def ordered_map(
    fn: Callable[[T], R],
    items: Iterable[T],
    *,
    processes: int | None = None,
    chunksize: int = CHUNKSIZE,
    initializer: Callable[..., None] | None = None,
    initargs: tuple[Any, ...] = (),
) -> Iterator[R]:
    """``map(fn, items)`` on a pool of worker processes: lazy, in order, in bounded memory.

    *fn* and *initializer* must be module-level functions (they are sent to the
    workers by name), the items and results picklable. *items* is read lazily,
    at most ``CHUNKS_PER_WORKER * processes * chunksize`` items ahead of the
    result being yielded. ``processes=1`` maps in this process with no pool
    (and does not call *initializer*). An exception raised by *fn* is raised
    again here, at its item's place, with the worker's traceback as its cause.

    Example:
        >>> list(ordered_map(abs, range(-3, 3), processes=2, chunksize=2))
        [3, 2, 1, 0, 1, 2]

    .. versionadded:: 0.1
    """
    workers = _workers(processes, chunksize)
    if workers == 1:
        return (fn(item) for item in items)
    return _pooled(fn, items, workers, chunksize, initializer, initargs)


def _pooled(
    fn: Callable[[T], R],
    items: Iterable[T],
    workers: int,
    chunksize: int,
    initializer: Callable[..., None] | None,
    initargs: tuple[Any, ...],
) -> Iterator[R]:
    window = CHUNKS_PER_WORKER * workers
    source = iter(items)
    pending: collections.deque[concurrent.futures.Future[list[R | _Failure]]] = collections.deque()
    executor = concurrent.futures.ProcessPoolExecutor(workers, initializer=initializer, initargs=initargs)
    try:
        exhausted = False
        while True:
            while not exhausted and len(pending) < window:
                chunk = list(itertools.islice(source, chunksize))
                if not chunk:
                    exhausted = True
                    break
                pending.append(executor.submit(_run_chunk, fn, chunk))
            if not pending:
                return
            for result in pending.popleft().result():
                if isinstance(result, _Failure):
                    raise result.exc from RemoteTraceback(result.tb)
                yield result
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


_WORKER_EXTRACTOR: Extractor | None = None


def _extractor(lexicon: Lexicon | None, resolve_speakers: bool) -> Extractor:
    return Extractor(lexicon if lexicon is not None else Lexicon.default(), resolve_speakers=resolve_speakers)


def _init_worker(lexicon: Lexicon | None, resolve_speakers: bool = True) -> None:
    """Pool initializer: build this worker's extractor once."""
    global _WORKER_EXTRACTOR  # one extractor per worker process, by design
    _WORKER_EXTRACTOR = _extractor(lexicon, resolve_speakers)


# Statements travel back from the workers as plain tuples of offsets, names and enum values
# (``_encode``), and are rebuilt here, their spans cut from the text this process sent
# (``_decode``). Pickling the attrs objects themselves cost a fifth of the extraction time,
# half of it in the workers, and sent the text of every span back; this costs three fifths
# of that, nearly all of it here, and sends a quarter of the bytes.
# ``tests/test_parallel.py`` checks that these field lists are the model's, so a new field
# cannot be dropped on the way unnoticed.
SPAN_FIELDS = ("start", "end", "text")
SPEAKER_FIELDS = ("mention", "name", "form", "antecedent", "title", "link", "person")
STATEMENT_FIELDS = ("speaker", "cue", "content", "kind", "cue_class", "rule")

_Row = tuple[Any, ...]


def _offsets(span: Span | None) -> tuple[int, int] | None:
    return None if span is None else (span.start, span.end)


def _encode(statements: list[Statement]) -> list[_Row]:
    rows = []
    for s in statements:
        sp = s.speaker
        speaker = None
        if sp is not None:
            speaker = (
                _offsets(sp.mention),
                sp.name,
                sp.form.value,
                _offsets(sp.antecedent),
                sp.title,
                sp.link,
                sp.person,
            )
        parts = tuple((part.start, part.end) for part in s.content)
        rows.append((speaker, _offsets(s.cue), parts, s.kind.value, s.cue_class.value, s.rule))
    return rows


def _decode(text: str, rows: list[_Row]) -> list[Statement]:
    cut = Span.of
    statements = []
    for speaker_row, cue, parts, kind, cue_class, rule in rows:
        speaker = None
        if speaker_row is not None:
            mention, name, form, antecedent, title, link, person = speaker_row
            speaker = Speaker(
                mention=None if mention is None else cut(text, *mention),
                name=name,
                form=MentionForm(form),
                antecedent=None if antecedent is None else cut(text, *antecedent),
                title=title,
                link=link,
                person=person,
            )
        statements.append(
            Statement(
                speaker=speaker,
                cue=None if cue is None else cut(text, *cue),
                content=tuple([cut(text, start, end) for start, end in parts]),
                kind=QuoteKind(kind),
                cue_class=CueClass(cue_class),
                rule=rule,
            )
        )
    return statements


def _extract_in_worker(text: str) -> list[_Row]:
    if _WORKER_EXTRACTOR is None:  # pragma: no cover - the initializer always ran
        msg = "the worker's extractor was not initialised"
        raise QuoteattrError(msg)
    return _encode(_WORKER_EXTRACTOR.extract(text))


class _Skipped:
    """Why a worker could not extract an item, for ``errors="skip"``: sent back instead of rows."""

    __slots__ = ("reason",)

    def __init__(self, reason: str) -> None:
        self.reason = reason


def _extract_in_worker_or_skip(text: str | None) -> list[_Row] | _Skipped | None:
    if text is None:  # an item that is no str: the parent knows why
        return None
    try:
        return _extract_in_worker(text)
    except Exception as exc:
        return _Skipped(_reason(exc))


def _reason(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def _skip(index: int, reason: str) -> list[Statement]:
    """Warn that the item at *index* was skipped; its empty result."""
    message = f"extract_many: skipped item {index} ({reason}); it gives an empty list"
    warnings.warn(message, SkippedItemWarning, stacklevel=3)
    return []


def _not_text(text: object) -> str:
    return f"InputTypeError: not a str but {type(text).__name__}"


def _sequential(
    texts: Iterable[str], lexicon: Lexicon | None, resolve_speakers: bool, errors: str
) -> Iterator[list[Statement]]:
    extractor = _extractor(lexicon, resolve_speakers)
    if errors == "raise":
        yield from (extractor.extract(text) for text in texts)
        return
    for index, text in enumerate(texts):
        if not isinstance(text, str):
            yield _skip(index, _not_text(text))
            continue
        try:
            found = extractor.extract(text)
        except Exception as exc:
            found = _skip(index, _reason(exc))
        yield found


def _pooled_extract(
    texts: Iterable[str],
    processes: int,
    lexicon: Lexicon | None,
    chunksize: int,
    resolve_speakers: bool = True,
    errors: str = "raise",
) -> Iterator[list[Statement]]:
    sent: collections.deque[object] = collections.deque()  # the items in flight, to cut spans from

    def remember(source: Iterable[str]) -> Iterator[str | None]:
        for text in source:
            sent.append(text)
            # with errors="skip" an item that is no str stays here: it may not even pickle
            yield None if errors == "skip" and not isinstance(text, str) else text

    worker: Callable[[Any], Any] = _extract_in_worker if errors == "raise" else _extract_in_worker_or_skip
    rows = ordered_map(
        worker,
        remember(texts),
        processes=processes,
        chunksize=chunksize,
        initializer=_init_worker,
        initargs=(lexicon, resolve_speakers),
    )
    for index, found in enumerate(rows):
        text = sent.popleft()
        if found is None:
            yield _skip(index, _not_text(text))
        elif isinstance(found, _Skipped):
            yield _skip(index, found.reason)
        else:
            assert isinstance(text, str)
            yield _decode(text, found)


def extract_many(
    texts: Iterable[str],
    *,
    processes: int | None = None,
    lexicon: Lexicon | None = None,
    chunksize: int = CHUNKSIZE,
    resolve_speakers: bool = True,
    errors: Literal["raise", "skip"] = "raise",
) -> Iterator[list[Statement]]:
    """``extract`` over many texts on all cores: one ``list[Statement]`` per text, in order.

    *texts* may be any iterable, a generator over a corpus too large for
    memory included: it is read lazily, a bounded window of chunks ahead of
    the results. Worker processes build their ``Extractor`` once.

    ``Extractor.extract_many`` is the sequential loop of one extractor in this
    process; this function is the one that shares the work among processes.

    Args:
        texts: the documents, as ``str``.
        processes: how many worker processes; all available cores when
            ``None``; ``1`` extracts in this process, with no pool.
        lexicon: the word tables to use; ``Lexicon.default()`` when omitted.
        chunksize: how many documents a worker takes at a time.
        resolve_speakers: fill ``Speaker.name``, as for ``extract``.
        errors: what an item that cannot be extracted (not a ``str``, or one
            on which extraction fails) does: ``"raise"`` its error, in its place,
            which ends the iteration; ``"skip"`` it: it gives an empty list and a
            ``SkippedItemWarning`` naming its index and why, and the iteration
            goes on.

    Raises:
        InputTypeError: *texts* is itself a ``str``, ``bytes`` or not iterable (raised at
            once), or, with ``errors="raise"``, a text in it is not a ``str`` (raised when
            its turn comes, after the results of the texts before it).
        ArgumentError: *processes* or *chunksize* is below 1, or *errors* is neither
            ``"raise"`` nor ``"skip"`` (a ``ValueError``).

    Example:
        >>> import warnings
        >>> with warnings.catch_warnings(record=True) as caught:
        ...     warnings.simplefilter("always")
        ...     found = list(extract_many(["The plan failed, Jane Doe said.", None, "No."], processes=1, errors="skip"))
        >>> [len(statements) for statements in found]
        [1, 0, 0]
        >>> print(caught[0].message)
        extract_many: skipped item 1 (InputTypeError: not a str but NoneType); it gives an empty list

    .. versionadded:: 0.1
    """
    if isinstance(texts, (str, bytes, bytearray)) or not isinstance(texts, Iterable):
        msg = (
            f"extract_many() takes an iterable of str documents, not {type(texts).__name__}; "
            "for one document call quoteattr.extract(text), or pass [text]"
        )
        raise InputTypeError(msg)
    if errors not in ("raise", "skip"):
        msg = f'extract_many(errors={errors!r}): pass "raise" or "skip"'
        raise ArgumentError(msg)
    workers = _workers(processes, chunksize)
    if workers == 1:
        return _sequential(texts, lexicon, resolve_speakers, errors)
    return _pooled_extract(texts, workers, lexicon, chunksize, resolve_speakers, errors)
