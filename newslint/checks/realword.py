"""Real-word errors: a valid word in the wrong place, recognised by the words around it.

Three check types share one view of a draft (words in sentences, with who is adjacent):
`confusion` (confusion families given as data, each with context conditions),
`person-slot` ("para"/"seorang" need a person noun: "para analisis" -> "para analis") and
`collocation` (a word one edit away from a member of a fixed collocation whose other half is
right beside it: "rumah sakti" -> "rumah sakit").
"""

from __future__ import annotations

import importlib
import itertools
import re
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from newslint.checks.patterns import match_case
from newslint.document import MASK, BlockKind, Document, Word
from newslint.rules import Hit

# --- the shared view of a draft -----------------------------------------------------------------


@dataclass(frozen=True)
class Token:
    """A word of a sentence with what a context condition needs to know about it."""

    word: Word
    lower: str
    sentence: int
    #: first word of its sentence, or a headline word (title case says nothing there)
    initial: bool
    #: the next word follows after blanks only (no punctuation, no masked text in between)
    joined: bool

    @property
    def name_like(self) -> bool:
        """Capitalized where capitals are not required: probably a name or an abbreviation."""
        text = self.word.text
        if len(text) > 1 and text.isupper():
            return True
        return text[:1].isupper() and not self.initial


@dataclass(frozen=True)
class Sentence:
    tokens: tuple[Token, ...]


_OPENERS = " \t\"“‘'(\ufffc"


def _after_break(text: str, offset: int) -> bool:
    # a word after a colon or the dateline's dash starts a clause: its capital says nothing
    i = offset - 1
    while i >= 0 and text[i] in _OPENERS:
        i -= 1
    return i < 0 or text[i] in ".!?\n:…-–—"


def _tokens(doc: Document) -> tuple[Sentence, ...]:
    headline = {(b.start, b.end) for b in doc.blocks if b.kind is BlockKind.HEADLINE}
    words = doc.words
    out: list[Sentence] = []
    i = 0
    for index, span in enumerate(doc.sentences):
        in_headline = any(s <= span.start and span.end <= e for s, e in headline)
        while i < len(words) and words[i].start < span.start:
            i += 1
        inside: list[Word] = []
        while i < len(words) and words[i].end <= span.end:
            inside.append(words[i])
            i += 1
        tokens = []
        for k, word in enumerate(inside):
            nxt = inside[k + 1] if k + 1 < len(inside) else None
            gap = doc.prose[word.end : nxt.start] if nxt else "."
            joined = nxt is not None and gap != "" and gap.strip(" \t") == "" and MASK not in gap
            initial = in_headline or k == 0 or _after_break(doc.prose, word.start)
            tokens.append(Token(word, word.text.lower(), index, initial, joined))
        out.append(Sentence(tuple(tokens)))
    return tuple(out)


_CACHE: dict[int, tuple[Document, tuple[Sentence, ...]]] = {}


def sentences(doc: Document) -> tuple[Sentence, ...]:
    """The draft's sentences as tokens; shared by every real-word rule in a run."""
    cached = _CACHE.get(id(doc))
    if cached is not None and cached[0] is doc:
        return cached[1]
    if len(_CACHE) > 16:
        _CACHE.clear()
    result = _tokens(doc)
    _CACHE[id(doc)] = (doc, result)
    return result


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
_DIGITS = re.compile(r"\d")

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
_VERB_SHAPE = re.compile(r"^(?:me(?:m|n|ng|ny)?|ber|be|di|ter|memper|diper)[a-z]{3,}$")


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
    # a listed stem that merely looks affixed (mereka, menteri, dinas, berat) is not a verb form
    if lex.is_stem(word):
        return False
    for analysis in lex.analyse(word):
        prefix = str(getattr(analysis, "prefix", "") or "")
        if prefix.startswith(("me", "ber", "be", "di", "ter", "memper", "diper")):
            return True
    return False


_AGENT = re.compile(r"^pe(?:m|n|ng|ny|l|r)?[a-z]{3,}$")


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


def is_number(token: Token) -> bool:
    return bool(_DIGITS.search(token.lower)) or token.lower in NUMBER_WORDS


# --- context conditions ---------------------------------------------------------------------------


def damerau1(a: str, b: str) -> bool:
    """True when `a` and `b` differ by exactly one insertion, deletion, substitution or swap."""
    if a == b:
        return False
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    if la > lb:
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :]


@dataclass(frozen=True)
class Term:
    """A context item: a word, a phrase ("lalu lintas"), a class ("@verb") or a mix ("rp @number")."""

    words: tuple[str, ...]


def _terms(items: Iterable[str], where: str) -> tuple[Term, ...]:
    out = []
    for item in items:
        if not isinstance(item, str) or not item.strip():
            raise ValueError(f"{where}: context items must be non-empty strings")
        out.append(Term(tuple(item.strip().lower().split())))
    return tuple(out)


_YEAR = re.compile(r"^(?:19|20)\d\d$")
_FIGURE = re.compile(r"^(?:rp)?\d")


class Classes:
    """Word classes for context conditions: built-in (@number, @verb, ...) and named lists."""

    BUILTIN = frozenset({"number", "digits", "year", "verb", "passive", "agent", "name", "any", "end"})

    def __init__(self, named: Mapping[str, Collection[str]]):
        self.named = {k.lower(): frozenset(w.lower() for w in v) for k, v in named.items()}

    def check_known(self, terms: Iterable[Term], where: str) -> None:
        for term in terms:
            for w in term.words:
                if w.startswith("@") and w[1:] not in self.BUILTIN and w[1:] not in self.named:
                    raise ValueError(f"{where}: unknown word class {w}")

    def matches(self, item: str, token: Token) -> bool:
        if not item.startswith("@"):
            return token.lower == item
        cls = item[1:]
        if cls == "any":
            return True
        if cls == "end":
            return False
        if cls == "number":
            return is_number(token)
        if cls == "digits":
            return bool(_FIGURE.match(token.lower))
        if cls == "year":
            return bool(_YEAR.match(token.lower))
        if cls == "verb":
            return not token.name_like and is_verb(token.lower)
        if cls == "passive":
            return not token.name_like and token.lower.startswith(("di", "ter")) and is_verb(token.lower)
        if cls == "agent":
            return not token.name_like and is_agent(token.lower)
        if cls == "name":
            return token.name_like
        return token.lower in self.named[cls]


def _match_forward(tokens: Sequence[Token], start: int, term: Term, classes: Classes) -> bool:
    """Does `term` match the tokens from `start` on (each step across blanks only)?"""
    for k, w in enumerate(term.words):
        i = start + k
        if i >= len(tokens) or (k and not tokens[i - 1].joined) or not classes.matches(w, tokens[i]):
            return False
    return True


def _match_backward(tokens: Sequence[Token], end: int, term: Term, classes: Classes) -> bool:
    """Does `term` match the tokens ending at index `end` (inclusive)?"""
    start = end - len(term.words) + 1
    return start >= 0 and _match_forward(tokens, start, term, classes)


_END = Term(("@end",))


def after(tokens: Sequence[Token], i: int, terms: Sequence[Term], classes: Classes) -> bool:
    """The word right after token i (across blanks only) starts one of `terms`.

    `@end` matches when no word follows across blanks (punctuation or the sentence end).
    """
    if not tokens[i].joined:
        return _END in terms
    return any(_match_forward(tokens, i + 1, t, classes) for t in terms if t != _END)


def before(tokens: Sequence[Token], i: int, terms: Sequence[Term], classes: Classes) -> bool:
    """The word(s) right before token i (across blanks only) end with one of `terms`."""
    return i > 0 and tokens[i - 1].joined and any(_match_backward(tokens, i - 1, t, classes) for t in terms)


# --- confusion families ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Context:
    """All given parts must hold: the word before, the word after, a word later/earlier in the sentence."""

    before: tuple[Term, ...] = ()
    after: tuple[Term, ...] = ()
    later: tuple[Term, ...] = ()
    earlier: tuple[Term, ...] = ()
    start: bool | None = None

    def holds(self, tokens: Sequence[Token], i: int, classes: Classes) -> bool:
        if self.start is not None and tokens[i].initial != self.start:
            return False
        if self.before and not before(tokens, i, self.before, classes):
            return False
        if self.after and not after(tokens, i, self.after, classes):
            return False
        if self.later and not any(
            _match_forward(tokens, j, t, classes) for j in range(i + 1, len(tokens)) for t in self.later
        ):
            return False
        return not self.earlier or any(
            _match_forward(tokens, j, t, classes) for j in range(i) for t in self.earlier
        )

    def terms(self) -> tuple[Term, ...]:
        return self.before + self.after + self.later + self.earlier


_CONTEXT_KEYS = {"before", "after", "later", "earlier", "start"}
_FAMILY_KEYS = {"word", "intended", "contexts", "unless", "fix", "names", *_CONTEXT_KEYS}


def _context(data: Mapping[str, Any], where: str) -> Context:
    unknown = set(data) - _CONTEXT_KEYS
    if unknown:
        raise ValueError(f"{where}: unknown context key(s) {', '.join(sorted(unknown))}")
    start = data.get("start")
    if start is not None and not isinstance(start, bool):
        raise ValueError(f"{where}: `start` must be true or false")
    return Context(
        before=_terms(data.get("before", ()), where),
        after=_terms(data.get("after", ()), where),
        later=_terms(data.get("later", ()), where),
        earlier=_terms(data.get("earlier", ()), where),
        start=start,
    )


@dataclass(frozen=True)
class Family:
    """Words that are slips for `intended` in any of `contexts`, unless any of `unless` holds."""

    words: frozenset[str]
    intended: str
    contexts: tuple[Context, ...]
    unless: tuple[Context, ...]
    fix: bool
    #: also when capitalized mid-sentence ("Pula Jawa" -> "Pulau Jawa")
    names: bool


def _family(data: Any, index: int) -> Family:
    where = f"families[{index}]"
    if not isinstance(data, dict):
        raise ValueError(f"{where}: each family is a table")
    unknown = set(data) - _FAMILY_KEYS
    if unknown:
        raise ValueError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    words = data.get("word")
    words = [words] if isinstance(words, str) else words
    intended = data.get("intended")
    if not words or not all(isinstance(w, str) for w in words) or not isinstance(intended, str):
        raise ValueError(f"{where}: needs `word` (a word or a list) and `intended`")
    contexts = [_context(c, f"{where}.contexts") for c in data.get("contexts", [])]
    inline = {k: v for k, v in data.items() if k in _CONTEXT_KEYS}
    if inline:
        contexts.append(_context(inline, where))
    if not contexts:
        raise ValueError(f"{where}: a family needs at least one context")
    unless = [_context(c, f"{where}.unless") for c in data.get("unless", [])]
    return Family(
        frozenset(w.lower() for w in words),
        intended,
        tuple(contexts),
        tuple(unless),
        bool(data.get("fix", False)),
        bool(data.get("names", False)),
    )


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
        self.families = tuple(_family(f, i) for i, f in enumerate(families))
        for i, fam in enumerate(self.families):
            for ctx in (*fam.contexts, *fam.unless):
                self.classes.check_known(ctx.terms(), f"families[{i}]")
        self.by_word: dict[str, list[Family]] = {}
        for fam in self.families:
            for w in fam.words:
                self.by_word.setdefault(w, []).append(fam)

    def check(self, doc: Document) -> Iterator[Hit]:
        for sentence in sentences(doc):
            tokens = sentence.tokens
            for i, token in enumerate(tokens):
                fams = self.by_word.get(token.lower)
                if not fams:
                    continue
                for fam in fams:
                    if token.name_like and not fam.names:
                        continue
                    if not any(c.holds(tokens, i, self.classes) for c in fam.contexts):
                        continue
                    if any(c.holds(tokens, i, self.classes) for c in fam.unless):
                        continue
                    yield _hit(token, fam.intended, fam.fix)
                    break


def _hit(token: Token, intended: str, fix: bool) -> Hit:
    found = token.word.text
    replacement = match_case(found, intended)
    return Hit(
        token.word.start,
        token.word.end,
        {"match": found, "replacement": replacement},
        (replacement,),
        replacement if fix else None,
    )


# --- person slot: "para"/"seorang" + a person noun --------------------------------------------------


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
    ):
        if not triggers or not persons:
            raise ValueError("`triggers` and `persons` must not be empty")
        if not all(
            isinstance(r, list) and len(r) == 2 and all(isinstance(x, str) for x in r) for r in rewrites
        ):
            raise ValueError("`rewrites` must be a list of [ending, replacement] pairs")
        self.triggers = frozenset(t.lower() for t in triggers)
        self.persons = frozenset(p.lower() for p in persons)
        self.rewrites = tuple((a.lower(), b.lower()) for a, b in rewrites)
        self.not_persons = frozenset(w.lower() for w in not_persons)
        self.edits = edits
        self.min_zipf = min_zipf

    def is_person(self, word: str) -> bool:
        if word in self.persons:
            return True
        # agent nouns in -wan/-wati and pe(N)- (pengamat, pemilih) name people
        if word.endswith(("wan", "wati")) and len(word) > 5:
            return known(word) is not False
        return is_agent(word, self.min_zipf)

    def candidates(self, word: str) -> list[str]:
        out = []
        for ending, replacement in self.rewrites:
            if word.endswith(ending) and len(word) - len(ending) >= 3:
                stem = word[: len(word) - len(ending)] + replacement
                if stem != word and self.is_person(stem) and stem not in out:
                    out.append(stem)
        # one-letter neighbours only for longer words: short ones have too many (juru, guru)
        if not out and self.edits and len(word) >= 5 and known(word) is True:
            out = sorted(p for p in self.persons if damerau1(word, p))
        return out

    def check(self, doc: Document) -> Iterator[Hit]:
        for sentence in sentences(doc):
            tokens = sentence.tokens
            for i in range(1, len(tokens)):
                token = tokens[i]
                if tokens[i - 1].lower not in self.triggers or not tokens[i - 1].joined or token.name_like:
                    continue
                word = token.lower
                if "-" in word or word in self.not_persons or self.is_person(word):
                    continue
                found = self.candidates(word)
                if found:
                    replacements = tuple(match_case(token.word.text, c) for c in found)
                    yield Hit(
                        token.word.start,
                        token.word.end,
                        {
                            "match": token.word.text,
                            "replacement": replacements[0],
                            "marker": tokens[i - 1].word.text,
                        },
                        replacements,
                        None,
                    )


# --- collocations ---------------------------------------------------------------------------------


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
    ):
        if not collocations:
            raise ValueError("`collocations` must not be empty")
        self.phrases = frozenset(tuple(c.lower().split()) for c in collocations)
        if any(len(p) < 2 for p in self.phrases):
            raise ValueError("`collocations` entries need two or more words")
        self.exceptions = tuple(tuple(c.lower().split()) for c in exceptions)
        self.max_zipf = max_zipf
        self.max_gain = max_gain
        # (length, slot, the other words) -> the words that fill the slot
        self.index: dict[tuple[int, int, tuple[str, ...]], set[str]] = {}
        for phrase in self.phrases:
            for k in range(len(phrase)):
                self.index.setdefault((len(phrase), k, phrase[:k] + phrase[k + 1 :]), set()).add(phrase[k])
        self.lengths = sorted({len(p) for p in self.phrases})
        self.draft_repeats = draft_repeats

    def plausible(self, observed: str, intended: str) -> bool:
        if not damerau1(observed, intended) or known(observed) is False:
            return False
        zo, zi = zipf(observed), zipf(intended)
        if zo is None or zi is None:
            return True
        # a form no frequency list has seen (tanak, subsisi) is the spelling check's to judge
        return 0 < zo < self.max_zipf and zo <= zi + self.max_gain

    def _covered(self, tokens: Sequence[Token]) -> set[int]:
        covered: set[int] = set()
        lowers = [t.lower for t in tokens]
        for phrase in self.exceptions:
            n = len(phrase)
            for s in range(len(tokens) - n + 1):
                if tuple(lowers[s : s + n]) == phrase and all(t.joined for t in tokens[s : s + n - 1]):
                    covered.update(range(s, s + n))
        return covered

    def check(self, doc: Document) -> Iterator[Hit]:
        seen: set[int] = set()
        for sentence in sentences(doc):
            tokens = sentence.tokens
            flagged: set[int] | None = None
            for n in self.lengths:
                for s in range(len(tokens) - n + 1):
                    window = tokens[s : s + n]
                    if not all(t.joined for t in window[:-1]):
                        continue
                    words = tuple(t.lower for t in window)
                    if words in self.phrases:
                        continue
                    for k, token in enumerate(window):
                        intended = self.index.get((n, k, words[:k] + words[k + 1 :]))
                        if not intended or token.name_like:
                            continue
                        if flagged is None:
                            flagged = self._covered(tokens)
                        if s + k in flagged:
                            continue
                        fits = sorted(w for w in intended if self.plausible(token.lower, w))
                        if fits:
                            flagged.add(s + k)
                            seen.add(token.word.start)
                            yield _hit(token, fits[0], False)
        if self.draft_repeats > 0:
            for hit in self._draft_slips(doc):
                if hit.start not in seen:
                    yield hit

    def _draft_slips(self, doc: Document) -> Iterator[Hit]:
        """Slips against the two-word phrases the draft itself repeats."""
        pairs: Counter[tuple[str, str]] = Counter()
        counts: Counter[str] = Counter()
        all_sentences = sentences(doc)
        for sentence in all_sentences:
            tokens = sentence.tokens
            counts.update(t.lower for t in tokens)
            pairs.update((a.lower, b.lower) for a, b in itertools.pairwise(tokens) if a.joined)
        repeated = {
            p for p, c in pairs.items() if c >= self.draft_repeats and all(self._content(w) for w in p)
        }
        if not repeated:
            return
        left: dict[str, set[str]] = {}
        right: dict[str, set[str]] = {}
        for a, b in repeated:
            left.setdefault(b, set()).add(a)
            right.setdefault(a, set()).add(b)
        for sentence in all_sentences:
            tokens = sentence.tokens
            for i, token in enumerate(tokens):
                if token.name_like:
                    continue
                options: set[str] = set()
                if i + 1 < len(tokens) and token.joined:
                    nxt = tokens[i + 1].lower
                    options |= {a for a in left.get(nxt, ()) if (token.lower, nxt) not in self.phrases}
                if i > 0 and tokens[i - 1].joined:
                    prev = tokens[i - 1].lower
                    options |= {b for b in right.get(prev, ()) if (prev, token.lower) not in self.phrases}
                # two affixed verbs one letter apart (menyatakan/mengatakan) are both good copy
                fits = sorted(
                    w
                    for w in options
                    if counts[token.lower] < counts[w]
                    and self._content(token.lower)
                    and self.plausible(token.lower, w)
                    and not (is_verb(token.lower) and is_verb(w))
                )
                if fits:
                    yield _hit(token, fits[0], False)

    @staticmethod
    def _content(word: str) -> bool:
        # function words and figures repeat in any draft: only content words make a phrase
        if len(word) < 3 or not word.isalpha():
            return False
        z = zipf(word)
        return z is None or z < 6.0


CHECK_TYPES: dict[str, type] = {
    "confusion": Confusion,
    "person-slot": PersonSlot,
    "collocation": Collocation,
}
