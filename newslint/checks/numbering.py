"""Structure checks: numbered subheadings and a listicle headline's count."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterator

from newslint import compiled
from newslint.document import Block, BlockKind, Document
from newslint.rules import Hit

# Indonesian cardinal words a headline may spell a count with ("Lima Alasan ...").
_UNITS = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5,
    "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
}  # fmt: skip
_NUMBER_WORDS: dict[str, int] = {
    **_UNITS,
    "sepuluh": 10,
    "sebelas": 11,
    **{f"{w} belas": n + 10 for w, n in _UNITS.items() if n > 1},
    **{f"{w} puluh": n * 10 for w, n in _UNITS.items() if n > 1},
}
_WORDS_BY_NUMBER = {n: w for w, n in _NUMBER_WORDS.items()}


def sections(doc: Document) -> list[Block]:
    """Numbered subheadings in order ("Baca Juga" and footer lines are never sections)."""
    return [b for b in doc.blocks if b.kind is BlockKind.SECTION and b.number is not None and b.marker]


def _marker(block: Block, number: int, style: str) -> str:
    return f"{number}{style or block.style}"


class SectionNumbering:
    """Flags a numbered subheading whose number breaks the sequence: a gap, a repeat, a wrong start.

    A number is accepted when it is its position in the list or follows the previous number, so
    one slip gives one finding (1, 2, 2, 4 flags the second "2"; 1, 2, 4, 5 flags only the "4").
    """

    def __init__(self, start: int = 1, minimum: int = 2):
        if start < 0 or minimum < 1:
            raise ValueError("`start` must be >= 0 and `minimum` >= 1")
        self.start = start
        # one numbered line alone is as likely a stray list item as a subheading
        self.minimum = minimum

    def check(self, doc: Document) -> Iterator[Hit]:
        found = sections(doc)
        if len(found) < self.minimum:
            return
        previous: int | None = None
        for index, block in enumerate(found):
            assert block.number is not None and block.marker is not None
            expected = self.start + index
            number = block.number
            if number != expected and (previous is None or number != previous + 1):
                if previous is None:
                    reason = {"id": "nomor pertama", "en": "first number"}
                elif number == previous:
                    reason = {"id": "nomor berulang", "en": "repeated number"}
                elif number > previous + 1:
                    reason = {"id": "nomor melompat", "en": "skipped number"}
                else:
                    reason = {"id": "urutan mundur", "en": "number goes back"}
                want = _marker(block, expected, block.style)
                yield Hit(
                    block.marker.start,
                    block.marker.end,
                    {
                        "match": doc.source[block.marker.start : block.marker.end],
                        "expected": want,
                        "reason_id": reason["id"],
                        "reason_en": reason["en"],
                    },
                    (want,),
                )
            previous = number


class SectionStyle:
    """Flags numbered subheadings whose marker style ("1." or "1)") differs from the rest."""

    def __init__(self, minimum: int = 2):
        self.minimum = minimum

    def check(self, doc: Document) -> Iterator[Hit]:
        found = sections(doc)
        if len(found) < self.minimum:
            return
        styles = Counter(b.style for b in found)
        if len(styles) < 2:
            return
        first = found[0].style
        # the style most sections use; on a tie, the first section's style
        keep = max(styles, key=lambda s: (styles[s], s == first))
        where = next(b for b in found if b.style == keep)
        line = doc.position(where.start)[0]
        for block in found:
            if block.style != keep and block.marker is not None and block.number is not None:
                want = _marker(block, block.number, keep)
                yield Hit(
                    block.marker.start,
                    block.marker.end,
                    {
                        "match": doc.source[block.marker.start : block.marker.end],
                        "expected": want,
                        "line": str(line),
                    },
                    (want,),
                    want,
                )


class ListicleCount:
    """Flags a listicle headline whose number ("5 Fakta", "Lima Alasan") differs from its sections.

    The number counts when it opens the headline (after an optional lead-in such as "Ini") or
    stands before one of the `nouns` of list headlines; a number followed by a unit ("3 Hari",
    "10 Persen") is a quantity, not a count of items.
    """

    def __init__(
        self,
        lead_ins: Collection[str] = (),
        nouns: Collection[str] = (),
        units: Collection[str] = (),
        minimum: int = 2,
    ):
        self.lead_ins = {w.lower() for w in lead_ins}
        self.nouns = {w.lower() for w in nouns}
        self.units = {w.lower() for w in units}
        self.minimum = minimum
        words = sorted(_NUMBER_WORDS, key=len, reverse=True)
        self.number = compiled.compile(
            r"(?<![\w.,/-])(?:(?P<digits>\d{1,2})|(?P<word>" + "|".join(words) + r"))(?![\w.,/%-])"
            r"[ \t]+(?P<next>[^\W\d_][\w-]*)",
            re.IGNORECASE,
        )

    def check(self, doc: Document) -> Iterator[Hit]:
        headline = next(doc.blocks_of(BlockKind.HEADLINE), None)
        if headline is None:
            return
        count = len(sections(doc))
        if count < self.minimum:
            return
        text = doc.prose[headline.start : headline.end]
        for m in self.number.finditer(text):
            following = m.group("next").lower()
            if following in self.units:
                continue
            before = re.findall(r"[\w-]+", text[: m.start()].lower())
            opening = all(w in self.lead_ins for w in before)
            # a spelled number opens many ordinary headlines ("Dua Gol ..."): it needs a list noun
            if following not in self.nouns and (not opening or not m.group("digits")):
                continue
            value = (
                int(m.group("digits"))
                if m.group("digits")
                else _NUMBER_WORDS[re.sub(r"\s+", " ", m.group("word").lower())]
            )
            if value != count:
                start = headline.start + m.start()
                end = headline.start + (m.end("digits") if m.group("digits") else m.end("word"))
                shown = doc.source[start:end]
                suggestion = str(count) if m.group("digits") else _spelled(count, shown)
                yield Hit(start, end, {"match": shown, "count": str(count)}, (suggestion,))
            return  # only the headline's first count is its list size


def _spelled(count: int, model: str) -> str:
    word = _WORDS_BY_NUMBER.get(count, str(count))
    if model[:1].isupper():
        return " ".join(w[:1].upper() + w[1:] for w in word.split())
    return word


CHECK_TYPES: dict[str, type] = {
    "section-numbering": SectionNumbering,
    "section-style": SectionStyle,
    "listicle-count": ListicleCount,
}
