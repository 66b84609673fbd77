"""Number style check types (EYD V, bab II "Penulisan Kata", angka dan bilangan): Indonesian
separators, Rp before digits, % or persen used consistently, no digits opening a sentence,
and a weekday that matches the date beside it."""

from __future__ import annotations

import datetime
import re
from collections.abc import Collection, Iterator

from newslint.checks.capital import sentence_start
from newslint.document import Document
from newslint.rules import Hit

DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
)  # fmt: skip


class Separators:
    """English digit grouping: 1,000,000 for 1.000.000, and 2.5 for 2,5 before a unit."""

    THOUSANDS = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3}){2,}(?![\w,]|\.\d)")

    def __init__(self, units: Collection[str]):
        if not units:
            raise ValueError("`units` must not be empty")
        body = "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True))
        self.decimal = re.compile(
            rf"(?<![\w.,])(\d{{1,3}})\.(\d{{1,2}})(?![\d.,])(?=\s*(?:{body})(?!\w))", re.I
        )

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.prose
        for m in self.THOUSANDS.finditer(text):
            replacement = m.group().replace(",", ".")
            yield Hit(
                m.start(),
                m.end(),
                {"match": m.group(), "replacement": replacement},
                (replacement,),
                replacement,
            )
        for m in self.decimal.finditer(text):
            replacement = f"{m.group(1)},{m.group(2)}"
            yield Hit(
                m.start(),
                m.end(),
                {"match": m.group(), "replacement": replacement},
                (replacement,),
                replacement,
            )


class CurrencySpace:
    """Rp (and US$) written apart from the digits or with a period: Rp 5.000, Rp. 5.000 -> Rp5.000."""

    PATTERN = re.compile(r"(?<![\w\ufffc])(Rp|US\$|S\$|RM)(?:\.\s*|\s+)(?=\d)")

    def check(self, doc: Document) -> Iterator[Hit]:
        for m in self.PATTERN.finditer(doc.prose):
            symbol = m.group(1)
            yield Hit(
                m.start(), m.end(), {"match": m.group().rstrip(), "replacement": symbol}, (symbol,), symbol
            )


class PercentStyle:
    """ "%" and "persen" mixed in one draft (the form used less is flagged), and "5 %" with a space."""

    SIGN = re.compile(r"(?<=\d)(\s*)%")
    WORD = re.compile(r"(?<=\d)\s+persen\b", re.IGNORECASE)

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.prose
        signs = list(self.SIGN.finditer(text))
        words = list(self.WORD.finditer(text))
        for m in signs:
            if m.group(1):
                yield Hit(
                    m.start(),
                    m.end(),
                    {"match": m.group(), "preferred": "%", "line": "-", "kind": "spasi"},
                    ("%",),
                    "%",
                    message={
                        "id": 'Lambang persen ditulis rapat dengan angkanya: "%", bukan " %"',
                        "en": 'The percent sign follows the number directly: "%", not " %"',
                    },
                )
        if not signs or not words:
            return
        minority, preferred, first = (
            (signs, "persen", words[0]) if len(words) >= len(signs) else (words, "%", signs[0])
        )
        line = str(doc.position(first.start())[0])
        # once per draft: the first occurrence of the rarer form says what the draft does
        m = minority[0]
        yield Hit(
            m.start(),
            m.end(),
            {"match": m.group().strip(), "preferred": preferred, "line": line, "kind": "gaya"},
            (preferred,),
        )


class DigitsFirst:
    """A sentence that opens with digits: write the number in words or recast the sentence."""

    PATTERN = re.compile(r"\d[\d.,]*")
    PREVIOUS = re.compile(r"(\w+)\.\s*$")

    def __init__(self, abbreviations: Collection[str] = ()):
        # "No. 1 tahun 2007": the period of an abbreviation ends no sentence
        self.abbreviations = {a.rstrip(".").lower() for a in abbreviations}

    def _after_abbreviation(self, text: str, start: int) -> bool:
        m = self.PREVIOUS.search(text, max(0, start - 20), start)
        return m is not None and (len(m.group(1)) == 1 or m.group(1).lower() in self.abbreviations)

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.prose
        for span in doc.sentences:
            start = span.start
            while start < span.end and text[start] in "\"“‘'(":
                start += 1
            m = self.PATTERN.match(text, start)
            if m is None or not sentence_start(text, start) or self._after_abbreviation(text, start):
                continue
            after = text[m.end() : m.end() + 1]
            if after in (".", ")") and m.end() - start <= 3:
                continue  # a list marker: "1." or "2)"
            yield Hit(m.start(), m.end(), {"match": m.group()})


class WeekdayDate:
    """The weekday beside a date must be that date's weekday: Senin (3/6/2024), Senin, 3 Juni 2024."""

    NUMERIC = re.compile(
        rf"\b({'|'.join(DAYS)})\s*\(\s*(\d{{1,2}})/(\d{{1,2}})/(\d{{4}})\s*\)", re.IGNORECASE
    )
    SPELLED = re.compile(
        rf"\b({'|'.join(DAYS)}),?\s+(?:tanggal\s+)?(\d{{1,2}})\s+({'|'.join(MONTHS)})\s+(\d{{4}})\b",
        re.IGNORECASE,
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.prose
        for pattern, spelled in ((self.NUMERIC, False), (self.SPELLED, True)):
            for m in pattern.finditer(text):
                day, month, year = m.group(2), m.group(3), m.group(4)
                month_number = MONTHS.index(month.capitalize()) + 1 if spelled else int(month)
                date_text = m.group()[len(m.group(1)) :].strip(" ,()")
                try:
                    date = datetime.date(int(year), month_number, int(day))
                except ValueError:
                    yield Hit(
                        m.start(2),
                        m.end(4),
                        {"date": date_text, "weekday": "-"},
                        message={
                            "id": f'Tanggal "{date_text}" tidak ada di kalender',
                            "en": f'The date "{date_text}" does not exist',
                        },
                    )
                    continue
                actual = DAYS[date.weekday()]
                written = m.group(1)
                if written.lower() != actual.lower():
                    yield Hit(
                        m.start(1),
                        m.end(1),
                        {"match": written, "date": date_text, "weekday": actual},
                        (actual,),
                    )


CHECK_TYPES: dict[str, type] = {
    "number-separators": Separators,
    "currency-space": CurrencySpace,
    "percent-style": PercentStyle,
    "digits-first": DigitsFirst,
    "weekday-date": WeekdayDate,
}
