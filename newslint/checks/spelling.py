"""The spelling check: non-words and near misses of names, with ranked suggestions."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from newslint.config import Vocabulary
from newslint.document import MASK, BlockKind, Document, Word
from newslint.lexicon import Lexicon, lexicon
from newslint.lexicon.suggest import deletes1, distance
from newslint.rules import Hit

_LATIN = re.compile(r"[a-z]+(?:-[a-z]+)*")
_PART = re.compile(r"[^\W_]+")
# what may stand between a sentence start and its first word
_OPENERS = " \t\"“‘'([*•\ufffc"
_STARTERS = ".!?…:;\n\r-–—"
_TITLE_KINDS = frozenset({BlockKind.HEADLINE, BlockKind.SUBTITLE, BlockKind.HEADING, BlockKind.SECTION})
# spellings before 1972 that names keep (Soekarno, Djakarta, Tjokro): no one's typo
_OLD_SPELLING = (("oe", "u"), ("dj", "\0"), ("tj", "c"), ("sj", "sy"), ("nj", "ny"), ("ch", "kh"), ("j", "y"))

_LAST_WORD = re.compile(r"[^\W\d_]+$")
# abbreviations that end in a period inside a sentence
_TITLES = frozenset(
    {
        *("dr", "drs", "dra", "prof", "ir", "h", "hj", "kh", "st", "jl", "jln", "no", "tn", "ny", "nn"),
        *("sdr", "sdri", "bpk", "kol", "letkol", "mayjen", "brigjen", "jend", "irjen", "kombes", "kompol"),
        *("akbp", "iptu", "ipda", "aiptu", "bripka", "brigadir", "mr", "mrs", "ms", "dkk", "dll", "dsb"),
    }
)

#: A name used this many times as often in the draft makes a rarer near miss a typo.
DRAFT_NAME_RATIO = 2
#: The slip a near miss of a known name may be: one edit (a swap, a vowel, a neighbouring key).
NAME_SLIP = 1.0
#: A frequent word (zipf) counts as a name to be slipped from by a tripled letter.
NAME_TARGET_ZIPF = 3.0
#: Notable names at least this long also catch a dropped or added letter.
LONG_NAME = 8
_TRIPLE = re.compile(r"([a-z])\1\1+")
#: Abbreviations shorter than this are left alone (AS, PBB, BPK are dense).
ABBREVIATION_MIN = 4
#: Longer strings are not judged (no Indonesian word comes close; edits would cost too much).
MAX_LENGTH = 40
#: Lowercase strings shorter than this are not judged.
SHORT = 4
# bound forms and clitics standing apart: an affix-spacing matter, not spelling
_BOUND = frozenset({"nya", "ku", "mu", "lah", "kah", "pun", "pra", "pasca", "antar", "non", "multi", "sub"})
#: Names shorter than this are too dense in the name space for near misses to mean anything.
NAME_MIN_LENGTH = 5
#: A capitalized sentence-initial unknown word is a typo only when a common word this close exists.
INITIAL_SLIP = 1.0
INITIAL_TARGET_ZIPF = 4.0
#: A lowercase unknown word is flagged when its best suggestion is this close (or it has none).
WORD_SLIP = 1.5


@dataclass(frozen=True)
class _Token:
    """A word or a part of a hyphenated word, with where it sits."""

    start: int
    end: int
    text: str
    initial: bool  # sentence-initial or in a title-case line: its capital says nothing
    before_name: bool = False  # followed by a capitalized word: part of a name (Tan Sri, Haji Agus)


@dataclass
class _Draft:
    """What the draft itself says about its words."""

    capitalized: Counter[str]
    lowered: Counter[str]
    mid_names: set[str]


class Spelling:
    """Flags non-words (affixes, clitics and reduplication understood) and near misses of names."""

    def __init__(self, vocabulary: Vocabulary | None = None, min_length: int = 2):
        self.vocabulary = vocabulary or Vocabulary()
        self.accept = {w.lower() for w in self.vocabulary.accept}
        self.accept_exact = set(self.vocabulary.accept)
        self.reject = {w.lower() for w in self.vocabulary.reject}
        self.min_length = min_length

    def check(self, doc: Document) -> Iterator[Hit]:
        lex = lexicon()
        tokens = list(self._tokens(doc, lex))
        draft = _Draft(
            Counter(t.text for t in tokens if t.text[:1].isupper()),
            Counter(t.text.lower() for t in tokens),
            {t.text for t in tokens if t.text[:1].isupper() and not t.initial},
        )
        for token in tokens:
            hit = self._judge(token, lex, draft)
            if hit is not None:
                yield hit

    # --- tokens ------------------------------------------------------------------------------

    def _tokens(self, doc: Document, lex: Lexicon) -> Iterator[_Token]:
        title_blocks = [
            b for b in doc.blocks if b.kind in _TITLE_KINDS and _title_case(doc.prose[b.start : b.end])
        ]
        words = [w for w in doc.words if not any(c.isdigit() for c in w.text)]
        for i, word in enumerate(words):
            if "'" in word.text or "’" in word.text:
                continue
            titled = any(b.start <= word.start < b.end for b in title_blocks)
            initial = titled or _sentence_initial(doc.prose, word.start)
            nxt = words[i + 1] if i + 1 < len(words) else None
            before_name = (
                not titled
                and nxt is not None
                and nxt.text[:1].isupper()
                and doc.prose[word.end : nxt.start] == " "
                and not _sentence_initial(doc.prose, nxt.start)
            )
            if "-" in word.text and not _whole_ok(word, lex):
                # each part of an unknown compound stands alone: "Asia-Pasifik", "China-Rusia"
                first = True
                for m in _PART.finditer(word.text):
                    yield _Token(word.start + m.start(), word.start + m.end(), m.group(), initial and first)
                    first = False
                continue
            yield _Token(word.start, word.end, word.text, initial, before_name)

    # --- verdicts ----------------------------------------------------------------------------

    def _judge(self, token: _Token, lex: Lexicon, draft: _Draft) -> Hit | None:
        text = token.text
        low = text.lower()
        if low in self.reject:
            return self._hit(token, ())
        if not self.min_length <= len(text) <= MAX_LENGTH or low in self.accept or text in self.accept_exact:
            return None  # a 40-letter "word" is a URL fragment or a code, not a typo
        if not _LATIN.fullmatch(low) or low in _BOUND:
            return None  # other scripts, accented foreign names; "pra"/"-nya" apart is affix spacing
        if text.isupper() and len(text) > 1:
            return self._abbreviation(token, lex, draft)
        if any(c.isupper() for c in text[1:]):
            return None  # brands and camel case (iPhone, McDonald)
        capital = text[:1].isupper()
        if capital and (not token.initial or text in draft.mid_names):
            return self._name(token, lex, draft)
        verdict = lex.verdict(low)
        if verdict.known or lex.is_english(low) or (verdict.likely is None and lex.is_foreign(low)):
            return None
        if not capital and low in lex.names_lower:
            return None  # a name in lower case (sabtu, jakarta) is a capitalization matter
        if capital:
            # sentence-initial or title case: a name unless it is a clear slip of a common word
            if lex.is_name(text) or draft.lowered[low] > 1:
                return None
            near = self._name(token, lex, draft)
            if near is not None or len(text) < NAME_MIN_LENGTH:
                return near
            if verdict.likely is None and lex.zipf(low) >= 3.0:
                return None
            suggestions = lex.suggest(low)
            if verdict.likely is not None:
                suggestions = (verdict.likely, *(s for s in suggestions if s != verdict.likely))
            # a capitalized word followed by another is likely a name (Tan Sri, Haji Agus): only
            # the clearest slips of common words count there
            strict = 0.5 if token.before_name else 0.0
            if not suggestions or not _clear_slip(low, suggestions[0], lex, strict):
                return None
            return self._hit(token, _cased(text, suggestions))
        if len(text) < SHORT:
            return None  # two- and three-letter strings are abbreviations more often than slips
        if verdict.likely is None and draft.lowered[low] > 1:
            return None  # a term the writer uses throughout (combro, gethek) is meant
        suggestions = lex.suggest(low)
        if verdict.likely is not None and verdict.likely not in suggestions:
            suggestions = (verdict.likely, *suggestions)
        if verdict.likely is None and suggestions and distance(low, suggestions[0]) > WORD_SLIP:
            return None  # nothing close: a term we do not know rather than a slip
        return self._hit(token, _cased(text, suggestions))

    def _name(self, token: _Token, lex: Lexicon, draft: _Draft) -> Hit | None:
        """A capitalized word is a typo only as a near miss of a known or more frequent name."""
        text = token.text
        low = text.lower()
        if lex.is_name(text) or lex.known(low) or lex.is_foreign(low) or len(text) < 4:
            return None
        own = draft.capitalized.get(text, 0)
        limit = NAME_SLIP if len(text) < 8 else 2 * NAME_SLIP
        # names used more often in this draft: Ukraina x5 makes a single Ukriana a slip
        close = sorted(
            (distance(low, other.lower()), -n, other)
            for other, n in draft.capitalized.items()
            if n >= max(2, own * DRAFT_NAME_RATIO) and abs(len(other) - len(text)) <= 2 and other != text
        )
        rivals = tuple(o for d, _, o in close if 0 < d <= limit and not _old_spelling(o, text))
        if rivals:
            return self._hit(token, rivals)
        if own > 1 or len(text) < NAME_MIN_LENGTH or lex.zipf(low) >= 3.0:
            return None  # a name the draft itself or the frequency list vouches for
        near = _slipped_name(text, lex)
        return self._hit(token, (near,)) if near else None

    def _abbreviation(self, token: _Token, lex: Lexicon, draft: _Draft) -> Hit | None:
        """An abbreviation is a typo only as two letters swapped in one the draft uses more often
        (BKMG once, BMKG three times): capitals are too dense for more (PDRD and DPRD both exist),
        and a swap of the first letter usually makes another real one."""
        text = token.text
        if len(text) < ABBREVIATION_MIN or text in lex.names or draft.capitalized.get(text, 0) > 1:
            return None
        swaps = {text[:i] + text[i + 1] + text[i] + text[i + 2 :] for i in range(1, len(text) - 1)} - {text}
        used = sorted((-draft.capitalized.get(c, 0), c) for c in swaps if draft.capitalized.get(c, 0) >= 2)
        return self._hit(token, (used[0][1],)) if used else None

    def _hit(self, token: _Token, suggestions: tuple[str, ...]) -> Hit:
        shown = suggestions[:5]
        if shown:
            return Hit(token.start, token.end, {"word": token.text, "suggestion": shown[0]}, shown)
        return Hit(
            token.start,
            token.end,
            {"word": token.text, "suggestion": ""},
            (),
            message={
                "id": f'Kata "{token.text}" tidak dikenal; periksa ejaannya',
                "en": f'Unknown word "{token.text}"; check its spelling',
            },
        )


def _slipped_name(text: str, lex: Lexicon) -> str | None:
    """The notable name (country, province, city, institution) this one is a typing slip of.

    Two letters swapped or one doubled or undoubled (Ukriana, Filipinna) at any length; a letter
    dropped or added only against long names (Sulawsi), since short names are dense and most
    one-letter variants of them are other real names. A tripled letter (Jakkkarta) is a slip of
    any known word or name.
    """
    low = text.lower()
    if _TRIPLE.search(low):
        fixed = _TRIPLE.sub(lambda m: m.group()[:2], low)
        if lex.is_name(fixed) or lex.known(fixed) or lex.zipf(fixed) >= NAME_TARGET_ZIPF:
            return lex.notable_name(fixed) or _cased(text, (fixed,))[0]
    for cand in sorted(typing_slips(low)):
        found = lex.notable_name(cand)
        if found is not None:
            return found
    for cand in sorted(set(deletes1(low)) | set(_inserts1(low))):
        found = lex.notable_name(cand)
        if found is not None and len(found) >= LONG_NAME:
            return found
    return None


def typing_slips(word: str) -> set[str]:
    """Strings one adjacent swap (not of the first letter), one doubled or undoubled letter away."""
    out = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(1, len(word) - 1)}
    out |= {word[:i] + word[i + 1 :] for i in range(1, len(word)) if word[i] == word[i - 1]}
    out |= {word[: i + 1] + word[i:] for i in range(len(word))}
    out.discard(word)
    return out


def _inserts1(word: str) -> Iterator[str]:
    for i in range(1, len(word) + 1):
        for c in "abcdefghijklmnopqrstuvwxyz":
            yield word[:i] + c + word[i:]


def _clear_slip(word: str, target: str, lex: Lexicon, strict: float = 0.0) -> bool:
    """An Indonesian word (not a name the frequency list happens to hold) one slip away, common
    enough for its length: short names crowd short words, long ones hardly ever look affixed."""
    if len(word) <= 6:
        needed = INITIAL_TARGET_ZIPF
    elif len(word) <= 8:
        needed = INITIAL_TARGET_ZIPF - 1.0
    else:
        needed = 0.0
    return (
        distance(word, target) <= INITIAL_SLIP
        and lex.zipf(target) >= needed + strict
        and lex.verdict(target).how in ("listed", "analysed")
        and not _name_variant(word, target)
    )


def _modern(name: str) -> str:
    out = name.lower()
    for old, new in _OLD_SPELLING:
        out = out.replace(old, new)
    return out.replace("\0", "j")


def _old_spelling(a: str, b: str) -> bool:
    """One name is the other in the spelling before 1972 (Djakarta, Soekarno)."""
    return _modern(a) == b.lower() or _modern(b) == a.lower()


def _name_variant(a: str, b: str) -> bool:
    """Old spelling, or the Javanese final -o of a name against a word's -a (Darmo/darma)."""
    a, b = a.lower(), b.lower()
    return _old_spelling(a, b) or (a[:-1] == b[:-1] and {a[-1:], b[-1:]} == {"a", "o"})


def _cased(model: str, words: tuple[str, ...]) -> tuple[str, ...]:
    if model[:1].isupper():
        return tuple(w[:1].upper() + w[1:] for w in words)
    return words


def _whole_ok(word: Word, lex: Lexicon) -> bool:
    text = word.text
    if any(c.isupper() for c in text):
        return False
    return lex.known(text) or lex.is_foreign(text)


def _sentence_initial(prose: str, offset: int) -> bool:
    i = offset - 1
    while i >= 0 and prose[i] in _OPENERS:
        i -= 1
    if i >= 0 and prose[i] == ".":
        # "Dr. Cipto", "Jl. Sudirman", "M. Agus": a title or an initial, not a sentence end
        before = _LAST_WORD.search(prose, max(0, i - 12), i)
        if before is not None and (before.group().lower() in _TITLES or len(before.group()) == 1):
            return False
    return i < 0 or prose[i] in _STARTERS


def _title_case(text: str) -> bool:
    words: list[str] = re.findall(r"[^\W\d_]{4,}", text.replace(MASK, " "))
    if len(words) < 2:
        return False
    capitals = sum(1 for w in words if w[:1].isupper())
    return capitals >= 0.6 * len(words)


CHECK_TYPES: dict[str, type] = {"spelling": Spelling}
