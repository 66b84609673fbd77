"""Rebuild dictionaries/lexicon/ from hunspell-id, wordfreq, pyspellchecker, Babel and our own lists.

    .venv/bin/python tools/build_lexicon.py [--hunspell DIR] [--out DIR]

Inputs (build time only; the runtime never imports wordfreq or Babel):
- hunspell-id 2.3.0 (LGPL-3.0): stems, the forms its affix rules generate (clitics are left to
  the runtime analyser, which strips them generically), multiword entries as joined compounds,
  and its capitalized entries as names;
- wordfreq 3.x Indonesian "small" list (CC BY-SA 4.0): a zipf table;
- pyspellchecker's English frequency list (MIT): English words, for loanwords and quoted terms;
- Babel's CLDR data (Unicode licence): country, territory, language, day and month names in
  Indonesian and English;
- idn-area-data 4.0.1 (ODbL 1.0): the names of Indonesia's regencies, cities and districts
  (kecamatan), from the Home Affairs ministry's decree;
- dictionaries/lexicon/src/*.txt: our own lists (places, institutions, post-2019 words).
Outputs: stems.txt, forms.txt, compounds.txt, names.txt, notable.txt, wilayah.txt, freq.tsv,
english.txt and the hunspell COPYING. The output is deterministic: sorted, one entry per line
(freq.tsv: one line per zipf value, its words after a tab).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import shutil
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_HUNSPELL = REPO / "tools" / "sources" / "hunspell-id-2.3.0"
DEFAULT_OUT = REPO / "dictionaries" / "lexicon"
DEFAULT_AREAS = REPO / "tools" / "sources" / "idn-area-data-4.0.1"
# the compounds the affixed-compound rule knows: the analyser reads them under a confix too
DEFAULT_COMPOUNDS = REPO / "dictionaries" / "gabungan-kata.txt"

# Clitic suffix classes of hunspell-id: the runtime strips clitics itself, so expanding them
# would only multiply the shipped forms by ten.
CLITIC_FLAGS = frozenset({"l0", "n0", "nl", "o0"})
PLAIN_SUFFIXES = frozenset({"an", "i", "kan"})
CLITICS = ("lah", "kah", "ku", "mu", "nya")

#: pyspellchecker's list starts at a count of 50; everything in it is taken.
ENGLISH_MIN_COUNT = 50
#: Indonesian zipf floor for the frequency table (wordfreq's small list starts near 3.0).
ZIPF_FLOOR = 1.0


@dataclass(frozen=True)
class AffixEntry:
    """One PFX/SFX line: strip, add, continuation flags and the condition as a regex."""

    strip: str
    add: str
    cont: frozenset[str]
    condition: re.Pattern[str]


@dataclass(frozen=True)
class AffixClass:
    """A hunspell affix flag and its entries."""

    flag: str
    prefix: bool
    cross: bool
    entries: tuple[AffixEntry, ...]


@dataclass(frozen=True)
class Affixes:
    """The parts of a hunspell .aff file this builder understands."""

    classes: dict[str, AffixClass]
    circumfix: str
    needaffix: str


def _flags(text: str, long: bool) -> frozenset[str]:
    if long:
        return frozenset(text[i : i + 2] for i in range(0, len(text), 2))
    return frozenset(text)


def _condition(cond: str, prefix: bool) -> re.Pattern[str]:
    # hunspell writes "[^l^r]" for "neither l nor r"
    body = re.sub(r"\[\^([^\]]*)\]", lambda m: "[^" + m.group(1).replace("^", "") + "]", cond)
    body = "" if body == "." else body
    return re.compile(f"^{body}" if prefix else f"{body}$")


def parse_aff(path: Path) -> Affixes:
    """Read PFX/SFX classes, FLAG long, CIRCUMFIX and NEEDAFFIX from an .aff file."""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    long = any(line.split()[:2] == ["FLAG", "long"] for line in lines if line.strip())
    circumfix = needaffix = ""
    headers: dict[str, tuple[bool, bool]] = {}
    entries: dict[str, list[AffixEntry]] = {}
    for raw in lines:
        parts = raw.split("#", 1)[0].split()
        if not parts:
            continue
        if parts[0] == "CIRCUMFIX":
            circumfix = parts[1]
        elif parts[0] == "NEEDAFFIX":
            needaffix = parts[1]
        elif parts[0] in ("PFX", "SFX") and len(parts) >= 4:
            flag = parts[1]
            if flag not in headers:
                headers[flag] = (parts[0] == "PFX", parts[2] == "Y")
                entries[flag] = []
                continue
            strip = "" if parts[2] == "0" else parts[2]
            add, _, cont = parts[3].partition("/")
            add = "" if add == "0" else add
            cond = parts[4] if len(parts) > 4 else "."
            prefix = parts[0] == "PFX"
            entries[flag].append(AffixEntry(strip, add, _flags(cont, long), _condition(cond, prefix)))
    classes = {flag: AffixClass(flag, p, cross, tuple(entries[flag])) for flag, (p, cross) in headers.items()}
    return Affixes(classes, circumfix, needaffix)


def parse_dic(path: Path, long: bool) -> Iterator[tuple[str, frozenset[str]]]:
    """(word, flags) of each .dic entry; the count line is skipped."""
    lines = path.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        line = line.strip()
        if not line:
            continue
        word, _, flags = line.partition("/")
        yield word.strip(), _flags(flags.strip(), long)


def _apply(entry: AffixEntry, word: str, prefix: bool) -> str | None:
    if prefix:
        if not word.startswith(entry.strip) or not entry.condition.search(word):
            return None
        return entry.add + word[len(entry.strip) :]
    if not word.endswith(entry.strip) or not entry.condition.search(word):
        return None
    return word[: len(word) - len(entry.strip)] + entry.add


def _has_clitic(add: str) -> bool:
    return add != add.lower() or "-" in add or add.endswith(CLITICS)


def expand(root: str, flags: frozenset[str], aff: Affixes) -> set[str]:
    """Forms hunspell accepts for one root, without clitics.

    Prefix and suffix combine only as circumfixes (both carry the CIRCUMFIX flag): hunspell-id
    also marks its plain classes cross-product, which would accept "diambilan".
    """
    out: set[str] = set()
    if aff.needaffix not in flags:
        out.add(root)
    for flag in sorted(flags - CLITIC_FLAGS):
        cls = aff.classes.get(flag)
        if cls is None:
            continue
        for entry in cls.entries:
            if not cls.prefix and entry.add not in PLAIN_SUFFIXES and _has_clitic(entry.add):
                continue
            form = _apply(entry, root, cls.prefix)
            if form is None:
                continue
            circ = aff.circumfix in entry.cont
            if not circ:
                out.add(form)
                continue
            # a circumfix half: pair it with the other halves its continuation names
            for other_flag in sorted(entry.cont):
                other = aff.classes.get(other_flag)
                if other is None or other.prefix == cls.prefix:
                    continue
                for other_entry in other.entries:
                    if aff.circumfix not in other_entry.cont:
                        continue
                    both = _apply(other_entry, form, other.prefix)
                    # the condition of the other half applies to the root, not the half-built form
                    if both is not None and other_entry.condition.search(root):
                        out.add(both)
    return {w for w in out if w == w.lower() and not w.endswith("-")}


@dataclass(frozen=True)
class HunspellTables:
    """What the builder takes from hunspell-id."""

    stems: set[str]
    forms: set[str]
    names: set[str]
    compounds: set[str]


def hunspell_tables(folder: Path) -> HunspellTables:
    """Lowercase stems, generated forms, capitalized entries (names, abbreviations) and
    multiword entries written as one (salahpaham: EYD joins them under a confix, disalahpahami)."""
    aff = parse_aff(folder / "id_ID.aff")
    long = any(line.split()[:2] == ["FLAG", "long"] for line in (folder / "id_ID.aff").read_text(
        encoding="utf-8", errors="replace").splitlines())
    stems: set[str] = set()
    forms: set[str] = set()
    names: set[str] = set()
    compounds: set[str] = set()
    for word, flags in parse_dic(folder / "id_ID.dic", long):
        if word.startswith("-") or word.endswith("-"):
            continue  # bound morphemes (-isme, kata-) are not words
        if " " in word:
            # multiword entries (ambil alih): their parts are words in their own right
            parts = word.split()
            for part in parts:
                if part[:1].isupper():
                    names.add(part)
                elif part.isalpha() or "-" in part:
                    stems.add(part)
            if len(parts) == 2 and all(p.isalpha() and p.islower() for p in parts):
                compounds.add("".join(parts))
            continue
        if word != word.lower():
            names.add(word)
            continue
        if aff.needaffix not in flags:
            stems.add(word)
        forms |= expand(word, flags, aff)
    return HunspellTables(stems, forms - stems, names, compounds)


def wordfreq_table() -> dict[str, float]:
    """Indonesian zipf frequencies from wordfreq (import only at build time)."""
    from wordfreq import get_frequency_dict, zipf_frequency

    table: dict[str, float] = {}
    for word in get_frequency_dict("id", wordlist="small"):
        if not re.fullmatch(r"[a-z]+(?:-[a-z]+)*", word):
            continue
        zipf = zipf_frequency(word, "id", wordlist="small")
        if zipf >= ZIPF_FLOOR:
            table[word] = zipf
    return table


def english_words() -> set[str]:
    """English words from pyspellchecker's frequency list (its floor is already a count of 50)."""
    import spellchecker

    path = Path(spellchecker.__file__).parent / "resources" / "en.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        counts: dict[str, int] = json.load(fh)
    return {w for w, n in counts.items() if n >= ENGLISH_MIN_COUNT and re.fullmatch(r"[a-z]{2,}", w)}


def cldr_names() -> tuple[set[str], set[str]]:
    """(all, places): territory, language, day and month names in Indonesian and English
    (Babel's CLDR); `places` are the territories alone, notable enough to be near-miss targets."""
    from babel import Locale

    out: set[str] = set()
    places: set[str] = set()
    for code in ("id", "en"):
        loc = Locale.parse(code)
        places.update(loc.territories.values())
        out.update(loc.languages.values())
        for width in ("wide", "abbreviated"):
            out.update(loc.days["format"][width].values())
            out.update(loc.months["format"][width].values())
    return out | places, places


def own_list(path: Path) -> Iterator[str]:
    """Lines of one of our source lists, comments and blanks dropped."""
    if not path.is_file():
        return
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            yield line


def name_tokens(names: Iterable[str]) -> set[str]:
    """Single capitalized tokens of multiword names ("Papua Barat" -> Papua, Barat)."""
    out: set[str] = set()
    for name in names:
        for token in re.findall(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", name):
            if token[:1].isupper() and len(token) > 1:
                out.add(token)
    return out


def notable_tokens(names: Iterable[str], words: set[str]) -> set[str]:
    """Tokens of names worth catching near misses of: whole one-word names (Indonesia), and the
    parts of longer names that are not ordinary words (Sulawesi, but not Selatan or Kepulauan)."""
    out: set[str] = set()
    for name in names:
        tokens = [t for t in name_tokens([name]) if len(t) >= 4 and not t.isupper()]
        if len(name.split()) == 1:
            out.update(tokens)
        else:
            out.update(t for t in tokens if t.lower() not in words)
    return out


#: Words of regions' names that tell no region apart (Jawa *Tengah*, *Kepulauan* Riau, Aceh
#: *Besar*, *Tanjung* Jabung): compass points, generics, numbers, common nouns that many
#: other names hold, and islands (a region's own name, Malang or Padang, counts written with
#: its capital).
_GENERIC_REGION_WORDS = frozenset(
    {"utara", "selatan", "barat", "timur", "tengah", "tenggara", "daya", "laut", "raya", "baru", "kota",
     "kabupaten", "kepulauan", "daerah", "istimewa", "khusus", "ibukota", "administrasi", "pegunungan",
     "hulu", "hilir", "ilir", "pesisir", "besar", "alam", "bagian", "empat", "lima", "puluh", "tinggi",
     "datar", "pusat", "jaya", "raja", "pulau", "gunung", "sungai", "tanah", "tanjung", "teluk", "kuala",
     "muara", "lubuk", "bandar", "kanan", "penuh", "pulang", "batu", "bara", "intan", "bintang", "pinang",
     "pisau", "bumbu", "bawang", "pagar", "tulang", "natal", "kulon", "puncak", "lawas", "kubu",
     # islands that several provinces share: Jawa names half the country's districts
     "jawa", "sumatera", "kalimantan", "sulawesi", "papua", "maluku", "nusa"}
)


def _region_words(name: str) -> set[str]:
    return {t.lower() for t in name_tokens([name]) if len(t) >= 4 and t.lower() not in _GENERIC_REGION_WORDS}


def area_tokens(folder: Path, words: set[str]) -> dict[str, set[str]]:
    """Tokens of the regencies', cities' and districts' names (idn-area-data) that are no ordinary
    words (Tembalang, Banguntapan, Rantepao; not Tiga or Utara; "Kabupaten"/"Kota" dropped), each
    with the words that name its region: its regency's and its province's (Semarang; Banten)."""
    import csv

    def rows(table: str) -> list[dict[str, str]]:
        with (folder / table).open(encoding="utf-8", newline="") as fh:
            return list(csv.DictReader(fh))

    provinces = {r["code"]: _region_words(r["name"]) for r in rows("provinces.csv")}
    regencies: dict[str, set[str]] = {}
    named: list[tuple[str, set[str]]] = []
    for r in rows("regencies.csv"):
        name = re.sub(r"^(Kabupaten|Kota) ", "", r["name"])
        regencies[r["code"]] = _region_words(name) | provinces[r["province_code"]]
        named.append((name, provinces[r["province_code"]]))
    named.extend((r["name"], regencies[r["regency_code"]]) for r in rows("districts.csv"))
    out: dict[str, set[str]] = {}
    for name, region in named:
        for t in name_tokens([name]):
            if len(t) >= 4 and t[1:].islower() and t.isascii() and t.isalpha() and t.lower() not in words:
                out.setdefault(t, set()).update(region - {t.lower()})
    return out


def write_lines(path: Path, lines: Iterable[str]) -> None:
    path.write_text("".join(f"{line}\n" for line in sorted(set(lines))), encoding="utf-8")


def build(hunspell: Path, out: Path, *, with_frequency: bool = True, with_english: bool = True,
          with_cldr: bool = True, areas: Path | None = DEFAULT_AREAS,
          compounds: Path | None = DEFAULT_COMPOUNDS) -> None:
    """Write the lexicon tables into `out` (the switches let tests build from a tiny fixture)."""
    out.mkdir(parents=True, exist_ok=True)
    tables = hunspell_tables(hunspell)
    src = out / "src"
    stems = tables.stems | {w.lower() for w in own_list(src / "words.txt")}
    own_names = list(own_list(src / "names.txt"))
    names = tables.names | name_tokens(own_names)
    words = stems | tables.forms
    notable = notable_tokens(own_names, words)
    if with_cldr:
        everything, places = cldr_names()
        names |= name_tokens(everything)
        notable |= notable_tokens(places, words)
    write_lines(out / "stems.txt", stems)
    write_lines(out / "forms.txt", tables.forms - stems)
    # (diujicobakan, dikerjasamakan)
    own_compounds = {"".join(c.lower().split()) for c in own_list(compounds)} if compounds else set()
    write_lines(out / "compounds.txt", (tables.compounds | own_compounds) - stems)
    write_lines(out / "names.txt", names)
    write_lines(out / "notable.txt", notable)
    if areas is not None:
        regions = area_tokens(areas, words)
        write_lines(out / "wilayah.txt", (f"{t}\t{' '.join(sorted(r))}" for t, r in regions.items()))
    if with_frequency:
        table = wordfreq_table()
        # a line per value: the runtime builds its dict a value at a time (see _frequencies)
        by_value: dict[int, list[str]] = {}
        for w, z in table.items():
            by_value.setdefault(round(z * 100), []).append(w)
        write_lines(out / "freq.tsv", (f"{v}\t{' '.join(sorted(ws))}" for v, ws in by_value.items()))
    if with_english:
        write_lines(out / "english.txt", english_words())
    if (hunspell / "COPYING").is_file():
        shutil.copyfile(hunspell / "COPYING", out / "COPYING")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--hunspell", type=Path, default=DEFAULT_HUNSPELL)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    if not (args.hunspell / "id_ID.dic").is_file():
        print(f"no id_ID.dic in {args.hunspell}", file=sys.stderr)
        return 2
    build(args.hunspell, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
