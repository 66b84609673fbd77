"""Real-word errors: a valid word in the wrong place, recognised by the words around it.

The check types share one view of a draft (words in sentences, with who is adjacent):
`confusion` (confusion families given as data, each with context conditions),
`person-slot` ("para"/"seorang" need a person noun: "para analisis" -> "para analis"),
`action-slot` ("melakukan pemeriksa" -> pemeriksaan), `agent-after-active` (an active verb
before the doer of a passive: "meresmikan oleh" -> diresmikan), `collocation` (a word one edit away
from a member of a fixed collocation whose other half is right beside it: "rumah sakti" ->
"rumah sakit") and `topic-slip` (a rare word once, one letter from a word the draft keeps
using: "jalak" in a draft on road repairs, "jalan" eight times).
"""

from __future__ import annotations

import bisect
import importlib
import itertools
import math
import operator
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from functools import cached_property, lru_cache
from typing import Any, NamedTuple

from newslint import indexes
from newslint.checks.lazy import LazyPattern
from newslint.checks.patterns import match_case, per_document, word_pairs, word_starts
from newslint.checks.punctuation import inside, quoted_spans
from newslint.document import MASK, TITLE_BLOCKS, BlockKind, Document, Word
from newslint.lexicon.morphology import nasal
from newslint.rules import Hit

# --- the shared view of a draft -----------------------------------------------------------------


class Sentence(NamedTuple):
    """A sentence's words with, word by word, what a context condition asks about them.

    Kept as parallel tuples, not an object per word: every rule reads every sentence, and
    few words are ever looked at closely. Word k of the sentence is word `offset + k` of the
    draft's `all_words` and `all_gaps` (shared, not copied).
    """

    lowers: tuple[str, ...]
    #: the next word follows after blanks only (no punctuation, no masked text in between)
    joined: tuple[bool, ...]
    all_words: tuple[Word, ...]
    #: what stands between word k and word k + 1 of the draft
    all_gaps: tuple[str, ...]
    offset: int
    #: a headline sentence (title case says nothing there)
    headline: bool
    #: in the headline or a subheading, where bare verbs are the style ("Pemandu dengar teriakan")
    heading: bool = False
    #: the draft, for what only a few contexts ask of it (quoted speech)
    doc: Document | None = None

    def word(self, k: int) -> Word:
        return self.all_words[self.offset + k]

    def initial(self, k: int) -> bool:
        """First word of the sentence or of a clause after a break, or a headline word."""
        return self.headline or k == 0 or _after_break(self.all_gaps[self.offset + k - 1])

    def name_like(self, k: int) -> bool:
        """Capitalized where capitals are not required: probably a name or an abbreviation."""
        text = self.all_words[self.offset + k].text
        if len(text) > 1 and text.isupper():
            return True
        return text[:1].isupper() and not self.initial(k)


_END_OFFSET = operator.attrgetter("end")
_HEADING_KINDS = frozenset({BlockKind.SUBTITLE, BlockKind.HEADING, BlockKind.SECTION})
_OPENERS = " \t\"“‘'(\ufffc"
# a word after a colon or the dateline's dash starts a clause: its capital says nothing
_BREAKS = ".!?\n:…-–—"


def _after_break(gap: str) -> bool:
    """Whether the blank and punctuation `gap` between two words of a sentence ends a clause."""
    rest = gap.rstrip(_OPENERS)
    # all openers: the character before them ends the previous word, never a break
    return bool(rest) and rest[-1] in _BREAKS


@per_document
def sentences(doc: Document) -> tuple[Sentence, ...]:
    """The draft's sentences, word by word; shared by every real-word rule in a run."""
    headline = {(b.start, b.end) for b in doc.blocks if b.kind is BlockKind.HEADLINE}
    headings = [(b.start, b.end) for b in doc.blocks if b.kind in _HEADING_KINDS]
    words = doc.words
    starts = word_starts(doc)
    # word by word for the whole draft, then sliced: one pass, no loop per sentence
    lowers = doc.lowers
    gaps = doc.gaps
    joined = tuple([g == " " or (g != "" and g.strip(" \t") == "" and MASK not in g) for g in gaps])
    out: list[Sentence] = []
    i = 0
    for span in doc.sentences:
        in_headline = any(s <= span.start and span.end <= e for s, e in headline)
        in_heading = in_headline or any(s <= span.start and span.end <= e for s, e in headings)
        # the words from the first starting in the span to the last ending in it
        i = max(i, bisect.bisect_left(starts, span.start))
        j = max(i, bisect.bisect_right(words, span.end, key=_END_OFFSET))
        last = (*joined[i : j - 1], False) if j > i else ()
        out.append(Sentence(lowers[i:j], last, words, gaps, i, in_headline, in_heading, doc))
        i = j
    return tuple(out)


@per_document
def pair_counts(doc: Document) -> Counter[tuple[str, str]]:
    """How often the draft writes each two words side by side in a sentence (lower case);
    shared by the rules of a run: read, never changed."""
    return Counter(
        itertools.chain.from_iterable(
            itertools.compress(itertools.pairwise(s.lowers), s.joined) for s in sentences(doc)
        )
    )


@per_document
def word_counts(doc: Document) -> Counter[str]:
    """How often each word (lower case) stands in the draft's sentences; read, never changed."""
    return Counter(itertools.chain.from_iterable(s.lowers for s in sentences(doc)))


# --- what is known about a word -------------------------------------------------------------------


@lru_cache(maxsize=1)
def _lexicon() -> Any | None:
    # the lexicon package is optional here: every rule still works from its word lists alone
    try:
        module = importlib.import_module("newslint.lexicon")
        return module.lexicon()
    except (ImportError, AttributeError):
        return None


def known(word: str) -> bool | None:
    """Whether the lexicon knows `word` (None when there is no lexicon)."""
    lex = _lexicon()
    if lex is None:
        return None
    return bool(lex.known(word))


def _listed(word: str) -> bool:
    """The dictionary lists `word` as it is (no affix or clitic read off it: not "gurunpun")."""
    lex = _lexicon()
    return lex is not None and bool(lex.is_listed(word))


def zipf(word: str) -> float | None:
    lex = _lexicon()
    if lex is None:
        return None
    return float(lex.zipf(word))


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


NUMBER_WORDS = _words(
    """satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas seratus seribu sejuta
    semiliar puluh belas ratus ribu juta miliar triliun puluhan belasan ratusan ribuan jutaan miliaran
    setengah"""
)
_DIGITS = LazyPattern(r"\d")

# Words that look like meN-/ber-/di-/ter- verbs but are not: stems, function words, superlatives.
_NOT_VERBS = _words(
    """media meja merah mereka meski meskipun melainkan menteri menit metode merek memori mental medis
    medali mesin meter meriam merdeka mekanisme menu mentah menara mega mewah mesjid mesti mesra medan
    metro menantu melati meteran menengah mendiang berita beras berat beranda berani beruang berlian
    bersih bersama berkas bersin dia diri dinas dini dingin direktur direksi diskon diskusi digital
    dinamika diplomat diplomasi diet dimensi dividen distrik disiplin diesel dialog dialek diagnosis
    diam dilema terus teras terang teror tertentu terlalu termasuk terutama terhadap tersebut terbaru
    terbesar terbaik terakhir terkini tergantung terpadu terkait berdasarkan terjauh terdekat
    terbanyak tertinggi terendah terlama"""
)
_VERB_SHAPE = LazyPattern(r"^(?:me(?:m|n|ng|ny)?|ber|be|di|ter|memper|diper)[a-z]{3,}$")


def is_verb(word: str) -> bool:
    """An affixed verb form (meN-, ber-, di-, ter-) by the lexicon's analysis or by its shape."""
    if word in _NOT_VERBS:
        return False
    lex = _lexicon()
    if lex is not None:
        return _lexicon_verb(lex, word)
    return bool(_VERB_SHAPE.match(word))


@lru_cache(maxsize=20000)
def _lexicon_verb(lex: Any, word: str) -> bool:
    # a listed stem that merely looks affixed (mereka, menteri, dinas, berat) is not a verb form,
    # nor is it with a possessive (ternaknya, beritanya)
    if lex.is_stem(word) or any(
        word.endswith(c) and lex.is_stem(word[: -len(c)]) for c in ("nya", "ku", "mu")
    ):
        return False
    for analysis in lex.analyse(word):
        prefix = str(getattr(analysis, "prefix", "") or "")
        if prefix.startswith(("me", "ber", "be", "di", "ter", "memper", "diper")):
            return True
    return False


_AGENT = LazyPattern(r"^pe(?:m|n|ng|ny|l|r)?[a-z]{3,}$")
#: words after which "seorang" is a person named by what follows ("menurut seorang peneliti",
#: "menangkap seorang pengedar"), not "one of them" opening its own clause ("seorang tewas")
_PERSON_BEFORE = frozenset(
    {"menurut", "bersama", "dengan", "oleh", "dari", "kepada", "untuk", "bagi", "sebagai", "adalah"}
    | {"yakni", "yaitu", "kata", "ujar", "tutur", "ungkap", "jelas", "imbuh"}
    | {"menangkap", "menemukan", "mengamankan", "menahan", "membawa", "menolong", "menyelamatkan"}
    | {"mewawancarai", "memeriksa", "melibatkan", "menghadirkan", "mengundang", "menunjuk"}
)


def is_agent(word: str, min_zipf: float = 2.5) -> bool:
    """A pe(N)- agent noun the lexicon knows and uses (pengamat, pemangku), not a rare parse."""
    if not _AGENT.match(word) or known(word) is not True:
        return False
    z = zipf(word)
    if z is not None and z < min_zipf:
        return False
    return _agent_noun(word)


@lru_cache(maxsize=4096)
def _agent_noun(word: str) -> bool:
    """pe(N)- + stem without -an (pengamat, pelayan), not pe(N)-...-an (penelitian)."""
    lex = _lexicon()
    if lex is None:
        return not word.endswith("an")
    return any(a.prefix in ("peN", "pe") and not a.suffix for a in lex.analyse(word))


def is_number(word: str) -> bool:
    """A figure or a number word (`word` lower-cased)."""
    return bool(_DIGITS.search(word)) or word in NUMBER_WORDS


# --- context conditions ---------------------------------------------------------------------------


def damerau1(a: str, b: str) -> bool:
    """True when `a` and `b` differ by exactly one insertion, deletion, substitution or swap."""
    if a == b:
        return False
    la, lb = len(a), len(b)
    # past the first difference the rest is compared in C: the collocation rules ask this of
    # some 500 word pairs a draft
    if la == lb:
        i = 0
        while a[i] == b[i]:
            i += 1
        if a[i + 1 :] == b[i + 1 :]:
            return True
        return i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
    if la == lb + 1:
        a, b, la = b, a, lb
    elif lb != la + 1:
        return False
    i = 0
    while i < la and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :]


class Term(NamedTuple):
    """A context item: a word, a phrase ("lalu lintas"), a class ("@verb") or a mix ("rp @number")."""

    words: tuple[str, ...]


def _terms(items: Iterable[str]) -> tuple[Term, ...]:
    return tuple(Term(tuple(item.lower().split())) for item in items) if items else ()


_YEAR = LazyPattern(r"^(?:19|20)\d\d$")
#: what follows the last word of a quotation: a comma (or ! ?) and the closing quote
_QUOTE_END = LazyPattern(r"[,!?][\"”][ \t]+")
#: a time of day, 05.30 or 19:00, is split into its hour and its minutes
_HOUR = LazyPattern(r"^(?:[01]?\d|2[0-4])$")
_MINUTE = LazyPattern(r"^[0-5]\d$")
_FIGURE = LazyPattern(r"^(?:rp)?\d")
_RUPIAH = LazyPattern(r"^rp\d")

#: how many clean word pairs a collocation rule keeps between drafts before starting again
MAX_JUDGED_PAIRS = 200_000
#: the most words a per-run table of facts about words holds before it starts over
MAX_WORD_FACTS = 200_000
#: no entry yet (None is an entry)
_UNSEEN: Any = object()


class Classes:
    """Word classes for context conditions: built-in (@number, @verb, ...) and named lists."""

    BUILTIN = frozenset(
        {"number", "digits", "money", "year", "time"}
        | {"verb", "passive", "agent", "name", "quote", "saying", "any", "end"}
    )

    def __init__(self, named: Mapping[str, Collection[str]]):
        self.named = {k.lower(): frozenset(w.lower() for w in v) for k, v in named.items()}

    def matches(self, item: str, sentence: Sentence, i: int) -> bool:
        """Whether word i of `sentence` is `item` (a word or a @class)."""
        low = sentence.lowers[i]
        if not item.startswith("@"):
            return low == item
        cls = item[1:]
        if cls == "any":
            return True
        if cls == "end":
            return False
        if cls == "number":
            return is_number(low)
        if cls == "digits":
            return bool(_FIGURE.match(low))
        if cls == "money":
            # "Rp38" is one word, "Rp 38" two: the currency opens an amount either way
            return low == "rp" or bool(_RUPIAH.match(low))
        if cls == "year":
            return bool(_YEAR.match(low))
        if cls in ("quote", "saying"):
            # the word closes a quotation: "... sekaligus," ajar Ketua; a saying has four words
            # or more, not a nickname ("Kota Pahlawan," kota Surabaya)
            closes = _QUOTE_END.fullmatch(sentence.all_gaps[sentence.offset + i]) is not None
            return closes and (cls == "quote" or _quoted_words(sentence, i) >= 4)
        if cls == "time":
            # the words split a time at its mark: "05" "30" with "." between
            size = len(sentence.lowers)
            return (
                i + 1 < size
                and _HOUR.match(low) is not None
                and _MINUTE.match(sentence.lowers[i + 1]) is not None
                and sentence.all_gaps[sentence.offset + i] in (".", ":")
            )
        if cls == "verb":
            return not sentence.name_like(i) and is_verb(low)
        if cls == "passive":
            return not sentence.name_like(i) and low.startswith(("di", "ter")) and is_verb(low)
        if cls == "agent":
            return not sentence.name_like(i) and is_agent(low)
        if cls == "name":
            return sentence.name_like(i)
        return low in self.named[cls]


def _quoted_words(sentence: Sentence, i: int, most: int = 4) -> int:
    """How many words the quotation closing at word i holds, counted up to `most`."""
    gaps, k, n = sentence.all_gaps, sentence.offset + i, 1
    while k > 0 and n < most and gaps[k - 1][-1:] not in ('"', "“"):
        k -= 1
        n += 1
    return n


def _match_forward(sentence: Sentence, start: int, term: Term, classes: Classes) -> bool:
    """Does `term` match the words from `start` on (each step across blanks only)?"""
    size = len(sentence.lowers)
    for k, w in enumerate(term.words):
        i = start + k
        if i >= size or (k and not sentence.joined[i - 1]) or not classes.matches(w, sentence, i):
            return False
    return True


def _match_backward(sentence: Sentence, end: int, term: Term, classes: Classes) -> bool:
    """Does `term` match the words ending at index `end` (inclusive)?"""
    start = end - len(term.words) + 1
    return start >= 0 and _match_forward(sentence, start, term, classes)


class Items(NamedTuple):
    """Context items sorted for a quick test: single plain words as a set, single classes
    (@number) as names, the rest (phrases, "rp @number") as terms."""

    words: frozenset[str]
    classes: tuple[str, ...]
    terms: tuple[Term, ...]
    #: `@end` is among them
    end: bool

    @classmethod
    def of(cls, terms: Sequence[Term]) -> Items:
        if not terms:
            return _NO_ITEMS  # most contexts give one or two of their four parts
        singles = [t.words[0] for t in terms if len(t.words) == 1]
        return cls(
            frozenset(w for w in singles if not w.startswith("@")),
            tuple(w for w in singles if w.startswith("@")),
            tuple(t for t in terms if len(t.words) > 1),
            "@end" in singles,
        )

    def at(self, sentence: Sentence, k: int, classes: Classes) -> bool:
        """A one-word item is word k."""
        return sentence.lowers[k] in self.words or any(classes.matches(c, sentence, k) for c in self.classes)

    def after(self, sentence: Sentence, i: int, classes: Classes) -> bool:
        """The word right after word i (across blanks only) starts one of the items.

        `@end` matches when no word follows across blanks (punctuation or the sentence end).
        """
        if not sentence.joined[i]:
            return self.end
        # `@end` is among the classes, and matches no word
        return self.at(sentence, i + 1, classes) or any(
            _match_forward(sentence, i + 1, t, classes) for t in self.terms
        )

    def before(self, sentence: Sentence, i: int, classes: Classes) -> bool:
        """The word(s) right before word i (across blanks only) end with one of the items;
        `@quote` looks across the closing quote instead."""
        if i == 0:
            return False
        if not sentence.joined[i - 1]:
            closers = ("@quote", "@saying")
            return any(c in self.classes and classes.matches(c, sentence, i - 1) for c in closers)
        return self.at(sentence, i - 1, classes) or any(
            _match_backward(sentence, i - 1, t, classes) for t in self.terms
        )

    def within(self, sentence: Sentence, first: int, last: int, classes: Classes) -> bool:
        """One of the items starts at a word from `first` up to, not including, `last`."""
        if not self.words.isdisjoint(sentence.lowers[first:last]):
            return True
        if any(classes.matches(c, sentence, j) for c in self.classes for j in range(first, last)):
            return True
        return any(_match_forward(sentence, j, t, classes) for j in range(first, last) for t in self.terms)


_NO_ITEMS = Items(frozenset(), (), (), False)


@per_document
def _quotations(doc: Document) -> list[tuple[int, int]]:
    return quoted_spans(doc)


def _in_quotation(sentence: Sentence, i: int) -> bool:
    """Word i stands inside quoted speech (the spans punctuation's quote pairing finds)."""
    doc = sentence.doc
    return doc is not None and inside(_quotations(doc), sentence.word(i).start)


# --- confusion families ---------------------------------------------------------------------------


class Context(NamedTuple):
    """All given parts must hold: the word before, the word after, a word later/earlier in the
    sentence, a word anywhere in the draft (a wealth report's "LHKPN" paragraphs away)."""

    before: tuple[Term, ...]
    after: tuple[Term, ...]
    later: tuple[Term, ...]
    earlier: tuple[Term, ...]
    start: bool | None
    heading: bool | None
    anywhere: frozenset[str]
    #: inside quoted speech, where bare verbs are the speaker's style ("dengar kritik mereka")
    quoted: bool | None
    #: before, after, later and earlier sorted for a quick test
    items: tuple[Items, Items, Items, Items]

    def holds(self, sentence: Sentence, i: int, classes: Classes) -> bool:
        if self.start is not None and sentence.initial(i) != self.start:
            return False
        if self.heading is not None and sentence.heading != self.heading:
            return False
        if self.quoted is not None and _in_quotation(sentence, i) != self.quoted:
            return False
        before, after, later, earlier = self.items
        if self.before and not before.before(sentence, i, classes):
            return False
        if self.after and not after.after(sentence, i, classes):
            return False
        if self.later and not later.within(sentence, i + 1, len(sentence.lowers), classes):
            return False
        if self.earlier and not earlier.within(sentence, 0, i, classes):
            return False
        # the whole draft's words: asked only once the cheaper parts hold
        if not self.anywhere:
            return True
        doc = sentence.doc
        lowers = doc.lowers if doc is not None else [w.text.lower() for w in sentence.all_words]
        return not self.anywhere.isdisjoint(lowers)


CONTEXT_KEYS = {"before", "after", "later", "earlier", "start", "heading", "anywhere", "quoted"}
_FAMILY_KEYS = {"word", "intended", "contexts", "unless", "fix", "names", *CONTEXT_KEYS}


def context_of(data: Mapping[str, Any]) -> Context:
    """The matchers of one context table (checked by _validated_words)."""
    before, after = _terms(data.get("before", ())), _terms(data.get("after", ()))
    later, earlier = _terms(data.get("later", ())), _terms(data.get("earlier", ()))
    return Context(
        before=before,
        after=after,
        later=later,
        earlier=earlier,
        start=data.get("start"),
        heading=data.get("heading"),
        anywhere=frozenset(w.lower() for w in data.get("anywhere", ())),
        quoted=data.get("quoted"),
        items=(Items.of(before), Items.of(after), Items.of(later), Items.of(earlier)),
    )


class Family(NamedTuple):
    """Words that are slips for `intended` in any of `contexts`, unless any of `unless` holds.

    A "*" in `intended` stands for the written word: one family holds a slip that many words
    make alike, such as "-an" dropped ("*an": pendapat for pendapatan).
    """

    words: frozenset[str]
    intended: str
    contexts: tuple[Context, ...]
    unless: tuple[Context, ...]
    fix: bool
    #: also when capitalized mid-sentence ("Pula Jawa" -> "Pulau Jawa")
    names: bool


def _family(data: Mapping[str, Any]) -> Family:
    """The matchers of one family table (checked by _validated_words when the rule loaded)."""
    words = data["word"]
    words = [words] if isinstance(words, str) else words
    contexts = [context_of(c) for c in data.get("contexts", [])]
    inline = {k: v for k, v in data.items() if k in CONTEXT_KEYS}
    if inline:
        contexts.append(context_of(inline))
    return Family(
        frozenset(w.lower() for w in words),
        data["intended"],
        tuple(contexts),
        tuple(context_of(c) for c in data.get("unless", [])),
        bool(data.get("fix", False)),
        bool(data.get("names", False)),
    )


def _validated_words(data: Any, index: int, classes: Classes) -> frozenset[str]:
    """A family's words, once its table is checked (mistakes name the family), without building
    its matchers."""
    where = f"families[{index}]"
    contexts = checked_contexts(data, where, "family", _FAMILY_KEYS, classes)
    words = data.get("word")
    words = [words] if isinstance(words, str) else words
    if not words or not all(isinstance(w, str) for w in words) or not isinstance(data.get("intended"), str):
        raise ValueError(f"{where}: needs `word` (a word or a list) and `intended`")
    if not contexts:
        raise ValueError(f"{where}: a family needs at least one context")
    return frozenset(w.lower() for w in words)


def checked_contexts(
    data: Any, where: str, what: str, keys: Collection[str], classes: Classes
) -> list[dict[str, Any]]:
    """The context tables of a family or slot table (its `contexts` and the context keys written
    inline), once the table, its keys and its contexts and `unless` are checked."""
    if not isinstance(data, dict):
        raise ValueError(f"{where}: each {what} is a table")
    unknown = set(data) - set(keys)
    if unknown:
        raise ValueError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    contexts = list(data.get("contexts", []))
    inline = {k: v for k, v in data.items() if k in CONTEXT_KEYS}
    if inline:
        contexts.append(inline)
    for ctx in (*contexts, *data.get("unless", [])):
        validate_context(ctx, where, classes)
    return contexts


def validate_context(ctx: Any, where: str, classes: Classes) -> None:
    """Raise ValueError (naming `where`) unless `ctx` is a well-formed context table."""
    if not isinstance(ctx, dict):
        raise ValueError(f"{where}: contexts are tables")
    bad = set(ctx) - CONTEXT_KEYS
    if bad:
        raise ValueError(f"{where}: unknown context key(s) {', '.join(sorted(bad))}")
    for flag in ("start", "heading", "quoted"):
        if ctx.get(flag) is not None and not isinstance(ctx.get(flag), bool):
            raise ValueError(f"{where}: `{flag}` must be true or false")
    for item in ctx.get("anywhere", ()):
        if not isinstance(item, str) or len(item.split()) != 1 or item.startswith("@"):
            raise ValueError(f"{where}: `anywhere` items are single words")
    for key in ("before", "after", "later", "earlier"):
        for item in ctx.get(key, ()):
            if not isinstance(item, str) or not item.strip():
                raise ValueError(f"{where}: context items must be non-empty strings")
            # (rule files hold thousands of items, and few name a class)
            if "@" not in item:
                continue
            for w in item.split():
                if w.startswith("@") and w[1:].lower() not in classes.BUILTIN | classes.named.keys():
                    raise ValueError(f"{where}: unknown word class {w.lower()}")


class Confusion:
    """Confusion families: a valid word flagged only where its context calls for another word."""

    def __init__(
        self,
        families: list[dict[str, Any]],
        classes: Mapping[str, Collection[str]] | None = None,
    ):
        if not families:
            raise ValueError("`families` must not be empty")
        self.classes = Classes(classes or {})
        # every family is checked now, so that a mistake names the rule file when it loads; its
        # matchers are built when a draft first holds one of its words (most drafts hold few)
        self._raw: dict[str, list[int]] = {}
        for i, data in enumerate(families):
            for w in _validated_words(data, i, self.classes):
                self._raw.setdefault(w, []).append(i)
        self._data = families
        self._families: dict[int, Family] = {}
        self._by_word: dict[str, list[Family]] = {}

    def prepare(self) -> None:
        """Build every family (before worker processes fork, so that they share them)."""
        for word in self._raw:
            self.families_of(word)

    def families_of(self, word: str) -> list[Family]:
        """The families a (lower-case) word belongs to, built on first use."""
        found = self._by_word.get(word)
        if found is None:
            found = []
            for i in self._raw[word]:
                fam = self._families.get(i)
                if fam is None:
                    fam = self._families[i] = _family(self._data[i])
                found.append(fam)
            self._by_word[word] = found
        return found

    def check(self, doc: Document) -> Iterator[Hit]:
        by_word = self._raw
        for sentence in sentences(doc):
            lowers = sentence.lowers
            if by_word.keys().isdisjoint(lowers):
                continue
            for i in [i for i, w in enumerate(lowers) if w in by_word]:
                fams = self.families_of(lowers[i])
                name_like = sentence.name_like(i)
                for fam in fams:
                    if name_like and not fam.names:
                        continue
                    if not any(c.holds(sentence, i, self.classes) for c in fam.contexts):
                        continue
                    if any(c.holds(sentence, i, self.classes) for c in fam.unless):
                        continue
                    yield slip_hit(sentence.word(i), fam.intended.replace("*", lowers[i]), fam.fix)
                    break


def _same_stem(a: str, b: str) -> bool:
    """Whether the lexicon reads both words (a the written one, b the intended) as forms of
    one stem. A written stem of the dictionary rarer than the intended word is read as itself
    alone: nilai is no nila + -i, so "nila tukar" may be a slip of nilai; one as common keeps
    its readings (beragam, seragam: ragam; resesi, reses)."""
    lex = _lexicon()
    if lex is None:
        return False

    def stems(w: str) -> set[str]:
        return {x.stem for x in lex.analyse(w)}

    if lex.is_stem(a) and lex.zipf(a) < lex.zipf(b):
        written, meant = {a}, ({b} if lex.is_stem(b) else stems(b))
    else:
        written, meant = stems(a), stems(b)
    if lex.is_stem(a) and lex.is_stem(b) and a not in meant and b not in written:
        # two words of the dictionary that share only a third stem, each through an affix
        # reading (keras as ke- + ras, beras as ber- + ras), are two words
        return False
    return not written.isdisjoint(meant)


def slip_hit(word: Word, intended: str, fix: bool) -> Hit:
    """A finding that `word` is a slip for `intended`, in the word's own case."""
    found = word.text
    replacement = match_case(found, intended)
    return Hit(
        word.start,
        word.end,
        {"match": found, "replacement": replacement},
        (replacement,),
        replacement if fix else None,
    )


# --- person slot: "para"/"seorang" + a person noun --------------------------------------------------

#: the trigger name of the places a verb tagging a quote gives its speaker, for `rewrites`
SPEECH = "@ujar"
#: words after a noun that point at a thing already named ("penelitian yang dimuat ...")
_POINTING = frozenset({"yang", "tersebut", "itu", "ini"})


class PersonSlot:
    """After a marker that needs a person noun, a non-person word derived from one is a slip."""

    def __init__(
        self,
        triggers: Collection[str],
        persons: Collection[str],
        rewrites: list[list[str]],
        not_persons: Collection[str] = (),
        edits: bool = True,
        min_zipf: float = 2.5,
        alone: Collection[str] = (),
        edit_triggers: Collection[str] = (),
        messages: Mapping[str, Mapping[str, str]] | None = None,
        trigger_min_zipf: Mapping[str, float] | None = None,
        speech: Collection[str] = (),
        speech_direct: Collection[str] = (),
    ):
        if not triggers or not persons:
            raise ValueError("`triggers` and `persons` must not be empty")
        if not all(
            isinstance(r, list)
            and len(r) in (2, 3)
            and all(isinstance(x, str) for x in r[:2])
            and r[0].count("*") == r[1].count("*") <= 1
            and (len(r) == 2 or (isinstance(r[2], list) and all(isinstance(x, str) for x in r[2])))
            for r in rewrites
        ):
            raise ValueError(
                "`rewrites` must be a list of [ending, replacement] pairs, or of patterns with one"
                ' "*" each (["per*an", "pe*"]), each optionally with the triggers it follows'
                ' (["me*", "pe*", ["para"]])'
            )
        self.triggers = frozenset(t.lower() for t in triggers)
        self.persons = frozenset(p.lower() for p in persons)
        # (pattern, replacement, the triggers it follows: all when empty)
        self.rewrites = tuple(
            (r[0].lower(), r[1], frozenset(t.lower() for t in r[2]) if len(r) == 3 else frozenset())
            for r in rewrites
        )
        self.not_persons = frozenset(w.lower() for w in not_persons)
        # triggers that also stand alone before a verb ("seorang tewas", "seorang belajar di
        # Yogyakarta": one of them): a verb after one is its predicate, not a slip
        self.alone = frozenset(w.lower() for w in alone)
        # the triggers after which one-letter neighbours of person nouns are tried (all: empty)
        self.edit_triggers = frozenset(w.lower() for w in edit_triggers)
        # a trigger's own message, where the rule's ("takes a person noun") would not be true
        self.messages = {k.lower(): dict(v) for k, v in (messages or {}).items()}
        # how common a person noun must be after a trigger that also counts things ("jumlah
        # menurun" is no slip of a rare "penurun")
        self.trigger_min_zipf = {k.lower(): float(v) for k, v in (trigger_min_zipf or {}).items()}
        # verbs that tag a quote ('," kata pelatih'): the word after one, and the word after the
        # comma that closes the name following one ('," jelas Budi, pelatih tim'), name the
        # speaker. Rewrites reach these places as the trigger SPEECH.
        self.speech = frozenset(w.lower() for w in speech)
        # of these, the verbs whose next word is always the speaker ("kata pelatih"); after
        # the others a study or an inquiry may speak ("ungkap penelitian yang dimuat ...")
        self.speech_direct = frozenset(w.lower() for w in speech_direct)
        self.edits = edits
        self.min_zipf = min_zipf

    def is_person(self, word: str) -> bool:
        if word in self.persons:
            return True
        # agent nouns in -wan/-wati and pe(N)- (pengamat, pemilih) name people
        if word.endswith(("wan", "wati")) and len(word) > 5:
            return known(word) is not False
        return is_agent(word, self.min_zipf)

    def candidates(self, word: str, trigger: str = "") -> list[str]:
        out = []
        least = self.trigger_min_zipf.get(trigger)
        for pattern, replacement, after in self.rewrites:
            # a rewrite with no triggers of its own follows the `triggers`, not a quote's tag
            if (after and trigger not in after) or (not after and trigger == SPEECH):
                continue
            # an ending (analisis -> analis), or a confix around the stem (pertanian -> petani)
            head, _, tail = pattern.rpartition("*")
            if not word.startswith(head) or not word.endswith(tail) or len(word) - len(head) - len(tail) < 3:
                continue
            stem = word[len(head) : len(word) - len(tail)]
            if replacement.startswith(("peN*", "meN*")):
                # the nasal prefix as it joins this stem: tontonan -> penonton
                person = nasal(replacement[:2], stem) + replacement[4:]
            elif "*" in replacement:
                person = replacement.replace("*", stem)
            else:
                person = stem + replacement
            if least is not None and (zipf(person) or 0.0) < least:
                continue
            if person != word and self.is_person(person) and person not in out:
                out.append(person)
        # one-letter neighbours only for longer words: short ones have too many (juru, guru)
        edits = self.edits and (not self.edit_triggers or trigger in self.edit_triggers)
        if not out and edits and len(word) >= 5 and known(word) is True:
            out = sorted(p for p in self.persons if damerau1(word, p) and not _loan_twins(word, p))
        return out

    def _speaker_places(self, sentence: Sentence) -> Iterator[tuple[int, int]]:
        """(speech verb, the word that names its speaker) for each verb that tags a quote."""
        lowers = sentence.lowers
        for k, verb in enumerate(lowers[:-1]):
            if verb not in self.speech or sentence.offset + k == 0 or not sentence.joined[k]:
                continue
            if not _QUOTE_END.fullmatch(sentence.all_gaps[sentence.offset + k - 1]):
                continue  # no quotation closes right before it: '," kata', '?” ujar'
            if not sentence.name_like(k + 1):
                if verb in self.speech_direct:
                    yield k, k + 1
                continue
            # a name, then its holder's role after a comma
            m = k + 1
            while m + 1 < len(lowers) and sentence.joined[m] and sentence.name_like(m + 1):
                m += 1
            after_comma = m + 1 < len(lowers) and sentence.all_gaps[sentence.offset + m] == ", "
            if after_comma and not sentence.name_like(m + 1):
                yield k, m + 1

    def _places(self, sentence: Sentence) -> Iterator[tuple[int, int, str]]:
        """(marker, slot, trigger): each word that a marker asks to name a person."""
        lowers = sentence.lowers
        if not self.triggers.isdisjoint(lowers):
            for i in range(1, len(lowers)):
                if lowers[i - 1] in self.triggers and sentence.joined[i - 1]:
                    yield i - 1, i, lowers[i - 1]
        if self.speech and not self.speech.isdisjoint(lowers):
            for k, i in self._speaker_places(sentence):
                yield k, i, SPEECH

    def check(self, doc: Document) -> Iterator[Hit]:
        for sentence in sentences(doc):
            lowers = sentence.lowers
            for at, i, trigger in self._places(sentence):
                if sentence.name_like(i):
                    continue
                word = lowers[i]
                if "-" in word or word in self.not_persons or self.is_person(word):
                    continue
                if trigger == SPEECH and i + 1 < len(lowers) and lowers[i + 1] in _POINTING:
                    continue  # "kata penelitian tersebut": the study itself, pointed at
                if i + 1 < len(lowers) and sentence.joined[i] and _listed(word + lowers[i + 1]):
                    continue  # a person noun in two words, as KBBI writes it: "pembudi daya"
                if (
                    trigger in self.alone
                    and not (i >= 2 and sentence.joined[i - 2] and lowers[i - 2] in _PERSON_BEFORE)
                    and (is_verb(word) or _VERB_SHAPE.match(word))
                ):
                    continue  # by shape too: belajar is a dictionary stem of its own
                found = self.candidates(word, trigger)
                if found:
                    token = sentence.word(i)
                    replacements = tuple(match_case(token.text, c) for c in found)
                    marker = sentence.word(at).text
                    args = {"match": token.text, "replacement": replacements[0], "marker": marker}
                    template = self.messages.get(trigger)
                    message = {lang: t.format(**args) for lang, t in template.items()} if template else None
                    yield Hit(token.start, token.end, args, replacements, None, message)


# --- action slot: "melakukan" + an action noun -------------------------------------------------------


#: How many `done-between` words may stand between an agent noun and the verb that says its
#: action took place ("Penampil mereka selalu ditutup").
MAX_DONE_BETWEEN = 2
#: How many words a `done-places` phrase has after its preposition ("di kolam itu").
MAX_PLACE_WORDS = 3
#: How many words may name what an agent noun's action is done to ("Pemasang pipa air dimulai",
#: "Pemeriksa suhu dan tekanan darah dilakukan").
MAX_OBJECT_WORDS = 5
#: An agent noun this common (zipf) names a body or a role (pemerintah, pemain), whatever follows.
COMMON_AGENT_ZIPF = 5.0


class ActionSlot:
    """Where an action is named, an agent noun in pe(N)- whose -an noun is in use is a slip for
    it: "melakukan pemeriksa jentik" is pemeriksaan. An action is named after a verb that takes
    one (`triggers`: melakukan, menjalani) and after a noun whose next word says which action
    (`heads`: proses), unless an active verb follows the agent noun, whose subject it then is
    ("proses penyidik menyita ..."). It is also named right before a verb that says an action
    took place or was published (`done`: dilakukan, berlangsung, dipublikasikan) or that cost
    time or money, is due to finish or is no easy matter (`done-phrases`: memakan waktu, menelan
    anggaran, ditargetkan rampung, bukan perkara) by an agent noun that opens its clause, alone
    or after a quantifier that does (`done-openers`: "Semua pembayar dilakukan ...") or a
    conjunction that opens a clause (`conjunctions`: "setelah penampil berakhir"): after a
    noun or a preposition it is a doer ("partai penentu berlangsung", "Pemeriksaan terhadap
    seluruh pelapor dilakukan"). Between the two may stand a few of `done-between` ("yang",
    an owner, an adverb: "Penampil mereka selalu ditutup ..."), after a phrase of place or
    extent opened by one of `done-places` ("Pemeriksa di gudang itu dilakukan ..."), itself
    after what the action is done to or not ("Pemasang pipa sepanjang 2 km dimulai"). What a verb of
    `give` gives to someone (`recipients`: "memberikan penyuluh kepada warga") is an act, and so
    is an agent noun opening its clause before one of `action-preps` ("Pengawas terhadap pasar
    ...") when its -an form is the commoner word."""

    def __init__(
        self,
        triggers: Collection[str],
        heads: Collection[str] = (),
        done: Collection[str] = (),
        done_openers: Collection[str] = (),
        conjunctions: Collection[str] = (),
        done_between: Collection[str] = (),
        done_places: Collection[str] = (),
        done_phrases: Collection[str] = (),
        give: Collection[str] = (),
        recipients: Collection[str] = (),
        action_preps: Collection[str] = (),
        object_heads: Collection[str] = (),
        doer_words: Collection[str] = (),
        phrases: Collection[str] = (),
        min_zipf: float = 3.5,
        unseen_agents: bool = False,
        slot_min_zipf: float | None = None,
    ):
        if not triggers:
            raise ValueError("`triggers` must not be empty")
        # an agent noun no one is seen to write (pemulih: neither the dictionary nor the
        # frequency list has it) beside a common -an noun is that noun without its -an, at the
        # start of a clause or an action's name
        self.unseen_agents = unseen_agents
        self.triggers = frozenset(t.lower() for t in triggers)
        self.heads = frozenset(w.lower() for w in heads)
        self.done = frozenset(w.lower() for w in done)
        self.done_openers = frozenset(w.lower() for w in done_openers)
        self.conjunctions = frozenset(w.lower() for w in conjunctions)
        self.done_between = frozenset(w.lower() for w in done_between)
        self.done_places = frozenset(w.lower() for w in done_places)
        # two-word predicates whose subject is an event, not a person: "memakan waktu",
        # "menelan anggaran" ("Pemasang pipa itu memakan waktu" is pemasangan)
        phrase_ends: dict[str, set[str]] = {}
        for phrase in done_phrases:
            verb, _, noun = phrase.lower().partition(" ")
            if not noun or " " in noun:
                raise ValueError(f"`done-phrases` holds two words each, not {phrase!r}")
            phrase_ends.setdefault(verb, set()).add(noun)
        self.done_phrases = {verb: frozenset(nouns) for verb, nouns in phrase_ends.items()}
        # verbs of giving whose object, given to someone, is an act: "memberikan penyuluh kepada
        # warga" is penyuluhan; a person is assigned or sent, not given
        self.give = frozenset(w.lower() for w in give)
        self.recipients = frozenset(w.lower() for w in recipients)
        # prepositions that follow an act's name, not a person's: "Pengawas terhadap truk itu
        # diperketat" is pengawasan
        self.action_preps = frozenset(w.lower() for w in action_preps)
        # nouns whose next word may be whose it is ("hasil peternak") but, when that agent noun
        # has what it acts on after it, is the action ("hasil pemeriksa darah" -> pemeriksaan)
        self.object_heads = frozenset(w.lower() for w in object_heads)
        # words after an agent noun that say which doers, not what is done to: "hasil peternak
        # desa" is the village farmers' yield
        self.doer_words = frozenset(w.lower() for w in doer_words)
        # an agent noun in a listed phrase with its next word is that person ("penerima manfaat")
        self.phrases = phrases if isinstance(phrases, frozenset) else frozenset(p.lower() for p in phrases)
        # a sentence holding none of these names no action
        self.markers = (
            self.triggers
            | self.heads
            | self.done
            | self.object_heads
            | set(self.done_phrases)
            | self.give
            | self.action_preps
        )
        self._before = self.triggers | self.heads | self.object_heads | self.give
        self._clause_openers = self._before | self.conjunctions | self.done_openers
        self.min_zipf = min_zipf
        # where a slot names an action, a doer is so unlikely that a rarer -an noun is still the
        # word meant ("melakukan pemindai wajah" -> pemindaian); an agent noun read alone
        # (_unseen) has only its rarity to go on and keeps `min_zipf`
        self.slot_min_zipf = min_zipf if slot_min_zipf is None else slot_min_zipf

    def check(self, doc: Document) -> Iterator[Hit]:
        for sentence in sentences(doc):
            lowers = sentence.lowers
            if self.unseen_agents:
                yield from self._unseen(sentence)
            if self.markers.isdisjoint(lowers):
                continue
            # the places _names_action can accept: right after a trigger or a head, or up to
            # MAX_DONE_BETWEEN words before a verb of taking place
            places = set()
            for k, w in enumerate(lowers):
                if w in self._before:
                    places.add(k + 1)
                if w in self.action_preps and k:
                    places.add(k - 1)
                if self._done(sentence, k):
                    place = 1 + MAX_PLACE_WORDS if self.done_places else 0
                    reach = MAX_DONE_BETWEEN + max(place, MAX_OBJECT_WORDS)
                    places.update(range(max(0, k - 1 - reach), k))
            for i in sorted(p for p in places if p < len(lowers)):
                if sentence.name_like(i) or not self._names_action(sentence, i):
                    continue
                pair = f"{lowers[i]} {lowers[i + 1]}" if i + 1 < len(lowers) and sentence.joined[i] else ""
                if pair in self.phrases:
                    continue
                action = lowers[i] + "an"
                # an agent noun however rare: where an action is named, a rare doer is no likelier
                if is_agent(lowers[i], 0.0) and known(action) and (zipf(action) or 0.0) >= self.slot_min_zipf:
                    yield slip_hit(sentence.word(i), action, False)

    def _unseen(self, sentence: Sentence) -> Iterator[Hit]:
        lowers = sentence.lowers
        for i, w in enumerate(lowers):
            if not w.startswith("pe") or w.endswith("an") or sentence.name_like(i):
                continue
            # where a clause or an action's name begins: after a noun the agent noun names what
            # a thing does, as terms do ("peptida pelepas histamin", "indeks standar pencemar")
            if i and lowers[i - 1] not in self._clause_openers:
                continue
            action = w + "an"
            if zipf(w) or (zipf(action) or 0.0) < self.min_zipf or not _agent_noun(w):
                continue
            # a form the dictionary lists is a word people use, however rare (pengadil, the
            # referee; penganggur): only one the analyser alone makes is no one's word
            if known(w) and not _listed(w) and known(action):
                yield slip_hit(sentence.word(i), action, False)

    def _done(self, sentence: Sentence, j: int) -> bool:
        """Word j says that an action took place: one of `done`, or the verb of one of
        `done-phrases` before its noun."""
        lowers = sentence.lowers
        if lowers[j] in self.done:
            return True
        nouns = self.done_phrases.get(lowers[j])
        return nouns is not None and j + 1 < len(lowers) and sentence.joined[j] and lowers[j + 1] in nouns

    def _after_place(self, sentence: Sentence, j: int) -> int:
        """Where the words after a phrase of place from word j end ("di kolam itu"), or j: a
        preposition of `done-places` and up to MAX_PLACE_WORDS words, none a verb, before a
        verb of taking place."""
        lowers, joined = sentence.lowers, sentence.joined
        if j >= len(lowers) or lowers[j] not in self.done_places or not joined[j - 1]:
            return j
        for k in range(j + 1, min(len(lowers), j + 2 + MAX_PLACE_WORDS)):
            # a decimal comma joins its digits: "sepanjang 4,5 kilometer"
            if not joined[k - 1] and not (
                lowers[k - 1].isdigit()
                and lowers[k].isdigit()
                and sentence.all_gaps[sentence.offset + k - 1] == ","
            ):
                return j
            if self._done(sentence, k) or lowers[k] in self.done_between:
                return k if k > j + 1 else j
            if is_verb(lowers[k]):
                return j
        return j

    def _after_object(self, sentence: Sentence, j: int) -> int:
        """Where the words naming what the action is done to end, from word j ("pipa air" in
        "Pemasang pipa air dimulai"), or j: up to MAX_OBJECT_WORDS words, none a verb, a name,
        one of `done-between` or a word the lexicon lacks, before one of `done-between`, a verb
        of taking place or a phrase of place before one ("pipa air di desa itu dimulai")."""
        lowers = sentence.lowers
        for k in range(j, min(len(lowers), j + MAX_OBJECT_WORDS + 1)):
            if k > j and (self._done(sentence, k) or lowers[k] in self.done_between):
                return k
            if k > j and lowers[k] in self.done_places:
                # what is done to, then where: "Pembangun menara di lereng itu bukan perkara mudah"
                # (_after_place asks that the preposition be joined to the object)
                after = self._after_place(sentence, k)
                return after if after > k else j
            if not self._object_word(sentence, k, first=k == j):
                return j
        return j

    def _acted_on(self, sentence: Sentence, j: int) -> bool:
        """Word j is a common noun an action could be done to: no verb, name, agent or person."""
        return (
            j < len(sentence.lowers)
            and self._object_word(sentence, j, first=True)
            and (zipf(sentence.lowers[j]) or 0.0) >= self.min_zipf
        )

    def _object_word(self, sentence: Sentence, k: int, first: bool) -> bool:
        """Word k may name what an action is done to: joined to the word before it, a word of
        the lexicon and no verb, name, agent, word between or of place, nor (the `first` such
        word) one of `doer-words`."""
        low = sentence.lowers[k]
        return (
            sentence.joined[k - 1]
            and low not in self.done_between
            and low not in self.done_places
            and not (first and low in self.doer_words)
            and not sentence.name_like(k)
            and known(low) is True
            and not is_verb(low)
            and not is_agent(low)
        )

    def _names_action(self, sentence: Sentence, i: int) -> bool:
        lowers, joined = sentence.lowers, sentence.joined
        if i > 0 and joined[i - 1] and lowers[i - 1] in self.triggers:
            return True
        if i > 0 and joined[i - 1] and lowers[i - 1] in self.give:
            # given to someone, right after or after one word describing it ("penyuluh rutin
            # kepada ...")
            return any(
                all(joined[i:k]) and lowers[k] in self.recipients
                for k in range(i + 1, min(i + 3, len(lowers)))
            )
        if i > 0 and joined[i - 1] and lowers[i - 1] in self.object_heads:
            # a most common one is a body or a role of its own: "program pemerintah yaitu ..."
            if (zipf(lowers[i]) or 0.0) >= COMMON_AGENT_ZIPF:
                return False
            return self._after_object(sentence, i + 1) > i + 1 or self._acted_on(sentence, i + 1)
        if i > 0 and joined[i - 1] and lowers[i - 1] in self.heads:
            # "proses peternak menuangkan susu", "proses pengolah keju mencetak ...": a clause,
            # unless the verb is one an event does ("proses pengolah itu memakan waktu") or a
            # meN- form that stands as a preposition ("proses pendaftar dilakukan melalui ...")
            return not any(
                joined[k - 1]
                and lowers[k].startswith("me")
                and lowers[k] not in _PREPOSITION_VERBS
                and is_verb(lowers[k])
                and not self._done(sentence, k)
                for k in range(i + 1, min(i + 3, len(lowers)))
            )
        if i + 1 < len(lowers) and joined[i] and lowers[i + 1] in self.action_preps:
            # only where the act is the commoner word: "pendapat terhadap" is an opinion on
            action = zipf(lowers[i] + "an") or 0.0
            return action > (zipf(lowers[i]) or 0.0) and self._opens_clause(sentence, i)
        j = self._after_place(sentence, i + 1)
        if j == i + 1:
            j = self._after_object(sentence, i + 1)
        end = min(len(lowers), j + MAX_DONE_BETWEEN)
        while j < end and joined[j - 1] and lowers[j] in self.done_between:
            j += 1
        if j >= len(lowers) or not joined[j - 1] or not self._done(sentence, j):
            return False
        between = lowers[i + 1 : j]
        # a phrase of place or of what is done between, or "yang"
        described = "yang" in between or any(w not in self.done_between for w in between)
        if described and any(
            joined[k - 1] and lowers[k].endswith("nya") for k in range(j + 1, min(j + 3, len(lowers)))
        ):
            # "pelatih yang berakhir masa kontraknya", "pelatih di klub itu berakhir masa
            # tugasnya": a person whose contract ends
            return False
        return self._opens_clause(sentence, i)

    def _opens_clause(self, sentence: Sentence, i: int) -> bool:
        """Word i opens its clause, alone or after one of `done-openers` that does."""
        lowers, joined = sentence.lowers, sentence.joined
        start = i
        if i > 0 and joined[i - 1] and lowers[i - 1] in self.done_openers:
            start = i - 1
        return start == 0 or not joined[start - 1] or lowers[start - 1] in self.conjunctions


class AgentAfterActive:
    """An active meN- verb right before "oleh" and its doer is a slip for the passive: "Stasiun
    itu meresmikan oleh menteri" is diresmikan. "oleh" names who does what a passive verb
    says; after an active one only "oleh karena itu" reads ("because"), listed in `not-before`.
    The passive must be a form in common use (`min-zipf`).

    The verb must be its clause's predicate. It is not when a passive stands earlier in the
    sentence, whose doer the "oleh" names ("dibagikan kepada warga yang membutuhkan oleh
    relawan"), nor after `not-after` words ("yang menarik", "demo memasak") or an event noun
    in pe(N)-/per-...-an ("pelatihan menulis oleh jurnalis"), which the verb describes, nor
    when it is one of the meN- forms used as adjectives (`describing`: mengejutkan, mendalam).
    """

    def __init__(
        self,
        markers: Collection[str] = ("oleh",),
        not_before: Collection[str] = (),
        not_after: Collection[str] = (),
        describing: Collection[str] = (),
        min_zipf: float = 3.0,
    ):
        if not markers:
            raise ValueError("`markers` must not be empty")
        self.markers = frozenset(m.lower() for m in markers)
        self.not_before = frozenset(w.lower() for w in not_before)
        self.not_after = frozenset(w.lower() for w in not_after)
        # meN- forms used as adjectives ("keputusan mengejutkan oleh wasit")
        self.describing = frozenset(w.lower() for w in describing)
        self.min_zipf = min_zipf
        self._passives: dict[str, str | None] = {}

    def check(self, doc: Document) -> Iterator[Hit]:
        for sentence in sentences(doc):
            lowers = sentence.lowers
            if self.markers.isdisjoint(lowers):
                continue
            for i in [k - 1 for k, w in enumerate(lowers) if w in self.markers and k >= 2]:
                if not sentence.joined[i] or sentence.name_like(i):
                    continue
                if lowers[i] in self.describing or lowers[i - 1] in self.not_after:
                    continue
                if i + 2 < len(lowers) and lowers[i + 2] in self.not_before:
                    continue
                passive = self._passive(lowers[i])
                if passive is None or _event_noun(lowers[i - 1]):
                    continue
                # a passive earlier, not inside a relative clause ("yang dibangun ... itu
                # meresmikan oleh" is still a slip), owns the "oleh"
                if any(
                    w.startswith(("di", "ter")) and is_verb(w) and (k == 0 or lowers[k - 1] != "yang")
                    for k, w in enumerate(lowers[:i])
                ):
                    continue
                yield slip_hit(sentence.word(i), passive, False)

    def _passive(self, word: str) -> str | None:
        if word in self._passives:
            return self._passives[word]
        found: str | None = None
        lex = _lexicon()
        if lex is not None and word.startswith("me"):
            best = self.min_zipf
            for a in lex.analyse(word):
                # meN- and memper- only: the di- form of a stacked meN+ber- is no word
                if a.prefix not in ("meN", "meN+per") or a.clitic or a.proclitic:
                    continue
                form = "di" + ("per" if a.prefix == "meN+per" else "") + a.stem + a.suffix
                z = lex.zipf(form)
                # a passive the dictionary lists: "didalam" is a misspelling, not mendalam's
                if z >= best and lex.is_listed(form):
                    found, best = form, z
        self._passives[word] = found
        return found


@lru_cache(maxsize=4096)
def _event_noun(word: str) -> bool:
    """A noun of an activity in pe(N)-/per-...-an (pelatihan, pertunjukan, penampilan)."""
    lex = _lexicon()
    return lex is not None and any(
        a.suffix == "an" and a.prefix in ("pe", "peN", "per") for a in lex.analyse(word)
    )


# --- collocations ---------------------------------------------------------------------------------

#: A slip of a listed phrase written this often in one draft is the writer's own phrase.
MEANT_REPEATS = 3


def _titled(doc: Document, offset: int) -> bool:
    """The offset stands in a headline or subheading, which write verbs bare ("Posko bantu
    peternak urus surat"): no -an is dropped there."""
    block = doc.block_at(offset)
    return block is not None and block.kind in TITLE_BLOCKS


def _before_pun(sentence: Sentence, i: int) -> bool:
    """Word i is the one the particle "pun", written apart, stresses: "rumah sakit mana pun",
    "siapa pun" are whole as they stand, no slip of "rumah sakit mata"."""
    lowers = sentence.lowers
    return i + 1 < len(lowers) and sentence.joined[i] and lowers[i + 1] == "pun"


#: a -nya form this close to its bare word's frequency (zipf) or above is a word of its own
#: (biasanya 5.8 beside biasa 5.8), where a possessed noun is far rarer (rekeningnya 3.2, rekening 4.5)
LEXICAL_NYA_MARGIN = 0.3

#: meN- forms that stand as prepositions ("kanal pengaduan melalui WhatsApp", "aturan mengenai
#: tarif"): the word before one is no doer
_PREPOSITION_VERBS = frozenset({"melalui", "mengenai"})


def _doer(sentence: Sentence, i: int) -> bool:
    """Word i is followed by a transitive active verb (meN- ... -kan/-i), whose doer it is: in
    "merekam proses penagih menyerahkan surat" the collector hands it over, no "penagihan"."""
    lowers = sentence.lowers
    if i + 1 >= len(lowers) or not sentence.joined[i]:
        return False
    verb = lowers[i + 1]
    return (
        verb.startswith("me")
        and verb.endswith(("kan", "i"))
        and verb not in _PREPOSITION_VERBS
        and is_verb(verb)
    )


#: the layout of _collocation_index()'s value, part of the version it is kept at: one more
#: whenever the layout or what goes into it changes
_INDEX_LAYOUT = 1

CollocationIndex = tuple[dict[str, str], dict[str, str], tuple[tuple[str, ...], ...], list[int], bool]


def _collocation_index(collocations: Collection[str], anchors: frozenset[str]) -> CollocationIndex:
    """What Collocation finds its phrases by, as values marshal keeps (see indexes.py): the second
    words after each first word of the two-word phrases and the first words before each second
    word (blank-joined; no anchor among them), the longer phrases, the phrases' lengths, and
    whether every phrase is written lower-case and single-spaced already."""
    after: dict[str, list[str]] = {}
    before: dict[str, list[str]] = {}
    longer: set[tuple[str, ...]] = set()
    lengths: set[int] = set()
    plain = True
    for text in collocations:
        words = text.lower().split()
        if len(words) < 2:
            raise ValueError("`collocations` entries need two or more words")
        plain = plain and " ".join(words) == text
        lengths.add(len(words))
        if len(words) > 2:
            longer.add(tuple(words))
            continue
        a, b = words
        if b not in anchors:
            after.setdefault(a, []).append(b)
        if a not in anchors:
            before.setdefault(b, []).append(a)
    return (
        {a: " ".join(bs) for a, bs in after.items()},
        {b: " ".join(as_) for b, as_ in before.items()},
        tuple(sorted(longer)),
        sorted(lengths),
        plain,
    )


def _an_index(value: Any) -> bool:
    """`value` has the layout of _collocation_index()'s."""
    return (
        isinstance(value, tuple)
        and len(value) == 5
        and isinstance(value[0], dict)
        and isinstance(value[1], dict)
        and isinstance(value[2], tuple)
        and isinstance(value[3], list)
    )


def normalized_phrases(texts: Collection[str]) -> frozenset[str]:
    """`texts` lower-cased and single-spaced (as `" ".join(t.lower().split())` makes each): in C
    when they are written so already, as rule files write them, where a Python step a phrase
    would cost a one-draft run a millisecond or two for a list of thousands."""
    lowered = "\n".join(texts).lower()
    # every blank a single space between two words, and no phrase holding a line break or
    # none at all: splitting at any whitespace, or at the spaces and the breaks, finds the same
    if lowered.count("\n") == len(texts) - 1 and lowered.split() == lowered.replace("\n", " ").split(" "):
        return frozenset(lowered.split("\n"))
    return frozenset(" ".join(t.lower().split()) for t in texts)


class _Phrases:
    """Listed phrases, asked for as tuples of lower-case words: kept as the dictionary's own
    strings, where a set of tuples would cost every start one object a word."""

    __slots__ = ("_joined",)

    def __init__(self, joined: Collection[str]) -> None:
        self._joined = joined

    def __contains__(self, words: object) -> bool:
        return isinstance(words, tuple) and " ".join(words) in self._joined

    def as_tuples(self) -> frozenset[tuple[str, ...]]:
        """The phrases as tuples, which C answers for: worth making for a run over many drafts."""
        return frozenset(map(tuple, map(str.split, self._joined)))


class _Partners:
    """The words listed beside each word, blank-joined as kept, made a set when first asked for:
    a draft asks about a few hundred of some 4,000 words."""

    __slots__ = ("_joined", "_sets")

    def __init__(self, joined: dict[str, str]) -> None:
        self._joined = joined
        self._sets: dict[str, frozenset[str]] = {}

    def get(self, word: str) -> frozenset[str] | None:
        found = self._sets.get(word)
        if found is None:
            text = self._joined.get(word)
            if text is None:
                return None
            found = self._sets[word] = frozenset(text.split(" "))
        return found

    def as_dict(self) -> dict[str, frozenset[str]]:
        """Every word's partners, as a dict C answers for (see _Phrases.as_tuples)."""
        return {word: self.get(word) or frozenset() for word in self._joined}


#: a process that lints this many drafts builds the collocation check's sets for speed
#: (Collocation.prepare): about 25 ms, which a one-draft run would spend on 500 look-ups
PREPARE_AFTER = 2


class Collocation:
    """A word one edit away from a member of a fixed collocation whose other words stand beside it.

    "rumah sakti" is a slip for "rumah sakit": "rumah sakit" is a fixed phrase and "sakti" is one
    letter from "sakit". The observed phrase must not be listed itself (nor inside an exception
    phrase), the observed word must be a real word (non-words are the spelling check's), not a
    name, not one of the most common words (those make good bigrams with anything) and not far
    more common than the intended word.

    With `draft_repeats` > 0, two-word phrases the draft itself uses that often count as
    collocations too: a story about "kabut asap" that once says "kabut asam" contradicts itself.
    """

    def __init__(
        self,
        collocations: Collection[str],
        exceptions: Collection[str] = (),
        max_zipf: float = 5.5,
        max_gain: float = 1.0,
        draft_repeats: int = 2,
        distinct: Collection[str] = (),
        bodies: Collection[str] = (),
        degree: Collection[str] = (),
        degree_not_before: Collection[str] = (),
        suffix_gain: float = -1.0,
        process_heads: Collection[str] = (),
        verb_markers: Collection[str] = (),
        bound_zipf: float = 0.0,
        name_verbs: Collection[str] = (),
        reviewed_slips: Collection[str] = (),
        event_heads: Collection[str] = (),
        anchors: Collection[str] = (),
    ):
        if not collocations:
            raise ValueError("`collocations` must not be empty")
        # adverbs of degree ("makin", "kian") and the words that cannot follow one
        self.degree = frozenset(w.lower() for w in degree)
        self.degree_not_before = frozenset(w.lower() for w in degree_not_before)
        # (read when a draft first needs them: see the properties below)
        self._exception_texts = exceptions
        self._reviewed_texts = reviewed_slips
        self.max_zipf = max_zipf
        self.max_gain = max_gain
        # pairs one letter apart that a draft means both of (putra/putri): never a slip
        self.distinct = word_pairs(distinct)
        # words that open a body's name, which is no place beside a slip (Kepolisian Daerah)
        self.bodies = {w.lower() for w in bodies}
        # function words anchor a phrase ("rentan terhadap", "secara daring") but are never the
        # word a slip stands for: a slip of one is ejaan.kata-tugas's, and one letter from "dari"
        # lie lari, jari and tari ("kurang lari" is no slip of "kurang dari")
        self.anchors = frozenset(w.lower() for w in anchors)
        # the same index from the same dictionary file every start: kept between runs
        origin = getattr(collocations, "origin", None)
        if origin is None:
            index = _collocation_index(collocations, self.anchors)
        else:
            path, mtime, size = origin

            def build() -> CollocationIndex:
                return _collocation_index(collocations, self.anchors)

            slot = ("collocation", path, tuple(sorted(self.anchors)))
            index = indexes.kept(slot, (_INDEX_LAYOUT, mtime, size), build, _an_index)
        after, before, longer, lengths, plain = index
        #: every listed phrase, lower-case and single-spaced (see _Phrases)
        self.phrases: _Phrases | frozenset[tuple[str, ...]] = _Phrases(
            collocations if plain else frozenset(" ".join(p.lower().split()) for p in collocations)
        )
        # two-word phrases, nearly all of them: the second words after each first word and the
        # first words before each second word
        self.after: _Partners | dict[str, frozenset[str]] = _Partners(after)
        self.before: _Partners | dict[str, frozenset[str]] = _Partners(before)
        self._drafts = 0
        # longer phrases: (length, slot, the other words) -> the words that fill the slot
        self.index: dict[tuple[int, int, tuple[str, ...]], set[str]] = {}
        setdefault = self.index.setdefault
        for phrase in longer:
            for k in range(len(phrase)):
                setdefault((len(phrase), k, phrase[:k] + phrase[k + 1 :]), set()).add(phrase[k])
        self.lengths = lengths
        #: first and second words of the two-word phrases
        self.firsts: Collection[str] = after.keys()
        self.seconds: Collection[str] = before.keys()
        # the words of the longer phrases of each length: a window holding none of them cannot hit
        self.members = {
            n: frozenset(w for p in longer if len(p) == n for w in p) for n in self.lengths if n > 2
        }
        self.draft_repeats = draft_repeats
        self._verdicts: dict[tuple[str, str, bool], bool] = {}
        # a word this rare (zipf) with one listed partner is bound to it
        self.bound_zipf = bound_zipf
        # a phrase's later word written without its -an is a slip when the bare word is at most
        # this much more common than the -an noun (zipf); below 0, it is not looked for
        self.suffix_gain = suffix_gain
        # heads of a process or its yield, which take the act (pe-...-an) and not its doer: "hasil
        # penjual" is "hasil penjualan" lost its -an, where "aksi pencuri" is the thief's act
        self.process_heads = frozenset(h.lower() for h in process_heads)
        # verbs whose object is an event, never a person ("menggelar pelatihan"): after one, an
        # agent noun that lost its -an is a slip however common the agent noun is ("menggelar
        # pelatih", where pelatih, a coach, is the commoner word)
        self.event_heads = frozenset(h.lower() for h in event_heads)
        self.process_heads |= self.event_heads
        self._suffix_verdicts: dict[tuple[str, str, bool, bool], bool] = {}
        # words after which a phrase's bare first word is a verb ("kami latih fisiknya", "ikut
        # antre panjang"), not a noun that lost its -an
        self.verb_markers = frozenset(w.lower() for w in verb_markers)
        # verbs that introduce a name: before a capitalized word one is meant ("kesepakatan
        # bernama Perjanjian Lombok" is no "kesepakatan bersama")
        self.name_verbs = frozenset(w.lower() for w in name_verbs)
        self._window_slips: dict[tuple[str, ...], tuple[tuple[int, str], ...]] = {}
        self._grouped: dict[tuple[int, int, tuple[str, ...]], dict[int, tuple[str, ...]]] = {}
        # adjacent pairs judged so far, by verdict (see _bad_pairs)
        self._clean_pairs: set[tuple[str, str]] = set()
        self._slipped_pairs: set[tuple[str, str]] = set()

    @cached_property
    def _exception_phrases(self) -> frozenset[str]:
        """The exception phrases, lower-case and single-spaced: good Indonesian that a slip would
        also make."""
        return normalized_phrases(self._exception_texts)

    @cached_property
    def exception_starts(self) -> frozenset[str]:
        return frozenset(p.partition(" ")[0] for p in self._exception_phrases)

    @cached_property
    def _exception_longest(self) -> int:
        return max(map(len, map(str.split, self._exception_phrases)), default=0)

    @cached_property
    def exception_pairs(self) -> _Phrases | frozenset[tuple[str, ...]]:
        return _Phrases(self._exception_phrases)

    def prepare(self) -> None:
        """The phrase sets as sets of tuples and dicts, which C answers for: what a run over many
        drafts asks hundreds of times a draft, where a one-draft run asks it too seldom to pay
        for building them (see runner.run, which calls this before worker processes fork, so
        that they share them)."""
        if isinstance(self.phrases, _Phrases):
            self.phrases = self.phrases.as_tuples()
        if isinstance(self.after, _Partners):
            self.after = self.after.as_dict()
            self.firsts = self.after.keys()  # (and the blank-joined partners go)
        if isinstance(self.before, _Partners):
            self.before = self.before.as_dict()
            self.seconds = self.before.keys()
        if isinstance(self.exception_pairs, _Phrases):
            self.exception_pairs = self.exception_pairs.as_tuples()

    @cached_property
    def reviewed_slips(self) -> _Phrases:
        """Slips onto a most common word that reviewers judged no good copy however a sentence
        runs ("kantor posisi" for kantor polisi): past the frequency limits, which keep such
        words."""
        return _Phrases(normalized_phrases(self._reviewed_texts))

    def plausible(self, observed: str, intended: str, bound: bool = False) -> bool:
        # news vocabulary is Zipfian: the same pairs come back draft after draft
        key = (observed, intended, bound)
        verdict = self._verdicts.get(key)
        if verdict is None:
            if len(self._verdicts) > 200_000:
                self._verdicts.clear()
            verdict = self._verdicts[key] = self._plausible(observed, intended, bound)
        return verdict

    def _plausible(self, observed: str, intended: str, bound: bool = False) -> bool:
        if not self._slip_of(observed, intended):
            return False
        zo, zi = zipf(observed), zipf(intended)
        if zo is None or zi is None:
            return True
        # a listed word no frequency list has seen (waring, a net) is as rare as words come:
        # beside a phrase's other word it is the phrase's slip (waring makan: warung)
        # beside a word bound to the phrase (daur, only ever before ulang) even a most common
        # word is its slip: "daur uang"
        return (bound or zo < self.max_zipf) and zo <= zi + self.max_gain

    def _slip_of(self, observed: str, intended: str) -> bool:
        """One edit from `intended`, a word, and no form of its stem: frequency aside."""
        return (
            damerau1(observed, intended)
            and known(observed) is not False
            # "perorangan putri" beside "perorangan putra": both are meant
            and frozenset((observed, intended)) not in self.distinct
            # another form of the word (salurkan air, saluran air), not a slip
            and not _same_stem(observed, intended)
        )

    def _bound(self, other: str, k: int) -> bool:
        """`other`, the word beside slot k of a two-word phrase, is bound to one listed partner
        and rare on its own (daur: ulang), so no common word goes with it instead."""
        partners = self.after.get(other) if k == 1 else self.before.get(other)
        if partners is None or len(partners) != 1:
            return False
        z = zipf(other)
        return z is not None and 0 < z < self.bound_zipf

    def _suffix_dropped(
        self, written: str, intended: str, agent_ok: bool = False, bound: bool = False
    ) -> bool:
        """`written` is `intended` without its -an, after the phrase's head: "surat rujuk" is
        "surat rujukan" with the suffix lost. Not an agent noun (pe(N)- + base), which follows a
        head as its owner or doer ("aksi pencuri", "laga penentu"), unless `agent_ok` (the head
        is a process's or its yield's: "hasil penjual" -> penjualan); not one of the most common
        words, nor one more common than the -an noun (taman baca, musim hujan: bare forms that
        compound freely), unless the head is `bound` to the phrase, a rare word with no other
        partner (amar: "amar putus" is amar putusan however common "putus" is)."""
        # nearly every candidate is settled by its length, before the verdicts' lookup
        if len(intended) != len(written) + 2:
            return False
        key = (written, intended, agent_ok, bound)
        cached = self._suffix_verdicts.get(key)
        if cached is None:
            z = zipf(written) or 0.0
            cached = self._suffix_verdicts[key] = (
                intended == written + "an"
                and len(written) >= 4
                and known(written) is True
                and (agent_ok or not is_agent(written))
                and (bound or (z < self.max_zipf and z <= (zipf(intended) or 0.0) + self.suffix_gain))
            )
        return cached

    def _slips(self, words: tuple[str, ...]) -> tuple[tuple[int, str], ...]:
        """(position, intended word) of each word of `words` that is a slip in a listed phrase."""
        # news copy repeats its word pairs: each is judged once
        slips = self._window_slips.get(words)
        if slips is None:
            if len(self._window_slips) > 100_000:
                self._window_slips.clear()
            found: list[tuple[int, str]] = []
            if words not in self.phrases:
                n = len(words)
                for k in range(n):
                    rest = words[:k] + words[k + 1 :]
                    intended: Collection[str] | None
                    if n == 2:
                        intended = self.before.get(words[1]) if k == 0 else self.after.get(words[0])
                    else:
                        intended = self.index.get((n, k, rest))
                    if not intended:
                        continue
                    written = words[k]
                    length = len(written)
                    # one edit changes the length by one at most: only the listed words of those
                    # lengths are weighed, not every word the phrase's other words take, and
                    # only those one edit away are judged further (every verdict asks that first)
                    by_length = self._by_length((n, k, rest), intended)
                    near = [
                        w
                        for size in (length - 1, length, length + 1)
                        for w in by_length.get(size, ())
                        if damerau1(written, w)
                    ]
                    # the one other candidate: the written word's -an noun
                    suffixed = written + "an"
                    with_suffix = self.suffix_gain >= 0 and suffixed in intended
                    if not near and not with_suffix:
                        continue
                    bound = n == 2 and self._bound(words[1 - k], k)
                    reviewed = words in self.reviewed_slips
                    fits = [
                        w
                        for w in near
                        if self.plausible(written, w, bound) or (reviewed and self._slip_of(written, w))
                    ]
                    if (
                        with_suffix
                        and (
                            # (beside an anchor a bare word is as good as its -an noun:
                            # "lebih rinci mengenai", "secara bergilir")
                            (
                                k > 0
                                and words[k - 1] not in self.anchors
                                and self._suffix_dropped(
                                    written,
                                    suffixed,
                                    words[k - 1] in self.process_heads,
                                    bound or words[k - 1] in self.event_heads,
                                )
                            )
                            # a first word that lost its -an ("tumpuk sampah", "tabung emas"); a
                            # pe(N)- noun first names the doer of its own ("pemasar digital")
                            or (
                                k == 0
                                and n == 2
                                and words[1] not in self.anchors
                                and self._suffix_dropped(written, suffixed)
                                and not _agent_noun(written)
                            )
                        )
                    ):
                        fits.append(suffixed)
                    if fits:
                        found.append((k, min(fits)))
            slips = self._window_slips[words] = tuple(found)
        return slips

    def _by_length(
        self, key: tuple[int, int, tuple[str, ...]], words: Collection[str]
    ) -> dict[int, tuple[str, ...]]:
        """`words`, the fillers of one slot of the phrases whose other words are `key`'s, by
        length; grouped on first use, as a run meets few of the slots."""
        grouped = self._grouped.get(key)
        if grouped is None:
            lists: dict[int, list[str]] = {}
            for w in words:
                lists.setdefault(len(w), []).append(w)
            grouped = self._grouped[key] = {size: tuple(ws) for size, ws in lists.items()}
        return grouped

    def _meant(self, pair: tuple[str, str], pairs: Counter[tuple[str, str]], used: Counter[str]) -> bool:
        """The draft writes the pair, or its slipped word (bare or possessed), again and again: a
        tea story's "harga pucuk" is its subject, no slip of "harga pupuk"."""
        if pairs[pair] >= MEANT_REPEATS:
            return True
        return all(used[pair[k]] + used[pair[k] + "nya"] >= MEANT_REPEATS for k, _ in self._slips(pair))

    def _also_written_right(self, pair: tuple[str, str], pairs: Counter[tuple[str, str]]) -> bool:
        """The draft also has the listed phrase that `pair` is a slip of."""
        for k, intended in self._slips(pair):
            right = (intended, pair[1]) if k == 0 else (pair[0], intended)
            if pairs[right]:
                return True
        return False

    def _covered(self, sentence: Sentence) -> set[int]:
        """Words inside an exception phrase, or inside a listed phrase written right: "budi" in
        "hasil budi daya" is the budi of "budi daya", not a slip in "hasil bumi"."""
        lowers, joined = sentence.lowers, sentence.joined
        covered = {
            j
            for i, pair in enumerate(itertools.pairwise(lowers))
            if joined[i] and pair in self.phrases
            for j in (i, i + 1)
        }
        starts = self.exception_starts
        if starts.isdisjoint(lowers):
            return covered
        phrases = self._exception_phrases
        for s in [s for s, w in enumerate(lowers) if w in starts]:
            for n in range(1, min(self._exception_longest, len(lowers) - s) + 1):
                if " ".join(lowers[s : s + n]) in phrases and all(joined[s : s + n - 1]):
                    covered.update(range(s, s + n))
        return covered

    def _bad_pairs(self, pairs: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
        """The adjacent word pairs of a draft that hold a slip in a listed two-word phrase."""
        # a slip needs the other word of a phrase beside it: few pairs hold one
        # set algebra over the pairs judged before: news copy repeats its pairs, so after a
        # few drafts nearly all of a draft's pairs are known and no Python loop visits them
        written = set(pairs)
        new = written - self._clean_pairs - self._slipped_pairs
        if new:
            if len(self._clean_pairs) > MAX_JUDGED_PAIRS:
                self._clean_pairs.clear()
            firsts, seconds = self.firsts, self.seconds
            for p in new:
                if (p[0] in firsts or p[1] in seconds) and self._slips(p):
                    self._slipped_pairs.add(p)
                else:
                    self._clean_pairs.add(p)
        return written & self._slipped_pairs

    def check(self, doc: Document) -> Iterator[Hit]:
        self._drafts += 1
        if self._drafts == PREPARE_AFTER:
            self.prepare()
        all_sentences = sentences(doc)
        pairs = pair_counts(doc)
        bad = self._bad_pairs(pairs.keys()) if 2 in self.lengths else set()
        # a pair the draft writes again and again is meant (ikan asar, Ambon's smoked fish,
        # beside the listed ikan asap), unless the draft also writes the listed phrase (then the
        # pair is a slip copied: rumah sakti thrice beside rumah sakit); twice may be one slip
        # copied (hasil budi, hasil budi daya)
        if bad:
            used = word_counts(doc)
            bad = {p for p in bad if self._also_written_right(p, pairs) or not self._meant(p, pairs, used)}
        seen: set[int] = set()
        for sentence in all_sentences:
            lowers, joined = sentence.lowers, sentence.joined
            size = len(lowers)
            flagged: set[int] | None = None
            for n in self.lengths:
                if n == 2:
                    if not bad or bad.isdisjoint(itertools.pairwise(lowers)):
                        continue
                    starts = [s for s, pair in enumerate(itertools.pairwise(lowers)) if pair in bad]
                else:
                    members = self.members[n]
                    if members.isdisjoint(lowers):
                        continue
                    marks = [i for i, w in enumerate(lowers) if w in members]
                    if not marks:
                        continue
                    # the windows holding a member, in order
                    starts = sorted(
                        {s for i in marks for s in range(max(0, i - n + 1), min(i, size - n) + 1)}
                    )
                for s in starts:
                    if not all(joined[s : s + n - 1]):
                        continue
                    for k, intended in self._slips(lowers[s : s + n]):
                        if sentence.name_like(s + k) or self._beside_a_name(sentence, s, n, k):
                            continue
                        if _clock_time(sentence, s + k) or self._degree(sentence, s + k):
                            continue
                        if _before_pun(sentence, s + k):
                            continue
                        if self._names_next(sentence, s + k):
                            continue
                        if intended == lowers[s + k] + "an" and (
                            _doer(sentence, s + k) or _titled(doc, sentence.word(s + k).start)
                        ):
                            continue
                        if k == 0 and self._bare_verb(sentence, s, intended):
                            continue
                        if s + k and is_number(lowers[s + k]) and is_number(lowers[s + k - 1]):
                            continue  # "puluhan ribu rumah" counts houses: no "ibu rumah"
                        if k == 0 and s and is_number(lowers[s - 1]):
                            continue  # "dua karung sembako": a counted measure, no "warung sembako"
                        if flagged is None:
                            flagged = self._covered(sentence)
                        if s + k in flagged:
                            continue
                        flagged.add(s + k)
                        word = sentence.word(s + k)
                        seen.add(word.start)
                        yield slip_hit(word, intended, False)
            if 2 in self.lengths:
                for s, k, intended in self._before_possessed(sentence):
                    i = s + k
                    word = sentence.word(i)
                    if word.start in seen or sentence.name_like(i) or self._beside_a_name(sentence, s, 2, k):
                        continue
                    # the possessed phrase's slipped word written again and again is meant, as
                    # in a bare pair: "filter udara motornya" in a story on motorbikes
                    pair = (lowers[s], lowers[s + 1][:-3])
                    meant = self._meant(pair, pairs, word_counts(doc))
                    if meant and not self._also_written_right(pair, pairs):
                        continue
                    if k == 0 and self._bare_verb(sentence, s, intended):
                        continue
                    if flagged is None:
                        flagged = self._covered(sentence)
                    if i in flagged:
                        continue
                    seen.add(word.start)
                    yield slip_hit(word, intended, False)
                for i, intended in self._between_two(sentence):
                    word = sentence.word(i)
                    if word.start in seen or sentence.name_like(i):
                        continue
                    if self._beside_a_name(sentence, i - 1, 3, 1):
                        continue
                    seen.add(word.start)
                    yield slip_hit(word, intended, False)
        if self.draft_repeats > 0:
            for hit in self._draft_slips(all_sentences, pairs, word_counts(doc)):
                if hit.start not in seen:
                    yield hit

    def _names_next(self, sentence: Sentence, i: int) -> bool:
        """Word i is a verb that introduces the name after it ("bernama Perjanjian Lombok")."""
        return (
            sentence.lowers[i] in self.name_verbs
            and i + 1 < len(sentence.lowers)
            and sentence.name_like(i + 1)
        )

    def _bare_verb(self, sentence: Sentence, i: int, intended: str) -> bool:
        """Word i, a phrase's first word that would be `intended` with -an, is a bare verb: it
        opens its sentence or follows a pronoun, an aspect or a modal ("Tanam padi saat kemarau
        ...", "kami rekam suaranya")."""
        lowers = sentence.lowers
        if intended != lowers[i] + "an":
            return False
        # ... or opens a clause after a comma: "Jika ragu, rekam suara penjual itu"
        after_comma = i > 0 and sentence.all_gaps[sentence.offset + i - 1] == ", "
        return i == 0 or lowers[i - 1] in self.verb_markers or after_comma

    def _degree(self, sentence: Sentence, i: int) -> bool:
        """Word i is an adverb of degree before what it grades ("rumah makin sepi"), not a slip
        of the phrase before it (rumah makan): a word in lower case follows in the clause, no
        preposition, conjunction or pointer ("rumah makin di ujung jalan" is rumah makan)."""
        lowers = sentence.lowers
        return (
            lowers[i] in self.degree
            and i + 1 < len(lowers)
            and sentence.joined[i]
            and not sentence.name_like(i + 1)
            and lowers[i + 1] not in self.degree_not_before
        )

    def _before_possessed(self, sentence: Sentence) -> Iterator[tuple[int, int, str]]:
        """(phrase start, slip's place in it, intended word) of slips in a listed phrase whose
        second word carries -nya: "salto rekeningnya" is "saldo rekening" possessed, "rumah
        saktinya" the hospital's ("rumah sakitnya")."""
        lowers, joined = sentence.lowers, sentence.joined
        lex = _lexicon()
        # (the words before a -nya word, found in one sweep: most sentences have none)
        owners = [i for i, w in enumerate(lowers[1:]) if w.endswith("nya")]
        for i in owners:
            owned = lowers[i + 1]
            if not joined[i] or len(owned) < 7:
                continue
            pair = (lowers[i], owned[:-3])
            # a listed -nya form is a word of its own (sebenarnya, selanjutnya); a good phrase
            # stays good possessed ("kakek kandungnya")
            if lex is None or lex.is_listed(owned) or pair in self.exception_pairs:
                continue
            if pair[0] not in self.firsts and pair[1] not in self.seconds:
                continue
            for k, intended in self._slips(pair):
                # a second word whose -nya form is a word of its own (an adverb: biasanya,
                # akhirnya, as common as the bare word) reads so, not possessed: "untuk enam
                # orang biayanya besar" is no "orang biasanya"
                if k and (zipf(intended + "nya") or 0.0) >= (zipf(intended) or 0.0) - LEXICAL_NYA_MARGIN:
                    continue
                yield i, k, intended + "nya" * k

    def _between_two(self, sentence: Sentence) -> Iterator[tuple[int, str]]:
        """Words between two that each make a listed phrase with the same other word: in
        "tumpukan sampai plastik" both "tumpukan sampah" and "sampah plastik" are listed. Two
        phrases agreeing outweigh the frequency limits (sampai is too common a word for one
        phrase to judge) and an exception on one side (kasur baru, in "jumlah kasur baru")."""
        lowers, joined = sentence.lowers, sentence.joined
        firsts, seconds, phrases = self.firsts, self.seconds, self.phrases
        # (the words between a phrase's first word and another's second, found in one sweep)
        middles = [
            i
            for i, (b, a) in enumerate(zip(lowers, lowers[2:], strict=False), 1)
            if b in firsts and a in seconds
        ]
        for i in middles:
            before, word, after = lowers[i - 1], lowers[i], lowers[i + 1]
            if not (joined[i - 1] and joined[i]):
                continue
            if (before, word) in phrases or (word, after) in phrases:
                continue
            # an anchor's phrase is no second witness: "dari" follows nearly any word
            # ("rombongan pelajar dari" beside rombongan belajar and belajar dari)
            if before in self.anchors or after in self.anchors:
                continue
            right = self.after.get(before)
            left = self.before.get(after)
            if not right or not left:
                continue
            fits = [w for w in right & left if self._supported_twice(word, w, sentence, i)]
            if fits:
                yield i, min(fits)

    def _supported_twice(self, observed: str, intended: str, sentence: Sentence, i: int) -> bool:
        if not damerau1(observed, intended) or not known(observed) or not _content_word(intended):
            return False
        if frozenset((observed, intended)) in self.distinct or _same_stem(observed, intended):
            return False
        # numbers and ordinals count what follows ("wakil kedua partai"); "baik ... maupun"
        # pairs what follows ("rekening baik syariah maupun konvensional")
        if is_number(observed) or (observed.startswith("ke") and observed[2:] in NUMBER_WORDS):
            return False
        if observed == "baik" and "maupun" in sentence.lowers[i + 1 : i + 8]:
            return False
        zo, zi = zipf(observed), zipf(intended)
        return zo is None or zi is None or zo <= zi + 2 * self.max_gain

    def _beside_a_name(self, sentence: Sentence, s: int, n: int, k: int) -> bool:
        """The window words[s:s+n] holds a name beside the slip at k: a capitalized slip at a
        sentence start beside a capital ("Gua Batu Cermin", a cave, is no "gula batu"), or a
        notable name ("alam Puncak Bogor" is no "malam puncak", "nasib Padang Lawas Utara",
        "Wali Kota Medan petang itu"), unless that name is a body's, opened by one of `bodies`
        ("pendidik Kepolisian Daerah Jawa Barat" is a slip); a capitalized common noun ("tahanan
        Pemilu") is no name."""
        others = [j for j in range(s, s + n) if j != s + k and sentence.name_like(j)]
        if not others:
            return False
        if sentence.word(s + k).text[:1].isupper():
            return True
        lex = _lexicon()
        if lex is None:
            return False
        for j in others:
            word = sentence.word(j).text
            if lex.notable_name(word) is None or word.lower() in self.bodies:
                continue
            # the capitalized run that holds j, and whether a body's word opens it
            first = j
            while first > 0 and sentence.name_like(first - 1) and sentence.joined[first - 1]:
                first -= 1
            if sentence.lowers[first] not in self.bodies:
                return True
        return False

    def _draft_slips(
        self, all_sentences: Sequence[Sentence], pairs: Counter[tuple[str, str]], counts: Counter[str]
    ) -> Iterator[Hit]:
        """Slips against the two-word phrases the draft itself repeats (`pairs`: its adjacent words,
        `counts`: its words)."""
        ranked = pairs.most_common()
        often = [p for p, _ in itertools.takewhile(lambda pc: pc[1] >= self.draft_repeats, ranked)]
        repeated = [(a, b) for a, b in often if _content_word(a) and _content_word(b)]
        if not repeated:
            return
        left: dict[str, set[str]] = {}
        right: dict[str, set[str]] = {}
        for a, b in repeated:
            left.setdefault(b, set()).add(a)
            right.setdefault(a, set()).add(b)

        def fit(observed: str, intended: str) -> bool:
            # two affixed verbs one letter apart (menyatakan/mengatakan) are both good copy
            return (
                counts[observed] < counts[intended]
                and _content_word(observed)
                and self.plausible(observed, intended)
                and not (is_verb(observed) and is_verb(intended))
            )

        keys = left.keys() | right.keys()
        empty: set[str] = set()
        for sentence in all_sentences:
            lowers, joined = sentence.lowers, sentence.joined
            if keys.isdisjoint(lowers):
                continue
            size = len(lowers)
            # a slip stands right before a repeated phrase's second word or right after its first
            spots: set[int] = set()
            for i in [i for i, w in enumerate(lowers) if w in keys]:
                if lowers[i] in left and i > 0:
                    spots.add(i - 1)
                if lowers[i] in right and i + 1 < size:
                    spots.add(i + 1)
            # a word inside a listed phrase written right is that phrase's, as for the list's
            # own pairs ("budi" of "hasil budi daya")
            covered = self._covered(sentence) if spots else set()
            for i in sorted(spots - covered):
                if sentence.name_like(i) or self._names_next(sentence, i):
                    continue
                low = lowers[i]
                options: set[str] = set()
                # a phrase listed, or listed as good Indonesian a slip would also make, is meant
                if i + 1 < size and joined[i]:
                    nxt = lowers[i + 1]
                    if (low, nxt) not in self.phrases and (low, nxt) not in self.exception_pairs:
                        options |= left.get(nxt, empty)
                if i > 0 and joined[i - 1]:
                    prev = lowers[i - 1]
                    if (prev, low) not in self.phrases and (prev, low) not in self.exception_pairs:
                        options |= right.get(prev, empty)
                length = len(low)
                fits = [w for w in options if -1 <= len(w) - length <= 1 and fit(low, w)]
                if fits:
                    yield slip_hit(sentence.word(i), min(fits), False)


# --- the draft's own topic words ------------------------------------------------------------------


#: verdicts of words the dictionary lists or builds from a listed stem
_DICTIONARY_WORD = frozenset({"listed", "analysed"})


class TopicSlip:
    """A rare word written once, one letter from a word the draft keeps using, is a slip for it.

    A draft on road repairs writes "jalan" eight times: its one "jalak" is a slip, not a
    starling. No list is needed, only the draft and the word frequencies of news. The
    intended word is the draft's topic: written as a common word (not a name) `min_repeats`
    times or more, and `min_topicality` powers of ten more often than its frequency in news
    predicts for a draft this long. The written word is a listed word written once, at most
    `max_zipf` common and `min_gap` rarer than the intended one; it keeps the intended word's
    first letter (slips rarely hit the first) unless the intended word is written
    `first_letter_repeats` times or more and only the first letter differs ("suru" in a story
    that writes "guru" again and again), is no form of the intended word's stem
    (menumpang and penumpang are both good copy) and does not stand beside it ("butik batik"
    sets the two side by side on purpose). It is written in lower case: a capital, even at a
    sentence's start, is too often a name (a byline, a dateline's town). A -nya keeps its
    place: "kapaknya" in a draft on ships is kapalnya. A word that makes one of `phrases` with
    its neighbour is meant ("pos pantau" in a draft on beaches), and so is an affixed verb one
    letter from an affixed verb (diarak, diajak), and so is one of the `distinct` pairs the
    draft means both of (mahasiswa, mahasiswi).

    A commoner written word (up to `shared_max_zipf`, down to `shared_min_gap` against the
    intended one) is a slip only where the draft contradicts itself: the intended word is
    written `shared_min_repeats` times or more, and once beside the same content word on the
    same side ("kenaikan harga" in a draft that once says "kenaikan harta"; "tekanan darah"
    ... "tekanan darat"), or where the intended word is written `dominant_repeats` times or
    more, unless the written word stands before a name, is a verb or a day's or month's name.
    A written word graded by one of `degree` (lebih, sangat, yang) is an adjective, no topic
    noun, unless the draft writes the topic beside the same word ("kuah yang lebih pekat" in
    a story that counts its pekan). A word that is a non-standard spelling (`nonstandard`:
    ijin, supir) is baku.kata-baku's, and one after a "di" or "ke" written apart that makes a
    word with it ("di kawal") is the affix rule's. A function word
    (`function_words`: sambil, selama) is no topic, however often a draft writes it.
    """

    def __init__(
        self,
        max_zipf: float = 4.0,
        min_gap: float = 0.5,
        min_repeats: int = 2,
        min_topicality: float = 1.5,
        phrases: Collection[str] = (),
        distinct: Collection[str] = (),
        # 0: no commoner word is judged, however the draft contradicts itself
        shared_max_zipf: float = 0.0,
        shared_min_gap: float = 0.0,
        shared_min_repeats: int = 3,
        nonstandard: Collection[str] = (),
        function_words: Collection[str] = (),
        meant: Collection[str] = (),
        first_letter_repeats: int = 0,
        kinds: Collection[str] = (),
        dominant_repeats: int = 0,
        degree: Collection[str] = (),
        pronouns: Collection[str] = (),
        verb_openers: Collection[str] = (),
    ):
        if min_repeats < 2:
            raise ValueError("`min-repeats` must be at least 2: a topic is a word written again")
        self.shared_max_zipf = shared_max_zipf
        self.shared_min_gap = shared_min_gap
        self.shared_min_repeats = max(shared_min_repeats, min_repeats)
        # a topic written this often needs no pair to show a commoner word its slip (0: always)
        self.dominant_repeats = max(dominant_repeats, self.shared_min_repeats) if dominant_repeats else 0
        # adverbs of degree: the word after one is graded, an adjective, no slip of a topic noun
        # that only dominance would make it ("lebih pelan" in a story that writes "pekan")
        self.degree = frozenset(w.lower() for w in degree)
        # a pronoun after one of `verb_openers` ("yang", an aspect, a modal) is the doer of the
        # bare verb after it: "titik yang akan kamu tuju" is no "tujuh"
        self.pronouns = frozenset(w.lower() for w in pronouns)
        self.verb_openers = frozenset(w.lower() for w in verb_openers)
        # a map (ijin -> izin) or a list: its written side is what matters
        self.nonstandard = frozenset(w.lower() for w in nonstandard if " " not in w)
        self.function_words = frozenset(w.lower() for w in function_words)
        # words meant wherever they stand, never a topic's slip: the verbs that tag a quote
        # ("ujar" in a story on snakes is no "ular")
        self.meant = frozenset(w.lower() for w in meant) | self.function_words
        # pairs one letter apart that a draft means both of: a student and a schoolgirl
        self.distinct = word_pairs(distinct)
        self.max_zipf = max_zipf
        self.min_gap = min_gap
        self.min_repeats = min_repeats
        self.min_topicality = min_topicality
        # a shared word list arrives as a frozenset of lower-case lines, tested as it is
        self.phrases = phrases if isinstance(phrases, frozenset) else frozenset(p.lower() for p in phrases)
        # a topic written this often also takes a slip of its first letter (0: never)
        self.first_letter_repeats = first_letter_repeats
        # nouns of a kind (ikan, burung, kue): the rare word after one names a variety, which a
        # draft means however near a topic it is ("burung jalak" in a story on roads)
        self.kinds = frozenset(w.lower() for w in kinds)
        self._verdicts: dict[tuple[str, str, float], bool] = {}
        # per word, for the run (see check())
        self._topic_zipf: dict[str, float] = {}
        self._written_facts: dict[str, tuple[str, str, float] | None] = {}

    def check(self, doc: Document) -> Iterator[Hit]:
        lex = _lexicon()
        if lex is None:
            return
        freq = lex.freq
        all_sentences = sentences(doc)
        counts = word_counts(doc)
        total = sum(counts.values())
        # a topic is written in lower case: "Jalan" at a sentence's start or in a name says nothing
        lower_case = Counter([w.text for w in doc.words])
        topics: dict[str, list[str]] = {}
        topic_zipf = self._topic_zipf
        for word, n in [(w, n) for w, n in lower_case.items() if n >= self.min_repeats]:
            z = topic_zipf.get(word)
            if z is None:
                if len(topic_zipf) > MAX_WORD_FACTS:
                    topic_zipf.clear()
                z = freq.get(word, 0.0)
                # (0: no word a topic can be)
                common = z and word.isalpha() and word.islower() and word not in self.function_words
                z = topic_zipf[word] = z if common else 0.0
            # observed against expected (total * 10 ** (z - 9)), in powers of ten
            if z and math.log10(n / total) + 9 - z >= self.min_topicality:
                topics.setdefault(word[0], []).append(word)
        if not topics:
            return
        strong = [t for ts in topics.values() for t in ts if 0 < self.first_letter_repeats <= lower_case[t]]
        # (found by all but their first letter)
        strong_by_tail: dict[str, list[str]] = {}
        for t in strong:
            strong_by_tail.setdefault(t[1:], []).append(t)
        # the written word (its -nya set aside) -> the topic words it may be a slip of, whether
        # it is a commoner word (then the draft must show one of them beside the same word) and
        # whether they dominate the draft (then a pair only confirms)
        slips: dict[str, tuple[str, list[str], bool, bool]] = {}
        facts, fact_of = self._written_facts, self._written_fact
        for word in [w for w, n in counts.items() if n == 1 and (w[:1] in topics or strong)]:
            if lower_case[word] != 1:
                continue
            # what the draft does not change about a word is worked out once per run: news
            # copy writes the same words draft after draft
            fact = facts.get(word, _UNSEEN)
            if fact is _UNSEEN:
                if len(facts) > MAX_WORD_FACTS:
                    facts.clear()
                fact = facts[word] = fact_of(word, lex)
            if fact is None:
                continue
            base, ending, z = fact
            # a slip of the first letter is a neighbouring key or sound (suru for guru), never
            # one dropped or added: "akui" and "lakui" are two words of their own
            heads = topics.get(word[:1], [])
            same_tail = strong_by_tail.get(word[1:])
            if same_tail:
                heads = heads + [t for t in same_tail if t[:1] != word[:1]]
            near = []
            if z <= self.max_zipf:
                near = [t for t in heads if damerau1(base, t) and self._slip(base, t, self.min_gap)]
            if near:
                slips[word] = (ending, near, False, False)
            elif self.shared_max_zipf > 0 and z <= self.shared_max_zipf:
                gap, repeats = self.shared_min_gap, self.shared_min_repeats
                shared = [
                    t
                    for t in heads
                    if lower_case[t] >= repeats and damerau1(base, t) and self._slip(base, t, gap)
                ]
                if shared:
                    slips[word] = (ending, shared, True, self._dominated(word, base, shared, lower_case))
        if not slips:
            return
        pairs = pair_counts(doc)
        phrases = self.phrases
        for sentence in all_sentences:
            lowers = sentence.lowers
            if slips.keys().isdisjoint(lowers):
                continue
            for k, low in enumerate(lowers):
                found = slips.get(low)
                if found is None or sentence.word(k).text != low:
                    continue
                ending, meant, commoner, dominated = found
                if not set(lowers[max(0, k - 1) : k + 2]).isdisjoint(meant):
                    continue
                prev = lowers[k - 1] if k > 0 and sentence.joined[k - 1] else ""
                next_ = lowers[k + 1] if k + 1 < len(lowers) and sentence.joined[k] else ""
                if (prev and f"{prev} {low}" in phrases) or (next_ and f"{low} {next_}" in phrases):
                    continue
                if self._after_doer(sentence, k):
                    continue  # "yang akan kamu tuju": a bare verb after its doer
                if prev in ("di", "ke") and lex.is_listed(prev + low):
                    continue  # "di kawal" is dikawal written apart
                paired = [
                    t
                    for t in (meant if commoner else ())
                    if (_content_word(prev) and (prev, t) in pairs)
                    or (_content_word(next_) and (t, next_) in pairs)
                ]
                if paired:
                    meant = paired
                elif prev in self.degree:
                    continue  # graded, an adjective: no topic noun ("kuah yang lebih pekat")
                elif commoner and not dominated:
                    continue
                elif prev in self.kinds:
                    continue  # unless the draft writes the kind with the topic ("pohon jati")
                elif k + 1 < len(lowers) and sentence.name_like(k + 1):
                    continue  # a word before a name goes with it ("pemain asal Brasil")
                best = max(meant, key=lambda t: (lower_case[t], t))
                yield slip_hit(sentence.word(k), best + ending, False)

    def _written_fact(self, word: str, lex: Any) -> tuple[str, str, float] | None:
        """(base, ending, zipf) of a word written once, its -nya set aside; None for a word that
        is no topic's slip wherever it stands: too short, non-standard, or meant."""
        base, ending = word, ""
        # a listed or common -nya form is a word of its own (sebenarnya is no sebesar + -nya)
        if word.endswith("nya") and len(word) > 6 and not lex.is_listed(word):
            base, ending = word[:-3], "nya"
        if len(base) < 4 or base in self.nonstandard or word in self.meant or base in self.meant:
            return None
        freq = lex.freq
        return base, ending, max(freq.get(base, 0.0), freq.get(word, 0.0))

    def _after_doer(self, sentence: Sentence, k: int) -> bool:
        """Word k follows a pronoun that follows "yang", an aspect or a modal: its verb."""
        lowers, joined = sentence.lowers, sentence.joined
        return (
            k > 1
            and joined[k - 1]
            and joined[k - 2]
            and lowers[k - 1] in self.pronouns
            and lowers[k - 2] in self.verb_openers
        )

    def _dominated(self, word: str, base: str, topics: list[str], lower_case: Counter[str]) -> bool:
        """The draft writes each of `topics` so often that a commoner word one letter from it is
        a slip with no pair to show it: "pelamar" once in a story that writes "pelajar" on and
        on. Not a day's or a month's name (the capital rule's), nor a verb, whose object makes
        its own sense."""
        dominant = self.dominant_repeats
        if not dominant or any(lower_case[t] < dominant for t in topics):
            return False
        lex = _lexicon()
        return lex is not None and word not in lex.names_lower and not is_verb(base)

    def _slip(self, written: str, intended: str, gap: float) -> bool:
        key = (written, intended, gap)
        verdict = self._verdicts.get(key)
        if verdict is None:
            verdict = self._verdicts[key] = self._judge(written, intended, gap)
        return verdict

    def _judge(self, written: str, intended: str, gap: float) -> bool:
        # (check() has already kept the written word under `max_zipf`, or `shared_max_zipf`)
        lex = _lexicon()
        if lex is None or lex.zipf(intended) - lex.zipf(written) < gap:
            return False
        # a word only the frequency list knows is a name or a foreign word (Davies, Davis)
        if not written.isalpha() or lex.verdict(written).how not in _DICTIONARY_WORD or not known(intended):
            return False
        if frozenset((written, intended)) in self.distinct:
            return False
        # two affixed verbs one letter apart are both good copy: gunungan "diarak" in a story
        # where people are "diajak" again and again
        if is_verb(written) and is_verb(intended):
            return False
        if _loan_twins(written, intended):
            return False
        # any reading at all: ekonom and ekonomi, nila and nilai are one stem's words here
        return {written, *(a.stem for a in lex.analyse(written))}.isdisjoint(
            {intended, *(a.stem for a in lex.analyse(intended))}
        )


def _loan_twins(a: str, b: str) -> bool:
    """One loanword in its two endings, -is and -ik (akademis, akademik; politis, politik), or
    in its two spellings of -or (debitor, debitur): related words or forms a writer picks
    between, not a slip of one for the other."""
    return a[:-2] == b[:-2] and {a[-2:], b[-2:]} in ({"is", "ik"}, {"or", "ur"})


def _clock_time(sentence: Sentence, i: int) -> bool:
    """Word i is a number word telling the hour ("pukul empat sampai pukul lima"): no slip of
    the word one letter off (tempat)."""
    return (
        i > 0
        and sentence.lowers[i] in NUMBER_WORDS
        and sentence.lowers[i - 1] in ("pukul", "jam")
        and sentence.joined[i - 1]
    )


@lru_cache(maxsize=8192)
def _content_word(word: str) -> bool:
    # function words and figures repeat in any draft: only content words make a phrase
    if len(word) < 3 or not word.isalpha():
        return False
    z = zipf(word)
    return z is None or z < 6.0


CHECK_TYPES: dict[str, type] = {
    "confusion": Confusion,
    "person-slot": PersonSlot,
    "action-slot": ActionSlot,
    "agent-after-active": AgentAfterActive,
    "collocation": Collocation,
    "topic-slip": TopicSlip,
}
