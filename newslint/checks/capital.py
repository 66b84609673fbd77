"""Capitalization check types (EYD V, bab I "Penggunaan Huruf Kapital"): names of days, months
and holidays; titles and geographic generics before a name; the first word of a sentence;
proper nouns the lexicon knows; the headline in title case."""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Iterator, Sequence

from newslint.document import DATELINE_RE, MASK, BlockKind, Document, Word
from newslint.lexicon import Lexicon, lexicon
from newslint.rules import Hit

#: Tokens longer than this are no words and are not looked up.
MAX_WORD = 40

_OPENERS = " \t\"“‘'([" + MASK
_QUOTES = "\"“‘'"


def _line_start_of(text: str, offset: int) -> int:
    return max(text.rfind("\n", 0, offset), text.rfind("\r", 0, offset)) + 1


def sentence_start(text: str, offset: int) -> bool:
    """Whether the word at `offset` opens a sentence, a paragraph or a quotation."""
    i = offset - 1
    quoted = False
    while i >= 0 and text[i] in _OPENERS:
        quoted = quoted or text[i] in _QUOTES
        i -= 1
    if i < 0 or text[i] in "\r\n.!?…":
        return True
    if text[i] in ":," and quoted:
        return True  # a direct quotation opens with a capital: kata dia, "Kami ..."
    return _after_dateline(text, offset)


def _after_dateline(text: str, offset: int) -> bool:
    """Whether `offset` is the first word after "Jakarta, IDN Times - " of its line."""
    line = _line_start_of(text, offset)
    # DATELINE_RE is anchored with ^, so it is matched on the line itself
    dateline = DATELINE_RE.match(text[line:offset])
    return dateline is not None and text[line + dateline.end() : offset].strip(_OPENERS) == ""


def capitalize(word: str) -> str:
    return word[:1].upper() + word[1:]


def title_case(phrase: str) -> str:
    return " ".join(capitalize(w) for w in phrase.split(" "))


def _is_capitalized(word: str) -> bool:
    return word[:1].isupper()


class ProperCase:
    """Names that are always written with a capital (days, months, holidays) found in lower case.

    `words` are written as they should be (Senin, Idulfitri). `in_context` words are also common
    words (minggu = week) and count only next to a date or a time of day, or after "hari".
    """

    DATE_AFTER = re.compile(r"\s*(?:\(\s*\d|,\s*\d|\s(?:pagi|siang|sore|malam|dini)\b)")

    def __init__(self, words: Collection[str], in_context: Collection[str] = (), fix: bool = True):
        if not words:
            raise ValueError("`words` must not be empty")
        self.proper = {w.lower(): w for w in words}
        self.in_context = {w.lower() for w in in_context}
        ordered = sorted(self.proper, key=len, reverse=True)
        body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)
        self.pattern = re.compile(rf"(?<![\w\-\ufffc])(?:{body})(?![\w\ufffc])", re.IGNORECASE)
        self.fix = fix

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.prose
        for m in self.pattern.finditer(text):
            found = m.group()
            proper = self.proper[re.sub(r"\s+", " ", found.lower())]
            written, wanted = found.split(), proper.split()
            if len(written) != len(wanted) or not any(
                a[:1].islower() and b[:1].isupper() for a, b in zip(written, wanted, strict=True)
            ):
                continue
            if found.lower() in self.in_context and not self._dated(text, m.start(), m.end()):
                continue
            single = len(written) == 1
            yield Hit(
                m.start(),
                m.end(),
                {"match": found, "replacement": proper},
                (proper,),
                proper if self.fix and single else None,
            )

    def _dated(self, text: str, start: int, end: int) -> bool:
        before = text[max(0, start - 6) : start].lower()
        return bool(self.DATE_AFTER.match(text, end)) or before.endswith("hari ")


class TitleBeforeName:
    """A title written in lower case right before a name, an institution or a place
    (gubernur Khofifah -> Gubernur Khofifah; wakil ketua Komisi III -> Wakil Ketua)."""

    def __init__(
        self,
        titles: Collection[str],
        not_after: Collection[str] = (),
        institution_only: Collection[str] = (),
        institutions: Collection[str] = (),
    ):
        if not titles:
            raise ValueError("`titles` must not be empty")
        self.titles = {t.lower() for t in titles}
        self.longest = max(len(t.split()) for t in self.titles)
        self.not_after = {w.lower() for w in not_after}
        # "kepala" is also the head: only before an institution (Kepala BNPB, Kepala Dinas ...)
        self.institution_only = {w.lower() for w in institution_only}
        self.institutions = {w.lower() for w in institutions}

    def check(self, doc: Document) -> Iterator[Hit]:
        words = doc.words
        text = doc.prose
        i = 0
        while i < len(words):
            match = self._title_at(words, i, text)
            if match == 0:
                i += 1
                continue
            phrase = words[i : i + match]
            follower = words[i + match] if i + match < len(words) else None
            i += match
            if (
                follower is None
                or not _is_capitalized(follower.text)
                or not _adjacent(text, phrase[-1], follower)
            ):
                continue
            if sentence_start(text, follower.start) or self._after_quantifier(words, i - match, text):
                continue
            title = " ".join(w.text.lower() for w in phrase)
            if title in self.institution_only and not (
                follower.text.isupper() or follower.text.lower() in self.institutions
            ):
                continue
            lower = [w for w in phrase if not _is_capitalized(w.text)]
            if not lower:
                continue
            first = lower[0]
            if phrase[0] is first and sentence_start(text, first.start):
                continue  # the sentence-start rule reports it
            span = text[first.start : phrase[-1].end]
            replacement = title_case(re.sub(r"\s+", " ", span))
            yield Hit(
                first.start,
                phrase[-1].end,
                {"match": span, "replacement": replacement, "name": follower.text},
                (replacement,),
            )

    def _title_at(self, words: Sequence[Word], i: int, text: str) -> int:
        for n in range(min(self.longest, len(words) - i), 0, -1):
            chunk = words[i : i + n]
            if any(not _adjacent(text, a, b) for a, b in itertools.pairwise(chunk)):
                continue
            if " ".join(w.text.lower() for w in chunk) in self.titles:
                return n
        return 0

    def _after_quantifier(self, words: Sequence[Word], i: int, text: str) -> bool:
        # "para gubernur", "seorang menteri Kabinet ..." name no single office-holder
        return (
            i > 0 and words[i - 1].text.lower() in self.not_after and _adjacent(text, words[i - 1], words[i])
        )


def _adjacent(text: str, a: Word, b: Word) -> bool:
    gap = text[a.end : b.start]
    return gap != "" and gap.strip(" \t") == ""


class GeographicName:
    """A geographic generic written in lower case as part of a name (sungai Musi -> Sungai Musi)."""

    def __init__(
        self, generics: Collection[str], countries: Collection[str] = (), not_after: Collection[str] = ()
    ):
        if not generics:
            raise ValueError("`generics` must not be empty")
        self.generics = {g.lower() for g in generics}
        self.countries = {c.lower() for c in countries}
        # "barat laut Sonora" is a direction (northwest of Sonora), not a sea
        self.not_after = {w.lower() for w in not_after}

    def check(self, doc: Document) -> Iterator[Hit]:
        words = doc.words
        text = doc.prose
        for index, (word, follower) in enumerate(itertools.pairwise(words)):
            if word.text not in self.generics or not _adjacent(text, word, follower):
                continue
            if index and words[index - 1].text.lower() in self.not_after:
                continue
            name = follower.text
            if not _is_capitalized(name) or sentence_start(text, follower.start) or name.isupper():
                continue
            # "laut Indonesia" (Indonesian waters) uses the country as a description, not a name
            if name.lower() in self.countries or "-" in name:
                continue
            replacement = capitalize(word.text)
            yield Hit(
                word.start,
                word.end,
                {"match": word.text, "replacement": replacement, "name": name},
                (replacement,),
            )


class SentenceStart:
    """The first word of a sentence in lower case (after . ! ? or at the start of a paragraph)."""

    def __init__(self, abbreviations: Collection[str] = ()):
        self.abbreviations = {a.rstrip(".").lower() for a in abbreviations}

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.prose
        words = doc.words
        for index, word in enumerate(words):
            first = word.text[:1]
            if not first.islower() or any(c.isupper() for c in word.text[1:]):
                continue  # iPhone, eKTP: lower case by design
            if not self._starts(doc, text, word, words[index - 1] if index else None):
                continue
            replacement = capitalize(word.text)
            yield Hit(
                word.start,
                word.end,
                {"match": word.text, "replacement": replacement},
                (replacement,),
                replacement,
            )

    def _starts(self, doc: Document, text: str, word: Word, previous: Word | None) -> bool:
        i = word.start - 1
        while i >= 0 and text[i] in " \t" + MASK:
            i -= 1
        if i >= 0 and text[i] in _QUOTES + "(":
            return False  # a quotation or aside may continue the sentence in lower case
        if i < 0 or text[i] in "\r\n":
            block = doc.block_at(word.start)
            return block is not None and block.kind not in (BlockKind.HEADLINE, BlockKind.QUOTE)
        if text[i] not in ".!?":
            return text[i] in "-–—" and _after_dateline(text, word.start)
        if text[i] == "." and (text[i - 1 : i] == "." or previous is None):
            return False  # an ellipsis continues the sentence
        if previous is not None and previous.end == i and text[i] == ".":
            abbreviation = previous.text.lower()
            if (
                abbreviation in self.abbreviations
                or len(abbreviation) == 1
                or "." in text[previous.start - 1 : i]
            ):
                return False
        return text[i + 1 : word.start].strip(" \t" + MASK) == "" and text[i + 1 : i + 2] in " \t"


class LowercaseName:
    """A proper noun the lexicon knows, written in lower case (jakarta, bengkalis, android).

    Three signals, each guarded against common words: a name that is no Indonesian word at all
    (jakarta); a word the draft itself writes as a stand-alone name elsewhere (ponsel Android ...
    ponsel android); a frequent word the dictionary lacks, listed among capitalized names
    (Rokan Hilir, Pelalawan, dan bengkalis).
    """

    def __init__(self, min_length: int = 4, places: Collection[str] = (), common: Collection[str] = ()):
        self.min_length = min_length
        # country and region names (CLDR): never common words in lower case, except `common`
        self.places = {p.lower(): p for p in places if p.lower() not in {c.lower() for c in common}}

    def check(self, doc: Document) -> Iterator[Hit]:
        lex = lexicon()
        text = doc.prose
        words = doc.words
        standalone = self._standalone_names(doc, words)
        for index, word in enumerate(words):
            w = word.text
            if not w.islower() or not self.min_length <= len(w) <= MAX_WORD or "-" in w:
                continue
            if sentence_start(text, word.start):
                continue
            proper = self._proper(w, lex, standalone, words, index, text)
            if proper is None:
                continue
            yield Hit(word.start, word.end, {"match": w, "replacement": proper}, (proper,))

    def _proper(
        self,
        w: str,
        lex: Lexicon,
        standalone: dict[str, tuple[str, int, int]],
        words: Sequence[Word],
        index: int,
        text: str,
    ) -> str | None:
        listed = lex.is_listed(w)
        if lex.is_english(w) and _english_phrase(words, index, lex):
            return None  # 'middle income countries', central Rockies: English, not a name
        if lex.is_name(w) and not listed and not lex.analyse(w):
            return capitalize(w)
        if w in self.places:
            return self.places[w]
        if w in standalone:
            proper, capitalized, lowercase = standalone[w]
            # a common word (puncak, medan) may sit beside the name (Puncak, Medan): for a word
            # the dictionary lists, the draft must use the name form clearly more often
            if not listed or (capitalized >= 2 and capitalized >= 2 * lowercase):
                return proper
        verdict = lex.verdict(w)
        if (
            verdict.how == "frequent"
            and not listed
            and not lex.is_english(w)
            and _in_name_list(words, index, text)
        ):
            return capitalize(w)
        return None

    @staticmethod
    def _standalone_names(doc: Document, words: Sequence[Word]) -> dict[str, tuple[str, int, int]]:
        """Words the draft writes capitalized as a one-word name mid-sentence: lower-cased form ->
        (the name form, how often it is written so, how often in lower case)."""
        text = doc.prose
        found: dict[str, tuple[str, int, int]] = {}
        lex = lexicon()
        for index, word in enumerate(words):
            w = word.text
            if not w[:1].isupper() or w.isupper() or not w[1:].islower() or sentence_start(text, word.start):
                continue
            block = doc.block_at(word.start)
            if block is None or block.kind in (BlockKind.HEADLINE, BlockKind.SECTION, BlockKind.HEADING):
                continue
            prev = words[index - 1] if index else None
            nxt = words[index + 1] if index + 1 < len(words) else None
            if nxt is not None and _adjacent(text, word, nxt) and _is_capitalized(nxt.text):
                continue
            if (
                prev is not None
                and _adjacent(text, prev, word)
                and _is_capitalized(prev.text)
                and not sentence_start(text, prev.start)
            ):
                continue
            if lex.is_name(w):
                _, count, _ = found.get(w.lower(), (w, 0, 0))
                found[w.lower()] = (w, count + 1, 0)
        if found:
            for word in words:
                entry = found.get(word.text)
                if entry is not None:
                    found[word.text] = (entry[0], entry[1], entry[2] + 1)
        return found


def _english_phrase(words: Sequence[Word], index: int, lex: Lexicon) -> bool:
    """Whether a neighbouring word is English and not Indonesian."""
    for j in (index - 1, index + 1):
        if 0 <= j < len(words):
            neighbour = words[j].text
            if len(neighbour) > 2 and lex.is_english(neighbour) and not lex.is_listed(neighbour):
                return True
    return False


def _in_name_list(words: Sequence[Word], index: int, text: str) -> bool:
    """A member of an enumeration whose other members are capitalized: A, B, dan c."""
    neighbours: list[Word] = []
    j = index - 1
    while j >= 0 and len(neighbours) < 3:
        gap = text[words[j].end : words[j + 1].start]
        if gap.strip() not in (",", "") and words[j + 1].text.lower() not in ("dan", "atau"):
            break
        if words[j].text.lower() not in ("dan", "atau") and gap.strip() in (",", ""):
            neighbours.append(words[j])
        j -= 1
    joined = any(w.text.lower() in ("dan", "atau") for w in words[max(0, index - 1) : index])
    commas = text[words[max(0, index - 3)].end : words[index].start].count(",")
    return (
        joined and commas >= 1 and len(neighbours) >= 2 and all(_is_capitalized(w.text) for w in neighbours)
    )


class HeadlineCase:
    """The headline in title case: every word capitalized except the particles of the house
    style (IDN Times Community: di, ke, dari, dan, yang, untuk ...), which stay lower case."""

    def __init__(
        self,
        particles: Collection[str],
        also_lower: Collection[str] = (),
        threshold: float = 0.6,
        minimum: int = 3,
    ):
        self.particles = {p.lower() for p in particles}
        # other function words real headlines keep in lower case; not flagged either way
        self.also_lower = {p.lower() for p in also_lower}
        self.threshold = threshold
        self.minimum = minimum

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.prose
        lex = lexicon()
        for block in doc.blocks_of(BlockKind.HEADLINE):
            words = [w for w in doc.words if block.start <= w.start < block.end]
            skip = self.particles | self.also_lower
            # judge the style on common words only: names are capitalized in any style
            content = [w for w in words[1:] if self._common(w, skip, text, lex)]
            if len(content) < self.minimum:
                continue
            capitalized = sum(1 for w in content if _is_capitalized(w.text))
            # a headline written in sentence case is a house-style choice, not a slip
            if capitalized / len(content) < self.threshold:
                continue
            for index, word in enumerate(words):
                w = word.text
                if index and w.lower() in self.particles:
                    if _is_capitalized(w) and not w.isupper() and not _after_colon(text, word):
                        yield Hit(word.start, word.end, {"match": w, "replacement": w.lower()}, (w.lower(),))
                    continue
                if index and w.lower() in self.also_lower:
                    continue
                if w[:1].islower() and not any(c.isupper() for c in w[1:]):
                    yield Hit(
                        word.start, word.end, {"match": w, "replacement": capitalize(w)}, (capitalize(w),)
                    )

    @staticmethod
    def _common(word: Word, skip: set[str], text: str, lex: Lexicon) -> bool:
        """An Indonesian common word (not a name, not English) that title case would capitalize."""
        w = word.text
        if (
            w.lower() in skip
            or not w[:1].isalpha()
            or w.isupper()
            or len(w) > MAX_WORD
            or _after_colon(text, word)
        ):
            return False
        if capitalize(w.lower()) in lex.name_forms() or (lex.is_english(w) and not lex.is_listed(w)):
            return False
        return lex.known(w)


def _after_colon(text: str, word: Word) -> bool:
    return text[: word.start].rstrip(" \t" + MASK).endswith((":", "-", "–", "—"))


CHECK_TYPES: dict[str, type] = {
    "proper-case": ProperCase,
    "title-before-name": TitleBeforeName,
    "geographic-name": GeographicName,
    "sentence-start": SentenceStart,
    "lowercase-name": LowercaseName,
    "headline-case": HeadlineCase,
}
