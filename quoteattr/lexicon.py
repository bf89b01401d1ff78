"""The word tables quoteattr's patterns are built from, and the ``Lexicon`` value.

Every table is plain data: lowercase, stripped, one entry a line, sorted, and
checked for that by ``tests/test_lexicon.py``. The verb tables map a lemma to
its surface forms; the patterns match the forms, and a statement's cue class
(speech, thought, intention) comes from the table its form is in.

Provenance: written for quoteattr by its authors from English grammar and news
usage (the reporting-verb classes of Quirk et al. and of the PolNeAR annotation
guide, summarised in ``docs/polnear.md``); no list was copied from elsewhere.
Released under the project's licence.

This module imports nothing of the package but the leaf ``errors`` module.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from typing import Final

import attrs

from quoteattr.errors import LexiconError

__all__ = [
    "ABBREVIATIONS",
    "AMBIGUOUS_QUOTES",
    "ANONYMITY_WORDS",
    "ASIDES",
    "ASIDE_OPENERS",
    "AS_COMPLEMENT_VERBS",
    "ATTITUDE_ADJECTIVES",
    "AUXILIARIES",
    "BARE_COMPLEMENT_VERBS",
    "BE_FORMS",
    "CATENATIVES",
    "CLAUSE_BOUNDARY_WORDS",
    "CLOSE_QUOTES",
    "COMMUNICATION_NOUNS",
    "CUE_CLASSES",
    "DESCRIPTION_LINKS",
    "DESCRIPTION_STOPWORDS",
    "DETERMINERS",
    "EVIDENCE_NOUNS",
    "EVIDENCE_SOURCES",
    "EVIDENCE_VERBS",
    "GENDERED_NOUNS",
    "HONORIFICS",
    "INDEFINITE_SPEAKERS",
    "INTENTION_VERBS",
    "INTERJECTIONS",
    "LABEL_WORDS",
    "LIGHT_NOUNS",
    "LIGHT_VERBS",
    "MEDIUM_NOUNS",
    "NAME_CONNECTORS",
    "NON_ANSWER_VERBS",
    "NON_NAMES",
    "NOT_PARENTHETICAL",
    "NOUN_ARTICLES",
    "NOUN_CUES",
    "NOUN_PREPOSITIONS",
    "NUMBER_WORDS",
    "OBJECT_COMPLEMENT_VERBS",
    "OBJECT_PREPOSITIONS",
    "OPEN_QUOTES",
    "ORGANISATION_MARKERS",
    "ORGANISATION_NOUNS",
    "PARTICIPLE_LEADS",
    "PERSON_NOUNS",
    "PLURAL_NOUNS",
    "POSSESSIVES",
    "POSSESSIVE_PRONOUNS",
    "PRONOUNS",
    "PUBLICATION_VERBS",
    "QUOTATION_ONLY_VERBS",
    "RAISING_VERBS",
    "RANK_MODIFIERS",
    "REPORT_NOUNS",
    "ROLE_ABBREVIATIONS",
    "ROLE_NOUNS",
    "SPEECH_VERBS",
    "STOCK_EXCHANGES",
    "SUBORDINATORS",
    "THOUGHT_VERBS",
    "TIME_WORDS",
    "TITLE_MODIFIERS",
    "TOPIC_PREPOSITIONS",
    "Lexicon",
]

# --- cue verbs -------------------------------------------------------------

SPEECH_VERBS: Final[Mapping[str, tuple[str, ...]]] = {
    "accuse": ("accuse", "accused", "accuses", "accusing"),
    "acknowledge": ("acknowledge", "acknowledged", "acknowledges", "acknowledging"),
    "add": ("add", "added", "adding", "adds"),
    "admit": ("admit", "admits", "admitted", "admitting"),
    "advise": ("advise", "advised", "advises", "advising"),
    "advocate": ("advocate", "advocated", "advocates", "advocating"),
    "affirm": ("affirm", "affirmed", "affirming", "affirms"),
    "agree": ("agree", "agreed", "agreeing", "agrees"),
    "allege": ("allege", "alleged", "alleges", "alleging"),
    "allude to": ("allude to", "alluded to", "alludes to", "alluding to"),
    "announce": ("announce", "announced", "announces", "announcing"),
    "answer": ("answer", "answered", "answering", "answers"),
    "apologize": ("apologize", "apologized", "apologizes", "apologizing"),
    "applaud": ("applaud", "applauded", "applauding", "applauds"),
    "argue": ("argue", "argued", "argues", "arguing"),
    "ask": ("ask", "asked", "asking", "asks"),
    "assert": ("assert", "asserted", "asserting", "asserts"),
    "assure": ("assure", "assured", "assures", "assuring"),
    "attack": ("attack", "attacked", "attacking", "attacks"),
    "attribute": ("attribute", "attributed", "attributes", "attributing"),
    "bark": ("bark", "barked", "barking", "barks"),
    "beg": ("begged",),
    "begin": ("began",),
    "blame": ("blame", "blamed", "blames", "blaming"),
    "blast": ("blast", "blasted", "blasting", "blasts"),
    "boast": ("boast", "boasted", "boasting", "boasts"),
    "brag": ("brag", "bragged", "bragging", "brags"),
    "call": ("call", "called", "calling", "calls"),
    "call for": ("call for", "called for", "calling for", "calls for"),
    "call on": ("call on", "called on", "calling on", "calls on"),
    "call out": ("call out", "called out", "calling out", "calls out"),
    "cast": ("cast", "casting", "casts"),
    "caution": ("caution", "cautioned", "cautioning", "cautions"),
    "challenge": ("challenge", "challenged", "challenges", "challenging"),
    "chant": ("chant", "chanted", "chanting", "chants"),
    "characterize": ("characterize", "characterized", "characterizes", "characterizing"),
    "charge": ("charge", "charged", "charges", "charging"),
    "chide": ("chide", "chided", "chides", "chiding"),
    "cite": ("cite", "cited", "cites", "citing"),
    "claim": ("claim", "claimed", "claiming", "claims"),
    "come out against": ("came out against", "come out against", "comes out against", "coming out against"),
    "come out for": ("came out for", "come out for", "comes out for", "coming out for"),
    "comment": ("comment", "commented", "commenting", "comments"),
    "compare": ("compare", "compared", "compares", "comparing"),
    "complain": ("complain", "complained", "complaining", "complains"),
    "concede": ("concede", "conceded", "concedes", "conceding"),
    "concur": ("concur", "concurred", "concurring", "concurs"),
    "condemn": ("condemn", "condemned", "condemning", "condemns"),
    "confirm": ("confirm", "confirmed", "confirming", "confirms"),
    "contend": ("contend", "contended", "contending", "contends"),
    "continue": ("continue", "continued", "continues", "continuing"),
    "counter": ("counter", "countered", "countering", "counters"),
    "credit": ("credit", "credited", "crediting", "credits"),
    "criticize": ("criticize", "criticized", "criticizes", "criticizing"),
    "cry": ("cried", "cries", "crying"),
    "declare": ("declare", "declared", "declares", "declaring"),
    "decry": ("decried", "decries", "decry", "decrying"),
    "defend": ("defend", "defended", "defending", "defends"),
    "demand": ("demand", "demanded", "demanding", "demands"),
    "denounce": ("denounce", "denounced", "denounces", "denouncing"),
    "deny": ("denied", "denies", "deny", "denying"),
    "deride": ("deride", "derided", "derides", "deriding"),
    "describe": ("describe", "described", "describes", "describing"),
    "disclose": ("disclose", "disclosed", "discloses", "disclosing"),
    "discuss": ("discuss", "discussed", "discusses", "discussing"),
    "dismiss": ("dismiss", "dismissed", "dismisses", "dismissing"),
    "double down": ("double down", "doubled down", "doubles down", "doubling down"),
    "drawl": ("drawled", "drawling"),
    "dub": ("dub", "dubbed", "dubbing", "dubs"),
    "echo": ("echo", "echoed", "echoing", "echos"),
    "ejaculate": ("ejaculated",),
    "emphasise": ("emphasise", "emphasised", "emphasises", "emphasising"),
    "emphasize": ("emphasize", "emphasized", "emphasizes", "emphasizing"),
    "endorse": ("endorse", "endorsed", "endorses", "endorsing"),
    "enquire": ("enquired", "enquires", "enquiring"),
    "estimate": ("estimate", "estimated", "estimates", "estimating"),
    "exclaim": ("exclaim", "exclaimed", "exclaiming", "exclaims"),
    "explain": ("explain", "explained", "explaining", "explains"),
    "falter": ("faltered",),
    "fire back": ("fire back", "fired back", "fires back", "firing back"),
    "forecast": ("forecast", "forecasted", "forecasting", "forecasts"),
    "frame": ("frame", "framed", "frames", "framing"),
    "gasp": ("gasped",),
    "gloat": ("gloat", "gloated", "gloating", "gloats"),
    "go after": ("go after", "goes after", "going after", "gone after", "went after"),
    "groan": ("groaned",),
    "growl": ("growled",),
    "gush": ("gush", "gushed", "gushes", "gushing"),
    "hail": ("hail", "hailed", "hailing", "hails"),
    "highlight": ("highlight", "highlighted", "highlighting", "highlights"),
    "hint": ("hint", "hinted", "hinting", "hints"),
    "hiss": ("hissed",),
    "hit out": ("hit out", "hits out", "hitting out"),
    "implore": ("implore", "implored", "implores", "imploring"),
    "imply": ("implied", "implies", "imply", "implying"),
    "inquire": ("inquired", "inquires", "inquiring"),
    "insist": ("insist", "insisted", "insisting", "insists"),
    "interject": ("interject", "interjected", "interjecting", "interjects"),
    "interpose": ("interposed",),
    "interrupt": ("interrupt", "interrupted", "interrupting", "interrupts"),
    "invoke": ("invoke", "invoked", "invokes", "invoking"),
    "issue": ("issue", "issued", "issues", "issuing"),
    "joke": ("joke", "joked", "jokes", "joking"),
    "label": ("label", "labeled", "labeling", "labelled", "labelling", "labels"),
    "lambast": ("lambast", "lambasted", "lambasting", "lambasts"),
    "lament": ("lament", "lamented", "lamenting", "laments"),
    "lash out": ("lash out", "lashed out", "lashes out", "lashing out"),
    "laugh": ("laugh", "laughed", "laughing", "laughs"),
    "liken": ("liken", "likened", "likening", "likens"),
    "maintain": ("maintain", "maintained", "maintaining", "maintains"),
    "make clear": (
        "made clear",
        "made it clear",
        "make clear",
        "make it clear",
        "makes clear",
        "makes it clear",
        "making clear",
        "making it clear",
    ),
    "marvel": ("marvel", "marveled", "marveling", "marvels"),
    "mention": ("mention", "mentioned", "mentioning", "mentions"),
    "mock": ("mock", "mocked", "mocking", "mocks"),
    "murmur": ("murmur", "murmured", "murmuring", "murmurs"),
    "muse": ("muse", "mused", "muses", "musing"),
    "mutter": ("mutter", "muttered", "muttering", "mutters"),
    "nod": ("nodded",),
    "note": ("note", "noted", "notes", "noting"),
    "object": ("object", "objected", "objecting", "objects"),
    "observe": ("observe", "observed", "observes", "observing"),
    "offer": ("offer", "offered", "offering", "offers"),
    "order": ("order", "ordered", "ordering", "orders"),
    "outline": ("outline", "outlined", "outlines", "outlining"),
    "pant": ("panted",),
    "persist": ("persisted",),
    "plead": ("plead", "pleaded", "pleading", "pleads"),
    "pledge": ("pledge", "pledged", "pledges", "pledging"),
    "point": ("point", "pointed", "pointing", "points"),
    "point out": ("point out", "pointed out", "pointing out", "points out"),
    "portray": ("portray", "portrayed", "portraying", "portrays"),
    "post": ("post", "posted", "posting", "posts"),
    "praise": ("praise", "praised", "praises", "praising"),
    "predict": ("predict", "predicted", "predicting", "predicts"),
    "press": ("press", "pressed", "presses", "pressing"),
    "proclaim": ("proclaim", "proclaimed", "proclaiming", "proclaims"),
    "promise": ("promise", "promised", "promises", "promising"),
    "promote": ("promote", "promoted", "promotes", "promoting"),
    "propose": ("propose", "proposed", "proposes", "proposing"),
    "protest": ("protest", "protested", "protesting", "protests"),
    "publish": ("publish", "published", "publishes", "publishing"),
    "pursue": ("pursued",),
    "push back": ("push back", "pushed back", "pushes back", "pushing back"),
    "put it": ("put it", "puts it", "putting it"),
    "question": ("question", "questioned", "questioning", "questions"),
    "quip": ("quip", "quipped", "quipping", "quips"),
    "quote": ("quote", "quoted", "quotes", "quoting"),
    "rail": ("rail", "railed", "railing", "rails"),
    "read": ("read", "reading", "reads"),
    "reaffirm": ("reaffirm", "reaffirmed", "reaffirming", "reaffirms"),
    "rebut": ("rebut", "rebuts", "rebutted", "rebutting"),
    "recall": ("recall", "recalled", "recalling", "recalls"),
    "recommend": ("recommend", "recommended", "recommending", "recommends"),
    "recount": ("recount", "recounted", "recounting", "recounts"),
    "refer": ("refer", "referred", "referring", "refers"),
    "reiterate": ("reiterate", "reiterated", "reiterates", "reiterating"),
    "reject": ("reject", "rejected", "rejecting", "rejects"),
    "rejoin": ("rejoined",),
    "release": ("release", "released", "releases", "releasing"),
    "remark": ("remark", "remarked", "remarking", "remarks"),
    "remind": ("remind", "reminded", "reminding", "reminds"),
    "repeat": ("repeat", "repeated", "repeating", "repeats"),
    "reply": ("replied", "replies", "reply", "replying"),
    "report": ("report", "reported", "reporting", "reports"),
    "request": ("request", "requested", "requesting", "requests"),
    "respond": ("respond", "responded", "responding", "responds"),
    "resume": ("resumed",),
    "retort": ("retort", "retorted", "retorting", "retorts"),
    "return": ("returned",),
    "reveal": ("reveal", "revealed", "revealing", "reveals"),
    "ridicule": ("ridicule", "ridiculed", "ridicules", "ridiculing"),
    "say": ("said", "say", "saying", "says"),
    "scoff": ("scoff", "scoffed", "scoffing", "scoffs"),
    "scold": ("scold", "scolded", "scolding", "scolds"),
    "scream": ("scream", "screamed", "screaming", "screams"),
    "shoot back": ("shoot back", "shooting back", "shoots back", "shot back"),
    "shout": ("shout", "shouted", "shouting", "shouts"),
    "sigh": ("sigh", "sighed", "sighing", "sighs"),
    "signal": ("signal", "signaled", "signaling", "signalled", "signalling", "signals"),
    "single out": ("single out", "singled out", "singles out", "singling out"),
    "slam": ("slam", "slammed", "slamming", "slams"),
    "smile": ("smiled",),
    "snap": ("snap", "snapped", "snapping", "snaps"),
    "sob": ("sobbed",),
    "speak": ("speak", "speaking", "speaks", "spoke", "spoken"),
    "speak out": ("speak out", "speaking out", "speaks out", "spoke out", "spoken out"),
    "speculate": ("speculate", "speculated", "speculates", "speculating"),
    "stammer": ("stammered",),
    "state": ("state", "stated", "states", "stating"),
    "stress": ("stress", "stressed", "stresses", "stressing"),
    "suggest": ("suggest", "suggested", "suggesting", "suggests"),
    "swear": ("swear", "swearing", "swears", "swore", "sworn"),
    "talk": ("talk", "talked", "talking", "talks"),
    "tease": ("tease", "teased", "teases", "teasing"),
    "tell": ("tell", "telling", "tells", "told"),
    "testify": ("testified", "testifies", "testify", "testifying"),
    "threaten": ("threaten", "threatened", "threatening", "threatens"),
    "tout": ("tout", "touted", "touting", "touts"),
    "tweet": ("tweet", "tweeted", "tweeting", "tweets"),
    "underline": ("underline", "underlined", "underlines", "underlining"),
    "underscore": ("underscore", "underscored", "underscores", "underscoring"),
    "urge": ("urge", "urged", "urges", "urging"),
    "vow": ("vow", "vowed", "vowing", "vows"),
    "warn": ("warn", "warned", "warning", "warns"),
    "weigh in": ("weigh in", "weighed in", "weighing in", "weighs in"),
    "welcome": ("welcome", "welcomed", "welcomes", "welcoming"),
    "whisper": ("whisper", "whispered", "whispering", "whispers"),
    "write": ("write", "writes", "writing", "written", "wrote"),
    "yell": ("yell", "yelled", "yelling", "yells"),
}
"""Verbs that report words said or written, lemma -> surface forms.

Both "X said that ..." and "..., X said" use them. Forms that double as nouns
("claim", "report", "state") are safe here because every pattern also needs a
speaker and a clause around the cue.
"""

THOUGHT_VERBS: Final[Mapping[str, tuple[str, ...]]] = {
    "admire": ("admire", "admired", "admires", "admiring"),
    "anticipate": ("anticipate", "anticipated", "anticipates", "anticipating"),
    "appear": ("appear", "appeared", "appearing", "appears"),
    "approve": ("approve", "approved", "approves", "approving"),
    "assume": ("assume", "assumed", "assumes", "assuming"),
    "back": ("backed", "backing", "backs"),
    "believe": ("believe", "believed", "believes", "believing"),
    "champion": ("champion", "championed", "championing", "champions"),
    "cheer": ("cheer", "cheered", "cheering", "cheers"),
    "conclude": ("conclude", "concluded", "concludes", "concluding"),
    "consider": ("consider", "considered", "considering", "considers"),
    "deplore": ("deplore", "deplored", "deplores", "deploring"),
    "disavow": ("disavow", "disavowed", "disavowing", "disavows"),
    "doubt": ("doubt", "doubted", "doubting", "doubts"),
    "downplay": ("downplay", "downplayed", "downplaying", "downplays"),
    "embrace": ("embrace", "embraced", "embraces", "embracing"),
    "envision": ("envision", "envisioned", "envisioning", "envisions"),
    "expect": ("expect", "expected", "expecting", "expects"),
    "fault": ("fault", "faulted", "faulting", "faults"),
    "favor": ("favor", "favored", "favoring", "favors"),
    "fear": ("fear", "feared", "fearing", "fears"),
    "feel": ("feel", "feeling", "feels", "felt"),
    "guess": ("guess", "guessed", "guesses", "guessing"),
    "hope": ("hope", "hoped", "hopes", "hoping"),
    "imagine": ("imagine", "imagined", "imagines", "imagining"),
    "know": ("knew", "know", "knowing", "known", "knows"),
    "oppose": ("oppose", "opposed", "opposes", "opposing"),
    "project": ("project", "projected", "projecting", "projects"),
    "realise": ("realise", "realised", "realises", "realising"),
    "realize": ("realize", "realized", "realizes", "realizing"),
    "reckon": ("reckon", "reckoned", "reckoning", "reckons"),
    "recognize": ("recognize", "recognized", "recognizes", "recognizing"),
    "regret": ("regret", "regreted", "regreting", "regrets"),
    "remember": ("remember", "remembered", "remembering", "remembers"),
    "see": ("saw", "see", "seeing", "seen", "sees"),
    "seem": ("seem", "seemed", "seeming", "seems"),
    "side with": ("side with", "sided with", "sides with", "siding with"),
    "support": ("support", "supported", "supporting", "supports"),
    "suppose": ("suppose", "supposed", "supposes", "supposing"),
    "suspect": ("suspect", "suspected", "suspecting", "suspects"),
    "think": ("think", "thinking", "thinks", "thought"),
    "turn against": ("turn against", "turned against", "turning against", "turns against"),
    "understand": ("understand", "understanding", "understands", "understood"),
    "view": ("view", "viewed", "viewing", "views"),
    "wonder": ("wonder", "wondered", "wondering", "wonders"),
    "worry": ("worried", "worries", "worry", "worrying"),
}
"""Verbs that attribute a belief, knowledge or feeling: "officials believe ...".

Statements with these cues get ``CueClass.THOUGHT``.
"""

INTENTION_VERBS: Final[Mapping[str, tuple[str, ...]]] = {
    "aim": ("aim", "aimed", "aiming", "aims"),
    "campaign against": ("campaign against", "campaigned against", "campaigning against", "campaigns against"),
    "decide": ("decide", "decided", "decides", "deciding"),
    "decline": ("decline", "declined", "declines", "declining"),
    "intend": ("intend", "intended", "intending", "intends"),
    "lobby for": ("lobbied for", "lobbies for", "lobby for", "lobbying for"),
    "plan": ("plan", "planned", "planning", "plans"),
    "prefer": ("prefer", "preferred", "preferring", "prefers"),
    "push": ("push", "pushed", "pushes", "pushing"),
    "push for": ("push for", "pushed for", "pushes for", "pushing for"),
    "refuse": ("refuse", "refused", "refuses", "refusing"),
    "seek": ("seek", "seeking", "seeks", "sought"),
    "want": ("want", "wanted", "wanting", "wants"),
    "wish": ("wish", "wished", "wishes", "wishing"),
}
"""Verbs that attribute an intention or desire: "the senator plans to ...".

Statements with these cues get ``CueClass.INTENTION``; their content is the
infinitive clause.
"""

ATTITUDE_ADJECTIVES: Final[Mapping[str, str]] = {
    "afraid": "thought",
    "alarmed": "thought",
    "angry": "thought",
    "anxious": "thought",
    "aware": "thought",
    "certain": "thought",
    "concerned": "thought",
    "confident": "thought",
    "convinced": "thought",
    "critical": "thought",
    "disappointed": "thought",
    "doubtful": "thought",
    "eager": "intention",
    "frustrated": "thought",
    "furious": "thought",
    "glad": "thought",
    "hopeful": "thought",
    "keen": "intention",
    "nervous": "thought",
    "opposed": "thought",
    "optimistic": "thought",
    "outraged": "thought",
    "pessimistic": "thought",
    "pleased": "thought",
    "proud": "thought",
    "reluctant": "intention",
    "sceptical": "thought",
    "skeptical": "thought",
    "supportive": "thought",
    "sure": "thought",
    "suspicious": "thought",
    "unhappy": "thought",
    "unsure": "thought",
    "upset": "thought",
    "wary": "thought",
    "willing": "intention",
    "worried": "thought",
}
"""Adjectives that attribute a stance after "be" (or "remain", "seem"), -> cue class: "Doe is
skeptical of the deal", "voters are worried that ...", "Lind was eager to run". The content is
what follows their preposition, "that" or "to"; without one they report nothing."""

EVIDENCE_SOURCES: Final[tuple[str, ...]] = (
    "analysis",
    "audit",
    "average",
    "census",
    "chart",
    "count",
    "data",
    "document",
    "estimate",
    "evidence",
    "figure",
    "filing",
    "finding",
    "footage",
    "forecast",
    "image",
    "investigation",
    "memo",
    "model",
    "number",
    "photo",
    "poll",
    "polling",
    "projection",
    "record",
    "report",
    "research",
    "result",
    "review",
    "slide",
    "statistic",
    "study",
    "survey",
    "tally",
    "test",
    "transcript",
    "trend",
    "video",
)
"""Nouns (singular) that head a document or data source: "polls show Doe ahead" reports with a
noun phrase; after another subject an evidence verb needs a clause ("she found that ...";
"Doe found a way", "Lind showed up" report nothing)."""

EVIDENCE_VERBS: Final[Mapping[str, tuple[str, ...]]] = {
    "demonstrate": ("demonstrate", "demonstrated", "demonstrates", "demonstrating"),
    "find": ("find", "finding", "finds", "found"),
    "indicate": ("indicate", "indicated", "indicates", "indicating"),
    "show": ("show", "showed", "showing", "shown", "shows"),
}
"""Verbs by which a poll, report or study attributes a finding: "the poll shows ...".

Statements with these cues get ``CueClass.EVIDENCE``.
"""

LIGHT_VERBS: Final[Mapping[str, tuple[str, ...]]] = {
    "cast": ("cast", "casting", "casts"),
    "deliver": ("deliver", "delivered", "delivering", "delivers"),
    "draw": ("draw", "drawing", "drawn", "draws", "drew"),
    "express": ("express", "expressed", "expresses", "expressing"),
    "give": ("gave", "give", "given", "gives", "giving"),
    "launch": ("launch", "launched", "launches", "launching"),
    "lend": ("lend", "lending", "lends", "lent"),
    "level": ("level", "leveled", "leveling", "levelled", "levelling", "levels"),
    "lodge": ("lodge", "lodged", "lodges", "lodging"),
    "make": ("made", "make", "makes", "making"),
    "offer": ("offer", "offered", "offering", "offers"),
    "pay": ("paid", "pay", "paying", "pays"),
    "raise": ("raise", "raised", "raises", "raising"),
    "register": ("register", "registered", "registering", "registers"),
    "share": ("share", "shared", "shares", "sharing"),
    "take": ("take", "taken", "takes", "taking", "took"),
    "throw": ("threw", "throw", "throwing", "thrown", "throws"),
    "voice": ("voice", "voiced", "voices", "voicing"),
}
"""Verbs that report only with a cue noun after them ("expressed concern about", "took issue
with", "made the case for"): light verb -> its forms. Up to two words (an article, an adjective)
may stand between the verb and the noun; the construction is the cue, its content what follows
the noun's preposition or "that"."""

LABEL_WORDS: Final[tuple[str, ...]] = (
    "breaking",
    "clarification",
    "correction",
    "exclusive",
    "latest",
    "live",
    "note",
    "photos",
    "related",
    "update",
    "updated",
    "video",
    "watch",
)
"""Words that head a page's labels before a colon ("The Latest:", "EDITOR'S NOTE:", "UPDATE:"):
such a label is no speaker."""

LIGHT_NOUNS: Final[Mapping[str, str]] = {
    "accusation": "speech",
    "address": "speech",
    "aim": "speech",
    "alarm": "thought",
    "allegation": "speech",
    "anger": "thought",
    "apology": "speech",
    "appeal": "speech",
    "approval": "thought",
    "assessment": "thought",
    "attack": "speech",
    "attention": "speech",
    "blessing": "thought",
    "case": "speech",
    "charge": "speech",
    "comment": "speech",
    "complaint": "speech",
    "concern": "thought",
    "confidence": "thought",
    "criticism": "speech",
    "defense": "speech",
    "disappointment": "thought",
    "dismay": "thought",
    "doubt": "thought",
    "endorsement": "speech",
    "exception": "speech",
    "fear": "thought",
    "frustration": "thought",
    "hope": "thought",
    "interest": "thought",
    "issue": "speech",
    "jab": "speech",
    "message": "speech",
    "misgiving": "thought",
    "objection": "speech",
    "opposition": "thought",
    "optimism": "thought",
    "outrage": "thought",
    "pitch": "speech",
    "plea": "speech",
    "pledge": "speech",
    "point": "speech",
    "praise": "speech",
    "promise": "speech",
    "question": "speech",
    "rebuke": "speech",
    "reference": "speech",
    "regret": "thought",
    "remark": "speech",
    "reservation": "thought",
    "secret": "speech",
    "shot": "speech",
    "skepticism": "thought",
    "speech": "speech",
    "support": "thought",
    "surprise": "thought",
    "swipe": "speech",
    "thought": "thought",
    "tribute": "speech",
    "verdict": "speech",
    "view": "thought",
    "warning": "speech",
    "worry": "thought",
}
"""Nouns that make a cue after a ``LIGHT_VERBS`` verb, -> cue class ("voiced support" is a
stance, "took a swipe at" speech). Written singular; the plural counts too. Thanks and
condolences ("expressed gratitude to") report no proposition and are left out."""

MEDIUM_NOUNS: Final[tuple[str, ...]] = (
    "ad",
    "advertisement",
    "banner",
    "billboard",
    "call",
    "cap",
    "commercial",
    "cover",
    "email",
    "flyer",
    "hat",
    "headline",
    "leaflet",
    "letter",
    "memo",
    "message",
    "note",
    "petition",
    "placard",
    "post",
    "poster",
    "sign",
    "statement",
    "sticker",
    "t-shirt",
    "text",
    "tweet",
    "video",
)
"""Nouns of what carries words, which speaks for itself before a participle: "a sign saying
...", "an email calling ...", "911 calls saying ...". (Not events: "ended the debate saying"
is the subject's.)"""

NOUN_CUES: Final[Mapping[str, str]] = {
    "accusation": "speech",
    "admission": "speech",
    "allegation": "speech",
    "announcement": "speech",
    "argument": "speech",
    "assertion": "speech",
    "assessment": "thought",
    "belief": "thought",
    "call": "speech",
    "charge": "speech",
    "claim": "speech",
    "comment": "speech",
    "complaint": "speech",
    "concern": "thought",
    "conclusion": "thought",
    "contention": "speech",
    "criticism": "speech",
    "decision": "intention",
    "declaration": "speech",
    "demand": "speech",
    "denial": "speech",
    "desire": "intention",
    "estimate": "thought",
    "expectation": "thought",
    "fear": "thought",
    "hope": "thought",
    "insistence": "speech",
    "intention": "intention",
    "judgment": "thought",
    "message": "speech",
    "notion": "thought",
    "opinion": "thought",
    "plan": "intention",
    "pledge": "speech",
    "position": "thought",
    "prediction": "thought",
    "promise": "speech",
    "proposal": "speech",
    "refusal": "intention",
    "remark": "speech",
    "response": "speech",
    "statement": "speech",
    "suggestion": "speech",
    "testimony": "speech",
    "theory": "thought",
    "threat": "speech",
    "view": "thought",
    "vow": "speech",
    "warning": "speech",
    "wish": "intention",
    "words": "speech",
}
"""Nouns that attribute after a possessive: "the senator's claim that ...", "in her view, ...".

noun -> cue class. They are cues only after a possessor ("his", "the senator's")
and before what they report ("that ...", "to ...", or, after "In", a comma).
"""

OBJECT_COMPLEMENT_VERBS: Final[tuple[str, ...]] = (
    "accuse",
    "acknowledge",
    "admire",
    "advocate",
    "agree",
    "allude to",
    "announce",
    "answer",
    "anticipate",
    "apologize",
    "applaud",
    "approve",
    "ask",
    "attack",
    "attribute",
    "back",
    "believe",
    "blame",
    "blast",
    "boast",
    "brag",
    "call",
    "call for",
    "call on",
    "call out",
    "campaign against",
    "cast",
    "challenge",
    "champion",
    "characterize",
    "cheer",
    "chide",
    "cite",
    "claim",
    "come out against",
    "come out for",
    "compare",
    "condemn",
    "consider",
    "credit",
    "criticize",
    "declare",
    "decry",
    "defend",
    "demand",
    "denounce",
    "deny",
    "deplore",
    "deride",
    "describe",
    "disavow",
    "disclose",
    "discuss",
    "dismiss",
    "double down",
    "doubt",
    "downplay",
    "dub",
    "embrace",
    "endorse",
    "envision",
    "estimate",
    "expect",
    "explain",
    "fault",
    "favor",
    "find",
    "fire back",
    "frame",
    "go after",
    "hail",
    "highlight",
    "hint",
    "hit out",
    "hope",
    "implore",
    "imply",
    "indicate",
    "insist",
    "invoke",
    "issue",
    "know",
    "label",
    "lambast",
    "lament",
    "lash out",
    "liken",
    "lobby for",
    "make clear",
    "mention",
    "mock",
    "note",
    "offer",
    "oppose",
    "order",
    "outline",
    "plan",
    "plead",
    "pledge",
    "point",
    "point out",
    "portray",
    "post",
    "praise",
    "prefer",
    "press",
    "project",
    "promise",
    "promote",
    "propose",
    "publish",
    "push back",
    "push for",
    "question",
    "quote",
    "rail",
    "rebut",
    "recall",
    "recognize",
    "recommend",
    "recount",
    "refer",
    "regret",
    "reiterate",
    "reject",
    "release",
    "remember",
    "remind",
    "repeat",
    "report",
    "request",
    "respond",
    "reveal",
    "ridicule",
    "scold",
    "see",
    "seek",
    "show",
    "side with",
    "signal",
    "single out",
    "slam",
    "speak out",
    "stress",
    "suggest",
    "support",
    "talk",
    "tell",
    "threaten",
    "tout",
    "turn against",
    "tweet",
    "urge",
    "view",
    "vow",
    "want",
    "weigh in",
    "welcome",
    "wonder",
)
"""Lemmas whose content may be a noun phrase: "criticized the plan", "supports the mayor".

Evaluation, naming, stance and intention verbs report an attitude to a thing,
not only to a proposition, so what follows them is their content whatever its
form. Any other cue needs a clause after it.
"""

PUBLICATION_VERBS: Final[tuple[str, ...]] = (
    "issue",
    "publish",
    "release",
)
"""Lemmas that report only what they put out as words: their noun-phrase object must be a
``COMMUNICATION_NOUNS`` noun ("issued a statement", not "issued subpoenas")."""

RAISING_VERBS: Final[tuple[str, ...]] = (
    "appear",
    "seem",
)
"""Verbs that attribute without a source: "The senator seems to think he is exempt".

The statement's content is the whole clause, subject included, and it has no
speaker; the cue class is thought (an impression, held by nobody named).
"""

AS_COMPLEMENT_VERBS: Final[tuple[str, ...]] = (
    "cast",
    "frame",
    "paint",
    "see",
    "view",
)
"""Lemmas that report a view of a thing only as "VERB X as Y" (or with a clause): "sees the
vote as a test" reports; "saw prices climb", "cast a ballot", "framed the photo" do not."""

COMMUNICATION_NOUNS: Final[tuple[str, ...]] = (
    "ad",
    "advertisement",
    "advisory",
    "alert",
    "analysis",
    "announcement",
    "apology",
    "appeal",
    "article",
    "assessment",
    "book",
    "call",
    "challenge",
    "column",
    "commercial",
    "communique",
    "complaint",
    "criticism",
    "decision",
    "declaration",
    "demand",
    "denial",
    "document",
    "editorial",
    "email",
    "essay",
    "estimate",
    "finding",
    "forecast",
    "guidance",
    "guideline",
    "invitation",
    "letter",
    "list",
    "manifesto",
    "memo",
    "message",
    "note",
    "op-ed",
    "opinion",
    "order",
    "paper",
    "petition",
    "plan",
    "platform",
    "pledge",
    "poll",
    "post",
    "proposal",
    "rebuttal",
    "reply",
    "report",
    "response",
    "review",
    "ruling",
    "slogan",
    "speech",
    "statement",
    "study",
    "summary",
    "survey",
    "threat",
    "transcript",
    "tweet",
    "ultimatum",
    "verdict",
    "video",
    "warning",
)
"""Nouns of what is said or written: "released a statement" reports, "released the album"
does not (the object of a ``PUBLICATION_VERBS`` lemma must be one of them)."""

EVIDENCE_NOUNS: Final[tuple[str, ...]] = (
    "analysis",
    "audit",
    "census",
    "estimate",
    "forecast",
    "investigation",
    "memo",
    "poll",
    "polls",
    "ranking",
    "report",
    "review",
    "study",
    "survey",
    "tally",
)
"""Documents that are a source after "in": "Doe leads by 8 points in the latest poll".

The noun is a cue only inside "in (the) ... NOUN ..." that opens or closes its
clause; the cue is "in", the source the phrase after it.
"""

BARE_COMPLEMENT_VERBS: Final[tuple[str, ...]] = (
    "acknowledge",
    "admit",
    "agree",
    "allege",
    "argue",
    "assert",
    "assume",
    "believe",
    "claim",
    "complain",
    "concede",
    "conclude",
    "confirm",
    "contend",
    "emphasise",
    "emphasize",
    "fear",
    "feel",
    "guess",
    "hope",
    "imagine",
    "insist",
    "joke",
    "predict",
    "quip",
    "reaffirm",
    "realise",
    "realize",
    "recall",
    "reckon",
    "reiterate",
    "reply",
    "retort",
    "say",
    "speculate",
    "suggest",
    "suppose",
    "suspect",
    "swear",
    "tell",
    "testify",
    "think",
    "understand",
    "warn",
    "worry",
    "write",
)
"""Lemmas whose clause may follow without "that": "X said the plan failed".

For any other cue a clause after the verb needs "that" ("X noted that ..."),
so "the company added 300 jobs" is no statement.
"""

# --- speakers -------------------------------------------------------------

PRONOUNS: Final[Mapping[str, tuple[str, str]]] = {
    "he": ("m", "sg"),
    "i": ("", "sg"),
    "it": ("n", "sg"),
    "she": ("f", "sg"),
    "they": ("", "pl"),
    "we": ("", "pl"),
    "you": ("", ""),
}
"""Personal pronouns that can be a speaker: pronoun -> (gender, number).

Gender is "m", "f", "n" (neuter: organisations, reports) or "" for unknown.
"""

POSSESSIVES: Final[Mapping[str, str]] = {
    "her": "f",
    "his": "m",
    "its": "n",
    "their": "",
}
"""Possessive pronouns that tell a nearby name's gender ("his meeting with")."""

HONORIFICS: Final[Mapping[str, str]] = {
    "dame": "f",
    "dr": "",
    "lady": "f",
    "lord": "m",
    "madam": "f",
    "miss": "f",
    "mr": "m",
    "mrs": "f",
    "ms": "f",
    "mx": "",
    "prof": "",
    "rev": "",
    "sir": "m",
}
"""Honorifics that stay part of a speaker mention ("Mr. Lind"), -> gender.

Written without the full stop; the patterns accept "Mr" and "Mr.". They are
dropped from the resolved name.
"""

ROLE_NOUNS: Final[tuple[str, ...]] = (
    "adm",
    "admiral",
    "ambassador",
    "analyst",
    "archbishop",
    "assemblyman",
    "assemblywoman",
    "attorney",
    "bishop",
    "candidate",
    "capt",
    "captain",
    "cardinal",
    "ceo",
    "chair",
    "chairman",
    "chairwoman",
    "chancellor",
    "chief",
    "coach",
    "col",
    "colonel",
    "commander",
    "commissioner",
    "congressman",
    "congresswoman",
    "councillor",
    "councilman",
    "councilor",
    "councilwoman",
    "counsel",
    "detective",
    "director",
    "economist",
    "emir",
    "envoy",
    "executive",
    "fm",
    "founder",
    "front-runner",
    "frontrunner",
    "gen",
    "general",
    "gov",
    "governor",
    "head",
    "hopeful",
    "judge",
    "justice",
    "king",
    "leader",
    "lieutenant",
    "lt",
    "manager",
    "mayor",
    "minister",
    "nominee",
    "officer",
    "pm",
    "pope",
    "premier",
    "president",
    "president-elect",
    "prince",
    "princess",
    "professor",
    "prosecutor",
    "queen",
    "rep",
    "representative",
    "secretary",
    "sen",
    "senator",
    "sergeant",
    "sgt",
    "sheriff",
    "speaker",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "superintendent",
    "treasurer",
)
"""Nouns that name an office or role and may stand before a name.

"Foreign Minister Wang Yi": the role words are the speaker's title, the name
after them is the mention. Alone ("the minister said") they make a role
mention, which links to the one named person holding that role.
"""

TIME_WORDS: Final[tuple[str, ...]] = (
    "afternoon",
    "april",
    "august",
    "december",
    "evening",
    "february",
    "friday",
    "january",
    "july",
    "june",
    "march",
    "monday",
    "month",
    "morning",
    "night",
    "november",
    "october",
    "saturday",
    "september",
    "sunday",
    "thursday",
    "today",
    "tonight",
    "tuesday",
    "wednesday",
    "week",
    "weekend",
    "year",
    "yesterday",
)
"""Words that end a time adjunct between a speaker and its cue: "Jane Doe on Monday said",
"Doe last week called", "Doe earlier this month argued"."""

TITLE_MODIFIERS: Final[tuple[str, ...]] = (
    "acting",
    "assistant",
    "associate",
    "deputy",
    "first",
    "foreign",
    "former",
    "interim",
    "presidential",
    "press",
    "prime",
    "senior",
    "state",
    "vice",
)
"""Words that build a title together with a role noun ("deputy prime minister")."""

ROLE_ABBREVIATIONS: Final[Mapping[str, str]] = {
    "ceo": "chief executive officer",
    "fm": "foreign minister",
    "gov": "governor",
    "pm": "prime minister",
    "rep": "representative",
    "sen": "senator",
}
"""Abbreviated roles and the words they stand for, used to link "Chinese FM"
to the person the text calls "Foreign Minister"."""

# --- speaker resolution (read by attribution/coref.py only) -----------------

GENDERED_NOUNS: Final[Mapping[str, str]] = {
    "actor": "m",
    "actress": "f",
    "assemblyman": "m",
    "assemblywoman": "f",
    "boy": "m",
    "brother": "m",
    "businessman": "m",
    "businesswoman": "f",
    "chairwoman": "f",
    "congressman": "m",
    "congresswoman": "f",
    "councilman": "m",
    "councilwoman": "f",
    "daughter": "f",
    "father": "m",
    "gentleman": "m",
    "girl": "f",
    "husband": "m",
    "king": "m",
    "lady": "f",
    "man": "m",
    "mother": "f",
    "prince": "m",
    "princess": "f",
    "queen": "f",
    "sister": "f",
    "son": "m",
    "spokesman": "m",
    "spokeswoman": "f",
    "widow": "f",
    "widower": "m",
    "wife": "f",
    "woman": "f",
}
"""Nouns that tell a person's gender: "the spokeswoman said ... she added" (noun -> "m" or "f").

"chairman" is left out: the title is held by women too.
"""

PERSON_NOUNS: Final[tuple[str, ...]] = (
    "activist",
    "adviser",
    "advisor",
    "aide",
    "author",
    "critic",
    "doctor",
    "expert",
    "lawmaker",
    "lawyer",
    "official",
    "owner",
    "person",
    "resident",
    "source",
    "spokesperson",
    "student",
    "supporter",
    "teacher",
    "victim",
    "voter",
    "witness",
    "worker",
)
"""Heads of a description that stand for a person (besides ``ROLE_NOUNS`` and
``GENDERED_NOUNS``): "he" or "she" may refer to "the lawyer", "it" may not."""

ORGANISATION_MARKERS: Final[Mapping[str, str]] = {
    "ag": "company",
    "agency": "agency",
    "airlines": "airline",
    "airways": "airline",
    "asa": "company",
    "association": "association",
    "assurance": "insurer",
    "authority": "authority",
    "bancorp": "bank",
    "bancshares": "bank",
    "bank": "bank",
    "bhd": "company",
    "board": "board",
    "bureau": "bureau",
    "church": "church",
    "co": "company",
    "college": "college",
    "commission": "commission",
    "committee": "committee",
    "company": "company",
    "corp": "company",
    "corporation": "company",
    "council": "council",
    "court": "court",
    "department": "department",
    "federation": "federation",
    "foundation": "foundation",
    "fund": "fund",
    "gmbh": "company",
    "group": "group",
    "holding": "company",
    "holdings": "company",
    "hospital": "hospital",
    "inc": "company",
    "incorporated": "company",
    "institute": "institute",
    "insurance": "insurer",
    "limited": "company",
    "llc": "company",
    "ltd": "company",
    "ministry": "ministry",
    "nv": "company",
    "office": "office",
    "organisation": "organisation",
    "organization": "organisation",
    "party": "party",
    "plc": "company",
    "pty": "company",
    "sa": "company",
    "school": "school",
    "spa": "company",
    "university": "university",
}
"""Words that make a name an organisation's, and of which kind: "Acme Corp" is a company,
"Ministry of Finance" a ministry, "Acme Bank" a bank (word in the name -> kind).

Written without the full stop ("Corp." and "Corp" match "corp"). A name in a Reuters
tag (``<Acme Corp>``) or followed by a ticker (``(ACME.N)``, ``(NYSE: ACME)``,
``<ACME>``) is a company whatever its words.
"""

ORGANISATION_NOUNS: Final[Mapping[str, tuple[str, ...]]] = {
    "agency": ("agency",),
    "airline": ("airline",),
    "association": ("association",),
    "authority": ("authority",),
    "bank": ("bank",),
    "board": ("board",),
    "bureau": ("bureau",),
    "carrier": ("airline",),
    "church": ("church",),
    "college": ("college", "university"),
    "commission": ("commission",),
    "committee": ("committee",),
    "company": ("airline", "bank", "company", "insurer"),
    "concern": ("company",),
    "conglomerate": ("company", "group"),
    "council": ("council",),
    "court": ("court",),
    "department": ("department",),
    "federation": ("federation",),
    "firm": ("company",),
    "foundation": ("foundation",),
    "fund": ("fund",),
    "group": ("company", "group"),
    "hospital": ("hospital",),
    "institute": ("institute",),
    "insurer": ("insurer",),
    "lender": ("bank",),
    "ministry": ("ministry",),
    "office": ("office",),
    "organisation": ("organisation",),
    "organization": ("organisation",),
    "party": ("party",),
    "school": ("college", "school"),
    "university": ("university",),
}
"""What "the company", "the ministry" or "the bank" may stand for: head noun -> the kinds of
organisation (``ORGANISATION_MARKERS``' values) a document's named organisation must have."""

INTERJECTIONS: Final[tuple[str, ...]] = (
    "ah",
    "alas",
    "aye",
    "dear",
    "good",
    "goodbye",
    "hello",
    "hey",
    "no",
    "nonsense",
    "oh",
    "ok",
    "okay",
    "please",
    "sorry",
    "thanks",
    "well",
    "why",
    "yes",
)
"""Words of answer and address ("Yes", "Oh", "Dear") that a capital at the start of a sentence
does not make part of a name: "Yes Tony" is no full name of Tony."""

POSSESSIVE_PRONOUNS: Final[Mapping[str, str]] = {
    "her": "she",
    "his": "he",
    "its": "it",
    "my": "i",
    "our": "we",
    "their": "they",
    "your": "you",
}
"""Possessive -> the personal pronoun whose gender and number it has ("their" is plural like "they")."""

RANK_MODIFIERS: Final[tuple[str, ...]] = (
    "assistant",
    "associate",
    "deputy",
    "ex",
    "former",
    "vice",
)
"""Title words that make another office: a "Deputy Prime Minister" or a "former president" is
not who "the prime minister" or "the president" means, unless the mention says so too."""

STOCK_EXCHANGES: Final[tuple[str, ...]] = (
    "amex",
    "asx",
    "bse",
    "euronext",
    "hkex",
    "jse",
    "lse",
    "nasdaq",
    "nse",
    "nyse",
    "otc",
    "six",
    "tse",
    "tsx",
    "xetra",
)
"""Stock exchanges whose tickers mark a company's name: "Acme Corp (NYSE: ACME)"."""

NON_NAMES: Final[tuple[str, ...]] = (
    "a",
    "according",
    "after",
    "also",
    "although",
    "an",
    "and",
    "as",
    "at",
    "because",
    "before",
    "besides",
    "both",
    "but",
    "by",
    "dec",
    "december",
    "during",
    "even",
    "feb",
    "february",
    "finally",
    "first",
    "for",
    "friday",
    "from",
    "here",
    "however",
    "if",
    "in",
    "indeed",
    "instead",
    "jan",
    "january",
    "last",
    "later",
    "maybe",
    "meanwhile",
    "monday",
    "moreover",
    "nevertheless",
    "nonetheless",
    "nov",
    "november",
    "now",
    "oct",
    "october",
    "on",
    "or",
    "overall",
    "perhaps",
    "saturday",
    "sept",
    "september",
    "since",
    "so",
    "still",
    "sunday",
    "that",
    "the",
    "then",
    "there",
    "therefore",
    "these",
    "this",
    "those",
    "though",
    "throughout",
    "thursday",
    "thus",
    "today",
    "tomorrow",
    "tuesday",
    "wednesday",
    "when",
    "while",
    "with",
    "yesterday",
    "yet",
)
"""Capitalised words that are never part of a person's name ("But Smith said").

Months that are also given names (April, June, May) are left out on purpose.
"""

DESCRIPTION_STOPWORDS: Final[tuple[str, ...]] = (
    "although",
    "am",
    "and",
    "are",
    "as",
    "be",
    "because",
    "been",
    "being",
    "but",
    "can",
    "could",
    "did",
    "do",
    "does",
    "had",
    "has",
    "have",
    "here",
    "him",
    "how",
    "if",
    "is",
    "it",
    "may",
    "me",
    "might",
    "must",
    "nor",
    "not",
    "or",
    "shall",
    "should",
    "so",
    "than",
    "that",
    "them",
    "there",
    "though",
    "us",
    "was",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "would",
)
"""Lowercase words that cannot stand inside a speaker description.

"officials at the ministry said" is a speaker; "the plan that was agreed said"
is not, because "that" and "was" stop the phrase.
"""

DETERMINERS: Final[tuple[str, ...]] = (
    "a",
    "all",
    "an",
    "another",
    "both",
    "each",
    "her",
    "his",
    "its",
    "many",
    "most",
    "no",
    "one",
    "other",
    "our",
    "several",
    "some",
    "the",
    "their",
    "these",
    "this",
    "those",
)
"""Words that open a description ("the ministry", "several officials")."""

INDEFINITE_SPEAKERS: Final[tuple[str, ...]] = (
    "all",
    "another",
    "both",
    "each",
    "few",
    "many",
    "most",
    "neither",
    "none",
    "one",
    "others",
    "several",
    "some",
)
"""Quantifiers that stand alone as a speaker: "many said Monday that ..."."""

CATENATIVES: Final[tuple[str, ...]] = (
    "able",
    "began",
    "begin",
    "begins",
    "careful",
    "continue",
    "continued",
    "continues",
    "eager",
    "go",
    "goes",
    "happy",
    "keen",
    "likely",
    "moved",
    "poised",
    "quick",
    "ready",
    "reluctant",
    "rushed",
    "sought",
    "started",
    "tried",
    "unable",
    "unlikely",
    "unwilling",
    "used",
    "vowed",
    "wanted",
    "went",
    "willing",
)
"""Verb forms (and adjectives) after which "to" and a cue keep the subject's speaker: "he
continued to complain", "they were quick to point out".

Written as forms, not lemmas, since the word before "to" is matched as it stands.
"""

PLURAL_NOUNS: Final[tuple[str, ...]] = (
    "children",
    "clergy",
    "data",
    "media",
    "men",
    "people",
    "percent",
    "police",
    "public",
    "staff",
    "women",
)
"""Nouns that take a plural verb without ending in -s: "police say", "9 percent say".

With no auxiliary, a bare cue form ("say") needs a plural subject; after a
singular phrase it is a noun ("a Republican tax plan").
"""

NON_ANSWER_VERBS: Final[tuple[str, ...]] = (
    "answer",
    "comment",
    "reply",
    "respond",
    "return",
)
"""Cues that, negated, report silence, not a statement: "did not respond to requests"."""

AUXILIARIES: Final[tuple[str, ...]] = (
    "again",
    "all",
    "already",
    "also",
    "always",
    "am",
    "are",
    "be",
    "been",
    "both",
    "can",
    "could",
    "did",
    "do",
    "does",
    "each",
    "earlier",
    "even",
    "finally",
    "first",
    "further",
    "had",
    "has",
    "have",
    "is",
    "just",
    "later",
    "long",
    "may",
    "might",
    "must",
    "never",
    "not",
    "now",
    "often",
    "once",
    "previously",
    "shall",
    "should",
    "since",
    "still",
    "then",
    "was",
    "were",
    "will",
    "would",
)
"""Words that may stand between a speaker and the cue ("he has also said", "both reported").

Any lowercase word ending in "-ly" may stand there too ("she repeatedly said").
"""

REPORT_NOUNS: Final[tuple[str, ...]] = (
    "account",
    "address",
    "appearance",
    "article",
    "blog",
    "book",
    "briefing",
    "broadcast",
    "call",
    "channel",
    "column",
    "conference",
    "debate",
    "dinner",
    "documentary",
    "editorial",
    "email",
    "essay",
    "event",
    "feed",
    "filing",
    "forum",
    "hearing",
    "interview",
    "lawsuit",
    "letter",
    "luncheon",
    "meeting",
    "memo",
    "memoir",
    "message",
    "note",
    "op-ed",
    "page",
    "piece",
    "podcast",
    "poll",
    "post",
    "program",
    "rally",
    "release",
    "remarks",
    "report",
    "session",
    "show",
    "site",
    "speech",
    "statement",
    "stop",
    "study",
    "summit",
    "survey",
    "testimony",
    "trip",
    "tweet",
    "video",
    "visit",
    "website",
)
"""Nouns of the setting a cue may name before its content: "said in a statement"."""

ABBREVIATIONS: Final[tuple[str, ...]] = (
    "adm",
    "apr",
    "aug",
    "capt",
    "co",
    "col",
    "corp",
    "dec",
    "dr",
    "e.g",
    "feb",
    "gen",
    "gov",
    "i.e",
    "inc",
    "jan",
    "jr",
    "lt",
    "ltd",
    "mr",
    "mrs",
    "ms",
    "mt",
    "no",
    "nov",
    "oct",
    "prof",
    "rep",
    "rev",
    "sen",
    "sep",
    "sept",
    "sgt",
    "sr",
    "st",
    "vs",
)
"""Words whose full stop does not end a sentence ("Mr. Wang", "Gen. Smith").

Single capital letters ("J. Smith") and dotted acronyms ("U.S.") are handled by
pattern, not listed.
"""

# --- quotation marks --------------------------------------------------------

OPEN_QUOTES: Final[tuple[str, ...]] = (
    "\N{DOUBLE LOW-9 QUOTATION MARK}",
    "\N{LEFT DOUBLE QUOTATION MARK}",
    "\N{LEFT SINGLE QUOTATION MARK}",
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}",
    "\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}",
)
"""Marks that only ever open a quotation."""

CLOSE_QUOTES: Final[tuple[str, ...]] = (
    "\N{RIGHT DOUBLE QUOTATION MARK}",
    "\N{RIGHT SINGLE QUOTATION MARK}",
    "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
    "\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}",
)
"""Marks that close a quotation (the right single mark is also the apostrophe)."""

AMBIGUOUS_QUOTES: Final[tuple[str, ...]] = (
    '"',
    "'",
)
"""Straight marks, which open or close by their neighbours."""


# --- grammar words the rules and the phrase grammar read ----------------------

QUOTATION_ONLY_VERBS: Final[tuple[str, ...]] = (
    "beg",
    "begin",
    "cry",
    "drawl",
    "ejaculate",
    "falter",
    "gasp",
    "groan",
    "growl",
    "hiss",
    "interpose",
    "nod",
    "pant",
    "persist",
    "pursue",
    "put it",
    "rejoin",
    "resume",
    "return",
    "smile",
    "sob",
    "stammer",
)
"""Lemmas that cue a statement only next to a quotation: fiction's speech tags ("“…,” returned
Jane Doe", "she cried"). As reporting verbs of a clause they report nothing ("the talks began on
Monday", "he returned to the city"), so the reported rules pass them by."""
ANONYMITY_WORDS: Final[tuple[str, ...]] = (
    "anonymity",
    "identified",
    "named",
    "quoted",
)
"""Words of the anonymous-source formula: "who asked not to be named", "who spoke on condition of
anonymity", "who requested anonymity". Such a clause reports no statement (the clause it sits
in does: "The spokesman, who asked not to be named, said ...")."""

ASIDE_OPENERS: Final[tuple[str, ...]] = (
    "after",
    "along",
    "amid",
    "among",
    "as",
    "at",
    "before",
    "despite",
    "during",
    "for",
    "in",
    "including",
    "like",
    "on",
    "speaking",
    "unlike",
    "with",
    "without",
)
"""Words that open a phrase set off by commas between a speaker and its cue, which is then no
appositive ("Economists, like their rivals, say", "Six papers, including the Planet, said")."""

ASIDES: Final[tuple[str, ...]] = (
    "also",
    "however",
    "instead",
    "meanwhile",
    "nonetheless",
    "then",
    "though",
    "too",
)
"""Adverbs set off by commas between a speaker and its cue ("Jane Doe, meanwhile, said")."""

BE_FORMS: Final[tuple[str, ...]] = (
    "am",
    "are",
    "be",
    "been",
    "being",
    "is",
    "was",
    "were",
)
"""The forms of "be": before a cue in -ed they make it passive ("was criticized")."""

CLAUSE_BOUNDARY_WORDS: Final[tuple[str, ...]] = (
    "after",
    "also",
    "although",
    "and",
    "as",
    "because",
    "before",
    "but",
    "however",
    "if",
    "meanwhile",
    "now",
    "once",
    "or",
    "since",
    "so",
    "that",
    "then",
    "though",
    "until",
    "what",
    "when",
    "where",
    "whereas",
    "which",
    "while",
    "whom",
    "with",
    "yet",
)
"""Words that end a speaker phrase read backwards from its cue: what stands before a speaker, not in it."""

DESCRIPTION_LINKS: Final[tuple[str, ...]] = (
    "at",
    "by",
    "for",
    "from",
    "in",
    "of",
    "on",
    "to",
    "with",
)
"""Prepositions that join a description to its head ("a spokeswoman for the ministry")."""

NAME_CONNECTORS: Final[tuple[str, ...]] = (
    "al",
    "and",
    "bin",
    "da",
    "de",
    "del",
    "der",
    "di",
    "dos",
    "du",
    "el",
    "for",
    "ibn",
    "la",
    "le",
    "of",
    "van",
    "von",
)
"""Lowercase words that may stand inside a name or title ("Secretary of State", "Ludwig van Beethoven")."""

NOT_PARENTHETICAL: Final[tuple[str, ...]] = (
    "citing",
    "including",
    "noting",
    "which",
    "who",
    "whose",
)
"""Words that open no second half of a parenthetical content ("..., she said, citing ...")."""

NOUN_ARTICLES: Final[tuple[str, ...]] = (
    "a",
    "an",
    "his",
    "its",
    "my",
    "our",
    "the",
    "their",
    "these",
    "this",
    "those",
    "your",
)
"""Determiners before which a cue form is a noun ("the report", "his call")."""

NOUN_PREPOSITIONS: Final[tuple[str, ...]] = (
    "about",
    "at",
    "for",
    "from",
    "in",
    "of",
    "on",
    "with",
)
"""Prepositions before which a cue form is a noun ("for comment")."""

NUMBER_WORDS: Final[tuple[str, ...]] = (
    "eight",
    "five",
    "four",
    "half",
    "majority",
    "minority",
    "nine",
    "one",
    "seven",
    "six",
    "ten",
    "third",
    "three",
    "two",
)
"""Quantities heading a speaker phrase ("two of the senators say"); the head is then the noun after them."""

OBJECT_PREPOSITIONS: Final[tuple[str, ...]] = (
    "about",
    "against",
    "at",
    "for",
    "of",
    "on",
    "over",
    "to",
    "with",
)
"""Prepositions after an object-taking cue whose object is the content ("pointed to the polls")."""

PARTICIPLE_LEADS: Final[tuple[str, ...]] = (
    "after",
    "before",
    "by",
    "for",
    "in",
    "while",
    "without",
)
"""Words before a cue in -ing that make it a participle clause of the sentence's speaker."""

SUBORDINATORS: Final[tuple[str, ...]] = (
    "after",
    "although",
    "as",
    "because",
    "before",
    "if",
    "once",
    "since",
    "though",
    "until",
    "when",
    "whereas",
    "while",
)
"""Conjunctions opening a subordinate clause: a content inside one ends at its first comma."""

TOPIC_PREPOSITIONS: Final[tuple[str, ...]] = (
    "about",
    "against",
    "of",
    "on",
)
"""Prepositions after a speech cue whose object is the topic ("warned against cuts")."""

# --- the Lexicon value ------------------------------------------------------

CUE_CLASSES: Final[tuple[str, ...]] = ("evidence", "intention", "speech", "thought")
"""The cue classes, as the strings ``quoteattr.CueClass`` takes."""


def _pairs(table: Mapping[str, str]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(table.items()))


def _words(name: str, entries: Iterable[object]) -> frozenset[str]:
    if isinstance(entries, str):
        msg = f"Lexicon table {name!r} must be a collection of words, not the string {entries!r}"
        raise LexiconError(msg)
    out = set()
    for entry in entries:
        out.add(_word(name, entry))
    return frozenset(out)


def _frozen(entries: Iterable[str]) -> frozenset[str]:
    """A word table as a frozenset; its entries are checked by ``Lexicon``."""
    if isinstance(entries, str):
        msg = f"A lexicon table must be a collection of words, not the string {entries!r}"
        raise LexiconError(msg)
    try:
        return frozenset(entries)
    except TypeError:
        msg = f"A lexicon table must be a collection of words, not {entries!r}; pass a set or tuple of str"
        raise LexiconError(msg) from None


def _rows(name: str, table: object, width: int) -> tuple[tuple[object, ...], ...]:
    """A table of rows (pairs, triples) checked for its shape, as a tuple."""
    if isinstance(table, (str, Mapping)) or not isinstance(table, Iterable):
        msg = f"Lexicon table {name!r} must be a tuple of {width}-tuples, not {type(table).__name__}"
        raise LexiconError(msg)
    rows = tuple(table)
    for row in rows:
        if not isinstance(row, tuple) or len(row) != width:
            msg = f"Lexicon table {name!r} holds the row {row!r}; each row is a tuple of {width}"
            raise LexiconError(msg)
    return rows


def _word(name: str, entry: object) -> str:
    if not isinstance(entry, str):
        msg = f"Lexicon table {name!r} holds {entry!r}, which is not a str; pass words as str"
        raise LexiconError(msg)
    if not entry.strip() or entry != entry.strip() or "\n" in entry:
        msg = (
            f"Lexicon table {name!r} holds the entry {entry!r}; entries must be non-empty "
            "words with no surrounding or line-breaking white space"
        )
        raise LexiconError(msg)
    return entry.lower()


def _noun_forms(noun: str) -> tuple[str, ...]:
    """A cue noun and its plural ("claim", "claims"; "testimony", "testimonies")."""
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return (noun, noun[:-1] + "ies")
    if noun.endswith(("s", "sh", "ch", "x")):
        return (noun, noun + "es")
    return (noun, noun + "s")


def _cue_table(
    speech: Mapping[str, Iterable[str]],
    thought: Mapping[str, Iterable[str]],
    intention: Mapping[str, Iterable[str]],
    evidence: Mapping[str, Iterable[str]],
    *nouns: Mapping[str, Iterable[str]],
) -> tuple[tuple[str, str, str], ...]:
    seen: dict[str, tuple[str, str]] = {}
    tables = [("speech", speech), ("thought", thought), ("intention", intention), ("evidence", evidence)]
    tables += list(zip(("speech", "thought", "intention", "evidence", "thought", "intention"), nouns, strict=False))
    for cue_class, table in tables:
        for lemma, forms in table.items():
            for form in _words(f"{cue_class} verbs[{lemma!r}]", forms):
                seen.setdefault(form, (_word(f"{cue_class} verbs", lemma), cue_class))
    return tuple(sorted((form, lemma, cls) for form, (lemma, cls) in seen.items()))


@attrs.frozen(cache_hash=True, repr=False)
class Lexicon:
    """The word tables one ``Extractor`` works with; immutable and hashable.

    Build it with ``Lexicon.default()`` and extend it with ``with_cues`` or
    ``attrs.evolve``. Being hashable, a lexicon is the key under which its
    compiled patterns are cached.

    Example:
        >>> lex = Lexicon.default().with_cues("harrumphed", lemma="harrumph")
        >>> lex.cue("harrumphed")
        ('harrumph', 'speech')
        >>> lex == Lexicon.default()
        False

    Raises:
        LexiconError: a table holds an empty, padded or non-string entry.

    .. versionadded:: 0.1
    """

    cues: tuple[tuple[str, str, str], ...]
    bare_complement: frozenset[str] = attrs.field(converter=_frozen)
    object_complement: frozenset[str] = attrs.field(converter=_frozen)
    noun_cues: frozenset[str] = attrs.field(converter=_frozen)
    evidence_nouns: frozenset[str] = attrs.field(converter=_frozen)
    raising: frozenset[str] = attrs.field(converter=_frozen)
    pronouns: tuple[tuple[str, tuple[str, str]], ...]
    possessives: tuple[tuple[str, str], ...]
    honorifics: tuple[tuple[str, str], ...]
    role_nouns: frozenset[str] = attrs.field(converter=_frozen)
    title_modifiers: frozenset[str] = attrs.field(converter=_frozen)
    role_abbreviations: tuple[tuple[str, str], ...]
    non_names: frozenset[str] = attrs.field(converter=_frozen)
    description_stopwords: frozenset[str] = attrs.field(converter=_frozen)
    determiners: frozenset[str] = attrs.field(converter=_frozen)
    indefinite_speakers: frozenset[str] = attrs.field(converter=_frozen)
    auxiliaries: frozenset[str] = attrs.field(converter=_frozen)
    plural_nouns: frozenset[str] = attrs.field(converter=_frozen)
    non_answers: frozenset[str] = attrs.field(converter=_frozen)
    catenatives: frozenset[str] = attrs.field(converter=_frozen)
    report_nouns: frozenset[str] = attrs.field(converter=_frozen)
    abbreviations: frozenset[str] = attrs.field(converter=_frozen)
    asides: frozenset[str] = attrs.field(default=ASIDES, converter=_frozen)
    be_forms: frozenset[str] = attrs.field(default=BE_FORMS, converter=_frozen)
    clause_boundary_words: frozenset[str] = attrs.field(default=CLAUSE_BOUNDARY_WORDS, converter=_frozen)
    description_links: frozenset[str] = attrs.field(default=DESCRIPTION_LINKS, converter=_frozen)
    name_connectors: frozenset[str] = attrs.field(default=NAME_CONNECTORS, converter=_frozen)
    not_parenthetical: frozenset[str] = attrs.field(default=NOT_PARENTHETICAL, converter=_frozen)
    noun_articles: frozenset[str] = attrs.field(default=NOUN_ARTICLES, converter=_frozen)
    noun_prepositions: frozenset[str] = attrs.field(default=NOUN_PREPOSITIONS, converter=_frozen)
    number_words: frozenset[str] = attrs.field(default=NUMBER_WORDS, converter=_frozen)
    object_prepositions: frozenset[str] = attrs.field(default=OBJECT_PREPOSITIONS, converter=_frozen)
    quotation_only: frozenset[str] = attrs.field(default=QUOTATION_ONLY_VERBS, converter=_frozen)
    participle_leads: frozenset[str] = attrs.field(default=PARTICIPLE_LEADS, converter=_frozen)
    subordinators: frozenset[str] = attrs.field(default=SUBORDINATORS, converter=_frozen)
    topic_prepositions: frozenset[str] = attrs.field(default=TOPIC_PREPOSITIONS, converter=_frozen)
    # speaker resolution's tables (attribution/coref.py)
    gendered_nouns: tuple[tuple[str, str], ...] = _pairs(GENDERED_NOUNS)
    person_nouns: frozenset[str] = attrs.field(default=PERSON_NOUNS, converter=_frozen)
    interjections: frozenset[str] = attrs.field(default=INTERJECTIONS, converter=_frozen)
    organisation_markers: tuple[tuple[str, str], ...] = _pairs(ORGANISATION_MARKERS)
    organisation_nouns: tuple[tuple[str, tuple[str, ...]], ...] = tuple(sorted(ORGANISATION_NOUNS.items()))
    possessive_pronouns: tuple[tuple[str, str], ...] = _pairs(POSSESSIVE_PRONOUNS)
    rank_modifiers: frozenset[str] = attrs.field(default=RANK_MODIFIERS, converter=_frozen)
    stock_exchanges: frozenset[str] = attrs.field(default=STOCK_EXCHANGES, converter=_frozen)
    aside_openers: frozenset[str] = attrs.field(default=ASIDE_OPENERS, converter=_frozen)
    time_words: frozenset[str] = attrs.field(default=TIME_WORDS, converter=_frozen)
    as_complement: frozenset[str] = attrs.field(default=AS_COMPLEMENT_VERBS, converter=_frozen)
    communication_nouns: frozenset[str] = attrs.field(default=COMMUNICATION_NOUNS, converter=_frozen)
    evidence_sources: frozenset[str] = attrs.field(default=EVIDENCE_SOURCES, converter=_frozen)
    publication_verbs: frozenset[str] = attrs.field(default=PUBLICATION_VERBS, converter=_frozen)
    light_verbs: tuple[tuple[str, tuple[str, ...]], ...] = attrs.field(default=tuple(sorted(LIGHT_VERBS.items())))
    light_nouns: tuple[tuple[str, str], ...] = attrs.field(default=tuple(sorted(LIGHT_NOUNS.items())))
    attitude_adjectives: frozenset[str] = attrs.field(default=frozenset(ATTITUDE_ADJECTIVES), converter=_frozen)
    anonymity_words: frozenset[str] = attrs.field(default=ANONYMITY_WORDS, converter=_frozen)
    label_words: frozenset[str] = attrs.field(default=LABEL_WORDS, converter=_frozen)
    medium_nouns: frozenset[str] = attrs.field(default=MEDIUM_NOUNS, converter=_frozen)

    def __attrs_post_init__(self) -> None:
        for field in attrs.fields(Lexicon):
            value = getattr(self, field.name)
            if isinstance(value, frozenset):
                _words(field.name, value)
        _rows("cues", self.cues, 3)
        if not self.cues:
            msg = "Lexicon table 'cues' is empty; a lexicon needs at least one cue form, e.g. ('said', 'say', 'speech')"
            raise LexiconError(msg)
        for name in (
            "pronouns",
            "possessives",
            "honorifics",
            "role_abbreviations",
            "gendered_nouns",
            "organisation_markers",
            "organisation_nouns",
            "possessive_pronouns",
        ):
            _rows(name, getattr(self, name), 2)
        for form, lemma, cue_class in self.cues:
            _word("cues", form)
            _word("cues", lemma)
            if cue_class not in CUE_CLASSES:
                msg = f"Cue {form!r} has the class {cue_class!r}; use one of {', '.join(CUE_CLASSES)}"
                raise LexiconError(msg)
        for name, table in (
            ("possessives", self.possessives),
            ("honorifics", self.honorifics),
            ("role_abbreviations", self.role_abbreviations),
            ("gendered_nouns", self.gendered_nouns),
            ("organisation_markers", self.organisation_markers),
            ("possessive_pronouns", self.possessive_pronouns),
        ):
            for key, value in table:
                _word(name, key)
                if not isinstance(value, str):
                    msg = f"Lexicon table {name!r} maps {key!r} to {value!r}; values must be str"
                    raise LexiconError(msg)
        for pronoun, _agreement in self.pronouns:
            _word("pronouns", pronoun)
        for noun, kinds in self.organisation_nouns:
            _word("organisation_nouns", noun)
            _words(f"organisation_nouns[{noun!r}]", kinds)

    @classmethod
    @functools.cache
    def default(cls) -> Lexicon:
        """The lexicon built from this module's tables (cached: one instance)."""
        return cls(
            cues=_cue_table(
                SPEECH_VERBS,
                THOUGHT_VERBS,
                INTENTION_VERBS,
                EVIDENCE_VERBS,
                {noun: _noun_forms(noun) for noun, cls in NOUN_CUES.items() if cls == "speech"},
                {noun: _noun_forms(noun) for noun, cls in NOUN_CUES.items() if cls == "thought"},
                {noun: _noun_forms(noun) for noun, cls in NOUN_CUES.items() if cls == "intention"},
                {noun: (noun,) for noun in EVIDENCE_NOUNS},
                {adj: (adj,) for adj, cls in ATTITUDE_ADJECTIVES.items() if cls == "thought"},
                {adj: (adj,) for adj, cls in ATTITUDE_ADJECTIVES.items() if cls == "intention"},
            ),
            evidence_nouns=EVIDENCE_NOUNS,
            noun_cues=frozenset(form for noun in NOUN_CUES for form in _noun_forms(noun)),
            raising=RAISING_VERBS,
            bare_complement=BARE_COMPLEMENT_VERBS,
            object_complement=OBJECT_COMPLEMENT_VERBS,
            pronouns=tuple(sorted(PRONOUNS.items())),
            possessives=_pairs(POSSESSIVES),
            honorifics=_pairs(HONORIFICS),
            role_nouns=ROLE_NOUNS,
            title_modifiers=TITLE_MODIFIERS,
            role_abbreviations=_pairs(ROLE_ABBREVIATIONS),
            non_names=NON_NAMES,
            description_stopwords=DESCRIPTION_STOPWORDS,
            determiners=DETERMINERS,
            indefinite_speakers=INDEFINITE_SPEAKERS,
            auxiliaries=AUXILIARIES,
            plural_nouns=PLURAL_NOUNS,
            non_answers=NON_ANSWER_VERBS,
            catenatives=CATENATIVES,
            report_nouns=REPORT_NOUNS,
            abbreviations=ABBREVIATIONS,
        )

    def __repr__(self) -> str:
        """A summary: the tables hold thousands of entries ("Lexicon(1,156 cue forms, ...)")."""
        default = self == Lexicon.default()
        return f"Lexicon({len(self.cues):,} cue forms{', the default' if default else ''})"

    def with_cues(self, *forms: str, lemma: str | None = None, cue_class: str = "speech") -> Lexicon:
        """A copy with more cue forms; each form is its own lemma unless *lemma* is given.

        Raises:
            LexiconError: a form is empty or not a string, or *cue_class* unknown.
        """
        if not forms:
            msg = "with_cues() needs at least one cue form, e.g. with_cues('harrumphed')"
            raise LexiconError(msg)
        added = {_word("cues", form): (_word("cues", lemma or form), cue_class) for form in forms}
        table = {form: (lem, cls) for form, lem, cls in self.cues}
        table.update(added)
        return attrs.evolve(self, cues=tuple(sorted((f, lem, c) for f, (lem, c) in table.items())))

    @functools.cached_property
    def cue_index(self) -> dict[str, tuple[str, str]]:
        """Cue form (lower case) -> (lemma, cue class), for the forms that may cue a clause: the
        grammar reads a word here as a verb of saying. Forms of ``quotation_only`` lemmas are in
        ``tag_index`` instead: to the grammar they are ordinary words ("the talks began")."""
        return {form: (lemma, cls) for form, lemma, cls in self.cues if lemma not in self.quotation_only}

    @functools.cached_property
    def tag_index(self) -> dict[str, tuple[str, str]]:
        """Cue form (lower case) -> (lemma, cue class) of the verbs that cue only a quotation
        ("“…,” she returned"): ``quotation_only``."""
        return {form: (lemma, cls) for form, lemma, cls in self.cues if lemma in self.quotation_only}

    def cue(self, form: str) -> tuple[str, str] | None:
        """The (lemma, cue class) of a cue form, matched without regard to case."""
        lower = form.lower()
        return self.cue_index.get(lower) or self.tag_index.get(lower)

    @functools.cached_property
    def pronoun_index(self) -> dict[str, tuple[str, str]]:
        """Pronoun -> (gender, number)."""
        return dict(self.pronouns)

    @functools.cached_property
    def possessive_index(self) -> dict[str, str]:
        """Possessive pronoun -> gender."""
        return dict(self.possessives)

    @functools.cached_property
    def honorific_index(self) -> dict[str, str]:
        """Honorific (no full stop) -> gender."""
        return dict(self.honorifics)

    @functools.cached_property
    def role_abbreviation_index(self) -> dict[str, str]:
        """Role abbreviation -> the words it stands for."""
        return dict(self.role_abbreviations)

    @functools.cached_property
    def gendered_noun_index(self) -> dict[str, str]:
        """Noun -> the gender it tells ("spokeswoman" -> "f")."""
        return dict(self.gendered_nouns)

    @functools.cached_property
    def organisation_marker_index(self) -> dict[str, str]:
        """Word of an organisation's name (lower case, no full stop) -> its kind ("corp" -> "company")."""
        return dict(self.organisation_markers)

    @functools.cached_property
    def organisation_noun_index(self) -> dict[str, frozenset[str]]:
        """Head noun of a description -> the kinds of organisation it may stand for."""
        return {noun: frozenset(kinds) for noun, kinds in self.organisation_nouns}

    @functools.cached_property
    def possessive_pronoun_index(self) -> dict[str, str]:
        """Possessive -> its personal pronoun ("their" -> "they")."""
        return dict(self.possessive_pronouns)

    @functools.cached_property
    def light_form_index(self) -> dict[str, str]:
        """A light verb's form -> its lemma ("took" -> "take")."""
        return {form: lemma for lemma, forms in self.light_verbs for form in forms}

    @functools.cached_property
    def light_noun_index(self) -> dict[str, tuple[str, str]]:
        """A light cue noun's form, singular or plural -> (noun, cue class)."""
        return {form: (noun, cls) for noun, cls in self.light_nouns for form in _noun_forms(noun)}

    def light_cue(self, phrase: str) -> tuple[str, str] | None:
        """The (lemma, cue class) of a light-verb construction ("expressed deep concern" ->
        ("express concern", "thought")), matched in lower case; None if *phrase* is none."""
        words = phrase.split()
        verb = self.light_form_index.get(words[0]) if words else None
        noun = self.light_noun_index.get(words[-1]) if len(words) > 1 else None
        if verb is None or noun is None:
            return None
        return f"{verb} {noun[0]}", noun[1]

    @functools.cached_property
    def titles(self) -> frozenset[str]:
        """Every word that may be part of a title: role nouns and their modifiers."""
        return self.role_nouns | self.title_modifiers
