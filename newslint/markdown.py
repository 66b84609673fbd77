"""Markdown drafts: markdown-it-py finds the blocks; non-prose is masked in place."""

from __future__ import annotations

import re

from newslint import compiled
from newslint.document import (
    DATELINE_RE,
    FOOTER_START_RE,
    LINE_BREAK,
    MASKED_KINDS,
    RELATED_RE,
    Block,
    BlockKind,
    Document,
    Span,
    mask,
    mask_inline,
)

_FRONT_MATTER = compiled.compile(r"\A(?:\ufeff)?---\r?\n.*?\r?\n(?:---|\.\.\.)\r?\n", re.DOTALL)
_CODE_SPAN = compiled.compile(r"(`+)(?!`).+?(?<!`)\1", re.DOTALL)
_LINK_TARGET = compiled.compile(r"\]\([^)\n]*\)|\]\[[^\]\n]*\]|^\s*\[[^\]\n]+\]:\s*\S+.*$", re.MULTILINE)
# the "[" or "![" opening a link or image whose target is masked: markup, not punctuation
_LINK_OPEN = compiled.compile(r"!?\[(?=[^\[\]\n]*\][(\[])")
_HEADING_PREFIX = compiled.compile(r"^\s{0,3}#{1,6}[ \t]+")
_EMPHASIS = compiled.compile(r"(?<![\w*_])(\*{1,3}|_{1,3})(?=\S)|(?<=\S)(\*{1,3}|_{1,3})(?![\w*_])")
_NUMBERED = compiled.compile(r"^(\d{1,3})([.)])[ \t]+\S")
_QUOTE_PREFIX = compiled.compile(r"^\s{0,3}(?:>\s?)+")


def parse_markdown(path: str, source: str) -> Document:
    """Parse a Markdown draft into blocks, masking code, HTML, front matter and link targets."""
    from markdown_it import MarkdownIt  # imported here: only Markdown drafts pay for it

    chars = list(source)
    line_starts = [0]
    # markdown-it counts a lone CR as a line break too
    for m in LINE_BREAK.finditer(source):
        line_starts.append(m.end())
    line_starts.append(len(source))

    def line_span(first: int, last: int) -> tuple[int, int]:
        start = line_starts[first]
        end = line_starts[min(last, len(line_starts) - 1)]
        while end > start and source[end - 1] in "\r\n":
            end -= 1
        return start, end

    front = _FRONT_MATTER.match(source)
    offset_lines = 0
    body = source
    if front:
        mask(chars, 0, front.end())
        offset_lines = source[: front.end()].count("\n")
        body = "\n" * offset_lines + source[front.end() :]

    tokens = MarkdownIt("commonmark").parse(body)
    blocks: list[Block] = []
    quote_depth = 0
    pending_heading: str | None = None
    footer = False
    for token in tokens:
        if token.type == "blockquote_open":
            quote_depth += 1
        elif token.type == "blockquote_close":
            quote_depth -= 1
        elif token.type == "heading_open":
            pending_heading = token.tag
        elif token.type in ("fence", "code_block", "html_block") and token.map:
            start, end = line_span(*token.map)
            blocks.append(Block(BlockKind.CODE, start, end))
        elif token.type == "inline" and token.map:
            start, end = line_span(*token.map)
            text = source[start:end]
            if pending_heading is not None:
                prefix = _HEADING_PREFIX.match(text)
                if prefix:
                    mask(chars, start, start + prefix.end())
                    start += prefix.end()
                    text = source[start:end]
                number = _NUMBERED.match(text)
                if not _has_text(blocks) and pending_heading == "h1":
                    blocks.append(Block(BlockKind.HEADLINE, start, end))
                elif number:
                    marker = Span(start, start + len(number.group(1)) + 1)
                    mask(chars, marker.start, marker.end)
                    blocks.append(
                        Block(BlockKind.SECTION, start, end, int(number.group(1)), marker, number.group(2))
                    )
                else:
                    blocks.append(Block(BlockKind.HEADING, start, end))
                pending_heading = None
                continue
            if FOOTER_START_RE.search(text) and _has_text(blocks):
                footer = True
            if footer:
                kind = BlockKind.FOOTER
            elif RELATED_RE.match(text):
                kind = BlockKind.RELATED
            elif quote_depth:
                kind = BlockKind.QUOTE
                for m in re.finditer(r"^[ \t]*(?:>[ \t]?)+", text, re.MULTILINE):
                    mask(chars, start + m.start(), start + m.end())
            elif DATELINE_RE.match(text):
                kind = BlockKind.DATELINE
            elif not _has_text(blocks):
                kind = BlockKind.HEADLINE
            else:
                kind = BlockKind.PARAGRAPH
            blocks.append(Block(kind, start, end))

    mask_inline(source, chars)
    for pattern in (_CODE_SPAN, _LINK_TARGET, _LINK_OPEN):
        for m in pattern.finditer(source):
            mask(chars, m.start(), m.end())
    for block in blocks:
        if block.kind in MASKED_KINDS:
            mask(chars, block.start, block.end)
        elif block.kind is not BlockKind.CODE:
            # emphasis markers are markup, not punctuation
            for m in _EMPHASIS.finditer(source, block.start, block.end):
                mask(chars, m.start(), m.end())
    return Document(path, source, "".join(chars), tuple(blocks))


def _has_text(blocks: list[Block]) -> bool:
    """Whether a text block came before (HTML comments and code do not make a headline)."""
    return any(b.kind is not BlockKind.CODE for b in blocks)
