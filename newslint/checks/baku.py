"""Standard-word check types (KBBI V): non-standard spellings and their affixed forms, and the
meN-/peN- forms that keep a k, p, t or s the prefix should have melted (mempengaruhi)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Iterator, Mapping

from newslint.checks.capital import doc_index, locate, opening
from newslint.checks.lazy import LazyPattern
from newslint.checks.naming import transliteration_key
from newslint.checks.patterns import WordMemo, match_case
from newslint.checks.punctuation import inside, quoted_spans
from newslint.document import MASK, TITLE_BLOCKS, Block, BlockKind, Document, Word
from newslint.lexicon import Lexicon, lexicon
from newslint.lexicon.morphology import VOWELS, Analysis, affix_readings, nasal, strip_clitics, syllables
from newslint.rules import Hit

#: Tokens longer than this are no words (hashes, run-together junk) and are not analysed.
MAX_WORD = 40
#: Below this many letters a stem inside an affixed word is too short to trust (sop -> sopan).
MIN_AFFIXED_STEM = 4


def _takes_short(stem: str) -> bool:
    # ber-/ter-/per- lose their r before r and before a closed first syllable in -er (bekerja,
    # berisiko, terasa, tepercaya: KBBI V)
    return stem[:1] == "r" or re.match(r"^[^aeiou]?[aeiou]r(?![aeiou])", stem) is not None


def attach(chain: str, stem: str, suffix: str = "", clitic: str = "") -> str:
    """The surface form of prefixes (`chain`, "meN+per"), stem, suffix and clitics."""
    word = stem
    inner = ""
    for prefix in reversed([p for p in chain.split("+") if p]):
        if prefix in ("meN", "peN") and inner == "per":
            word = prefix[:2] + "m" + word  # memper-, pemer-: the p of per- never melts
        elif prefix == "meN":
            word = nasal("me", word)
        elif prefix == "peN":
            word = nasal("pe", word)
        elif prefix in ("ber", "ter", "per"):
            word = (prefix[:2] if _takes_short(word) else prefix) + word
        else:
            word = prefix + word
        inner = prefix
    return word + suffix + clitic


def active_of(reading: Analysis) -> str | None:
    """The meN- active of a di- passive reading, any inner prefix kept (diperkirakan:
    memperkirakan); None for a reading that is no di- passive."""
    chain = reading.prefix.split("+")
    if chain[0] != "di":
        return None
    return attach("+".join(["meN", *chain[1:]]), reading.stem, reading.suffix)


#: what follows a word: blanks, then a word (apostrophes inside: Ma'ruf), or a comma or bracket
_NEXT = LazyPattern(r"[ \t]*(?:([^\W\d_][\w'’-]*)|([,(]))")


#: the word right before an offset, one space apart
_LAST_WORD = LazyPattern(r"([^\W\d_]+) $")


def _next_token(doc: Document, end: int) -> str:
    """The word, comma or bracket right after the word ending at `end` ("" for none, or inside
    a title-case block, where a capital says nothing: a headline, or a subheading whose longer
    words are all capitalized; "2. Rizki Maulana menjadi pemandu" is in sentence case)."""
    following = _NEXT.match(doc.prose, end)
    if following is None or any(
        b.kind in TITLE_BLOCKS and b.start <= end <= b.end and _title_cased(doc, b) for b in doc.blocks
    ):
        return ""
    return following.group(1) or following.group(2)


_LONG_SMALL_WORD = LazyPattern(r"\b[a-z]{4,}\b")


def _title_cased(doc: Document, block: Block) -> bool:
    # (a headline keeps some longer words small, "agar", "untuk": it is title case all the same)
    if block.kind not in (BlockKind.SECTION, BlockKind.HEADING):
        return True
    return _LONG_SMALL_WORD.search(doc.prose, block.start, block.end) is None


_PREVIOUS = LazyPattern(r"(\S+)[ \t]+$")
# words after "lalu" that make it "ago", not "then": "8 Nopember lalu di balai desa"
_AFTER_AGO = frozenset({"di", "ke", "dari", "pada", "saat", "ketika", "dan", "itu", "ini"})


def _named_inside(doc: Document, start: int, end: int, following: str) -> bool:
    """The draft also writes the word (with the capitalized word after it, if one follows)
    inside a sentence, where a capital marks a name: "Standard Chartered memperkirakan ..."
    after "... bank Standard Chartered ...", "Mashuri menuturkan" after "ketua kelompok,
    Mashuri (52)"; not in a title-case block, where every word has a capital."""
    text = doc.prose
    name = re.escape(text[start:end]) + (f" {re.escape(following)}" if following[:1].isupper() else "")
    pattern = re.compile(rf"(?<![\w-]){name}(?![\w-])")
    for m in pattern.finditer(text):
        at = m.start()
        if at == start or opening(text, at):
            continue
        if not any(b.kind in TITLE_BLOCKS and b.start <= at < b.end for b in doc.blocks):
            return True
    return False


def _variant_named_inside(doc: Document, start: int, low: str) -> bool:
    """The draft writes a name spelled like the given name at `start` but for i/y and the like
    inside a sentence ("anaknya, Rizky," before "Rizki yang kini kuliah ..."): the same person."""
    key = transliteration_key(low)
    text = doc.prose
    return any(
        w.start != start
        and w.text[:1].isupper()
        and transliteration_key(w.text.lower()) == key
        and not opening(text, w.start)
        and not any(b.kind in TITLE_BLOCKS and b.start <= w.start < b.end for b in doc.blocks)
        for w in doc.words
    )


#: a street, a building or a school named after a title holder: its name keeps its spelling
_PLACE_BEFORE = LazyPattern(
    r"\b(?:Jalan|Jl\.|Jln\.|Gang|Gg\.|Masjid|Musala|Pondok|Pesantren|Ponpes|Madrasah|Universitas|Institut|"
    r"Sekolah|Stadion|Gedung|Makam|Taman|Bandara|Pelabuhan|Rumah Sakit|RS|RSUD|Yayasan) +$"
)


class StandardWord:
    """Non-standard spellings from a reviewed map, bare or affixed (dirubah -> diubah).

    A capitalized word inside a sentence is a name (Firman, Bank Central Asia) and is left
    alone, unless it is one of the `heads`, the offices and bodies that head a name
    (Kementrian Pertanian): an official name is spelled the standard way. `affixed_only` keys
    are valid words of their own (rubah, a fox) and count only inside an affixed form;
    `lowercase_only` keys collide with abbreviations or places (SOP, Goa) and count only when
    written in lower case. With `skip_quotes`, quoted speech keeps its register. With
    `joined_only`, only the map's compounds written apart count (barang kali -> barangkali).

    The first word of a sentence or of a list item ("- Resiko banjir") is checked, but a key
    that is also a common given name (`given_names`: Rizki, Sholeh) is a person's name there
    when a capitalized word, a comma or a bracket follows it (Rizki Pratama, Rizki (10)), and so
    is a word the draft also writes with the same capitalized word after it inside a sentence
    (Standard Chartered). A head before a capitalized word is a title, at a start too (Walikota
    Bogor -> Wali Kota).
    """

    def __init__(
        self,
        swap: Mapping[str, str],
        fix: bool = False,
        affixed_only: Collection[str] = (),
        lowercase_only: Collection[str] = (),
        skip_quotes: bool = False,
        morphology: bool = True,
        heads: Collection[str] = (),
        given_names: Collection[str] = (),
        person_before: Collection[str] = (),
        speech: Collection[str] = (),
        acts: Collection[str] = (),
        kept: Collection[str] = (),
        joined_only: bool = False,
    ):
        if joined_only:
            # a compound written apart (apa bila, barang kali) is a spacing slip: a rule of that
            # category takes these entries of a map that holds spellings of every kind
            swap = {k: v for k, v in swap.items() if " " in k.strip() and " " not in v.strip()}
        if not swap:
            raise ValueError("`swap` must not be empty")
        # fixed phrases a listed word is right in: "abdi dalem" (a court servant) keeps its dalem
        self.kept = {" ".join(k.lower().split()) for k in kept}
        lists = {"affixed-only": affixed_only, "lowercase-only": lowercase_only, "heads": heads}
        for name, value in {**lists, "given-names": given_names}.items():
            if isinstance(value, str):
                raise ValueError(f"`{name}` must be a list of words")
        self.swap = {k.lower(): v for k, v in swap.items()}
        self.phrases = {" ".join(k.split()): v for k, v in self.swap.items() if " " in k}
        self.fix = fix
        self.affixed_only = {w.lower() for w in affixed_only}
        # offices and bodies that head a name (Kementrian Pertanian): capitalized, still flagged
        self.heads = {w.lower() for w in heads}
        # keys that are also given names: at a start before a name's next word, a person
        self.given_names = {w.lower() for w in given_names}
        # words before a person's name: "kata Ramadhan", "oleh Ramadhan", "dan Ramadhan"
        self.person_before = {w.lower() for w in person_before}
        # ... or before a verb of saying ("Rizki menambahkan, ...")
        self.speech = {w.lower() for w in speech}
        # ... or before an adverb that leads the person's next act, a verb after it ("Rizki
        # kemudian menendang"; "Ramadhan lalu, ..." is last Ramadan)
        self.acts = {w.lower() for w in acts}
        self.lowercase_only = {w.lower() for w in lowercase_only}
        self.skip_quotes = skip_quotes
        self.morphology = morphology
        self._cache: dict[str, str | None] = {}
        self._memo = WordMemo()
        # an affixed form can hide a listed word only if it holds the word (dirubah: rubah) or
        # the word with a melted first consonant (menauladani: tauladan): cheap to rule out
        self._triggers: dict[str, list[str]] = {}
        for key in self.swap:
            if " " in key or len(key) < MIN_AFFIXED_STEM:
                continue
            for trigger in {key, key[1:]} if key[0] in "kpts" and key[1:2] in VOWELS else {key}:
                self._triggers.setdefault(trigger[:3], []).append(trigger)
        self.phrase_parts = {k: frozenset(k.split()) for k in self.phrases}

    def check(self, doc: Document) -> Iterator[Hit]:
        lex = lexicon() if self.morphology else None
        variants = self._memo.matching(
            doc.vocabulary, lambda v: len(v) <= MAX_WORD and self.standard(v, lex) is not None
        )
        quotes: list[tuple[int, int]] | None = None
        if variants:
            words = doc.words
            for word in [words[i] for i in locate(doc, variants)]:
                target = self.standard(word.text, lex)
                if target is None:
                    continue
                if quotes is None:
                    quotes = quoted_spans(doc) if self.skip_quotes else []
                hit = self._hit(doc, word.start, word.end, word.text, target, quotes)
                if hit is not None:
                    yield hit
        for start, end in self._phrases(doc):
            found = doc.prose[start:end]
            target = self.phrases[" ".join(found.lower().split())]
            if quotes is None:
                quotes = quoted_spans(doc) if self.skip_quotes else []
            hit = self._hit(doc, start, end, found, target, quotes)
            if hit is not None:
                yield hit

    def _phrases(self, doc: Document) -> Iterator[tuple[int, int]]:
        """Spans of the listed phrases (antar negara, dari pada), found word by word."""
        vocabulary = doc.vocabulary
        candidates = [p for p, parts in self.phrase_parts.items() if parts <= vocabulary]
        if candidates:
            squeezed = doc_index(doc).squeezed
            candidates = [p for p in candidates if p in squeezed]
        if not candidates:
            return
        by_first: dict[str, list[list[str]]] = {}
        for phrase in sorted(candidates, key=len, reverse=True):
            parts = phrase.split()
            by_first.setdefault(parts[0], []).append(parts)
        words, text = doc.words, doc.prose
        done = 0
        for k in locate(doc, by_first):
            if k < done or (words[k].start and text[words[k].start - 1] == MASK):
                continue
            for parts in by_first[words[k].text.lower()]:
                run = words[k : k + len(parts)]
                if (
                    len(run) == len(parts)
                    and all(w.text.lower() == part for w, part in zip(run, parts, strict=True))
                    and all(text[a.end : b.start].isspace() for a, b in itertools.pairwise(run))
                    and text[run[-1].end : run[-1].end + 1] != MASK
                ):
                    done = k + len(parts)
                    yield run[0].start, run[-1].end
                    break

    def _in_kept_phrase(self, doc: Document, start: int, end: int, low: str) -> bool:
        """The word at start:end is part of a kept phrase with the word before or after it."""
        before = _LAST_WORD.search(doc.prose, max(0, start - 30), start)
        after = _next_token(doc, end)
        return (before is not None and f"{before.group(1).lower()} {low}" in self.kept) or (
            f"{low} {after.lower()}" in self.kept
        )

    def _alone(self, doc: Document, start: int, end: int) -> bool:
        """The word at `start`-`end` stands among lowercase words, as no person's name does: no
        capitalized word, bracket or comma beside it, no speech word before it or after it."""
        before = _PREVIOUS.search(doc.prose, max(0, start - 30), start)
        if before is None:
            return False
        previous = before.group(1)
        lowercase = (previous.islower() and previous.isalpha()) or previous.isdigit()
        if not lowercase or previous in self.person_before:
            return False
        if previous == "bulan":
            return True  # the month's own name, whatever follows it: "bulan Ramadhan, jam buka ..."
        following = _next_token(doc, end)
        if not following or following in ",(" or following[:1].isupper():
            return False
        if following.lower() in self.acts:
            return not self._act_after(doc, end)
        return following.lower() not in self.speech

    @staticmethod
    def _act_after(doc: Document, end: int) -> bool:
        """The adverb after the word ending at `end` leads a lower-case word (a verb): "Ramadhan
        lalu menendang" is a person's act, "Nopember lalu di balai desa" a time gone by."""
        adverb = _NEXT.match(doc.prose, end)
        after = _next_token(doc, adverb.end()) if adverb is not None else ""
        return after[:1].islower() and after not in _AFTER_AGO

    def _hit(
        self, doc: Document, start: int, end: int, found: str, target: str, quotes: list[tuple[int, int]]
    ) -> Hit | None:
        if self.kept and self._in_kept_phrase(doc, start, end, found.lower()):
            return None
        capitalized = found[:1].isupper()
        at_start = opening(doc.prose, start)
        proper_phrase = " " in found.strip() and target[:1].isupper()  # Idul Fitri -> Idulfitri
        # a name: Firman, Bank Central Asia, Pasar Senen; but a proper noun's own misspelling
        # standing alone among lowercase words is that noun ("pekan pertama Ramadhan tahun ini":
        # Ramadan), where a person has a name beside it or a speech word before it
        if (
            capitalized
            and not at_start
            and not proper_phrase
            and found.lower() not in self.heads
            and not (target[:1].isupper() and self._alone(doc, start, end))
        ):
            return None
        if capitalized and _PLACE_BEFORE.search(doc.prose, max(0, start - 12), start):
            return None  # a title inside a street's or a building's name: Jalan Kyai Saleh
        low = found.lower()
        following = _next_token(doc, end) if capitalized and at_start else ""
        if following and low not in self.heads:
            # a person opens the sentence or the list item (Rizki Ramadhan meraih ..., Rizki
            # (22), Rizki menambahkan); before a comma only if the standard form is no name itself
            # (Ramadhan, bulan suci -> Ramadan); or a pair the draft names elsewhere
            comma = following == "," and not target[:1].isupper()
            named = (
                following[:1].isupper()
                or following == "("
                or comma
                or following.lower() in self.speech
                or (following.lower() in self.acts and self._act_after(doc, end))
            )
            # (a word alone named inside a sentence counts unless its standard form is a name
            # too: "bulan Ramadhan" is the month misspelled, not a person)
            alone = not target[:1].isupper()
            pair = following[:1].isupper()
            # (a given name spelled another way inside a sentence is the same person's)
            variant = alone and low in self.given_names and _variant_named_inside(doc, start, low)
            if (low in self.given_names and (named or variant)) or (
                (pair or alone) and _named_inside(doc, start, end, following)
            ):
                return None
        if quotes and inside(quotes, start):
            return None
        replacement = match_case(found, target)
        before_a_name = following[:1].isupper() and low in self.heads
        if capitalized and " " in target and (not at_start or before_a_name):
            # a head before a name is a title: Walikota Bogor -> Wali Kota Bogor (EYD V)
            replacement = " ".join(w[:1].upper() + w[1:] for w in target.split(" "))
        # at a sentence start a capital may still be a name: suggest, do not rewrite
        fix = replacement if self.fix and not capitalized else None
        return Hit(start, end, {"match": found, "replacement": replacement}, (replacement,), fix)

    def standard(self, text: str, lex: Lexicon | None) -> str | None:
        """The standard form of one word token, or None when it is not a listed variant."""
        low = text.lower()
        if low in self.lowercase_only and text != low:
            return None
        if low in self._cache:
            return self._cache[low]
        result: str | None = None
        if low in self.swap and low not in self.affixed_only:
            result = self.swap[low]
        elif lex is not None and "-" not in low and self._may_hide_a_key(low):
            result = self._affixed(low, lex)
        self._cache[low] = result
        return result

    def _may_hide_a_key(self, low: str) -> bool:
        for i in range(len(low) - 2):
            for trigger in self._triggers.get(low[i : i + 3], ()):
                if low.startswith(trigger, i):
                    return True
        return False

    def _affixed(self, low: str, lex: Lexicon) -> str | None:
        # a listed word with only a clitic (jamannya, nasehatnya) is that word, whatever else the
        # form might parse as (jam-an-nya)
        for base, clitic in strip_clitics(low):
            target = self.swap.get(base) if clitic and base not in self.affixed_only else None
            if target is not None and " " not in target and not target[:1].isupper():
                return target + clitic
        # a form the lexicon attests over another stem is a word of its own: perubahan = per-ubah-an
        if any(a.attested and a.stem not in self.swap for a in lex.analyse(low)):
            return None
        return affixed_standard(low, self.swap, lex)


def affixed_standard(low: str, swap: Mapping[str, str], lex: Lexicon) -> str | None:
    """The standard form of an affixed form of a listed non-standard word (menyebrangi:
    menyebrang + -i -> menyeberangi), or None; the standard form must be a word."""
    for base, clitic in strip_clitics(low):
        for chain, stem, suffix in affix_readings(base):
            if not (chain or suffix or clitic) or len(stem) < MIN_AFFIXED_STEM:
                continue
            target = swap.get(stem)
            if target is None or " " in target or target[:1].isupper():
                continue
            standard = attach(chain, target, suffix, clitic)
            # the standard affixed form must be a real word (perubahan is not pe+rubah+an)
            if standard != low and lex.known(standard):
                return standard
    return None


class NasalMelting:
    """meN-/peN- before a stem in k, p, t, s + vowel melts that consonant (EYD V, KBBI V):
    mempengaruhi -> memengaruhi, mentaati -> menaati, mengkonsumsi -> mengonsumsi.

    A form also read as memper-/per- + stem (mempercayai, memperhatikan), a word that is a stem
    of its own (mentega), and the forms KBBI keeps unmelted (`exceptions`: mempunyai, mengkaji)
    are left alone; the melted form must be a form the lexicon lists.
    """

    HEADS = LazyPattern(r"^(me|pe)(m(?=p)|n(?=[ts])|ng(?=k))")

    def __init__(self, exceptions: Collection[str] = (), fix: bool = False):
        self.exceptions = {e.lower() for e in exceptions}
        self.fix = fix
        self._cache: dict[str, str | None] = {}
        self._memo = WordMemo()

    def check(self, doc: Document) -> Iterator[Hit]:
        lex = lexicon()
        found = self._memo.matching(doc.vocabulary, lambda v: self._lookup(v, lex) is not None)
        if not found:
            return
        words = doc.words
        for word in [words[i] for i in locate(doc, found)]:
            melted = self._lookup(word.text.lower(), lex)
            if melted is None or self._name(doc, word):
                continue
            replacement = match_case(word.text, melted)
            yield Hit(
                word.start,
                word.end,
                {"match": word.text, "replacement": replacement},
                (replacement,),
                replacement if self.fix and word.text.islower() else None,
            )

    def _lookup(self, low: str, lex: Lexicon) -> str | None:
        if low in self._cache:
            return self._cache[low]
        melted = self.melted(low, lex) if self.HEADS.match(low) and len(low) <= MAX_WORD else None
        self._cache[low] = melted
        return melted

    @staticmethod
    def _name(doc: Document, word: Word) -> bool:
        return word.text[:1].isupper() and not opening(doc.prose, word.start)

    def melted(self, low: str, lex: Lexicon) -> str | None:
        """The melted standard form of an unmelted meN-/peN- word, or None."""
        # (an exception keeps its clitic: mempelajarinya, mempunyainya)
        if "-" in low or any(base in self.exceptions for base, _ in strip_clitics(low)):
            return None
        readings = lex.analyse(low)
        if any(not a.prefix or "per" in a.prefix.split("+") for a in readings):
            return None
        m = self.HEADS.match(low)
        assert m is not None
        head = m.group(1)
        for base, clitic in strip_clitics(low):
            for suffix in ("", "kan", "i"):
                if suffix and not base.endswith(suffix):
                    continue
                stem = base[len(m.group()) : len(base) - len(suffix)]
                if len(stem) < 3 or stem[1:2] not in VOWELS or syllables(stem) < 2 or not lex.is_stem(stem):
                    continue
                candidate = nasal(head, stem) + suffix
                # (or its bare melted verb is: mengetik is listed, mengetikkan only analysed)
                listed = lex.is_listed(candidate) or (
                    suffix != "" and lex.is_listed(nasal(head, stem)) and lex.known(candidate)
                )
                if listed and (base == low or lex.known(candidate + clitic)):
                    return candidate + clitic
        return None


CHECK_TYPES: dict[str, type] = {
    "standard-word": StandardWord,
    "nasal-melting": NasalMelting,
}
