"""The plain-text document model: IDN Times layout blocks, masking, exact positions."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint import engine, inputs, plugins
from newslint.document import MASK, WORD_RE, Block, BlockKind, Document, Word, parse_plain, split_sentences
from newslint.rules import DataDirs, Rule, load_rules

SEED = Path(__file__).resolve().parent / "fixtures" / "seed" / "menlu-china-rusia.txt"

DRAFT = """\
Ini 4 Fakta Kunjungan Menlu ke Rusia

Kunjungan dibahas pekan depan

Jakarta, IDN Times - Menteri Luar Negeri tiba di Moskow, Senin (3/6/2024). Lihat https://contoh.id/a-b.

Baca Juga: Menlu Bertemu Mitra dari Asia

1. Perjalanan dilakukan sehari setelah kunjungan

Paragraf pertama bagian satu.
Baris kedua paragraf yang sama.

2) Kunjungan membuka jalan

> Kutipan yang diteruskan.

Surel redaksi@contoh.id untuk koreksi. <b>tebal</b> <!-- catatan -->

NAMA PENULIS Photo Verified Writer NAMA PENULIS

IDN Times Community adalah media yang menyediakan platform untuk menulis.

Topik:
"""


def kinds(doc: Document) -> list[tuple[str, int]]:
    return [(b.kind.value, doc.position(b.start)[0]) for b in doc.blocks]


def test_layout_blocks() -> None:
    doc = parse_plain("d.txt", DRAFT)
    assert kinds(doc) == [
        ("headline", 1),
        ("subtitle", 3),
        ("dateline", 5),
        ("related", 7),
        ("section", 9),
        ("paragraph", 11),
        ("section", 14),
        ("quote", 16),
        ("paragraph", 18),
        ("footer", 20),
        ("footer", 22),
        ("footer", 24),
    ]


def test_headline_and_subtitle_with_no_blank_line_between() -> None:
    draft = (
        "4 Cara Warga Desa Menghemat Air Saat Kemarau\nDebit sumur turun sejak Agustus.\n\n"
        "Wonosari, IDN Times - Warga mulai menampung air hujan.\n\n1. Menampung air hujan\n\nTeks.\n"
    )
    assert kinds(parse_plain("d.txt", draft)) == [
        ("headline", 1),
        ("subtitle", 2),
        ("dateline", 4),
        ("section", 6),
        ("paragraph", 8),
    ]
    # two sentences over the lead are a paragraph, as before
    draft = draft.replace("Kemarau\n", "Kemarau.\n")
    assert kinds(parse_plain("d.txt", draft))[0] == ("paragraph", 1)


def test_unnumbered_subheadings_of_a_plain_draft() -> None:
    # a short line that ends no sentence, after the lead and before more text, is a heading;
    # a short sentence, a caption's credit, the last line and a line before the lead are not
    draft = (
        "Jalur Pendakian Ditutup\n\nPendaki diminta bersabar\n\n"
        "Mataram, IDN Times - Jalur pendakian ditutup sejak Senin.\n\n"
        "Pemandu dengar teriakan\n\nPemandu segera turun ke jurang.\n\n"
        "Cuaca membaik.\n\nTim SAR di lokasi (IDN Times/Ahmad)\n\nFoto: IDN Times/Ahmad\n\n"
        "Jalur dibuka lagi\n"
    )
    assert kinds(parse_plain("d.txt", draft)) == [
        ("headline", 1),
        ("subtitle", 3),
        ("dateline", 5),
        ("heading", 7),
        ("paragraph", 9),
        ("paragraph", 11),
        ("paragraph", 13),
        ("paragraph", 15),
        ("paragraph", 17),
    ]
    # a list of short lines, one a paragraph, is no run of headings
    listed = "Judul\n\nPalu, IDN Times - Juara diumumkan.\n\nJuara I Tim Merah\n\nJuara II Tim Biru\n\nOke.\n"
    assert [k for k, _ in kinds(parse_plain("d.txt", listed))].count("heading") == 0


def test_consecutive_lines_are_one_paragraph() -> None:
    doc = parse_plain("d.txt", DRAFT)
    para = next(doc.blocks_of(BlockKind.PARAGRAPH))
    assert (
        doc.source[para.start : para.end] == "Paragraf pertama bagian satu.\nBaris kedua paragraf yang sama."
    )


def test_sections_know_number_marker_and_style() -> None:
    doc = parse_plain("d.txt", DRAFT)
    sections = list(doc.blocks_of(BlockKind.SECTION))
    assert [(s.number, s.style) for s in sections] == [(1, "."), (2, ")")]
    for section in sections:
        assert section.marker is not None
        marker = doc.source[section.marker.start : section.marker.end]
        assert marker == f"{section.number}{section.style}"
        # the marker is masked, the subheading text is prose
        assert set(doc.prose[section.marker.start : section.marker.end]) == {MASK}
    first = sections[0]
    assert doc.prose[first.start : first.end].endswith("Perjalanan dilakukan sehari setelah kunjungan")


def test_related_footer_urls_mail_html_are_masked() -> None:
    doc = parse_plain("d.txt", DRAFT)
    for kind in (BlockKind.RELATED, BlockKind.FOOTER):
        for block in doc.blocks_of(kind):
            assert set(doc.prose[block.start : block.end]) <= {MASK, "\n"}
    for non_prose in ("https://contoh.id/a-b", "redaksi@contoh.id", "<b>", "</b>", "<!-- catatan -->"):
        at = DRAFT.index(non_prose)
        assert set(doc.prose[at : at + len(non_prose)]) == {MASK}, non_prose
    assert "tebal" in doc.prose
    words = {w.text for w in doc.words}
    assert {"Menlu", "Moskow", "tebal", "Kutipan"} <= words
    assert not words & {"Baca", "Verified", "redaksi", "https", "catatan", "Topik"}


def test_a_web_address_without_its_scheme_is_masked_up_to_its_closing_point() -> None:
    text = (
        "Judul Berita\n\nDek\n\nJakarta, IDN Times - Cek di cekdata.kemenso.go.id atau "
        "contoh.com/berita/satu. Sesudah itu, Jakarta.Sabtu dan Rp3.5 tetap teks.\n"
    )
    doc = parse_plain("d.txt", text)
    for address in ("cekdata.kemenso.go.id", "contoh.com/berita/satu"):
        at = text.index(address)
        assert set(doc.prose[at : at + len(address)]) == {MASK}, address
        # the point that closes the sentence is prose
        assert doc.prose[at + len(address)] == text[at + len(address)]
    words = {w.text for w in doc.words}
    assert not words & {"cekdata", "kemenso", "contoh", "berita"}
    assert {"Jakarta", "Sabtu", "Rp3"} <= words


def test_a_closing_byline_is_footer() -> None:
    text = "Judul Berita\n\nDek\n\nJakarta, IDN Times - Isi berita.\n\n"
    text += "Penulis: Lilis Sulastri\nEditor: Rudi\n"
    doc = parse_plain("d.txt", text)
    footers = doc.blocks_of(BlockKind.FOOTER)
    assert [text[b.start : b.end] for b in footers] == ["Penulis: Lilis Sulastri\nEditor: Rudi"]
    assert "Lilis" not in {w.text for w in doc.words}
    # a byline line inside the body, or a last paragraph that is prose, is not
    text = "Judul Berita\n\nDek\n\nJakarta, IDN Times - Isi.\n\nEditor: Rudi\n\nIa menutup rapat.\n"
    assert list(parse_plain("d.txt", text).blocks_of(BlockKind.FOOTER)) == []


def test_a_writers_credit_run_into_the_last_paragraph_masks_only_itself() -> None:
    # a draft pasted from its page runs the last paragraph, a related link and the credit into
    # one line: the paragraph is still text, the link and the credit are not
    last = (
        "Warga diminta tetap waspada setalah hujan reda. Baca Juga: Banjir Rendam Dua Desa di "
        "Hulu Sungai SEKAR ARUM Photo Verified Writer SEKAR ARUM Penjual kue basah"
    )
    text = f"Judul Berita\n\nDek\n\nJakarta, IDN Times - Isi berita.\n\n{last}\n\nTopik:\n"
    doc = parse_plain("d.txt", text)
    shown = [(b.kind.value, text[b.start : b.end]) for b in doc.blocks[3:]]
    assert shown == [
        ("paragraph", "Warga diminta tetap waspada setalah hujan reda."),
        ("related", "Baca Juga: Banjir Rendam Dua Desa di Hulu Sungai"),
        ("footer", "SEKAR ARUM Photo Verified Writer SEKAR ARUM Penjual kue basah"),
        ("footer", "Topik:"),
    ]
    assert {"setalah", "waspada"} <= {w.text for w in doc.words}
    assert not {"Rendam", "SEKAR", "Verified"} & {w.text for w in doc.words}
    # a credit that opens its line is the footer from there on, as before
    text = "Judul Berita\n\nJakarta, IDN Times - Isi.\n\nSEKAR ARUM Photo Verified Writer SEKAR ARUM\n"
    assert [b.kind.value for b in parse_plain("d.txt", text).blocks] == ["headline", "dateline", "footer"]


def test_prose_keeps_length_and_line_breaks() -> None:
    doc = parse_plain("d.txt", DRAFT)
    assert len(doc.prose) == len(doc.source)
    assert [i for i, c in enumerate(doc.prose) if c == "\n"] == [i for i, c in enumerate(DRAFT) if c == "\n"]
    for i, (src, prose) in enumerate(zip(doc.source, doc.prose, strict=True)):
        assert prose in (src, MASK), i


def test_words_are_source_offsets() -> None:
    doc = parse_plain("d.txt", DRAFT)
    for word in doc.words:
        assert doc.source[word.start : word.end] == word.text


@pytest.mark.parametrize(
    "text",
    [
        "",
        "x",
        "   ",
        "Judul\n\n-awal akhir- _garis_ bawah__kata 'kutip' ‘Ma’ruf’ 5-6 Rp3.000,50 2024/2025.\n",
        "Judul\n\nSatu\ufffcdua \ufffc tiga—empat–lima «enam» 𝔸lfa ½ ⅓ x²y é e\u0301 ٣٤ 中文字 done",
        "Akhir tanpa baris baru",
    ],
)
def test_words_are_the_word_pattern_matches_with_their_offsets(text: str) -> None:
    # the words are found by cutting the prose at the pattern's matches; they must be exactly
    # what the pattern finds, at exactly its offsets
    doc = parse_plain("d.txt", text)
    expected = [Word(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(doc.prose)]
    assert list(doc.words) == expected
    assert all(type(w) is Word for w in doc.words)


def test_gaps_are_the_prose_between_words_in_a_draft_and_in_its_views() -> None:
    import itertools

    doc = parse_plain("d.txt", DRAFT)
    for view in (doc, doc.view("body"), doc.view("prose")):
        between = [view.prose[a.end : b.start] for a, b in itertools.pairwise(view.words)]
        assert list(view.gaps) == between
    assert len(doc.gaps) == len(doc.words) - 1 > 0
    assert parse_plain("d.txt", "").gaps == ()


def test_hyphen_and_apostrophe_words() -> None:
    doc = parse_plain("d.txt", "Judul\n\nKata-kata Ma'ruf di Asia-Pasifik dan tim U-17 itu.\n")
    assert [w.text for w in doc.words] == [
        "Judul",
        "Kata-kata",
        "Ma'ruf",
        "di",
        "Asia-Pasifik",
        "dan",
        "tim",
        "U-17",
        "itu",
    ]


def test_sentences() -> None:
    text = 'Ia datang. "Saya siap," katanya. Lalu pulang!\n'
    spans = list(split_sentences(text, 0, len(text)))
    assert [text[s.start : s.end] for s in spans] == ["Ia datang.", '"Saya siap," katanya.', "Lalu pulang!"]


def _reference_sentences(text: str) -> list[tuple[int, int]]:
    """Sentences as the rule reads: up to each run of end marks (and closing quotes or
    brackets) before blanks and a capital or a digit, or before blanks to the end; blanks and
    masked text trimmed. Character by character, slow and plain."""
    marks, closers, openers = ".!?…", "\"”’')]", "\"“‘'("
    capitals = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    blank = lambda c: c.isspace() or c == MASK  # noqa: E731
    cuts, i = [], 0
    while i < len(text):
        if text[i] not in marks:
            i += 1
            continue
        j = i
        while j < len(text) and text[j] in marks:
            j += 1
        while j < len(text) and text[j] in closers:
            j += 1
        k = j
        while k < len(text) and text[k].isspace():
            k += 1
        if k == len(text):
            cuts.append(k)
        elif k > j and ((text[k] in openers and text[k + 1 : k + 2] in capitals) or text[k] in capitals):
            cuts.append(j)
        i = j
    spans, start = [], 0
    for end in [*cuts, len(text)] if not cuts or cuts[-1] < len(text) else cuts:
        a, b = start, end
        while a < b and blank(text[a]):
            a += 1
        while b > a and blank(text[b - 1]):
            b -= 1
        if a < b:
            spans.append((a, b))
        start = end
    return spans


def test_sentences_are_cut_and_trimmed_as_a_plain_reading_says() -> None:
    import random

    rng = random.Random(3)
    alphabet = "ab AZÉ9.!?…\"”’')]“‘(  \u00a0\u2003\ufffc\n\t"
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        spans = [(s.start, s.end) for s in split_sentences(text, 0, len(text))]
        assert spans == _reference_sentences(text), repr(text)


def test_sentences_skip_masked_blocks() -> None:
    doc = parse_plain("d.txt", DRAFT)
    texts = [doc.source[s.start : s.end] for s in doc.sentences]
    assert "Paragraf pertama bagian satu." in texts
    assert not any("Baca Juga" in t or "Verified Writer" in t for t in texts)


def test_views_by_scope() -> None:
    doc = parse_plain("d.txt", DRAFT)
    headline = doc.view("headline")
    assert len(headline.prose) == len(doc.source)
    assert headline.prose.startswith("Ini 4 Fakta Kunjungan Menlu ke Rusia\n")
    assert "Menteri" not in headline.prose
    body = doc.view("body")
    assert "Menteri Luar Negeri" in body.prose and "Fakta" not in body.prose
    assert "Kutipan yang diteruskan" in body.prose
    sections = doc.view("sections")
    assert "Kunjungan membuka jalan" in sections.prose and "Menteri" not in sections.prose
    assert doc.view("prose") is doc
    with pytest.raises(ValueError):
        doc.view("nowhere")


def _tokenized(doc: Document) -> tuple[Word, ...]:
    return tuple(Word(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(doc.prose))


@pytest.mark.parametrize("scope", ["headline", "body", "sections"])
def test_a_view_keeps_the_words_of_its_masked_prose(scope: str) -> None:
    # a view reuses its document's words instead of tokenizing again: they must be the same
    for doc in (parse_plain("d.txt", DRAFT), parse_plain(str(SEED), inputs.read(str(SEED)).text)):
        view = doc.view(scope)
        assert view.words == _tokenized(view)
        assert view.lowers == tuple(w.text.lower() for w in view.words)


def test_a_view_whose_mask_cuts_a_word_tokenizes_again() -> None:
    # a block ending inside a word ("Kunjung|an"): its kept part is a word of the view
    source = "Kunjungan menteri\n"
    doc = Document("d.txt", source, source, (Block(BlockKind.PARAGRAPH, 0, 7),))
    body = doc.view("body")
    assert [w.text for w in body.words] == ["Kunjung"]
    assert body.words == _tokenized(body)


def test_indices_find_words_in_any_case_in_order() -> None:
    doc = parse_plain("d.txt", "Judul\n\nDi sana, kata Ani, di pasar DI kota.\n")
    assert [doc.words[i].text for i in doc.indices({"di", "kota"})] == ["Di", "di", "DI", "kota"]
    assert doc.indices(("tidak",)) == []
    assert doc.positions["di"] == [1, 5, 7]


def test_seed_draft_layout() -> None:
    text = inputs.read(str(SEED)).text
    doc = parse_plain(str(SEED), text)
    found = kinds(doc)
    assert found[:3] == [("headline", 1), ("subtitle", 3), ("dateline", 5)]
    assert [line for kind, line in found if kind == "section"] == [15, 25, 33]
    assert [line for kind, line in found if kind == "related"] == [13, 23, 45]
    assert min(line for kind, line in found if kind == "footer") == 47
    assert all(kind == "footer" for kind, line in found if line >= 47)
    assert "Verified" not in doc.prose and "Anata" not in doc.prose


def test_plain_text_without_layout() -> None:
    doc = parse_plain(
        "p.txt", "Satu paragraf saja tanpa judul, panjang dan berakhir dengan titik. " * 3 + "\n"
    )
    assert [b.kind for b in doc.blocks] == [BlockKind.PARAGRAPH]
    assert parse_plain("e.txt", "").blocks == ()


# --- positions: 1-based lines, code-point columns, end exclusive ----------------------------


def rule_for(tmp_path: Path, *tokens: str) -> list[Rule]:
    rules = tmp_path / "rules" / "uji"
    rules.mkdir(parents=True)
    listed = ", ".join(f'"{t}"' for t in tokens)
    (rules / "kata.toml").write_text(
        f"""type = "existence"
category = "spelling"
summary = "uji"
message = {{ id = "kata {{match}}", en = "word {{match}}" }}
tokens = [{listed}]
""",
        encoding="utf-8",
    )
    return load_rules(DataDirs((tmp_path,)), plugins.check_types())


def positions(
    tmp_path: Path, data: bytes, *tokens: str, name: str = "d.txt"
) -> list[tuple[int, int, int, int]]:
    draft = inputs.decode(name, data)
    _, findings = engine.lint_draft(draft, rule_for(tmp_path, *tokens))
    return [(f.line, f.column, f.end_line, f.end_column) for f in findings]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"Judul\n\nAda setalah itu.\n", [(3, 5, 3, 12)]),
        (b"Judul\r\n\r\nAda setalah itu.\r\n", [(3, 5, 3, 12)]),
        (b"Judul\r\rAda setalah itu.\r", [(3, 5, 3, 12)]),
        (b"\xef\xbb\xbfJudul\n\nsetalah itu.\n", [(3, 1, 3, 8)]),
        (b"Judul\n\n\tAda\tsetalah\n", [(3, 6, 3, 13)]),
        ("Judul\n\n😀👍🏽 setalah 😀\n".encode(), [(3, 5, 3, 12)]),
        ("Judul\n\n“Kata ‘setalah’ itu,” ujarnya.\n".encode(), [(3, 8, 3, 15)]),
        ("Judul\n\nCafé naïve setalah\n".encode(), [(3, 12, 3, 19)]),
    ],
    ids=["lf", "crlf", "cr", "bom", "tabs", "emoji", "curly-quotes", "accents"],
)
def test_exact_columns(tmp_path: Path, data: bytes, expected: list[tuple[int, int, int, int]]) -> None:
    assert positions(tmp_path, data, "setalah") == expected


def test_span_over_a_line_break(tmp_path: Path) -> None:
    data = b"Judul\r\n\r\nIni para\r\nahli itu.\n"
    assert positions(tmp_path, data, "para ahli") == [(3, 5, 4, 5)]


def test_position_and_line_text() -> None:
    source = "a\r\nbé\rc\n\nd"
    doc = Document("x", source, source, ())
    assert [doc.position(i) for i in range(len(source))] == [
        (1, 1), (1, 2), (1, 3), (2, 1), (2, 2), (2, 3), (3, 1), (3, 2), (4, 1), (5, 1)
    ]  # fmt: skip
    assert [doc.line_text(n) for n in range(1, 6)] == ["a", "bé", "c", "", "d"]
    assert doc.position(len(source)) == (5, 2)


def test_a_numbered_subheading_right_above_its_text() -> None:
    # no blank line between the subheading and its paragraph, as community drafts often write
    source = (
        "3 Tips Hemat\n\nBogor, IDN Times - Ada caranya.\n\n"
        "1. Catat pengeluaran\nSemua belanja ditulis setiap hari.\n\n"
        "2. Masak sendiri\nMasak di rumah lebih murah.\n\n"
        "Syaratnya:\n1. KTP\n2. KK\n"
    )
    doc = parse_plain("d.txt", source)
    sections = [b for b in doc.blocks if b.kind is BlockKind.SECTION]
    assert [source[b.start : b.end] for b in sections] == ["1. Catat pengeluaran", "2. Masak sendiri"]
    # the text under it stays a paragraph (a list of items under a colon is no subheading: the
    # sections above are all there are)
    paragraphs = [source[b.start : b.end] for b in doc.blocks if b.kind is BlockKind.PARAGRAPH]
    assert "Semua belanja ditulis setiap hari." in paragraphs
    # a one-line numbered paragraph too long for a subheading stays a paragraph
    long_item = "1. " + "Warga diminta mencatat semua pengeluaran harian dengan rapi. " * 5
    doc = parse_plain("d.txt", f"Judul\n\nBogor, IDN Times - Ada caranya.\n\n{long_item}\n")
    assert [b.kind for b in doc.blocks][-1] is BlockKind.PARAGRAPH
