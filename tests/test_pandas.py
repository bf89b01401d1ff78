"""quoteattr.pandas: statements as a DataFrame in the flat exchange columns, the same rows as the CSV."""

from __future__ import annotations

import csv
import io
import json

import pytest

import quoteattr
from quoteattr.cli import main
from quoteattr.exchange import FLAT_COLUMNS, flatten

from .conftest import GOLDEN, SEEDS

pd = pytest.importorskip("pandas", reason='quoteattr.pandas needs the optional extra: pip install -e ".[pandas]"')

from quoteattr.pandas import statements_frame, to_frame  # noqa: E402 - after the skip above

SEED = SEEDS / "xinhua-2021-07-16-china-belarus.txt"
TEXTS = [SEED.read_text(encoding="utf-8")] + [
    case["text"] for path in sorted(GOLDEN.glob("*.json")) for case in json.loads(path.read_text("utf-8"))
]


def test_one_row_per_statement_in_the_flat_columns() -> None:
    text = TEXTS[0]
    found = quoteattr.extract(text)
    df = to_frame(text, found)
    assert tuple(df.columns) == FLAT_COLUMNS
    assert len(df) == len(found) == 13
    for column in FLAT_COLUMNS:
        if column.endswith(("_start", "_end")):
            assert str(df[column].dtype) == "Int64", column
    records = df.astype(object).where(df.notna(), None).to_dict("records")
    assert records == [flatten(s.to_dict(text)) for s in found]


def test_the_rows_are_the_csv_rows() -> None:
    out = io.StringIO()
    assert main(["extract", "--format", "csv", str(SEED)], stdout=out) == 0
    header, *rows = list(csv.reader(io.StringIO(out.getvalue())))
    df = to_frame(TEXTS[0], quoteattr.extract(TEXTS[0]), doc_id=str(SEED))
    assert list(df.columns) == header
    for row, (_, record) in zip(rows, df.iterrows(), strict=True):
        expected = [json.dumps(v) if isinstance(v, list) else "" if v is None or v is pd.NA else str(v) for v in record]
        assert row == expected


def test_no_statements_gives_the_columns_and_no_row() -> None:
    df = to_frame("Nothing here.", [])
    assert (tuple(df.columns), len(df)) == (FLAT_COLUMNS, 0)


@pytest.mark.parametrize("processes", [1, 2])
def test_a_frame_of_documents(processes: int) -> None:
    ids = [f"d{i}" for i in range(len(TEXTS))]
    docs = pd.DataFrame({"doc": [*ids, "none", "nan"], "body": [*TEXTS, None, float("nan")]})
    df = statements_frame(docs, id_col="doc", text_col="body", processes=processes)
    assert tuple(df.columns) == ("doc", *FLAT_COLUMNS)
    frames = [to_frame(text, quoteattr.extract(text), doc_id=i) for i, text in zip(ids, TEXTS, strict=True)]
    expected = pd.concat(frames)
    expected = expected.rename(columns={"id": "doc"}).reset_index(drop=True)
    pd.testing.assert_frame_equal(df, expected)


def test_a_custom_lexicon() -> None:
    docs = pd.DataFrame({"id": ["q"], "text": ["“Nonsense,” the colonel harrumphed."]})
    assert statements_frame(docs).empty
    lexicon = quoteattr.Lexicon.default().with_cues("harrumphed")
    assert statements_frame(docs, lexicon=lexicon)["cue"].tolist() == ["harrumphed"]


@pytest.mark.parametrize(
    ("id_col", "text_col", "message"),
    [("nope", "text", "id_col='nope' is not a column"), ("cue", "text", "clash with the statement column")],
)
def test_bad_columns(id_col: str, text_col: str, message: str) -> None:
    docs = pd.DataFrame({"id": ["a"], "text": ["x"], "cue": ["c"]})
    with pytest.raises(quoteattr.ArgumentError, match=message):
        statements_frame(docs, id_col=id_col, text_col=text_col)
