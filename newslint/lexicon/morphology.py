"""Indonesian affix analysis (EYD V): undo clitics, prefixes with nasal assimilation, suffixes
and confixes, so that a form can be traced back to a stem of the lexicon."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import NamedTuple

from newslint import compiled

VOWELS = frozenset("aeiou")

#: Particles come last, possessive pronouns before them: rumah|nya|lah.
PARTICLES = ("lah", "kah", "pun", "tah")
POSSESSIVES = ("nya", "ku", "mu")
PROCLITICS = ("kau", "ku")
SUFFIXES = ("kan", "an", "i")

#: Bound forms EYD V writes joined to the next word (antarkota, pascapanen, nonaktif).
BOUND_PREFIXES = (
    *("antar", "pasca", "pra", "multi", "non", "anti", "pro", "kontra", "sub", "super", "ultra"),
    *("swa", "tuna", "maha", "eka", "dwi", "tri", "catur", "panca", "semi", "neo", "inter", "intra"),
    *("ekstra", "mega", "mikro", "makro", "mini", "trans", "infra", "re", "bio", "geo", "hidro"),
    *("tele", "auto", "purna", "serba", "lintas", "poli", "mono", "pseudo", "kuasi"),
)

#: Which prefix may sit inside which (memper-, diper-, keber-, berpeN-, sepeN-, ...).
INNER: dict[str, frozenset[str]] = {
    "": frozenset({"meN", "di", "ter", "ber", "ke", "se", "peN", "pe", "per"}),
    "meN": frozenset({"per", "ber", "ke"}),
    "di": frozenset({"per", "ber", "ke"}),
    "ter": frozenset({"per", "ke", "se"}),
    "ber": frozenset({"peN", "pe", "ke", "se", "per"}),
    "ke": frozenset({"ber", "ter", "peN", "pe", "se", "per"}),
    "se": frozenset({"peN", "ke", "ber", "per"}),
    "peN": frozenset({"ber", "per"}),
    "pe": frozenset({"ber"}),
    "per": frozenset({"ke", "se"}),
}

#: Suffixes each outermost prefix combines with ("" = the suffix alone, e.g. rincian, lakukan).
CONFIX: dict[str, frozenset[str]] = {
    "": frozenset({"", "kan", "an", "i"}),
    "meN": frozenset({"", "kan", "i"}),
    "di": frozenset({"", "kan", "i"}),
    "ter": frozenset({"", "kan", "i"}),
    "ber": frozenset({"", "an", "kan"}),
    "ke": frozenset({"", "an", "i"}),
    "se": frozenset({"", "an"}),
    "peN": frozenset({"", "an"}),
    "pe": frozenset({"", "an"}),
    "per": frozenset({"", "an", "kan", "i"}),
}

# a first syllable in -er (ker-ja, ser-ta, ter-nak, per-caya): ber-/per-/ter- lose their r before it
_ER_SYLLABLE = compiled.compile(r"^[^aeiou]?er[^aeiou]")


class Analysis(NamedTuple):
    """One way to read a word: its stem and the affixes around it.

    `prefix` joins stacked prefixes with "+" in reading order ("meN+per"); `suffix` is one of
    kan, i, an (or a combining final such as sida, after a whole word); `clitic` the
    enclitics ("nya", "nyalah"); `proclitic` ku or kau.
    `attested` means the lexicon lists this affixed form (or stem) itself, rather than the
    analyser building it from general rules; `reduplicated` marks kata-kata, berlari-larian.
    """

    stem: str
    prefix: str = ""
    suffix: str = ""
    clitic: str = ""
    proclitic: str = ""
    reduplicated: bool = False
    attested: bool = False


_CLITICS = ("nya", "lah", "kah", "pun", "ku", "mu")


def without_clitic(word: str) -> str:
    """`word` less one clitic at its end, the base kept three letters or more (sambelnya ->
    sambel, dimainkannya -> dimainkan), or `word` itself."""
    # checks ask this of every word of a draft, and most end in no clitic: one call says so
    if word.endswith(_CLITICS):
        for clitic in _CLITICS:
            if word.endswith(clitic) and len(word) - len(clitic) >= 3:
                return word[: -len(clitic)]
    return word


_ENCLITICS = (*PARTICLES, *POSSESSIVES)


def strip_clitics(word: str) -> Iterator[tuple[str, str]]:
    """(base, enclitics) readings of a word, the bare word first."""
    yield word, ""
    if not word.endswith(_ENCLITICS):
        # most words: one test says no particle or possessive ends them
        return
    for particle in PARTICLES:
        if word.endswith(particle) and len(word) - len(particle) >= 2:
            base = word[: -len(particle)]
            yield base, particle
            for pos in POSSESSIVES:
                if base.endswith(pos) and len(base) - len(pos) >= 2:
                    yield base[: -len(pos)], pos + particle
    for pos in POSSESSIVES:
        if word.endswith(pos) and len(word) - len(pos) >= 2:
            yield word[: -len(pos)], pos


#: the stem of more than one syllable that standard copy writes with menge-/penge- all the same
#: (mengetahui, pengetahuan)
_NGE_STEMS = frozenset({"tahu"})


def _nasal(word: str, head: str) -> list[str]:
    """Stems a meN-/peN- form (head "me" or "pe") may come from, undoing nasal assimilation."""
    if not word.startswith(head):
        return []
    out: list[str] = []
    rest = word[len(head) :]
    if rest.startswith("nge") and len(rest) >= 5 and (syllables(rest[3:]) == 1 or rest[3:] in _NGE_STEMS):
        # menge-/penge- before one-syllable stems only (EYD V): mengebom, pengecatan; "pengeduta"
        # is no peN- + duta
        out.append(rest[3:])
    if rest.startswith("ny") and len(rest) > 3:
        out.append("s" + rest[2:])  # menyapu <- sapu
    if rest.startswith("ng") and len(rest) > 3:
        tail = rest[2:]
        if tail[0] in VOWELS or tail[0] in "ghk":
            out.append(tail)  # mengambil, menggali, menghapus, mengkritik
        if tail[0] in VOWELS:
            out.append("k" + tail)  # mengirim <- kirim
    if rest.startswith("m") and len(rest) > 2:
        tail = rest[1:]
        if tail[0] in "bfvp":
            out.append(tail)  # membaca, memfitnah, memproduksi
        if tail[0] in VOWELS:
            out.append("p" + tail)  # memukul <- pukul
    if rest.startswith("n") and len(rest) > 2:
        tail = rest[1:]
        if tail[0] in "cdjzts":
            out.append(tail)  # mencari, mendengar, mentransfer, mensyukuri
        if tail[0] in VOWELS:
            out.append("t" + tail)  # menulis <- tulis
    if rest[:1] in ("l", "m", "n", "r", "w", "y") and len(rest) > 2:
        out.append(rest)  # melihat, memasak, menanti, merasa, mewarnai, menyanyi, menganga
    return out


def syllables(word: str) -> int:
    return len(re.findall(r"[aeiou]", word))


def nasal(head: str, stem: str) -> str:
    """meN-/peN- (head "me" or "pe") attached to `stem` with EYD V's nasal rules."""
    first, second = stem[:1], stem[1:2]
    melts = second in VOWELS
    if syllables(stem) == 1:
        return head + "nge" + stem  # mengebom, pengecatan
    if first in VOWELS or first in "gh":
        return head + "ng" + stem
    if first == "k":
        return head + "ng" + (stem[1:] if melts else stem)
    if first in "bfv":
        return head + "m" + stem
    if first == "p":
        return head + "m" + (stem[1:] if melts else stem)
    if first in "cdjz":
        return head + "n" + stem
    if first == "t":
        return head + "n" + (stem[1:] if melts else stem)
    if first == "s":
        return head + ("ny" + stem[1:] if melts else "n" + stem)
    return head + stem  # l, m, n, r, w, y, ny, ng


#: the first two letters of every prefix: a layer is sought only in words that start so, which
#: most strings (and most stems left by an outer layer) do not
_PREFIX_HEADS = frozenset({"me", "pe", "be", "te", "di", "ke", "se"})
_NO_PREFIX: frozenset[str] = frozenset()


def _prefixes(word: str, allowed: frozenset[str]) -> list[tuple[str, str]]:
    """(prefix, remainder) for one prefix layer of `word`, in the order meN, peN, ber, ter, per,
    di, ke, se, pe (each prefix's branches tested only for the words that start like it)."""
    head = word[:2]
    if head not in _PREFIX_HEADS:
        return []
    if head == "me":
        return [("meN", stem) for stem in _nasal(word, "me")] if "meN" in allowed else []
    out: list[tuple[str, str]] = []
    if head == "pe" and "peN" in allowed:
        out = [("peN", stem) for stem in _nasal(word, "pe")]
    prefix = _R_PREFIXES.get(head)
    if prefix is not None and prefix in allowed:
        if word[2:3] == "r" and len(word) > 4:
            rest = word[3:]
            # *berkerja, *perserta: EYD writes bekerja, peserta (ter- varies: terpercaya); all
            # three lose their r before a stem's r (berencana, terendam: no *terrendam)
            if rest[0] != "r" and (prefix == "ter" or not _ER_SYLLABLE.match(rest)):
                out.append((prefix, rest))
        if len(word) > 4:
            rest = word[2:]
            # be-/te-/pe- before r and before a first syllable in -er: berencana, bekerja, tepercaya
            if rest[0] == "r" or _ER_SYLLABLE.match(rest):
                out.append((prefix, rest))
        if prefix != "per" and word[2:3] == "l":
            rest = word[3:]  # belajar, telanjur
            if rest in ("ajar", "anjur"):
                out.append((prefix, rest))
    if head in _PLAIN_PREFIXES and head in allowed and len(word) > 4:
        out.append((head, word[2:]))
    return out


# the prefixes with an r (ber-, ter-, per-) under their first two letters, and the plain ones
_R_PREFIXES = {"be": "ber", "te": "ter", "pe": "per"}
_PLAIN_PREFIXES = frozenset({"di", "ke", "se", "pe"})


def _layers(word: str, outer: str, depth: int) -> list[tuple[tuple[str, ...], str]]:
    """(prefix chain, remainder) for up to `depth` stacked prefixes, the bare word first."""
    out: list[tuple[tuple[str, ...], str]] = [((), word)]
    if depth and word[:2] in _PREFIX_HEADS:
        for prefix, rest in _prefixes(word, INNER.get(outer, _NO_PREFIX)):
            for chain, core in _layers(rest, prefix, depth - 1):
                out.append(((prefix, *chain), core))
    return out


_ALL_SUFFIXES = ("", *SUFFIXES)
#: the outermost prefixes each suffix combines with (the bare stem takes any suffix)
_OUTER_WITH: dict[str, frozenset[str]] = {
    suffix: frozenset(p for p in INNER[""] if suffix in CONFIX[p]) for suffix in _ALL_SUFFIXES
}
#: ... and those a proclitic (ku-, kau-) allows besides: per- alone
_OUTER_AFTER_PROCLITIC: dict[str, frozenset[str]] = {
    suffix: prefixes & {"per"} for suffix, prefixes in _OUTER_WITH.items()
}


def _readings(base: str, proclitic: bool = False) -> list[tuple[str, str, str]]:
    """affix_readings, repeats and all; with `proclitic`, only those a proclitic goes with (no
    prefix, or per- alone). Only the outer prefixes a suffix combines with are sought, where
    every chain used to be built and then dropped."""
    out: list[tuple[str, str, str]] = []
    allowed_by_suffix = _OUTER_AFTER_PROCLITIC if proclitic else _OUTER_WITH
    depth = 0 if proclitic else 2
    for suffix in _ALL_SUFFIXES:
        if suffix:
            if not (base.endswith(suffix) and len(base) - len(suffix) >= 2):
                continue
            body = base[: len(base) - len(suffix)]
        else:
            body = base
        if len(body) >= 2:
            out.append(("", body, suffix))
        if body[:2] not in _PREFIX_HEADS:
            continue
        for prefix, rest in _prefixes(body, allowed_by_suffix[suffix]):
            for chain, core in _layers(rest, prefix, depth):
                if len(core) >= 2:
                    out.append(("+".join((prefix, *chain)), core, suffix))
    return out


def affix_readings(base: str) -> Iterator[tuple[str, str, str]]:
    """(prefix chain, stem candidate, suffix) readings of a clitic-free form, bare first."""
    return iter(dict.fromkeys(_readings(base)))


def analyse_simple(
    word: str,
    is_stem: Callable[[str], bool],
    is_form: Callable[[str], bool],
    is_compound: Callable[[str], bool] | None = None,
) -> list[Analysis]:
    """Readings of an unhyphenated lowercase word whose stem passes `is_stem`.

    `is_form` says whether the lexicon lists a (clitic-free) form itself; `is_compound` accepts
    a joined compound stem under a confix only (disalahgunakan, but not salahguna alone).
    """
    out: list[Analysis] = []
    for proclitic, body in _proclitic_readings(word):
        for base, clitic in strip_clitics(body):
            listed = is_form(proclitic + base)
            found = False
            # ku-/kau- go with bare or per- verb forms only: kuambil, kauperhatikan. A reading
            # met twice is appended twice and dropped by _dedupe, which keeps the first
            for prefix, stem, suffix in _readings(base, bool(proclitic)):
                if is_stem(stem) or (prefix and suffix and is_compound is not None and is_compound(stem)):
                    # positional: a NamedTuple made with keywords costs several times as much
                    out.append(Analysis(stem, prefix, suffix, clitic, proclitic, False, listed))
                    found = True
            if listed and not found:
                out.append(Analysis(base, "", "", clitic, proclitic, False, True))
    return _dedupe(out)


def _proclitic_readings(word: str) -> Iterator[tuple[str, str]]:
    yield "", word
    for proclitic in PROCLITICS:
        if word.startswith(proclitic) and len(word) > len(proclitic) + 2:
            yield proclitic, word[len(proclitic) :]


def _dedupe(items: list[Analysis]) -> list[Analysis]:
    if len(items) < 2:
        # most words: none or one reading, nothing to order
        return items
    seen: set[Analysis] = set()
    out = []
    # attested readings first, then the fewest affixes
    for item in sorted(items, key=lambda a: (not a.attested, _weight(a))):
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out


def _weight(a: Analysis) -> int:
    return len(a.prefix.split("+")) * bool(a.prefix) + bool(a.suffix) + bool(a.clitic) + bool(a.proclitic)


def analyse_hyphenated(word: str, analyse: Callable[[str], list[Analysis]]) -> list[Analysis]:
    """Reduplication (kata-kata, sehari-hari, berlari-larian, tembak-menembak) of a hyphenated word.

    Other compounds (Asia-Pasifik, bolak-balik) are the lexicon's business: it checks each part.
    """
    parts = word.split("-")
    if len(parts) != 2 or not parts[0] or not parts[1]:
        return []
    left, right = parts
    out: list[Analysis] = []
    # clitics hang on the second half: anak-anaknya
    for right_base, clitic in strip_clitics(right):
        if left == right_base:
            for a in analyse(left):
                if not a.clitic:
                    out.append(Analysis(a.stem, a.prefix, a.suffix, clitic, a.proclitic, True, a.attested))
            continue
        lefts = {a.stem: a for a in analyse(left) if not a.clitic and not a.suffix}
        if not lefts:
            continue
        for b in analyse(right_base):
            if b.clitic:
                continue
            found = lefts.get(b.stem)
            if found is None:
                continue
            a = found
            prefix = a.prefix or b.prefix
            suffix = b.suffix or a.suffix
            out.append(Analysis(b.stem, prefix, suffix, clitic, a.proclitic, True, a.attested and b.attested))
        # menembak-nembak: the second half repeats the first without me-; menutup-nutupi,
        # menakut-nakuti: with the verb's suffix on the second half
        if left.startswith("me") and right_base.startswith(left[2:]):
            suffix = right_base[len(left) - 2 :]
            if suffix in ("", "i", "kan"):
                out.extend(
                    Analysis(a.stem, a.prefix, a.suffix, clitic, a.proclitic, True, a.attested)
                    for a in analyse(left + suffix)
                    if not a.clitic
                )
    return _dedupe(out)
