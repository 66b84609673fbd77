"""Data check types: existence, substitution, repetition (consistency lives in naming.py)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection, Iterator, Mapping
from typing import TypeVar

from newslint import compiled
from newslint.checks.lazy import LazyPattern
from newslint.document import DATELINE_RE, MASK, TITLE_BLOCKS, BlockKind, Document
from newslint.rules import Hit

T = TypeVar("T")
D = TypeVar("D")

#: An age in brackets after a word: "RS (24)", "Ling Ling (27)".
AGE_AFTER = LazyPattern(r" \((?:[1-9]\d?|1[01]\d)(?: tahun)?\)")


def per_document(compute: Callable[[D], T]) -> Callable[[D], T]:
    """`compute` remembered for the last few documents (or objects made once per document, such
    as its vocabulary), so the rules of one run share its result."""
    # keyed by id(): a Document holds a dict and is hashed by value; the held reference keeps the
    # id from being reused while the entry lives. The engine runs every rule on one draft (and its
    # scoped views) before the next: a few entries do, and results freed young cost the GC little.
    cache: dict[int, tuple[D, T]] = {}

    @functools.wraps(compute)
    def cached(doc: D) -> T:
        hit = cache.get(id(doc))
        if hit is not None and hit[0] is doc:
            return hit[1]
        if len(cache) >= 4:
            cache.clear()
        value = compute(doc)
        cache[id(doc)] = (doc, value)
        return value

    return cached


@per_document
def word_starts(doc: Document) -> list[int]:
    """Start offsets of `doc.words`, in order, for bisecting."""
    return [w.start for w in doc.words]


# Masked text (markup, URLs) is a word boundary: "*Tiongkok*" in Markdown still matches.
_BEFORE = r"(?<![\w\-])"
_AFTER = r"(?!\w|-\w)"


def word_pattern(
    words: Collection[str], ignorecase: bool = True, in_compounds: bool = False
) -> re.Pattern[str]:
    """One alternation matching any of `words` as whole words (longest first).

    With `in_compounds`, a word inside a hyphenated compound counts too (China-Rusia).
    """
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)
    before, after = (r"(?<!\w)", r"(?!\w)") if in_compounds else (_BEFORE, _AFTER)
    return compiled.compile(f"{before}(?:{body}){after}", re.IGNORECASE if ignorecase else 0)


class WordMemo:
    """Which words of a draft pass a test; each distinct word is tested once per process, since
    news vocabulary is Zipfian and most of a draft's words were seen in earlier drafts."""

    def __init__(self) -> None:
        self._seen: set[str] = set()
        self._hits: set[str] = set()
        # how many words all memos had seen when this one had seen the same (-1: not since)
        self._level = 0

    def matching(self, vocabulary: frozenset[str], test: Callable[[str], bool]) -> set[str]:
        novel, before = _novel(vocabulary)
        # A memo's words are always among those of all memos together, which only grow: a
        # memo that had seen as many as they had at some size had seen the same ones. Level
        # with them before this vocabulary, it lacks only the vocabulary's novel words, found
        # once for every memo of the run instead of by each.
        if self._level == before:
            fresh: frozenset[str] = novel
            self._level = before + len(novel)
        else:
            fresh = vocabulary - self._seen
        if fresh:
            self._hits.update([v for v in fresh if test(v)])
            self._seen |= fresh
        if self._level != before + len(novel):
            self._level = len(_SEEN_BY_ALL) if len(self._seen) == len(_SEEN_BY_ALL) else -1
        return self._hits & vocabulary


# The words any WordMemo has seen.
_SEEN_BY_ALL: set[str] = set()


@per_document
def _novel(vocabulary: frozenset[str]) -> tuple[frozenset[str], int]:
    """The words of `vocabulary` no WordMemo had seen, and how many words they had seen."""
    before = len(_SEEN_BY_ALL)
    novel = vocabulary - _SEEN_BY_ALL
    _SEEN_BY_ALL.update(novel)
    return novel, before


def word_pairs(pairs: Collection[str]) -> set[frozenset[str]]:
    """Pairs of words given as data "a/b" (putra/putri), each as the set of its two words."""
    return {frozenset(pair.lower().split("/")) for pair in pairs}


def match_case(model: str, replacement: str) -> str:
    """`replacement` with the capitalization of `model` (Dimana -> Di mana, IJIN -> IZIN)."""
    if model.isupper() and len(model) > 1:
        return replacement.upper()
    if model[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


class Existence:
    """Flags any of `tokens`: words or phrases that should not appear."""

    def __init__(self, tokens: Collection[str], ignorecase: bool = True, exceptions: Collection[str] = ()):
        if not tokens:
            raise ValueError("`tokens` must not be empty")
        self.pattern = word_pattern(tokens, ignorecase)
        self.exceptions = {e.lower() for e in exceptions}

    def check(self, doc: Document) -> Iterator[Hit]:
        for m in self.pattern.finditer(doc.prose):
            if m.group().lower() not in self.exceptions:
                yield Hit(m.start(), m.end(), {"match": m.group()})


class Substitution:
    """Flags keys of `swap` and suggests their value; `fix = true` makes the swap safe to apply."""

    def __init__(
        self,
        swap: Mapping[str, str],
        ignorecase: bool = True,
        fix: bool = False,
        keep_capitalized: bool = False,
    ):
        if not swap:
            raise ValueError("`swap` must not be empty")
        self.swap = {k.lower(): v for k, v in swap.items()}
        self.pattern = word_pattern(swap, ignorecase)
        self.fix = fix
        # a capitalized mid-sentence match may be a name (Firman, Bank Central Asia)
        self.keep_capitalized = keep_capitalized

    def check(self, doc: Document) -> Iterator[Hit]:
        for m in self.pattern.finditer(doc.prose):
            found = m.group()
            if self.keep_capitalized and found[:1].isupper() and not opens_sentence(doc.prose, m.start()):
                continue
            replacement = match_case(found, self.swap[re.sub(r"\s+", " ", found.lower())])
            yield Hit.swap(m.start(), m.end(), found, replacement, safe=self.fix)


def opens_sentence(text: str, offset: int) -> bool:
    """Whether the word at `offset` opens a sentence, a line or a clause after a colon, or the
    lead after its dateline ("Jakarta, IDN Times - Tercatat ..."), so its capital says nothing
    about whether it is a name."""
    i = offset - 1
    while i >= 0 and text[i] in " \t\"“”‘'(\ufffc":
        i -= 1
    if i < 0 or text[i] in ".!?\n:…":
        return True
    return text[i] in "-–—" and after_dateline(text, offset)


def after_dateline(text: str, offset: int) -> bool:
    """Whether `offset` is the first word after "Jakarta, IDN Times - " of its line."""
    line = max(text.rfind("\n", 0, offset), text.rfind("\r", 0, offset)) + 1
    # DATELINE_RE is anchored with ^, so it is matched on the line itself
    dateline = DATELINE_RE.match(text[line:offset])
    return dateline is not None and text[line + dateline.end() : offset].strip(_AFTER_DASH) == ""


def dateline_place(doc: Document) -> tuple[int, int]:
    """The span of the lead's town, up to its comma ("Painan, IDN Times - "), or (0, -1)."""
    lead = next((b for b in doc.blocks if b.kind is BlockKind.DATELINE), None)
    return (lead.start, doc.prose.find(",", lead.start, lead.end)) if lead is not None else (0, -1)


#: what may stand between a dateline's dash and the lead's first word
_AFTER_DASH = " \t\"“‘'([" + MASK


class Repetition:
    """Flags a word written twice in a row ("dan dan"); reduplication uses a hyphen."""

    def __init__(self, exceptions: Collection[str] = (), name_heads: Collection[str] = ()):
        self.exceptions = {e.lower() for e in exceptions}
        # capitalized heads of places' names: a capitalized word doubled after one is the
        # place's name (Pantai Batu Batu), however Indonesian the word
        self.name_heads = {h.lower() for h in name_heads}

    def check(self, doc: Document) -> Iterator[Hit]:
        words = doc.words
        lowers = doc.lowers
        for k in [k for k in range(1, len(lowers)) if lowers[k] == lowers[k - 1]]:
            prev, word = words[k - 1], words[k]
            gap = doc.prose[prev.end : word.start]
            if (
                gap.strip(" \t") == ""
                and gap
                and not word.text.isdigit()
                and word.text.lower() not in self.exceptions
                and not (
                    prev.text[:1].isupper()
                    and word.text[:1].isupper()
                    and (
                        _foreign_or_name(word.text)
                        or (
                            _inside_sentence(doc, prev.start)
                            and (
                                _uncommon(word.text)
                                # a place doubles a town's name, but the second opening a
                                # longer name is a slip: "Amerika Amerika Serikat"
                                or (
                                    _is_name(word.text)
                                    and not (k + 1 < len(words) and _capitalized_after(doc, k))
                                )
                            )
                        )
                        or AGE_AFTER.match(doc.prose, word.end) is not None
                        or (k > 1 and self._after_head(doc, k - 1))
                    )
                )
            ):
                yield Hit(
                    prev.start,
                    word.end,
                    {"match": doc.source[prev.start : word.end], "word": word.text},
                    (word.text,),
                    None,
                )

    def _after_head(self, doc: Document, k: int) -> bool:
        """Word k follows a capitalized head of a place's name, a space between them."""
        head = doc.words[k - 1]
        return (
            doc.lowers[k - 1] in self.name_heads
            and head.text[:1].isupper()
            and doc.prose[head.end : doc.words[k].start] == " "
        )


def _inside_sentence(doc: Document, offset: int) -> bool:
    """Capitals inside a sentence, outside a title-case block, mark a name even on Indonesian
    words (Mobile Legends: Bang Bang); a slip doubles a function word."""
    # imported here: the capital checks import this module's helpers
    from newslint.checks.capital import sentence_start

    if sentence_start(doc.prose, offset):
        return False
    return not any(b.kind in TITLE_BLOCKS and b.start <= offset < b.end for b in doc.blocks)


def _capitalized_after(doc: Document, k: int) -> bool:
    """Word k + 1 is capitalized and follows word k after a space."""
    word, after = doc.words[k], doc.words[k + 1]
    return after.text[:1].isupper() and doc.prose[word.end : after.start] == " "


def _uncommon(word: str) -> bool:
    """A short word (four letters at most) and not an everyday one (zipf under 5): names double
    such syllables (Bang Bang, Ling Ling, Bora Bora); "Posisi Posisi", "Dinas Dinas" and
    "Kelurahan Kelurahan" are slips."""
    from newslint.lexicon import lexicon

    return len(word) <= 4 and lexicon().zipf(word.lower()) < 5.0


def _is_name(word: str) -> bool:
    from newslint.lexicon import lexicon

    return lexicon().is_name(word)


def _foreign_or_name(word: str) -> bool:
    """A capitalized word doubled is a name's when it is no Indonesian word (Duran Duran, Yeo
    Yann Yann, La La Land, Very Very Important Person); a doubled Indonesian word in title case
    ("Final Final", "Posisi Posisi") is still a slip."""
    from newslint.lexicon import lexicon

    # "frequent" is what the frequency list alone knows, English words of the web among them
    return lexicon().verdict(word.lower()).how not in ("listed", "analysed")


CHECK_TYPES: dict[str, type] = {
    "existence": Existence,
    "substitution": Substitution,
    "repetition": Repetition,
}
