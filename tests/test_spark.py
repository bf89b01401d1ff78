"""The Spark path gives exactly the statements extract gives (PySpark in local mode).

Skipped when PySpark is not installed, except under CI, where ``.ci/run`` installs
``".[test,spark]"`` and a skip fails (the rule of ``tests/conftest.py``).
"""

from __future__ import annotations

import json
import shutil
import sys
from collections import defaultdict
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

import quoteattr
from quoteattr.exchange import FLAT_COLUMNS, STATEMENT_KEYS

from .conftest import GOLDEN, ROOT, SEEDS

_WHY = 'the Spark path needs the optional extra: pip install -e ".[spark]" (PySpark, PyArrow, pandas) and Java 17+'
pytest.importorskip("pyspark", reason=_WHY)
pytest.importorskip("pyarrow", reason=_WHY)
pytest.importorskip("pandas", reason=_WHY)
if shutil.which("java") is None:
    pytest.skip(f"no java on PATH: {_WHY}", allow_module_level=True)

from quoteattr.spark import STATEMENT_SCHEMA, statements_frame  # noqa: E402 - after the skip above

if TYPE_CHECKING:
    from pyspark.sql import Row, SparkSession

# py4j leaves its gateway sockets to the garbage collector. Nothing else is ignored: the spark
# extra keeps pandas below 3, so PySpark's warning about pandas 3 is an error here.
pytestmark = [pytest.mark.filterwarnings("ignore::ResourceWarning")]

SEED_TEXT = (SEEDS / "xinhua-2021-07-16-china-belarus.txt").read_text(encoding="utf-8")
DOCS = [("seed", SEED_TEXT)] + [
    (case["id"], case["text"]) for path in sorted(GOLDEN.glob("*.json")) for case in json.loads(path.read_text("utf-8"))
]


@pytest.fixture(scope="module")
def spark() -> Iterator[SparkSession]:
    from pyspark.sql import SparkSession

    with pytest.MonkeyPatch.context() as mp:
        # the Python workers must run this interpreter, the one quoteattr is installed in
        mp.setenv("PYSPARK_PYTHON", sys.executable)
        mp.setenv("PYSPARK_DRIVER_PYTHON", sys.executable)
        session = (
            SparkSession.builder.master("local[1]")
            .appName("quoteattr-test")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.sql.shuffle.partitions", "1")
            .getOrCreate()
        )
        session.sparkContext.setLogLevel("ERROR")
        try:
            yield session
        finally:
            session.stop()


def _exchange(row: Row) -> dict[str, Any]:
    """A statement row back in the JSON exchange format of ``Statement.to_dict``."""
    d = row.asDict(recursive=True)
    out: dict[str, Any] = {}
    for key in STATEMENT_KEYS:
        if key.endswith("_span"):
            start, end = d[key.removesuffix("_span") + "_start"], d[key.removesuffix("_span") + "_end"]
            out[key] = None if start is None else [start, end]
        else:
            out[key] = d[key]
    return out


def test_spark_gives_the_statements_of_extract(spark: SparkSession) -> None:
    df = spark.createDataFrame([*DOCS, ("null", None)], "id string, text string").repartition(2)
    rows = statements_frame(df).collect()
    found: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        found[row["id"]].append(_exchange(row))
    expected = {doc_id: [s.to_dict(text) for s in quoteattr.extract(text)] for doc_id, text in DOCS}
    assert sum(map(len, expected.values())) == len(rows) > 100
    for doc_id, statements in expected.items():
        # rows keep a document's statement order within its partition
        assert found.get(doc_id, []) == statements, doc_id


def test_schema_and_id_type(spark: SparkSession) -> None:
    from pyspark.sql.types import LongType

    df = spark.createDataFrame([(7, "The plan failed, Jane Doe said."), (8, "Nothing here.")], "doc long, body string")
    out = statements_frame(df, id_col="doc", text_col="body")
    assert out.columns == ["doc", *(f.split(" ")[0] for f in STATEMENT_SCHEMA.split(", "))]
    assert isinstance(out.schema["doc"].dataType, LongType)
    (row,) = out.collect()
    assert (row["doc"], row["speaker_entity"], row["content"], row["content_parts"]) == (
        7,
        "Jane Doe",
        "The plan failed",
        [[0, 15]],
    )


def test_the_schema_is_the_flat_exchange_format() -> None:
    assert tuple(f.split(" ")[0] for f in STATEMENT_SCHEMA.split(", ")) == FLAT_COLUMNS
    for name in ("speaker_form", "speaker_title", "speaker_antecedent_start", "content_joined"):
        assert name in FLAT_COLUMNS
    table = (ROOT / "docs" / "spark.md").read_text(encoding="utf-8")
    for column in FLAT_COLUMNS:
        assert f"`{column}`" in table, f"docs/spark.md does not list the column {column}"


def test_a_custom_lexicon(spark: SparkSession) -> None:
    lexicon = quoteattr.Lexicon.default().with_cues("harrumphed")
    df = spark.createDataFrame([("q", "“Nonsense,” the colonel harrumphed.")], "id string, text string")
    assert [r["cue"] for r in statements_frame(df, lexicon=lexicon).collect()] == ["harrumphed"]


@pytest.mark.parametrize(
    ("id_col", "text_col", "message"),
    [
        ("nope", "text", "id_col='nope' is not a column"),
        ("id", "id", "the same column"),
        ("id", "n", "must hold strings, not bigint"),
        ("cue", "text", "clash with the statement column"),
    ],
)
def test_bad_columns(spark: SparkSession, id_col: str, text_col: str, message: str) -> None:
    df = spark.createDataFrame([("a", "x", 1, "c")], "id string, text string, n long, cue string")
    with pytest.raises(quoteattr.ArgumentError, match=message):
        statements_frame(df, id_col=id_col, text_col=text_col)
