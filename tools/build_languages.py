"""Rebuild dictionaries/bahasa.txt: single-word names of languages and peoples (CLDR via Babel).

The capital check reads a lower-case one after "bahasa" or "suku" as that name ("bahasa jawa" ->
Jawa), where the word alone may be a common word too (jawa, melayu, latin). Run:
.venv/bin/python tools/build_languages.py
"""

from __future__ import annotations

import re
from pathlib import Path

from babel import Locale

OUT = Path(__file__).resolve().parent.parent / "dictionaries" / "bahasa.txt"
# languages and peoples of Indonesia and its neighbours that Indonesian copy names and CLDR does
# not give in Indonesian: the regional languages with no ISO name there, and Mandarin and
# Hokkian, as Indonesian writes the Chinese languages
EXTRA = [
    "Ambon", "Badui", "Baduy", "Bajo", "Banyumasan", "Batak", "Betawi", "Buton", "Dayak", "Gayo",
    "Hakka", "Hokkian", "Kaili", "Kerinci", "Komering", "Lampung", "Madura", "Mandar", "Mandarin",
    "Manado", "Mentawai", "Minang", "Nias", "Osing", "Rejang", "Sasak", "Sumbawa", "Tengger", "Tetun",
    "Tolaki", "Toraja",
    # peoples of Papua, Nusa Tenggara and Sulawesi that news copy names ("suku Dani")
    "Alor", "Amungme", "Arfak", "Asmat", "Biak", "Dani", "Dawan", "Kamoro", "Korowai", "Lani",
    "Lio", "Manggarai", "Marind", "Mbojo", "Mee", "Minahasa", "Moni", "Muna", "Nduga", "Ngada",
    "Rote", "Samawa", "Sangihe", "Sentani", "Sikka", "Yali",
]  # fmt: skip


# CLDR names that are first of all common Indonesian words ("suku akan", "bahasa ganda",
# "bahasa roman") or kinds of language: after "bahasa" or "suku" they are read as those words
DROP = {
    "Akan", "Basa", "Bulu", "Ganda", "Kado", "Kara", "Kenyang", "Mari", "Meta", "Nama", "Roman",
    "Sena", "Seri", "Susu",
    # a kind of language as much as a name ("bahasa pijin", a pidgin)
    "Pijin",
}  # fmt: skip


def main() -> None:
    words: set[str] = set(EXTRA)
    for key, name in Locale("id").languages.items():
        # one-word names only: "Jawa", "Melayu"; "Tionghoa" but not "Inggris Kuno" as a whole
        if " " in name or not key.isalpha():
            continue
        for word in re.findall(r"[^\W\d_]+", name):
            if word[:1].isupper() and len(word) > 2:
                words.add(word)
    words -= DROP
    header = (
        "# Single-word names of languages and peoples: CLDR language names in Indonesian via Babel\n"
        "# (Unicode License v3), and regional ones news copy uses that CLDR lacks; see SOURCES.md.\n"
        "# Rebuilt by tools/build_languages.py; do not edit by hand.\n"
    )
    OUT.write_text(header + "\n".join(sorted(words)) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
