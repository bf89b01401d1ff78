"""End-to-end dialogue attribution on PDNC, with ``quoteattr.conversation`` doing the turns.

A harness, not the library: it segments each novel of ``../shared/data/pdnc-dev.jsonl``
into blank-line paragraphs, pairs quotation marks, reads speech tags, hands all of
it to ``quoteattr.conversation.attribute`` and scores the result exactly as the PDNC
section of ``../shared/data/README.md`` says. What it does before ``attribute`` is a
prototype for the lead's rules, to be replaced by them.

- Paragraphs are split at blank lines. Inside a paragraph a single line break is a
  space: every regex reads a same-length *view* of the text with those breaks
  made spaces, so offsets into the view are offsets into the text.
- Quotation marks are paired within a paragraph (straight and curly double
  quotes). A paragraph with an odd number leaves its last quotation open to its
  end; the speech goes on in the next paragraph when that one opens with a mark.
- Speech tags: a tag after a quotation ("…," said Jane / she said / said his wife)
  or before it (Jane said, "…"). With ``--extract``, the statements of
  ``quoteattr.extract`` on the view are used first, and the tags it misses are
  counted by shape.
- Statements: the quotations of one paragraph are one statement when the
  narration between them is short and names no second speaker (PDNC's
  convention for a quotation interrupted by its tag); a speech over paragraphs is
  one statement per paragraph.

Scoring (README, PDNC): statements are paired 1:1 by ``quoteattr.evaluate``'s
greedy token overlap; *found* is a lenient match (Dice >= 0.5); *right* is found
and the predicted name picks out the gold character among the novel's
``entities``: an alias spelled the same (titles kept), else the one character with
an alias all of whose words are in the name, or whose alias holds all its words.

Usage::

    python benchmarks/dialogue_prototype.py [--cast] [--extract] [--ablate] [--novel ID] [--misses N]
"""

from __future__ import annotations

import argparse
import bisect
import collections
import json
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import regex

from quoteattr._model import Span
from quoteattr.conversation import GENDERED_NOUNS, SIEVES, Quotation, Tag, attribute
from quoteattr.evaluate import _overlap, tokens
from quoteattr.lexicon import Lexicon
from quoteattr.lexicon_names import FIRST_NAME_GENDERS

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "pdnc-dev.jsonl"
TYPES = ("Explicit", "Anaphoric", "Implicit")

# --- paragraphs and quotations ------------------------------------------------------------------

_PARA_BREAK = regex.compile(r"\n[ \t]*\n\s*")
_MARK = regex.compile(r"[\"“”]")


def paragraphs_of(text: str) -> list[tuple[int, int]]:
    """Blank-line paragraphs as (start, end), leading and trailing white space left out."""
    out = []
    start = 0
    for m in _PARA_BREAK.finditer(text):
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text.rstrip())))
    return [(s, e) for s, e in out if s < e]


def view_of(text: str, paragraphs: Sequence[tuple[int, int]]) -> str:
    """The text with every line break inside a paragraph made a space: same length, same offsets."""
    parts = []
    last = 0
    for s, e in paragraphs:
        parts.append(text[last:s])
        parts.append(text[s:e].replace("\n", " ").replace("\r", " "))
        last = e
    parts.append(text[last:])
    return "".join(parts)


def quotations_of(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[Quotation]:
    """The quotations of each paragraph: marks paired in order, a curly mark's direction respected."""
    out: list[Quotation] = []
    for p, (s, e) in enumerate(paragraphs):
        opened = -1
        for m in _MARK.finditer(text, s, e):
            ch, at = m.group(), m.start()
            if opened < 0:
                if ch != "”":
                    opened = at
            elif ch != "“":
                if at > opened + 1:
                    out.append(Quotation(opened + 1, at, p))
                opened = -1
            else:
                opened = at
        if opened >= 0 and opened + 1 < e:
            out.append(Quotation(opened + 1, e, p, open=True))
    return out


# --- speech tags --------------------------------------------------------------------------------

_EXTRA_VERBS = (
    "adjured admitted advised affirmed agreed answered appealed argued articulated asked assented assured "
    "babbled barked bawled began begged bellowed blurted boomed broke called cautioned chattered chimed "
    "chirped chuckled commanded commented complained conceded concluded confessed confided consented "
    "continued corrected coughed counselled cried croaked cut declared demanded denied drawled ejaculated "
    "entreated enquired exclaimed exploded expostulated faltered finished fumed gasped giggled greeted groaned "
    "growled grumbled grunted gushed hazarded hesitated hissed howled implored inquired insisted interposed "
    "interrupted jeered joked lamented laughed lectured lied lisped moaned mumbled murmured muttered nodded "
    "objected observed offered panted persisted piped pleaded proceeded proposed protested purred pursued put "
    "queried questioned raged rapped reasoned recommenced reflected rejoined related remarked remonstrated "
    "repeated replied reported resumed retorted returned roared sang says scoffed scolded screamed screeched "
    "shouted shrieked sighed smiled snapped snarled sneered sniffed snorted sobbed spluttered sputtered "
    "stammered stated stuttered suggested summoned supposed surmised teased thought threatened thundered "
    "told urged subjoined ventured vociferated volunteered wailed warned went whimpered whined whispered wondered "
    "yelled "
    "said cry say ask reply answer saying asking"
)
_LEX = Lexicon.default()
VERBS = frozenset(
    [f for f, (_lemma, cls) in _LEX.cue_index.items() if cls == "speech" and " " not in f] + _EXTRA_VERBS.split()
)
_PARTICLES = "(?:\\s+(?:on|in|out|up|back|again|aloud))?"
_VERB = r"(?P<verb>\L<verbs>)" + _PARTICLES
_TITLE = r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord|Madame|Mme|Mlle|Monsieur|Aunt|Uncle|Colonel|Captain|General|Major|Professor|Doctor|Master|Father|Mother|Sister|Brother|Signor|Signora|Herr|Frau|Count|Countess)"  # noqa: E501
_CAP = r"\p{Lu}(?:\p{Ll}|\p{Lu}(?=\p{Ll})|['’-])*\p{Ll}"
_NAMEX = rf"(?:{_TITLE}\.?\s+{_CAP}(?:\s+{_CAP}){{0,2}}|(?!(?:\L<stop>)\b){_CAP}(?:\s+(?:de\s+|van\s+|von\s+)?{_CAP}){{0,2}})"  # noqa: E501
_DESC = r"(?:the|his|her|their|my|our|your|its|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}?(?P<noun>\L<nouns>)\b"
# "the Hatter", "the policeman", "the old Colonel": a character known by a role, taken as a name
_ROLE = (
    rf"(?P<role>the\s+(?:[\p{{Ll}}-]+\s+)?(?:{_CAP}(?:\s+{_CAP})?|(?!(?:\L<stoplow>)\b)\p{{Ll}}[\p{{Ll}}-]+)"
    r"(?!\s+(?:\L<stoplow>)\b)(?![\w'’-]))"
)
_SUBJ = rf"(?P<subj>(?P<pron>he|she|I|they|we|He|She|They|We)|(?P<name>{_NAMEX})|(?P<desc>{_DESC})|{_ROLE})"
_ADV = r"(?:(?:\w+ly|then|again|now|at\s+last|at\s+once|presently|still|too|also|suddenly|quickly|slowly)\s+)"
_STOP = sorted(
    {
        "the",
        "but",
        "and",
        "then",
        "when",
        "what",
        "why",
        "how",
        "yes",
        "no",
        "oh",
        "well",
        "it",
        "this",
        "that",
        "there",
        "here",
        "if",
        "so",
        "now",
        "as",
        "a",
        "an",
        "in",
        "at",
        "on",
        "for",
        "his",
        "her",
        "my",
        "their",
        "our",
        "your",
        "you",
        "he",
        "she",
        "they",
        "we",
        "i",
        "after",
        "before",
        "presently",
        "still",
        "again",
        "once",
        "while",
        "one",
        "nobody",
        "somebody",
        "everybody",
        "nothing",
        "all",
        "both",
        "each",
        "good",
        "very",
        "indeed",
        "perhaps",
        "dear",
        "god",
        "heaven",
    }
)
_OPTS: dict[str, Any] = {
    "verbs": sorted(VERBS),
    "nouns": sorted(GENDERED_NOUNS, key=len, reverse=True),
    "stop": sorted({w.capitalize() for w in (*_STOP, *_LEX.non_names, *_LEX.determiners, "meanwhile", "not", "to")}),
    "stoplow": sorted(
        {*_STOP, *_LEX.non_names, *_LEX.determiners, *_LEX.description_stopwords}
        | {
            "other",
            "same",
            "first",
            "last",
            "latter",
            "former",
            "whole",
            "rest",
            "of",
            "to",
            "with",
            "without",
            "being",
        }
    ),
}
# after a quotation: "…," said Jane / said she / said his wife   |   "…," Jane said / she said quietly
_AFTER_INVERTED = regex.compile(rf"\A[\s,;:—–-]*{_ADV}?{_VERB}\s+{_SUBJ}(?![\w'’])", **_OPTS)
_AUX = r"(?:(?:had|would|was|were|kept|then|could|did|might|must|should|will)\s+(?:not\s+)?)"
_AFTER_NORMAL = regex.compile(
    rf"\A[\s,;:—–-]*{_SUBJ}\s+{_AUX}?{_ADV}?{_VERB}(?![\w'’])(?!\s+(?:nothing|no\s+more|not\b))", **_OPTS
)
# before a quotation: Jane said, "…" / she said quietly: "…" / Jane turned to him and said, "…"


def _tag_of(view: str, m: regex.Match[str], base: int) -> Tag | None:
    subj = m.group("subj")
    span = Span.of(view, base + m.start("subj"), base + m.end("subj"))
    if m.group("pron"):
        low = subj.lower()
        if low in ("they", "we"):
            return None
        gender = {"he": "m", "she": "f"}.get(low, "")
        return Tag(0, span, None, gender)
    if m.group("desc"):
        return Tag(0, span, None, GENDERED_NOUNS[m.group("noun").lower()])
    if subj.lower() in VERBS or _LEX.cue(subj) is not None:
        return None
    if " " not in subj and subj.lower().endswith("ly") and subj.lower() not in FIRST_NAME_GENDERS:
        return None  # an adverb opening the sentence ("Gravely, …"), not a name
    return Tag(0, span, subj)


_ING = (
    "saying crying exclaiming adding replying answering observing asking calling continuing whispering muttering "
    "murmuring shouting interrupting remarking returning beginning repeating"
)
_PRE_VERBS = VERBS | frozenset(_ING.split()) | {"began", "begun"}
_SUBJ_RX = regex.compile(_SUBJ, ignore_unused=True, **_OPTS)
_WORD_RX = regex.compile(r"[\w'’]+")
_SENTENCE_BREAK = regex.compile(r"(?<!\b(?:Mr|Mrs|Ms|Dr|St|Mme|Mlle))(?:[.!?]+[\"”’)_]*\s+|;\s+|--\s*|—\s*|:\s+)")
_CLAUSE_BEFORE = regex.compile(r"(?:\A|[,;]\s*|\b(?:and|but|then|when|while|as|till|until|where|who|now)\s+)[\s_]*\Z")
_SUBORDINATE = regex.compile(r"\b(?:when|while|as|till|until|where|if|though|although|because|after|before)\s+[\s_]*\Z")
_END_OK = (",", ":", "--", "—", "-", ";")


def _pre_tag(view: str, lo: int, hi: int) -> Tag | None:
    """The speech tag in the narration view[lo:hi] just before a quotation: its last clause ("Jane said,")."""
    seg = view[lo:hi].rstrip(" _")
    core = seg.rstrip(",:;—- _")
    if not core:
        return None
    base = lo
    starts = [m.end() for m in _SENTENCE_BREAK.finditer(core)]
    s0 = starts[-1] if starts else 0
    sentence = core[s0:]
    words = list(_WORD_RX.finditer(sentence))
    verb_at = -1
    for m in reversed(words[-8:]):
        if m.group().lower() in _PRE_VERBS:
            verb_at = m.start()
            break
    if verb_at < 0 or (not seg.endswith(_END_OK) and words and words[-1].start() != verb_at):
        return None
    head = sentence[:verb_at]
    chosen: regex.Match[str] | None = None
    candidates = []
    for m in _SUBJ_RX.finditer(head):
        if _CLAUSE_BEFORE.search(head[: m.start()]):
            candidates.append(m)
    for m in reversed(candidates):
        between = head[m.end() :]
        if "," in between and _SUBORDINATE.search(head[: m.start()]):
            continue
        who = between.find(", who")
        if who >= 0:
            inner = list(_SUBJ_RX.finditer(head[: m.end() + who]))
            if inner and inner[-1].start() > m.start():
                m = inner[-1]
        chosen = m
        break
    if chosen is None:
        names = [m for m in _SUBJ_RX.finditer(head) if m.group("name")]
        if len(names) != 1:
            return None
        chosen = names[0]
    return _tag_of(view, chosen, base + s0)


def find_tags(view: str, paragraphs: Sequence[tuple[int, int]], quotes: Sequence[Quotation]) -> dict[int, Tag]:
    """The speech tag of each quotation that has one, read in the narration after it, else before it.

    Before a quotation that opens its paragraph, the tail of the paragraph before
    counts when it ends as a tag does ("…, and said," / ":").
    """
    out: dict[int, Tag] = {}
    for i, q in enumerate(quotes):
        if q.open:
            continue
        p_start, p_end = paragraphs[q.paragraph]
        nxt = quotes[i + 1].start - 1 if i + 1 < len(quotes) and quotes[i + 1].paragraph == q.paragraph else p_end
        gap_start = q.end + 1
        gap = view[gap_start : min(nxt, gap_start + 200)]
        for pattern in (_AFTER_INVERTED, _AFTER_NORMAL):
            m = pattern.match(gap)
            if m:
                tag = _tag_of(view, m, gap_start)
                if tag is not None:
                    out[i] = Tag(i, tag.mention, tag.name, tag.gender)
                break
    for i, q in enumerate(quotes):
        if i in out:
            continue
        p_start, _ = paragraphs[q.paragraph]
        same = i > 0 and quotes[i - 1].paragraph == q.paragraph
        if same and (i - 1) in out and out[i - 1].mention.start > quotes[i - 1].end:
            continue  # the narration between two quotations holds the tag of the first
        prev_end = quotes[i - 1].end + 1 if same else p_start
        lo, hi = max(prev_end, q.start - 1 - 240), q.start - 1
        if not view[lo:hi].strip() and not same and q.paragraph > 0:
            # the quotation opens its paragraph: the tag may end the paragraph before
            b_start, b_end = paragraphs[q.paragraph - 1]
            last = quotes[i - 1] if i > 0 and quotes[i - 1].paragraph == q.paragraph - 1 else None
            if last is not None and last.open:
                continue
            lo, hi = max(b_start, last.end + 1 if last else b_start, b_end - 240), b_end
            if not view[lo:hi].rstrip(" _").endswith(_END_OK):
                continue
        tag = _pre_tag(view, lo, hi)
        if tag is not None:
            out[i] = Tag(i, tag.mention, tag.name, tag.gender)
    return out


# --- statements ---------------------------------------------------------------------------------

_MERGE_WORDS = 16


def statements_of(
    view: str, quotes: Sequence[Quotation], speakers: Sequence[str | None], tags: dict[int, Tag]
) -> list[tuple[int, int, str | None, list[int]]]:
    """Quotations grouped into statements: (start, end, speaker, quotation indices)."""
    out: list[tuple[int, int, str | None, list[int]]] = []
    for i, q in enumerate(quotes):
        if out:
            s, _e, spk, members = out[-1]
            prev = quotes[members[-1]]
            gap = view[prev.end + 1 : q.start - 1]
            tagged = sum(1 for j in (*members, i) if j in tags)
            if (
                prev.paragraph == q.paragraph
                and not prev.open
                and len(gap.split()) <= _MERGE_WORDS
                and tagged <= 1
                and (speakers[i] == spk or speakers[i] is None or spk is None)
            ):
                out[-1] = (s, q.end, spk or speakers[i], [*members, i])
                continue
        out.append((q.start, q.end, speakers[i], [i]))
    return out


# --- scoring (README, PDNC) ---------------------------------------------------------------------

_W = regex.compile(r"\w+")


def _words(name: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _W.findall(name))


class Cast:
    """The characters of one novel, to judge a predicted name as the README says."""

    def __init__(self, entities: Sequence[dict[str, Any]]) -> None:
        self.names = [e["name"] for e in entities]
        self.aliases = [{_words(a) for a in (e["name"], *e.get("aliases", ())) if _words(a)} for e in entities]

    def pick(self, name: str | None) -> int | None:
        """The index of the one character *name* picks out, or None."""
        if not name:
            return None
        words = _words(name)
        if not words:
            return None
        exact = [i for i, al in enumerate(self.aliases) if words in al]
        if exact:
            return exact[0] if len(exact) == 1 else None
        ws = set(words)
        fits = [i for i, al in enumerate(self.aliases) if any(set(a) <= ws or ws <= set(a) for a in al)]
        return fits[0] if len(fits) == 1 else None

    def right(self, gold: str | None, pred: str | None) -> bool:
        """Whether *pred* picks out the gold character *gold* (a main name, or a name that picks one out)."""
        if gold is None or pred is None:
            return False
        target = self.names.index(gold) if gold in self.names else self.pick(gold)
        if target is None:
            return _words(gold) == _words(pred)
        return self.pick(pred) == target


def pair(text: str, gold: Sequence[Sequence[int]], pred: Sequence[Sequence[int]]) -> list[tuple[int, int, float]]:
    """``quoteattr.evaluate.pair``'s greedy 1:1 pairing by token overlap, over overlapping spans only."""
    gt = [tokens(text, g) for g in gold]
    pt = [tokens(text, p) for p in pred]
    order = sorted(range(len(pred)), key=lambda j: pred[j][0])
    starts = [pred[j][0] for j in order]
    max_len = max((p[1] - p[0] for p in pred), default=0)
    candidates = []
    for i, (gs, ge) in enumerate(gold):
        lo = bisect.bisect_left(starts, gs - max_len)
        hi = bisect.bisect_left(starts, ge)
        for j in order[lo:hi]:
            ps, pe = pred[j]
            if pe <= gs or ps >= ge:
                continue
            g, p = gt[i], pt[j]
            ov = _overlap(g, p)
            if ov:
                candidates.append((ov, 2 * ov / (len(g) + len(p)), -i, -j))
    candidates.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _ov, d, ni, nj in candidates:
        if -ni in used_g or -nj in used_p:
            continue
        used_g.add(-ni)
        used_p.add(-nj)
        out.append((-ni, -nj, d))
    return out


# --- one novel ----------------------------------------------------------------------------------


def run_novel(
    doc: dict[str, Any],
    *,
    cast: bool,
    sieves: Iterable[str] | None,
    use_extract: bool,
    shapes: collections.Counter[str],
) -> tuple[collections.Counter[str], float, list[dict[str, Any]]]:
    """Counts (gold/pred/found/right per quote type) for one novel, the attribute() time, and the misses."""
    text = doc["text"]
    paras = paragraphs_of(text)
    view = view_of(text, paras)
    quotes = quotations_of(view, paras)
    tags = find_tags(view, paras, quotes)
    if use_extract:
        _merge_extract(view, quotes, tags, shapes)
    started = time.perf_counter()
    result = attribute(
        view,
        paras,
        quotes,
        tags.values(),
        cast=doc["entities"] if cast else None,
        sieves=sieves,
    )
    elapsed = time.perf_counter() - started
    speakers = [a.speaker for a in result.attributions]
    stmts = statements_of(view, quotes, speakers, tags)
    gold = [s for s in doc["statements"] if s["kind"] in ("direct", "mixed")]
    pairs = pair(text, [g["content_span"] for g in gold], [(s, e) for s, e, _spk, _m in stmts])
    judge = Cast(doc["entities"])
    counts: collections.Counter[str] = collections.Counter()
    by_gold = {i: (j, d) for i, j, d in pairs}
    by_pred = {j: d for _i, j, d in pairs}
    misses = []
    rules = {}
    for k, (_s, _e, _spk, members) in enumerate(stmts):
        rules[k] = next((result.attributions[m].rule for m in members if result.attributions[m].rule), None)
    for i, g in enumerate(gold):
        qt = g.get("quote_type") if g.get("quote_type") in TYPES else "Implicit"
        j, d = by_gold.get(i, (-1, 0.0))
        found = d >= 0.5
        right = found and judge.right(g["speaker_entity"], stmts[j][2])
        for key in ("all", qt):
            counts[f"gold {key}"] += 1
            counts[f"found {key}"] += found
            counts[f"right {key}"] += right
        if found:
            counts[f"rule {rules[j]}"] += 1
            counts[f"rule-right {rules[j]}"] += right
        if found and not right:
            misses.append(
                {
                    "type": qt,
                    "gold": g["speaker_entity"],
                    "pred": stmts[j][2],
                    "rule": rules[j],
                    "span": g["content_span"],
                }
            )
    counts["pred"] += len(stmts)
    counts["pred found"] += sum(1 for j in range(len(stmts)) if by_pred.get(j, 0.0) >= 0.5)
    return counts, elapsed, misses


# --- quoteattr.extract, and the tags it misses --------------------------------------------------


def _shape(view: str, tag: Tag, q: Quotation) -> str:
    after = tag.mention.start > q.end
    mention = tag.mention.text
    low = mention.lower()
    kind = "pronoun" if low in ("he", "she", "i") else "description" if tag.name is None else "name"
    if after:
        between = view[q.end + 1 : tag.mention.start]
        inverted = _AFTER_INVERTED.match(view[q.end + 1 : tag.mention.end]) is not None
        verb = between.strip(" ,;:—–-").split()[-1].lower() if inverted and between.strip(" ,;:—–-") else ""
        if not inverted:
            rest = view[tag.mention.end : tag.mention.end + 40].split()
            verb = rest[0].lower().strip(",.;:!?") if rest else ""
        shape = f"after, {'inverted' if inverted else 'subject-verb'}, {kind}"
    else:
        rest = view[tag.mention.end : q.start].split()
        verb = next((w.lower().strip(",.;:") for w in rest if w.lower().strip(",.;:") in VERBS), "")
        shape = f"before, {kind}"
    return shape if _LEX.cue(verb) else f"{shape}; verb NOT in lexicon|{verb}"


def _merge_extract(
    view: str, quotes: Sequence[Quotation], tags: dict[int, Tag], shapes: collections.Counter[str]
) -> None:
    """Run quoteattr.extract on the view; count by shape the tags of ours it does not find."""
    import quoteattr

    found: dict[int, str] = {}
    starts = [q.start for q in quotes]
    for st in quoteattr.extract(view):
        if st.speaker is None or st.cue is None:
            continue
        for part in st.content:
            k = bisect.bisect_right(starts, part.start) - 1
            if 0 <= k < len(quotes) and quotes[k].start <= part.start < quotes[k].end + 1:
                found[k] = st.speaker.mention.text if st.speaker.mention else ""
    for i, tag in tags.items():
        if i in found:
            shapes["found by extract"] += 1
        else:
            shapes["missed by extract"] += 1
            shapes[_shape(view, tag, quotes[i])] += 1


# --- the table ----------------------------------------------------------------------------------


def table(counts: collections.Counter[str], title: str) -> str:
    """The per-quote-type table of one run."""
    pred, gold = counts["pred"], counts["gold all"]
    p = counts["pred found"] / pred if pred else 0.0
    r = counts["found all"] / gold if gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    rows = [title, f"quotations found: P {p:.3f} R {r:.3f} F1 {f1:.3f}  (gold {gold}, predicted {pred})"]
    rows.append(f"{'quote type':12}{'gold':>7}{'found':>8}{'right':>8}")
    for key in ("all", *TYPES):
        n = counts[f"gold {key}"]
        rows.append(f"{key:12}{n:7d}{counts[f'found {key}'] / max(n, 1):8.3f}{counts[f'right {key}'] / max(n, 1):8.3f}")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    """Run the harness and print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cast", action="store_true", help="also run with the gold cast list (entities)")
    parser.add_argument("--extract", action="store_true", help="count the tags quoteattr.extract misses, by shape")
    parser.add_argument("--ablate", action="store_true", help="drop each sieve in turn and print what it bought")
    parser.add_argument("--novel", help="only this novel id")
    parser.add_argument("--misses", type=int, default=0, help="print the N most common wrong (gold, pred) pairs")
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args(argv)
    if not args.data.exists():
        sys.stderr.write(f"{args.data} is absent: this harness reads PDNC from ../shared/data/\n")
        return 1
    docs = [json.loads(line) for line in args.data.open(encoding="utf-8") if line.strip()]
    if args.novel:
        docs = [d for d in docs if d["id"] == args.novel]
    chars = sum(len(d["text"]) for d in docs)

    def run(cast: bool, sieves: Iterable[str] | None, use_extract: bool = False) -> collections.Counter[str]:
        total: collections.Counter[str] = collections.Counter()
        shapes: collections.Counter[str] = collections.Counter()
        spent = 0.0
        misses: list[dict[str, Any]] = []
        started = time.perf_counter()
        for doc in docs:
            counts, elapsed, missed = run_novel(doc, cast=cast, sieves=sieves, use_extract=use_extract, shapes=shapes)
            total.update(counts)
            spent += elapsed
            misses.extend(missed)
        wall = time.perf_counter() - started
        total["_attribute_ms"] = int(spent * 1000)
        total["_wall_ms"] = int(wall * 1000)
        if use_extract:
            print("tags found by the harness, against quoteattr.extract on the same view:")
            by_shape: collections.Counter[str] = collections.Counter()
            verbs: collections.Counter[str] = collections.Counter()
            for shape, n in shapes.items():
                head, _bar, verb = shape.partition("|")
                by_shape[head] += n
                if verb:
                    verbs[verb] += n
            for shape, n in by_shape.most_common():
                print(f"  {n:6d}  {shape}")
            print(
                "  verbs of missed tags not in the lexicon: " + ", ".join(f"{v} {n}" for v, n in verbs.most_common(40))
            )
        if args.misses:
            pairs = collections.Counter((m["type"], m["rule"]) for m in misses)
            print("wrong speakers by (quote type, rule):")
            for key, n in pairs.most_common(args.misses):
                print(f"  {n:6d}  {key}")
        return total

    base = run(False, None, args.extract)
    print(table(base, f"PDNC dev, {len(docs)} novels, {chars:,} characters, no cast list"))
    print(
        f"attribute(): {base['_attribute_ms'] / 1000:.2f} s "
        f"({chars / max(base['_attribute_ms'], 1) / 1000:.1f} M chars/s);"
        f" whole harness {base['_wall_ms'] / 1000:.1f} s"
    )
    print("speakers found right, by the rule that gave them (found quotations):")
    for key in sorted(k for k in base if k.startswith("rule ")):
        rule = key[5:]
        print(f"  {rule:24}{base[key]:7d}  right {base['rule-right ' + rule] / max(base[key], 1):.3f}")
    if args.cast:
        with_cast = run(True, None)
        print()
        print(table(with_cast, "with the cast list (gold entities)"))
    if args.ablate:
        print()
        print(f"{'without sieve':16}{'all':>7}{'Expl':>7}{'Anaph':>7}{'Impl':>7}   (attributed right, recall)")
        for name in SIEVES:
            c = run(False, [s for s in SIEVES if s != name])
            rates = [c[f"right {k}"] / max(c[f"gold {k}"], 1) for k in ("all", *TYPES)]
            print(f"{name:16}" + "".join(f"{x:7.3f}" for x in rates))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
