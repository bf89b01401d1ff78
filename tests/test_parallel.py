"""extract_many: same results as extract, in order, lazily, on 1 or more processes; the CLI's use of it."""

from __future__ import annotations

import io
import json
import pickle
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import attrs
import pytest

import quoteattr
from quoteattr import parallel
from quoteattr.cli import main
from quoteattr.exchange import document

from .conftest import GOLDEN, SEEDS

SEED_TEXT = (SEEDS / "xinhua-2021-07-16-china-belarus.txt").read_text(encoding="utf-8")
GOLDEN_TEXTS = [case["text"] for path in sorted(GOLDEN.glob("*.json")) for case in json.loads(path.read_text("utf-8"))]
TEXTS = [SEED_TEXT, *GOLDEN_TEXTS]


def _facts(found: list[quoteattr.Statement]) -> list[dict[str, Any]]:
    # every field, those that take no part in equality (rule, antecedent, title) too
    return [attrs.asdict(s, recurse=True) for s in found]


class TestPickle:
    def test_statements_round_trip_through_pickle(self) -> None:
        found = quoteattr.extract(SEED_TEXT)
        assert found
        back = pickle.loads(pickle.dumps(found))
        assert back == found
        assert _facts(back) == _facts(found)

    def test_the_transport_knows_every_field_of_the_model(self) -> None:
        # parallel._encode/_decode name each field: a new one must be added there too
        assert tuple(f.name for f in attrs.fields(quoteattr.Span)) == parallel.SPAN_FIELDS
        assert tuple(f.name for f in attrs.fields(quoteattr.Speaker)) == parallel.SPEAKER_FIELDS
        assert tuple(f.name for f in attrs.fields(quoteattr.Statement)) == parallel.STATEMENT_FIELDS

    def test_the_transport_round_trips_every_field(self) -> None:
        for text in TEXTS:
            found = quoteattr.extract(text)
            assert _facts(parallel._decode(text, pickle.loads(pickle.dumps(parallel._encode(found))))) == _facts(found)

    def test_lexicon_round_trips_through_pickle(self) -> None:
        lexicon = quoteattr.Lexicon.default().with_cues("quipped")
        assert pickle.loads(pickle.dumps(lexicon)) == lexicon


class TestExtractMany:
    @pytest.mark.parametrize("processes", [1, 2])
    def test_same_results_as_extract_in_order(self, processes: int) -> None:
        expected = [_facts(quoteattr.extract(t)) for t in TEXTS]
        found = [_facts(r) for r in quoteattr.extract_many(TEXTS, processes=processes, chunksize=3)]
        assert found == expected

    @pytest.mark.parametrize("processes", [1, 2])
    def test_reads_a_generator_lazily(self, processes: int) -> None:
        pulled: list[int] = []

        def texts() -> Iterator[str]:
            for i in range(10_000):
                pulled.append(i)
                yield f"The plan {i} failed, Jane Doe said."

        results = quoteattr.extract_many(texts(), processes=processes, chunksize=2)
        first = next(results)
        assert [s.content[0].text for s in first] == ["The plan 0 failed"]
        # a bounded window ahead of the consumer, not the whole generator
        assert len(pulled) <= parallel.CHUNKS_PER_WORKER * processes * 2 + 2
        assert [s.content[0].text for s in next(results)] == ["The plan 1 failed"]

    def test_custom_lexicon_reaches_the_workers(self) -> None:
        lexicon = quoteattr.Lexicon.default().with_cues("quipped")
        texts = ["“Not today,” she quipped."] * 5
        found = list(quoteattr.extract_many(texts, processes=2, lexicon=lexicon, chunksize=2))
        assert [[s.cue.text for s in r if s.cue] for r in found] == [["quipped"]] * 5

    def test_empty_input(self) -> None:
        assert list(quoteattr.extract_many([], processes=2)) == []

    def test_an_error_comes_in_its_place_with_the_worker_traceback(self) -> None:
        results = quoteattr.extract_many(["The plan failed, Jane Doe said.", b"bytes"], processes=2)  # type: ignore[list-item]
        assert len(next(results)) == 1
        with pytest.raises(quoteattr.InputTypeError, match="decode") as info:
            next(results)
        assert isinstance(info.value.__cause__, parallel.RemoteTraceback)
        assert "_check_text" in str(info.value.__cause__)

    @pytest.mark.parametrize(("option", "value"), [("processes", 0), ("chunksize", 0)])
    def test_bad_options(self, option: str, value: int) -> None:
        with pytest.raises(ValueError, match=option):
            list(quoteattr.extract_many(["x"], **{option: value}))  # type: ignore[arg-type]

    def test_defaults_use_the_available_cores(self) -> None:
        assert parallel.available_cores() >= 1
        found = list(quoteattr.extract_many(iter(GOLDEN_TEXTS[:5])))
        assert found == [quoteattr.extract(t) for t in GOLDEN_TEXTS[:5]]


def _run(*argv: str, stderr: io.StringIO | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), stderr or io.StringIO()
    status = main(list(argv), stdin=io.StringIO(""), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.jsonl"
    lines = [json.dumps({"id": f"d{i}", "text": t}) for i, t in enumerate(TEXTS)]
    lines.insert(3, "not json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


class TestCli:
    @pytest.mark.parametrize("processes", ["1", "2"])
    def test_jsonl_corpus_on_processes(self, corpus: Path, processes: str) -> None:
        status, out, err = _run("extract", "--input-format", "jsonl", "--processes", processes, str(corpus))
        assert status == 2
        assert err == f"quoteattr: {corpus}:4: invalid JSON (Expecting value at column 1)\n"
        docs = [json.loads(line) for line in out.splitlines()]
        assert [d["id"] for d in docs] == [f"d{i}" for i in range(len(TEXTS))]
        for doc, text in zip(docs, TEXTS, strict=True):
            assert doc == document(doc["id"], text, quoteattr.extract(text))

    def test_strict_stops_in_order(self, corpus: Path) -> None:
        status, out, _ = _run("extract", "--input-format", "jsonl", "--processes", "2", "--strict", str(corpus))
        assert status == 2
        assert [json.loads(line)["id"] for line in out.splitlines()] == ["d0", "d1", "d2"]

    @pytest.mark.parametrize("bad", ["0", "-1", "two"])
    def test_bad_processes(self, bad: str, capsys: pytest.CaptureFixture[str]) -> None:
        with pytest.raises(SystemExit):
            _run("extract", "--processes", bad, "x.txt")
        assert "--processes" in capsys.readouterr().err

    def test_a_failing_document_is_reported_and_the_rest_processed(
        self, corpus: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        def broken(text: str) -> list[quoteattr.Statement]:
            if text == TEXTS[1]:
                msg = "boom"
                raise IndexError(msg)
            return quoteattr.extract(text)

        monkeypatch.setattr("quoteattr.cli.extract", broken)
        status, out, err = _run("extract", "--input-format", "jsonl", "--processes", "1", str(corpus))
        assert status == 2
        assert "d1: extraction failed (IndexError: boom)" in err
        assert [json.loads(line)["id"] for line in out.splitlines()] == [f"d{i}" for i in range(len(TEXTS)) if i != 1]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class TestProgress:
    def test_a_bar_on_a_terminal(self, corpus: Path) -> None:
        tqdm = pytest.importorskip(
            "tqdm", reason="the progress bar needs the optional extra: pip install 'quoteattr[progress]'"
        )
        err = _Terminal()
        status, out, _ = _run("extract", "--input-format", "jsonl", "--processes", "2", str(corpus), stderr=err)
        assert status == 2
        bar = err.getvalue()
        assert f"{len(TEXTS) + 1} docs" in bar  # the bad line counts too
        assert f"\rquoteattr: {corpus}:4: invalid JSON" in bar  # the bar is cleared for a message
        assert len(out.splitlines()) == len(TEXTS)
        # the total is known, the file's size, and the bar ends on it
        total = tqdm.tqdm.format_sizeof(corpus.stat().st_size, divisor=1024)
        assert f"100%|##########| {total}/{total} [" in bar

    def test_a_total_of_documents_from_standard_input_is_unknown(self, corpus: Path) -> None:
        pytest.importorskip(
            "tqdm", reason="the progress bar needs the optional extra: pip install 'quoteattr[progress]'"
        )
        err = _Terminal()
        out = io.StringIO()
        stdin = io.TextIOWrapper(io.BytesIO(corpus.read_bytes()), encoding="utf-8")
        argv = ["extract", "--input-format", "jsonl", "--processes", "1", "-"]
        status = main(argv, stdin=stdin, stdout=out, stderr=err)
        assert status == 2
        assert f"{len(TEXTS) + 1} docs" in err.getvalue()
        assert "%" not in err.getvalue()

    def test_no_bar_without_a_terminal(self, corpus: Path) -> None:
        status, _, err = _run("extract", "--input-format", "jsonl", "--processes", "1", str(corpus))
        assert status == 2
        assert "docs" not in err

    def test_no_bar_and_no_error_without_tqdm(self, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setitem(sys.modules, "tqdm", None)  # import tqdm now raises ImportError
        err = _Terminal()
        status, out, _ = _run("extract", "--input-format", "jsonl", "--processes", "1", str(corpus), stderr=err)
        assert status == 2
        assert "docs" not in err.getvalue()
        assert len(out.splitlines()) == len(TEXTS)


@pytest.mark.parametrize("texts", ["one document", b"bytes", None, 42], ids=["str", "bytes", "None", "int"])
def test_a_corpus_that_is_not_an_iterable_of_documents_is_refused_at_once(texts: Any) -> None:
    with pytest.raises(quoteattr.errors.InputTypeError, match="iterable of str documents"):
        quoteattr.extract_many(texts)


class TestErrors:
    ITEMS: ClassVar[list[Any]] = ["The plan failed, Jane Doe said.", b"bytes", None, "“We won,” said Tomas Lind.", 42]

    @pytest.mark.parametrize("processes", [1, 2])
    def test_skip_gives_an_empty_list_and_a_warning_per_bad_item(self, processes: int) -> None:
        with pytest.warns(quoteattr.SkippedItemWarning) as caught:
            found = list(quoteattr.extract_many(self.ITEMS, processes=processes, errors="skip", chunksize=2))
        assert [[s.speaker.name for s in r if s.speaker] for r in found] == [["Jane Doe"], [], [], ["Tomas Lind"], []]
        messages = [str(w.message) for w in caught]
        assert messages == [
            "extract_many: skipped item 1 (InputTypeError: not a str but bytes); it gives an empty list",
            "extract_many: skipped item 2 (InputTypeError: not a str but NoneType); it gives an empty list",
            "extract_many: skipped item 4 (InputTypeError: not a str but int); it gives an empty list",
        ]

    def test_skip_goes_on_after_an_extraction_that_fails(self, monkeypatch: pytest.MonkeyPatch) -> None:
        # a document on which extraction raises (a regex timeout, a defect) costs only itself
        texts = ["The plan failed, Jane Doe said.", "BOOM", "The road was closed, Tomas Lind said."]
        real = quoteattr.Extractor.extract

        def extract(self: quoteattr.Extractor, text: str) -> list[quoteattr.Statement]:
            if text == "BOOM":
                raise quoteattr.ExtractionTimeout("a pattern ran out of time at character 0")  # noqa: EM101
            return real(self, text)

        monkeypatch.setattr(quoteattr.Extractor, "extract", extract)
        with pytest.warns(quoteattr.SkippedItemWarning, match=r"skipped item 1 \(ExtractionTimeout: a pattern ran"):
            found = list(quoteattr.extract_many(texts, processes=1, errors="skip"))
        assert [len(r) for r in found] == [1, 0, 1]
        # what a worker process does with it: the reason travels back instead of rows
        monkeypatch.setattr(parallel, "_WORKER_EXTRACTOR", None)
        parallel._init_worker(None)
        skipped = parallel._extract_in_worker_or_skip("BOOM")
        assert isinstance(skipped, parallel._Skipped)
        assert skipped.reason == "ExtractionTimeout: a pattern ran out of time at character 0"
        assert parallel._extract_in_worker_or_skip(texts[0]) == parallel._encode(real(quoteattr.Extractor(), texts[0]))

    @pytest.mark.parametrize("processes", [1, 2])
    def test_raise_stops_at_the_bad_item(self, processes: int) -> None:
        results = quoteattr.extract_many(self.ITEMS, processes=processes)
        assert len(next(results)) == 1
        with pytest.raises(quoteattr.InputTypeError, match="not bytes"):
            next(results)

    def test_an_unknown_errors_value_is_refused(self) -> None:
        with pytest.raises(quoteattr.ArgumentError, match='pass "raise" or "skip"'):
            quoteattr.extract_many([], errors="ignore")  # type: ignore[arg-type]

    @pytest.mark.parametrize("processes", [1, 2])
    def test_resolve_speakers_reaches_the_workers(self, processes: int) -> None:
        texts = ["Jane Doe said the plan had failed. “We will try again,” she added."] * 3
        found = list(quoteattr.extract_many(texts, processes=processes, resolve_speakers=False))
        assert {s.speaker.name for r in found for s in r if s.speaker} == {None}
