"""Number style check types (EYD V, bab II "Penulisan Kata", angka dan bilangan): Indonesian
separators, Rp before digits, % or persen used consistently, no digits opening a sentence,
and a weekday that matches the date beside it."""

from __future__ import annotations

import datetime
import re
from collections.abc import Collection, Iterator

from newslint import compiled
from newslint.checks.capital import sentence_start
from newslint.checks.lazy import LazyPattern
from newslint.document import BODY_KINDS, BlockKind, Document
from newslint.rules import Hit

DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
)  # fmt: skip


class Separators:
    """English digit grouping: 1,000,000 for 1.000.000, and 2.5 for 2,5 before a unit.

    A number with a leading zero (08.01, 00.30) is a time, a date or a code, not a decimal.
    """

    # each pattern opens with a digit and looks behind it only then: a pattern that opens with a
    # look-behind is tried at every offset of the draft, one that opens with a digit is not
    THOUSANDS = LazyPattern(r"\d(?<![\w.,]\d)\d{0,2}(?:,\d{3}){2,}(?![\w,]|\.\d)")

    def __init__(self, units: Collection[str]):
        if not units:
            raise ValueError("`units` must not be empty")
        body = "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True))
        self.decimal = compiled.compile(
            rf"(\d(?<![\w.,]\d)\d{{0,2}})\.(\d{{1,2}})(?![\d.,])(?=\s*(?:{body})(?!\w))", re.I
        )

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.prose
        for m in self.THOUSANDS.finditer(text):
            replacement = m.group().replace(",", ".")
            yield Hit.swap(m.start(), m.end(), m.group(), replacement, safe=True)
        for m in self.decimal.finditer(text):
            if m.group(1)[0] == "0" and len(m.group(1)) > 1:
                continue
            replacement = f"{m.group(1)},{m.group(2)}"
            yield Hit.swap(m.start(), m.end(), m.group(), replacement, safe=True)


class CurrencySpace:
    """Rp (and US$) written apart from the digits or with a period: Rp 5.000, Rp. 5.000 -> Rp5.000."""

    # Rp, RM, US$ or S$ starting a word; each symbol's first letter opens the pattern, which the
    # scan skips to, where a lookbehind first would be tried at every character
    PATTERN = LazyPattern(
        r"(R(?<![\w\ufffc]R)(?:p|M)|U(?<![\w\ufffc]U)S\$|S(?<![\w\ufffc]S)\$)(?:\.\s*|\s+)(?=\d)"
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.prose
        if "Rp" not in text and "$" not in text and "RM" not in text:
            return
        for m in self.PATTERN.finditer(text):
            symbol = m.group(1)
            yield Hit(
                m.start(), m.end(), {"match": m.group().rstrip(), "replacement": symbol}, (symbol,), symbol
            )


class PercentStyle:
    """ "%" and "persen" mixed in one draft (the form used less is flagged), and "5 %" with a space.

    Consistency is a property of one article: it is judged only in a draft with a lead
    ("Jakarta, IDN Times - "), not in a file that gathers sentences from unrelated texts.
    """

    SIGN = LazyPattern(r"(\s*)%")
    # blanks after a digit, then "persen": a blank first, which the scan skips to
    WORD = LazyPattern(r"\s(?<=\d\s)\s*persen\b", re.IGNORECASE)

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.prose
        signs = list(self._signs(text)) if "%" in text else []
        words = list(self.WORD.finditer(text)) if "persen" in doc.vocabulary else []
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
        if not signs or not words or not any(b.kind is BlockKind.DATELINE for b in doc.blocks):
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

    def _signs(self, text: str) -> Iterator[re.Match[str]]:
        """Each "%" after a number (and the blanks between), found from the sign backwards."""
        i = text.find("%")
        while i >= 0:
            j = i
            while j > 0 and text[j - 1].isspace():
                j -= 1
            if j > 0 and text[j - 1].isdecimal():
                m = self.SIGN.match(text, j)
                if m is not None:
                    yield m
            i = text.find("%", i + 1)


class DigitsFirst:
    """A sentence that opens with digits: write the number in words or recast the sentence."""

    PATTERN = LazyPattern(r"\d[\d.,]*")
    PREVIOUS = LazyPattern(r"(\w+)\.\s*$")

    def __init__(self, abbreviations: Collection[str] = ()):
        # "No. 1 tahun 2007": the period of an abbreviation ends no sentence
        self.abbreviations = {a.rstrip(".").lower() for a in abbreviations}

    def _after_abbreviation(self, text: str, start: int) -> bool:
        m = self.PREVIOUS.search(text, max(0, start - 20), start)
        return m is not None and (len(m.group(1)) == 1 or m.group(1).lower() in self.abbreviations)

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.prose
        # body text only: a numbered subheading ("5 Fitur ...") is IDN Times style
        body = [(b.start, b.end) for b in doc.blocks if b.kind in BODY_KINDS]
        for span in doc.sentences:
            if not any(a <= span.start < b for a, b in body):
                continue
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

    # the date is found first (it opens with a bracket or a digit, cheap to scan for), then the
    # weekday just before it
    NUMERIC = LazyPattern(r"\(\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*\)")
    SPELLED = LazyPattern(rf"(\d{{1,2}})\s+({'|'.join(MONTHS)})\s+(\d{{4}})\b", re.IGNORECASE)
    DAY_BEFORE_NUMERIC = LazyPattern(rf"\b({'|'.join(DAYS)})\s*$", re.IGNORECASE)
    DAY_BEFORE_SPELLED = LazyPattern(rf"\b({'|'.join(DAYS)}),?\s+(?:tanggal\s+)?$", re.IGNORECASE)
    DAY_WORDS = frozenset(d.lower() for d in DAYS)

    def check(self, doc: Document) -> Iterator[Hit]:
        if self.DAY_WORDS.isdisjoint(doc.vocabulary):
            return
        text = doc.prose
        dates = [
            (m, day_pattern, spelled)
            for pattern, day_pattern, spelled in (
                (self.NUMERIC, self.DAY_BEFORE_NUMERIC, False),
                (self.SPELLED, self.DAY_BEFORE_SPELLED, True),
            )
            for m in pattern.finditer(text)
        ]
        for m, day_pattern, spelled in dates:
            weekday = day_pattern.search(text, max(0, m.start() - 40), m.start())
            if weekday is None:
                continue
            day, month, year = m.group(1), m.group(2), m.group(3)
            month_number = MONTHS.index(month.capitalize()) + 1 if spelled else int(month)
            date_text = text[weekday.end(1) : m.end()].strip(" ,()")
            try:
                date = datetime.date(int(year), month_number, int(day))
            except ValueError:
                yield Hit(
                    m.start(1),
                    m.end(3),
                    {"date": date_text, "weekday": "-"},
                    message={
                        "id": f'Tanggal "{date_text}" tidak ada di kalender',
                        "en": f'The date "{date_text}" does not exist',
                    },
                )
                continue
            actual = DAYS[date.weekday()]
            written = weekday.group(1)
            if written.lower() != actual.lower():
                yield Hit(
                    weekday.start(1),
                    weekday.end(1),
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
