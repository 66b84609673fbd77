"""The spelling check: non-words and near misses of names, with ranked suggestions."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from typing import NamedTuple

from newslint.checks.baku import active_of, affixed_standard, attach
from newslint.checks.lazy import LazyPattern
from newslint.checks.naming import (
    NAME_PARTICLES,
    NAME_TITLES,
    aspirate_key,
    loose_key,
    single_name_key,
    speaker_words,
    subject_starts,
    transliteration_key,
)
from newslint.checks.patterns import AGE_AFTER, dateline_place
from newslint.checks.punctuation import inside, quoted_spans
from newslint.checks.realword import is_agent
from newslint.config import Vocabulary
from newslint.document import MASK, TITLE_BLOCKS, Document, Word
from newslint.lexicon import Lexicon, lexicon
from newslint.lexicon.lexicon import FREQUENCY_WEIGHT, Verdict
from newslint.lexicon.morphology import without_clitic
from newslint.lexicon.suggest import ADJACENT, VOWELS, deletes1, distance, edit_costs, edits1, vowel_variant
from newslint.rules import Hit

_LATIN = LazyPattern(r"[a-z]+(?:-[a-z]+)*")
_PART = LazyPattern(r"[^\W_]+")
# what may stand between a sentence start and its first word
_OPENERS = " \t\"“‘'([*•\ufffc"
_STARTERS = ".!?…:;\n\r-–—"
# spellings before 1972 that names keep (Soekarno, Djakarta, Tjokro): no one's typo
_OLD_SPELLING = (("oe", "u"), ("dj", "\0"), ("tj", "c"), ("sj", "sy"), ("nj", "ny"), ("ch", "kh"), ("j", "y"))

# a word the text introduces as a name or term ("dikenal sebagai massebot", "yang disebut
# 'tipo andino'") is the writer's own spelling of it, not a slip
_NAMED = LazyPattern(
    r"\b(?:disebut|dikenal sebagai|dinamai|dinamakan|dijuluki|berjuluk|julukan|istilah|sebutan)"
    r"\s+(?:[\"“‘'](?:[^\W\d_]+\s+){0,3})?$",
    re.IGNORECASE,
)
# a word the text derives another from ("berasal dari kata sakinah", "dari bahasa Arab sakinah")
# is a word of another language, spelled as that language does, even one letter from a word
_SOURCE_WORD = LazyPattern(r"\bdari (?:kata|bahasa [^\W\d_]+)\s+$", re.IGNORECASE)
# a word the text glosses right after it ("aksara incung, yaitu aksara asli Kerinci") is a
# term it explains, not a slip
_GLOSSED = LazyPattern(r",?\s+(?:yaitu|yakni|atau dalam bahasa Indonesia)\b", re.IGNORECASE)
# ... or by the kind of thing it is, in apposition or after "atau": a kind noun (nama-jenis) or
# one of these heads of a kind ("pikon, alat musik"), or after "atau" a role ("tonaas atau
# pemuka adat"); a plain slip of a common word stays one all the same (rato: rata)
_APPOSED = LazyPattern(r"(,| atau) ([^\W\d_]+) [^\W\d_]")
_APPOSED_HEADS = frozenset({"alat", "sejenis", "semacam", "senjata", "pakaian", "permainan", "hidangan"})
# the word right before or after a token, across one blank (or a comma before it)
_WORD_BEFORE = LazyPattern(r"([^\W\d_]+),? $")
_WORD_AFTER = LazyPattern(r" ([^\W\d_]+)")
_LAST_WORD = LazyPattern(r"[^\W\d_]+$")
_GLOTTAL_REDUPLICATION = ("'-", "’-")
# titles abbreviated with a period that only a person's name follows ("dr. Yosua ...")
_PERSON_TITLES = frozenset({*NAME_TITLES, "tn", "ny", "sdr", "sdri"})
# abbreviations that end in a period inside a sentence
_TITLES = frozenset(
    {
        *_PERSON_TITLES,
        *("st", "jl", "jln", "no", "nn"),
        *("bpk", "kol", "letkol", "mayjen", "brigjen", "jend", "irjen", "kombes", "kompol"),
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
#: Regency and district names (lexicon.areas) this long are names a capitalized word may be a
#: slip of (shorter ones are names only: Lexicon.is_area).
AREA_MIN = 6
# how common a name must be for a two-letter swap of it to count as a slip (Zipf scale)
SWAP_TARGET_ZIPF = 3.5
#: how common a listed word must be for two swapped letters in a long capitalized word to be a
#: slip of it (Keuskpuan: keuskupan)
SWAPPED_WORD_ZIPF = 3.0
#: A name this long (with the letter back) and this common (zipf) catches a dropped letter.
DROPPED_LETTER_NAME = 9
DROPPED_TARGET_ZIPF = 3.3
_TRIPLE = LazyPattern(r"([a-z])\1\1+")
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
#: A dictionary word rarer than this (zipf) may be a given name (Lewa); commoner ones (Dinas,
#: Rumah) in a run set off by commas make it a body's or a place's name.
GIVEN_NAME_ZIPF = 4.0
#: A capitalized sentence-initial unknown word is a typo only when a common word this close exists.
INITIAL_SLIP = 1.0
INITIAL_TARGET_ZIPF = 4.0
#: A lowercase unknown word is flagged when its best suggestion is this close (or it has none).
WORD_SLIP = 1.5
#: A slip of a word this common (zipf) by a swap, a doubled letter or a neighbouring key is
#: flagged even where a word would otherwise be taken as a term.
CLEAR_SLIP_ZIPF = 4.0
#: A capitalized non-word this long is the slip of a known word one edit away this common (see
#: _slipped_word): long words have few neighbours, names seldom land beside one.
LONG_WORD_SLIP = 10
LONG_WORD_TARGET_ZIPF = 3.0
#: the most a slip of the fingers costs: one key off (0.5) or a letter doubled
NEAR_KEY = 0.6
#: meN- and peN- with each form of their nasal
_NASAL_PREFIXES = frozenset({"mem", "pem", "men", "pen", "meng", "peng", "meny", "peny"})
#: Unknown words this long take a listed word with one letter more as their first suggestion
#: over a commoner word two slips away.
LONG_DROP = 8
#: Words this long are no regional variety's name when a vowel off a common word (_beside_kind).
LONG_VARIETY = 8
#: Unknown words this long take the draft's own word with one letter more as the one meant
#: (_draft_neighbour); shorter ones have too many neighbours to tell.
DRAFT_NEIGHBOUR_MIN = 5
#: Beside a noun of kind, a word a vowel off a word at least this common (zipf) is still a slip.
REGIONAL_TARGET_ZIPF = 4.5
#: The active of a rare di- passive is in use from this zipf on (mengibarkan, for dikibarkan).
ACTIVE_IN_USE_ZIPF = 3.0
#: ... or the dictionary lists the active and its stem is in use from this zipf on (ditumis:
#: menumis, tumis).
STEM_IN_USE_ZIPF = 3.0
#: A non-word that reads as a slip of a commoner word (pemeritah) is meant only when the draft
#: has it more often than this.
REPEATED_SLIP = 2
#: ... and never when it is one edit from a word this common (zipf: setelah, masyarakat), which
#: neither it nor any stem it may be read on comes within this margin of in use
HABITUAL_TARGET_ZIPF = 5.0
HABITUAL_MARGIN = 2.0
#: A country's or a province's name this long is sparse enough for a neighbouring key or a
#: dropped letter in it to be its slip (Kalimantsn, Malaysis).
WIDE_NAME_MIN = 7
#: A word this long before the rest of a name of several words may be two edits from the name's
#: first word (a syllable dropped: Kemterian), a shorter one only one.
FIRST_WORD_LONG = 8
#: A lowercase word more than one edit from its best suggestion is a slip only of a word at
#: least this common (zipf).
DOUBLE_SLIP_ZIPF = 4.0


#: prefixes a writer may split off a verb ("di tambatkan"), as the preceding word reads
_PREFIXES_APART = frozenset({"di", "ke", "Di", "Ke"})


class _Token(NamedTuple):
    """A word or a part of a hyphenated word, with where it sits."""

    start: int
    end: int
    text: str
    initial: bool  # sentence-initial or in a title-case line: its capital says nothing
    before_name: bool = False  # followed by a capitalized word: part of a name (Tan Sri, Haji Agus)
    #: right after a capitalized word that is no Indonesian word: maybe the rest of a foreign
    #: name or term (Aedes aegypti, Homo sapiens)
    after_foreign: bool = False
    #: where a person's name may stand: `named`, or closing a run of capitals set off by commas
    #: ("..., Made Suarjana, menyebut")
    person: bool = False
    #: where only a person's name stands: before an age in brackets ("Rahmi (31)"), after a verb
    #: that tags a quote, or before a role ("Markus Itlay, pengelola"); a list of places is
    #: set off by commas too
    named: bool = False
    #: "di" or "ke" written apart before it ("di tambatkan"): the prefix it may have lost
    apart: str = ""
    #: right after a place's generic (Kecamatan, Desa, Gunung): that generic, lower-cased; a
    #: place's own name follows it
    place: str = ""
    #: right after a capitalized word that is no place's generic (Agus Sukmanjaya, Retno
    #: Bayusari): inside a name, where a likeness to a place proves nothing
    after_name: bool = False
    #: the place that opens the lead ("Painan, IDN Times - "): a name, whatever word it is near
    dateline: bool = False


#: a capitalized word and the age in brackets after it: "Syafrudin (50)"
_NAME_WITH_AGE = LazyPattern(r"\b([A-Z][\w'’]*)" + AGE_AFTER.pattern)


class _Draft:
    """What the draft itself says about its words (and what is found out about them on the way)."""

    def __init__(
        self,
        capitalized: Counter[str],
        lowered: Counter[str],
        mid_names: set[str],
        places: frozenset[str],
        place_generics: frozenset[tuple[str, str]],
        doc: Document,
    ):
        self.capitalized = capitalized
        self.lowered = lowered
        self.mid_names = mid_names
        #: names the draft writes after a place's generic somewhere (Kecamatan Pejawaran)
        self.places = places
        self.prose = doc.prose
        #: (name, generic) for each name written after a place's generic
        self.place_generics = place_generics
        self.doc = doc
        #: _name's verdicts
        self.names: dict[str, tuple[str, ...] | None] = {}
        self._frequent: list[tuple[str, str, frozenset[str], int]] | None = None
        self._speakers: frozenset[str] | None = None
        self._transliteration_keys: dict[str, list[str]] | None = None
        self._single_keys: dict[str, list[str]] | None = None
        self._loose_keys: dict[str, list[str]] | None = None
        self._aged: frozenset[str] | None = None

    def speakers(self, speech: Collection[str]) -> frozenset[str]:
        """The names the draft writes beside a speech verb ('," kata Tukinem'), found on first use."""
        if self._speakers is None:
            self._speakers = frozenset(w.text for w in speaker_words(self.doc, speech))
        return self._speakers

    def in_fuller_name(self, name: str) -> bool:
        """The draft writes `name` beside another capitalized word (Yohanes Lado)."""
        pattern = rf"\b{re.escape(name)} [A-Z]|[A-Z][\w'-]* {re.escape(name)}\b"
        return re.search(pattern, self.prose) is not None

    def notable_place_near(self, text: str, generic: str, lex: Lexicon) -> tuple[str, ...] | None:
        """A notable place the draft names after the same generic, one letter from `text` and
        written at least as often: "Kepulauan Seleyar" beside "Kepulauan Selayar", once each.
        A place the draft names more often than the notable one is its subject, a real place
        the lexicon lacks (four times Gunung Marapi beside Gunung Merapi once)."""
        low = text.lower()
        own = self.capitalized[text]
        near = sorted(
            place
            for place, other in self.place_generics
            if other == generic
            and place != text
            and place[:1] == text[:1]
            and self.capitalized[place] >= own
            and distance(place.lower(), low, 1.0) <= 1.0
            and lex.notable_name(place) == place
        )
        return (near[0],) if near else None

    def spelled_otherwise(self, text: str, lex: Lexicon) -> bool:
        """The draft writes this name another way too (Hidayaty, Hidayati; a person's Anindya
        and Anindia, Syafrudin and Syafruddin, not a notable place's Jakarta and Yakarta): the
        name rule's matter."""
        if self._transliteration_keys is None:
            self._transliteration_keys = {}
            for c in self.capitalized:
                self._transliteration_keys.setdefault(transliteration_key(c, diphthongs=True), []).append(c)
        same = self._transliteration_keys.get(transliteration_key(text, diphthongs=True), ())
        if any(c != text for c in same):
            return True
        if self._single_keys is None:
            self._single_keys = {}
            for c in self.capitalized:
                self._single_keys.setdefault(single_name_key(c), []).append(c)
        single = single_name_key(text)
        alike = self._single_keys.get(single, ())
        if any(c != text and lex.notable_name(c) is None for c in alike):
            return True
        # a letter doubled or not is a person's other spelling when the draft gives one of them
        # an age ("Syafrudin (50)"); in a place's name it is a slip (Sengigi, Senggigi)
        aged = self.aged()
        if not aged:
            return False
        if self._loose_keys is None:
            self._loose_keys = {}
            for key, names in self._single_keys.items():
                self._loose_keys.setdefault(loose_key(key), []).extend(names)
        loose = self._loose_keys.get(loose_key(single), ())
        return any(c != text and (c in aged or text in aged) for c in loose)

    def aged(self) -> frozenset[str]:
        """The names the draft writes with an age in brackets after them: persons'."""
        if self._aged is None:
            prose = self.prose
            # (most drafts give no age at all: the age alone is found much faster than a name with one)
            self._aged = (
                frozenset(prose[m.start(1) : m.end(1)] for m in _NAME_WITH_AGE.finditer(prose))
                if AGE_AFTER.search(prose)
                else frozenset()
            )
        return self._aged

    def uses_stem(self, word: str, stems: set[str], lex: Lexicon, not_stems: set[str]) -> bool:
        """Another word of the draft is a known form of one of `stems` (memilah beside pemilahan)
        that no reading puts on one of `not_stems` (penetapan, read on tetap too, is no evidence
        for menetapan as meN- + tetapan)."""
        # meN-/peN- hide a stem's first letter (pilah: memilah), so its tail finds the forms
        tails = {stem[1:] for stem in stems if len(stem) >= 4}
        for other in self.lowered:
            if other == word or not any(tail in other for tail in tails):
                continue
            readings = {a.stem for a in lex.analyse(other)}
            # (the same slip made twice is no evidence: "rumah sakti" for penyakti, of sakit)
            if (
                lex.known(other)
                and not stems.isdisjoint(readings)
                and not_stems.isdisjoint(readings)
                and not any(distance(other, meant) <= 1.0 for meant in not_stems)
            ):
                return True
        return False

    def frequent_names(self) -> list[tuple[str, str, frozenset[str], int]]:
        """Capitalized words used at least twice: as written, lowercase, their letters, count."""
        if self._frequent is None:
            self._frequent = [
                (name, name.lower(), frozenset(name.lower()), n)
                for name, n in self.capitalized.items()
                if n >= 2
            ]
        return self._frequent


class Spelling:
    """Flags non-words (affixes, clitics and reduplication understood) and near misses of names."""

    def __init__(
        self,
        vocabulary: Vocabulary | None = None,
        min_length: int = 2,
        kinds: Collection[str] = (),
        collocations: Collection[str] = (),
        nonstandard: Collection[str] | Mapping[str, str] = (),
        multiword: Collection[str] = (),
        full_forms: Collection[str] | Mapping[str, str] = (),
        speech: Collection[str] = (),
        offices: Collection[str] = (),
        persons: Collection[str] = (),
        place_heads: Collection[str] = (),
        colloquial: Collection[str] = (),
        reporting: Collection[str] = (),
        name_titles: Collection[str] = (),
        person_openers: Collection[str] = (),
        countries: Collection[str] = (),
        provinces: Collection[str] = (),
    ):
        self.vocabulary = vocabulary or Vocabulary()
        # words that stand before a person's name (Nenek, Bidan): the first word of a name one
        # edit from one is a title mistyped, not a first name
        self.name_titles = frozenset(w.lower() for w in name_titles)
        # the openers of names ("I Nyoman ...", "Andi ..."), by their first word
        self.person_openers: dict[str, list[tuple[str, ...]]] = {}
        for opener in person_openers:
            first, *rest = opener.split()
            self.person_openers.setdefault(first, []).append(tuple(rest))
        # verbs of saying and reporting: a name right before one is its subject ("Yohanis
        # mengakui"), a speaker as much as one after a verb that tags a quote
        self.reporting = frozenset(w.lower() for w in reporting)
        # colloquial words (udah, gak): Indonesian as spoken, no sign of a regional language
        self.colloquial = frozenset(w.lower() for w in colloquial if " " not in w)
        # a name after these (Kecamatan Pejawaran) is a place's, written as the place writes it
        self.place_heads = frozenset(w.lower() for w in place_heads)
        # a name right after these ('ujar Maria Itlay,') is the speaker's, unless an office's
        # words stand in it ('kata Kepala Dinas Kesehatn,')
        self.speech = frozenset(w.lower() for w in speech)
        # a name right after one of these is a speaker's ('ujar Yohanis', 'Menurut Yohanis,')
        self.tags = self.reporting | self.speech
        self.offices = frozenset(part for title in offices for part in title.lower().split())
        # "Markus Itlay, pengelola hotel": a name of two words or more set off by a comma
        # before a role is a person's
        self.roles = self.offices | {p.lower() for p in persons}
        # names of several words (Sulawesi Tenggara, Nusa Tenggara Timur): a slip in a word after
        # the first is a slip of the name ("Sulawesi Tengara"); the word pairs are built on use
        self._multiword_source = [n for n in multiword if " " in n]
        self._name_pairs: dict[str, set[str]] | None = None
        # ... and a slip in its first word is too, right before the rest ("Kemterian Luar
        # Negeri"), among these and the capitalized full forms of the abbreviations
        forms = full_forms.values() if isinstance(full_forms, Mapping) else full_forms
        self._first_word_source = [
            *self._multiword_source,
            *(f for f in forms if " " in f and f[:1].isupper()),
        ]
        self._name_firsts: dict[str, set[str]] | None = None
        # the long names of countries and provinces, sparse enough that a neighbouring key struck
        # or a letter dropped in one is its slip (Kalimantsn, Malaysis) outside a person's name;
        # sorted into the notable names they are on use
        self._wide_source = [w for w in countries if len(w) >= WIDE_NAME_MIN and " " not in w]
        self._provinces = [w for w in provinces if len(w) >= WIDE_NAME_MIN and " " not in w]
        self._wide: dict[int, frozenset[str]] | None = None
        # non-standard forms (sambel, kwalitatif): words of the language, which the standard-word
        # rule reports with their KBBI form (sambal), not typos of the nearest common word (sambil)
        self.nonstandard = frozenset(w.lower() for w in nonstandard if " " not in w)
        # and their affixed forms (menyebrangi), when the list gives the standard word to build
        # the standard form from (menyeberangi), as the standard-word rule builds it
        self.standard_of: Mapping[str, str] = nonstandard if isinstance(nonstandard, Mapping) else {}
        # nouns that name a kind (kue, sambal, jeruk, motif): the word beside one is often a
        # regional name of its variety (getuk lindri, jeruk jungga), spelled as the region says
        self.kinds = {k.lower() for k in kinds}
        # what usually follows a kind (ikan tongkol, sambal terasi): a slip beside the kind is a
        # slip of that, not a regional variety (a dictionary is a frozenset already)
        self.phrases = frozenset(collocations)
        self.accept = {w.lower() for w in self.vocabulary.accept}
        self.accept_exact = set(self.vocabulary.accept)
        self.reject = {w.lower() for w in self.vocabulary.reject}
        self.min_length = min_length
        # words that pass in any draft and any position (known, foreign, not judged at all):
        # news vocabulary is Zipfian, so most tokens end here after their first sight
        self._clean: set[str] = set()
        self._slips: dict[str, str | None] = {}
        self._word_slips: dict[str, str | None] = {}  # capitalized slips of common words, by text
        self._long_names: dict[int, list[str]] | None = None  # notable names of LONG_NAME+, by length
        self._long_areas: dict[int, list[str]] | None = None  # regencies and districts, by length
        self._area_slips: dict[str, tuple[str, ...]] = {}
        self._affixed: dict[str, bool] = {}

    def check(self, doc: Document) -> Iterator[Hit]:
        lex = lexicon()
        texts: list[str] = []
        mid_names: set[str] = set()
        tokens = self._tokens(doc, lex, texts, mid_names)
        draft = _Draft(
            Counter([t for t in texts if t[:1].isupper()]),
            Counter(map(str.lower, texts)),
            mid_names,
            frozenset(t.text for t in tokens if t.place),
            frozenset((t.text, t.place) for t in tokens if t.place),
            doc,
        )
        clean = self._clean
        hits: list[tuple[_Token, Hit]] = []
        for token in tokens:
            if token.text in clean:
                continue
            hit = self._judge(token, lex, draft)
            if hit is None:
                continue
            # a term the text introduces ("dikenal sebagai massebot") is the writer's spelling,
            # unless it is a plain slip of a common word ("disebut melarkan diri")
            introduced = (
                _NAMED.search(doc.prose, max(0, token.start - 24), token.start)
                or _GLOSSED.match(doc.prose, token.end)
                # the fingers' slips of any word stay slips there ("cangukl, alat pertanian")
                or (self._apposed_kind(doc, token) and not _fingers_slip(token.text, hit))
            )
            if introduced and not _clear_one_slip(token.text, hit, lex):
                continue
            if _SOURCE_WORD.search(doc.prose, max(0, token.start - 24), token.start):
                continue
            hits.append((token, hit))
        if hits and ('"' in doc.prose or "“" in doc.prose):
            quotes = quoted_spans(doc)
            # a quote in a regional language ('"Mun Persib meunang mah, ..." ujarnya dalam bahasa
            # Sunda') is the speaker's words as spoken, however close some are to Indonesian ones,
            # and so is a meN- verb spoken without its me- in a quote (nyari, mikir, nonton)
            speech = self._regional_quotes(doc, lex, quotes, [token.start for token, _ in hits])
            hits = [
                (token, hit)
                for token, hit in hits
                if not inside(speech, token.start)
                and not (_spoken_verb(token.text.lower(), lex) and inside(quotes, token.start))
            ]
        # two unknown lowercase words side by side are a phrase of another language or region
        # ("sambal lado mudo"), not two slips in a row, unless both read as the typist's slips
        # ("meningal dnuia")
        phrase: set[int] = set()
        for k in range(len(hits) - 1):
            (a, _), (b, _) = hits[k], hits[k + 1]
            if (
                a.text.islower()
                and b.text.islower()
                and doc.prose[a.end : b.start] == " "
                and lex.verdict(a.text).how == "unknown"
                and lex.verdict(b.text).how == "unknown"
                and not (_typing_slip(a.text, hits[k][1], lex) and _typing_slip(b.text, hits[k + 1][1], lex))
            ):
                phrase.update((k, k + 1))
        reported: set[int] = set()
        for k, (token, hit) in enumerate(hits):
            if k in phrase:
                continue
            kept = self._beside_kind(doc, token, hit, lex) if self.kinds else hit
            if kept is not None:
                reported.add(kept.start)
                yield kept
        if self._multiword_source:
            yield from self._slips_in_names(doc, reported)
        if self._first_word_source:
            yield from self._first_word_slips(doc, reported)

    def _regional_quotes(
        self, doc: Document, lex: Lexicon, quotes: list[tuple[int, int]], offsets: list[int]
    ) -> list[tuple[int, int]]:
        """Of the quotes holding one of `offsets`, those with several words that are in no
        Indonesian or English dictionary, no colloquial word and no plain slip of a common word
        (a letter dropped, added or swapped): three, or two where the text around says it is
        another language ("bahasa Sunda") or glosses it ("artinya")."""
        out = []
        prose = doc.prose
        for start, end in quotes:
            # (an unclosed quote runs on to its paragraph's end: no speech to judge as a whole)
            if end - start > REGIONAL_QUOTE_LENGTH or not any(start <= offset < end for offset in offsets):
                continue
            unknown = slips = 0
            for m in _QUOTE_WORD.finditer(prose, start, end):
                word = m.group().rstrip("'")
                if len(word) < 2 or word in self.colloquial or lex.known(word) or lex.is_english(word):
                    continue
                if _slip_of_common_word(word, lex):
                    slips += 1
                else:
                    unknown += 1
            # where the text says it is another language, its words count however close some
            # are to Indonesian ones (geus, naek: Sundanese)
            # (in the quote's own paragraph)
            before = max(start - 80, prose.rfind("\n", 0, start) + 1)
            after = prose.find("\n", end)
            limit = min(end + 80, len(prose) if after < 0 else after)
            signalled = _LANGUAGE_SIGNAL.search(prose, before, limit)
            if unknown >= REGIONAL_UNKNOWN or (signalled and unknown + slips >= REGIONAL_UNKNOWN_SIGNALLED):
                out.append((start, end))
        return out

    def _naming_variant(
        self, token: _Token, near: tuple[str, ...] | None, lex: Lexicon, draft: _Draft
    ) -> bool:
        """A speaker named once by one word a slip from a word of a fuller name the draft gives
        ("Yohanes Lado" ... kata Yohanis), or from a name it quotes alone again and again ('kata
        Paimin (52)', 'Paimin menyebut' ... 'Menurut Paiman'), is that person's name spelled two
        ways: the naming rule's, which reports it with the same correction."""
        if near is None or len(token.text) < NAME_MIN_LENGTH or lex.notable_name(near[0].lower()):
            return False  # (the naming rule leaves shorter names alone, too dense to tell apart)
        quoted = draft.capitalized[near[0]] >= 2 and near[0] in draft.speakers(self.speech)
        if not self._speaker_alone(token, draft):
            # ... or opening a sentence as its verb's subject ("Suherman juga meminta") beside
            # a name the draft quotes, where the naming rule looks too
            subject = token.start in subject_starts(draft.doc)
            return quoted and draft.capitalized[token.text] == 1 and subject
        return quoted or draft.in_fuller_name(near[0])

    def _speaker_alone(self, token: _Token, draft: _Draft) -> bool:
        """`token` is one capitalized word, written once, right after a verb that tags a quote
        or a word of reporting ('ujar Yohanis', 'Menurut Yohanis,') or right before a verb of
        saying it is the subject of ('Yohanis mengakui'): where the naming rule finds speakers."""
        if token.before_name or draft.capitalized[token.text] != 1:
            return False
        # the tag may stand before the name's first words: 'kata I Ketut Wiraman'
        start = token.start
        for _ in range(3):
            before = _LAST_WORD.search(draft.prose, max(0, start - 16), start - 1)
            if before is None or draft.prose[before.end() : start] != " ":
                break
            if before.group().lower() in self.tags:
                return True
            if not before.group()[:1].isupper():
                break
            start = before.start()
        after = _WORD_AFTER.match(draft.prose, token.end)
        return after is not None and after.group(1).lower() in self.reporting

    def _speaker(self, words: Sequence[Word], i: int, prose: str) -> bool:
        """words[i] closes the name after a verb that tags a quote ('ujar Maria Itlay, ...'): a
        speaker's name, unless it holds an office's words ('kata Kepala Dinas Kesehatn,')."""
        k = _run_start(words, i, prose)
        return (
            k > 0
            and i - k < 3
            and words[k - 1].text.lower() in self.speech
            and prose[words[k - 1].end : words[k].start] == " "
            and not any(words[j].text.lower() in self.offices for j in range(k, i + 1))
        )

    def _first_names(self, words: Sequence[Word], i: int, prose: str) -> bool:
        """words[i] opens a run of capitalized words that an age in brackets closes, with no
        word of an office or a place's generic in it: a person's name ("Sinta Marlina (26)");
        unless words[i] is one edit from a word that stands before names (Nenke Ramlah: Nenek,
        Bidna Sumarni: Bidan)."""
        end = _run_end(words, i, prose)
        if AGE_AFTER.match(prose, words[end].end) is None or any(
            (low := words[j].text.lower()) in self.offices or low in self.place_heads
            for j in range(i + 1, end + 1)
        ):
            return False
        return self.name_titles.isdisjoint(edits1(words[i].text.lower()))

    def _given_name(self, text: str, lex: Lexicon) -> bool:
        """`text` may be a given name: no notable name or region (Jawa, Makassar), no word of
        an office or a place's generic, and no common word (Dinas, Koperasi, Rumah); the
        lexicon's names hold given names too (Yakobus), and a rare word is often one (Lewa)."""
        low = text.lower()
        if low in self.offices or low in self.place_heads:
            return False
        if lex.notable_name(text) is not None or lex.is_area(text):
            return False
        return not lex.is_listed(low) or lex.zipf(low) < GIVEN_NAME_ZIPF

    def _after_opener(self, words: Sequence[Word], i: int, prose: str) -> bool:
        """words[i] stands in a run of capitalized words after what only a person's name follows:
        an abbreviated title ("dr. Yosua Itlay") or a name's opener inside the run ("I Nyoman
        Suarjana Putra", "Andi Pangerang")."""
        k = _run_start(words, i, prose)
        gap = prose[words[k - 1].end : words[k].start] if k > 0 else ""
        if gap == ". " and words[k - 1].text.lower() in _PERSON_TITLES:
            return True
        # the opener may stand inside the run: "Jalan Andi Pangerang Daeng Rani" is named after one
        return any(
            j + len(rest) < i and tuple(w.text for w in words[j + 1 : j + 1 + len(rest)]) == rest
            for j in range(k, i)
            for rest in self.person_openers.get(words[j].text, ())
        )

    def _before_role(self, words: Sequence[Word], i: int, prose: str) -> bool:
        """words[i] closes a run of two capitalized words or more that a comma and a role or
        agent noun follow ("Markus Itlay, pengelola hotel"; not "Kota Ambon, ibu kota")."""
        if i + 2 >= len(words) or not (
            words[i - 1].text[:1].isupper() and prose[words[i - 1].end : words[i].start] == " "
        ):
            return False
        role, after = words[i + 1].text, words[i + 2].text.lower()
        if not role.islower() or (role == "ibu" and after == "kota"):
            return False
        return role in self.roles or is_agent(role)

    def _apposed_kind(self, doc: Document, token: _Token) -> bool:
        """A lowercase word the text explains by its kind in apposition ("memainkan pikon, alat
        musik dari bambu"; "kue bingka, kue khas Banjar"; "para tonaas atau pemuka adat")."""
        after = _APPOSED.match(doc.prose, token.end)
        if not token.text.islower() or after is None:
            return False
        joint, head = after.group(1), after.group(2).lower()
        if head in self.kinds or head in _APPOSED_HEADS:
            return True
        # a person after a comma may be the next item of a list ("preeklamsia, bayi lahir ...")
        return joint == " atau" and (head in self.roles or is_agent(head))

    def _beside_kind(self, doc: Document, token: _Token, hit: Hit, lex: Lexicon) -> Hit | None:
        """The hit for an unknown lowercase word beside a noun of kind, or None when the word is
        the regional name of a variety (kuah cuko, jeruk jungga, belimbing wuluh)."""
        text = token.text
        if not text.islower() or lex.verdict(text).how != "unknown":
            return hit
        before = _WORD_BEFORE.search(doc.prose, max(0, token.start - 30), token.start)
        kind = before.group(1).lower() if before is not None else ""
        target = hit.suggestions[0].lower() if hit.suggestions else ""
        if kind in self.kinds:
            # a slip of what usually follows the kind (ikan tongkok, kerupuk udamg): that word
            # is the intended one, first among the suggestions; one vowel off it is a region's
            # own variety still (kue lupis beside kue lapis)
            usual = [
                s
                for s in hit.suggestions
                if f"{kind} {s.lower()}" in self.phrases and not vowel_variant(text, s.lower())
            ]
            if usual:
                ranked = (usual[0], *(s for s in hit.suggestions if s != usual[0]))
                return Hit(hit.start, hit.end, {**hit.args, "suggestion": usual[0]}, ranked)
            # otherwise a word no dictionary knows names the variety (kain songke, sambal
            # lado), unless the fingers explain it: a letter dropped, added, swapped or
            # doubled, or a vowel or a near key off a common word (ayam potung)
            if not target:
                return None
            if len(text) != len(target) or target in typing_slips(text):
                return hit
            near = vowel_variant(text, target) or distance(text, target) <= NEAR_KEY
            return hit if near and lex.zipf(target) >= REGIONAL_TARGET_ZIPF else None
        # before the kind: only one vowel off a short word that is not too common (cuko kuah);
        # a long one is a derived word or a loan, whose slips name no variety (a vowel off
        # "pengiriman" before "ikan")
        if (
            not target
            or lex.zipf(target) >= REGIONAL_TARGET_ZIPF
            or len(target) >= LONG_VARIETY
            or not vowel_variant(text, target)
        ):
            return hit
        after = _WORD_AFTER.match(doc.prose, token.end)
        return None if after is not None and after.group(1).lower() in self.kinds else hit

    def prepare(self) -> None:
        """Build the lexicon's neighbour indexes (before worker processes fork)."""
        lexicon().prepare()

    # --- tokens ------------------------------------------------------------------------------

    def _tokens(self, doc: Document, lex: Lexicon, texts: list[str], mid_names: set[str]) -> list[_Token]:
        """The words (or parts of words) to judge; every word's text also goes to `texts`, and
        capitalized ones not at a sentence start to `mid_names`, for what the draft says."""
        prose = doc.prose
        clean = self._clean
        title_blocks = [
            b for b in doc.blocks if b.kind in TITLE_BLOCKS and _title_case(prose[b.start : b.end])
        ]
        words = [w for w in doc.words if w.text.isalpha() or not any(map(str.isdigit, w.text))]
        all_texts = [w.text for w in words]
        # the common case, a known lowercase word, is only counted; no clean word holds an
        # apostrophe (those are never tokens), so the loop below still skips them
        texts.extend([t for t in all_texts if t in clean and not t[:1].isupper()])
        out: list[_Token] = []
        next_initial: tuple[int, bool] | None = None  # a word's sentence start, when known early
        dateline = dateline_place(doc)
        for i in [i for i, t in enumerate(all_texts) if t[:1].isupper() or t not in clean]:
            word = words[i]
            text = word.text
            initial_here = next_initial[1] if next_initial is not None and next_initial[0] == i else None
            if "'" in text or "’" in text:
                continue
            # a reduplicated regional word whose glottal stop is written as an apostrophe
            # ("mattudu'-tudu'") is neither of its halves misspelled
            if prose[word.end : word.end + 2] in _GLOTTAL_REDUPLICATION or (
                prose[max(0, word.start - 2) : word.start] in _GLOTTAL_REDUPLICATION
            ):
                continue
            capital = text[:1].isupper()
            titled = bool(title_blocks) and any(b.start <= word.start < b.end for b in title_blocks)
            # where a word stands matters only for a capital: the judge reads `initial` and
            # `before_name` of capitalized words alone (a hyphenated word's first part shares
            # its first letter)
            initial = titled or (
                capital
                and (initial_here if initial_here is not None else _sentence_initial(prose, word.start))
            )
            if text in clean:
                # a clean word is never split (only a whole word that passed is clean)
                texts.append(text)
                if capital and not initial:
                    mid_names.add(text)
                continue
            nxt = words[i + 1] if i + 1 < len(words) else None
            before_name = False
            if capital and not titled and nxt is not None and nxt.text in NAME_PARTICLES:
                # a person's particles stand between the given name and the family name
                # ("Pieter van der Berg")
                k = i + 1
                while k < len(words) and words[k].text in NAME_PARTICLES and _spaced(prose, words, k):
                    k += 1
                before_name = k < len(words) and words[k].text[:1].isupper() and _spaced(prose, words, k)
            elif (
                capital
                and not titled
                and nxt is not None
                and nxt.text[:1].isupper()
                and _spaced(prose, words, i + 1)
            ):
                next_initial = (i + 1, _sentence_initial(prose, nxt.start))
                before_name = not next_initial[1]
            if "-" in text and _doubled_base(text, lex) and not _whole_ok(word, lex):
                # a base written twice alike (omed-omedan, a Balinese rite) is meant: a slip is
                # not made the same way twice, unless it is a plain slip of a common word copied
                # (obt-obtan); its parts count as the draft's words all the same
                texts.extend(m.group() for m in _PART.finditer(text))
                continue
            if "-" in text and not _whole_ok(word, lex):
                # each part of an unknown compound stands alone: "Asia-Pasifik", "China-Rusia";
                # after a capitalized part that is no word, lowercase parts belong to the name
                # (Jong-un, Byeong-seug)
                head = text.split("-", 1)[0]
                named = head[:1].isupper() and lex.verdict(head.lower()).how not in ("listed", "analysed")
                first = True
                for m in _PART.finditer(text):
                    part = m.group()
                    if named and not first and part[:1].islower():
                        texts.append(part)
                        continue
                    part_initial = initial and first
                    texts.append(part)
                    if part[:1].isupper() and not part_initial:
                        mid_names.add(part)
                    if part not in clean:
                        out.append(_Token(word.start + m.start(), word.start + m.end(), part, part_initial))
                    first = False
                continue
            texts.append(text)
            if capital and not initial:
                mid_names.add(text)
            prev = words[i - 1] if i else None
            # a capitalized word known as nothing at all: not a name the lexicon knows (Jakarta,
            # Widodo), an abbreviation (PLN) or a word
            after_foreign = (
                not capital
                and prev is not None
                and prev.text[1:].islower()
                and prose[prev.end : word.start] == " "
                and not lex.is_name(prev.text)
                and lex.verdict(prev.text.lower()).how == "unknown"
            )
            named = capital and not titled and (
                AGE_AFTER.match(prose, word.end) is not None
                # the first names of one an age closes ("Sinta Marlina (26)"), with no word of
                # an office between them ("Kepla Desa Ahmad (50)" is Kepala)
                or (before_name and self._first_names(words, i, prose))
                # ... or a patronym's particle follows them ("Nurul Aisyah binti Rosli")
                or (before_name and _before_patronym(words, i, prose))
                or (prose.startswith((",", "."), word.end) and self._speaker(words, i, prose))
                or (prose.startswith(", ", word.end) and self._before_role(words, i, prose))
                or self._after_opener(words, i, prose)
            )
            set_off = prose.startswith(",", word.end) and _set_off_by_commas(words, i, prose)
            # set off by commas after given names, which no list of names knows and which are
            # no common word: a person's ("sekolah di Wamena, Yulius Itlay,"), not a place's
            # ("Semarang, Jawa Tengha,") or a body's (", Dinas Perhubngan,", ", Koperasi Bumi")
            named = named or (
                set_off
                and not titled
                and not _LIST_GOES_ON.match(prose, word.end)
                and all(
                    self._given_name(w.text, lex) for w in words[_run_start(words, i, prose) : i]
                )
            )
            person = named or (capital and not titled and set_off)
            apart = ""
            if not capital and prev is not None and prev.text in _PREFIXES_APART:
                apart = prev.text.lower() if prose[prev.end : word.start] == " " else ""
            place = (
                prev.text.lower()
                if capital
                and prev is not None
                and prev.text.lower() in self.place_heads
                and prose[prev.end : word.start] == " "
                else ""
            )
            after_name = (
                capital
                and prev is not None
                and prev.text[:1].isupper()
                and prose[prev.end : word.start] == " "
                and prev.text.lower() not in self.place_heads
                # a sentence's first word ("Warga Tembalng") is capitalized for the sentence
                and not (_sentence_initial(prose, prev.start) and lex.is_listed(prev.text.lower()))
            )
            in_dateline = capital and dateline[0] <= word.start < dateline[1]
            out.append(
                _Token(
                    word.start,
                    word.end,
                    text,
                    *(initial, before_name, after_foreign, person, named, apart, place),
                    after_name=after_name,
                    dateline=in_dateline,
                )
            )
        return out

    # --- verdicts ----------------------------------------------------------------------------

    def _judge(self, token: _Token, lex: Lexicon, draft: _Draft) -> Hit | None:
        text = token.text
        low = text.lower()
        if low in self.reject:
            return self._rejected(token)
        if (
            not self.min_length <= len(text) <= MAX_LENGTH
            or low in self.accept
            or text in self.accept_exact
            or (bare := without_clitic(low)) in self.nonstandard
            # the standard-word rule reports them outside quotes; inside, they are the speaker's
            or bare in self.colloquial
        ):
            self._clean.add(text)
            return None  # a 40-letter "word" is a URL fragment or a code, not a typo
        if not _LATIN.fullmatch(low) or low in _BOUND:
            self._clean.add(text)
            return None  # other scripts, accented foreign names; "pra"/"-nya" apart is affix spacing
        if text.isupper() and len(text) > 1:
            return self._abbreviation(token, lex, draft)
        if text[1:] != low[1:]:
            self._clean.add(text)
            return None  # brands and camel case (iPhone, McDonald)
        verdict = lex.verdict(low)
        if not verdict.known and self._affixed_nonstandard(low, lex):
            # an affixed form of a listed non-standard word: the standard-word rule's
            self._clean.add(text)
            return None
        if verdict.how == "implausible" and _form_of_a_verb_in_use(low, lex):
            # dikibarkan is no slip of dikabarkan: mengibarkan is in use, and its passive as
            # good a word however rare (a slip landing on it is a real-word error)
            self._clean.add(text)
            return None
        if verdict.how == "implausible" and verdict.likely:
            # a rare reading is the draft's own word when it writes that stem in another form
            # too: pemilahan beside memilah is no pemilihan (not cached: another draft may not);
            # not a stem the correction shares (menetapan, with penetapan in the draft, is
            # menetapkan)
            meant = {a.stem for a in lex.analyse(verdict.likely)}
            stems = {a.stem for a in lex.analyse(low)} - meant
            if stems and draft.uses_stem(low, stems, lex, meant):
                return None
        if verdict.how == "analysed" and text[:1].isupper() and not token.initial:
            # an unheard-of reading of a capitalized word beside a notable name: Kalimatan is no
            # kalimat + -an but Kalimantan
            name_slip = self._analysed_name_slip(text, lex)
            if name_slip is not None:
                return self._hit(token, (name_slip,))
        if token.apart and not verdict.known and lex.is_listed(token.apart + low):
            # "di tambatkan" is ditambatkan written apart, which the affix rule reports: no
            # slip of tambahkan (not cached: the same word elsewhere stands alone). Listed
            # forms only: the analyser reads "di mobi" or "ke sekola" too, which are slips
            return None
        notable = None
        if (
            text[:1].isupper()
            and lex.is_area(text)
            # (one the frequency list lacks, only where the draft shows it is a place: after a
            # place's generic or beside its region's name; "ke Itlay" is Italy slipped)
            and (verdict.known or text in draft.places or _region_named(low, lex, draft))
        ):
            notable = self._slipped_name(text, lex)
        if notable is not None:
            # a district's name that slips a notable one is a slip where the draft writes that
            # one more often: "siswa dari Makasar" (a district of Jakarta) beside Makassar (not
            # cached: another draft may name Makassar more often); alone, it is the district
            # ("Desa Sidoharjo" in a story that never names Sidoarjo)
            more = draft.capitalized.get(notable, 0) > draft.capitalized.get(text, 0)
            # ... unless the draft writes it after a place's generic somewhere: "Kecamatan
            # Makasar, Jakarta Timur" is the district, wherever else it stands
            its_slip = more and not token.initial and text not in draft.places
            return self._hit(token, (notable,)) if its_slip else None
        if text[:1].isupper() and not verdict.known and lex.is_english(low):
            # the English list holds rare words and slips of its own (polers): a name the
            # draft writes with two letters the other way round is still the slip's
            swapped = self._swapped_in_draft(text, lex, draft)
            if swapped is not None:
                return self._hit(token, (swapped,))
        if verdict.known or lex.is_english(low) or (verdict.likely is None and lex.is_foreign(low)):
            # passes here and in _name alike (known, English or foreign): in any position
            self._clean.add(text)
            return None
        capital = text[:1].isupper()
        if capital and self._area(text, lex):
            self._clean.add(text)
            return None
        if capital and low.endswith("an") and lex.is_name(text[:-2]) and len(text) > 6:
            # a place's name with -an names its speech or its ways: Semarangan, Cirebonan
            self._clean.add(text)
            return None
        if capital and (not token.initial or text in draft.mid_names):
            near = self._name(text, lex, draft)
            if self._naming_variant(token, near, lex, draft):
                return None
            if near is not None and token.named:
                # a person's name is no slip of a place or a body the draft never names (Maria
                # Itlay, Italy), nor of a common word the draft capitalizes in a name (Yakobus
                # Dama beside Sumba Barat Daya); another name the draft writes more often is
                # still its slip
                kept = (n for n in near if n in draft.capitalized and not lex.is_listed(n.lower()))
                near = tuple(kept) or None
            if near is None and token.place and not lex.is_name(text):
                near = draft.notable_place_near(text, token.place, lex) or _key_slip_of_place(text, lex)
            if (
                near is None
                and not (token.person or token.after_name or lex.is_name(text))
                and draft.capitalized.get(text, 0) < 2
                and not _bracketed(draft.prose, token)
            ):
                # a regency or a district slipped ("dari Rantepoa"); not a known name, nor one in
                # a person's name, one the draft writes alike twice, or a short form introduced
                # in brackets (Universitas Nusa Cendana (Undana))
                area = self._area_slip_here(text, lex, draft)
                near = (area,) if area is not None else None
            if near is None and not (token.person or token.before_name):
                # not in a person's name: Fardi Saputra and Farid Hakim may both be in the story
                swapped = self._swapped_in_draft(text, lex, draft)
                near = (swapped,) if swapped is not None else None
            if near is None and not (token.person or token.named or token.after_name or token.before_name):
                # standing alone (not in a person's name): a country or a province slipped
                wide = self._wide_name_slip(low, lex)
                near = (wide,) if wide is not None else None
            if near is None and not token.initial:
                if text not in self._word_slips:
                    self._word_slips[text] = self._slipped_word(text, lex)
                word_slip = self._word_slips[text]
                # a name the draft also spells another way (Hidayaty, Hidayati) is the naming
                # rule's; one in a person's place or written alike twice (I Nyoman Suarjana ...
                # kata Suarjana) is a name it vouches for, however close to a common word
                # (sarjana), unless that word is a derived noun of the kind institutions' names
                # are made of (Dinas Perhubngan, twice or before a comma, is Perhubungan) or a
                # notable place (Bandhung, twice, is Bandung)
                vouched = token.person or draft.capitalized.get(text, 0) >= 2
                # (after a place's generic, a derived noun's look proves nothing: Kecamatan
                # Pejawaran, twice, is a district, no Penawaran)
                institutional = word_slip and (
                    (_derived_noun(word_slip.lower(), lex) and text not in draft.places)
                    or lex.notable_name(word_slip) is not None
                )
                if word_slip and not (draft.spelled_otherwise(text, lex) or (vouched and not institutional)):
                    near = (word_slip,)
            return self._hit_or_none(token, near)
        if not capital and low in lex.names_lower:
            self._clean.add(text)
            return None  # a name in lower case (sabtu, jakarta) is a capitalization matter
        if not capital and lex.is_area(low) and not lex.analyse(low) and _region_named(low, lex, draft):
            # a district in lower case in a story that names its region ("dari kertek" beside
            # Wonosobo): eyd.kapital-nama-diri reports it as a name, not a slip of kretek
            return None
        if (
            not capital
            and verdict.how in ("unknown", "implausible")
            and text.capitalize() in draft.speakers(self.speech)
        ):
            # a speaker's name the draft writes small once ("alya Putri" ... ujar Alya): a
            # capital's matter (eyd.kapital-nama-diri), not a slip of alga
            return None
        if capital:
            # sentence-initial or title case: a name unless it is a clear slip of a common word
            if lex.is_name(text) or draft.lowered[low] > 1 or token.person:
                return None
            if draft.spelled_otherwise(text, lex):
                return None  # the name rule's (Nadya beside Nadia), however close to a word (nada)
            near = self._name(text, lex, draft)
            if self._naming_variant(token, near, lex, draft):
                return None
            if near is None and token.place:
                # after a place's generic a title's word names that place (Air Terjun Cunca
                # Wulang): a slip only of a notable place, as mid-sentence, or of a name the
                # draft writes with two letters the other way round (Gunung Agnug, Gunung Agung)
                of_place = draft.notable_place_near(text, token.place, lex) or _key_slip_of_place(text, lex)
                swapped = self._swapped_in_draft(text, lex, draft) if of_place is None else None
                return self._hit_or_none(token, of_place or ((swapped,) if swapped else None))
            if near is None and token.dateline and not lex.is_name(text):
                # the lead's place, a district slipped ("Rantepoa, IDN Times - ... Toraja")
                area = self._area_slip_here(text, lex, draft)
                near = (area,) if area is not None else None
            if near is not None or len(text) < NAME_MIN_LENGTH or token.dateline:
                return self._hit_or_none(token, near)
            if verdict.likely is None and lex.zipf(low) >= 3.0:
                return None
            # a capitalized word followed by another is likely a name (Tan Sri, Haji Agus): only
            # the clearest slips of common words count there
            strict = 0.5 if token.before_name else 0.0
            if verdict.likely is None and not _may_be_slip(low, lex, strict):
                return self._initial_swap(token, lex)  # most names end here
            suggestions = lex.suggest(low)
            if verdict.likely is not None:
                suggestions = (verdict.likely, *(s for s in suggestions if s != verdict.likely))
            if not suggestions or not _clear_slip(low, suggestions[0], lex, strict):
                return self._initial_swap(token, lex)
            return self._hit(token, _cased(text, suggestions))
        if len(text) < SHORT:
            self._clean.add(text)
            return None  # two- and three-letter strings are abbreviations more often than slips
        if draft.lowered[low] > (
            REPEATED_SLIP if verdict.likely and not _affixed_stem(low, lex) else 1
        ) and not _habitual_slip(low, verdict, lex):
            # written twice, a term (combro, gethek) is meant, and so is a word the analyser
            # reads (dilarung: di- + larung, not dilarang); a clear slip that the headline and
            # the lead repeat (pemeritah) is not, nor one a writer's habit repeats (setalah)
            return None
        if _binomial(draft.prose, token):
            return None  # a species' name in brackets after its common name: (Perna viridis)
        suggestions = lex.suggest(low)
        if verdict.likely is not None and verdict.likely not in suggestions:
            suggestions = (verdict.likely, *suggestions)
        own = _draft_neighbour(low, draft, lex)
        if own is not None and (not suggestions or distance(low, own) <= distance(low, suggestions[0])):
            # the draft writes elsewhere the word this one is with a letter dropped: that word
            # was meant, however rare (antarkampung, which the frequency list lacks) or common
            # the words as near (tamang: taman, in a story that writes tambang)
            return self._hit(token, _cased(text, (own, *(s for s in suggestions if s != own))))
        if not suggestions and token.after_foreign and sum(c in VOWELS for c in low) >= 2:
            return None  # nothing near it, after a foreign capitalized word: Aedes aegypti
        if not suggestions and verdict.likely is None and not _unlike_indonesian(low):
            # nothing near it and shaped like an Indonesian word: a regional or technical term
            # the lexicon lacks (sabangunan, kapolrestabes), not a slip; a shape no Indonesian
            # word has (yapasangann) is still reported, and so is a regular form of a listed
            # word with two letters the other way round (pengunggha: pengunggah)
            swapped = _swapped_form(low, lex)
            return None if swapped is None else self._hit(token, _cased(text, (swapped,)))
        if verdict.likely is None and suggestions:
            # two neighbouring letters swapped beat two edits whatever their frequencies say:
            # "penimbnagan" is penimbangan, which the frequency list lacks, not penambangan (a
            # regional word is seldom one swap from a word; it is often one letter from one)
            # ... and so does one letter typed two places early or late ("pengusngian":
            # pengungsian) or a few typed twice ("penononton"), a slip of one key or one
            # stroke however many edits it counts, towards a word the dictionary lists (nobait
            # is no slip of nobita, a cartoon's name)
            moved = {
                s for s in suggestions if (moved_letter(low, s) or typed_twice(low, s)) and lex.is_listed(s)
            }
            one_swap = adjacent_swaps(low, keep_first=False) | moved
            swaps = [s for s in suggestions if s in one_swap]
            if swaps and distance(low, suggestions[0]) > 1.0:
                suggestions = (swaps[0], *(s for s in suggestions if s != swaps[0]))
            if len(low) >= LONG_DROP and distance(low, suggestions[0]) > WORD_SLIP:
                # in a long word, a letter dropped from a listed word beats a common word two
                # slips away, which the ranking puts first for its frequency: "menyebeangkan" is
                # menyeberangkan (the common word alone would leave it unreported, as a term the
                # lexicon lacks); short words have too many such neighbours
                one = [
                    s
                    for s in suggestions
                    if len(s) == len(low) + 1
                    and distance(low, s) <= 1.0
                    and lex.is_listed(s)
                    and not _unassimilated(low, s)
                ]
                if one:
                    suggestions = (one[0], *(s for s in suggestions if s != one[0]))
            slip = 1.0 if suggestions[0] in moved else distance(low, suggestions[0])
            best = without_clitic(suggestions[0])
            if (
                slip > WORD_SLIP
                # the nearest word is a form only the analyser makes and no one is seen to write
                # (subtiang: sub- + tiang): a term the lexicon lacks is likelier than its slip;
                # a listed word under a clitic is a word all the same (algojonya), and so are a
                # used stem's bare -kan verb (intensifkan) and a long listed word after a prefix
                # that leaves it whole (memverifikasi), unless the word written is one too
                # (bersertifikasi is no slip of tersertifikasi)
                or (
                    not lex.zipf(best)
                    and not lex.is_listed(best)
                    and not lex.is_kan_verb(best)
                    and not (lex.is_whole_after_prefix(best) and not lex.is_whole_after_prefix(low))
                )
                # two slips landing on a rare word are less likely than a regional or
                # technical term the lexicon lacks (a snack's name read as "lendir")
                or (slip > 1.0 and lex.zipf(suggestions[0]) < DOUBLE_SLIP_ZIPF)
            ):
                # ... but two letters the other way round in a regular form of a listed word
                # are its slip, though the ranking, of words people are seen to write, lacks
                # the form (peracki: peracik, peN- + racik)
                swapped = _swapped_form(low, lex)
                return None if swapped is None else self._hit(token, _cased(text, (swapped,)))
        return self._hit(token, _cased(text, suggestions))

    def _initial_swap(self, token: _Token, lex: Lexicon) -> Hit | None:
        """A sentence's first word with two letters the other way round in a form of a listed
        word made with a prefix of verbs or their nouns: no name is shaped like that (Peracki:
        Peracik)."""
        if not token.initial or token.before_name:
            return None
        swapped = _swapped_form(token.text.lower(), lex, _INITIAL_SWAP_PREFIXES, _INITIAL_SWAP_STEM)
        return None if swapped is None else self._hit(token, _cased(token.text, (swapped,)))

    def _affixed_nonstandard(self, low: str, lex: Lexicon) -> bool:
        """An affixed form of a listed non-standard word (see baku.affixed_standard); kept per
        word, since a draft's unknown words (names, most of them) come back draft after draft."""
        found = self._affixed.get(low)
        if found is None:
            found = self._affixed[low] = affixed_standard(low, self.standard_of, lex) is not None
        return found

    def _hit_or_none(self, token: _Token, suggestions: tuple[str, ...] | None) -> Hit | None:
        return None if suggestions is None else self._hit(token, suggestions)

    def _name(self, text: str, lex: Lexicon, draft: _Draft) -> tuple[str, ...] | None:
        """A capitalized word is a typo only as a near miss of a known or more frequent name:
        the names it may be a slip of, or None."""
        if text in draft.names:
            return draft.names[text]
        found = self._near_name(text, lex, draft)
        draft.names[text] = found
        return found

    def _near_name(self, text: str, lex: Lexicon, draft: _Draft) -> tuple[str, ...] | None:
        low = text.lower()
        if lex.is_name(text) or len(text) < 4 or lex.known(low) or lex.is_foreign(low):
            return None
        # (a name the draft writes another way too is no slip, whatever other names it is near:
        # Nadya beside Nadia is no Nada; asked only of a name near another, as few are)
        own = draft.capitalized.get(text, 0)
        limit = NAME_SLIP if len(text) < 8 else 2 * NAME_SLIP
        # names used more often in this draft: Ukraina x5 makes a single Ukriana a slip
        least = max(2, own * DRAFT_NAME_RATIO)
        letters = set(low)
        close = []
        for other, other_low, other_letters, n in draft.frequent_names():
            # slips keep a name's first letter: Purabaya (a terminal) is no Surabaya
            if n >= least and abs(len(other) - len(text)) <= 2 and other != text and other_low[0] == low[0]:
                # each edit costs at least 0.5 and changes at most two letters of the letter set
                if len(letters ^ other_letters) > 4 * limit:
                    continue
                d = distance(low, other_low, limit)
                # spellings of one name (Zulkifli/Zulkifly, Soeharto/Suharto) are a naming matter,
                # and so are a person's two spellings, each quoted ('kata Tukinem', 'ujar Tukiyem')
                if (
                    0 < d <= limit
                    and not (text in (speakers := draft.speakers(self.speech)) and other in speakers)
                    and not _old_spelling(other, text)
                    and transliteration_key(other, diphthongs=True)
                    != transliteration_key(text, diphthongs=True)
                    and aspirate_key(other_low) != aspirate_key(low)
                ):
                    close.append((d, -n, other))
        if close:
            return None if draft.spelled_otherwise(text, lex) else tuple(o for _, _, o in sorted(close))
        if len(text) < NAME_MIN_LENGTH or lex.zipf(low) >= 3.0:
            return None  # a name the frequency list vouches for
        # written alike twice, a name the draft vouches for, unless it is a notable name with two
        # letters swapped or one doubled, which habit repeats (Ukriana ... Ukriana)
        near = self._slipped_name(text, lex) if own <= 1 else self._notable_typing_slip(text, lex)
        return (near,) if near and not draft.spelled_otherwise(text, lex) else None

    def _slips_in_names(self, doc: Document, reported: set[int]) -> Iterator[Hit]:
        """Listed names of several words with a typing slip in a word after the first, which
        may land on a word ("Sulawesi Tengara": tengara is a sign; "Jawa Tenagh")."""
        if self._name_pairs is None:
            self._name_pairs = {}
            for name in self._multiword_source:
                for a, b in itertools.pairwise(name.lower().split()):
                    self._name_pairs.setdefault(a, set()).add(b)
        pairs = self._name_pairs
        if pairs.keys().isdisjoint(doc.vocabulary):
            return  # most drafts name none of these (the vocabulary is in lower case)
        lex = lexicon()
        prose = doc.prose
        words = doc.words
        for i in [i for i in doc.indices(pairs) if i < len(words) - 1 and words[i].text[:1].isupper()]:
            first, word = words[i], words[i + 1]
            low = word.text.lower()
            following = pairs[first.text.lower()]
            if not word.text[:1].isupper() or word.start in reported or low in following:
                continue
            if prose[first.end : word.start] != " ":
                continue
            # (a letter dropped too, from a word no dictionary knows: "Sumatera Utra", not a
            # headline's "Empat Lawan" or the spelling "Sumatra"; the following words are few)
            dropped = not lex.known(low) and not lex.is_name(word.text)
            slips = sorted(
                c
                for c in following
                if (
                    c in typing_slips(low)
                    or (dropped and len(c) == len(low) + 1 >= 4 and _one_letter_more(c, low))
                )
                and not _old_spelling(c, low)
            )
            if slips:
                token = _Token(word.start, word.end, word.text, False)
                yield self._hit(token, (_cased(word.text, (slips[0],))[0],))

    def _first_word_slips(self, doc: Document, reported: set[int]) -> Iterator[Hit]:
        """A word no list knows right before the rest of a name of several words, and a slip of
        that name's first word ("Kemterian Luar Negeri"): the words after it say which name it
        is, however near a commoner word it is (kengerian), and make it no name of its own."""
        if self._name_firsts is None:
            self._name_firsts = {}
            for name in self._first_word_source:
                first, second = name.lower().split()[:2]
                self._name_firsts.setdefault(second, set()).add(first)
        firsts = self._name_firsts
        if firsts.keys().isdisjoint(doc.vocabulary):
            return
        lex = lexicon()
        prose = doc.prose
        words = doc.words
        for i in [i for i in doc.indices(firsts) if i > 0]:
            word, rest = words[i - 1], words[i]
            low = word.text.lower()
            if (
                word.start in reported
                or not (word.text[:1].isupper() and rest.text[:1].isupper())
                or prose[word.end : rest.start] != " "
                or low in firsts[rest.text.lower()]
                or not word.text[1:].islower()
                or low in self.accept
                or low in self.nonstandard
                or lex.verdict(low).how != "unknown"
                or lex.is_name(word.text)
            ):
                continue
            # two edits in a long word (a syllable dropped), one in a shorter, dense with names
            limit = 2.0 if len(low) >= FIRST_WORD_LONG else 1.0
            near = sorted(
                (distance(low, first), first)
                for first in firsts[rest.text.lower()]
                if first[0] == low[0] and abs(len(first) - len(low)) <= 2
            )
            if near and near[0][0] <= limit:
                reported.add(word.start)
                token = _Token(word.start, word.end, word.text, False)
                yield self._hit(token, _cased(word.text, (near[0][1],)))

    @staticmethod
    def _swapped_in_draft(text: str, lex: Lexicon, draft: _Draft) -> str | None:
        """A name the draft also writes with two letters the other way round, once is enough,
        when the frequency list knows that spelling and not this one: Takengno beside Takengon.
        (Two letters swapped make a slip; a name's own spellings differ otherwise.)"""
        if lex.zipf(text.lower()) > 0:
            return None
        for cand in sorted(adjacent_swaps(text)):
            if cand in draft.capitalized and lex.zipf(cand.lower()) > 0:
                return cand
        return None

    @staticmethod
    def _slipped_word(text: str, lex: Lexicon) -> str | None:
        """A long capitalized non-word one slip from a common word, as institutions' names are
        made of them: "Dinas Perhubngan" is Perhubungan. Names rarely come that close to a
        common word of eight letters or more."""
        low = text.lower()
        if len(low) < LONG_NAME or lex.is_foreign(low):
            return None
        how = lex.verdict(low).how
        # a word read only as affixes stacked on a rare stem is no name either: Perkebuan is no
        # per- + ke- + buan (Payangan, payang + -an, may be a district's)
        stacked = how == "implausible" and _only_stacked_readings(low, lex)
        if how != "unknown" and not stacked:
            return None
        # the common listed words one edit away, from the lexicon's index (names are many:
        # ranking full suggestions for each would cost more than the rest of the check)
        freq = lex.freq
        near = [
            (distance(low, c) - FREQUENCY_WEIGHT * freq[c], c)
            for c in lex.common_neighbours(low)
            if freq[c] >= CLEAR_SLIP_ZIPF and lex.is_listed(c)
        ]
        # a long word's typing slips (a neighbouring key, a doubled letter, a swap) seldom
        # land beside a name: a less common dictionary word (an office's: Inspektorat,
        # Kependudukan) is its slip too; not a frequency-list word only, which may be a name
        # (Burhanuddin), nor a letter dropped or added (Antarktika beside Antartika), nor a
        # doubled sun letter, an Arabic name's assimilation (Masjid Silaturrahim)
        if len(low) >= LONG_WORD_SLIP:
            near += [
                (distance(low, c) - FREQUENCY_WEIGHT * freq[c], c)
                for c in freq.keys() & (typing_slips(low) | _key_slips(low))
                if LONG_WORD_TARGET_ZIPF <= freq[c] < CLEAR_SLIP_ZIPF
                and lex.verdict(c).how in ("listed", "analysed")
                and not _sun_letter_doubled(low, c)
            ]
        # two letters swapped are a typing slip even of a less common word (Keuskpuan)
        near += [
            (distance(low, c) - FREQUENCY_WEIGHT * freq[c], c)
            for c in adjacent_swaps(low)
            if freq.get(c, 0.0) >= SWAPPED_WORD_ZIPF and lex.is_listed(c)
        ]
        if not near:
            return None
        target = min(near)[1]
        if vowel_variant(low, target):
            return None  # Kalurahan beside Kelurahan: a region's own name, not a slip
        return _cased(text, (target,))[0]

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

    @staticmethod
    def _rejected(token: _Token) -> Hit:
        """A word the house dictionary rejects (`!word`): known or not, the newsroom does not
        use it, which "unknown word" would misstate."""
        return _unsuggested(
            token,
            f'Kata "{token.text}" ditolak kamus redaksi; ganti dengan kata lain',
            f'"{token.text}" is rejected by the house dictionary; use another word',
        )

    def _hit(self, token: _Token, suggestions: tuple[str, ...]) -> Hit:
        if self.standard_of:
            # never a form the standard-word rule reports (Kementrian): its standard form instead
            offered = (
                _cased(s, (std,))[0] if (std := self.standard_of.get(s.lower())) and " " not in std else s
                for s in suggestions
            )
            suggestions = tuple(dict.fromkeys(offered))
        shown = suggestions[:5]
        if shown:
            return Hit(token.start, token.end, {"word": token.text, "suggestion": shown[0]}, shown)
        return _unsuggested(
            token,
            f'Kata "{token.text}" tidak dikenal; periksa ejaannya',
            f'Unknown word "{token.text}"; check its spelling',
        )

    def _analysed_name_slip(self, text: str, lex: Lexicon) -> str | None:
        """The notable name a capitalized word is a slip of, when the word is known only by an
        unattested reading that no frequency list has seen."""
        low = text.lower()
        if len(text) < NAME_MIN_LENGTH or lex.zipf(low) > 0 or lex.is_name(text):
            return None
        if any(a.attested for a in lex.analyse(low)):
            return None
        found = self._slipped_name(text, lex)
        if found is not None and lex.notable_name(found) is None and lex.analyse(found.lower()):
            # a word the frequency list holds that the analyser reads too is a word, not a name:
            # two forms two letters apart are both words (Pajak Terutang: ter- + utang, no slip
            # of tertuang); a notable name's slip stays one (Kalimatan: Kalimantan)
            return None
        return found

    def _slipped_name(self, text: str, lex: Lexicon) -> str | None:
        """The notable name this one is a typing slip of; not one it spells the old way (a
        person may keep Rachmawati, Soedirman, Djoko in their name). Kept per text."""
        if text not in self._slips:
            found = self._slipped_notable(text, lex)
            self._slips[text] = None if found is None or _old_spelling(found, text) else found
        return self._slips[text]

    def _wide_name_slip(self, low: str, lex: Lexicon) -> str | None:
        """The one country's or province's name `low` is with a neighbouring key struck (not the
        first letter) or a letter dropped: Kalimantsn, Malaysis, Filipna."""
        if self._wide is None:
            names: dict[int, set[str]] = {}
            # a country's notable name that is no listed word of the language (the word lists of
            # country names hold Selatan and Samudra), and each province's
            countries = (w.lower() for w in self._wide_source)
            kept = [w for w in countries if lex.notable_name(w) is not None and not lex.is_listed(w)]
            for w in (*kept, *(p.lower() for p in self._provinces)):
                names.setdefault(len(w), set()).add(w)
            self._wide = {n: frozenset(ws) for n, ws in names.items()}
        if len(low) + 1 < WIDE_NAME_MIN:
            return None
        same = self._wide.get(len(low), frozenset())
        found = {c for c in _key_slips(low) if c in same}
        found.update(c for c in self._wide.get(len(low) + 1, ()) if _one_letter_more(c, low))
        return lex.notable_name(found.pop()) if len(found) == 1 else None

    @staticmethod
    def _notable_typing_slip(text: str, lex: Lexicon) -> str | None:
        """The notable name this one is two letters swapped or one doubled or undoubled of; not
        one it spells the old way (Soedirman), as for _slipped_name."""
        found = _notable_of_slip(text.lower(), lex)
        return None if found is None or _old_spelling(found, text) else found

    def _area(self, text: str, lex: Lexicon) -> bool:
        """A regency's or a district's name (Banguntapan, Wanokaka), and no slip of a notable one
        (Makasar is a district of Jakarta, and Makassar misspelled)."""
        return lex.is_area(text) and self._slipped_name(text, lex) is None

    def _slipped_notable(self, text: str, lex: Lexicon) -> str | None:
        """The notable name (country, province, city, institution) this one is a typing slip of.

        Two letters swapped or one doubled or undoubled (Ukriana, Filipinna) at any length; a
        letter dropped or added only against long names (Sulawsi), since short names are dense
        and most one-letter variants of them are other real names. A tripled letter (Jakkkarta)
        is a slip of any known word or name.
        """
        low = text.lower()
        if _TRIPLE.search(low):
            fixed = _TRIPLE.sub(lambda m: m.group()[:2], low)
            if lex.is_name(fixed) or lex.known(fixed) or lex.zipf(fixed) >= NAME_TARGET_ZIPF:
                return lex.notable_name(fixed) or _cased(text, (fixed,))[0]
        found = _notable_of_slip(low, lex)
        if found is not None:
            return found
        # names the frequency list knows well (a town, a company; not words the dictionary
        # lists, those are the common-word checks'): two letters swapped inside a long one, where
        # a swap seldom lands on another real name, or a letter dropped from one of nine letters
        # or more (Purwdadi), whose one-letter-longer neighbours are seldom other names
        if len(low) + 1 >= LONG_NAME:
            swaps = adjacent_swaps(low)
            freq = lex.freq
            # (a letter some names keep and others drop is another spelling: Sahputra, Syahputra)
            named = [
                (freq[c], c)
                for c in lex.name_neighbours(low)
                if (c in swaps and len(c) >= LONG_NAME and freq[c] >= SWAP_TARGET_ZIPF)
                or (
                    len(c) == len(low) + 1
                    and len(c) >= DROPPED_LETTER_NAME
                    and _one_letter_more(c, low)
                    and aspirate_key(c) != aspirate_key(low)
                    and not _cluster_simplified(c, low)
                )
            ]
            if named:
                return _cased(text, (max(named)[1],))[0]
        if self._long_names is None:
            self._long_names = _by_length((name.lower() for name in lex.notable), LONG_NAME)
        off = _one_letter_off(
            low, lambda c: len(c) >= LONG_NAME and lex.notable_name(c) is not None, self._long_names
        )
        return lex.notable_name(off[0]) if off else None

    def _slipped_area(self, text: str, lex: Lexicon) -> tuple[str, ...]:
        """The regencies or districts (lexicon.areas) a capitalized unknown word is a typing slip
        of: two letters swapped or one doubled or undoubled (Wonokormo, Rantepoa), or, in a long
        name, a neighbouring key struck or a letter dropped or added (Tembalng); the areas are
        denser than the notable names, so a target is at least AREA_MIN letters, LONG_NAME for a
        key, and DROPPED_LETTER_NAME for a letter."""
        if text in self._area_slips:
            return self._area_slips[text]
        low = text.lower()
        areas = lex.areas
        # (a vowel doubled or not is how some regions spell their names: Lhong, Lhoong)
        slips = adjacent_swaps(low) | {c for c in _half_edits(low) if not _vowel_doubling(c, low)}
        found = sorted(c for c in slips if len(c) >= AREA_MIN and c in areas)
        if not found and len(low) >= LONG_NAME:
            # a neighbouring key in a long one (Sembalun, n and m), not its first letter
            found = sorted(c for c in _key_slips(low) if c in areas)
        if not found:
            if self._long_areas is None:
                self._long_areas = _by_length(areas, DROPPED_LETTER_NAME)
            long_area = self._long_areas
            off = _one_letter_off(low, lambda c: len(c) >= DROPPED_LETTER_NAME and c in areas, long_area)
            found = [c for c in off if not _vowel_doubling(c, low)]
        slips_of = tuple(found)
        self._area_slips[text] = slips_of
        return slips_of

    def _area_slip_here(self, text: str, lex: Lexicon, draft: _Draft) -> str | None:
        """The regency or district `text` slips, among those whose region the draft names
        (Tembalng beside Semarang): a village named once (Mangunharjo in Semarang, one letter
        from a district of Madiun) is no slip of a district far away."""
        slips = self._slipped_area(text, lex)
        if not slips:
            return None
        named = {c.lower() for c in draft.capitalized}
        for area in slips:
            if not named.isdisjoint(lex.areas[area].split()):
                return _cased(text, (area,))[0]
        return None


def _derived_noun(word: str, lex: Lexicon) -> bool:
    """A noun made with -an (perhubungan, pendidikan, kecamatan, lingkungan), as the words of
    institutions' names are; personal names seldom come close to one."""
    return any(a.suffix == "an" for a in lex.analyse(word))


def _run_start(words: Sequence[Word], i: int, prose: str) -> int:
    """The first word of the run of capitalized words, one blank apart, that words[i] closes."""
    k = i
    while k > 0 and words[k - 1].text[:1].isupper() and prose[words[k - 1].end : words[k].start] == " ":
        k -= 1
    return k


def _run_end(words: Sequence[Word], i: int, prose: str) -> int:
    """The last word of the run of capitalized words, one blank apart, that words[i] opens."""
    k = i
    while (
        k + 1 < len(words)
        and words[k + 1].text[:1].isupper()
        and prose[words[k].end : words[k + 1].start] == " "
    ):
        k += 1
    return k


#: after an item of a list, the next one: "Ohio, Nebraska, Rhode Isladn, dan Maine" are places
_LIST_GOES_ON = LazyPattern(r", (?:(?:dan|atau|serta) )?[A-Z]")


def _set_off_by_commas(words: Sequence[Word], i: int, prose: str) -> bool:
    """words[i] closes a run of two or more capitalized words that a comma opens: ", Made
    Suarjana," after an office is its holder's name."""
    k = _run_start(words, i, prose)
    return k < i and k > 0 and prose[words[k - 1].end : words[k].start].strip() == ","


def _by_length(names: Iterable[str], least: int) -> dict[int, list[str]]:
    """The names of `least` letters or more, by length."""
    out: dict[int, list[str]] = {}
    for name in names:
        if len(name) >= least:
            out.setdefault(len(name), []).append(name)
    return out


def _one_letter_off(low: str, member: Callable[[str], bool], by_length: dict[int, list[str]]) -> list[str]:
    """Names `low` is with one letter dropped or added, sorted: a letter added to `low` is looked
    up (`member`); a letter dropped is found among the names one letter longer (`by_length`),
    rather than by 26 tries per position."""
    found = {c for c in deletes1(low) if member(c)}
    found.update(n for n in by_length.get(len(low) + 1, ()) if _one_letter_more(n, low))
    return sorted(found)


_GENUS_OPENING = LazyPattern(r"\([A-Z][a-z]+ $")


def _unassimilated(low: str, longer: str) -> bool:
    """`longer` is `low` with the stem's first p, t, k or s kept after a meN-/peN- nasal
    (pemprogram beside pemrogram): another spelling of the same form, not the letter a slip
    dropped."""
    i = next((k for k, (a, b) in enumerate(zip(low, longer, strict=False)) if a != b), len(low))
    return longer[i] in "ptks" and low[:i] in _NASAL_PREFIXES and longer[i + 1 :] == low[i:]


def _draft_neighbour(low: str, draft: _Draft, lex: Lexicon) -> str | None:
    """A known word the draft writes that is `low` with one letter more (the one dropped), the
    most often written, if any. Other edits (a letter changed, added) land on the draft's words
    by chance too often: deman is demam, not the dewan the story writes."""
    if len(low) < DRAFT_NEIGHBOUR_MIN:
        return None
    size = len(low) + 1
    found = [
        (count, word)
        for word, count in draft.lowered.items()
        if len(word) == size and _one_letter_more(word, low) and lex.known(word)
    ]
    return max(found)[1] if found else None


def _binomial(prose: str, token: _Token) -> bool:
    """The token closes brackets that hold a genus and it: "(Perna viridis)"."""
    return (
        prose[token.end : token.end + 1] == ")"
        and _GENUS_OPENING.search(prose, max(0, token.start - 40), token.start) is not None
    )


def _bracketed(prose: str, token: _Token) -> bool:
    """The token alone in brackets: "(Undana)" after the name it shortens."""
    return prose[token.start - 1 : token.start] == "(" and prose[token.end : token.end + 1] == ")"


def _cluster_simplified(longer: str, shorter: str) -> bool:
    """`shorter` is `longer` without the last consonant of its closing cluster: the Indonesian
    spelling of a foreign name (Ferdinan for Ferdinand, Bernad for Bernard), no typing slip."""
    return (
        longer.startswith(shorter)
        and len(longer) >= 3
        and longer[-1] not in "aeiouy"
        and longer[-2] not in "aeiouy"
    )


def _one_letter_more(longer: str, word: str) -> bool:
    """`longer` is `word` with one letter a-z added after its first."""
    p = 0
    while p < len(word) and longer[p] == word[p]:
        p += 1
    # the added letter may be any of a run of equal letters ending at p: p itself is one
    return p >= 1 and "a" <= longer[p] <= "z" and longer[p + 1 :] == word[p:]


def moved_letter(word: str, other: str) -> bool:
    """`other` is `word` with one letter moved two places (pengusngian, pengungsian): the first
    letter kept, as typing slips keep it."""
    if len(word) != len(other) or word == other or word[0] != other[0]:
        return False
    for i in range(1, len(word)):
        rest = word[:i] + word[i + 1 :]
        for j in (i - 2, i + 2):
            if 1 <= j <= len(rest) and rest[:j] + word[i] + rest[j:] == other:
                return True
    return False


#: the suffixes a hand may type twice at a word's end
_TYPED_TWICE_ENDINGS = frozenset({"an", "kan", "nya"})


def typed_twice(word: str, other: str) -> bool:
    """`word` is `other` with two or three of its letters typed again right after themselves
    (penononton, penonton): one slip of the hand, however many letters it adds. At the end
    only a suffix (penerbanganan), where regional words repeat a syllable of their own
    (dendeng batokok)."""
    n = len(word) - len(other)
    if n not in (2, 3):
        return False
    if word[-n:] in _TYPED_TWICE_ENDINGS and word[:-n] == other and other.endswith(word[-n:]):
        return True
    return any(word == other[: i + n] + other[i:] for i in range(1, len(other) - n))


#: the prefixes and the least stem length of the affixed forms a capitalized sentence opener is
#: read as a swap of (a name may be a swap of a suffixed word: Samina, Samian)
_INITIAL_SWAP_PREFIXES = frozenset({"peN", "pe", "per", "meN", "me", "ber", "ter", "di", "memper", "diper"})
_INITIAL_SWAP_STEM = 5


def _swapped_form(
    word: str, lex: Lexicon, prefixes: Collection[str] | None = None, least: int = 4
) -> str | None:
    """An affixed form of a listed stem (of `least` letters or more; with one of `prefixes`
    when given) that `word` is with two neighbouring letters swapped back (the first kept), if
    there is one and only one."""
    found = [
        s
        for s in sorted(adjacent_swaps(word))
        if any(
            # -i makes verbs of too many stems to vouch for one (nobait is no nobat + -i)
            (a.prefix in prefixes if prefixes is not None else a.prefix or a.suffix in ("an", "kan"))
            and len(a.stem) >= least
            and lex.is_listed(a.stem)
            for a in lex.analyse(s)
        )
    ]
    return found[0] if len(found) == 1 else None


def adjacent_swaps(word: str, keep_first: bool = True) -> set[str]:
    """Strings one adjacent swap away, the first letter kept unless told otherwise."""
    first = 1 if keep_first else 0
    return {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(first, len(word) - 1)} - {word}


def _key_slip_of_place(text: str, lex: Lexicon) -> tuple[str, ...] | None:
    """The notable place a long name after a place's generic slips a neighbouring key of
    ("Kota Banjarmasim"); not the first letter, which names keep. Inside a person's name
    (Jalan Urip Sumoharjo) such a likeness proves nothing, so only right after a generic."""
    low = text.lower()
    if len(low) < DROPPED_LETTER_NAME:
        return None
    for cand in sorted(_key_slips(low)):
        found = lex.notable_name(cand)
        if found is not None and not _old_spelling(found, text):
            return (found,)
    return None


_SUN_LETTERS = frozenset("rsltdnz")


def _sun_letter_doubled(word: str, target: str) -> bool:
    """`word` is `target` with a sun letter doubled, as Arabic names assimilate the article."""
    return len(word) == len(target) + 1 and any(
        word[i] == word[i + 1] and word[i] in _SUN_LETTERS and word[:i] + word[i + 1 :] == target
        for i in range(len(word) - 1)
    )


def _key_slips(word: str) -> set[str]:
    """Strings with one letter after the first replaced by a key beside it."""
    return {
        word[:i] + b + word[i + 1 :] for i in range(1, len(word)) for a, b in ADJACENT if a == word[i]
    }


def typing_slips(word: str) -> set[str]:
    """Strings one adjacent swap (not of the first letter), one doubled or undoubled letter away."""
    return adjacent_swaps(word) | _half_edits(word)


def _needed_zipf(word: str) -> float:
    # short names crowd short words, long ones hardly ever look affixed
    if len(word) <= 6:
        return INITIAL_TARGET_ZIPF
    if len(word) <= 8:
        return INITIAL_TARGET_ZIPF - 1.0
    return 0.0


def _region_named(low: str, lex: Lexicon, draft: _Draft) -> bool:
    """The draft writes capitalized a word of the region of the district `low` names."""
    return any(part.capitalize() in draft.capitalized for part in lex.areas[low].split())


def _clear_slip(word: str, target: str, lex: Lexicon, strict: float = 0.0) -> bool:
    """An Indonesian word (not a name the frequency list happens to hold) one slip away, common
    enough for its length."""
    if distance(word, target) > INITIAL_SLIP or lex.zipf(target) < _needed_zipf(word) + strict:
        return False
    how = lex.verdict(target).how
    # an English word that only a reading makes Indonesian is the name it is in English (peter
    # is no pe- + ter): "Pieter" opening a sentence is no slip of it
    indonesian = how == "listed" or (how == "analysed" and not lex.is_english(target))
    return indonesian and not _name_variant(word, target)


#: the particles that put a father's name after a person's own
_PATRONYM = frozenset({"bin", "binti"})


def _before_patronym(words: Sequence[Word], i: int, prose: str) -> bool:
    """Capitalized words from word i on run into "bin" or "binti" and a capitalized name."""
    k = i + 1
    while k < len(words) and k - i <= 3 and words[k].text[:1].isupper() and _spaced(prose, words, k):
        k += 1
    return (
        k + 1 < len(words)
        and words[k].text in _PATRONYM
        and _spaced(prose, words, k)
        and words[k + 1].text[:1].isupper()
    )


def _spaced(prose: str, words: Sequence[Word], k: int) -> bool:
    """Word k follows word k - 1 after a single space."""
    return prose[words[k - 1].end : words[k].start] == " "


def _fingers_slip(text: str, hit: Hit) -> bool:
    """One of the hit's suggestions, however rare, is two letters swapped, one doubled or
    undoubled, or one key off from `text` (cangukl: cangkul; rendamg: rendang)."""
    low = text.lower()
    slips = typing_slips(low)
    return any(s.lower() in slips or distance(low, s.lower()) <= NEAR_KEY for s in hit.suggestions)


def _typing_slip(text: str, hit: Hit, lex: Lexicon) -> bool:
    """The hit's first suggestion is a common word the typist's fingers explain: two letters
    swapped, one doubled or undoubled (meningal, dnuia, lokaasi), or one key off a word that
    common. Such a slip stays a slip whatever stands around it."""
    if not hit.suggestions:
        return False
    low, target = text.lower(), hit.suggestions[0].lower()
    if lex.zipf(target) < CLEAR_SLIP_ZIPF:
        return False
    return target in typing_slips(low) or distance(low, target) <= NEAR_KEY


def _clear_one_slip(text: str, hit: Hit, lex: Lexicon) -> bool:
    """The hit's first suggestion is a common word one edit away (melarkan, melarikan)."""
    if not hit.suggestions:
        return False
    target = hit.suggestions[0].lower()
    return lex.zipf(target) >= CLEAR_SLIP_ZIPF and distance(text.lower(), target) <= 1.0


def _vowel_doubling(a: str, b: str) -> bool:
    """`a` and `b` differ by a vowel doubled in one of them (Lhong, Lhoong)."""
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return any(
        longer[i] in VOWELS and longer[i] == longer[i + 1] and longer[:i] + longer[i + 1 :] == shorter
        for i in range(len(longer) - 1)
    )


def _half_edits(word: str) -> set[str]:
    """Strings one light edit (0.5: a doubled letter dropped or a letter doubled) away."""
    n = len(word)
    out = {word[:i] + word[i + 1 :] for i in range(1, n) if word[i] == word[i - 1]}
    out.update(word[: i + 1] + word[i:] for i in range(n))
    out.discard(word)
    return out


def _may_be_slip(word: str, lex: Lexicon, strict: float) -> bool:
    """Whether some string within INITIAL_SLIP of `word` is common enough for _clear_slip.

    One edit costs at most 1.0 and two at least 1.0, which only two light edits reach, so
    these are all the strings _clear_slip could accept: a necessary test, much cheaper than
    ranking suggestions.
    """
    needed = _needed_zipf(word) + strict
    if needed <= 0:
        return True  # a long word: any listed or analysed target would do, frequent or not
    freq = lex.freq
    costs = edit_costs(word)
    # the words among the edits, found by a set intersection in C
    if any(costs[c] <= INITIAL_SLIP and freq[c] >= needed for c in freq.keys() & costs.keys()):
        return True
    twice = {c for h in _half_edits(word) for c in _half_edits(h)}
    return any(freq[c] >= needed for c in freq.keys() & twice)


def _modern(name: str) -> set[str]:
    """`name` in today's spelling; "ch" became "kh" in some names and "h" in others
    (Achmad/Akhmad, Rachmat/Rahmat)."""
    out = name.lower()
    for old, new in _OLD_SPELLING:
        out = out.replace(old, new)
    out = out.replace("\0", "j")
    return {out, out.replace("kh", "h")} if "ch" in name.lower() else {out}


def _old_spelling(a: str, b: str) -> bool:
    """One name is the other in the spelling before 1972 (Djakarta, Soekarno, Rachmawati)."""
    return b.lower() in _modern(a) or a.lower() in _modern(b)


def _name_variant(a: str, b: str) -> bool:
    """Old spelling, or the Javanese final -o of a name against a word's -a (Darmo/darma)."""
    a, b = a.lower(), b.lower()
    return _old_spelling(a, b) or (a[:-1] == b[:-1] and {a[-1:], b[-1:]} == {"a", "o"})


def _form_of_a_verb_in_use(low: str, lex: Lexicon) -> bool:
    """di- or ter- + stem (+ -kan/-i) of a verb whose meN- active is in use (the frequency list has
    it), read on that stem alone and no slip itself: dikibarkan (mengibarkan). meN- hides the
    first letter of many stems, so an active that also reads on another stem is no evidence
    (diirim: mengirim is kirim's too), and neither is one the dictionary merely generates.
    (peN-...-an nouns were tried and dropped: too many slips of common nouns land on one,
    pelamaran for pelajaran, pengangguan for pengangguran.)"""
    for a in lex.analyse(low):
        # ter- too: terasah is the stative of mengasah, no slip of terasa
        active = attach("meN", a.stem, a.suffix) if a.prefix == "ter" else active_of(a)
        if active is None or a.clitic or len(a.stem) < 4 or not lex.is_stem(a.stem):
            continue
        readings = lex.analyse(active)
        # (or the dictionary lists the active and the stem itself is in use: menumis, tumis)
        in_use = lex.zipf(active) >= ACTIVE_IN_USE_ZIPF or (
            lex.is_listed(active) and lex.zipf(a.stem) >= STEM_IN_USE_ZIPF
        )
        if (
            in_use
            and readings
            # another stem the active reads on counts only when it is not far rarer (mengasah
            # on kasah, a word few write, is still asah's)
            and all(r.stem == a.stem or lex.zipf(r.stem) + 1.0 < lex.zipf(a.stem) for r in readings)
            and lex.verdict(active).known  # mengunakan is in use, and a slip
        ):
            return True
    return False


#: a consonant written twice (pp, nn; not the gg of nggak or tinggi), or two different
#: consonants ending a word (-ts, -nd), but for the digraphs ng, ny, kh and sy
_FOREIGN_SHAPE = LazyPattern(r"(?!gg)([b-df-hj-np-tv-z])\1|(?!ng$|ny$|kh$|sy$)[b-df-hj-np-tv-z]{2}$")


def _unlike_indonesian(low: str) -> bool:
    """A shape no Indonesian word has: muppets, yapasangann."""
    return _FOREIGN_SHAPE.search(low) is not None


def _unsuggested(token: _Token, message_id: str, message_en: str) -> Hit:
    """A finding on `token` with no suggestion, and a message of its own."""
    return Hit(
        token.start,
        token.end,
        {"word": token.text, "suggestion": ""},
        (),
        message={"id": message_id, "en": message_en},
    )


def _notable_of_slip(low: str, lex: Lexicon) -> str | None:
    """The notable name `low` is two letters swapped or one doubled or undoubled of."""
    for cand in sorted(typing_slips(low)):
        found = lex.notable_name(cand)
        if found is not None:
            return found
    return None


def _habitual_slip(low: str, verdict: Verdict, lex: Lexicon) -> bool:
    """One edit from one of the language's commonest words, far above the word's own use and
    any stem's it may be read on (setalah: setelah, though se- + talah; masyarkat: masyarakat):
    a slip however often a draft makes it, as habit repeats a slip and no term is coined a
    letter away from such a word."""
    best = verdict.likely or next(iter(lex.suggest(low)), None)
    if best is None or distance(low, best) > 1.0:
        return False
    target = lex.zipf(best)
    if target < HABITUAL_TARGET_ZIPF or lex.verdict(best).how != "listed":
        return False
    used = max([lex.zipf(low), *(lex.zipf(a.stem) for a in lex.analyse(low))])
    return target - used >= HABITUAL_MARGIN


def _affixed_stem(low: str, lex: Lexicon) -> bool:
    """An affix or two on a listed stem, no clitic: dilarung (di- + larung), not pemeritah
    (read only as peN- + peri + -tah)."""
    return any(not a.clitic and len(a.stem) >= 4 and lex.is_stem(a.stem) for a in lex.analyse(low))


def _cased(model: str, words: tuple[str, ...]) -> tuple[str, ...]:
    if model[:1].isupper():
        return tuple(w[:1].upper() + w[1:] for w in words)
    return words


#: what a reduplicated word's second part may add to its base: main-mainan, kira-kiranya
_REDUPLICATION_ENDINGS = ("", "an", "i", "kan", "nya")


def _doubled_base(text: str, lex: Lexicon) -> bool:
    """A lower-case reduplication of one base that is no plain slip of a common word: omed-omedan,
    not obt-obtan."""
    first, _, second = text.partition("-")
    return (
        len(first) >= 3
        and first.isalpha()
        and first.islower()
        and second.startswith(first)
        and second[len(first) :] in _REDUPLICATION_ENDINGS
        and not _copied_slip(first, second[len(first) :], lex)
    )


def _copied_slip(base: str, ending: str, lex: Lexicon) -> bool:
    """`base` is one edit from a common word whose own reduplication the dictionary lists:
    obt-obtan is obat-obatan; omah-omahan (Javanese) is no listed olah-olahan."""
    return any(
        lex.zipf(c) >= CLEAR_SLIP_ZIPF and lex.is_listed(f"{c}-{c}{ending}")
        for c in lex.common_neighbours(base)
    )


def _spoken_verb(word: str, lex: Lexicon) -> bool:
    """`word` is a meN- verb less its me- (nyerap, minjam), the nasal for c in ny- (nyari:
    mencari), or one of these with the spoken -in for -i or -kan (ngatain, nungguin)."""
    # (a word that has its me- is no verb that lost it: meras is a slip of merasa)
    if len(word) < SHORT + 1 or not word.startswith(("m", "n")) or word.startswith("me"):
        return False
    bases = [word]
    if word.endswith("in") and len(word) > SHORT + 2:
        bases += [word[:-2] + "i", word[:-2] + "kan"]
    for base in bases:
        verbs = ["me" + base, "menc" + base[2:]] if base.startswith("ny") else ["me" + base]
        if any(lex.is_listed(v) or (lex.zipf(v) > 0 and lex.known(v)) for v in verbs):
            return True
    return False


def _only_stacked_readings(word: str, lex: Lexicon) -> bool:
    """Every reading of `word` puts a prefix and a suffix, or two prefixes, on its stem."""
    readings = lex.analyse(word)
    return bool(readings) and all(a.prefix and (a.suffix or "+" in a.prefix) for a in readings)


#: what says a quote is in another language: "dalam bahasa Sunda", "artinya ..."
_LANGUAGE_SIGNAL = LazyPattern(r"\bbahasa [A-Z]|\bartinya\b")
#: lower-case words of a quote (an apostrophe inside, as in ka')
_QUOTE_WORD = LazyPattern(r"(?<![\w'-])[a-z]+(?:'[a-z]*)?(?![\w-])")
#: unknown words that make a quote another language's, and with a signal beside it
REGIONAL_UNKNOWN = 3
REGIONAL_UNKNOWN_SIGNALLED = 2
#: the longest quote judged so, in characters (a few sentences)
REGIONAL_QUOTE_LENGTH = 400
#: the most two letters swapped or one doubled cost (weighted distance)
SWAP_COST = 0.7
#: the shortest word judged a plain slip of a common word when telling speech from typos
SLIP_MIN_LENGTH = 5


def _slip_of_common_word(word: str, lex: Lexicon) -> bool:
    """`word` is a letter dropped, added, doubled or swapped away from a common word; words
    under SLIP_MIN_LENGTH letters have too many such neighbours to tell (teu, aya, ngan), and a
    Sundanese -na is no -nya with its y dropped (hargana)."""
    if len(word) < SLIP_MIN_LENGTH:
        return False
    sundanese = word[:-2] + "nya" if word.endswith("na") else ""
    return any(
        c != sundanese
        and lex.zipf(c) >= CLEAR_SLIP_ZIPF
        and (len(c) != len(word) or distance(word, c) <= SWAP_COST)
        for c in lex.common_neighbours(word)
    )


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
