"""Rebuild dictionaries/tempat.txt: single words of country and region names (CLDR via Babel),
dictionaries/negara.txt: the two-word ones in Indonesian, and dictionaries/daerah.txt: the names
of Indonesia's provinces, regencies and cities that hold a compass word (idn-area-data).

The attribution checks use the words to tell a place from an outlet's name ("media Rusia
melaporkan" names no outlet; "media Kompas" does); the capitalization check uses the two-word
names (Amerika Serikat, Selandia Baru) and the regions' names (Manggarai Barat, Jakarta Selatan) to
find one begun as a name and ended in lower case.
Run: .venv/bin/python tools/build_places.py
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from babel import Locale

OUT = Path(__file__).resolve().parent.parent / "dictionaries" / "tempat.txt"
AREAS = Path(__file__).resolve().parent / "sources" / "idn-area-data-4.0.1"
# the words that make a region's name a direction of another (Manggarai Barat, Aceh Barat Daya)
COMPASS = {"Barat", "Timur", "Utara", "Selatan", "Tengah", "Tenggara", "Daya", "Laut"}
# the administrative generic a regency's or city's name opens with, dropped: the name stands
# without it ("warga Jakarta Selatan")
AREA_GENERICS = ("Kota Administrasi ", "Kabupaten Administrasi ", "Kabupaten ", "Kota ")
# heads of names that are common words ("pulau Natal" may be any island, "wilayah Palestina"
# any part of it): names they open are left out of negara.txt
GENERIC_HEADS = {"Aksen", "Kepulauan", "Pulau", "Republik", "Wilayah", "Zona"}
# compass words and regions that qualify a place ("media Barat", "negara Timur Tengah"), and
# country names news copy uses that CLDR does not give in Indonesian or English: the older Cina,
# and Turkiye as Indonesian copy writes Türkiye (CLDR: Tiongkok, Turki, Türkiye)
EXTRA = [
    "Asia", "Barat", "Eropa", "Pasifik", "Selatan", "Tengah", "Tenggara", "Timur", "Utara",
    "Cina", "Turkiye",
]  # fmt: skip
# two-word regions news copy names that CLDR lacks in Indonesian; not its "Eropa Bagian Timur"
# shortened, as "Eropa timur" is also eastern Europe described
EXTRA_PAIRS = ["Timur Tengah"]


def main() -> None:
    words: set[str] = set(EXTRA)
    for code in ("id", "en"):
        for key, name in Locale(code).territories.items():
            # two-letter keys are countries; three-digit keys are regions (Asia Tenggara, Eropa)
            if not (key.isalpha() and len(key) == 2) and not key.isdigit():
                continue
            for word in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", name):
                if word[:1].isupper() and len(word) > 2:
                    words.add(word)
    header = (
        "# Words of country and region names, CLDR via Babel (Unicode License v3); see SOURCES.md.\n"
        "# Rebuilt by tools/build_places.py; do not edit by hand.\n"
    )
    OUT.write_text(header + "\n".join(sorted(words)) + "\n", encoding="utf-8")
    pairs = {
        name
        for key, name in Locale("id").territories.items()
        if ((key.isalpha() and len(key) == 2) or key.isdigit())
        and len(parts := name.split()) == 2
        and all(p.isalpha() and p[:1].isupper() for p in parts)
        and parts[0] not in GENERIC_HEADS
    } | set(EXTRA_PAIRS)
    header = (
        "# Two-word country and region names in Indonesian, CLDR via Babel (Unicode License v3); see\n"
        "# SOURCES.md. Rebuilt by tools/build_places.py; do not edit by hand.\n"
    )
    # beside OUT, wherever it is pointed
    OUT.with_name("negara.txt").write_text(header + "\n".join(sorted(pairs)) + "\n", encoding="utf-8")
    regions: set[str] = set()
    for table in ("provinces.csv", "regencies.csv"):
        with (AREAS / table).open(encoding="utf-8", newline="") as rows:
            for row in csv.DictReader(rows):
                name = row["name"]
                for generic in AREA_GENERICS:
                    name = name.removeprefix(generic)
                parts = name.split()
                if len(parts) >= 2 and COMPASS.intersection(parts) and all(p.isalpha() for p in parts):
                    regions.add(name)
    header = (
        "# Names of Indonesia's provinces, regencies and cities that hold a compass word, from\n"
        "# idn-area-data 4.0.1 (ODbL 1.0); see SOURCES.md. Rebuilt by tools/build_places.py; do not\n"
        "# edit by hand.\n"
    )
    OUT.with_name("daerah.txt").write_text(header + "\n".join(sorted(regions)) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
