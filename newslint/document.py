"""The document model and the plain-text parser for IDN Times Community drafts.

A `Document` keeps the source untouched and a `prose` string of exactly the same length in
which everything that is not prose is replaced by U+FFFC (newlines kept), so that an offset
found in `prose` is an offset in `source`.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from typing import NamedTuple

from newslint import compiled

MASK = "\ufffc"


class BlockKind(StrEnum):
    """What a block of a draft is, in the IDN Times Community layout."""

    HEADLINE = "headline"
    SUBTITLE = "subtitle"
    DATELINE = "dateline"  # the lead paragraph, "Jakarta, IDN Times - ..."
    PARAGRAPH = "paragraph"
    HEADING = "heading"  # an unnumbered (Markdown) heading
    SECTION = "section"  # a numbered subheading, "1. ..."
    QUOTE = "quote"
    RELATED = "related"  # "Baca Juga: ..."
    FOOTER = "footer"  # byline, "IDN Times Community adalah ...", "Topik:"
    CODE = "code"


#: Blocks whose text is not the writer's prose: masked before any check sees them.
MASKED_KINDS = frozenset({BlockKind.RELATED, BlockKind.FOOTER, BlockKind.CODE})
#: Blocks that are body text (what the attribution and style checks read).
BODY_KINDS = frozenset({BlockKind.DATELINE, BlockKind.PARAGRAPH, BlockKind.QUOTE})
#: Blocks written in title style: every word capitalized, verbs bare ("Posko Bantu Warga").
TITLE_BLOCKS = frozenset({BlockKind.HEADLINE, BlockKind.SUBTITLE, BlockKind.SECTION, BlockKind.HEADING})


@dataclass(frozen=True)
class Span:
    """A half-open range of source offsets."""

    start: int
    end: int


class Block(NamedTuple):
    """A block of the draft; `start`/`end` are source offsets of its text, newline excluded."""

    kind: BlockKind
    start: int
    end: int
    #: For SECTION blocks: the number, the span of its marker ("2.") and its style ("." or ")").
    number: int | None = None
    marker: Span | None = None
    style: str = ""


class Word(NamedTuple):
    """A word token of the prose view.

    A NamedTuple rather than a frozen dataclass: every draft makes thousands, and a frozen
    dataclass's __init__ is the costliest step of tokenizing.
    """

    start: int
    end: int
    text: str


# Letters with inner hyphens or apostrophes: "kata-kata", "Asia-Pasifik", "Ma'ruf", "U-17".
WORD_RE = compiled.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
# The prose cut into gap, word, gap, ..., gap: every offset follows from the lengths, with no
# match object per word.
_WORD_SPLIT = compiled.compile(f"({WORD_RE.pattern})")
# A Word made from a (start, end, text) tuple in C: Word._make is a Python call per word.
_new_word = functools.partial(tuple.__new__, Word)
_NOT_NEWLINE = compiled.compile(r"[^\r\n]")
LINE_BREAK = compiled.compile(r"\r\n|\r|\n")
# (the marks written once, before the two ways a sentence ends: several times faster a scan)
_SENTENCE_END = compiled.compile(r"[.!?…]+[\"”’')\]]*(?:(?=\s+[\"“‘'(]?[A-Z0-9])|\s*$)")
# \s is what str.isspace() calls a blank
_LEADING_BLANKS = compiled.compile(r"[\s\ufffc]*")


@dataclass(frozen=True)
class Document:
    """A parsed draft: the untouched source, the same-length prose view, and its blocks."""

    path: str
    source: str
    prose: str
    blocks: tuple[Block, ...]
    #: Scope this view was narrowed to ("prose" is the whole prose).
    scope: str = "prose"
    _views: dict[str, Document] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def unparsed(cls, path: str, source: str) -> Document:
        """A document for reporting only (lines and columns), without parsing."""
        return cls(path, source, source, ())

    def __post_init__(self) -> None:
        if len(self.source) != len(self.prose):
            raise ValueError("prose must be exactly as long as the source")

    @cached_property
    def line_starts(self) -> tuple[int, ...]:
        starts = [0]
        for m in LINE_BREAK.finditer(self.source):
            starts.append(m.end())
        return tuple(starts)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and code-point column of a source offset."""
        index = bisect.bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1

    def line_text(self, line: int) -> str:
        """The source text of a 1-based line, without its line break."""
        start = self.line_starts[line - 1]
        end = self.line_starts[line] if line < len(self.line_starts) else len(self.source)
        return self.source[start:end].rstrip("\r\n")

    @cached_property
    def _parts(self) -> list[str]:
        """The prose cut into gap, word, gap, ..., word, gap (see `words`, `gaps`)."""
        return _WORD_SPLIT.split(self.prose)

    @cached_property
    def words(self) -> tuple[Word, ...]:
        """Word tokens of the prose view, shared by every word check."""
        parts = self._parts
        ends = list(itertools.accumulate(map(len, parts)))
        return tuple(map(_new_word, zip(ends[0:-1:2], ends[1::2], parts[1::2], strict=True)))

    @cached_property
    def gaps(self) -> tuple[str, ...]:
        """The prose between each word of `words` and the next."""
        if "words" in self.__dict__ and "_parts" not in self.__dict__:
            # a view given its document's words (see view()): they are cut, not the prose again
            prose = self.prose
            return tuple([prose[a.end : b.start] for a, b in itertools.pairwise(self.words)])
        return tuple(self._parts[2:-1:2])

    @cached_property
    def lowers(self) -> tuple[str, ...]:
        """`words` lower-cased, in order."""
        return lowered(self.words)

    @cached_property
    def positions(self) -> dict[str, list[int]]:
        """Indices into `words` of each lower-cased word; read, never changed."""
        lowers = self.lowers
        out: dict[str, list[int]] = {low: [] for low in lowers}
        # each index appended to its word's list by C calls, with no Python call per word
        for _ in map(list.append, map(out.__getitem__, lowers), range(len(lowers))):
            pass
        return out

    def indices(self, forms: Collection[str]) -> list[int]:
        """Indices into `words` of the words written as one of `forms` (lower case) in any case,
        in order: a check visits those, not every word of the draft."""
        positions = self.positions
        found = [i for form in positions.keys() & forms for i in positions[form]]
        found.sort()
        return found

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """Lower-cased words of the prose and the parts of hyphenated ones: a cheap prefilter
        that lets a check skip a document holding none of its words."""
        out = set(self.lowers)
        for low in [low for low in out if "-" in low]:
            out.update(low.split("-"))
        return frozenset(out)

    @cached_property
    def sentences(self) -> tuple[Span, ...]:
        """Sentence spans inside each unmasked block, in order."""
        out: list[Span] = []
        for block in self.blocks:
            if block.kind in MASKED_KINDS:
                continue
            out.extend(_sentence_spans(self.prose, block.start, block.end))
        return tuple(out)

    def block_at(self, offset: int) -> Block | None:
        """The block holding a source offset, if any."""
        for block in self.blocks:
            if block.start <= offset < block.end or block.start == offset:
                return block
        return None

    def blocks_of(self, *kinds: BlockKind) -> Iterator[Block]:
        return (b for b in self.blocks if b.kind in kinds)

    def view(self, scope: str) -> Document:
        """This document with prose masked outside `scope` ("prose", "headline" or "body")."""
        if scope == self.scope or scope == "prose":
            return self
        cached = self._views.get(scope)
        if cached is not None:
            return cached
        if scope == "headline":
            keep = {BlockKind.HEADLINE}
        elif scope == "body":
            keep = set(BODY_KINDS)
        elif scope == "sections":
            keep = {BlockKind.SECTION, BlockKind.HEADING}
        else:
            raise ValueError(f"unknown scope {scope!r}")
        pieces: list[str] = []
        pos = 0
        for b in sorted((b for b in self.blocks if b.kind in keep), key=lambda b: b.start):
            if b.end <= pos:
                continue
            start = max(b.start, pos)
            pieces.append(_NOT_NEWLINE.sub(MASK, self.prose[pos:start]))
            pieces.append(self.prose[start : b.end])
            pos = b.end
        pieces.append(_NOT_NEWLINE.sub(MASK, self.prose[pos:]))
        view = Document(self.path, self.source, "".join(pieces), self.blocks, scope)
        kept = _kept_words(self.words, view.prose)
        if kept is not None:
            # tokenizing again costs more than keeping this document's words, as found
            view.__dict__["words"] = kept
        self._views[scope] = view
        return view


def lowered(words: Sequence[Word]) -> tuple[str, ...]:
    """The texts of `words` lower-cased, in order."""
    # one lower() over the joined words: no word holds a space, and a space ends the context of
    # case mappings that look at neighbours (a final sigma) as a word's own end does
    return tuple(" ".join([w.text for w in words]).lower().split(" ")) if words else ()


def _kept_words(words: tuple[Word, ...], masked: str) -> tuple[Word, ...] | None:
    """The words that a masked copy of their prose keeps whole, or None when masking cut one
    (its unmasked part would be a word of its own)."""
    out = []
    for word in words:
        piece = masked[word.start : word.end]
        if piece == word.text:
            out.append(word)
        elif piece.strip(MASK):
            return None
    return tuple(out)


def split_sentences(text: str, start: int, end: int) -> Iterator[Span]:
    """Sentence spans of text[start:end], leading and trailing blanks trimmed."""
    return iter(_sentence_spans(text, start, end))


def _sentence_spans(text: str, start: int, end: int) -> list[Span]:
    cuts = [m.end() for m in _SENTENCE_END.finditer(text, start, end)]
    if not cuts or cuts[-1] < end:
        cuts.append(end)
    out = []
    # (one loop, no generator per sentence: every draft has dozens)
    for a, b in zip([start, *cuts], cuts, strict=False):
        lead = _LEADING_BLANKS.match(text, a, b)  # (always a match, maybe empty)
        if lead is not None:
            a = lead.end()
        while b > a and (text[b - 1].isspace() or text[b - 1] == MASK):
            b -= 1
        if a < b:
            out.append(Span(a, b))
    return out


def mask(chars: list[str], start: int, end: int) -> None:
    """Replace chars[start:end] with U+FFFC, keeping line breaks."""
    chars[start:end] = [c if c in "\r\n" else MASK for c in chars[start:end]]


# Inline non-prose: HTML comments (directives too), tags, URLs, e-mail addresses.
INLINE_NON_PROSE = compiled.compile(
    r"<!--.*?-->|</?[A-Za-z][^<>\n]*>|\bhttps?://[^\s<>()\"”]+|\bwww\.[^\s<>()\"”]+", re.DOTALL
)
# A web address written without its scheme ("cekbansos.kemensos.go.id", "idntimes.com/news"):
# labels and one of the endings Indonesian copy gives addresses
DOMAIN = compiled.compile(
    r"(?<![\w@.-])(?:[A-Za-z][A-Za-z0-9-]*\.)+"
    r"(?:(?:go|co|ac|or|sch|desa|net|web|my|mil|ponpes|biz)\.id|id|com|org|net|info|io|gov|edu|co|tv|app)"
    r"(?![\w-])(?:/[^\s<>()\"”]*[^\s<>()\"”.,;:!?])?"
)
#: what a text holding such an address holds: most drafts hold none, and the pattern is tried at every word
_DOMAIN_ENDINGS = (".id", ".com", ".org", ".net", ".info", ".io", ".gov", ".edu", ".co", ".tv", ".app")
# Tried at every word character, so it runs only on a text holding "@"; the local part is
# anchored and bounded, since unbounded it is quadratic on a long word.
EMAIL = compiled.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]+\.[\w.-]+")

DATELINE_RE = compiled.compile(r"^[A-Z][^\n,]{1,60},\s+IDN Times\s*[-–—]\s")
RELATED_RE = compiled.compile(r"^\s*Baca\s+[Jj]uga\s*:")
SECTION_RE = compiled.compile(r"^(\s*)(\d{1,3})([.)])[ \t]+\S")
FOOTER_START_RE = compiled.compile(
    r"\b(?:Photo\s+)?Verified\s+Writer\b|^IDN Times Community adalah\b"
    r"|^Topik\s*:\s*$|^Berita Terkini Lainnya\s*$"
)
#: what a line must hold for FOOTER_START_RE to match it: "Verified" anywhere, or one of these first
_FOOTER_OPENINGS = ("IDN Times Community adalah", "Topik", "Berita Terkini Lainnya")
#: the writer's credit where a draft pasted from its page runs it into the last paragraph: the
#: name in capitals, then "Photo Verified Writer" ("... kata Agustina. YUKI PRATIWI Photo ...")
_GLUED_CREDIT = compiled.compile(r"(?<!\S)(?:[A-Z][A-Z'-]*[ \t]+)*(?:Photo[ \t]+)?Verified[ \t]+Writer\b")
#: ... and a related link run into it after a sentence, before the credit
_GLUED_RELATED = compiled.compile(r"(?<=[.!?\"”])[ \t]+(?=Baca[ \t]+[Jj]uga[ \t]*:)")


#: a byline closing a draft: "Penulis: Nama", "Editor: Nama" (names, not prose)
BYLINE_RE = compiled.compile(
    r"^[ \t]*(?:Penulis|Editor|Reporter|Kontributor|Fotografer|Penyunting|Pewarta)[ \t]*:[ \t]*\S[^\n]{0,60}$"
)


def mask_inline(source: str, chars: list[str]) -> None:
    """Mask inline non-prose anywhere in the source."""
    # (each of the pattern's forms holds one of these: most drafts hold none, and the pattern
    # is tried at every letter)
    if "<" in source or "http" in source or "www." in source:
        for m in INLINE_NON_PROSE.finditer(source):
            mask(chars, m.start(), m.end())
    if any(ending in source for ending in _DOMAIN_ENDINGS):
        for m in DOMAIN.finditer(source):
            mask(chars, m.start(), m.end())
    if "@" in source:
        for m in EMAIL.finditer(source):
            mask(chars, m.start(), m.end())


class _Para(NamedTuple):
    start: int
    end: int
    lines: tuple[tuple[int, int], ...]


_COMMENT_ONLY = compiled.compile(r"^\s*(?:<!--.*?-->\s*)+$")


def _unglued(source: str, para: _Para) -> list[_Para]:
    """The paragraph that holds the writer's credit, as the text before the credit (with a
    related link run into it on its own) and the footer from the credit on: a draft pasted from
    its page runs its last paragraph, a related link and the credit into one line, and only the
    credit's part is no text. Just the paragraph, when the credit opens it."""
    start, end = para.lines[0]
    credit = _GLUED_CREDIT.search(source, start, end)
    cut = credit.start() if credit is not None else start
    text_end = start + len(source[start:cut].rstrip())
    if text_end == start:
        return [para]
    footer = _Para(cut, para.end, ((cut, end), *para.lines[1:]))
    # (the last link before the credit: the page closes with it)
    gaps = list(_GLUED_RELATED.finditer(source, start, text_end))
    gap = gaps[-1] if gaps else None
    if gap is None or gap.start() == start:
        return [_Para(start, text_end, ((start, text_end),)), footer]
    related = gap.end()
    return [
        _Para(start, gap.start(), ((start, gap.start()),)),
        _Para(related, text_end, ((related, text_end),)),
        footer,
    ]


def _paragraphs(source: str) -> list[_Para]:
    """Runs of non-blank lines, as (start, end) of text without line breaks."""
    paras: list[_Para] = []
    current: list[tuple[int, int]] = []
    pos = 0
    for line in source.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        # a line holding only directives is no text: the headline stays the first paragraph
        if body.strip() and not _COMMENT_ONLY.match(body):
            current.append((pos, pos + len(body)))
        elif current:
            paras.append(_Para(current[0][0], current[-1][1], tuple(current)))
            current = []
        pos += len(line)
    if current:
        paras.append(_Para(current[0][0], current[-1][1], tuple(current)))
    return paras


#: how a heading's line does not end: with a sentence's or a clause's mark
_LINE_GOES_ON = compiled.compile(r"[.!?,;:\"”'’]\s*$")
_LIST_ITEM = compiled.compile(r"^\s*(?:\d{1,3}[.)]|[-•*])\s")


def _heading_over_text(source: str, para: _Para) -> bool:
    """The first line of `para` is a numbered subheading written right above its text, with no
    blank line between ("1. Papeda dan ikan kuah kuning" / "Papeda adalah ..."): a short line
    that ends no sentence, over a line that is no further item of a list."""
    (start, end), (next_start, next_end) = para.lines[0], para.lines[1]
    line, following = source[start:end], source[next_start:next_end]
    return (
        len(line) <= 120
        and not _LINE_GOES_ON.search(line)
        and not _LIST_ITEM.match(following)
        and following.lstrip()[:1].isupper()
    )


def parse_plain(path: str, source: str) -> Document:
    """Parse a plain-text draft in the IDN Times Community layout (or any plain text)."""
    chars = list(source)
    mask_inline(source, chars)
    paras = _paragraphs(source)
    blocks: list[Block] = []

    footer_at: int | None = None
    for index, para in enumerate(paras):
        first = source[para.start : para.lines[0][1]]
        # (the pattern is tried at every letter of a long line: a plain test for its words first)
        footer_like = "Verified" in first or first.startswith(_FOOTER_OPENINGS)
        if footer_like and FOOTER_START_RE.search(first) and index > 0:
            glued = _unglued(source, para)
            paras[index : index + 1] = glued
            footer_at = index + len(glued) - 1
            break
    if footer_at is None:
        # the last paragraphs when every line of them is a byline
        index = len(paras)
        while index > 1 and all(BYLINE_RE.match(source[a:b]) for a, b in paras[index - 1].lines):
            index -= 1
        footer_at = index if index < len(paras) else None

    has_dateline = any(DATELINE_RE.match(source[p.start : p.end]) for p in paras[: footer_at or len(paras)])
    seen_dateline = False
    for index, para in enumerate(paras):
        if footer_at is not None and index >= footer_at:
            blocks.append(Block(BlockKind.FOOTER, para.start, para.end))
            continue
        text = source[para.start : para.end]
        single = len(para.lines) == 1
        if index == 0 and single and (has_dateline or not _looks_like_sentence(text) or len(paras) > 1):
            blocks.append(Block(BlockKind.HEADLINE, para.start, para.end))
            continue
        if index == 0 and has_dateline and len(para.lines) == 2 and not DATELINE_RE.match(text):
            # headline and subtitle pasted with no blank line between: a headline ends no sentence
            (head_start, head_end), (sub_start, sub_end) = para.lines
            if not source[head_start:head_end].rstrip().endswith(_SENTENCE_ENDS):
                blocks.append(Block(BlockKind.HEADLINE, head_start, head_end))
                blocks.append(Block(BlockKind.SUBTITLE, sub_start, sub_end))
                continue
        if DATELINE_RE.match(text):
            seen_dateline = True
            blocks.append(Block(BlockKind.DATELINE, para.start, para.end))
            continue
        if has_dateline and not seen_dateline and single:
            blocks.append(Block(BlockKind.SUBTITLE, para.start, para.end))
            continue
        if seen_dateline and single and _heading_between(source, paras, index):
            # an unnumbered subheading, as a Markdown draft marks with "#": "Jalur puncak ditutup"
            blocks.append(Block(BlockKind.HEADING, para.start, para.end))
            continue
        for k, (start, end) in enumerate(para.lines):
            line = source[start:end]
            if RELATED_RE.match(line):
                blocks.append(Block(BlockKind.RELATED, start, end))
                continue
            section = SECTION_RE.match(line)
            if section and (len(line) <= 200 if single else k == 0 and _heading_over_text(source, para)):
                mstart = start + len(section.group(1))
                mend = mstart + len(section.group(2)) + 1
                blocks.append(
                    Block(
                        BlockKind.SECTION,
                        start,
                        end,
                        number=int(section.group(2)),
                        marker=Span(mstart, mend),
                        style=section.group(3),
                    )
                )
                continue
            kind = BlockKind.QUOTE if line.lstrip().startswith(">") else BlockKind.PARAGRAPH
            if blocks and blocks[-1].kind == kind and blocks[-1].end < start and not single:
                # consecutive lines of one paragraph stay one block
                prev = blocks[-1]
                if source[prev.end : start].count("\n") == 1:
                    blocks[-1] = Block(kind, prev.start, end)
                    continue
            blocks.append(Block(kind, start, end))

    for block in blocks:
        if block.kind in MASKED_KINDS:
            mask(chars, block.start, block.end)
        elif block.kind is BlockKind.SECTION and block.marker is not None:
            mask(chars, block.marker.start, block.marker.end)
    return Document(path, source, "".join(chars), tuple(blocks))


def _heading_between(source: str, paras: list[_Para], index: int) -> bool:
    """Paragraph `index` looks like a heading and stands between body text: a list of short
    lines (names, items) is no run of headings."""
    if index + 1 >= len(paras) or not _looks_like_heading(source[paras[index].start : paras[index].end]):
        return False
    neighbours = (paras[index - 1], paras[index + 1])
    return not any(len(p.lines) == 1 and _looks_like_heading(source[p.start : p.end]) for p in neighbours)


def _looks_like_heading(text: str) -> bool:
    """A short line that opens with a capital and holds no sentence's closing mark, nor a
    caption's label or credit ("Foto: IDN Times/Ahmad")."""
    line = text.strip()
    return (
        line[:1].isupper()
        and not line.endswith(_SENTENCE_ENDS)
        and not any(mark in line for mark in (". ", "? ", "! ", ":", "/"))
        and 2 <= len(line.split()) <= _HEADING_MAX_WORDS
        and not RELATED_RE.match(line)
        and not SECTION_RE.match(line)
    )


#: what ends a sentence, a quotation, a list item or a caption's credit
_SENTENCE_ENDS = (".", "!", "?", "…", ":", ";", ",", '"', "”", "’", "'", ")", "]")
_HEADING_MAX_WORDS = 12


def _looks_like_sentence(text: str) -> bool:
    return text.rstrip().endswith((".", "!", "?", '"', "”")) and len(text) > 120
