"""The spaCy component: ``nlp.add_pipe("quoteattr")`` and ``doc._.statements`` aligned to tokens."""

from __future__ import annotations

import subprocess
import sys

import pytest

from .conftest import SEEDS

try:
    import spacy
except ImportError:  # pragma: no cover - the test extra installs spaCy
    pytest.skip('spaCy is not installed: pip install -e ".[test]" or "quoteattr[spacy]"', allow_module_level=True)

import quoteattr
from quoteattr.extractor import Extractor
from quoteattr.lexicon import Lexicon
from quoteattr.spacy_component import QuoteattrComponent, align

SEED = SEEDS / "xinhua-2021-07-16-china-belarus.txt"


def _covers(token_span: spacy.tokens.Span | None, start: int, end: int) -> bool:
    """The token span is the smallest run of tokens holding the characters [start, end)."""
    assert token_span is not None
    doc = token_span.doc
    first, last = doc[token_span.start], doc[token_span.end - 1]
    return (
        token_span.start_char <= start < first.idx + len(first)
        and last.idx < end <= token_span.end_char
        and token_span.text.strip() != ""
    )


def test_add_pipe_by_name_through_the_entry_point() -> None:
    # A fresh interpreter that never imports quoteattr: spaCy finds the factory by its entry point.
    code = (
        "import spacy, sys\n"
        "nlp = spacy.blank('en')\n"
        "nlp.add_pipe('quoteattr')\n"
        "doc = nlp('“We will win,” Jane Doe said.')\n"
        "print([(s.speaker.text, s.speaker_name, s.cue.text) for s in doc._.statements])\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[('Jane Doe', 'Jane Doe', 'said')]"


def test_quoteattr_itself_does_not_import_spacy() -> None:
    code = (
        "import sys, quoteattr, quoteattr.cli, quoteattr.render, quoteattr.testing, quoteattr.pytest_plugin\n"
        "print('spacy' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_seed_statements_align_to_tokens() -> None:
    text = SEED.read_text(encoding="utf-8")
    nlp = spacy.blank("en")
    nlp.add_pipe("quoteattr")
    doc = nlp(text)
    expected = quoteattr.extract(text)
    assert [s.statement for s in doc._.statements] == expected
    for s in doc._.statements:
        st = s.statement
        assert len(s.content) == len(st.content)
        for token_span, part in zip(s.content, st.content, strict=True):
            assert _covers(token_span, part.start, part.end)
            assert token_span.label_ == "CONTENT"
        assert st.cue is not None
        assert st.speaker is not None
        assert _covers(s.cue, st.cue.start, st.cue.end)
        assert _covers(s.speaker, st.speaker.mention.start, st.speaker.mention.end)
        assert s.speaker_name == st.speaker.name
        assert (s.kind, s.cue_class) == (st.kind, st.cue_class)


def test_a_part_inside_a_token_expands_to_the_token() -> None:
    doc = spacy.blank("en")("Jane Doe said so.")
    part = quoteattr.Span.of(doc.text, 1, 3)  # "an", inside "Jane"
    st = quoteattr.Statement(speaker=None, cue=None, content=[part], kind=quoteattr.QuoteKind.INDIRECT)
    aligned = align(doc, st)
    assert [p.text for p in aligned.content] == ["Jane"]
    assert (aligned.cue, aligned.speaker, aligned.speaker_name) == (None, None, None)


def test_cues_from_the_config() -> None:
    text = "“Nonsense,” the colonel harrumphed."
    plain = spacy.blank("en")
    plain.add_pipe("quoteattr")
    assert plain(text)._.statements == []
    nlp = spacy.blank("en")
    nlp.add_pipe("quoteattr", config={"cues": ["harrumphed"]})
    assert [s.cue.text for s in nlp(text)._.statements] == ["harrumphed"]
    assert 'cues = ["harrumphed"]' in nlp.config.to_str()


def test_a_component_with_your_own_extractor() -> None:
    component = QuoteattrComponent(Extractor(Lexicon.default().with_cues("harrumphed")))
    doc = component(spacy.blank("en")("“Nonsense,” the colonel harrumphed."))
    assert [s.cue.text for s in doc._.statements] == ["harrumphed"]


def test_a_doc_the_component_did_not_see() -> None:
    assert spacy.blank("en")("Text.")._.statements is None


@pytest.mark.parametrize("text", ["", "   ", "“", "“ ” said said"])
def test_odd_text(text: str) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("quoteattr")
    assert isinstance(nlp(text)._.statements, list)


def _aligned(doc: spacy.tokens.Doc) -> list[tuple[object, ...]]:
    """What a document's statements say, as plain values: comparable across Docs."""
    assert doc._.statements is not None
    return [
        (
            s.statement,
            [(p.start, p.end, p.label_) for p in s.content],
            None if s.cue is None else (s.cue.start, s.cue.end),
            None if s.speaker is None else (s.speaker.start, s.speaker.end),
            s.speaker_name,
        )
        for s in doc._.statements
    ]


def _texts() -> list[str]:
    return [SEED.read_text(encoding="utf-8"), "“We will win,” Jane Doe said. The plan, she added, was ready.", "None."]


def test_statements_survive_a_pipe_on_two_processes() -> None:
    # the DocStatement of doc._.statements could not be serialised: spaCy's E871
    nlp = spacy.blank("en")
    nlp.add_pipe("quoteattr")
    texts = _texts()
    expected = [_aligned(nlp(text)) for text in texts]
    docs = list(nlp.pipe(texts, n_process=2, batch_size=1))
    assert [_aligned(doc) for doc in docs] == expected
    assert len(expected[0]) == 13


def test_statements_survive_a_docbin_with_user_data() -> None:
    from spacy.tokens import DocBin

    nlp = spacy.blank("en")
    nlp.add_pipe("quoteattr")
    docs = [nlp(text) for text in _texts()]
    stored = DocBin(store_user_data=True)
    for doc in docs:
        stored.add(doc)
    back = list(DocBin().from_bytes(stored.to_bytes()).get_docs(nlp.vocab))
    assert [_aligned(doc) for doc in back] == [_aligned(doc) for doc in docs]
    # and one Doc on its own, through its bytes
    again = spacy.tokens.Doc(nlp.vocab).from_bytes(docs[1].to_bytes())
    assert _aligned(again) == _aligned(docs[1])


def test_a_docbin_without_user_data_has_no_statements() -> None:
    from spacy.tokens import DocBin

    nlp = spacy.blank("en")
    nlp.add_pipe("quoteattr")
    stored = DocBin(store_user_data=False)
    stored.add(nlp(_texts()[1]))
    (back,) = DocBin().from_bytes(stored.to_bytes()).get_docs(nlp.vocab)
    assert back._.statements is None


def test_reading_the_statements_twice_gives_equal_values() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("quoteattr")
    doc = nlp(_texts()[1])
    assert doc._.statements == doc._.statements
    assert [s.statement for s in doc._.statements] == quoteattr.extract(doc.text)
