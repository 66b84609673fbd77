"""Slips onto content words where the sentence needs a function word.

A hurried typist who means a function word (akan, harus, lebih, bahwa, dari) often lands on a
content word one letter away (akar, haus, lebah, bawa, diri), and no spell checker sees it.
Function words have narrow grammatical frames: an auxiliary stands before a verb, a degree
adverb before an adjective, "bahwa" after a verb of saying, "dari" between a verb of motion and
a place. The `function-slot` check type takes these frames as data (a slot: the function words
and the contexts that call for them) and flags any real word one edit from a slot word, far
rarer than it, standing in that slot. No list of slips is written down: the lexicon supplies
the neighbours, word frequency says which way a slip goes, and the frame says where.

Content words have frames of their own, so a word is left alone where the sentence makes it a
noun (after a preposition, a numeral or a determiner), where it is a function word itself, and
where it is capitalized mid-sentence (a name).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from typing import Any, NamedTuple

from newslint.checks.patterns import WordMemo
from newslint.checks.realword import (
    CONTEXT_KEYS,
    Classes,
    Context,
    Sentence,
    checked_contexts,
    context_of,
    is_number,
    known,
    sentences,
    slip_hit,
    zipf,
)
from newslint.document import Document
from newslint.lexicon.suggest import NeighbourIndex
from newslint.rules import Hit

_SLOT_KEYS = {
    "intended", "contexts", "unless", "except", "min-gain", "max-zipf", "function-words", *CONTEXT_KEYS
}  # fmt: skip


class Slot(NamedTuple):
    """Function words and the contexts in which one of them is called for."""

    intended: frozenset[str]
    contexts: tuple[Context, ...]
    unless: tuple[Context, ...]
    #: how many zipf points the function word must outrank the written word by
    min_gain: float
    #: a written word more frequent than this is meant
    max_zipf: float
    #: written words that are meant in this slot (adjectives before a verb: "lelah menunggu")
    excepted: frozenset[str] = frozenset()
    #: built-in classes of such words (@verb: "waktu berlalu cepat" is no "terlalu")
    excepted_classes: tuple[str, ...] = ()
    #: the slot judges written function words, and only them: where the place admits nothing
    #: else, a function word is a slip too ('"...," kita Asep' -> kata)
    function_words: bool = False


def _slot(data: Any, index: int, classes: Classes, defaults: tuple[float, float]) -> Slot:
    where = f"slots[{index}]"
    raw = checked_contexts(data, where, "slot", _SLOT_KEYS, classes)
    intended = data.get("intended")
    intended = [intended] if isinstance(intended, str) else intended
    if not intended or not all(isinstance(w, str) and w.strip() for w in intended):
        raise ValueError(f"{where}: needs `intended` (a word or a list of words)")
    if not raw:
        raise ValueError(f"{where}: a slot needs at least one context")
    unless = list(data.get("unless", []))
    excepted = data.get("except", [])
    if not isinstance(excepted, list) or not all(isinstance(i, str) for i in excepted):
        raise ValueError(f"{where}: `except` must be a list of words")
    open_to = data.get("function-words", False)
    if not isinstance(open_to, bool):
        raise ValueError(f"{where}: `function-words` must be true or false")
    limits = []
    # min-gain may be below zero where the place alone asks for the word (a verb of saying
    # after a quotation: ujar is rarer than ajar); max-zipf may not
    for key, default, least in zip(("min-gain", "max-zipf"), defaults, (-3.0, 0.0), strict=True):
        value = data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int | float) or value < least:
            raise ValueError(f"{where}: `{key}` must be a number >= {least:g}")
        limits.append(float(value))
    return Slot(
        frozenset(w.lower() for w in intended),
        tuple(context_of(c) for c in raw),
        tuple(context_of(c) for c in unless),
        min_gain=limits[0],
        max_zipf=limits[1],
        excepted=_words_and_classes(
            [i for i in excepted if i.lower()[1:] not in classes.BUILTIN], f"{where}: `except`", classes
        ),
        excepted_classes=tuple(i.lower() for i in excepted if i.lower()[1:] in classes.BUILTIN),
        function_words=open_to,
    )


def _words_and_classes(items: Any, where: str, classes: Classes) -> frozenset[str]:
    """Words, and the words of the @classes among them."""
    if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
        raise ValueError(f"{where} must be a list of words")
    words = {i.lower() for i in items if not i.startswith("@")}
    for item in items:
        if item.startswith("@"):
            if item[1:].lower() not in classes.named:
                raise ValueError(f"{where}: unknown word class {item.lower()}")
            words |= classes.named[item[1:].lower()]
    return frozenset(words)


class FunctionSlot:
    """A real word one edit from a far more frequent function word, in that word's slot."""

    def __init__(
        self,
        slots: list[dict[str, Any]],
        function_words: Collection[str],
        noun_markers: Collection[str] = (),
        classes: Mapping[str, Collection[str]] | None = None,
        min_gain: float = 1.0,
        max_zipf: float = 5.0,
        min_length: int = 3,
    ):
        if not slots:
            raise ValueError("`slots` must not be empty")
        self.classes = Classes(classes or {})
        self.slots = tuple(_slot(s, i, self.classes, (min_gain, max_zipf)) for i, s in enumerate(slots))
        self.by_word: dict[str, list[Slot]] = {}
        for slot in self.slots:
            for word in slot.intended:
                self.by_word.setdefault(word, []).append(slot)
        # a function word is never itself the slip of another ("bila" is no "bisa")
        words = _words_and_classes(list(function_words), "`function-words`", self.classes)
        self.function_words = words | self.by_word.keys()
        # slot words of the slots that a function word may stand in by mistake
        self.open_words = frozenset(w for slot in self.slots if slot.function_words for w in slot.intended)
        self.noun_markers = frozenset(w.lower() for w in noun_markers)
        self.min_length = min_length
        # a word's neighbours among the slot words, found with len(word) + 1 look-ups
        self._index = NeighbourIndex(self.by_word)
        self._neighbours: dict[str, tuple[str, ...]] = {}
        self._memo = WordMemo()  # the words with a slot word near them

    def neighbours(self, word: str) -> tuple[str, ...]:
        """Slot words one edit from `word` that some slot lets it stand for, most frequent first."""
        found = self._neighbours.get(word)
        if found is None:
            # a slot word's own verb in -i is meant: "sambalnya saya kurangi" (object first, the
            # doer a pronoun) is no "kurang"
            near = {f for f in self._index.within1(word) if word != f + "i"}
            found = ()
            if word in self.function_words:
                # a function word is a slip only where a slot admits nothing else
                near = {f for f in near if f in self.open_words}
            if near and known(word) is True:
                zw = zipf(word) or 0.0
                fits = [f for f in near if any(self._fits(s, zw, f) for s in self.by_word[f])]
                found = tuple(sorted(fits, key=lambda f: -(zipf(f) or 0.0)))
            self._neighbours[word] = found
        return found

    @staticmethod
    def _fits(slot: Slot, written: float, intended: str) -> bool:
        return written <= slot.max_zipf and (zipf(intended) or 0.0) - written >= slot.min_gain

    def _noun_position(self, sentence: Sentence, i: int) -> bool:
        """After a preposition, a numeral or a determiner, a word is a noun where it stands."""
        if i == 0 or not sentence.joined[i - 1]:
            return False
        before = sentence.lowers[i - 1]
        return before in self.noun_markers or is_number(before)

    def check(self, doc: Document) -> Iterator[Hit]:
        skip = self.function_words
        # most words were seen before, and most have no slot word near them
        live = self._memo.matching(
            doc.vocabulary, lambda v: len(v) >= self.min_length and v.isalpha() and bool(self.neighbours(v))
        )
        if not live:
            return
        for sentence in sentences(doc):
            if sentence.headline:
                continue  # a headline capitalizes every word and drops function words
            lowers = sentence.lowers
            if live.isdisjoint(lowers):
                continue
            for i in [i for i, word in enumerate(lowers) if word in live]:
                word = lowers[i]
                near = self._neighbours[word]
                # a function word is no noun after a determiner: it is judged where it stands
                if sentence.name_like(i) or (word not in skip and self._noun_position(sentence, i)):
                    continue
                intended = self._intended(sentence, i, word, near, word in skip)
                if intended is not None:
                    yield slip_hit(sentence.word(i), intended, False)

    def _intended(
        self, sentence: Sentence, i: int, word: str, near: tuple[str, ...], function_word: bool = False
    ) -> str | None:
        written = zipf(word) or 0.0
        for f in near:
            for slot in self.by_word[f]:
                if function_word != slot.function_words:
                    continue
                # an excepted word keeps its -nya form: '"...," tanyanya' as '"...," tanya Rina'
                if word in slot.excepted or word.removesuffix("nya") in slot.excepted:
                    continue
                if not self._fits(slot, written, f):
                    continue
                if not any(c.holds(sentence, i, self.classes) for c in slot.contexts):
                    continue
                # (after the context: a built-in class may ask the lexicon)
                if any(self.classes.matches(c, sentence, i) for c in slot.excepted_classes):
                    continue
                if any(c.holds(sentence, i, self.classes) for c in slot.unless):
                    continue
                return f
        return None


CHECK_TYPES: dict[str, type] = {"function-slot": FunctionSlot}
