"""The Lexicon: prebuilt tables, verdicts on words, plausibility and suggestions."""

from __future__ import annotations

import heapq
import mmap
import time
from collections.abc import Iterable
from itertools import repeat
from pathlib import Path
from typing import NamedTuple

from newslint.errors import NewslintError
from newslint.lexicon.morphology import (
    BOUND_PREFIXES,
    Analysis,
    analyse_hyphenated,
    analyse_simple,
    nasal,
)
from newslint.lexicon.suggest import (
    DeleteIndex,
    FirstLetterIndex,
    NeighbourIndex,
    distance,
    edit_cost,
    edit_costs,
    edits1,
    one_edit,
)

#: A word only the analyser (or the frequency list) vouches for is a typo when a known word
#: one edit away is this common ...
COMMON_NEIGHBOUR_ZIPF = 4.0
#: An English-looking compound one edit from a name the frequency list holds this often is that
#: name slipped (pertamnia: Pertamina), not two English words (pert + amnia).
NEAR_NAME_ZIPF = 4.0
#: Look-ups of common neighbours answered by generating edits before an index is built. Building
#: the index costs about as much as 300 look-ups by edits, and one draft asks up to about 70, so
#: a one-draft run never builds it and an archive builds it after a few drafts.
NEIGHBOUR_INDEX_AFTER = 300
#: ... and more frequent than the word's own estimate by a margin (zipf is log10) that grows with
#: the edit's cost: a doubled letter (0.5) needs 1.65, a neighbouring key 1.8, a swap or one vowel
#: for another 1.95, any other edit 2.4.
MARGIN_BASE = 0.9
MARGIN_PER_COST = 1.5
# the least margin over an analysed word's estimate any neighbour needs (one edit costs 0.5 or
# more), and the allowance for rounding under which a filter by it keeps a superset
_ANALYSED_FLOOR = MARGIN_BASE + MARGIN_PER_COST * 0.5
_FLOOR_SLACK = 0.01
#: A word no reading explains (only the frequency list has it) yields to any clearly more common
#: neighbour: berkerja (r kept before a -er syllable) to bekerja.
UNANALYSED_MARGIN = 0.5
#: a stem whose listed meN-/di- forms are this common forms its other verbs too (memilah:
#: dipilah, terpilah)
FAMILY_ZIPF = 3.0
_VERB_PREFIXES = frozenset({"di", "ter", "meN", "ber"})
#: A word read only as affixes on a stem rarer than this (zipf) may be the slip of a listed
#: form this common, one edit away, with the same margins as above.
RARE_STEM_ZIPF = 2.0
LISTED_NEIGHBOUR_ZIPF = 3.0
#: A letter changed (not dropped, added or swapped) that lands on affixes around a stem this
#: common is a word formed on purpose: padukan (padu + -kan), diawaki, dilayukan; a dropped or
#: doubled letter or a swap seldom lands on one (kepolisan, persedian), and a changed letter
#: on a rare, bogus or short stem still reads as a slip (setalah: seta + -lah; deman: dem + -an),
#: and so does a confix noun, which common nouns' slips land on too often (pelamaran: pelajaran).
WORD_FORMING_STEM_ZIPF = 3.0
#: What each affix or clitic costs a form's estimated frequency (zipf), relative to its parts.
AFFIX_PENALTY = 1.0
#: Stems this short count at most SHORT_STEM_ZIPF in a form's estimate (pengemar is no penge- + mar).
SHORT_STEM = 3
SHORT_STEM_ZIPF = 3.0
#: The same for the clitic -nya, which any noun takes.
NYA_PENALTY = 0.5
#: ... and for the first and second persons' -ku and -mu, which news copy writes in quotes only
PERSONAL_CLITIC_PENALTY = 2.0
#: what each clitic takes off a form's estimate (other clitics: AFFIX_PENALTY)
_CLITIC_PENALTIES = {"nya": NYA_PENALTY, "ku": PERSONAL_CLITIC_PENALTY, "mu": PERSONAL_CLITIC_PENALTY}
# the stages of a suggestion candidate (see Lexicon._suggest)
_TWO_EDITS, _EXACT, _ESTIMATED, _PREFIXED = 0, 1, 2, 3
#: The ending a listed word may take in a suggestion the frequency list lacks (tradisinya):
#: -nya, on any noun; -lah or -kah on any word would offer sertalah for setalah.
_ENDINGS = ("nya",)
#: Prefixes that leave a stem whole before some of its letters (mem + verifikasi, ber +
#: sertifikasi, di + evaluasi), and the least length of the stem after one: short stems after a
#: prefix are many strings one edit from any slip
_WHOLE_PREFIXES = ("di", "ter", "ber", "men", "mem", "meng", "per", "pen", "pem", "peng")
PREFIXED_REST = 8
#: The bare verb of a stem with -kan ("akan kami intensifkan"), which the lists lack, is offered
#: by its estimate too, for a slip that keeps the -kan, of a stem this long: short stems make
#: nonsense with it (lusakan, toskan) one letter from many slips.
KAN_STEM = 5
#: endings of a field's name whose specialist drops the final -i: epidemiologi, fotografi
_SPECIALIST_ENDINGS = ("log", "graf")
#: words ending like a field's name that name no field with specialists
_NOT_FIELDS = frozenset(
    {"kronologi", "antologi", "trilogi", "terminologi", "analogi", "tetralogi", "dwilogi"}
)
#: Unlisted frequency-list words this common are the names a slip may be of (name_neighbours).
NAME_NEIGHBOUR_ZIPF = 3.3
#: Regency and district names (Lexicon.areas) this long are names.
AREA_NAME_MIN = 5
#: Frequency-list words at or above this zipf are accepted when nothing else vouches for them.
FREQUENT_ZIPF = 3.0
#: Nothing longer is analysed or corrected: edits of a 70,000-letter "word" would never end.
MAX_WORD = 48
#: How much a zipf point of frequency outweighs edit cost when ranking suggestions.
FREQUENCY_WEIGHT = 0.25
#: A letter left out is as common a slip as two letters swapped: the word in use that adding it
#: back makes ranks at a swap's cost (0.7), not at any addition's (1.0).
OMISSION_BONUS = 0.3
#: An analysed form is offered as a suggestion when its estimated zipf reaches this.
SOLID_ESTIMATE = 2.5
#: a prefix + a long listed word needs less: the word is whole in it (is_whole_after_prefix)
PREFIXED_ESTIMATE = 2.0
#: Unlisted, unused candidates analysed per suggestion list: such a form is offered only when
#: its reading is solid, which the first few in rank order settle; deeper ones were all noise
#: (menggigi for Senggigi, relaporan for melaporan) at the cost of hundreds of analyses.
DEEP_CANDIDATES = 24
#: Words looked up in the English text under one letter before that letter's words become a set.
ENGLISH_SEARCHES = 16
#: Words worth suggesting at two edits: the frequency list's words, which are what writers mean.
INDEX_ZIPF = 2.5


# the bound prefixes under their first two letters, in their order: most words start like none
_BOUND_BY_HEAD: dict[str, tuple[str, ...]] = {}
for _prefix in BOUND_PREFIXES:
    _BOUND_BY_HEAD[_prefix[:2]] = (*_BOUND_BY_HEAD.get(_prefix[:2], ()), _prefix)


#: Final combining forms of scientific loanwords, joined to a word: larva + -sida (larvicide),
#: like the pestisida and insektisida the dictionary lists.
COMBINING_FINALS = ("sida",)


def _layers(a: Analysis) -> int:
    """How many affixes a reading puts on its stem."""
    return (len(a.prefix.split("+")) if a.prefix else 0) + bool(a.suffix) + bool(a.clitic) + bool(a.proclitic)


class LexiconError(NewslintError):
    """The prebuilt lexicon is missing or unreadable (rebuild with tools/build_lexicon.py)."""


class Verdict(NamedTuple):
    """What the lexicon says about a lowercase word.

    `how` is "listed" (a stem or a form the lexicon lists), "analysed" (affixes over a listed
    stem), "frequent" (only the frequency list knows it), "implausible" (a rare reading next
    to a far more common word, given in `likely`), or "unknown".
    """

    known: bool
    how: str
    likely: str | None = None


# the verdicts without a likely word, made once: a verdict is asked of every word
_LISTED_VERDICT = Verdict(True, "listed")
_UNKNOWN_VERDICT = Verdict(False, "unknown")
_ANALYSED_VERDICT = Verdict(True, "analysed")


def _text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise _unreadable(path, exc) from exc


def _mapped(path: Path) -> bytes | mmap.mmap:
    """The file's bytes, mapped into memory rather than read (b"" for an empty one, which
    cannot be mapped)."""
    try:
        with path.open("rb") as fh:
            return mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    except ValueError:
        return b""
    except OSError as exc:
        raise _unreadable(path, exc) from exc


def _unreadable(path: Path, exc: OSError) -> LexiconError:
    return LexiconError(f"{path}: cannot read the lexicon ({exc.strerror or exc})")


def _lines(path: Path) -> list[str]:
    return _text(path).splitlines()


def _words(path: Path) -> list[str]:
    # one entry a line and none with a space: split() is the cheapest way to the list
    return _text(path).split()


def _frequencies(path: Path) -> tuple[dict[str, float], list[tuple[float, list[str]]]]:
    """freq.tsv as a dict, and its lines as (zipf, words): a line per zipf value (x 100), a tab,
    and the words of that value, blank-separated and sorted; a few hundred values for some
    30,000 words, so the dict is built a value at a time, without a Python loop per word (from
    pairs, not through a dict.fromkeys() per value, which builds every entry twice)."""
    freq: dict[str, float] = {}
    lines: list[tuple[float, list[str]]] = []
    for number, line in enumerate(_text(path).splitlines(), 1):
        value, tab, words = line.partition("\t")
        try:
            zipf = int(value) / 100
        except ValueError:
            zipf = -1.0
        if not tab or zipf < 0 or not words:
            raise LexiconError(f"{path}:{number}: a line must be a zipf value x 100, a tab and words")
        split = words.split(" ")
        freq.update(zip(split, repeat(zipf)))
        lines.append((zipf, split))
    return freq, lines


# Indonesian loan spelling back to English: whole-word endings first, then letters
_LOAN_ENDINGS = (
    ("isasi", "ization"), ("isme", "ism"), ("itas", "ity"), ("logi", "logy"), ("grafi", "graphy"),
    ("si", "tion"), ("si", "sion"), ("if", "ive"), ("ik", "ic"), ("ik", "ics"), ("al", "al"),
    ("is", "ist"), ("at", "ate"), ("us", "ous"),
)
_LOAN_LETTERS = (("ks", "x"), ("k", "c"), ("f", "ph"), ("i", "y"), ("t", "th"))


def _one_letter_changed(a: str, b: str) -> bool:
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def _first_line_from(text: bytes | mmap.mmap, key: bytes) -> int:
    """The offset of the first line of sorted, newline-ended `text` that is not below `key`."""
    lo, hi = 0, len(text)
    while lo < hi:
        # the line around the middle (lo and hi always start lines)
        start = text.rfind(b"\n", lo, (lo + hi) // 2) + 1 or lo
        end = text.find(b"\n", start)
        if text[start:end] < key:
            lo = end + 1
        else:
            hi = start
    return lo


def english_cognates(word: str) -> set[str]:
    """English spellings an Indonesian loanword may come from (fungsional -> functional).

    Only words with an adapted ending qualify: a half-adapted "strategie" is a typo of strategi.
    """
    stems: set[str] = set()
    for ending, english in _LOAN_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stems.add(word[: -len(ending)] + english)
    out: set[str] = set()
    for stem in stems:
        variants = {stem}
        for old, new in _LOAN_LETTERS:
            # every occurrence, or just one of them (termodinamik -> thermodynamic: one i, all k)
            variants |= {v.replace(old, new) for v in variants} | {
                v[:i] + new + v[i + len(old) :] for v in variants for i in _positions(v, old)
            }
        # "si" inside a word is often "ti" (fungsional -> functional)
        variants |= {v.replace("si", "ti") for v in variants}
        out |= variants
    out.discard(word)
    return out


def _positions(text: str, part: str) -> list[int]:
    return [i for i in range(len(text)) if text.startswith(part, i)]


def normalize(word: str) -> str:
    """Lowercase with typographic apostrophes folded (Ma’ruf -> ma'ruf)."""
    if word.isascii():
        # nearly every word: it holds no typographic apostrophe to fold
        return word.lower()
    return word.replace("’", "'").replace("‘", "'").lower()


class Lexicon:
    """Indonesian words, names and English words, with per-word verdicts cached."""

    def __init__(
        self,
        stems: Iterable[str],
        forms: Iterable[str],
        names: Iterable[str],
        freq: dict[str, float],
        english: Iterable[str] = (),
        *,
        compounds: Iterable[str] = (),
        notable: Iterable[str] = (),
        source: Path | None = None,
    ):
        self.stems = frozenset(stems)
        self.forms = frozenset(forms)
        self.compounds = frozenset(compounds)
        self.names = frozenset(names)
        self.names_lower = frozenset(n.lower() for n in self.names)
        self.notable = frozenset(notable)
        self.freq = freq
        self._english: frozenset[str] | None = frozenset(english) if english else None
        self._english_text: bytes | mmap.mmap | None = None
        self._english_spans: dict[str, tuple[int, int]] = {}
        self._english_parts: dict[str, frozenset[str]] = {}
        self._english_asked: dict[str, int] = {}
        self.source = source
        self._verdicts: dict[str, Verdict] = {}
        self._analyses: dict[str, tuple[Analysis, ...]] = {}
        self._suggestions: dict[tuple[str, int], tuple[str, ...]] = {}
        self._suggest_index: FirstLetterIndex | None = None
        # the words the suggestion index holds, a line of freq.tsv each, when loaded from it
        self._freq_runs: list[list[str]] | None = None
        self._name_index: DeleteIndex | None = None
        self._neighbour_index: NeighbourIndex | None = None
        self._name_neighbours: NeighbourIndex | None = None
        self._name_asks = 0
        self._neighbour_asks = 0
        self._foreign: dict[str, bool] = {}
        self._name_case: dict[str, str] = {}
        self._areas: dict[str, str] | None = None
        self.load_seconds = 0.0

    @classmethod
    def load(cls, folder: Path) -> Lexicon:
        """Read the prebuilt tables of `folder` (dictionaries/lexicon); English is read on first use."""
        began = time.perf_counter()
        if not (folder / "stems.txt").is_file():
            raise LexiconError(f"{folder}: no prebuilt lexicon (run tools/build_lexicon.py)")

        def optional(name: str) -> list[str]:
            return _lines(folder / name) if (folder / name).is_file() else []

        freq, by_value = _frequencies(folder / "freq.tsv") if (folder / "freq.tsv").is_file() else ({}, [])
        lex = cls(
            _words(folder / "stems.txt"),
            _words(folder / "forms.txt") if (folder / "forms.txt").is_file() else [],
            optional("names.txt"),
            freq,
            compounds=optional("compounds.txt"),
            notable=optional("notable.txt"),
            source=folder,
        )
        lex._freq_runs = [words for zipf, words in by_value if zipf >= INDEX_ZIPF]
        lex.load_seconds = time.perf_counter() - began
        return lex

    @property
    def english(self) -> frozenset[str]:
        """English words (pyspellchecker's list), read on first use."""
        if self._english is None:
            self._english = frozenset(bytes(self._english_source()).decode("ascii").split())
        return self._english

    def _english_source(self) -> bytes | mmap.mmap:
        """english.txt, mapped into memory rather than read: a draft asks about a few dozen
        words, which touch a few of its 300 pages, where reading and decoding all 1.2 MB cost
        a one-draft run about 3 ms."""
        if self._english_text is None:
            path = self.source / "english.txt" if self.source else None
            text = _mapped(path) if path is not None and path.is_file() else b""
            # the searches below find a word between two newlines: the last line needs its own
            self._english_text = text if not len(text) or text[-1:] == b"\n" else bytes(text) + b"\n"
        return self._english_text

    def _is_english(self, w: str) -> bool:
        """`w` (normalized) is in the English list; only the part under its first letter is read.

        The first few words under a letter are searched for in the text itself: a draft asks
        about a handful, and a set of a letter's thousands of words pays only when asked more.
        """
        if self._english is not None:
            return w in self._english
        # the list holds a-z words only (see _english_span)
        if not w or not w.isascii():
            return False
        head = w[:1]
        part = self._english_parts.get(head)
        if part is not None:
            return w in part
        start, end = self._english_span(head)
        asked = self._english_asked[head] = self._english_asked.get(head, 0) + 1
        text = self._english_source()
        if asked <= ENGLISH_SEARCHES:
            # a span starts a line and ends after a newline; no word of the list holds one
            if "\n" in w:
                return False
            line = w.encode("ascii") + b"\n"
            return text[start : start + len(line)] == line or text.find(b"\n" + line, start, end) >= 0
        part = self._english_parts[head] = frozenset(text[start:end].decode("ascii").split())
        return w in part

    def _english_span(self, head: str) -> tuple[int, int]:
        # english.txt is sorted with one word a line (a-z, the builder keeps no others), so the
        # words under one letter are one stretch of it, found by bisection: a draft asks about a
        # dozen letters, which touch a few dozen of its pages
        span = self._english_spans.get(head)
        if span is None:
            text = self._english_source()
            first, after = head.encode("utf-8"), chr(ord(head) + 1).encode("utf-8")
            span = self._english_spans[head] = (_first_line_from(text, first), _first_line_from(text, after))
        return span

    # --- membership ------------------------------------------------------------------------

    def is_stem(self, word: str) -> bool:
        """An exact stem of the lexicon (lowercase)."""
        return normalize(word) in self.stems

    def is_listed(self, word: str) -> bool:
        """A stem or a form the lexicon lists as such (no analysis needed)."""
        w = normalize(word)
        return w in self.stems or w in self.forms

    def zipf(self, word: str) -> float:
        """Indonesian zipf frequency (wordfreq), 0.0 when the word is not in the table."""
        return self.freq.get(normalize(word), 0.0)

    def is_english(self, word: str) -> bool:
        """An English word (loanwords and terms quoted in Indonesian copy)."""
        return self._is_english(normalize(word))

    def is_foreign(self, word: str) -> bool:
        """An English word, bare, with -nya (deadlinenya), or in Indonesian loan spelling
        (termodinamik, fungsional, kolaboratif: k for c, -if for -ive, -si for -tion, ...)."""
        w = normalize(word)
        found = self._foreign.get(w)
        if found is None:
            found = self._foreign[w] = self._is_foreign(w)
        return found

    def _is_foreign(self, w: str) -> bool:
        if self._is_english(w):
            return True
        base = w[:-3].rstrip("-") if w.endswith("nya") else ""
        if len(base) >= 5 and self._is_english(base):
            return True
        if len(w) >= 6 and any(self._is_english(c) for c in english_cognates(w)):
            return True
        # an English doer noun the word lists lack: a verb or a noun of five letters or more with
        # -er ("jungler", "streamers"), when no Indonesian word is one slip away
        bare = w[:-1] if w.endswith("ers") else w
        if bare.endswith("er") and any(
            len(c) >= 5 and self._is_english(c) for c in (bare[:-1], bare[:-2])
        ) and not self._near_a_word(w):
            return True
        # an English compound written solid (lightstick, photocard): two English words of four
        # letters or more, and no Indonesian word one slip away (penasatan is a slip, not
        # pena + satan)
        return (
            len(w) >= 8
            and any(
                self._is_english(w[:i])
                and self._is_english(w[i:])
                and not (self._is_listed(w[:i]) and self._is_listed(w[i:]))
                for i in range(4, len(w) - 3)
            )
            and not self._near_a_word(w)
        )

    def _near_a_word(self, w: str) -> bool:
        """A word the dictionary lists, or a name the frequency list knows well, is one edit
        from `w` (pertamnia is Pertamina swapped, not pert + amnia)."""
        edits = set(edits1(w))
        if not (edits.isdisjoint(self.stems) and edits.isdisjoint(self.forms)):
            return True
        freq = self.freq
        # a name, not any frequent string: "smartphones" is no slip of smartphone
        return any(freq[e] >= NEAR_NAME_ZIPF and e in self.names_lower for e in freq.keys() & edits)

    def name_forms(self) -> frozenset[str]:
        """Known proper names and abbreviations, as written (Ukraina, Kementerian, PBB)."""
        return self.names

    def notable_name(self, word: str) -> str | None:
        """The notable name (country, province, city, institution) spelled `word`, as written."""
        if not self._name_case:
            for name in sorted(self.notable):
                self._name_case.setdefault(name.lower(), name)
        return self._name_case.get(normalize(word))

    @property
    def areas(self) -> dict[str, str]:
        """Names of Indonesia's regencies, cities and districts that are no ordinary words, in
        lower case, each with the words that name its region (its regency's, its province's),
        blank-separated: wilayah.txt, read on first use, as only capitalized unknown words ask
        (the region is split only for a slip's candidate)."""
        if self._areas is None:
            path = self.source / "wilayah.txt" if self.source else None
            text = _text(path).lower() if path is not None and path.is_file() else ""
            self._areas = dict(line.split("\t", 1) for line in text.splitlines())
        return self._areas

    def is_area(self, word: str) -> bool:
        """A regency's, a city's or a district's name of AREA_NAME_MIN letters or more
        (case-insensitive): shorter ones crowd the short words (Kimi, Nume)."""
        low = normalize(word)
        return len(low) >= AREA_NAME_MIN and low in self.areas

    def is_name(self, word: str) -> bool:
        """A known proper name or abbreviation (case-insensitive)."""
        return word in self.names or normalize(word) in self.names_lower

    # --- morphology --------------------------------------------------------------------------

    def analyse(self, word: str) -> tuple[Analysis, ...]:
        """Readings of a word as stem + affixes, attested ones first; () when none."""
        w = normalize(word)
        cached = self._analyses.get(w)
        if cached is not None:
            return cached
        if len(w) > MAX_WORD:
            return ()
        self._analyses[w] = ()  # guards the recursion through bound prefixes
        if "-" in w:
            result = tuple(analyse_hyphenated(w, lambda part: list(self.analyse(part))))
            if not result:
                # affixes around a listed reduplication whose halves are no words apart:
                # diiming-imingi (iming-iming), dikocar-kacirkan (kocar-kacir)
                result = tuple(
                    a
                    for a in analyse_simple(w, self._listed_hyphenated, self._is_listed)
                    if a.prefix or a.suffix
                )
        else:
            result = tuple(analyse_simple(w, self._is_stem, self._is_listed, self._is_compound))
            if not result:
                result = self._bound(w)
        self._analyses[w] = result
        return result

    def _listed_hyphenated(self, stem: str) -> bool:
        return "-" in stem and self._is_listed(stem)

    def _bound(self, w: str) -> tuple[Analysis, ...]:
        # antarkota, pascapanen, nonaktif, multilateral: bound forms written joined (EYD V)
        for prefix in _BOUND_BY_HEAD.get(w[:2], ()):
            rest = w[len(prefix) :]
            if w.startswith(prefix) and len(rest) >= max(3, 6 - len(prefix)) and (
                self._bound_tail(rest) or self._is_english(rest)
            ):
                return (Analysis(rest, prefix=prefix),)
        for final in COMBINING_FINALS:
            rest = w[: -len(final)]
            if w.endswith(final) and len(rest) >= 4 and self._is_listed(rest):
                return (Analysis(rest, suffix=final),)
        return ()

    def _bound_tail(self, rest: str) -> bool:
        """What a bound prefix joins: a word, not a reading nobody writes (transparasi is no
        trans- + paras + -i but a slip of transparansi)."""
        if not self.known(rest):
            return False
        if self._is_listed(rest) or self.freq.get(rest, 0.0) > 0:
            return True
        return any(a.attested for a in self.analyse(rest))

    def _is_stem(self, w: str) -> bool:
        # a field's specialist is its name less -i (epidemiologi: epidemiolog, ekologi: ekolog),
        # as KBBI lists most of them; a "-logi" that is no field has no specialist (kronolog is
        # a slip of kronologi)
        if w in self.stems:
            return True
        field = w + "i"
        return w.endswith(_SPECIALIST_ENDINGS) and field in self.stems and field not in _NOT_FIELDS

    def _is_listed(self, w: str) -> bool:
        return w in self.stems or w in self.forms

    def _is_compound(self, w: str) -> bool:
        return w in self.compounds

    # --- verdicts ----------------------------------------------------------------------------

    def known(self, word: str) -> bool:
        """A valid Indonesian form: a stem, an affixed/clitic/reduplicated form, a compound."""
        return self.verdict(word).known

    def verdict(self, word: str) -> Verdict:
        """Why a word is known or not (cached per process)."""
        w = normalize(word)
        cached = self._verdicts.get(w)
        if cached is not None:
            return cached
        verdict = self._judge(w)
        self._verdicts[w] = verdict
        return verdict

    def _judge(self, w: str) -> Verdict:
        if w in self.stems or w in self.forms:
            return _LISTED_VERDICT
        if not w or len(w) > MAX_WORD or not (w.isalpha() or any(c.isalpha() for c in w)):
            return _UNKNOWN_VERDICT
        if "-" in w:
            if self.analyse(w):
                return _ANALYSED_VERDICT
            parts = [p for p in w.split("-") if p]
            if len(parts) > 1 and all(self._part_ok(p) for p in parts):
                return _ANALYSED_VERDICT
            return _UNKNOWN_VERDICT
        analyses = self.analyse(w)
        if analyses:
            how = "analysed"
        elif self.freq.get(w, 0.0) >= FREQUENT_ZIPF:
            how = "frequent"
        elif w.endswith("nya") and self.freq.get(w[:-3], 0.0) >= FREQUENT_ZIPF and self.verdict(w[:-3]).known:
            # a word only the frequency list knows takes -nya like any other (bebatuannya)
            return _ANALYSED_VERDICT
        else:
            return _UNKNOWN_VERDICT
        likely = self._likely_typo_of(w, analyses) or self._slip_of_a_bound_form(w, analyses)
        if likely is not None:
            return Verdict(False, "implausible", likely)
        return Verdict(True, how)

    def _part_ok(self, part: str) -> bool:
        return part.isdigit() or self.known(part) or part in self.names_lower or self._is_english(part)

    def estimate(self, word: str) -> float:
        """How common a form is likely to be: its own zipf, or its parts' less the affixes."""
        w = normalize(word)
        return self._estimate(w, self.analyse(w))

    def _estimate(self, w: str, analyses: tuple[Analysis, ...]) -> float:
        best = self.freq.get(w, 0.0)
        for a in analyses:
            penalty = 0.0
            form = w
            if a.clitic:
                form = form[: len(form) - len(a.clitic)]
                # -nya attaches to any noun (kainnya, bajunya): it makes a form barely rarer
                penalty += _CLITIC_PENALTIES.get(a.clitic, AFFIX_PENALTY)
                best = max(best, self.freq.get(form, 0.0) - penalty)
            if a.suffix and form.endswith(a.suffix):
                penalty += AFFIX_PENALTY
                best = max(best, self.freq.get(form[: len(form) - len(a.suffix)], 0.0) - penalty)
            layers = (len(a.prefix.split("+")) if a.prefix else 0) + bool(a.proclitic)
            penalty += AFFIX_PENALTY * layers
            stem = self.freq.get(a.stem, 0.0)
            if len(a.stem) <= SHORT_STEM:
                # a two- or three-letter string is common for reasons of its own (Mar, the month;
                # cat, the English word): as a stem under affixes it vouches for little
                stem = min(stem, SHORT_STEM_ZIPF)
            best = max(best, stem - penalty)
        return best

    def _likely_typo_of(self, w: str, analyses: tuple[Analysis, ...]) -> str | None:
        """The far more common word `w` is a slip of, when its own readings are rare.

        setalah reads as seta + -lah, but setelah is a thousand times more common and one vowel
        away. A neighbour built on the same stem (tuliskan/tulisan, pembuat/membuat) is
        another form, not the intended word.
        """
        if any(a.attested and a.prefix for a in analyses):
            # a derived form the dictionary lists, a clitic at most added, is a word of its own:
            # semaunya is semau + -nya ("tarif semaunya"), no slip of semuanya; a listed plain
            # stem under a clitic vouches for less (setalah: seta + -lah)
            return None
        if any(a.prefix in _VERB_PREFIXES and self._family_zipf(a.stem, w) >= FAMILY_ZIPF for a in analyses):
            # a stem in use mostly under affixes (pilah: memilah) forms its other verbs too:
            # dipilah is no slip of dipilih. Its peN-...-an noun is read in context (the draft
            # writes the stem otherwise): "pemilahan umum" is the slip of pemilihan umum
            return None
        own = self._estimate(w, analyses) if analyses else self.freq.get(w, 0.0)
        stems = {a.stem for a in analyses}
        freq = self.freq.get
        # An analysed word yields only to a neighbour beyond MARGIN_BASE + MARGIN_PER_COST * 0.5
        # (no edit costs less): the rest are dropped before their distance, or whether they are
        # one edit away at all, is worked out. The floor sits a little under that margin, so
        # that rounding never drops one the test below would keep.
        floor = own + (_ANALYSED_FLOOR if analyses else UNANALYSED_MARGIN)
        pool, exact = self._common_candidates(w)
        common = {
            cand: z
            for cand in pool
            if (z := freq(cand, 0.0)) >= COMMON_NEIGHBOUR_ZIPF
            and not z - own < UNANALYSED_MARGIN
            and z >= floor - _FLOOR_SLACK
        }
        if common and not exact:
            # the index gave every word that shares a deletion with `w`: keep those one edit away
            common = {cand: z for cand, z in common.items() if one_edit(w, cand)}
        # the most common neighbour that qualifies; on a tie the closer, then the first in order
        ranked = sorted((-z, edit_cost(w, cand), cand) for cand, z in common.items())
        formed = any(
            len(a.stem) > SHORT_STEM
            and freq(a.stem, 0.0) >= WORD_FORMING_STEM_ZIPF
            and not (a.prefix and a.suffix == "an")
            for a in analyses
        )
        for neg_z, cost, cand in ranked:
            if analyses and -neg_z - own < MARGIN_BASE + MARGIN_PER_COST * cost:
                continue
            if formed and _one_letter_changed(w, cand):
                continue
            if not stems and self._is_listed(cand):
                # nothing of the word's own to share with the neighbour: no need to read it
                return cand
            cand_readings = self.analyse(cand)
            if not (self._is_listed(cand) or cand_readings):
                continue
            if stems & {a.stem for a in cand_readings}:
                continue
            return cand
        if analyses and all(not a.attested and _layers(a) >= 2 for a in analyses):
            return self._slip_of_a_listed_form(w, analyses, own)
        return None

    def _slip_of_a_bound_form(self, w: str, analyses: tuple[Analysis, ...]) -> str | None:
        """The common listed word a bound-prefix reading nobody writes is one edit from, when
        that word begins with the same prefix: telekop reads as tele- + kop and autopikot as
        auto- + pikot, but they are teleskop and autopilot. The prefix joins nearly any string,
        so its reading vouches for little; a coinage in use is in the frequency list, and one
        nobody has used yet (antibisa) has no common neighbour of its own prefix."""
        if not analyses or not all(a.prefix in BOUND_PREFIXES for a in analyses):
            return None
        if self.freq.get(w, 0.0) > 0 or self._is_english(w):
            return None
        prefixes = tuple({a.prefix for a in analyses})
        found = (c for c in self._frequent_edits(w) if c.startswith(prefixes) and self._is_listed(c))
        return next(found, None)

    def _family_zipf(self, stem: str, word: str) -> float:
        """How common the stem's usual verb forms other than `word` are (meN-, di-, with -kan):
        a stem that is rare alone may be in use under them (pilah: memilah, dipilah). Only
        forms the dictionary lists of this stem alone count: mengakar is of akar, not of
        kakar, and a common misspelling (menganggu) is listed of none."""
        if len(stem) <= SHORT_STEM:
            return 0.0
        active = nasal("me", stem)
        best = 0.0
        for form in {active, "di" + stem, active + "kan", "di" + stem + "kan"} - {word}:
            z = self.freq.get(form, 0.0)
            if z <= best or not self._is_listed(form):
                continue
            readings = [a for a in self.analyse(form) if a.attested]
            if readings and all(a.stem == stem for a in readings):
                best = z
        return best

    def _slip_of_a_listed_form(self, w: str, analyses: tuple[Analysis, ...], own: float) -> str | None:
        """A word whose only readings put two affixes on a rare stem (or three prefixes on any),
        one edit from a listed form less common than COMMON_NEIGHBOUR_ZIPF: terbengkali reads
        as ter- + bengkal + -i, but it is terbengkalai. One affix on a rare stem is ordinary
        (diimbau). Few words get here, so their edits are generated, not indexed."""
        freq = self.freq
        # three prefixes in a row (ke+ter+se+dian for ketersedian) on a word the dictionary
        # does not list make an unlikely reading whatever the stem: the few real ones
        # (seperseratus, berkesesuaian) are listed, and listed words never get here
        stacked = all(len(a.prefix.split("+")) >= 3 for a in analyses)
        if not stacked and max(freq.get(a.stem, 0.0) for a in analyses) >= RARE_STEM_ZIPF:
            return None
        stems = {a.stem for a in analyses}
        for cand in self._frequent_edits(w):
            # a letter dropped or doubled, not one changed: a changed vowel turns one rare stem
            # into another (pelarungan, from larung, is no pelarangan)
            if len(cand) == len(w):
                continue
            if not self._is_listed(cand) or stems & {a.stem for a in self.analyse(cand)}:
                continue
            if freq[cand] - own >= MARGIN_BASE + MARGIN_PER_COST * distance(w, cand):
                return cand
        return None

    def _frequent_edits(self, w: str) -> list[str]:
        """Strings one edit from `w` of zipf LISTED_NEIGHBOUR_ZIPF or more, the most common first
        (then in order). Few words ask, so their edits are generated, not indexed: the index of
        common neighbours holds none under COMMON_NEIGHBOUR_ZIPF."""
        freq = self.freq
        ranked = sorted((-freq[c], c) for c in freq.keys() & edits1(w) if freq[c] >= LISTED_NEIGHBOUR_ZIPF)
        return [c for _, c in ranked]

    def common_neighbours(self, word: str) -> Iterable[str]:
        """Strings one edit from `word` that may be common words (filter by zipf)."""
        return self._common_neighbours(normalize(word))

    def name_neighbours(self, word: str) -> Iterable[str]:
        """Frequent words the dictionary does not list (mostly names: towns, companies) one edit
        from `word`, with zipf at least NAME_NEIGHBOUR_ZIPF."""
        w = normalize(word)
        self._name_asks += 1
        if self._name_neighbours is None and self._name_asks <= NEIGHBOUR_INDEX_AFTER:
            # a one-draft run asks a few times: generating the edits is cheaper than an index
            freq = self.freq
            return [
                c
                for c in freq.keys() & edits1(w)
                if freq[c] >= NAME_NEIGHBOUR_ZIPF and not self._is_listed(c)
            ]
        return self._unlisted_name_index().within1(w)

    def _unlisted_name_index(self) -> NeighbourIndex:
        if self._name_neighbours is None:
            names = (n for n, z in self.freq.items() if z >= NAME_NEIGHBOUR_ZIPF and not self._is_listed(n))
            self._name_neighbours = NeighbourIndex(names)
        return self._name_neighbours

    def prepare(self) -> None:
        """Build the common words' neighbour index now, before worker processes fork, so that they
        share it: an archive asks for common neighbours thousands of times, and each worker would
        build it again. Not the unlisted names' index, which even a whole archive asks too
        seldom to repay (NEIGHBOUR_INDEX_AFTER), nor the English set, which the lookups by
        bisection of the mapped list make needless."""
        self._common_index()

    def _common_index(self) -> NeighbourIndex:
        if self._neighbour_index is None:
            common = (word for word, z in self.freq.items() if z >= COMMON_NEIGHBOUR_ZIPF)
            self._neighbour_index = NeighbourIndex(common)
        return self._neighbour_index

    def _common_candidates(self, w: str) -> tuple[Iterable[str], bool]:
        """_common_neighbours(w) and True, or with the index built a superset of them (the
        indexed words that share a deletion with `w`) and False, for a caller that filters by
        zipf before it tests which are one edit away. Counts as an ask all the same."""
        self._neighbour_asks += 1
        if self._neighbour_index is None and self._neighbour_asks <= NEIGHBOUR_INDEX_AFTER:
            return self.freq.keys() & edits1(w), True
        return self._common_index().near1(w), False

    def _common_neighbours(self, w: str) -> Iterable[str]:
        """Strings one edit from `w` that may be common words.

        A one-draft run asks this a few times, and generating the edits is cheapest; an archive
        asks it thousands of times, and an index of the common words pays for itself.
        """
        self._neighbour_asks += 1
        if self._neighbour_index is None and self._neighbour_asks <= NEIGHBOUR_INDEX_AFTER:
            # only the edits that are words at all; the intersection tests them in C
            return self.freq.keys() & edits1(w)
        return self._common_index().within1(w)

    # --- suggestions ---------------------------------------------------------------------------

    def suggest(self, word: str, limit: int = 5) -> tuple[str, ...]:
        """Up to `limit` corrections for a lowercase word, best first."""
        w = normalize(word)
        cached = self._suggestions.get((w, limit))
        if cached is not None:
            return cached
        result = self._suggest(w, limit) if len(w) <= MAX_WORD else ()
        self._suggestions[(w, limit)] = result
        return result

    def _suggest(self, w: str, limit: int) -> tuple[str, ...]:
        # Candidates are ranked by distance less frequency and only the best `limit` are wanted,
        # so they are taken from a heap in rank order and the costly steps run only as far as
        # needed: an exact distance for words two edits away (one edit away, it is known from
        # the edit), and whether a candidate is worth offering (its morphology).
        # Stages of a candidate: TWO_EDITS (its distance is a bound), EXACT (the distance is known,
        # ranked by the frequency list) and ESTIMATED (an unlisted form ranked by its estimate).
        freq = self.freq
        stems, forms = self.stems, self.forms
        heap: list[tuple[float, str, int]] = []
        # strings no list knows, ranked by their cost alone: only the first DEEP_CANDIDATES of
        # them in rank order are ever looked at (see below), so only those go on the heap
        unused: list[tuple[float, str, int]] = []
        kan_slip = w.endswith("kan")
        costs = edit_costs(w)
        n = len(w)
        for cand, cost in costs.items():
            if cost == 1.0 and len(cand) == n + 1 and cand in freq:
                cost -= OMISSION_BONUS
            if cand in freq or cand in stems or cand in forms:
                heap.append((cost - FREQUENCY_WEIGHT * freq.get(cand, 0.0), cand, _EXACT))
            elif (cand.endswith(_ENDINGS) and self._listed_before_ending(cand)) or (
                kan_slip and self.is_kan_verb(cand)
            ):
                # a listed word with -nya (tradisi + -nya for "tradisnya"), or a stem's bare -kan
                # verb for a slip that keeps its -kan, has no frequency of its own: it ranks by
                # its estimate
                heap.append((cost - FREQUENCY_WEIGHT * self.estimate(cand), cand, _ESTIMATED))
            elif len(cand) >= PREFIXED_REST + 2 and self.is_whole_after_prefix(cand):
                # a long listed word after a prefix that leaves it whole (mem + verifikasi for
                # "memverifikai"), a form too rare for the frequency list: offered when no
                # word the list knows ranks before it (it has no frequency to rank by)
                heap.append((cost, cand, _PREFIXED))
            else:
                unused.append((cost, cand, _EXACT))
        heap += heapq.nsmallest(DEEP_CANDIDATES, unused)
        if self._suggest_index is None:
            # freq.tsv writes each line's words sorted: sorting a sorted run is one pass, where
            # sorting all 30,000 words at once cost a draft's first suggestion 3-4 ms
            if self._freq_runs is not None:
                runs = [sorted(words) for words in self._freq_runs]
            else:
                runs = [sorted(x for x, z in freq.items() if z >= INDEX_ZIPF)]
            self._suggest_index = FirstLetterIndex(runs)
        heap += [
            # not one edit away: at least two, at least 0.5 each
            (max(1.0, 0.5 * abs(len(cand) - n)) - FREQUENCY_WEIGHT * freq.get(cand, 0.0), cand, _TWO_EDITS)
            for cand in self._suggest_index.within2(w)
            if cand != w and cand not in costs
        ]
        heapq.heapify(heap)
        out: list[str] = []
        deep = DEEP_CANDIDATES
        while heap and len(out) < limit:
            _, cand, stage = heapq.heappop(heap)
            if stage == _TWO_EDITS:
                d = distance(w, cand, 2.0)
                if d <= 2.0:
                    heapq.heappush(heap, (d - FREQUENCY_WEIGHT * freq.get(cand, 0.0), cand, _EXACT))
            elif stage == _ESTIMATED or cand in self.stems or cand in self.forms or cand in freq:
                if self._suggestible(cand):
                    out.append(cand)
            elif stage == _PREFIXED:
                # the last resort: never after a word the lists know (berkonsultan is no second
                # guess for "berkonsultai")
                if not out and self.estimate(cand) >= PREFIXED_ESTIMATE and self.known(cand):
                    out.append(cand)
            elif deep > 0:
                # other unlisted strings: only the first few
                deep -= 1
                if self._suggestible(cand):
                    out.append(cand)
        return tuple(out)

    def is_kan_verb(self, word: str) -> bool:
        """`word` (lowercase) is a stem of KAN_STEM letters or more that news copy uses, with
        -kan: the bare verb ("akan kami intensifkan") the lists lack."""
        stem = word[:-3]
        return word.endswith("kan") and len(stem) >= KAN_STEM and stem in self.stems and stem in self.freq

    def _listed_before_ending(self, word: str) -> bool:
        listed = self._is_listed
        return any(
            word.endswith(ending) and len(word) - len(ending) >= 3 and listed(word[: -len(ending)])
            for ending in _ENDINGS
        )

    def is_whole_after_prefix(self, word: str) -> bool:
        """A long stem after a prefix that leaves it whole: mem + verifikasi (not di + bersiaga:
        prefixes do not stack so)."""
        # asked of every unlisted candidate of a suggestion: most open with no prefix or are short
        if len(word) < PREFIXED_REST + 2 or not word.startswith(_WHOLE_PREFIXES):
            return False
        stems = self.stems
        return any(
            word.startswith(prefix)
            and len(word) - len(prefix) >= PREFIXED_REST
            and word[len(prefix) :] in stems
            for prefix in _WHOLE_PREFIXES
        )

    def _suggestible(self, word: str) -> bool:
        # a word worth offering: listed, used (in the frequency list), or a solid reading; the
        # cheap tests first (a listed word is always known)
        if word in self.stems or word in self.forms:
            return True
        if word in self.freq:
            return self.known(word)
        return self.estimate(word) >= SOLID_ESTIMATE and self.known(word)

    def near_names(self, word: str, limit: int = 5) -> tuple[str, ...]:
        """Notable names (countries, provinces, cities, institutions) within two edits of `word`,
        closest first, as written."""
        if self._name_index is None:
            self._name_index = DeleteIndex(n.lower() for n in self.notable)
        w = normalize(word)
        if len(w) > MAX_WORD:
            return ()
        scored = sorted((distance(w, cand), cand) for cand in self._name_index.within2(w) if cand != w)
        return tuple(self.notable_name(c) or c for d, c in scored[:limit] if d <= 2.0)
