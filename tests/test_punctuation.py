"""Punctuation checks: spaces around marks, paired quotes and brackets, quote style, mark forms."""

from __future__ import annotations

import pytest

from newslint import engine, plugins
from newslint.checks.punctuation import quoted_spans
from newslint.config import Config


def lint(rule_id: str, text: str) -> list[tuple[int, str, str | None]]:
    """(column, matched text, fix) of one rule's findings on a draft."""
    rules = engine.rule_set(Config(), (rule_id,))
    doc = plugins.parse("t.txt", text)
    return [(f.column, text[f.start : f.end], f.fix) for f in engine.lint(doc, rules)]


BODY = "Judul\n\n{}\n"


def test_double_space() -> None:
    assert lint("eyd.spasi-ganda", BODY.format("Hujan  turun.   Lalu reda.")) == [
        (6, "  ", " "),
        (14, "   ", " "),
    ]
    assert lint("eyd.spasi-ganda", "Judul\n\n  Menjorok ke dalam.\n") == []


def test_space_before_mark() -> None:
    found = lint("eyd.spasi-sebelum-tanda-baca", BODY.format("Beras , gula . Naik ? Ya ... lalu."))
    assert [(m, f) for _, m, f in found] == [(" ,", ","), (" .", "."), (" ?", "?")]


@pytest.mark.parametrize(
    ("text", "match", "fix"),
    [
        ("Gol lahir.Pada babak kedua.", ".P", ". P"),
        ("Menit ke-58.Pada babak kedua.", ".P", ". P"),
        ("Lonceng St.Martin berbunyi.", ".M", ". M"),
        ("Ia datang,lalu pergi.", ",l", ", l"),
        ("Apa kabar?Baik.", "?B", "? B"),
        ("Harganya Rp40.000,sedangkan durian lebih mahal.", ",s", ", s"),
        ('"Kami membantu adik-adik di kampung sendiri,"kata Ahmad.', '"k', '" k'),
        ("“Semua sudah siap.”Panitia lalu membuka gerbang.", "”P", "” P"),
        # a listed title's case only: SP (surat peringatan) ends a sentence
        ("Ia dua kali menerima SP.Ia lalu mundur.", ".I", ". I"),
        # a word run on into a bracketed short form
        ("Acara digelar di Kedutaan Besar Republik Indonesia(KBRI) Beijing.", "Indonesia(", "Indonesia ("),
    ],
)
def test_missing_space_after_mark(text: str, match: str, fix: str) -> None:
    assert [(m, f) for _, m, f in lint("eyd.spasi-setelah-tanda-baca", BODY.format(text))] == [(match, fix)]


@pytest.mark.parametrize(
    "text",
    [
        "Naik 2,5 persen menjadi Rp1.000.000.",
        "Gelar S.H. dan M.Si. diraih A.B. Susanto.",
        "Lihat https://contoh.id/a.Berita dan detik.com hari ini.",
        "Pukul 10.30 WIB, PT Maju Tbk.PT lain menyusul.",
        "Teknologi ASP.NET dipakai.",
        'Ia berkata, "Kami siap," lalu pergi.',
        "Ia diperiksa dr. Ratna, Sp.A., dan dr. Bima, Sp.PD., di klinik, bersama Budi Santoso, Ph.D.",
        "Jumlah anak(-anak) yang ikut belum jelas, begitu pula nilai f(x) dan warga(nya).",
        "Limbah itu mengandung kromium(VI) dan timbal(II).",
    ],
)
def test_no_space_needed(text: str) -> None:
    assert lint("eyd.spasi-setelah-tanda-baca", BODY.format(text)) == []


def test_unpaired_quotes() -> None:
    text = "Judul\n\n“Kami siap, kata Budi.\n\nIa menulis ”aneh.\n"
    assert [(c, m) for c, m, _ in lint("eyd.tanda-kutip-berpasangan", text)] == [(1, "“"), (12, "”")]


def test_quotation_running_over_paragraphs() -> None:
    text = "Judul\n\n“Kami sudah melapor.\n\n“Belum ada jawaban,” katanya.\n"
    assert lint("eyd.tanda-kutip-berpasangan", text) == []


def test_quotation_running_over_paragraphs_opens_where_speech_opens() -> None:
    # after a colon, a comma or a verb of saying, speech may run on into the next paragraph
    for opening in (
        "Ia berkata: “Kami",
        "Ia berkata, “Kami",
        "Ia mengatakan “kami",
        "Ia berdiri di depan warga. “Kami",
        "Pesannya berbunyi “kami",
    ):
        text = f"Judul\n\n{opening} sudah melapor.\n\n“Belum ada jawaban,” katanya.\n"
        assert lint("eyd.tanda-kutip-berpasangan", text) == []
    # a title opened after another word and never closed is no speech running on
    text = "Judul\n\nIa membawakan “Januari dengan piano.\n\n“Saya senang,” ujarnya.\n"
    assert [(c, m) for c, m, _ in lint("eyd.tanda-kutip-berpasangan", text)] == [(15, "“")]


def test_quotation_running_over_lines_of_one_paragraph() -> None:
    text = "Judul\n\nIa berkata, “Kalimat satu.\n“Kalimat dua,” katanya.\n"
    assert lint("eyd.tanda-kutip-berpasangan", text) == []


def test_unpaired_brackets() -> None:
    text = BODY.format(
        "Bawa dokumen lengkap (akta atau paspor. Syaratnya: a) usia cukup, b) domisili sesuai :)"
    )
    assert [(c, m) for c, m, _ in lint("eyd.tanda-kurung-berpasangan", text)] == [(22, "(")]
    assert (
        lint("eyd.tanda-kurung-berpasangan", BODY.format("Ia ke pos (KM 42) [lama] (lihat lampiran a)."))
        == []
    )


def test_mixed_quotes_reported_once() -> None:
    body = '“Siap,” kata Rina. “Ya,” kata Budi.\n\nIa menyebut "baru" dan "lama".\n'
    rules = engine.rule_set(Config(), ("eyd.tanda-kutip-campuran",))
    assert [r.default for r in rules] == [False]
    text = "Judul\n\nBogor, IDN Times - " + body
    assert [(c, m) for c, m, _ in lint("eyd.tanda-kutip-campuran", text)] == [(13, '"')]
    # no lead: sentences gathered from several texts, each in its own style
    assert lint("eyd.tanda-kutip-campuran", "Judul\n\n" + body) == []


def test_mark_forms() -> None:
    text = BODY.format("Warga,, lalu perubahan--perubahan dan pompa--air.. Ia menunggu..... Ya... dan....")
    assert [(m, f) for _, m, f in lint("eyd.bentuk-tanda-baca", text)] == [
        (",,", ","),
        ("--", "-"),
        ("--", None),
        ("..", None),
        (".....", None),
    ]
    # doubled emphasis, in a quote too; "?!" is left to taste
    text = BODY.format('"Kami juara!!" kata Rizal. Benarkah?? Masa?!')
    assert [(m, f) for _, m, f in lint("eyd.bentuk-tanda-baca", text)] == [("!!", "!"), ("??", "?")]


def test_repeated_word() -> None:
    text = BODY.format("Profil yang yang terpisah, anak-anak, dan 2 2 kali.")
    assert [m for _, m, _ in lint("eyd.kata-berulang", text)] == ["yang yang"]
    # a name's doubled foreign word is no slip; a doubled Indonesian word still is
    text = BODY.format("Bandara VVIP (Very Very Important Person). Yang yang datang. Simak Posisi Posisi.")
    assert [m for _, m, _ in lint("eyd.kata-berulang", text)] == ["Yang yang", "Posisi Posisi"]
    # names doubled inside a sentence or before an age, unless the word is an everyday one
    text = BODY.format("Turnamen Mobile Legends: Bang Bang digelar. Ling Ling (27) datang.")
    assert lint("eyd.kata-berulang", text) == []
    assert len(lint("eyd.kata-berulang", "Judul Final Final\n\nIsi berita.")) == 1
    text = BODY.format("Warga Kelurahan Kelurahan Sukamaju datang ke Dinas Dinas Sosial.")
    assert len(lint("eyd.kata-berulang", text)) == 2
    # after a place's head, and a town's name doubled, are a place's name; the second opening a
    # longer name is a slip
    text = BODY.format("Kami berenang di Pantai Batu Batu, lalu ke Bogor Bogor dan Amerika Amerika Serikat.")
    assert [m for _, m, _ in lint("eyd.kata-berulang", text)] == ["Amerika Amerika"]


def test_quoted_spans() -> None:
    doc = plugins.parse("t.txt", BODY.format('Ia berkata, “Udah siap,” lalu "pergi'))
    spans = quoted_spans(doc)
    assert [doc.source[a:b] for a, b in spans] == ["“Udah siap,”", '"pergi']


def test_space_inside_curly_quotes() -> None:
    text = BODY.format("Ia berkata, “ Kami siap ”. Lalu “oke”, katanya, ”dan selesai.“")
    found = lint("eyd.spasi-sebelum-tanda-baca", text)
    assert [(m, f) for _, m, f in found] == [("“ ", "“"), (" ”", "”")]


def test_comma_outside_the_closing_quote_of_speech() -> None:
    text = BODY.format(
        '“Stok habis”, kata Siti. Ia menyebutnya “panen tahunan”, lalu pergi. "Laris", ujarnya.'
    )
    assert [(m, f) for _, m, f in lint("eyd.koma-di-luar-petik", text)] == [("”,", ",”"), ('",', ',"')]
    # a short title set off by commas keeps its comma outside; speech after a comma does not
    text = BODY.format('Lagu baru mereka, "Kanal", bercerita tentang banjir. Ia berkata, "Siap", ujar dia.')
    assert [(m, f) for _, m, f in lint("eyd.koma-di-luar-petik", text)] == [('",', ',"')]


def test_speech_closed_without_its_comma_before_the_verb_that_tags_it() -> None:
    rule = "eyd.koma-penutup-petikan"
    text = BODY.format(
        '"Jalan itu segera kami perbaiki" kata Wali Kota. “Anggaran sudah siap.” ujarnya lagi.'
    )
    assert [(m, f) for _, m, f in lint(rule, text)] == [('"', ',"'), (".”", ",”")]
    # a question or an exclamation keeps its mark, and so does speech already closed with a comma
    text = BODY.format('"Kapan selesai?" tanya warga. "Cepat!" seru dia. "Siap," kata Budi.')
    assert lint(rule, text) == []
    # a term in quotes mid-sentence is no speech, whatever word follows ("kata" is also a word)
    text = BODY.format('Ia menyebut "hoaks" kata yang paling sering dicari. Warga lalu pulang.')
    assert lint(rule, text) == []
    # speech opened after a colon or at the start of a sentence
    text = BODY.format('Ia berkata: "Kami siap" katanya. Lalu ia pergi. "Besok lagi" imbuhnya.')
    assert [(c, m) for c, m, _ in lint(rule, text)] == [(23, '"'), (60, '"')]
    # a Markdown block quote opens with its masked marker
    rules = engine.rule_set(Config(), (rule,))
    doc = plugins.parse("t.md", '# Judul\n\n> "Kami masih menjemur kopi" kata petani.\n')
    assert [(f.line, f.column) for f in engine.lint(doc, rules)] == [(3, 28)]


def test_space_on_the_wrong_side_of_a_comma() -> None:
    text = BODY.format("Personel gabungan ,termasuk TNI, berjaga.")
    assert [(m, f) for _, m, f in lint("eyd.spasi-sebelum-tanda-baca", text)] == [(" ,", ", ")]


def test_lone_straight_quote_says_which_side_is_missing() -> None:
    rules = engine.rule_set(Config(), ("eyd.tanda-kutip-berpasangan",))
    closer = plugins.parse("t.txt", BODY.format('Kami siap," kata Budi.'))
    opener = plugins.parse("t.txt", BODY.format('"Kami siap, kata Budi.'))
    assert "pembuka" in engine.lint(closer, rules)[0].message
    assert "penutup" in engine.lint(opener, rules)[0].message


@pytest.mark.parametrize(
    "text",
    [
        # a quotation inside a quotation
        'Ia berkata, "Warga menolak "relokasi paksa" itu sejak awal," kata Dedi.',
        # curly marks turned the wrong way still pair by their place
        "Ia berkata,”Kami tidak mundur, kata mereka sejak pagi.”",
        "‘”Semua sudah siap,“ kata Dedi.",
        # two single marks for a double one
        "Ia menulis, “Kami diberi tahu, ‘Tunggu saja.’’’",
        # a closing straight mark with its blank on the wrong side, before the speech verb
        '"Harga naik sejak pekan lalu, "katanya.',
        # a quoted symbol is no quotation
        'Nilai "A" dipisah tanda ";" dari catatan, "seperti biasa," ujarnya.',
        # a quotation running over the lines of one paragraph, reopened or not
        "Ia berkata, “Kalimat satu.\nKalimat dua,” katanya.",
    ],
)
def test_quotes_that_pair(text: str) -> None:
    assert lint("eyd.tanda-kutip-berpasangan", BODY.format(text)) == []


def test_an_unclosed_quotation_is_reported_where_it_opens() -> None:
    text = BODY.format('Ia mengaku cemas: "Pabrik bisa tutup.\nWali kota berkata: "Kami sedang berunding."')
    assert [(c, m) for c, m, _ in lint("eyd.tanda-kutip-berpasangan", text)] == [(19, '"')]
    rules = engine.rule_set(Config(), ("eyd.tanda-kutip-berpasangan",))
    assert "penutup" in engine.lint(plugins.parse("t.txt", text), rules)[0].message


def test_the_label_of_a_related_line_is_checked_not_its_title() -> None:
    text = "Judul\n\nKupang, IDN Times - Hujan turun.\n\nBaca Juga : Hujan Deras , Jalan Tertutup\n"
    found = lint("eyd.spasi-sebelum-tanda-baca", text)
    # the label's colon only: the title is another article's, and no fix writes into it
    assert found == [(10, " :", None)]
