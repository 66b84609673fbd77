"""Punctuation check types (EYD V, bab III "Penggunaan Tanda Baca"): spacing around marks,
paired quotes and brackets, one quote style per draft, doubled marks, ellipsis and dash forms."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from typing import NamedTuple

from newslint.checks.lazy import LazyPattern
from newslint.document import MASK, MASKED_KINDS, Block, BlockKind, Document
from newslint.rules import Hit

LETTER = r"[^\W\d_]"
OPEN_CURLY, CLOSE_CURLY, STRAIGHT = "“", "”", '"'


def prose_blocks(doc: Document) -> Iterator[Block]:
    """Blocks whose text is prose in this view (masked kinds and masked-out scopes skipped)."""
    for block in doc.blocks:
        if block.kind in MASKED_KINDS:
            continue
        if all(c == MASK for c in doc.prose[block.start : block.end] if not c.isspace()):
            continue
        yield block


class QuoteMark(NamedTuple):
    """A double quote mark in the prose (“ ” " or a doubled single mark ’’) and whether its place
    in the text says it opens a quotation (True), closes one (False) or cannot tell (None)."""

    offset: int
    char: str
    opens: bool | None

    @property
    def end(self) -> int:
        return self.offset + len(self.char)


# A double quote mark, or two single ones written for one (‘‘ ’’ ''): one character class first,
# which the scan skips to, where alternatives first are tried at every character.
_QUOTE_MARK = LazyPattern(r"[“”\"‘’'](?:(?<=[“”\"])|(?<=‘)‘|(?<=’)’|(?<=')')")
#: What the glyph itself says: “ opens, ” closes, a straight mark either way.
_GLYPH = {"“": True, "‘‘": True, "”": False, "’’": False, '"': None, "''": None}
_OPEN_BEFORE = "([{\u2014\u2013-‘'" + MASK
_CLOSE_AFTER = ".,;:!?)]}…’'" + MASK


def _side(text: str, i: int, j: int) -> bool | None:
    """Whether a mark at text[i:j] stands where an opening mark stands (a blank or a line start
    before it, a word after it), where a closing one does (the reverse), or neither."""
    k = i - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    line_start = k < 0 or text[k] in "\r\n"
    k = j
    while k < len(text) and text[k] in " \t":
        k += 1
    line_end = k >= len(text) or text[k] in "\r\n"
    before = text[i - 1] if i > 0 else " "
    after = text[j] if j < len(text) else " "
    if line_start and not line_end:
        return True
    if line_end and not line_start:
        return False
    opening = (before.isspace() or before in _OPEN_BEFORE) and not (after.isspace() or after in _CLOSE_AFTER)
    closing = (after.isspace() or after in _CLOSE_AFTER) and not (before.isspace() or before in _OPEN_BEFORE)
    return True if opening else False if closing else None


#: A symbol in quotes (tanda ";", "%") is a quoted mark, not a quotation.
_QUOTED_SYMBOL = LazyPattern(r'["“](?<![^\s(]["“])[^\w\s"“”]{1,3}["”](?![^\s.,;:)])')


def quote_marks(doc: Document, start: int, end: int) -> list[QuoteMark]:
    """Double quote marks of prose[start:end], each with the side its place suggests."""
    text = doc.prose
    symbols = {i for m in _QUOTED_SYMBOL.finditer(text, start, end) for i in (m.start(), m.end() - 1)}
    return [
        QuoteMark(m.start(), m.group(), _side(text, m.start(), m.end()))
        for m in _QUOTE_MARK.finditer(text, start, end)
        if m.start() not in symbols
    ]


def _line_start(text: str, offset: int) -> bool:
    i = offset - 1
    while i >= 0 and text[i] in " \t>" + MASK:
        i -= 1
    return i < 0 or text[i] in "\r\n"


class Quotations(NamedTuple):
    """The quotation marks of one block, paired: quotations may nest, a mark turned the wrong
    way (”Anda ... waktu,“) pairs by its place, and an opening mark at the start of a line
    while a quotation is open continues it (a quotation running over several lines)."""

    spans: tuple[tuple[int, int], ...]
    unopened: tuple[QuoteMark, ...]
    unclosed: tuple[QuoteMark, ...]


_NEXT_WORD = LazyPattern(r"[^\W\d_]+")


def _said_after(text: str, offset: int, verbs: Collection[str]) -> bool:
    m = _NEXT_WORD.match(text, offset)
    return m is not None and m.group().lower() in verbs


def pair_quotes(doc: Document, start: int, end: int, verbs: Collection[str] = ()) -> Quotations:
    """Pair the quotation marks of prose[start:end]; `verbs` are the speech verbs that may
    follow a closing mark (kata, ujarnya)."""
    text = doc.prose
    stack: list[QuoteMark] = []
    spans: list[tuple[int, int]] = []
    unopened: list[QuoteMark] = []
    for mark in quote_marks(doc, start, end):
        side = mark.opens
        if side and stack and _line_start(text, mark.offset):
            continue  # an opening mark at a line start: the open quotation goes on into this line
        glyph = _GLYPH[mark.char]
        if glyph is None:
            straight_open = bool(stack) and _GLYPH[stack[-1].char] is None
            if side is None:
                opens = not stack  # between blanks or letters: it closes whatever is open
            elif side and straight_open and _said_after(text, mark.end, verbs):
                opens = False  # "... segmen, "katanya": a closing mark with the blank misplaced
            else:
                opens = side  # an opening one nests: "Kami menolak "denuklirisasi" itu"
        else:
            # a curly mark goes by its place (”Anda ... waktu,“ pairs), and between blanks by
            # its shape; a closing shape with nothing open is an opener turned the wrong way
            opens = side if side is not None else glyph or not stack
        if opens:
            stack.append(mark)
        elif stack:
            opener = stack.pop()
            if not stack:
                spans.append((opener.offset, mark.end))
        else:
            unopened.append(mark)
    if stack:
        spans.append((stack[0].offset, end))
    return Quotations(tuple(spans), tuple(unopened), tuple(stack))


def quoted_spans(doc: Document) -> list[tuple[int, int]]:
    """Source spans inside double quotes (quoted speech), per block; an unclosed one runs to its end."""
    spans: list[tuple[int, int]] = []
    text = doc.prose
    for block in prose_blocks(doc):
        if _QUOTE_MARK.search(text, block.start, block.end) is not None:
            spans.extend(pair_quotes(doc, block.start, block.end).spans)
    return spans


def inside(spans: list[tuple[int, int]], offset: int) -> bool:
    return any(a <= offset < b for a, b in spans)


class DoubleSpace:
    """Two or more spaces between words (one space separates words)."""

    PATTERN = LazyPattern(r"(?<=[^\s\ufffc]) {2,}(?=[^\s\ufffc])")

    def check(self, doc: Document) -> Iterator[Hit]:
        if "  " not in doc.prose:
            return
        for m in self.PATTERN.finditer(doc.prose):
            yield Hit(m.start(), m.end(), {"count": str(len(m.group()))}, (" ",), " ")


class SpaceBefore:
    """A space before , . ; : ? ! (they follow the word directly), and a space just inside curly
    quotation marks (“ Kami siap ” for “Kami siap”)."""

    # an ellipsis may stand apart (" ... "), so dots are flagged only when single
    PATTERN = LazyPattern(r"(?<=[\w\"”’)\]%])[ \t]+([,;:?!]|\.(?!\.))(?=\s|$|[\"”’)\]])", re.MULTILINE)
    # only marks that stand where they belong: an opening mark after a space, a closing mark
    # before one (“ or ” turned the wrong way is the pairing rule's business)
    # "gabungan ,termasuk": the space sits on the wrong side of the comma
    SWAPPED = LazyPattern(r"(?<=[\w\"”’)\]%])[ \t]+([,;:?!])(?=[^\W\d_])")
    INSIDE_OPEN = LazyPattern(r"(?:^|(?<=[\s(\[]))(“)[ \t]+(?=\w)", re.MULTILINE)
    INSIDE_CLOSE = LazyPattern(r"(?<=[\w.,!?])[ \t]+(”)(?=[\s.,;:!?)\]]|$)", re.MULTILINE)
    #: every pattern above needs a blank next to a mark: one cheap scan says whether to look
    ANY = LazyPattern(r"[ \t][,.;:?!”]|“[ \t]")

    #: the label of a "Baca Juga" line is the writer's, though the title after it is not
    RELATED_LABEL = LazyPattern(r"[ \t]*Baca[ \t]+[Jj]uga([ \t]+):")

    def check(self, doc: Document) -> Iterator[Hit]:
        for block in doc.blocks:
            if block.kind is BlockKind.RELATED:
                label = self.RELATED_LABEL.match(doc.source, block.start, block.end)
                if label is not None:
                    yield Hit(label.start(1), label.end(), {"mark": ":"}, (":",))
        if self.ANY.search(doc.prose) is None:
            return
        for m in self.PATTERN.finditer(doc.prose):
            mark = m.group(1)
            yield Hit(m.start(), m.end(), {"mark": mark}, (mark,), mark)
        for m in self.SWAPPED.finditer(doc.prose):
            mark = m.group(1)
            yield Hit(m.start(), m.end(), {"mark": mark}, (mark + " ",), mark + " ")
        message = {
            "id": "Hapus spasi di sebelah dalam tanda petik: tanda petik ditulis rapat dengan petikannya",
            "en": "Remove the space inside the quotation mark: quotes hug the words they quote",
        }
        for pattern in (self.INSIDE_OPEN, self.INSIDE_CLOSE):
            for m in pattern.finditer(doc.prose):
                mark = m.group(1)
                yield Hit(m.start(), m.end(), {"mark": mark}, (mark,), mark, message)


class SpaceAfter:
    """No space after , ; : ? ! between words, or after a sentence-final period before a capital."""

    # the mark comes first and the letter before it is looked behind for: a pattern that opens
    # with a look-behind is tried at every offset of the draft
    MARKS = LazyPattern(rf"([,;:?!])(?:(?<=[^\W_][,;:?!])|(?<={LETTER}[\"”’)][,;:?!]))(?={LETTER})")
    # a quote closed after a mark and a word run on: sendiri,"kata (a straight quote opens or
    # closes by its count in the paragraph)
    QUOTE_AFTER_MARK = LazyPattern(rf"[,.?!]([\"”])(?={LETTER})")
    # matches start at a word's first character only: no quadratic backtracking inside long tokens
    PERIOD = LazyPattern(rf"(?<![^\W_])(?P<word>[^\W_]{{2,}})\.(?=(?P<next>[A-Z]{LETTER}*))")
    PERIOD_CAPITAL = LazyPattern(r"\.[A-Z]")
    # a word run on into a bracketed name or short form: "Indonesia(KBRI)"; not "anak(-anak)",
    # "f(x)", a plural "(s)" or an oxidation state, "kromium(VI)"
    BRACKET = LazyPattern(r"\((?<=[^\W\d_]{3}\()(?![IVX]+\))(?=[A-Z][^\W_]*\))")
    WORD_BEFORE = LazyPattern(r"[^\W\d_]+$")

    def __init__(self, abbreviations: Collection[str] = ()):
        # abbreviations that may be written close to what follows ("Tbk.PT" is no sentence end),
        # in their own case: "Sp.A." is a title, "SP.Ia" (surat peringatan) a missing space
        self.abbreviations = {a.rstrip(".") for a in abbreviations}

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.prose
        for m in self.MARKS.finditer(text):
            mark, following = m.group(1), text[m.end()]
            # the span shows the mark and the letter it touches; the fix keeps that letter
            yield Hit(
                m.start(),
                m.end() + 1,
                {"mark": mark, "match": mark + following},
                (f"{mark} {following}",),
                f"{mark} {following}",
            )
        for m in self.QUOTE_AFTER_MARK.finditer(text):
            quote = m.group(1)
            line_start = text.rfind("\n", 0, m.start()) + 1
            if quote == '"' and text.count('"', line_start, m.start(1)) % 2 == 0:
                continue  # an opening quote: Andi,"Kami ..." is the space after the comma's matter
            following = text[m.end()]
            yield Hit(
                m.start(1),
                m.end() + 1,
                {"mark": quote, "match": quote + following},
                (f"{quote} {following}",),
                f"{quote} {following}",
            )
        bracket_message = {
            "id": 'Beri spasi sebelum "(" ({match})',
            "en": 'Add a space before "(" ({match})',
        }
        for m in self.BRACKET.finditer(text):
            run_on = self.WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
            start = run_on.start() if run_on is not None else m.start() - 1
            before = text[start : m.start()]
            yield Hit(
                start,
                m.end(),
                {"mark": "(", "match": before + "("},
                (f"{before} (",),
                f"{before} (",
                bracket_message,
            )
        if self.PERIOD_CAPITAL.search(text) is None:
            return
        for m in self.PERIOD.finditer(text):
            word_start = m.start()
            before = text[word_start - 1] if word_start > 0 else " "
            if before in "._/@" or before.isalnum():
                continue  # inside a dotted form: S.Pd.I, a domain, a file name
            word, following = m.group("word"), m.group("next")
            if word in self.abbreviations:
                continue
            if word.isupper() and following.isupper():
                continue  # ASP.NET, acronyms joined by a dot
            dot = m.end() - 1
            yield Hit(
                dot,
                dot + 2,
                {"mark": ".", "match": text[dot : dot + 2]},
                (". " + text[dot + 1],),
                ". " + text[dot + 1],
            )


class Paired:
    """An opening quote or bracket without its closing pair (or the reverse), per paragraph.

    A quotation that runs over several paragraphs leaves each paragraph open and opens the next
    one again; that convention is not an error.
    """

    BRACKET = LazyPattern(r"[()\[\]]")

    def __init__(self, marks: str = "quotes", verbs: Collection[str] = (), openers: Collection[str] = ()):
        if marks not in ("quotes", "brackets"):
            raise ValueError("`marks` must be quotes or brackets")
        self.marks = marks
        self.verbs = {v.lower() for v in verbs}
        # besides `verbs`, the words after which a quotation opens without a comma ('Ia
        # berkata "...', 'surat itu berbunyi "...'): where a quotation may run on
        self.openers = self.verbs | {o.lower() for o in openers}

    def check(self, doc: Document) -> Iterator[Hit]:
        if self.marks == "brackets":
            for block in prose_blocks(doc):
                yield from self._brackets(doc, block)
            return
        blocks = [(b.start, b.end) for b in prose_blocks(doc)]
        for index, (start, end) in enumerate(blocks):
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            yield from self._quotes(doc, start, end, following)

    def _quotes(
        self, doc: Document, start: int, end: int, following: tuple[int, int] | None
    ) -> Iterator[Hit]:
        if _QUOTE_MARK.search(doc.prose, start, end) is None:
            return
        found = pair_quotes(doc, start, end, self.verbs)
        hits = [(m.offset, m.char, "close") for m in found.unopened]
        # a quotation running on into the next paragraph opens it again: not an error, where a
        # quotation opens (a paragraph's or a sentence's start, after a colon, a comma or a verb
        # of saying); a title opened after another word and left open is no speech that runs on
        continued = self._continued(doc, following)
        hits.extend(
            (m.offset, m.char, "open")
            for m in found.unclosed
            if not (continued and self._opens_speech(doc.prose, start, m.offset))
        )
        for offset, char, side in sorted(hits):
            yield self._hit(offset, char, side)

    def _opens_speech(self, text: str, start: int, offset: int) -> bool:
        """The quotation mark at `offset` stands where speech opens: at the paragraph's or a
        sentence's start, after a colon or a comma, or after a verb of saying or writing ("Ia
        mengatakan "...", 'surat itu berbunyi "...')."""
        before = text[start:offset].rstrip(" \t>" + MASK)
        if not before or before.endswith((":", ",", ".", "?", "!", ";", "—")):
            return True
        last = before.rsplit(None, 1)[-1].lower()
        return last in self.openers

    @staticmethod
    def _continued(doc: Document, following: tuple[int, int] | None) -> bool:
        if following is None:
            return False
        head = doc.prose[following[0] : following[1]].lstrip(" \t>" + MASK)
        return head[:1] in (OPEN_CURLY, STRAIGHT)

    def _brackets(self, doc: Document, block: Block) -> Iterator[Hit]:
        text = doc.prose
        stack: list[tuple[int, str]] = []
        pairs = {")": "(", "]": "["}
        for m in self.BRACKET.finditer(text, block.start, block.end):
            i, c = m.start(), m.group()
            if c in "([":
                stack.append((i, c))
            elif c in ")]":
                if c == ")" and self._list_marker(text, i, block.start):
                    continue
                if stack and stack[-1][1] == pairs[c]:
                    stack.pop()
                else:
                    yield self._hit(i, c, "close")
        for i, c in stack:
            yield self._hit(i, c, "open")

    @staticmethod
    def _list_marker(text: str, i: int, start: int) -> bool:
        """ "a)" or "2)" opening an item (after a colon, comma, "dan" ...), or a ":)" smiley."""
        if text[i - 1 : i] in (":", ";"):
            return True
        j = i - 1
        while j >= start and text[j].isalnum():
            j -= 1
        if not 0 < i - 1 - j <= 2 or (j >= start and text[j] not in " \t\n"):
            return False
        before = text[start : j + 1].rstrip()
        return before == "" or before.endswith((":", ";", ",", "\n", " dan", " atau"))

    def _hit(self, offset: int, char: str, side: str) -> Hit:
        # a mark turned the wrong way pairs with the usual partner of its role
        closing = {"“": "”", "”": "”", '"': '"', "(": ")", "[": "]", "‘‘": "’’", "’’": "’’", "''": "''"}
        opening = {"”": "“", "“": "“", '"': '"', ")": "(", "]": "[", "’’": "‘‘", "‘‘": "‘‘", "''": "''"}
        if side == "open":
            return Hit(
                offset,
                offset + len(char),
                {"mark": char, "pair": closing[char], "side": "penutup", "side_en": "closing"},
            )
        return Hit(
            offset,
            offset + len(char),
            {"mark": char, "pair": opening[char], "side": "pembuka", "side_en": "opening"},
        )


class MixedQuotes:
    """Straight and curly double quotes in one draft: the style used less often is flagged.

    One style is a property of one article: it is judged only in a draft with a lead
    ("Jakarta, IDN Times - "), not in a file that gathers sentences from unrelated texts.
    """

    def check(self, doc: Document) -> Iterator[Hit]:
        if not any(b.kind is BlockKind.DATELINE for b in doc.blocks):
            return
        styles = (STRAIGHT, OPEN_CURLY, CLOSE_CURLY)
        marks = [m for b in prose_blocks(doc) for m in quote_marks(doc, b.start, b.end) if m.char in styles]
        straight = [m for m in marks if m.char == STRAIGHT]
        curly = [m for m in marks if m.char != STRAIGHT]
        if not straight or not curly:
            return
        minority, style, first = (
            (straight, "“…”", curly[0]) if len(curly) >= len(straight) else (curly, '"…"', straight[0])
        )
        line = str(doc.position(first.offset)[0])
        # once per draft: the first mark of the minority style says what the draft does
        mark = minority[0]
        replacement = STRAIGHT if mark.char != STRAIGHT else (OPEN_CURLY if mark.opens else CLOSE_CURLY)
        yield Hit(
            mark.offset, mark.offset + 1, {"mark": mark.char, "style": style, "line": line}, (replacement,)
        )


class MarkForms:
    """Doubled marks (,, ;; :: !! ??), two dots or five and more for an ellipsis, a double hyphen."""

    # "!!" and "??" are emphasis news copy does not write, in a quote too; "?!" is left to taste
    DOUBLED = LazyPattern(r"([,;:!?])\1+")
    DOTS = LazyPattern(r"(?<![.\d])(?:\.\.|\.{5,})(?![.\d])")
    HYPHENS = LazyPattern(rf"(?<![^\W\d_])(?P<left>{LETTER}+)(?P<dash>-{{2,3}})(?=(?P<right>{LETTER}+))")

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.prose
        for m in self.DOUBLED.finditer(text):
            mark = m.group(1)
            yield Hit(m.start(), m.end(), {"match": m.group(), "form": mark}, (mark,), mark)
        if ".." in text:
            for m in self.DOTS.finditer(text):
                yield Hit(m.start(), m.end(), {"match": m.group(), "form": "..."}, ("...", "."))
        if "--" not in text:
            return
        for m in self.HYPHENS.finditer(text):
            left, right, dash = m.group("left"), m.group("right"), m.group("dash")
            start, end = m.start("dash"), m.end("dash")
            if left.lower() == right.lower():
                # a reduplication typed with two hyphens: perubahan--perubahan
                yield Hit(start, end, {"match": dash, "form": "-"}, ("-",), "-")
            else:
                yield Hit(start, end, {"match": dash, "form": "—"}, ("—",))


#: A quotation this short set off by commas may be a title in apposition.
APPOSITION_WORDS = 4
#: the last word before an offset (searched up to it, with punctuation after it passed over)
_LAST_WORD = LazyPattern(r"([^\W\d_]+)\W*$")


class MarkOutsideQuote:
    """A comma written after the closing quotation mark of direct speech: "..." , kata Budi ->
    "...," kata Budi. The speech verb that follows (`verbs`) shows it is a quotation, not a term."""

    PATTERN = LazyPattern(r"(?<=[^\s\"“”,.])([\"”])(,)(?=[ \t]+(?P<next>[^\W\d_]+))")

    def __init__(self, verbs: Collection[str]):
        if not verbs:
            raise ValueError("`verbs` must not be empty")
        self.verbs = {v.lower() for v in verbs}

    def check(self, doc: Document) -> Iterator[Hit]:
        if '",' not in doc.prose and "”," not in doc.prose:
            return
        text = doc.prose
        for m in self.PATTERN.finditer(text):
            if m.group("next").lower() not in self.verbs or self._apposition(text, m.start()):
                continue
            quote, mark = m.group(1), m.group(2)
            yield Hit(
                m.start(),
                m.end(),
                {"match": quote + mark, "replacement": mark + quote},
                (mark + quote,),
                mark + quote,
            )

    def _apposition(self, text: str, close: int) -> bool:
        """The short quotation closing at `close` opened between commas after a word that says
        nothing: a title set off as an apposition ('lagu terbaru mereka, "Kanal", bercerita
        ...'), whose comma stays outside. After a verb of saying it is speech ('Ia berkata,
        "Siap", lalu ...')."""
        opening = max(text.rfind('"', 0, close), text.rfind("“", 0, close))
        if opening < 2 or "\n" in text[opening:close] or text[opening - 2 : opening] != ", ":
            return False
        if len(text[opening + 1 : close].split()) > APPOSITION_WORDS:
            return False  # speech runs longer than a title
        before = _LAST_WORD.search(text, max(0, opening - 40), opening - 2)
        return before is not None and before.group(1).lower() not in self.verbs


class CommaClosingSpeech:
    """Direct speech closed without its comma before the verb that tags it: "... siap" kata Budi
    and "... siap." kata Budi are "... siap," kata Budi. A question or an exclamation keeps its
    mark; the speech is a quotation that opens a paragraph or a sentence, or follows a colon,
    so a term in quotes mid-sentence ("hoaks" kata yang ...) is left alone."""

    PATTERN = LazyPattern(r"(?<=[^\W_])(\.?)([\"”])(?=[ \t]+(?P<next>[^\W\d_]+))")

    def __init__(self, verbs: Collection[str]):
        if not verbs:
            raise ValueError("`verbs` must not be empty")
        self.verbs = {v.lower() for v in verbs}

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.prose
        if '" ' not in text and "” " not in text:
            return
        for m in self.PATTERN.finditer(text):
            if m.group("next").lower() not in self.verbs or not self._speech(text, m.start(2)):
                continue
            quote = m.group(2)
            fix = "," + quote
            yield Hit(m.start(), m.end(), {"match": m.group(1) + quote, "replacement": fix}, (fix,), fix)

    @staticmethod
    def _speech(text: str, close: int) -> bool:
        """The quotation closing at `close` opens a paragraph or a sentence, or follows a colon."""
        opener = "“" if text[close] == "”" else '"'
        opening = text.rfind(opener, 0, close)
        if opening == -1 or "\n" in text[opening:close]:
            return False
        # (a Markdown quote's ">" is masked: it opens the line as much as a paragraph does)
        before = text[:opening].rstrip(" \t" + MASK)
        return not before or before.endswith(("\n", ".", "!", "?", ":", '."', ".”", '?"', "?”", '!"', "!”"))


CHECK_TYPES: dict[str, type] = {
    "comma-closing-speech": CommaClosingSpeech,
    "mark-outside-quote": MarkOutsideQuote,
    "double-space": DoubleSpace,
    "space-before-mark": SpaceBefore,
    "space-after-mark": SpaceAfter,
    "paired-marks": Paired,
    "mixed-quotes": MixedQuotes,
    "mark-forms": MarkForms,
}
