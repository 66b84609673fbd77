"""Markdown drafts: blocks from markdown-it-py, non-prose masked in place, offsets exact."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint import engine, inputs, plugins
from newslint.document import MASK, BlockKind, Document
from newslint.markdown import parse_markdown
from newslint.rules import DataDirs, Rule, load_rules

DRAFT = """\
---
title: Judul setalah di front matter
tags: [berita, dunia]
---
# Menlu Kunjungi Rusia

Jakarta, IDN Times - Menteri tiba, lihat [laporan lengkap](https://contoh.id/setalah) hari ini.

> Kutipan dari narasumber
> yang berlanjut di baris dua.

## 1. Perjalanan dimulai

Teks dengan *emfasis*, **tebal** dan `kode setalah` di dalamnya.

```python
setalah = "kode"
```

<div class="iklan">setalah iklan</div>

## Bagian tanpa nomor

Baca Juga: Tautan lain setalah

Gambar ![keterangan foto](foto.jpg) dan [rujukan][1].

[1]: https://contoh.id/rujukan-setalah
"""


def blocks(doc: Document) -> list[tuple[str, int]]:
    return [(b.kind.value, doc.position(b.start)[0]) for b in doc.blocks]


def masked(doc: Document, text: str) -> bool:
    at = doc.source.index(text)
    return set(doc.prose[at : at + len(text)]) <= {MASK, "\n", "\r"}


def test_parser_is_chosen_by_suffix() -> None:
    assert [b.kind for b in plugins.parse("a.md", "# Judul\n").blocks] == [BlockKind.HEADLINE]
    assert [b.kind for b in plugins.parse("a.markdown", "# Judul\n").blocks] == [BlockKind.HEADLINE]
    # in plain text "#" is just a character
    assert plugins.parse("a.txt", "# Judul\n").prose == "# Judul\n"


def test_blocks() -> None:
    doc = parse_markdown("d.md", DRAFT)
    assert blocks(doc) == [
        ("headline", 5),
        ("dateline", 7),
        ("quote", 9),
        ("section", 12),
        ("paragraph", 14),
        ("code", 16),
        ("code", 20),
        ("heading", 22),
        ("related", 24),
        ("paragraph", 26),
    ]
    section = next(doc.blocks_of(BlockKind.SECTION))
    assert (section.number, section.style) == (1, ".")
    assert section.marker is not None
    assert doc.source[section.marker.start : section.marker.end] == "1."


def test_non_prose_is_masked() -> None:
    doc = parse_markdown("d.md", DRAFT)
    for text in (
        "---\ntitle: Judul setalah di front matter",  # front matter
        "(https://contoh.id/setalah)",  # link target
        "`kode setalah`",  # code span
        'setalah = "kode"',  # fenced code
        '<div class="iklan">setalah iklan</div>',  # HTML block
        "Baca Juga: Tautan lain setalah",  # related link
        "[1]: https://contoh.id/rujukan-setalah",  # link definition
        "# ",
        "## ",
        "> ",
        "*",
        "**",
    ):
        assert masked(doc, text), text
    # the only "setalah" left is none: every one above sits in non-prose
    assert "setalah" not in doc.prose
    for text in ("Menlu Kunjungi Rusia", "laporan lengkap", "Kutipan dari narasumber", "emfasis", "tebal"):
        assert text in doc.prose, text
    assert "keterangan foto" in doc.prose and "rujukan" in doc.prose
    # link brackets are markup too, so punctuation checks never see them
    assert "[" not in doc.prose and "]" not in doc.prose and "!" not in doc.prose


def test_prose_same_length_and_line_breaks() -> None:
    doc = parse_markdown("d.md", DRAFT)
    assert len(doc.prose) == len(DRAFT)
    for src, prose in zip(DRAFT, doc.prose, strict=True):
        assert prose in (src, MASK)
        assert (src == "\n") == (prose == "\n")


def test_heading_without_h1_and_footer() -> None:
    text = "Judul polos\n\nIsi berita.\n\nNAMA Photo Verified Writer NAMA\n\nTopik:\n"
    doc = parse_markdown("d.md", text)
    assert blocks(doc) == [("headline", 1), ("paragraph", 3), ("footer", 5), ("footer", 7)]
    assert masked(doc, "NAMA Photo Verified Writer NAMA")


@pytest.mark.parametrize(
    "newline",
    ["\n", "\r\n", "\r"],
    ids=["lf", "crlf", "cr"],
)
def test_line_endings(newline: str) -> None:
    text = newline.join(["# Judul", "", "Paragraf [teks](http://a.b/c) satu.", "", "> kutip", ""])
    doc = parse_markdown("d.md", text)
    assert blocks(doc) == [("headline", 1), ("paragraph", 3), ("quote", 5)]
    assert masked(doc, "](http://a.b/c)")
    assert len(doc.prose) == len(text)


def rule_for(tmp_path: Path, *tokens: str) -> list[Rule]:
    rules = tmp_path / "rules" / "uji"
    rules.mkdir(parents=True)
    listed = ", ".join(f'"{t}"' for t in tokens)
    (rules / "kata.toml").write_text(
        f'type = "existence"\ncategory = "spelling"\nsummary = "uji"\n'
        f'message = {{ id = "kata {{match}}", en = "word {{match}}" }}\ntokens = [{listed}]\n',
        encoding="utf-8",
    )
    return load_rules(DataDirs((tmp_path,)), plugins.check_types())


def test_findings_in_markdown(tmp_path: Path) -> None:
    text = (
        "\ufeff---\r\njudul: setalah\r\n---\r\n# Judul 😀 setalah\r\n\r\n"
        "Teks\t`setalah` dan “setalah” [kata setalah itu](http://x.y/setalah).\r\n"
    )
    draft = inputs.decode("d.md", text.encode("utf-8"))
    assert not draft.text.startswith("\ufeff") and draft.bom
    doc, findings = engine.lint_draft(draft, rule_for(tmp_path, "setalah"))
    assert [(f.line, f.column, f.end_column) for f in findings] == [(4, 11, 18), (6, 21, 28), (6, 36, 43)]
    assert [doc.position(w.start) for w in doc.words if w.text == "setalah"] == [(4, 11), (6, 21), (6, 36)]
