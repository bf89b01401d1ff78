"""Statements from a Spark DataFrame of documents: ``statements_frame``.

Needs the optional extra ``quoteattr[spark]`` (PySpark with PyArrow, and the
pandas PySpark requires for ``mapInArrow`` though nothing here uses it, below 3.0,
which PySpark does not support yet).
PySpark is imported when ``statements_frame`` is called, not when this module
is. The documents travel to the Python workers as Arrow record batches
(``DataFrame.mapInArrow``), each worker builds its ``Extractor`` once per
partition, and the statements come back as Arrow batches: no pandas
conversion, and no row-by-row conversion through the JVM.

The result has one row per statement, in the JSON exchange format with each
``[start, end]`` pair split into two integer columns (``quoteattr.exchange.FLAT_COLUMNS``,
as in the command line's CSV and ``quoteattr.pandas``):

======================== ===================== ==========================================
column                   type                  value
======================== ===================== ==========================================
id                       the input's id type   the document's id (named as ``id_col``)
speaker                  string, nullable      the speaker mention as written
speaker_start            int, nullable         where the mention starts
speaker_end              int, nullable         where it ends
speaker_entity           string, nullable      the resolved full name
speaker_form             string, nullable      ``name``, ``pronoun``, ``role`` or ``description``
speaker_title            string, nullable      the role the text gives the speaker
speaker_antecedent       string, nullable      where the name was found, when not the mention
speaker_antecedent_start int, nullable         where the antecedent starts
speaker_antecedent_end   int, nullable         where it ends
speaker_link             string, nullable      how the name was found (``Speaker.link``)
cue                      string, nullable      the cue ("said", "according to", ":")
cue_start                int, nullable         where the cue starts
cue_end                  int, nullable         where it ends
content                  string                the outer extent of the content
content_start            int                   where the first part starts
content_end              int                   where the last part ends
content_joined           string                the parts joined with a space
content_parts            array<array<int>>     the ``[start, end]`` of every part
kind                     string                ``direct``, ``indirect`` or ``mixed``
cue_class                string                ``speech``, ``thought``, ``intention`` or ``evidence``
rule                     string                the id of the rule that fired
======================== ===================== ==========================================

Offsets are Python ``str`` indices (code points) into the document's text.
A document without statements, or whose text is null, gives no row.
See ``docs/spark.md`` for a complete example.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from quoteattr.errors import ArgumentError
from quoteattr.exchange import FLAT_COLUMNS, flatten
from quoteattr.extractor import Extractor
from quoteattr.lexicon import Lexicon

if TYPE_CHECKING:  # pragma: no cover - for the type checker only
    import pyarrow
    from pyspark.sql import DataFrame

__all__ = ["STATEMENT_SCHEMA", "statements_frame"]


def _ddl_type(column: str) -> str:
    if column == "content_parts":
        return "array<array<int>>"
    return "int" if column.endswith(("_start", "_end")) else "string"


STATEMENT_SCHEMA = ", ".join(f"{column} {_ddl_type(column)}" for column in FLAT_COLUMNS)
"""The columns after the id, as a Spark DDL string: ``"speaker string, speaker_start int, ..."``."""


def statements_frame(
    df: DataFrame, *, id_col: str = "id", text_col: str = "text", lexicon: Lexicon | None = None
) -> DataFrame:
    """One row per statement found in the documents of *df* (see the module for the schema).

    Args:
        df: a DataFrame with an id column (any type) and a string text column.
        id_col: the id column, copied onto each statement row under the same name.
        text_col: the text column.
        lexicon: the word tables to use; ``Lexicon.default()`` when omitted.

    Raises:
        ArgumentError: a column is missing, or the text column is not a string (a ``ValueError``).
        ImportError: PySpark is not installed (``pip install "quoteattr[spark]"``).

    .. versionadded:: 0.1
    """
    from pyspark.sql.types import StringType, StructField, StructType

    columns = set(df.columns)
    for role, name in (("id_col", id_col), ("text_col", text_col)):
        if name not in columns:
            msg = f"statements_frame: {role}={name!r} is not a column of the DataFrame (it has {sorted(columns)})"
            raise ArgumentError(msg)
    if id_col == text_col:
        msg = f"statements_frame: id_col and text_col are the same column, {id_col!r}"
        raise ArgumentError(msg)
    if id_col in FLAT_COLUMNS:
        msg = f"statements_frame: id_col={id_col!r} would clash with the statement column of that name; rename it"
        raise ArgumentError(msg)
    text_type = df.schema[text_col].dataType
    if not isinstance(text_type, StringType):
        msg = f"statements_frame: the text column {text_col!r} must hold strings, not {text_type.simpleString()}"
        raise ArgumentError(msg)
    rest = StructType.fromDDL(STATEMENT_SCHEMA)
    assert isinstance(rest, StructType)
    schema = StructType([StructField(id_col, df.schema[id_col].dataType, True), *rest.fields])
    work = functools.partial(_extract_batches, id_col=id_col, text_col=text_col, lexicon=lexicon)
    return df.select(id_col, text_col).mapInArrow(work, schema)


def _extract_batches(
    batches: Iterator[pyarrow.RecordBatch], *, id_col: str, text_col: str, lexicon: Lexicon | None
) -> Iterator[pyarrow.RecordBatch]:
    """The work of one partition, on a Spark Python worker: Arrow batches in and out."""
    import pyarrow as pa

    extractor = Extractor(lexicon) if lexicon is not None else Extractor()
    arrow = {"int": pa.int32(), "string": pa.string(), "array<array<int>>": pa.list_(pa.list_(pa.int32()))}
    types = {column: arrow[_ddl_type(column)] for column in FLAT_COLUMNS}
    for batch in batches:
        ids = batch.column(batch.schema.get_field_index(id_col))
        texts = batch.column(batch.schema.get_field_index(text_col)).to_pylist()
        rows: list[int] = []
        values: dict[str, list[Any]] = {column: [] for column in FLAT_COLUMNS}
        for i, text in enumerate(texts):
            if text is None:
                continue
            for statement in extractor.extract(text):
                row = flatten(statement.to_dict(text))
                rows.append(i)
                for column in FLAT_COLUMNS:
                    values[column].append(row[column])
        arrays = [ids.take(pa.array(rows, type=pa.int64()))]
        arrays += [pa.array(values[column], type=types[column]) for column in FLAT_COLUMNS]
        yield pa.RecordBatch.from_arrays(arrays, names=[id_col, *FLAT_COLUMNS])
