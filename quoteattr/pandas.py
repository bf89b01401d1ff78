"""Statements as a pandas DataFrame: one row per statement, in the flat exchange columns.

Needs the optional extra ``quoteattr[pandas]``; pandas is imported when a function
here is called, not when this module is. The columns are those of the command line's
CSV and of the Spark schema (``quoteattr.exchange.FLAT_COLUMNS``): the statement keys
of the JSON exchange format, with each ``[start, end]`` span split into two integer
columns (pandas' nullable ``Int64``, ``<NA>`` where there is no speaker or cue), and
``content_parts`` as a list of ``[start, end]`` pairs.

Example:
    >>> import quoteattr
    >>> from quoteattr.pandas import to_frame
    >>> text = "“We will win,” Jane Doe said. The plan, she added, was ready."
    >>> df = to_frame(text, quoteattr.extract(text), doc_id="d1")
    >>> columns = ["id", "speaker", "speaker_entity", "cue", "content_start", "content_end", "content_joined"]
    >>> print(df[columns].to_string())
       id   speaker speaker_entity    cue  content_start  content_end      content_joined
    0  d1  Jane Doe       Jane Doe   said              1           13        We will win,
    1  d1       she       Jane Doe  added             30           60  The plan was ready
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from quoteattr._model import Statement
from quoteattr.errors import ArgumentError
from quoteattr.exchange import FLAT_COLUMNS, flatten

if TYPE_CHECKING:  # pragma: no cover - for the type checker only
    import pandas as pd

    from quoteattr.lexicon import Lexicon

__all__ = ["statements_frame", "to_frame"]

_OFFSETS = tuple(column for column in FLAT_COLUMNS if column.endswith(("_start", "_end")))


def _frame(rows: Iterable[dict[str, Any]], columns: Sequence[str]) -> pd.DataFrame:
    import pandas as pd

    # object columns keep None as None and give the same frame on pandas 2 and 3 (3 infers a
    # string dtype, and NaN for None); offsets are nullable integers
    df = pd.DataFrame(list(rows), columns=list(columns), dtype=object)
    return df.astype(dict.fromkeys(_OFFSETS, "Int64"))


def to_frame(text: str, statements: Iterable[Statement], *, doc_id: Any = None) -> pd.DataFrame:
    """The *statements* found in *text*, one row each, in ``FLAT_COLUMNS``.

    With *doc_id*, an ``id`` column comes first, holding it on every row.

    .. versionadded:: 0.1
    """
    rows = (flatten(statement.to_dict(text)) for statement in statements)
    if doc_id is None:
        return _frame(rows, FLAT_COLUMNS)
    return _frame(({"id": doc_id, **row} for row in rows), ("id", *FLAT_COLUMNS))


def statements_frame(
    documents: pd.DataFrame,
    *,
    id_col: str = "id",
    text_col: str = "text",
    lexicon: Lexicon | None = None,
    processes: int | None = 1,
) -> pd.DataFrame:
    """One row per statement found in a DataFrame of documents, as ``quoteattr.spark.statements_frame`` gives.

    The first column is *id_col*, copied from the document; a document without
    statements, or whose text is missing (``None``, ``NaN``), gives no row. The rows
    of one document keep the order ``extract`` gives.

    Args:
        documents: a DataFrame with an id column and a text column.
        id_col: the id column.
        text_col: the text column.
        lexicon: the word tables to use; ``Lexicon.default()`` when omitted.
        processes: worker processes, as for ``quoteattr.extract_many`` (``None``: all cores).

    Raises:
        ArgumentError: a column is missing, or clashes with a statement column (a ``ValueError``).

    Example:
        >>> import pandas as pd
        >>> docs = pd.DataFrame({"id": [7, 8], "text": ["The plan failed, Jane Doe said.", "Nothing here."]})
        >>> print(statements_frame(docs)[["id", "speaker", "content"]].to_string())
          id   speaker          content
        0  7  Jane Doe  The plan failed

    .. versionadded:: 0.1
    """
    from quoteattr.parallel import extract_many

    for role, name in (("id_col", id_col), ("text_col", text_col)):
        if name not in documents.columns:
            msg = (
                f"statements_frame: {role}={name!r} is not a column of the DataFrame (it has {list(documents.columns)})"
            )
            raise ArgumentError(msg)
    if id_col in FLAT_COLUMNS:
        msg = f"statements_frame: id_col={id_col!r} would clash with the statement column of that name; rename it"
        raise ArgumentError(msg)
    ids = documents[id_col].tolist()
    texts = [text if isinstance(text, str) else "" for text in documents[text_col].tolist()]
    found = extract_many(texts, processes=processes, lexicon=lexicon)
    rows = (
        {id_col: doc_id, **flatten(statement.to_dict(text))}
        for doc_id, text, statements in zip(ids, texts, found, strict=True)
        for statement in statements
    )
    return _frame(rows, (id_col, *FLAT_COLUMNS))
