"""Capitalization check types (EYD V, bab I "Penggunaan Huruf Kapital"): names of days, months
and holidays; titles and geographic generics before a name; the first word of a sentence;
proper nouns the lexicon knows; the headline in title case."""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Collection, Iterator, Mapping, Sequence

from newslint.checks.lazy import LazyPattern
from newslint.checks.naming import NAME_JOINERS, NAME_PARTICLES, NAME_TITLES, speaker_words, spells
from newslint.checks.patterns import after_dateline
from newslint.checks.realword import is_verb
from newslint.document import MASK, TITLE_BLOCKS, BlockKind, Document, Word
from newslint.lexicon import Lexicon, lexicon
from newslint.rules import Hit

#: Tokens longer than this are no words and are not looked up.
MAX_WORD = 40
#: A word missing from the dictionary but this frequent (wordfreq zipf) is in running use.
FREQUENT = 3.0

_OPENERS = " \t\"“‘'([" + MASK
_QUOTES = "\"“‘'"


#: blocks in title case, where case says nothing: a small word between capitals is the case's,
#: and a capital after a word marks no name


def _line_start_of(text: str, offset: int) -> int:
    return max(text.rfind("\n", 0, offset), text.rfind("\r", 0, offset)) + 1


#: a figure's thousands or decimals going on after its first digits (5.760, 2,5)
_THOUSANDS = LazyPattern(r"[.,]\d")



def sentence_start(text: str, offset: int) -> bool:
    """Whether the word at `offset` opens a sentence, a paragraph or a quotation."""
    i = offset - 1
    quoted = False
    while i >= 0 and text[i] in _OPENERS:
        quoted = quoted or text[i] in _QUOTES
        i -= 1
    if i > 0 and text[i] == "." and text[i - 1].isalpha():
        j = i - 1
        while j > 0 and text[j - 1].isalpha():
            j -= 1
        if text[j:i].lower() in NAME_TITLES:
            # "dr. Indera Wijaya": the period closes a title written short, the name goes on
            return False
    if i < 0 or text[i] in "\r\n.!?…":
        return True
    if text[i] in ":," and quoted:
        return True  # a direct quotation opens with a capital: kata dia, "Kami ..."
    return text[i] in "-–—" and after_dateline(text, offset)


def opening(text: str, offset: int) -> bool:
    """Whether the word at `offset` opens a sentence or a list item, where a capital says
    nothing about a name."""
    return sentence_start(text, offset) or _list_item(text, offset)


def _list_item(text: str, offset: int) -> bool:
    """Whether the word at `offset` opens a list item ("- Kereta api ..."), whose capital a
    list may or may not use: it excuses a capital, and demands none."""
    rest = text[_line_start_of(text, offset) : offset].replace(MASK, " ").strip()
    return rest in ("-", "–", "—", "*", "+", "•")


def capitalize(word: str) -> str:
    return word[:1].upper() + word[1:]


def title_case(phrase: str) -> str:
    # a name's conjunction stays small: Dinas Kebudayaan dan Pariwisata (EYD V)
    return " ".join(w if w == "dan" else capitalize(w) for w in phrase.split(" "))


def _is_capitalized(word: str) -> bool:
    return word[:1].isupper()


class _DocIndex:
    """Per-draft lookups the capitalization, standard-word and affix checks share: the word
    start offsets (for bisection) and the distinct word forms as written. Kept for the last
    few drafts, since every rule of a run visits one draft before the next."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.starts = list(map(_START, doc.words))
        self.forms = frozenset(map(_TEXT, doc.words))

    @functools.cached_property
    def lower(self) -> str:
        return self.doc.prose.lower()

    @functools.cached_property
    def squeezed(self) -> str:
        """The lower-cased prose with every run of blanks made one space (a cheap phrase test)."""
        return " ".join(self.lower.split())


_INDEXES: dict[int, _DocIndex] = {}
_START = operator.attrgetter("start")
_TEXT = operator.attrgetter("text")


def doc_index(doc: Document) -> _DocIndex:
    index = _INDEXES.get(id(doc))
    # the entry holds its document, so an id in the table is never a recycled one
    if index is None or index.doc is not doc:
        if len(_INDEXES) >= 4:
            _INDEXES.clear()
        index = _INDEXES[id(doc)] = _DocIndex(doc)
    return index


def _word_at(doc: Document, offset: int) -> int | None:
    """Index of the word starting at `offset`, if any."""
    starts = doc_index(doc).starts
    index = bisect.bisect_left(starts, offset)
    return index if index < len(starts) and starts[index] == offset else None


def locate(doc: Document, forms: Collection[str], fold: bool = True) -> list[int]:
    """Indices of the words written as one of `forms` (lower case; with `fold`, in any case).

    Searching the text for a few forms is much cheaper than visiting every word of the draft.
    """
    words = doc.words
    index = doc_index(doc)
    if not fold:
        forms = index.forms.intersection(forms)
    text = index.lower if fold else doc.prose
    if len(text) != len(doc.prose):  # a letter whose lower case is longer (İ): visit the words
        return [i for i, w in enumerate(words) if w.text.lower() in forms]
    found: set[int] = set()
    for form in forms:
        i = text.find(form)
        while i >= 0:
            k = _word_at(doc, i)
            if k is not None and words[k].end - i == len(form):
                found.add(k)
            i = text.find(form, i + 1)
    return sorted(found)


def _words_in(doc: Document, start: int, end: int) -> Sequence[Word]:
    """The words starting inside [start, end)."""
    starts = doc_index(doc).starts
    return doc.words[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]


def _lower_words(phrases: Collection[str]) -> frozenset[str]:
    return frozenset(part for p in phrases for part in re.split(r"[\s\-]+", p.lower()) if part)


class ProperCase:
    """Names that are always written with a capital (days, months, holidays) found in lower case.

    `words` are written as they should be (Senin, Idulfitri). `in_context` words are also common
    words (minggu = week) and count only next to a date or a time of day, or after "hari".
    """

    DATE_AFTER = LazyPattern(r"\s*(?:\(\s*\d|,\s*\d|\s(?:pagi|siang|sore|malam|dini)\b)")
    #: another day's name joined to it: "Sabtu dan minggu", "Jumat hingga minggu"
    DAY_BEFORE = LazyPattern(
        r"(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu)\s*(?:,|-|–|\s(?:dan|atau|hingga|sampai))\s*$",
        re.IGNORECASE,
    )

    def __init__(self, words: Collection[str], in_context: Collection[str] = (), fix: bool = True):
        if not words:
            raise ValueError("`words` must not be empty")
        self.proper = {w.lower(): w for w in words}
        self.in_context = {w.lower() for w in in_context}
        self.parts = {w: frozenset(re.split(r"\s+", w)) for w in self.proper}
        self.fix = fix

    @staticmethod
    @functools.lru_cache(maxsize=256)
    def _pattern(names: frozenset[str]) -> re.Pattern[str]:
        ordered = sorted(names, key=len, reverse=True)
        body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)
        # not inside a handle, a hashtag, a domain or a path (@islam.nusantara, #senin); the names
        # are the draft's own choice, so the pattern is not one to keep between runs
        return re.compile(rf"(?<![\w\-\ufffc@#./])(?:{body})(?![\w\ufffc]|\.\w)", re.IGNORECASE)

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.prose
        vocabulary = doc.vocabulary
        # a name whose words the draft lacks, or holds only capitalized (the vocabulary is lower
        # case, the text is searched case-sensitively), has nothing to report: most drafts
        wanted = frozenset(
            name
            for name, parts in self.parts.items()
            if parts <= vocabulary and any(part in text for part in parts)
        )
        if not wanted:
            return
        for m in self._pattern(wanted).finditer(text):
            found = m.group()
            proper = self.proper[re.sub(r"\s+", " ", found.lower())]
            written, wanted_words = found.split(), proper.split()
            if len(written) != len(wanted_words) or not any(
                a[:1].islower() and b[:1].isupper() for a, b in zip(written, wanted_words, strict=True)
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
        if self.DATE_AFTER.match(text, end) or before.endswith("hari "):
            return True
        return self.DAY_BEFORE.search(text[max(0, start - 20) : start]) is not None


_ROMAN = LazyPattern(r"^[IVX]+$")


class TitleBeforeName:
    """A title written in lower case before a person's name: gubernur Khofifah Indar Parawansa,
    presiden Republik Ceko Petr Novak, wali kota Tegal, Rudi Hartanto -> capitals.

    A title followed only by an institution or a place ("Lena Marsh, mantan gubernur Oregon";
    "juru bicara Kementerian Keuangan") describes an office rather than naming its holder and
    is left alone, unless the title itself is half capitalized (Menteri luar negeri Jepang).
    A run of capitalized words counts as a person's name when, after any leading institution
    or place (`institutions`, `places`, `place_parts`, acronyms, ke-/pe-...-an nouns), two or
    more name words remain, one name word with a regnal number (Hamengkubuwono X), or one name word
    the draft also writes inside a longer name.
    """

    def __init__(
        self,
        titles: Collection[str],
        not_after: Collection[str] = (),
        institution_only: Collection[str] = (),
        person_only: Collection[str] = (),
        institutions: Collection[str] = (),
        places: Collection[str] = (),
        place_parts: Collection[str] = (),
        single_name: Collection[str] = (),
        rank_abbreviations: Collection[str] = (),
        acronyms: Mapping[str, str] | None = None,
        personal: Collection[str] = (),
    ):
        if not titles:
            raise ValueError("`titles` must not be empty")
        # religious titles name one person by a single name (Nabi Muhammad, Romo Mangun)
        self.single_name = {t.lower() for t in single_name}
        self.titles = {t.lower() for t in titles}
        # titles that may stand inside a run before a holder's name; a religious one opens
        # institutions' names too (Rumah Sakit Santa Elisabeth)
        self.ranks = frozenset(self.titles - self.single_name)
        # ranks written as capitals (AKP, AKBP) stand inside a run too; they are no titles to
        # capitalize, since a lower-case "akbp" would not be fixed by "Akbp"
        self.rank_abbreviations = frozenset(rank_abbreviations)
        self.title_words = _lower_words(self.titles)
        self.longest = max(len(t.split()) for t in self.titles)
        self.not_after = {w.lower() for w in not_after}
        # "kepala" is also the head: only before an institution (Kepala BNPB, Kepala Dinas ...)
        self.institution_only = {w.lower() for w in institution_only}
        # honours, not offices: no body or place has one, so no holder is looked for after
        # them ("kesehatan haji Kota Batu, dr. Rina" is the pilgrims' health)
        self.person_only = frozenset(w.lower() for w in person_only)
        self.institutions = {w.lower() for w in institutions}
        if acronyms is not None and not isinstance(acronyms, Mapping):
            raise ValueError("`acronyms` must be a map of short forms to full names (a `->` dictionary)")
        # the short forms of listed bodies, written as words (Dinkes, Bappeda): "kepala Dinkes"
        self.body_acronyms = frozenset(
            short for short, full in (acronyms or {}).items() if full.split()[0].lower() in self.institutions
        )
        # words of longer places' names that open personal names when they stand alone: Sri
        # (Sri Lanka) in "kepala Dinas Pendidikan, Sri Wahyuni"
        self.places = {p.lower() for p in places} - {p.lower() for p in personal}
        # words that make a run a place: compass words (Utara, Serikat) and openers (New, San)
        self.place_parts = {p.lower() for p in place_parts}

    def check(self, doc: Document) -> Iterator[Hit]:
        words = doc.words
        if self.title_words.isdisjoint(doc.vocabulary):
            return
        text = doc.prose
        # a title with a lower-case word holds a lower-case token of some title
        lowered = [i for i, w in enumerate(words) if w.text in self.title_words]
        done = 0
        context = _DraftNames(self, doc)
        for k in lowered:
            if k < done:
                continue
            for s in range(max(done, k - self.longest + 1), k + 1):
                size = self._title_at(words, s, text)
                if size and s + size > k:
                    done = s + size
                    hit = self._judge(doc, words, s, size, context)
                    if hit is not None:
                        yield hit
                    break

    def _judge(
        self, doc: Document, words: Sequence[Word], i: int, size: int, names: _DraftNames
    ) -> Hit | None:
        text = doc.prose
        phrase = words[i : i + size]
        j = i + size
        follower = words[j] if j < len(words) else None
        if (
            follower is None
            or not _is_capitalized(follower.text)
            or not _adjacent(text, phrase[-1], follower)
        ):
            return None
        if sentence_start(text, follower.start) or self._after_quantifier(words, i, text):
            return None
        title = " ".join(w.text.lower() for w in phrase)
        if title in self.institution_only and not (
            follower.text.isupper()
            or follower.text.lower() in self.institutions
            or follower.text in self.body_acronyms
        ):
            return None
        lower = [w for w in phrase if not _is_capitalized(w.text)]
        if not lower:
            return None
        first = lower[0]
        if phrase[0] is first and sentence_start(text, first.start):
            return None  # the sentence-start rule reports it
        # "Menteri luar negeri ...": a title capitalized in part mid-sentence is a slip either way
        half = phrase[0] is not first and not sentence_start(text, phrase[0].start)
        single = title in self.single_name and self._single_name(words, j, names)
        # a title that ends in a body's word (kepala dinas) goes on with the body's name
        in_body = phrase[-1].text.lower() in self.institutions
        if (
            not half
            and not single
            and not self._names_person(words, j, names, title not in self.person_only, in_body)
        ):
            return None
        span = text[first.start : phrase[-1].end]
        replacement = title_case(re.sub(r"\s+", " ", span))
        whole = re.sub(r"\s+", " ", text[phrase[0].start : phrase[-1].end])
        return Hit(
            first.start,
            phrase[-1].end,
            {
                "match": span,
                "replacement": replacement,
                "name": follower.text,
                "title": whole,
                "title_fixed": title_case(whole),
            },
            (replacement,),
        )

    def _single_name(self, words: Sequence[Word], j: int, names: _DraftNames) -> bool:
        """One capitalized word after a religious title or an honour that is a person's name:
        Nabi Muhammad, Romo Mangun, Haji Syamsuddin; not a faith, an order or a house of worship
        (romo Katolik, biksu Buddha, kiai Pondok Pesantren Lirboyo)."""
        text = names.text
        run = _name_run(words, j, text)
        word = run[0].text
        # (a name is letters: "biaya haji Rp90 juta" names no one)
        if len(run) != 1 or not word.isalpha() or names.not_person(word):
            return False
        lex = names.lex
        return not (lex.is_listed(word.lower()) or lex.notable_name(word))

    def _title_at(self, words: Sequence[Word], i: int, text: str) -> int:
        for n in range(min(self.longest, len(words) - i), 0, -1):
            chunk = words[i : i + n]
            if " ".join(w.text.lower() for w in chunk) in self.titles and all(
                _adjacent(text, a, b) for a, b in itertools.pairwise(chunk)
            ):
                return n
        return 0

    def _after_quantifier(self, words: Sequence[Word], i: int, text: str) -> bool:
        # "para gubernur", "seorang menteri Kabinet ..." name no single office-holder
        return (
            i > 0 and words[i - 1].text.lower() in self.not_after and _adjacent(text, words[i - 1], words[i])
        )

    def _names_person(
        self, words: Sequence[Word], j: int, names: _DraftNames, holder: bool = True, in_body: bool = False
    ) -> bool:
        """Whether the capitalized run at words[j], or (with `holder`) one set off after it by a
        comma (wali kota Tegal, Rudi Hartanto), is a person's name. `in_body`: the run goes on a
        body's name the title began (kepala dinas)."""
        text = names.text
        run = _name_run(words, j, text, self.institutions, in_body)
        if names.person(run, True):
            return True
        end = j + len(run)
        if holder and end < len(words) and text[words[end - 1].end : words[end].start].strip(" \t") == ",":
            # the holder's academic or religious title before the name: "rektor Universitas
            # Andalas, Prof. Yuliandri, ..."
            while (
                end + 1 < len(words)
                and words[end].text.lower() in NAME_TITLES
                and text.startswith(".", words[end].end)
            ):
                end += 1
            after = _name_run(words, end, text)
            if names.person(after, False):
                return True
            # "kepala Desa Gudangharjo, Suparno, ...": one name set off by commas after an office
            # is its holder (many Indonesians have one name)
            one = after[0].text if len(after) == 1 else ""
            if one and not names.not_person(one) and one.lower() not in _CALENDAR:
                closing = text[after[0].end : after[0].end + 1]
                # "Desa Sukamaju, Cibatu, dan ...": a list of places, not a holder
                listed_on = _LIST_GOES_ON.match(text, after[0].end) is not None
                return closing in (",", ".") and not listed_on and not names.lex.is_listed(one.lower())
        return False

    def not_person(self, word: str, lex: Lexicon, titles: bool = True) -> bool:
        """A word that makes a capitalized run an institution or a place, not a person (nor a
        title, unless `titles` is false)."""
        low = word.lower()
        if low in self.institutions or low in self.place_parts or low in self.places:
            return True
        if titles and low in self.titles:
            return True
        if word in self.body_acronyms:
            return True
        if (len(word) > 1 and word.isupper() and not _ROMAN.match(word)) or lex.notable_name(word):
            return True
        # a regency or a district (Kapuas Hulu, Sukajadi): a place the office is of
        if lex.is_area(word):
            return True
        return _names_a_field(low, lex)


def _in_address(text: str, word: Word) -> bool:
    """Part of a handle, a hashtag, a web address or a path (@instagram, instagram.com/kopi)."""
    before = text[word.start - 1 : word.start]
    after = text[word.end : word.end + 2]
    return before in ("@", "#", "/", ".") or (len(after) == 2 and after[0] in "./" and after[1].isalnum())


def _name_run(
    words: Sequence[Word], j: int, text: str, bodies: Collection[str] = (), body: bool = False
) -> list[Word]:
    """The capitalized words from words[j] on, with lower-case name particles inside.

    Once the run holds a word of `bodies` (dinas, badan), or from its start with `body`, it is a
    body's name, which goes on over "dan" and over its short form in brackets: "Dinas Pemuda dan
    Olahraga (Dispora) Kota Batu".
    """
    run: list[Word] = []
    k = j
    while k < len(words):
        w = words[k].text
        if run and not _adjacent(text, words[k - 1], words[k]):
            # an abbreviation in brackets inside an institution's name: "Persatuan Bulu Tangkis
            # Seluruh Indonesia (PBSI) Jawa Timur" runs on after it
            if _bracketed_abbreviation(text, words, k):
                run.extend(words[k : k + 2])
                k += 2
                continue
            n = _past_short_form(text, words, k, _SHORT_FORM_WORDS) if body else k
            if n == k or not _is_capitalized(words[n].text):
                break
            run.extend(words[k : n + 1])
            k = n + 1
            continue
        named = _is_capitalized(w) or (w.startswith(("al-", "el-")) and _is_capitalized(w[3:]))
        particle = w in NAME_PARTICLES and run and k + 1 < len(words) and _is_capitalized(words[k + 1].text)
        # between two words of the language: "Pemuda dan Olahraga", not "Donald Trump dan ..."
        joined = (
            body
            and w == "dan"
            and k + 1 < len(words)
            and _is_capitalized(words[k + 1].text)
            and _adjacent(text, words[k], words[k + 1])
            and _a_word(words[k - 1].text)
            and _a_word(words[k + 1].text)
        )
        if not (named or particle or joined):
            break
        body = body or (bool(bodies) and w.lower() in bodies)
        run.append(words[k])
        k += 1
    return run


_LIST_GOES_ON = LazyPattern(r",\s*(?:dan|atau|serta)\b")
#: words a number never counts: after "Dua" they show it is a name's word (pulau Dua di ...)
_NOT_COUNTED = frozenset(
    {"di", "ke", "dari", "dan", "atau", "serta", "yang", "pada", "untuk", "dengan", "ini", "itu", "adalah"}
)
#: a capitalized word in brackets (a short form), not a figure: "(Tipikor)", not "(34)"
_BRACKETED_WORD = LazyPattern(r"[ \t]*\([A-Z][A-Za-z]*\)")
#: Days and months: what follows an office and a comma when the sentence ends with its date.
_CALENDAR = frozenset(
    {
        "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "januari", "februari", "maret",
        "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember",
    }
)  # fmt: skip


def _a_word(text: str) -> bool:
    """A word of the language, affixed or not (Kependudukan), and no name (Trump)."""
    return bool(lexicon().analyse(text.lower()))


def _bracketed_abbreviation(text: str, words: Sequence[Word], k: int) -> bool:
    """words[k] is an abbreviation in brackets, "(PBSI)", with a capitalized word after it."""
    w = words[k]
    if not (len(w.text) > 1 and w.text.isupper()) or k + 1 >= len(words):
        return False
    nxt = words[k + 1]
    return (
        text[words[k - 1].end : w.start].strip(" \t") == "("
        and text[w.end : nxt.start].strip(" \t") == ")"
        and text[w.end : nxt.start] != ")"
        and _is_capitalized(nxt.text)
    )


class _DraftNames:
    """What the draft itself says about capitalized runs: which words it uses inside longer
    personal names (so that a lone "Anton" after a title is a person too)."""

    def __init__(self, rule: TitleBeforeName, doc: Document):
        self.rule = rule
        self.doc = doc
        self.text = doc.prose
        self.lex = lexicon()
        self._inside_names: set[str] | None = None
        self._verdicts: dict[str, bool] = {}

    def not_person(self, word: str) -> bool:
        verdict = self._verdicts.get(word)
        if verdict is None:
            verdict = self.rule.not_person(word, self.lex)
            self._verdicts[word] = verdict
        return verdict

    def _remainder(self, run: Sequence[Word]) -> list[str]:
        k = 0
        while k < len(run) and self.not_person(run[k].text):
            k += 1
        return [w.text for w in run[k:]]

    def person(self, run: Sequence[Word], after_title: bool) -> bool:
        rest = [w for w in self._remainder(run) if w not in NAME_PARTICLES]
        # a rank inside the run stands before its holder's name, whatever precedes it (a
        # district no list holds): "kapolsek Sunggal Kompol Rizky Simanjuntak"
        rule = self.rule
        ranks = [
            k
            for k, w in enumerate(rest)
            # a last word holds no rank: no name follows it
            if 0 < k < len(rest) - 1 and (w.lower() in rule.ranks or w in rule.rank_abbreviations)
        ]
        if ranks:
            rest = rest[ranks[-1] + 1 :]
        # a title after a name word is a family name (Lukman Hakim): titles go before names
        if not rest or any(
            self.not_person(w) and (k == 0 or rule.not_person(w, self.lex, titles=False))
            for k, w in enumerate(rest)
            if not _ROMAN.match(w)
        ):
            return False
        if "dan" in rest:
            return False  # two people, or a body's name
        if _ROMAN.match(rest[0]):
            return False
        names = [w for w in rest if not _ROMAN.match(w)]
        if len(names) >= 2 and self._spelled_out_term(run, names):
            return False
        if len(names) >= 2 or len(names) < len(rest):
            return True  # Maria Ulfa; Hamengkubuwono X
        return after_title and names[0] in self.inside_names()

    def _spelled_out_term(self, run: Sequence[Word], names: Sequence[str]) -> bool:
        """Common words introducing their short form, "Tindak Pidana Korupsi (Tipikor)", name a
        body or a term; a person's name set off so ("Susilo Bambang Yudhoyono (SBY)") holds
        words no dictionary lists."""
        bracket = _BRACKETED_WORD.match(self.text, run[-1].end)
        if bracket is None:
            return False
        short = bracket.group().strip(" \t()")
        # a part of the name (Bayu) in brackets is a person's; so are initials (Intan Permata
        # Sari (IPS)) after a name holding a personal name or a word no dictionary lists, while
        # "Rukun Tetangga (RT)" and "Tindak Pidana Korupsi (TPK)" are a body and a term
        if short in names:
            return False
        listed = all(self.lex.is_listed(n.lower()) for n in names)
        if short.upper() == "".join(n[0] for n in names).upper():
            return listed and not any(self.lex.is_name(n) for n in names)
        return listed

    def inside_names(self) -> set[str]:
        if self._inside_names is None:
            self._inside_names = set()
            words = self.doc.words
            k = 0
            while k < len(words):
                if not _is_capitalized(words[k].text) or sentence_start(self.text, words[k].start):
                    k += 1
                    continue
                run = _name_run(words, k, self.text)
                texts = [w.text for w in run if w.text not in NAME_PARTICLES]
                if len(texts) >= 2 and not any(self.not_person(t) for t in texts):
                    self._inside_names.update(texts)
                k += max(1, len(run))
        return self._inside_names


def _adjacent(text: str, a: Word, b: Word) -> bool:
    gap = text[a.end : b.start]
    return gap != "" and gap.strip(" \t") == ""


#: a single capital letter up to H or a Roman numeral below XX: what names a parliament's commission
_LETTER_OR_NUMERAL = LazyPattern(r"[A-H]|X?(?:I{1,3}|IV|VI{0,3}|IX)|X")


#: the most words a body's short form in brackets holds: "(Diskop UKM)"
_SHORT_FORM_WORDS = 3


def _past_short_form(text: str, words: Sequence[Word], j: int, most: int = 1) -> int:
    """The index of the word after a body's short form in brackets at words[j], of up to `most`
    capitalized words ("Pemerintah provinsi (Pemprov) Jambi": that of Jambi; "(Diskop UKM)"),
    or j when words[j] opens no such short form."""
    if not 0 < j < len(words) - 1 or text[words[j - 1].end : words[j].start].strip(" \t") != "(":
        return j
    for last in range(j, min(j + most, len(words) - 1)):
        if not _is_capitalized(words[last].text):
            return j
        gap = text[words[last].end : words[last + 1].start]
        if gap.startswith(")"):
            return last + 1 if gap[1:] != "" and gap[1:].strip(" \t") == "" else j
        if not _adjacent(text, words[last], words[last + 1]):
            return j
    return j


def _of_countries(words: Sequence[Word], end: int, text: str) -> bool:
    """One of the three words of the clause from `end` on is "negara": "kementerian agama di
    banyak negara" speaks of the ministries of countries in general."""
    for k in range(end, min(end + 3, len(words))):
        if not _adjacent(text, words[k - 1], words[k]):
            return False
        if words[k].text.lower() in ("negara", "negara-negara"):
            return True
    return False


class GeographicName:
    """A geographic generic written in lower case as part of a name (sungai Musi -> Sungai Musi).

    `buildings` (bandara, stadion, masjid) before a place name describe what stands there
    ("bandara Pulau Nias", the airport of that island) and are left alone; so are generics
    before a country (`countries`: "laut Indonesia") or after `not_after` (barat laut Sonora).
    """

    def __init__(
        self,
        generics: Collection[str],
        countries: Collection[str] = (),
        not_after: Collection[str] = (),
        buildings: Collection[str] = (),
        place_words: Collection[str] = (),
        not_before: Collection[str] = (),
        regional: Collection[str] = (),
        regions: Collection[str] = (),
        field_regions: Collection[str] = (),
        acronyms: Mapping[str, str] | None = None,
        common: Collection[str] = (),
        general_regions: Collection[str] = (),
        not_after_kinds: Collection[str] = (),
        general_after: Collection[str] = (),
        named_only: Collection[str] = (),
        oceans: Collection[str] = (),
        ocean_names: Collection[str] = (),
        numbers: Collection[str] = (),
        spelled_heads: Collection[str] = (),
        name_heads: Collection[str] = (),
        fields: Collection[str] = (),
        national: Collection[str] = (),
        levels: Mapping[str, Collection[str]] | None = None,
        counted: Collection[str] = (),
        inside_names: Collection[str] = (),
        local: Collection[str] = (),
        numbered: Collection[str] | None = None,
        lettered: Collection[str] = (),
    ):
        # a string given for a list would be read letter by letter
        lists = {
            "generics": generics, "countries": countries, "not-after": not_after,
            "buildings": buildings, "place-words": place_words, "not-before": not_before,
            "regional": regional, "regions": regions, "field-regions": field_regions,
            "common": common, "general-regions": general_regions,
            "not-after-kinds": not_after_kinds, "general-after": general_after, "named-only": named_only,
            "numbers": numbers, "spelled-heads": spelled_heads, "oceans": oceans,
            "ocean-names": ocean_names, "name-heads": name_heads, "fields": fields, "national": national,
            "inside-names": inside_names, "local": local, "lettered": lettered,
        }  # fmt: skip
        for name, value in lists.items():
            if isinstance(value, str):
                raise ValueError(f"`{name}` must be a list of words")
        if not generics:
            raise ValueError("`generics` must not be empty")
        for name, subset in (("named-only", named_only), ("oceans", oceans), ("lettered", lettered)):
            if not {g.lower() for g in subset} <= {g.lower() for g in generics}:
                raise ValueError(f"`{name}` must list only `generics`")
        # "dinas pendidikan Kabupaten Aru": a body, its field (ke-/pe-...-an nouns) and the
        # region it serves make one official name
        self.field_regions = {r.lower() for r in field_regions}
        # ... and the fields not so formed (pariwisata, sosial)
        self.fields = {f.lower() for f in fields}
        # bodies a country has one of for each field: the field alone names one (kementerian agama)
        self.national = {n.lower() for n in national}
        # bodies of a region's government: a notable region's name right after the field is the
        # region served, with no "Kabupaten" or "Kota" before it ("dinas perikanan Lamongan")
        self.local = {w.lower() for w in local}
        # bodies named by their level and the place they sit: "pengadilan negeri Pontianak" ->
        # Pengadilan Negeri, "kejaksaan tinggi Maluku" -> Kejaksaan Tinggi
        if levels is not None and (
            not isinstance(levels, Mapping) or any(isinstance(v, str) for v in levels.values())
        ):
            raise ValueError("`levels` must map a body to the list of its levels")
        # (as written: "pengadilan" in lower case, "SMA" in capitals)
        self.levels = {h: frozenset(v.lower() for v in vs) for h, vs in (levels or {}).items()}
        self._level_heads = frozenset(h.lower() for h in self.levels)  # the vocabulary is lower-cased
        # the heads whose number after the level names one (SMA negeri 3); all of them by default
        self.numbered = frozenset(self.levels if numbered is None else numbered)
        # generics a parliament names by a letter or a Roman numeral: "komisi IV" -> Komisi IV
        self.lettered = {g.lower() for g in lettered}
        # what a number after a level counts ("SD negeri 15 sekolah"): no school's own number
        self.counted = {c.lower() for c in counted}
        # generics of terrain that describe a part of a region: "pegunungan Sulawesi Selatan"
        self.regional = {g.lower() for g in regional}
        self.regions = {r.lower() for r in regions}
        # days and months: "tiba di terminal Senin pagi" says when, not which terminal
        self.not_before = {w.lower() for w in not_before}
        self.generics = {g.lower() for g in generics}
        # counting words right after a body's short form: "(Dishub) di tiap kota", "(Kemlu) kedua
        # negara"
        self.general_after = {w.lower() for w in general_after}
        # number words: before a region word after the bracket they count bodies (di dua kota)
        self.numbers = {w.lower() for w in numbers}
        # verbs of having or setting up, after which a spelled-out body is a kind of body
        self.not_after_kinds = {w.lower() for w in not_after_kinds}
        # region words that, in lower case after a body's short form, make it one of many:
        # "dinas perhubungan (Dishub) kabupaten dan kota", "(OJK) negara lain"
        self.general_regions = {r.lower() for r in general_regions}
        # country names, but not the common words among their parts (Luar, Selatan, Raya), which
        # count only when a place follows them (Uni Eropa, Republik Ceko, Pulau Bawean), and
        # never after a generic that always heads a name (kabupaten Kepulauan Aru, jalan Raya
        # Bogor, polda Kepulauan Riau)
        self.common = {c.lower() for c in common}
        self.named_only = {g.lower() for g in named_only}
        # an ocean is named after a region (samudra Hindia, samudra Pasifik): no description
        # there, while "samudra Indonesia" is the country's sea
        self.oceans = {g.lower() for g in oceans}
        # generics that describe ("di kota Kupang") unless a longer name holds them: "Dinas
        # Kesehatan kota Kupang" is the office of Kota Kupang
        self.inside_names = {g.lower() for g in inside_names}
        self.ocean_names = {o.lower() for o in ocean_names}
        self.countries = {c.lower() for c in countries} - self.common
        # "barat laut Sonora" is a direction (northwest of Sonora), not a sea; an entry of two
        # words holds for that generic only ("barat laut", but "barat Jalan Malioboro")
        self.not_after = {w.lower() for w in not_after if " " not in w.strip()}
        self.not_after_pairs = {tuple(w.lower().split()) for w in not_after if " " in w.strip()}
        self.buildings = {b.lower() for b in buildings}
        # words that end a place name in any language (Island, River, City, Pulau ...)
        self.place_words = {p.lower() for p in place_words}
        if acronyms is not None and not isinstance(acronyms, Mapping):
            raise ValueError("`acronyms` must be a map of short forms to full names (a `->` dictionary)")
        # listed institutions' names (capitalized full forms), by their lower-case words, with
        # the short forms listed for them: "badan pusat statistik (BPS)" spells out a name
        self.full_names: dict[tuple[str, ...], tuple[str, set[str]]] = {}
        for short, full in (acronyms or {}).items():
            parts = full.split()
            # institutions only: offices (kepala dinas) and regulations (peraturan daerah) are
            # listed capitalized too but are common nouns without a name, and regions (Jawa
            # Barat) are kapital-nama-diri's
            if len(parts) >= 2 and parts[0][:1].isupper() and parts[0].lower() in self.generics:
                entry = self.full_names.setdefault(tuple(p.lower() for p in parts), (full, set()))
                entry[1].add(short.lower())
        self._longest_name = max((len(k) for k in self.full_names), default=0)
        # heads that often only describe ("bank", "partai") but open a name whose other words
        # are capitalized and spelled by the short form after it: "bank Indonesia (BI)"
        self.spelled_heads = {h.lower() for h in spelled_heads}
        # what opens a body's name written capitalized before its short form, besides the
        # generics: "Persatuan Bulu tangkis Seluruh Indonesia (PBSI)" -> Bulu Tangkis
        self.name_heads = self.generics | self.spelled_heads | {h.lower() for h in name_heads}
        # ... which, like the spelled heads, open the name in lower case too: "balai Wilayah
        # Sungai (BWS)" -> Balai (the generics are the generic rule's)
        self.opening_heads = self.name_heads - self.generics

    def check(self, doc: Document) -> Iterator[Hit]:
        if (self.full_names or self.spelled_heads or self.name_heads != self.generics) and "(" in doc.prose:
            yield from self._spelled_out(doc)
        if self.levels and not self._level_heads.isdisjoint(doc.vocabulary):
            yield from self._with_level(doc)
        if self.generics.isdisjoint(doc.vocabulary) and self.inside_names.isdisjoint(doc.vocabulary):
            return
        words = doc.words
        text = doc.prose
        if self.field_regions:
            yield from self._with_field(doc)
        heads = self.generics | self.inside_names
        for index in [i for i, w in enumerate(words) if w.text in heads]:
            if index + 1 >= len(words):
                continue
            word, follower = words[index], words[index + 1]
            if not _adjacent(text, word, follower):
                continue
            if word.text in self.inside_names and not self._inside_a_name(words, index, text):
                continue
            # the word right before only: past a comma, "bagian barat, laut Sawu" is no barat laut
            joined = index > 0 and _adjacent(text, words[index - 1], word)
            before = words[index - 1].text.lower() if joined else ""
            if before in self.not_after or (before, word.text) in self.not_after_pairs or before.isdigit():
                continue  # counted or quantified: "22 puskesmas Kabupaten Sikka"
            name = follower.text
            # a parliament's commission is named by a letter or a numeral: "komisi IV"
            lettered = word.text in self.lettered and _LETTER_OR_NUMERAL.fullmatch(name)
            if not (lettered or self._names_it(words, index, text)):
                continue
            replacement = capitalize(word.text)
            yield Hit(
                word.start,
                word.end,
                {"match": word.text, "replacement": replacement, "name": name},
                (replacement,),
            )

    def _names_it(self, words: Sequence[Word], index: int, text: str) -> bool:
        """The capitalized word after the generic at words[index] is a name the generic opens."""
        word, follower = words[index], words[index + 1]
        name = follower.text
        if not _is_capitalized(name) or sentence_start(text, follower.start) or name.isupper():
            return False
        if not name[1:].islower() and "-" not in name:
            return False  # a brand in camel case (desa OpenSID) names no place
        if name.lower() in self.not_before or any(c.isdigit() for c in name):
            return False  # a day, a month, an amount (dana desa Rp1 miliar): no name follows
        if name.lower() in self.numbers and self._counts(words, index + 1, text):
            return False  # "di jembatan Dua orang ...": the next sentence, its full stop missing
        if word.text in self.regional and name.lower() in self.regions:
            return False
        # "laut Indonesia" (Indonesian waters) uses the country as a description, not a name;
        # a hyphen joins a name only when every part is one, and none a day, a month or a
        # country: jalan Soekarno-Hatta, but terminal Senin-Jumat, laut Indonesia-Filipina
        parts = name.split("-")
        ocean = word.text.lower() in self.oceans and name.lower() in self.ocean_names
        described = any(p.lower() in self.countries or p.lower() in self.not_before for p in parts)
        if described and not ocean:
            return False
        if (
            name.lower() in self.common
            and word.text not in self.named_only
            and self._described(words, index + 1, text)
        ):
            return False  # a common word opening a country's or a place's name: lembaga Uni Eropa
        if not all(part[:1].isupper() for part in parts):
            return False
        # a building before a place's name only says where it stands ("bandara Pulau Nias")
        return not (word.text in self.buildings and self._place(words, index + 1, text))

    @staticmethod
    def _inside_a_name(words: Sequence[Word], index: int, text: str) -> bool:
        """Word `index` follows a capitalized common word of a body's name ("Dinas Kesehatan"),
        not a sentence's first word nor a place ("Liupanshui provinsi Guizhou": in the province)."""
        if not _after_capital(words, index, text):
            return False
        before = words[index - 1].text
        lex = lexicon()
        return lex.is_listed(before.lower()) and lex.notable_name(before) is None

    def _with_field(self, doc: Document) -> Iterator[Hit]:
        """"dinas pendidikan Kabupaten Aru" -> "Dinas Pendidikan": a body and its field in lower
        case before the region it serves."""
        words = doc.words
        text = doc.prose
        lex = lexicon()
        for index, word in enumerate(words):
            if word.text.lower() not in self.generics:
                continue
            # at a sentence's start too for the bodies that are always one ("Dinas kesehatan
            # Provinsi Jambi"): "Lembaga pendidikan Kabupaten Klaten yang ..." are many
            if sentence_start(text, word.start) and word.text.lower() not in self.local | self.national:
                continue
            if index and words[index - 1].text.lower() in self.not_after:
                continue  # "berbagai lembaga pendidikan Kota Ambon": bodies in general
            end = index + 1
            taken = 0  # fields, two at most, the second after "dan" or not (kebudayaan dan pariwisata)
            while end < len(words) and taken < 2 and _adjacent(text, words[end - 1], words[end]):
                if self._field(words[end].text, lex):
                    end, taken = end + 1, taken + 1
                elif (
                    taken
                    and words[end].text == "dan"
                    and end + 1 < len(words)
                    and self._field(words[end + 1].text, lex)
                    and _adjacent(text, words[end], words[end + 1])
                ):
                    end, taken = end + 2, taken + 1
                else:
                    break
            if end == index + 1:
                continue
            phrase = words[index:end]
            served = self._serves_region(words, end, text) or (
                word.text.lower() in self.local and self._local_region(words, end, text, lex)
            )
            if not served:
                # ministries in general: "memiliki kementerian agama", "kementerian kesehatan kedua
                # negara", "... negara lain"
                joined = end < len(words) and _adjacent(text, words[end - 1], words[end])
                after = words[end].text.lower() if joined else ""
                owned = index > 0 and words[index - 1].text.lower() in self.not_after_kinds
                general = owned or after in self.general_after or _of_countries(words, end, text)
                if (
                    word.text.lower() in self.national
                    and not general
                    and not all(_is_capitalized(w.text) for w in phrase)
                ):
                    # one such body a country: its field names it ("kementerian agama")
                    span = text[word.start : phrase[-1].end]
                    proper = title_case(span)
                    head, _, last = proper.rpartition(" ")  # the message shows "{replacement} {name}"
                    fields = {"match": span, "replacement": head, "name": last}
                    yield Hit(word.start, phrase[-1].end, fields, (proper,))
                continue
            region = words[end].text
            if all(_is_capitalized(w.text) for w in phrase):
                continue
            span = text[word.start : phrase[-1].end]
            replacement = title_case(span)
            yield Hit(
                word.start,
                phrase[-1].end,
                {"match": span, "replacement": replacement, "name": region},
                (replacement,),
            )

    def _with_level(self, doc: Document) -> Iterator[Hit]:
        """A body, its level and the capitalized seat (or number) after them: "pengadilan negeri
        Pontianak", "SMA negeri 3"."""
        words = doc.words
        text = doc.prose
        for k in range(len(words) - 2):
            head, level = words[k], words[k + 1]
            # as listed ("pengadilan", "SMA"), or capitalized: a name capitalized in part,
            # "Kejaksaan negeri Bantul", or "pengadilan Negeri Sleman"
            levels = self.levels.get(head.text)
            if levels is None and _is_capitalized(head.text):
                levels = self.levels.get(head.text.lower())
            if levels is None or level.text.lower() not in levels:
                continue
            capital_head, capital_level = _is_capitalized(head.text), _is_capitalized(level.text)
            if capital_head == capital_level and (capital_level or sentence_start(text, head.start)):
                continue  # written right, or the sentence-start rule's
            if capital_level and level.text.isupper():
                continue  # a shouted headline
            # its short form may stand before the seat: "Kejaksaan negeri (Kejari) Bantul"
            n = _past_short_form(text, words, k + 2)
            place = words[n]
            joined = _adjacent(text, head, level) and (n > k + 2 or _adjacent(text, level, place))
            # a seat, or a school's number ("SMA negeri 3"), not a count of them ("SD negeri 15
            # sekolah", "SMA negeri 5.760 kursi") nor a year ("SMA negeri 2024")
            number = (
                head.text in self.numbered
                and place.text.isdigit()
                and len(place.text) <= 3
                and not _THOUSANDS.match(text, place.end)  # 5.760: a figure, read on
            )
            if number and n + 1 < len(words) and words[n + 1].text.lower() in self.counted:
                number = text[place.end : words[n + 1].start] != " "
            if not (joined and (_is_capitalized(place.text) or number)):
                continue
            low = place.text.lower()
            if low in self.not_before or low in self.countries or sentence_start(text, place.start):
                continue  # when, not where ("Senin depan"); a country's courts ("militer Israel")
            if not number and (any(c.isdigit() for c in low) or low in self.common or low in self.regions):
                continue  # an amount (Rp95 miliar), a compass word, a region's (masjid agung Jawa)
            span = text[head.start : level.end]
            fields = {"match": span, "replacement": title_case(span), "name": place.text}
            yield Hit(head.start, level.end, fields, (title_case(span),))

    def _serves_region(self, words: Sequence[Word], end: int, text: str) -> bool:
        """Words[end] and the next are a region it serves: "Kabupaten Aru" ("Provinsi lain" is none)."""
        if end + 1 >= len(words) or not _adjacent(text, words[end - 1], words[end]):
            return False
        region, named = words[end], words[end + 1]
        return (
            _is_capitalized(region.text)
            and region.text.lower() in self.field_regions
            and _is_capitalized(named.text)
            and _adjacent(text, region, named)
        )

    def _local_region(self, words: Sequence[Word], end: int, text: str, lex: Lexicon) -> bool:
        """Words[end] is a notable Indonesian region's name in one phrase with the field before
        it ("dinas perikanan Lamongan"); a country's is none ("dinas pariwisata Jepang")."""
        if end >= len(words) or not _adjacent(text, words[end - 1], words[end]):
            return False
        name = words[end].text
        return (
            _is_capitalized(name)
            and lex.notable_name(name) == name
            and name.lower() not in self.countries
            and not sentence_start(text, words[end].start)
        )

    def _field(self, word: str, lex: Lexicon) -> bool:
        """A body's field in lower case: a ke-/pe-...-an noun or one listed in `fields`."""
        return _lower_field(word, lex) or word in self.fields

    def _spelled_out(self, doc: Document) -> Iterator[Hit]:
        """A listed institution's name in lower case right before its short form in brackets,
        which makes it that name: "badan pusat statistik (BPS)" -> Badan Pusat Statistik."""
        words = doc.words
        text = doc.prose
        for k, short in enumerate(words):
            if k < 2 or not short.text[:1].isupper():
                continue
            bracketed = text[words[k - 1].end : short.start].strip(" \t") == "("
            if not bracketed or text[short.end : short.end + 1] != ")":
                continue
            for n in range(min(self._longest_name, k), 1, -1):
                phrase = words[k - n : k]
                found = self.full_names.get(tuple(w.text.lower() for w in phrase))
                if found is None or not all(_adjacent(text, a, b) for a, b in itertools.pairwise(phrase)):
                    continue
                proper, shorts = found
                before = words[k - n - 1].text.lower() if k - n > 0 else ""
                if before in self.not_after or before in self.not_after_kinds:
                    break  # "setiap badan pusat statistik (BPS)", "memiliki badan ...": in general
                if self._in_general_after(words, k + 1, text):
                    break  # "dinas perhubungan (Dishub) di tiap kota", "(Kemlu) kedua negara"
                written = text[phrase[0].start : phrase[-1].end]
                listed = short.text.lower() in shorts or spells(short.text, proper)
                shouted = any(len(w.text) > 1 and w.text.isupper() for w in phrase)
                if listed and written != proper and not shouted:
                    yield Hit(
                        phrase[0].start,
                        phrase[-1].end,
                        {"match": written, "replacement": proper, "name": f"({short.text})"},
                        (proper,),
                    )
                break
            else:
                hit = self._headed_name(words, k, text) or self._half_capitalized(words, k, text)
                if hit is not None:
                    yield hit

    def _half_capitalized(self, words: Sequence[Word], k: int, text: str) -> Hit | None:
        """A body's name opened by a capitalized head of `name_heads`, spelled by the short form
        in brackets at words[k], with a word of it left in lower case: "Persatuan Bulu tangkis
        Seluruh Indonesia (PBSI)", "Badan Penanggulangan bencana Daerah (BPBD)". The short form
        spells the words' initials (joiners such as "dan" left out), or those of the capitalized
        ones when a lower-case word finishes a compound (bulu tangkis)."""
        # (a hyphen may join its parts: "BAN-PT")
        short = words[k].text.replace("-", "")
        if not (2 <= len(short) <= 8 and short.isalpha() and short.isupper()):
            return None
        for n in range(min(10, k), 1, -1):
            phrase = words[k - n : k]
            head = phrase[0]
            if not _is_capitalized(head.text) or head.text.lower() not in self.name_heads:
                continue
            if not all(_adjacent(text, a, b) for a, b in itertools.pairwise(phrase)):
                continue
            lowered = [w for w in phrase[1:] if w.text.islower() and w.text not in NAME_JOINERS]
            if not lowered or sum(_is_capitalized(w.text) for w in phrase) < 2:
                return None
            content = "".join(w.text[0] for w in phrase if w.text not in NAME_JOINERS)
            capitals = "".join(w.text[0] for w in phrase if _is_capitalized(w.text))
            if short.lower() not in (content.lower(), capitals.lower()):
                continue
            if self._in_general_after(words, k + 1, text):
                return None
            written = text[head.start : phrase[-1].end]
            proper = " ".join(w if w in NAME_JOINERS else capitalize(w) for w in written.split(" "))
            fields = {"match": written, "replacement": proper, "name": f"({words[k].text})"}
            return Hit(head.start, phrase[-1].end, fields, (proper,))
        return None

    def _headed_name(self, words: Sequence[Word], k: int, text: str) -> Hit | None:
        """A head of `spelled_heads` in lower case opening capitalized words that the short form
        in brackets at words[k] spells: "bank Indonesia (BI)" -> Bank."""
        short = words[k]
        for n in range(2, min(7, k) + 1):
            phrase = words[k - n : k]
            head = phrase[0]
            if head.text not in self.spelled_heads and head.text not in self.opening_heads:
                continue
            # "bank BRI (BBRI)": a name of capitals after the head is the name, the head describes
            if not all(_is_capitalized(w.text) for w in phrase[1:]) or phrase[1].text.isupper():
                return None
            if not all(_adjacent(text, a, b) for a, b in itertools.pairwise(phrase)):
                return None
            before = words[k - n - 1].text.lower() if k - n > 0 else ""
            if before in self.not_after or before in self.not_after_kinds or sentence_start(text, head.start):
                return None
            if self._in_general_after(words, k + 1, text):
                return None
            if not spells(short.text, text[head.start : phrase[-1].end]):
                return None
            replacement = head.text[:1].upper() + head.text[1:]
            name = text[phrase[1].start : phrase[-1].end]
            fields = {"match": head.text, "replacement": replacement, "name": name}
            return Hit(head.start, head.end, fields, (replacement,))
        return None

    @staticmethod
    def _counts(words: Sequence[Word], j: int, text: str) -> bool:
        """The number word at words[j] counts the lower-case word after it ("Dua orang"), as a
        sentence would; in a name a capital follows (kecamatan Dua Koto) or nothing does."""
        after = words[j + 1] if j + 1 < len(words) else None
        if after is None or not after.text.islower() or after.text in _NOT_COUNTED:
            return False  # "pulau Dua di Teluk Banten": the name goes on to a preposition
        return _adjacent(text, words[j], after)

    def _in_general_after(self, words: Sequence[Word], j: int, text: str) -> bool:
        """Whether the words right after a short form's closing bracket make the body one of
        many: a counting word (tiap, beberapa), after "di" or not, a number before a region
        word (di dua kota), or a region word in lower case (kabupaten dan kota, negara lain).
        Punctuation after the bracket ends the phrase: "(BPS). Dua hari kemudian" counts none."""
        if j >= len(words) or text[words[j - 1].end : words[j].start].strip(" \t") != ")":
            return False
        if words[j].text.lower() == "di" and j + 1 < len(words) and _adjacent(text, words[j], words[j + 1]):
            j += 1
        word = words[j].text.lower()
        if word in self.general_after or (word in self.general_regions and words[j].text.islower()):
            return True
        # "di dua kota", not "(BPS) dua pekan lalu": a number counts bodies only before a region
        counted = j + 1 < len(words) and words[j + 1].text in self.general_regions
        return counted and (word in self.numbers or word.isdigit())

    def _described(self, words: Sequence[Word], j: int, text: str) -> bool:
        """words[j], a common word (Uni, Pulau, Selatan), opens the name of a country or a
        place: itself a place word (laut Kepulauan Seribu), or a place right after it (lembaga
        Uni Eropa); "laut Selatan, Jawa Barat" names no place after the word."""
        if words[j].text.lower() in self.place_words:
            return True
        following = j + 1 < len(words) and _adjacent(text, words[j], words[j + 1])
        return following and self._place(words, j + 1, text)

    def _place(self, words: Sequence[Word], j: int, text: str) -> bool:
        run = _name_run(words, j, text)
        lex = lexicon()
        return any(
            w.text.lower() in self.place_words or w.text.lower() in self.countries or lex.notable_name(w.text)
            for w in run
        )


def _names_a_field(low: str, lex: Lexicon) -> bool:
    """A ke-/pe-...-an noun, which names a field: keuangan, kepolisian, pendidikan, perhubungan."""
    return any(a.suffix == "an" and a.prefix in ("ke", "peN", "pe", "per") for a in lex.analyse(low))


def _lower_field(word: str, lex: Lexicon) -> bool:
    """A field written in lower case (pendidikan, in "dinas pendidikan Kabupaten Aru")."""
    return word.isalpha() and word.islower() and _names_a_field(word, lex)


class DocumentTitle:
    """The kind of a regulation before its number is part of its name, every word capitalized
    (EYD V: Peraturan Presiden Nomor 125 Tahun 2016, Undang-Undang Nomor 11 Tahun 2020)."""

    #: after "Nomor" (or "No."), the number
    NUMBER = LazyPattern(r"\.?[ \t]*\d")

    def __init__(
        self,
        heads: Collection[str],
        lower: Collection[str] = (),
        stops: Collection[str] = (),
        issuers: Collection[str] = (),
        bare: Collection[str] = (),
    ):
        if not heads:
            raise ValueError("`heads` must not be empty")
        self.heads = {h.lower() for h in heads}
        # who issues a regulation (Presiden, Menteri Kesehatan, Daerah): a lower-case word
        # between the kind and "Nomor" must be one, or "keputusan pasangan nomor 3" is a ballot
        self.issuers = {w.lower() for w in issuers}
        # kinds that are a name with a number alone (Undang-Undang Nomor 11)
        self.bare = {w.lower() for w in bare}
        # conjunctions and prepositions inside a title stay in lower case (Kelautan dan Perikanan)
        self.lower = {w.lower() for w in lower}
        # words that end the search: "keputusan itu nomor satu" names no regulation
        self.stops = {w.lower() for w in stops}

    def check(self, doc: Document) -> Iterator[Hit]:
        if self.heads.isdisjoint(doc.vocabulary):
            return
        words = doc.words
        text = doc.prose
        for i, word in enumerate(words):
            if word.text.lower() not in self.heads:
                continue
            j = self._number_word(words, i, text)
            if j is None:
                continue
            phrase = words[i : j + 1]
            fixed = [self._case(w.text, k == 0) for k, w in enumerate(phrase)]
            if all(f == w.text for f, w in zip(fixed, phrase, strict=True)):
                continue
            span = text[word.start : words[j].end]
            # a change of case keeps every word's length: each goes back where it stood
            chars = list(span)
            for w, f in zip(phrase, fixed, strict=True):
                chars[w.start - word.start : w.end - word.start] = f
            replacement = "".join(chars)
            yield Hit(word.start, words[j].end, {"match": span, "replacement": replacement}, (replacement,))

    def _number_word(self, words: Sequence[Word], i: int, text: str) -> int | None:
        """The index of "Nomor" that numbers the regulation opened at words[i], or None."""
        issued = False
        for j in range(i + 1, min(i + 7, len(words))):
            w = words[j]
            low = w.text.lower()
            if not _adjacent(text, words[j - 1], w) or low in self.stops:
                return None
            if low in ("nomor", "no"):
                if not (issued or words[i].text.lower() in self.bare):
                    return None
                return j if self.NUMBER.match(text, w.end) else None
            if low in self.issuers or _is_capitalized(w.text):
                issued = True
            elif low not in self.lower:
                return None  # "instruksi pelatih kepada pemain nomor 10": no issuer
        return None

    def _case(self, word: str, first: bool) -> str:
        if word.isupper() and len(word) > 1:
            return word  # UU, ITE
        if not first and word.lower() in self.lower:
            return word.lower()
        return "-".join(capitalize(part) for part in word.split("-"))


class CommonAfter:
    """A common noun capitalized after a word that makes it a class, not a name: "para Relawan"
    -> relawan, "para Menteri" -> menteri (a title without a name is written small)."""

    def __init__(
        self,
        after: Collection[str],
        places_only: Collection[str] = (),
        places: Collection[str] = (),
        persons_only: Collection[str] = (),
        persons: Collection[str] = (),
    ):
        if not after:
            raise ValueError("`after` must not be empty")
        self.after = {w.lower() for w in after}
        # after these only a place noun ("di sebuah Kafe"): a thing may be a brand ("sebuah Vespa")
        self.places_only = {w.lower() for w in places_only}
        self.places = frozenset(p.lower() for p in places)
        # ... and after these only a person's title ("semua Camat"): a body after one is the
        # whole of a body that has a name ("ke seluruh Senat")
        self.persons_only = {w.lower() for w in persons_only}
        self.persons = frozenset(p.lower() for p in persons)

    def check(self, doc: Document) -> Iterator[Hit]:
        if self.after.isdisjoint(doc.vocabulary):
            return
        lex = lexicon()
        text = doc.prose
        # title case says nothing in a headline or a subheading
        titled = [
            (b.start, b.end)
            for b in doc.blocks
            if b.kind in (BlockKind.HEADLINE, BlockKind.SECTION, BlockKind.HEADING)
        ]
        words = doc.words
        # (every entry of `after` is in lower case: a word written as one is among these)
        for k in [i + 1 for i in doc.indices(self.after) if i + 1 < len(words)]:
            before, word = words[k - 1], words[k]
            w = word.text
            # "Para" capitalized inside a sentence opens a title (novel "Para Priyayi"); at a
            # sentence's start its capital is the sentence's ("Para Petani juga ...")
            at_start = sentence_start(text, before.start)
            if (before.text not in self.after and not at_start) or not _adjacent(text, before, word):
                continue
            if not (w.isalpha() and _is_capitalized(w) and w[1:].islower()):
                continue
            if sentence_start(text, word.start) or any(a <= word.start < b for a, b in titled):
                continue
            if not lex.is_listed(w.lower()) or lex.is_name(w) or lex.notable_name(w) is not None:
                continue
            if before.text.lower() in self.places_only and w.lower() not in self.places:
                continue
            if before.text.lower() in self.persons_only and w.lower() not in self.persons:
                continue
            following = words[k + 1] if k + 1 < len(words) else None
            if following is not None and _is_capitalized(following.text) and _adjacent(text, word, following):
                continue  # "para Pemuda Pancasila": the start of a name
            yield Hit(word.start, word.end, {"match": w, "replacement": w.lower()}, (w.lower(),))


class SentenceStart:
    """The first word of a sentence in lower case (after . ! ? or at the start of a paragraph).

    After a question or an exclamation, a speech verb or a pronoun with one ("Siapa? dia
    bertanya") continues the sentence of a direct quotation and keeps its lower case.
    """

    # (a mark, then a blank after a sentence's end: one character class first, which the
    # scan skips to, where two alternatives would be tried at every character)
    BOUNDARY = LazyPattern(r"[.!?\r\n\-–—](?:(?<=[.!?])[ \t]|(?<![.!?]))[ \t\ufffc]*")

    def __init__(
        self,
        abbreviations: Collection[str] = (),
        verbs: Collection[str] = (),
        pronouns: Collection[str] = (),
    ):
        self.abbreviations = {a.rstrip(".").lower() for a in abbreviations}
        self.verbs = {v.lower() for v in verbs}
        self.pronouns = {p.lower() for p in pronouns}

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.prose
        words = doc.words
        if not words:
            return
        for index in self._candidates(doc):
            word = words[index]
            first = word.text[:1]
            if not first.islower() or any(c.isupper() for c in word.text[1:]):
                continue  # iPhone, eKTP: lower case by design
            if not self._starts(doc, text, word, words[index - 1] if index else None):
                continue
            if self._reported_speech(words, index, text):
                continue
            replacement = capitalize(word.text)
            yield Hit.swap(word.start, word.end, word.text, replacement, safe=True)

    def _candidates(self, doc: Document) -> list[int]:
        """Indices of words right after a sentence mark, a line break or a dash (and the first)."""
        out = [0]
        for m in self.BOUNDARY.finditer(doc.prose):
            index = _word_at(doc, m.end())
            if index is not None and index != out[-1]:
                out.append(index)
        return out

    def _reported_speech(self, words: Sequence[Word], index: int, text: str) -> bool:
        i = words[index].start - 1
        while i >= 0 and text[i] in " \t" + MASK:
            i -= 1
        if i < 0 or text[i] not in "?!":
            return False
        low = words[index].text.lower()
        if low in self.verbs:
            return True  # "Siapa? tanya dia"
        nxt = words[index + 1] if index + 1 < len(words) else None
        return low in self.pronouns and nxt is not None and nxt.text.lower() in self.verbs

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
            return text[i] in "-–—" and after_dateline(text, word.start)
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


#: A dictionary word rarer than this (zipf) after a capitalized head of a name is part of it.
RARE_WORD_ZIPF = 1.0

#: Prefixes joined to a proper name by a hyphen (EYD V: se-Indonesia, anti-Barat, pasca-Lebaran).
_NAME_PREFIXES = frozenset({"se", "anti", "pro", "non", "pan", "pasca", "pra", "antar"})


class LowercaseName:
    """A proper noun the lexicon knows, written in lower case (jakarta, jeneponto, android).

    Signals, each guarded against common words: a name that is no Indonesian word at all
    (jakarta), or a notable place the dictionary does not list even if it parses (bali); a word
    the draft itself writes as a stand-alone name elsewhere (ponsel Android ... ponsel android),
    a word only the frequency list knows included (Kintamani ... di kintamani);
    a frequent word the dictionary lacks, listed among capitalized names (Gowa, Takalar, dan
    jeneponto); a notable place after a geographic or administrative generic (Kabupaten karo,
    lereng merapi); and a multiword name of notable names and compass words (jawa timur). After
    a noun of kind a geographic name stays in lower case, as EYD V writes it (gula jawa).
    """

    def __init__(
        self,
        min_length: int = 4,
        places: Collection[str] = (),
        common: Collection[str] = (),
        generics: Collection[str] = (),
        multiword: Collection[str] = (),
        compass: Collection[str] = (),
        kinds: Collection[str] = (),
        heads: Collection[str] = (),
        relations: Collection[str] = (),
        long_names: int = 0,
        landmarks: Collection[str] = (),
        languages: Collection[str] = (),
        language_heads: Collection[str] = (),
        animals: Collection[str] = (),
        other_senses: Collection[str] = (),
        foreign_names: Collection[str] = (),
        speech: Collection[str] = (),
        regions: Collection[str] = (),
        midst_times: Collection[str] = (),
        areas: bool = False,
        brands: Collection[str] = (),
        offices: Collection[str] = (),
        bodies: Collection[str] = (),
    ):
        if isinstance(long_names, bool) or not isinstance(long_names, int) or long_names < 0:
            raise ValueError("`long-names` must be a whole number >= 0")
        self.min_length = min_length
        # brands that are no common word in either language (WhatsApp, Instagram): names
        # wherever they stand, by their lower case, with their own capitals
        self.brands = {b.lower(): b for b in brands}
        # Indonesia's regencies, cities and districts that are no ordinary words (lexicon.areas)
        # are names where the draft names their region: "di waingapu" in a story on Sumba
        self.areas = areas
        # words whose capitalized form is another word (Minggu, a day; minggu, a week): the
        # draft's capitals make no name of them
        self.other_senses = {w.lower() for w in other_senses}
        # verbs that close a quote with its speaker ('," kata Rina'): the word after one is a name
        self.speech = {w.lower() for w in speech}
        # names of this many words and more are matched in lower case whatever their words
        self.long_names = long_names
        # words that relate a head to another name rather than continue it ("Masjid dekat
        # Pasar Baru", "Stadion milik Pemerintah Kota")
        self.relations = {r.lower() for r in relations}
        # heads of landmarks' names, which open a name rather than end one (Stadion, Masjid;
        # not Kota or Istana: Wali Kota, Pihak Istana)
        self.landmarks = {h.lower() for h in landmarks}
        # after a noun of kind a geographic name specifies it, in lower case (jeruk bali)
        self.kinds = {k.lower() for k in kinds}
        # ... as after an animal named for its region (harimau sumatra, jalak bali); kept apart from
        # `kinds`, which the spelling check also reads, so that a slip after one is still a slip
        self.kinds |= {a.lower() for a in animals}
        # multiword names made of notable names and compass words (Jawa Timur, Nusa Tenggara
        # Barat, Lombok Utara), by their lower-case words: "jawa timur" is the province
        self.compass = {c.lower() for c in compass}
        # capitalized heads of places' names (Istana, Pantai): an unknown word after one is
        # the rest of the name
        self.heads = {h.lower() for h in heads}
        # "tengah" before these is a time or a place: "tiba di Lombok tengah malam" is no Lombok
        # Tengah, "timur tengah kota" the east of the town's centre
        self.midst_times = {t.lower() for t in midst_times}
        # the index needs the lexicon: built on the first draft that has a head word (and
        # Indonesia's regions named for a compass point: Manggarai Barat, Jakarta Selatan)
        self._names_source = [n for n in (*multiword, *regions) if " " in n]
        # countries and regions of more than one word (Amerika Serikat, Selandia Baru): matched
        # as long names are, written all small or begun as the name ("Amerika serikat")
        self._foreign_names = [n for n in foreign_names if " " in n]
        self._multiword_heads = {n.split()[0].lower() for n in (*self._names_source, *self._foreign_names)}
        self._multiword_index: dict[tuple[str, ...], tuple[str, bool]] | None = None
        # after these (kabupaten, gunung, lereng) a notable place name is a name even when it
        # is also a word: "Kabupaten karo", "lereng merapi"
        # offices and bodies named for their region take its name after them wherever they
        # stand, a sentence's start too: "Kapolres karo", "Pemprov bali"
        self.offices = {o.lower() for o in offices}
        # heads of bodies' names (Dinas, Badan): a sentence that opens with one opens with a
        # name, and the capitalized word after it is part of that name ("Badan Pangan
        # menyebut ..."), no one-word name of its own
        self.bodies = {b.lower() for b in bodies}
        self.generics = {g.lower() for g in generics} | self.offices
        # country and region names (CLDR): never common words in lower case, except `common`,
        # which are words before they are parts of names (terluar, of "Kepulauan Terluar")
        self.common = {c.lower() for c in common}
        self.places = {p.lower(): p for p in places if p.lower() not in self.common}
        # lower-case words a signal could make a name, and those only if the draft also writes
        # them capitalized (dictionary words that are also names: medan, Medan)
        self._seen: set[str] = set()
        # the lower-case words seen that no dictionary knows, by their capitalized form (see _single)
        self._by_capital: dict[str, list[str]] = {}
        self._names: set[str] = set()
        self._common_names: set[str] = set()
        # names of languages and peoples, by their lower case, and the words that call for one:
        # "bahasa jawa", "suku batak" name them even where the word is a common word too
        self.languages = {w.lower(): w for w in languages}
        self.language_heads = {h.lower() for h in language_heads}

    def _multiword(self, names: Collection[str]) -> dict[tuple[str, ...], tuple[str, bool]]:
        """Lower-case words -> (the name, whether it counts only begun as a name or all small)."""
        lex = lexicon()
        out: dict[tuple[str, ...], tuple[str, bool]] = {}
        for name in names:
            parts = name.split()
            low = tuple(p.lower() for p in parts)
            if len(parts) < 2 or not all(p.isalpha() for p in parts):
                continue
            named = [p for p in parts if p.lower() not in self.compass]
            # notable names and compass words only (Jawa Timur, Lombok Utara): "pesisir selatan"
            # (the southern coast), "bank Indonesia" or "universitas Indonesia" (any bank or
            # university of the country) stay common phrases
            if named and all(lex.notable_name(p) is not None for p in named):
                out[low] = (" ".join(parts), False)
            elif self.long_names and len(parts) >= self.long_names:
                # long names make no common phrase by chance (Nusa Tenggara Timur, Ogan Komering
                # Ilir), but only written all in lower case or begun as the name (a capital
                # inside a sentence, or two): "kereta api Indonesia" may be any train of the
                # country
                out[low] = (" ".join(parts), True)
        return out

    def prepare(self) -> None:
        """Build the multiword-name index (before worker processes fork, so that they share it)."""
        _ = self.multiword

    @property
    def multiword(self) -> dict[tuple[str, ...], tuple[str, bool]]:
        if self._multiword_index is None:
            index = {tuple(n.lower().split()): (n, True) for n in self._foreign_names}
            # a name of notable words and compass points counts however it is written
            index.update(self._multiword(self._names_source))
            self._multiword_index = index
        return self._multiword_index

    def _multiword_hits(self, doc: Document, covered: set[int]) -> Iterator[Hit]:
        if not self.multiword:
            return
        words = doc.words
        lowers = doc.lowers
        text = doc.prose
        longest = max(len(k) for k in self.multiword)
        for i in doc.indices(self._multiword_heads):
            for n in range(min(longest, len(words) - i), 1, -1):
                chunk = words[i : i + n]
                found = self.multiword.get(lowers[i : i + n])
                if found is None or not all(_adjacent(text, a, b) for a, b in itertools.pairwise(chunk)):
                    continue
                proper, long_name = found
                written = " ".join(w.text for w in chunk)
                if (
                    chunk[-1].text == "tengah"
                    and i + n < len(words)
                    and words[i + n].text.lower() in self.midst_times
                    and _adjacent(text, chunk[-1], words[i + n])
                ):
                    break
                if long_name and not (written.islower() or self._begun(chunk, text)):
                    break
                # all capitals (a shouted headline, "BPBD JAWA TIMUR") is no lower-case slip
                if written != proper and not any(len(w.text) > 1 and w.text.isupper() for w in chunk):
                    covered.update(range(i, i + n))
                    args = {"match": written, "replacement": proper}
                    yield Hit(chunk[0].start, chunk[-1].end, args, (proper,))
                break

    @staticmethod
    def _begun(chunk: Sequence[Word], text: str) -> bool:
        """Written as the name: two capitals, or one inside a sentence, or every word but the
        first ("nusa Tenggara Barat", and inside a sentence "uni Eropa": a capital after a
        lower-case word marks the pair as the name; "kereta api Indonesia" may be any train of
        the country)."""
        first, second = chunk[0].text, chunk[1].text
        if all(_is_capitalized(w.text) for w in chunk[1:]) and (
            len(chunk) >= 3 or not opening(text, chunk[0].start)
        ):
            return True
        return _is_capitalized(first) and (_is_capitalized(second) or not opening(text, chunk[0].start))

    def check(self, doc: Document) -> Iterator[Hit]:
        covered: set[int] = set()
        if not self._multiword_heads.isdisjoint(doc.vocabulary):
            yield from self._multiword_hits(doc, covered)
        yield from self._single(doc, covered)
        if any(v.partition("-")[0].lower() in _NAME_PREFIXES for v in doc.vocabulary if "-" in v):
            yield from self._after_prefix(doc)
        if self.heads and not self.heads.isdisjoint(doc.vocabulary):
            yield from self._after_head(doc, covered)
        if self.language_heads and not self.language_heads.isdisjoint(doc.vocabulary):
            yield from self._language(doc, covered)
        if self.speech and not self.speech.isdisjoint(doc.vocabulary):
            yield from self._speaker(doc, covered)

    def _speaker(self, doc: Document, covered: set[int]) -> Iterator[Hit]:
        """A speaker's name in lower case after the verb that closes a quote ('," kata rina.'),
        when the draft writes it capitalized elsewhere (Rina Marlina) and it is no word."""
        lex = lexicon()
        text = doc.prose
        words = doc.words
        slots: list[Word] = []
        for index in [k + 1 for k in doc.indices(self.speech) if k + 1 < len(words)]:
            verb, word = words[index - 1], words[index]
            w = word.text
            if index in covered or not (w.isalpha() and w.islower()):
                continue
            closes_quote = any(q in text[max(0, verb.start - 3) : verb.start] for q in '"”')
            # a name closes the attribution; a role runs on ('," kata kadispar yang baru ...')
            closes_attribution = text[word.end : word.end + 1] in (".", ",", "")
            if closes_quote and closes_attribution and _adjacent(text, verb, word):
                slots.append(word)
        if not slots:
            return
        # capitalized inside a sentence of the body: a sentence's or a title's capital proves
        # nothing ("Nakes di pos itu ...", '," kata nakes')
        wanted = {capitalize(word.text) for word in slots}
        titles = [(b.start, b.end) for b in doc.blocks if b.kind in TITLE_BLOCKS]
        capitals = {
            w.text
            for w in words
            if w.text in wanted
            and not opening(text, w.start)
            and not any(a <= w.start < b for a, b in titles)
        }
        for word in slots:
            proper = capitalize(word.text)
            if proper in capitals and not lex.is_listed(word.text) and not lex.known(word.text):
                yield Hit(word.start, word.end, {"match": word.text, "replacement": proper}, (proper,))

    def _language(self, doc: Document, covered: set[int]) -> Iterator[Hit]:
        """A language or a people's name in lower case after the word that names one: "bahasa
        mandarin", "suku batak" -> Mandarin, Batak (the words alone are common words too)."""
        text = doc.prose
        words = doc.words
        for index in [k + 1 for k in doc.indices(self.language_heads) if k + 1 < len(words)]:
            head, word = words[index - 1], words[index]
            name = self.languages.get(word.text)
            if name is None or index in covered:
                continue
            if not _adjacent(text, head, word):
                continue
            covered.add(index)
            yield Hit(word.start, word.end, {"match": word.text, "replacement": name}, (name,))

    def _after_head(self, doc: Document, covered: set[int]) -> Iterator[Hit]:
        """A word no lexicon knows after a capitalized head of a place's name is the rest of the
        name: Istana maimun, Pantai gandoriah -> Maimun, Gandoriah."""
        lex = lexicon()
        text = doc.prose
        words = doc.words
        for index in [k + 1 for k in doc.indices(self.heads) if k + 1 < len(words)]:
            head, word = words[index - 1], words[index]
            w = word.text
            name = head.text
            if name != capitalize(name.lower()) or index in covered:
                continue
            if not (w.isalpha() and w.islower()):
                continue
            # a head's capital at a sentence or list-item start says nothing of a name
            if opening(text, head.start) or not _adjacent(text, head, word):
                continue
            if len(w) < self.min_length or lex.is_english(w):
                continue
            # unknown, or a dictionary word no one writes (maimun): not a word that describes;
            # any word between the head and a name of capitals is inside that name: Stadion
            # gelora Bung Tomo -> Gelora
            common = lex.verdict(w).how != "unknown" and lex.zipf(w) >= RARE_WORD_ZIPF
            if common and not self._inside_name(doc, index):
                continue
            yield Hit(word.start, word.end, {"match": w, "replacement": capitalize(w)}, (capitalize(w),))

    def _inside_name(self, doc: Document, index: int) -> bool:
        """words[index] stands between a landmark's head that opens a name (Stadion, Masjid) and
        two capitalized words right after it, which are no sentence start: the head and the
        words after make one name (Stadion gelora Bung Tomo)."""
        words, text = doc.words, doc.prose
        head, low = words[index - 1], words[index].text.lower()
        if index + 2 >= len(words) or head.text.lower() not in self.landmarks:
            return False
        if low in self.relations or low in self.compass or is_verb(low):
            return False  # Masjid dekat Pasar Baru; Stadion menggelar Laga Persahabatan
        before = words[index - 2] if index >= 2 else None
        if (
            before is not None
            and _is_capitalized(before.text)
            and _adjacent(text, before, head)
            and before.text.lower() not in self.relations
            and not (sentence_start(text, before.start) and self._common_opening(before.text))
        ):
            return False  # the head ends a longer name (Jalan Stadion baru ...), unless the
            # capital before it is a preposition or a common word opening the sentence: Di
            # Stadion gelora Bung Tomo, Renovasi Stadion gelora Bung Tomo
        if any(b.kind in TITLE_BLOCKS and b.start <= head.start < b.end for b in doc.blocks):
            return False  # title case keeps its small words small: ... Pantai saat Libur ...
        after = words[index + 1 : index + 3]
        return (
            _adjacent(text, words[index], after[0])
            and _adjacent(text, after[0], after[1])
            and all(_is_capitalized(w.text) for w in after)
            and not sentence_start(text, after[0].start)
        )

    def _common_opening(self, word: str) -> bool:
        """A common word, no head of a name (Renovasi, not Jalan), whose capital a sentence
        start explains."""
        low = word.lower()
        if low in self.heads or low in self.landmarks or low in self.generics:
            return False
        lex = lexicon()
        return lex.zipf(low) >= FREQUENT and lex.is_listed(low)

    def _after_prefix(self, doc: Document) -> Iterator[Hit]:
        """A name after a hyphenated prefix keeps its capital: se-Kalimantan, anti-Jakarta."""
        lex = lexicon()
        words = doc.words
        for index, word in enumerate(words):
            prefix, hyphen, rest = word.text.partition("-")
            if not hyphen or prefix.lower() not in _NAME_PREFIXES or not (rest.isalpha() and rest.islower()):
                continue
            proper = self.places.get(rest)
            if proper is None and not lex.is_listed(rest):
                proper = lex.notable_name(capitalize(rest))
            if proper is None:
                continue
            start, end = word.start + len(prefix) + 1, word.end
            following = words[index + 1] if index + 1 < len(words) else None
            if following is not None and _adjacent(doc.prose, word, following):
                # "se-sumatra barat" is se-Sumatra Barat, the whole name
                whole = self.multiword.get((rest, following.text.lower()))
                if whole is not None:
                    proper, end = whole[0], following.end
            match = doc.prose[start:end]
            if match != proper:
                yield Hit(start, end, {"match": match, "replacement": proper}, (proper,))

    def _single(self, doc: Document, covered: set[int]) -> Iterator[Hit]:
        lex = lexicon()
        forms = doc_index(doc).forms
        vocabulary = doc.vocabulary
        # set algebra over the draft's vocabulary: each distinct word is judged once per process
        for v in vocabulary - self._seen:
            kind = self._could_be_name(v, lex)
            if kind:
                (self._names if kind == 1 else self._common_names).add(v)
            if v.islower() and self._unheard(v, lex):
                self._by_capital.setdefault(capitalize(v), []).append(v)
            self._seen.add(v)
        candidates = self._names & vocabulary
        candidates.update(v for v in self._common_names & vocabulary if capitalize(v) in forms)
        # a string no dictionary knows, which the draft also writes capitalized as a speaker's
        # name: the name written small once ("alya Putri Ramadhani (10)" ... ujar Alya); not a
        # term the draft also capitalizes in a name or a heading (porseni, Porseni Sleman)
        by_capital = self._by_capital
        unheard = {v for capital in by_capital.keys() & forms for v in by_capital[capital] if v in vocabulary}
        if unheard and self.speech:
            speakers = {w.text.lower() for w in speaker_words(doc, self.speech) if w.text[:1].isupper()}
            unheard &= speakers
        else:
            unheard = set()
        candidates |= unheard
        text = doc.prose
        words = doc.words
        # (the vocabulary is in lower case)
        if self._common_names & vocabulary and not self.generics.isdisjoint(vocabulary):
            candidates.update(
                words[k + 1].text
                for k in doc.indices(self.generics)
                if k + 1 < len(words) and words[k + 1].text in self._common_names
            )
        if not candidates:
            return
        standalone: dict[str, tuple[str, int, int]] | None = None
        capitals: set[str] | None = None
        # a token equal to a lower-case candidate is written in lower case
        lowercase = locate(doc, candidates, fold=False)
        # a word the draft writes after a noun of kind ("tradisi wiwitan") is a common word of
        # its own there and elsewhere, not the little-known village the name list holds
        of_a_kind = {
            follower.text
            for word, follower in itertools.pairwise(words)
            if follower.text in candidates
            and word.text.lower() in self.kinds
            and _adjacent(text, word, follower)
        }
        for index in lowercase:
            word = words[index]
            w = word.text
            if index in covered or sentence_start(text, word.start):
                continue
            if w in of_a_kind and w not in self.places and lex.notable_name(w) is None:
                continue
            if _in_address(text, word):
                continue  # @instagram, #tokopedia, shopee.co.id: written as the address is
            if standalone is None and (lex.is_name(w) or w in unheard or _frequent_only(w, lex)):
                # a word only the frequency list knows is mostly a name (dieng, beside Dieng)
                names = {
                    words[i].text
                    for i in lowercase
                    if lex.is_name(words[i].text) or _frequent_only(words[i].text, lex)
                } | unheard
                standalone = self._standalone_names(doc, words, names)
            proper = self._proper(w, lex, standalone or {}, words, index, text)
            if proper is None and self.areas and lex.is_area(w) and not lex.is_listed(w):
                if capitals is None:
                    capitals = {c.text.lower() for c in words if _is_capitalized(c.text)}
                # a district's name in a story on its region, not a word of some other region's
                # speech that happens to name a village there (solu bolon, a Batak boat); a word
                # the draft keeps writing small and never as a name is a word of the region's own
                # speech (bibit katapang, Sundanese for ketapang, beside Katapang in Bandung)
                small = sum(1 for i in lowercase if words[i].text == w)
                if (
                    not capitals.isdisjoint(lex.areas[w].split())
                    and not lex.analyse(w)
                    and (small == 1 or w in capitals)
                ):
                    proper = capitalize(w)
            if proper is None:
                continue
            yield Hit(word.start, word.end, {"match": w, "replacement": proper}, (proper,))

    def _unheard(self, w: str, lex: Lexicon) -> bool:
        """No word of Indonesian or English, by any reading, nor one a list marks as either."""
        if not self.min_length <= len(w) <= MAX_WORD or "-" in w or not w.isalpha():
            return False
        return lex.verdict(w).how in ("unknown", "implausible") and not lex.is_english(w)

    def _could_be_name(self, w: str, lex: Lexicon) -> int:
        if not self.min_length <= len(w) <= MAX_WORD or "-" in w or not w.islower():
            return 0
        if w in self.brands:
            return 1
        if w in self.common and lex.verdict(w).how in ("listed", "analysed"):
            # a word of Indonesian first (terluar), whatever name it is part of; a name the
            # frequency list merely knows (china, georgia) is still a name
            return 0
        listed = lex.is_listed(w)
        if w in self.places or (lex.is_name(w) and not listed):
            return 1
        if lex.is_name(w):
            return 2
        if self.areas and lex.is_area(w) and not listed and not lex.analyse(w) and not lex.is_english(w):
            return 1
        # the full verdict (which also weighs typos) waits for a word listed among names
        return int(not listed and lex.zipf(w) >= FREQUENT and not lex.is_english(w) and not lex.analyse(w))

    def _proper(
        self,
        w: str,
        lex: Lexicon,
        standalone: dict[str, tuple[str, int, int]],
        words: Sequence[Word],
        index: int,
        text: str,
    ) -> str | None:
        previous = words[index - 1] if index else None
        kind = previous is not None and previous.text.lower() in self.kinds
        if kind and previous is not None and _adjacent(text, previous, words[index]):
            return None  # gula jawa, pisang ambon: a kind, written in lower case (EYD V)
        listed = lex.is_listed(w)
        after_generic = previous is not None and previous.text.lower() in self.generics
        if after_generic and previous is not None and _adjacent(text, previous, words[index]):
            # a word that is also common (padang, karo) only after a generic written as part of
            # a name: "Kabupaten karo", but "pulau padang pasir" (desert islands)
            notable = lex.notable_name(capitalize(w))
            # a capital the sentence start explains ("Jalan batu menuju desa") says nothing
            named_generic = previous.text.lower() in self.offices or (
                _is_capitalized(previous.text) and not sentence_start(text, previous.start)
            )
            if notable is not None and (not listed or named_generic):
                return notable
        if listed and w not in self.places and w not in standalone:
            return None  # a dictionary word: only as a place or a name the draft writes so
        if lex.is_english(w) and _english_phrase(words, index, lex):
            return None  # 'middle income countries', central Rockies: English, not a name
        if w in self.brands:
            return self.brands[w]
        if lex.is_name(w) and not listed and (not lex.analyse(w) or _between_capitals(words, index, text)):
            # a name a reading also explains (perbasi: per- + basi) between two capitalized
            # words is the name: "Pengurus Daerah perbasi DIY"
            return capitalize(w)
        if not listed and (notable := lex.notable_name(capitalize(w))) is not None:
            return notable  # bali reads as bal + -i, but a province is meant
        if w in self.places:
            return self.places[w]
        if w in standalone and w not in self.other_senses:
            proper, capitalized, lowercase = standalone[w]
            # a common word (puncak, medan) may sit beside the name (Puncak, Medan): for a word
            # the dictionary lists, the draft must use the name form clearly more often
            if not listed or (capitalized >= 2 and capitalized >= 2 * lowercase):
                return proper
        if (
            not listed
            and not lex.is_english(w)
            and _in_name_list(words, index, text)
            and lex.verdict(w).how == "frequent"
        ):
            return capitalize(w)
        return None

    def _standalone_names(
        self, doc: Document, words: Sequence[Word], names: Collection[str]
    ) -> dict[str, tuple[str, int, int]]:
        """Of `names` (lower case, written so in the draft), those the draft also writes
        capitalized as a one-word name mid-sentence: lower-cased form -> (the name form, how
        often it is written so, how often in lower case)."""
        text = doc.prose
        found: dict[str, tuple[str, int, int]] = {}
        for index in locate(doc, {capitalize(n) for n in names}, fold=False):
            word = words[index]
            w = word.text
            if sentence_start(text, word.start):
                continue
            block = doc.block_at(word.start)
            if block is None or block.kind in (BlockKind.HEADLINE, BlockKind.SECTION, BlockKind.HEADING):
                continue
            nxt = words[index + 1] if index + 1 < len(words) else None
            # part of a longer name, or an event's name by its year ("Pemilu 2019" beside
            # "pemilu sebelumnya", the common noun)
            if nxt is not None and _adjacent(text, word, nxt) and (
                _is_capitalized(nxt.text) or nxt.text.isdigit()
            ):
                continue
            if _after_capital(words, index, text) or self._after_opening_head(words, index, text):
                continue
            _, count, _ = found.get(w.lower(), (w, 0, 0))
            found[w.lower()] = (w, count + 1, 0)
        if found:
            for index in locate(doc, found, fold=False):
                entry = found[words[index].text]
                found[words[index].text] = (entry[0], entry[1], entry[2] + 1)
        return found

    def _after_opening_head(self, words: Sequence[Word], index: int, text: str) -> bool:
        """Word `index` follows the head of a name (Dinas, Masjid) that opens its sentence."""
        if index == 0:
            return False
        before = words[index - 1]
        low = before.text.lower()
        return (
            (low in self.bodies or low in self.heads or low in self.generics)
            and _adjacent(text, before, words[index])
            and _is_capitalized(before.text)
            and sentence_start(text, before.start)
        )


def _frequent_only(w: str, lex: Lexicon) -> bool:
    """Known by the frequency list alone: no dictionary entry, no reading, no English word."""
    return lex.verdict(w).how == "frequent" and not lex.is_english(w)


def _after_capital(words: Sequence[Word], index: int, text: str) -> bool:
    """Word `index` stands right after a capitalized word that is not a sentence's first."""
    if not 0 < index < len(words):
        return False
    before = words[index - 1]
    return (
        _adjacent(text, before, words[index])
        and _is_capitalized(before.text)
        and not sentence_start(text, before.start)
    )


def _between_capitals(words: Sequence[Word], index: int, text: str) -> bool:
    """Word `index` stands right between two capitalized words, the first not a sentence's."""
    if not _after_capital(words, index, text) or index + 1 >= len(words):
        return False
    word, after = words[index], words[index + 1]
    return _adjacent(text, word, after) and after.text[:1].isupper()


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
        also_verbs: Collection[str] = (),
        verb_before: Collection[str] = (),
        verb_after: Collection[str] = (),
        compounds: Collection[str] = (),
    ):
        self.particles = {p.lower() for p in particles}
        # a particle that opens a noun compound is no particle there ("Skema Bagi Hasil")
        self.compounds = {tuple(c.lower().split()) for c in compounds}
        # particles that are verbs too ("sampai", to arrive), capitalized as verbs after an
        # adverb of aspect ("Kini Sampai Majalaya"), or before the place reached when no verb
        # stands before them ("Pemudik Sampai di Kampung", not "Mengular Sampai ke Jalan")
        self.also_verbs = {v.lower() for v in also_verbs}
        self.verb_before = {v.lower() for v in verb_before}
        self.verb_after = {v.lower() for v in verb_after}
        # other function words real headlines keep in lower case; not flagged either way
        self.also_lower = {p.lower() for p in also_lower}
        self.threshold = threshold
        self.minimum = minimum

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.prose
        lex = lexicon()
        for block in doc.blocks_of(BlockKind.HEADLINE):
            words = _words_in(doc, block.start, block.end)
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
                    if w.lower() in self.also_verbs and self._verb(words, index):
                        continue
                    nxt = words[index + 1].text.lower() if index + 1 < len(words) else ""
                    if (w.lower(), nxt) in self.compounds:
                        continue
                    if _is_capitalized(w) and not w.isupper() and not _after_colon(text, word):
                        if _named_in_body(text, block.end, words, index):
                            continue
                        yield Hit(word.start, word.end, {"match": w, "replacement": w.lower()}, (w.lower(),))
                    continue
                if index and w.lower() in self.also_lower:
                    continue
                if index and _ORDINAL.fullmatch(w):
                    continue  # ke-80: the particle ke before a figure, either case
                if w in NAME_TITLES and text.startswith(".", word.end):
                    continue  # a title written small with its point, in any case: "RSUD dr. Soetomo"
                if w[:1].islower() and not any(c.isupper() for c in w[1:]):
                    yield Hit(
                        word.start, word.end, {"match": w, "replacement": capitalize(w)}, (capitalize(w),)
                    )

    def _verb(self, words: Sequence[Word], index: int) -> bool:
        before = words[index - 1].text.lower()
        after = words[index + 1].text.lower() if index + 1 < len(words) else ""
        return before in self.verb_before or (after in self.verb_after and not is_verb(before))

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


def _named_in_body(text: str, body: int, words: Sequence[Word], index: int) -> bool:
    """The body writes the particle capitalized between the same two words: part of a name
    ("Perda Kawasan Tanpa Rokok" over "... tentang Kawasan Tanpa Rokok (KTR)")."""
    if not 0 < index < len(words) - 1:
        return False
    phrase = f"{words[index - 1].text} {words[index].text} {words[index + 1].text}"
    return phrase in text[body:]


#: an ordinal written with figures (ke-80): its ke is the house guide's particle
_ORDINAL = LazyPattern(r"[Kk]e-\d+")


def _after_colon(text: str, word: Word) -> bool:
    return text[: word.start].rstrip(" \t" + MASK).endswith((":", "-", "–", "—"))


class RegionBody:
    """A body that a region has one of, named with its region: "pemerintah kota Bogor" is the
    Pemerintah Kota Bogor, its whole name capitalized (EYD V: nama lembaga resmi)."""

    def __init__(self, heads: Collection[str], regions: Collection[str]):
        if not heads or not regions:
            raise ValueError("`heads` and `regions` must not be empty")
        self.heads = {h.lower() for h in heads}
        self.regions = {r.lower() for r in regions}

    def check(self, doc: Document) -> Iterator[Hit]:
        words, lowers, text = doc.words, doc.lowers, doc.prose
        for i in doc.indices(self.heads):
            if i + 2 >= len(words) or lowers[i + 1] not in self.regions:
                continue
            # its short form may stand before the region's name: "pemerintah kota (Pemkot) Bogor"
            n = _past_short_form(text, words, i + 2)
            head, region, name = words[i], words[i + 1], words[n]
            if not (_adjacent(text, head, region) and (n > i + 2 or _adjacent(text, region, name))):
                continue
            # the region's name follows, capitalized and no shouted headline
            if not name.text[:1].isupper() or name.text.isupper():
                continue
            if lowers[i + 1] != "desa" and not self._indonesian(name.text):
                continue  # "pemerintah kota Delhi": another country's city, described
            block = doc.block_at(head.start)
            if block is not None and block.kind in TITLE_BLOCKS:
                continue  # a title capitalizes by its own rule
            if _is_capitalized(region.text) and (_is_capitalized(head.text) or opening(text, head.start)):
                continue  # written right, or a sentence's own capital on the head
            written = text[head.start : region.end]
            proper = f"{capitalize(head.text)} {capitalize(region.text)}"
            args = {"match": written, "replacement": proper, "name": name.text}
            yield Hit(head.start, region.end, args, (proper,))

    @staticmethod
    def _indonesian(name: str) -> bool:
        """A province, regency or city of Indonesia the lexicon knows (a village may be any)."""
        lex = lexicon()
        return lex.is_area(name) or lex.notable_name(name) is not None


class GenericBeforeName:
    """The common noun before a language's or a people's name capitalized inside a sentence:
    "dalam Bahasa Jawa" -> bahasa Jawa, "warga Suku Dayak" -> suku Dayak (EYD V: the name is
    capitalized, the word that says what it names is not)."""

    def __init__(
        self,
        generics: Collection[str],
        names: Collection[str],
        not_after: Collection[str] = (),
        fix: bool = False,
    ):
        if not generics or not names:
            raise ValueError("`generics` and `names` must not be empty")
        self.fix = fix
        self.generics = {g.lower() for g in generics}
        self.names = frozenset(names)
        # words after which the phrase is the name of a school subject or a course, which house
        # styles capitalize: "pelajaran Bahasa Inggris", "jurusan Bahasa Jepang"
        self.not_after = {w.lower() for w in not_after}

    def check(self, doc: Document) -> Iterator[Hit]:
        words, lowers, text = doc.words, doc.lowers, doc.prose
        for i in doc.indices(self.generics):
            if i == 0 or i + 1 >= len(words):
                continue
            before, generic, name = words[i - 1], words[i], words[i + 1]
            if not (_is_capitalized(generic.text) and generic.text[1:].islower()):
                continue
            if name.text not in self.names or not _adjacent(text, generic, name):
                continue
            # a lower-case word right before it: no name of a body ("Balai Bahasa Jawa
            # Tengah"), and no sentence's start, which may open one ("Pusat Bahasa ...")
            if not (before.text.islower() and _adjacent(text, before, generic)):
                continue
            if lowers[i - 1] in self.not_after:
                continue
            after = words[i + 2] if i + 2 < len(words) else None
            if after is not None and _is_capitalized(after.text) and _adjacent(text, name, after):
                continue  # a longer name: a period of a language ("Bahasa Spanyol Abad Pertengahan")
            block = doc.block_at(generic.start)
            if block is not None and block.kind in TITLE_BLOCKS:
                continue
            small = generic.text.lower()
            args = {"match": generic.text, "replacement": small, "name": name.text}
            yield Hit(generic.start, generic.end, args, (small,), small if self.fix else None)


CHECK_TYPES: dict[str, type] = {
    "generic-before-name": GenericBeforeName,
    "region-body": RegionBody,
    "proper-case": ProperCase,
    "title-before-name": TitleBeforeName,
    "geographic-name": GeographicName,
    "sentence-start": SentenceStart,
    "lowercase-name": LowercaseName,
    "headline-case": HeadlineCase,
    "document-title": DocumentTitle,
    "common-after": CommonAfter,
}
