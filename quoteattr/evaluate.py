"""Scoring statements against gold annotations, with metrics defined exactly.

The metrics, so that figures compare across tools:

- statements of one document are paired greedily, by the highest token overlap
  of their contents. Tokens are ``\\w+`` runs with their character ranges;
  overlap counts the gold tokens whose range intersects a predicted token's
  range (positional, not a bag of words); Dice = 2 * overlap / (|gold tokens| +
  |predicted tokens|);
- a prediction is cut into *pieces*, one per paragraph that its
  ``content_parts`` are in (without ``content_parts``, its ``content_span`` is
  its one part). Paragraphs are separated by blank lines in a document that has
  any, else by line breaks (news with one paragraph a line). A piece spans its
  parts from the first one's start to the last one's end, so a prediction in
  one paragraph is one piece, its ``content_span``;
- a gold statement is compared with the pieces of one prediction that it
  overlaps, taken together (from the first one's start to the last one's end).
  Each gold statement pairs with at most one prediction, and each piece with at
  most one gold statement. So a speech over several paragraphs, given as one
  prediction with a part in each, matches each of the gold statements where the
  gold counts one quotation per paragraph (as PDNC and PolNeAR mostly do), and
  a gold statement over several paragraphs matches a prediction that covers
  them all, or else the one it overlaps most;
- a *lenient* match is a pair with Dice >= 0.5; a *strict* match is a pair whose
  spans are equal once white space, quotation marks and ``. , ; : ! ? … - – —``
  are trimmed from both ends;
- per kind, recall counts the gold statements of that kind that matched;
  precision counts predicted pieces: a prediction counts once for each gold
  statement it is paired with, and once more when some of its pieces are paired
  with none. A prediction in one paragraph counts once, as a statement. A
  prediction paired with nothing that lies wholly inside a gold statement
  another prediction found, naming the same speaker, counts neither way: the
  gold is one quotation for a whole turn ("“A,” said Jane Doe, and stood.
  “B,” said Jane Doe."), where quoteattr gives a statement per tag;
- speaker accuracy, over lenient matches. The predicted name is
  ``speaker_entity``, else the mention ``speaker``. In news (gold documents
  without ``entities``): the names agree when, lowercased and without titles
  and honorifics, they are equal or one contains the other's last token; a gold
  pronoun without an entity counts only if the predicted speaker span overlaps
  it; a gold statement with no speaker counts only if the prediction has none
  either. In novels (gold documents with PDNC's ``entities``): the predicted
  name must pick out the gold speaker's character and no other (see ``Cast``;
  the gold ``speaker_entity`` is a character's main name or one of its
  aliases);
- end to end: a true positive needs a lenient match and a speaker match;
- PDNC's gold statements carry a ``quote_type`` (Explicit, Anaphoric,
  Implicit); recall, speaker accuracy and end-to-end recall are also counted
  per quote type (predictions have no quote type, so there is no precision). A
  gold statement of another quote type counts in the rows of its kind only.

``score_documents`` (and ``score_files``) return a ``Report`` with all of it;
``evaluate`` and ``evaluate_files`` return its per-kind scores alone.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs
import regex

from quoteattr.errors import QuoteattrError
from quoteattr.lexicon import Lexicon

__all__ = [
    "QUOTE_TYPES",
    "Cast",
    "EvaluationError",
    "Report",
    "Score",
    "dice",
    "evaluate",
    "evaluate_files",
    "pair",
    "paragraph_breaks",
    "read_documents",
    "score_documents",
    "score_files",
    "speakers_agree",
    "tokens",
    "trimmed",
]

KINDS = ("all", "direct", "indirect", "mixed")
QUOTE_TYPES = ("Explicit", "Anaphoric", "Implicit")
"""PDNC's quote types, in the order of the per-type table."""

_TOKEN = regex.compile(r"\w+")
_TRIM = (
    " \t\r\n\"'`.,;:!?\N{HORIZONTAL ELLIPSIS}-\N{EN DASH}\N{EM DASH}"
    "\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}"
    "\N{RIGHT SINGLE QUOTATION MARK}\N{DOUBLE LOW-9 QUOTATION MARK}"
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
)


class EvaluationError(QuoteattrError, ValueError):
    """A gold or predicted file cannot be scored; the message names the file, the line and what is wrong.

    .. versionadded:: 0.1
    """


def tokens(text: str, span: Sequence[int]) -> list[tuple[int, int]]:
    """The ``\\w+`` tokens of ``text[span[0]:span[1]]``, as document offsets.

    Example:
        >>> tokens("He said: it works.", (9, 17))
        [(9, 11), (12, 17)]
    """
    return [m.span() for m in _TOKEN.finditer(text, span[0], span[1])]


def _overlap(gold: list[tuple[int, int]], pred: list[tuple[int, int]]) -> int:
    count = 0
    j = 0
    for gs, ge in gold:
        while j < len(pred) and pred[j][1] <= gs:
            j += 1
        if j < len(pred) and pred[j][0] < ge:
            count += 1
    return count


def dice(text: str, gold: Sequence[int], pred: Sequence[int]) -> float:
    """Token Dice of two content spans of *text*.

    Example:
        >>> dice("a b c d", (0, 5), (2, 7))
        0.6666666666666666
    """
    g, p = tokens(text, gold), tokens(text, pred)
    if not g and not p:
        return 1.0
    return 2 * _overlap(g, p) / (len(g) + len(p))


def trimmed(text: str, span: Sequence[int]) -> tuple[int, int]:
    """A span without the white space, quotation marks and punctuation at its ends (strict match)."""
    s, e = span[0], span[1]
    while s < e and text[s] in _TRIM:
        s += 1
    while e > s and text[e - 1] in _TRIM:
        e -= 1
    return s, e


def _parts(statement: Mapping[str, Any]) -> list[tuple[int, int]]:
    parts = statement.get("content_parts")
    if not parts:
        s, e = statement["content_span"]
        return [(s, e)]
    return sorted((p[0], p[1]) for p in parts)


_BLANK_LINE = regex.compile(r"\n[^\S\n]*\n")
_LINE_BREAK = regex.compile(r"\n")


def paragraph_breaks(text: str) -> list[int]:
    """Where the paragraphs of *text* end: at blank lines when it has any, else at line breaks.

    Example:
        >>> paragraph_breaks("One\\nline.\\n\\nTwo."), paragraph_breaks("One.\\nTwo.")
        ([9], [4])
    """
    breaks = [m.start() for m in _BLANK_LINE.finditer(text)]
    return breaks or [m.start() for m in _LINE_BREAK.finditer(text)]


def _pieces(statement: Mapping[str, Any], breaks: Sequence[int]) -> list[tuple[int, int]]:
    """The pieces of a predicted statement: the outer extent of its parts in each paragraph."""
    pieces: list[tuple[int, int]] = []
    last = -1
    for s, e in _parts(statement):
        paragraph = bisect.bisect_right(breaks, s)
        if pieces and paragraph == last:
            pieces[-1] = (pieces[-1][0], max(pieces[-1][1], e))
        else:
            pieces.append((s, e))
        last = paragraph
    return pieces


def _repeats(
    pieces: Sequence[tuple[int, int]], name: str | None, found: Sequence[tuple[Sequence[int], str | None]]
) -> bool:
    """Whether every piece of a prediction paired with no gold statement lies inside a gold statement
    that another prediction found, naming the same speaker: "“A,” said Jane Doe. … “B,” said Jane Doe."
    where the gold is one quotation for the whole turn, and the prediction two statements."""
    if not pieces:
        return False
    lowered = (name or "").lower()
    for s, e in pieces:
        if not any(gs <= s and e <= ge and (other or "").lower() == lowered for (gs, ge), other in found):
            return False
    return True


@attrs.frozen
class _Pair:
    gold: int
    pred: int
    dice: float
    span: tuple[int, int]  # from the first to the last of the prediction's pieces that meet the gold statement
    pieces: frozenset[int]


def _pairs(text: str, gold: Sequence[Mapping[str, Any]], pred: Sequence[Sequence[tuple[int, int]]]) -> list[_Pair]:
    """Greedy pairs of gold statements and the pieces of predictions (module doc), best overlap first."""
    # every piece of every prediction, sorted by start; a gold span meets the pieces that start
    # before its end and end after its start, all of which start after (gold start - longest piece)
    pieces = sorted((s, e, j, k) for j, p in enumerate(pred) for k, (s, e) in enumerate(p))
    starts = [p[0] for p in pieces]
    longest = max((e - s for s, e, _, _ in pieces), default=0)
    candidates = []
    for i, g in enumerate(gold):
        gs, ge = g["content_span"]
        met: dict[int, list[tuple[int, int, int]]] = {}
        for s, e, j, k in pieces[bisect.bisect_left(starts, gs - longest) : bisect.bisect_left(starts, ge)]:
            if e > gs and s < ge:
                met.setdefault(j, []).append((s, e, k))
        if not met:
            continue
        gtoks = tokens(text, (gs, ge))
        for j, group in met.items():
            span = (min(s for s, _, _ in group), max(e for _, e, _ in group))
            ptoks = tokens(text, span)
            ov = _overlap(gtoks, ptoks)
            if ov:
                d = 2 * ov / (len(gtoks) + len(ptoks))
                candidates.append((ov, d, -i, -j, span, frozenset(k for _, _, k in group)))
    candidates.sort(key=lambda c: c[:4], reverse=True)
    used_g: set[int] = set()
    used: set[tuple[int, int]] = set()
    pairs = []
    for _ov, d, ni, nj, span, ks in candidates:
        i, j = -ni, -nj
        if i in used_g or any((j, k) in used for k in ks):
            continue
        used_g.add(i)
        used.update((j, k) for k in ks)
        pairs.append(_Pair(i, j, d, span, ks))
    return pairs


def pair(
    text: str, gold: Sequence[Mapping[str, Any]], pred: Sequence[Mapping[str, Any]]
) -> list[tuple[int, int, float]]:
    """Greedy pairs ``(gold index, pred index, dice)`` by highest overlap (module doc).

    Each gold statement appears at most once; a prediction appears once for each
    gold statement that one of its pieces is paired with.

    Example:
        >>> text = '"We lost the vote.\\n\\n"We will win the next one."'
        >>> gold = [{"content_span": [1, 18]}, {"content_span": [21, 46]}]
        >>> pred = [{"content_span": [1, 46], "content_parts": [[1, 18], [21, 46]]}]
        >>> pair(text, gold, pred)
        [(1, 0, 1.0), (0, 0, 1.0)]
    """
    breaks = paragraph_breaks(text)
    return [(p.gold, p.pred, p.dice) for p in _pairs(text, gold, [_pieces(p, breaks) for p in pred])]


def _name_words(name: str, drop: frozenset[str]) -> list[str]:
    words = [w.lower() for w in _TOKEN.findall(name)]
    return [w for w in words if w not in drop] or words


@attrs.frozen
class _NewsNames:
    """The word sets of the news speaker rule, built once per lexicon."""

    drop: frozenset[str]
    pronouns: frozenset[str]

    @classmethod
    def of(cls, lexicon: Lexicon) -> _NewsNames:
        return cls(
            frozenset(lexicon.titles | lexicon.honorific_index.keys() | {"the"}),
            frozenset(lexicon.pronoun_index.keys() | lexicon.possessive_index.keys() | {"who", "which", "that"}),
        )


def _predicted_name(pred: Mapping[str, Any]) -> str | None:
    name: str | None = pred.get("speaker_entity") or pred.get("speaker")
    return name


def speakers_agree(text: str, gold: Mapping[str, Any], pred: Mapping[str, Any], lexicon: Lexicon | None = None) -> bool:
    """Whether a predicted statement names the gold statement's speaker, by the news rule (module doc).

    Example:
        >>> speakers_agree("", {"speaker": "President Barack Obama", "speaker_entity": None},
        ...                {"speaker": "Obama", "speaker_entity": "Obama"})
        True
    """
    return _news_agree(gold, pred, _NewsNames.of(lexicon or Lexicon.default()))


def _news_agree(gold: Mapping[str, Any], pred: Mapping[str, Any], names: _NewsNames) -> bool:
    if gold.get("speaker") is None:
        return pred.get("speaker") is None and pred.get("speaker_entity") is None
    if pred.get("speaker") is None and pred.get("speaker_entity") is None:
        return False  # a line of dialogue with no mention is judged by the name the turns gave it
    gname = gold.get("speaker_entity")
    if gname is None and gold["speaker"].lower() in names.pronouns:
        gs, ge = gold["speaker_span"]
        ps, pe = pred.get("speaker_span") or (0, 0)
        return bool(ps < ge and gs < pe)
    pname = _predicted_name(pred) or ""
    g, p = _name_words(gname or gold["speaker"], names.drop), _name_words(pname, names.drop)
    if not g or not p:
        return False
    return g == p or g[-1] in p or p[-1] in g


def _words(name: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _TOKEN.findall(name))


def _spelled(name: str) -> str:
    return " ".join(name.split())


@attrs.frozen
class Cast:
    """A novel's characters, as PDNC's ``entities`` give them, and which one a name picks out.

    A name picks out a character when it is one of that character's aliases (or
    its main name) spelled the same, titles kept, white space aside; failing
    that, when that character is the only one with an alias all of whose words
    are in the name, or an alias that contains all of the name's words (words
    are ``\\w+`` runs, compared without regard to case). A name that fits
    several characters, or none, picks out nobody.

    Example:
        >>> cast = Cast.of([
        ...     {"name": "Mr. Doe", "aliases": ["Mr. Doe", "Oskar Doe"]},
        ...     {"name": "Mrs. Doe", "aliases": ["Mrs. Doe", "Mira"]},
        ... ])
        >>> cast.pick("Mrs. Doe"), cast.pick("Mrs Doe"), cast.pick("Mira Doe"), cast.pick("Oskar")
        ('Mrs. Doe', 'Mrs. Doe', 'Mrs. Doe', 'Mr. Doe')
        >>> cast.pick("Doe"), cast.pick("his wife"), cast.fits("Doe")
        (None, None, ('Mr. Doe', 'Mrs. Doe'))
    """

    names: tuple[str, ...]
    """Each character's main name, in the order of ``entities``."""
    spellings: Mapping[str, tuple[int, ...]]
    """Each alias and main name, white space collapsed -> the characters it belongs to."""
    alias_words: tuple[tuple[frozenset[str], int], ...]
    """The words of each alias and main name, with its character."""

    @classmethod
    def of(cls, entities: Iterable[Mapping[str, Any]]) -> Cast:
        """The cast of a document's ``entities``: ``{"name", "aliases", ...}`` objects."""
        names: list[str] = []
        spellings: dict[str, set[int]] = {}
        alias_words: list[tuple[frozenset[str], int]] = []
        for index, entity in enumerate(entities):
            names.append(entity["name"])
            for alias in dict.fromkeys([entity["name"], *entity.get("aliases", ())]):
                spellings.setdefault(_spelled(alias), set()).add(index)
                words = _words(alias)
                if words:
                    alias_words.append((words, index))
        return cls(tuple(names), {k: tuple(sorted(v)) for k, v in spellings.items()}, tuple(alias_words))

    def _fitting(self, name: str) -> tuple[int, ...]:
        exact = self.spellings.get(_spelled(name))
        if exact is not None:
            return exact
        words = _words(name)
        if not words:
            return ()
        return tuple(sorted({i for alias, i in self.alias_words if alias <= words or words <= alias}))

    def fits(self, name: str) -> tuple[str, ...]:
        """The main names of the characters that *name* fits (one: it picks that character out)."""
        return tuple(self.names[i] for i in self._fitting(name))

    def pick_index(self, name: str | None) -> int | None:
        """The index of the character that *name* picks out, or None."""
        if not name:
            return None
        fitting = self._fitting(name)
        return fitting[0] if len(fitting) == 1 else None

    def pick(self, name: str | None) -> str | None:
        """The main name of the character that *name* picks out, or None."""
        index = self.pick_index(name)
        return None if index is None else self.names[index]

    def character(self, gold_name: str | None) -> int | None:
        """The index of the gold speaker's character: its main name, else one of its aliases, else ``pick_index``."""
        if gold_name is None:
            return None
        try:
            return self.names.index(gold_name)
        except ValueError:
            return self.pick_index(gold_name)


@attrs.frozen
class Score:
    """Counts for one kind (or quote type); ``rates()`` turns them into precision, recall and F1."""

    gold: int
    pred: int
    gold_lenient: int
    pred_lenient: int
    gold_strict: int
    pred_strict: int
    speaker_ok: int
    e2e: int

    @staticmethod
    def _f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    def rates_or_none(self) -> dict[str, float | None]:
        """Precision, recall and F1 of each metric, and speaker accuracy; None where nothing was counted.

        Precision is None without predictions, recall without gold statements, F1
        when both are, and speaker accuracy without lenient matches.
        """
        out: dict[str, float | None] = {}
        for name, tp_p, tp_r in (
            ("lenient", self.pred_lenient, self.gold_lenient),
            ("strict", self.pred_strict, self.gold_strict),
            ("e2e", self.e2e, self.e2e),
        ):
            p = tp_p / self.pred if self.pred else None
            r = tp_r / self.gold if self.gold else None
            out[f"{name}_p"], out[f"{name}_r"] = p, r
            out[f"{name}_f1"] = None if p is None and r is None else self._f1(p or 0.0, r or 0.0)
        out["speaker_acc"] = self.speaker_ok / self.gold_lenient if self.gold_lenient else None
        return out

    def rates(self) -> dict[str, float]:
        """``rates_or_none`` with 0.0 where nothing was counted."""
        return {k: v or 0.0 for k, v in self.rates_or_none().items()}


@attrs.frozen
class Report:
    """What ``score_documents`` found: scores per kind and per quote type, and the documents it could not pair."""

    kinds: dict[str, Score]
    """Scores per kind of statement: ``all``, ``direct``, ``indirect``, ``mixed``."""
    quote_types: dict[str, Score]
    """Scores per PDNC quote type (``QUOTE_TYPES``), gold side only; empty when no gold statement has one."""
    documents: int
    """How many gold documents were scored."""
    missing: tuple[str, ...] = ()
    """Ids of gold documents with no predicted document (all their statements count as missed)."""
    unexpected: tuple[str, ...] = ()
    """Ids of predicted documents with no gold document (ignored)."""

    @property
    def matched(self) -> int:
        """How many gold documents had a predicted document."""
        return self.documents - len(self.missing)


@attrs.define
class _Counts:
    gold: int = 0
    pred: int = 0
    gold_lenient: int = 0
    pred_lenient: int = 0
    gold_strict: int = 0
    pred_strict: int = 0
    speaker_ok: int = 0
    e2e: int = 0

    def score(self) -> Score:
        return Score(**attrs.asdict(self))


def _speaker_note(st: Mapping[str, Any], cast: Cast | None, *, gold: bool) -> dict[str, Any]:
    """What a detail shows of one side's speaker: the mention, the resolved name and, in novels, the character."""
    note: dict[str, Any] = {"mention": st.get("speaker"), "name": st.get("speaker_entity")}
    if cast is not None:
        if gold:
            index = cast.character(st.get("speaker_entity"))
            fits: tuple[str, ...] = () if index is None else (cast.names[index],)
        else:
            name = _predicted_name(st)
            fits = cast.fits(name) if name else ()
        note["character"] = fits[0] if len(fits) == 1 else None
        note["fits"] = list(fits)
    return note


def score_documents(
    gold_docs: Iterable[Mapping[str, Any]],
    pred_docs: Iterable[Mapping[str, Any]] | None = None,
    *,
    kinds: Iterable[str] | None = None,
    details: list[dict[str, Any]] | None = None,
    lexicon: Lexicon | None = None,
    cast: bool = False,
) -> Report:
    """Score predicted documents against gold documents (module doc).

    Without *pred_docs*, quoteattr itself is run on each gold text; with *cast*,
    given each document's gold ``entities`` as its cast list (``Extractor(cast=...)``). Documents are
    matched by ``id``; a gold document with no prediction counts as all missed and
    is listed in ``Report.missing``. With *kinds* (e.g. ``("direct", "mixed")``),
    only predictions of those kinds are scored, as for PDNC, which annotates no
    reported speech. With a *details* list, every miss, false positive and wrong
    speaker is appended to it.

    Example:
        >>> text = '"It rains," said Mira. "Bring the lamp," said her father.'
        >>> cast = [{"name": "Mira Lind", "aliases": ["Mira"]}, {"name": "Oskar Lind", "aliases": ["Oskar"]}]
        >>> def st(start, end, speaker, name, **extra):
        ...     return {"speaker": speaker, "speaker_entity": name, "content_span": [start, end],
        ...             "kind": "direct", **extra}
        >>> gold = {"id": "d", "text": text, "entities": cast, "statements": [
        ...     st(1, 10, "Mira", "Mira Lind", quote_type="Explicit"),
        ...     st(24, 39, "her father", "Oskar Lind", quote_type="Anaphoric")]}
        >>> pred = {"id": "d", "statements": [st(1, 10, "Mira", "Mira"), st(24, 39, "her father", None)]}
        >>> report = score_documents([gold], [pred])
        >>> report.kinds["all"].rates()["lenient_f1"], report.quote_types["Explicit"].e2e
        (1.0, 1)
        >>> report.quote_types["Anaphoric"].e2e  # "her father" picks out nobody
        0
    """
    from quoteattr.exchange import document
    from quoteattr.extractor import Extractor

    lexicon = lexicon or Lexicon.default()
    keep = None if kinds is None else frozenset(kinds)
    gold_list = list(gold_docs)
    preds: dict[str, Mapping[str, Any]] = {}
    unexpected: tuple[str, ...] = ()
    if pred_docs is None:
        extractor = Extractor(lexicon)
        for g in gold_list:
            found = (Extractor(lexicon, cast=g.get("entities") or ()) if cast else extractor).extract(g["text"])
            preds[g["id"]] = document(g["id"], g["text"], found)
    else:
        preds = {d["id"]: d for d in pred_docs}
        gold_ids = {g["id"] for g in gold_list}
        unexpected = tuple(i for i in preds if i not in gold_ids)
    missing = tuple(g["id"] for g in gold_list if g["id"] not in preds)
    scorer = _Scorer(_NewsNames.of(lexicon), details)
    for g in gold_list:
        statements = preds.get(g["id"], {}).get("statements", [])
        scorer.document(g, [p for p in statements if keep is None or p["kind"] in keep])
    quote_types = {t: scorer.by_type.get(t, _Counts()).score() for t in QUOTE_TYPES} if scorer.by_type else {}
    return Report({k: c.score() for k, c in scorer.kinds.items()}, quote_types, len(gold_list), missing, unexpected)


@attrs.define
class _Scorer:
    """The counts of ``score_documents``, document by document."""

    news_names: _NewsNames
    details: list[dict[str, Any]] | None
    kinds: dict[str, _Counts] = attrs.field(factory=lambda: {k: _Counts() for k in KINDS})
    by_type: dict[str, _Counts] = attrs.field(factory=dict)

    def document(self, gold_doc: Mapping[str, Any], ps: Sequence[Mapping[str, Any]]) -> None:
        text, doc_id = gold_doc["text"], gold_doc["id"]
        gs = gold_doc.get("statements", [])
        cast = Cast.of(gold_doc["entities"]) if gold_doc.get("entities") is not None else None
        breaks = paragraph_breaks(text)
        cut = [_pieces(p, breaks) for p in ps]
        pairs = _pairs(text, gs, cut)
        by_gold = {p.gold: p for p in pairs}
        by_pred: dict[int, list[_Pair]] = {}
        for p in pairs:
            by_pred.setdefault(p.pred, []).append(p)
        picked: dict[str, int | None] = {}  # predicted name -> the character it picks out
        for i, st in enumerate(gs):
            found = by_gold.get(i)
            pst = None if found is None else ps[found.pred]
            d = 0.0 if found is None else found.dice
            lenient = pst is not None and d >= 0.5
            strict = found is not None and trimmed(text, st["content_span"]) == trimmed(text, found.span)
            spk = pst is not None and lenient and self._speaker_right(st, pst, cast, picked)
            rows = [self.kinds["all"], self.kinds[st["kind"]]]
            if st.get("quote_type") is not None:
                rows.append(self.by_type.setdefault(st["quote_type"], _Counts()))
            for c in rows:
                c.gold += 1
                c.gold_lenient += lenient
                c.gold_strict += strict
                c.speaker_ok += spk
                c.e2e += spk
            if self.details is not None and not spk:
                item = {"id": doc_id, "type": "speaker" if lenient else "miss", "gold": st, "pred": pst, "dice": d}
                if lenient and pst is not None:
                    item["gold_speaker"] = _speaker_note(st, cast, gold=True)
                    item["pred_speaker"] = _speaker_note(pst, cast, gold=False)
                self.details.append(item)
        found_spans = [(gs[i]["content_span"], _predicted_name(ps[p.pred])) for i, p in by_gold.items()]
        for j, st in enumerate(ps):
            mine = by_pred.get(j, [])
            if not mine and _repeats(cut[j], _predicted_name(st), found_spans):
                continue  # a stretch of a gold quotation already found, by the same speaker: neither way
            pieces = [
                (p, p.dice >= 0.5, trimmed(text, gs[p.gold]["content_span"]) == trimmed(text, p.span)) for p in mine
            ]
            rest = sum(len(p.pieces) for p in mine) < len(cut[j])  # some pieces are paired with no gold statement
            for c in (self.kinds["all"], self.kinds[st["kind"]]):
                c.pred += len(pieces) + rest
                c.pred_lenient += sum(lenient for _, lenient, _ in pieces)
                c.pred_strict += sum(strict for _, _, strict in pieces)
            if self.details is None:
                continue
            for p, lenient, _ in pieces:
                if not lenient:
                    self.details.append(
                        {"id": doc_id, "type": "false_positive", "gold": gs[p.gold], "pred": st, "dice": p.dice}
                    )
            if rest:
                self.details.append({"id": doc_id, "type": "false_positive", "gold": None, "pred": st, "dice": 0.0})

    def _speaker_right(
        self, gold: Mapping[str, Any], pred: Mapping[str, Any], cast: Cast | None, picked: dict[str, int | None]
    ) -> bool:
        if cast is None:
            return _news_agree(gold, pred, self.news_names)
        name = _predicted_name(pred)
        character = cast.character(gold.get("speaker_entity"))
        if character is None:  # no gold speaker: right only when none is predicted
            return gold.get("speaker_entity") is None and name is None
        if name is None:
            return False
        if name not in picked:
            picked[name] = cast.pick_index(name)
        return picked[name] == character


def evaluate(
    gold_docs: Iterable[Mapping[str, Any]],
    pred_docs: Iterable[Mapping[str, Any]] | None = None,
    *,
    kinds: Iterable[str] | None = None,
    details: list[dict[str, Any]] | None = None,
) -> dict[str, Score]:
    """The per-kind scores of ``score_documents``."""
    return score_documents(gold_docs, pred_docs, kinds=kinds, details=details).kinds


def _json_reason(exc: json.JSONDecodeError) -> str:
    # the decoder's own message ends in " at" before the position it appends ("Invalid
    # control character at"), which would read "at at column"
    return f"{exc.msg.removesuffix(' at')} at column {exc.colno}"


def read_documents(path: str | Path, *, gold: bool = True) -> list[dict[str, Any]]:
    """The documents of a JSONL file in the exchange format, checked enough to be scored.

    Gold documents need a ``text``; predicted ones need only their ``statements``.
    A document without an ``id`` gets ``"<path>:<line>"``. A UTF-8 byte order mark
    before the first line is skipped; blank lines are skipped.

    Raises:
        EvaluationError: the file cannot be read, or a line is not a document (the
            message gives the file, the line and, for bad JSON, the column).
    """
    source = str(path)
    docs: list[dict[str, Any]] = []
    try:
        fh = open(path, "rb")  # noqa: SIM115 (closed below, after the OSError handling)
    except FileNotFoundError:
        msg = f"{source}: no such file"
        raise EvaluationError(msg) from None
    except IsADirectoryError:
        msg = f"{source}: is a directory, not a JSONL file"
        raise EvaluationError(msg) from None
    except OSError as exc:
        msg = f"{source}: cannot read ({exc.strerror})"
        raise EvaluationError(msg) from None
    with fh:
        for number, raw in enumerate(fh, start=1):
            where = f"{source}:{number}"
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                msg = f"{where}: not UTF-8 ({exc.reason} at byte {exc.start})"
                raise EvaluationError(msg) from None
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
            except json.JSONDecodeError as exc:
                msg = f"{where}: invalid JSON ({_json_reason(exc)})"
                raise EvaluationError(msg) from None
            except (ValueError, RecursionError):
                msg = f"{where}: invalid JSON (a number with too many digits, or nested too deeply)"
                raise EvaluationError(msg) from None
            docs.append(_checked(doc, where, gold=gold))
    return docs


def _checked(doc: Any, where: str, *, gold: bool) -> dict[str, Any]:
    problem = _problem(doc, gold=gold)
    if problem is not None:
        msg = f"{where}: {problem}"
        raise EvaluationError(msg)
    if doc.get("id") is None:
        doc["id"] = where
    doc["id"] = str(doc["id"])
    doc.setdefault("statements", [])
    return dict(doc)


def _problem(doc: Any, *, gold: bool) -> str | None:
    """Why *doc* cannot be scored, or None."""
    if not isinstance(doc, dict):
        return f"expected a JSON object (a document), found {type(doc).__name__}"
    text = doc.get("text")
    if gold and not isinstance(text, str):
        return 'a gold document needs a "text" string'
    statements = doc.get("statements", [])
    if not isinstance(statements, list):
        return f'"statements" is {type(statements).__name__}, not a list'
    for k, st in enumerate(statements):
        span = st.get("content_span") if isinstance(st, dict) else None
        if not (isinstance(span, list) and len(span) == 2 and all(isinstance(x, int) for x in span)):
            return f'statement {k}: no "content_span" [start, end]'
        if isinstance(text, str) and not 0 <= span[0] <= span[1] <= len(text):
            return f"statement {k}: content_span {span} is outside the text ({len(text)} characters)"
        if st.get("kind") not in KINDS[1:]:
            return f'statement {k}: "kind" is {st.get("kind")!r}, not one of {", ".join(KINDS[1:])}'
    if gold and not isinstance(doc.get("entities", []), list):
        return '"entities" must be a list of {"name", "aliases"} objects'
    return None


def score_files(
    gold: str | Path,
    pred: str | Path | None = None,
    *,
    kinds: Iterable[str] | None = None,
    details: list[dict[str, Any]] | None = None,
    cast: bool = False,
) -> Report:
    """``score_documents`` over JSONL files in the exchange format (``read_documents``)."""
    gold_docs = read_documents(gold)
    pred_docs = read_documents(pred, gold=False) if pred else None
    return score_documents(gold_docs, pred_docs, kinds=kinds, details=details, cast=cast)


def evaluate_files(
    gold: str | Path,
    pred: str | Path | None = None,
    *,
    kinds: Iterable[str] | None = None,
    details: list[dict[str, Any]] | None = None,
) -> dict[str, Score]:
    """``evaluate`` over JSONL files in the exchange format."""
    return score_files(gold, pred, kinds=kinds, details=details).kinds
