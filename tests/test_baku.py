"""Standard-word checks: the reviewed map with morphology, nasal melting, and the map's builder."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from newslint import engine, plugins
from newslint.checks.baku import attach, nasal
from newslint.checks.patterns import match_case
from newslint.config import Config
from newslint.document import Block, BlockKind, Document

TOOLS = Path(__file__).resolve().parent.parent / "tools"


def lint(rule_id: str, text: str) -> list[tuple[str, str | None]]:
    """(matched text, fix) of one rule's findings on `text` read as one body paragraph."""
    rules = engine.rule_set(Config(), (rule_id,))
    doc = plugins.parse("t.txt", text)
    doc = Document(doc.path, doc.source, doc.prose, (Block(BlockKind.PARAGRAPH, 0, len(text)),))
    return [(text[f.start : f.end], f.fix) for f in engine.lint(doc, rules)]


@pytest.mark.parametrize(
    ("chain", "stem", "suffix", "expected"),
    [
        ("meN", "pengaruh", "i", "memengaruhi"),
        ("meN", "taat", "i", "menaati"),
        ("meN", "konsumsi", "", "mengonsumsi"),
        ("meN", "sosialisasi", "kan", "menyosialisasikan"),
        ("meN", "kritik", "", "mengkritik"),  # a cluster does not melt
        ("meN", "bom", "", "mengebom"),  # one syllable: menge-
        ("meN", "imbau", "", "mengimbau"),
        ("meN+per", "kira", "kan", "memperkirakan"),
        ("ber", "risiko", "", "berisiko"),
        ("ber", "kerja", "", "bekerja"),
        ("ber", "main", "", "bermain"),
        ("ter", "percaya", "", "tepercaya"),
        ("di", "ubah", "", "diubah"),
        ("peN", "ubah", "an", "pengubahan"),
    ],
)
def test_attach_follows_eyd_nasal_rules(chain: str, stem: str, suffix: str, expected: str) -> None:
    assert attach(chain, stem, suffix) == expected


def test_nasal_and_case() -> None:
    assert nasal("pe", "tulis") == "penulis"
    assert match_case("Hembusan", "embusan") == "Embusan"
    assert match_case("IJIN", "izin") == "IZIN"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Warga antre di apotik.", [("apotik", "apotek")]),
        ("Jadwal itu dirubah lagi.", [("dirubah", "diubah")]),
        ("Warga dihimbau tenang.", [("dihimbau", "diimbau")]),
        ("Mereka beresiko tertular.", [("beresiko", "berisiko")]),
        ("Tim menganalisa data.", [("menganalisa", "menganalisis")]),
        ("Pendaftar membawa fotocopy ijazah.", [("fotocopy", "fotokopi")]),
        # our additions to the Wikipedia list
        ("Peneliti menyebar kuisioner ke warga.", [("kuisioner", "kuesioner")]),
        # "kaos" alone is also chaos: the garment's phrases only
        ("Siswa memakai kaos kaki putih.", [("kaos kaki", "kaus kaki")]),
        # a capital at a sentence start may be a name: suggested, never rewritten
        ("Hembusan angin kencang.", [("Hembusan", None)]),
    ],
)
def test_standard_word_finds_bare_and_affixed_forms(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert lint("baku.kata-baku", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Perubahan jadwal diumumkan.",  # per-ubah-an, not pe-rubah-an
        "Seekor rubah masuk kandang.",  # rubah (a fox) counts only when affixed
        "Pedagang di Pasar Senen tutup.",  # a capital mid-sentence is a name
        "Perusahaan memakai SOP baru.",  # lowercase-only key
        "Ia mengubah jadwal dan berisiko rugi.",
        "Sidang berakhir kaos setelah massa masuk.",
    ],
)
def test_standard_word_leaves_valid_words_and_names(text: str) -> None:
    assert lint("baku.kata-baku", text) == []


def test_an_office_or_body_at_the_head_of_a_name_is_still_flagged() -> None:
    # an official name is spelled the standard way; a person or a brand keeps its own spelling
    text = "Pejabat Kementrian Pertanian dan Walikota Bogor hadir bersama Firman dan Nasehat Jaya."
    assert lint("baku.kata-baku", text) == [("Kementrian", None), ("Walikota", None)]
    rules = engine.rule_set(Config(), ("baku.kata-baku",))
    found = engine.lint(plugins.parse("t.txt", "Judul\n\nIa bertemu Walikota Bogor kemarin.\n"), rules)
    assert [f.suggestions for f in found] == [("Wali Kota",)]  # a title before a name
    # so is a religious title before a name
    text = "Pengajian dipimpin Ustadz Hamid dan Kyai Mahfud."
    assert lint("baku.kata-baku", text) == [("Ustadz", None), ("Kyai", None)]
    # but a street or a school named after one keeps its name
    assert lint("baku.kata-baku", "Rumahnya di Jalan Kyai Mojo, dekat Pondok Kyai Ageng.") == []


def test_a_name_after_a_short_title_is_inside_its_sentence() -> None:
    # the period of "dr." ends no sentence: Indera is a name, not the word indera
    text = "Klinik dipimpin dr. Indera Wijaya. Pasien diperiksa Prof. Indera Lubis."
    assert lint("baku.kata-baku", text) == []
    assert lint("baku.kata-baku", "Pasien diperiksa. Indera penciuman terganggu.") == [("Indera", None)]


def test_a_given_name_the_draft_spells_another_way_inside_a_sentence_is_that_person() -> None:
    # "Rizky" inside a sentence: the "Rizki" opening the next is the same person, not rezeki
    text = "Ibu itu dibantu anaknya, Rizky, setiap pagi. Rizki yang kini kuliah membuat katalog."
    assert lint("baku.kata-baku", text) == []
    assert lint("baku.kata-baku", "Rizki yang kini kuliah membuat katalog.") == [("Rizki", None)]


def test_a_listed_word_with_a_clitic_is_the_listed_word() -> None:
    # jamannya also parses as jam + -an + -nya; the listed jaman with -nya is what it is
    text = "Candi itu megah pada jamannya, dan nasehatnya masih diingat."
    assert [m for m, _ in lint("baku.kata-baku", text)] == ["jamannya", "nasehatnya"]


def test_colloquial_words_are_left_in_quotations() -> None:
    text = "Warga udah menunggu. “Kami udah capek,” kata Rina."
    assert lint("baku.kata-cakapan", text) == [("udah", None)]


def test_colloquial_words_are_left_in_titles() -> None:
    # headlines, subtitles and section titles take the house's casual register
    rules = engine.rule_set(Config(), ("baku.kata-cakapan",))
    draft = (
        "Kemarau Panjang Bikin Daun Lebih Berkualitas\n\nPersiapan matang bikin perjalanan nyaman.\n\n"
        "Temanggung, IDN Times - Petani bikin gudang baru.\n\n1. Lomba bikin penonton terpukau\n\n"
        "Warga udah datang.\n"
    )
    found = engine.lint(plugins.parse("t.txt", draft), rules)
    assert [(f.line, draft[f.start : f.end]) for f in found] == [(5, "bikin"), (9, "udah")]


def test_a_colloquial_form_inside_a_kept_phrase() -> None:
    # "abdi dalem" is a Javanese court's servant; "dalem" alone is spoken "dalam"
    text = "Para abdi dalem keraton hadir. Airnya dalem sekali."
    assert lint("baku.kata-cakapan", text) == [("dalem", None)]


def test_our_colloquial_additions() -> None:
    # spoken forms outside quotes; "bilang" and the words with a standard sense stay (perahu kayak)
    text = "Jangan sampe telat, pokoknya banget. Dia bilang naik perahu kayak. “Sampe sini aja,” kata Rina."
    assert lint("baku.kata-cakapan", text) == [("sampe", None), ("banget", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cuaca mempengaruhi jadwal.", [("mempengaruhi", "memengaruhi")]),
        ("Warga mentaati aturan.", [("mentaati", "menaati")]),
        ("Mereka mengkonsumsi obat.", [("mengkonsumsi", "mengonsumsi")]),
        ("Panitia menterjemahkan naskah.", [("menterjemahkan", "menerjemahkan")]),
        # a -kan form the lexicon only analyses, whose bare melted verb it lists (mengetik)
        ("Ia mengketikkan alamat di ponsel.", [("mengketikkan", "mengetikkan")]),
    ],
)
def test_nasal_melting(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert lint("baku.peluluhan", text) == expected


@pytest.mark.parametrize(
    "word",
    [
        "mengkritik",
        "memproduksi",
        "memperhatikan",
        "mempercayai",
        "mempunyai",
        "mengkaji",
        "mentega",
        "mempelajari",
        "mempelajarinya",  # an exception with its clitic
    ],
)
def test_nasal_melting_leaves_clusters_per_forms_stems_and_exceptions(word: str) -> None:
    assert lint("baku.peluluhan", f"Mereka {word} hal itu.") == []


def test_build_kata_baku_reviews_the_source(tmp_path: Path) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_kata_baku", TOOLS / "build_kata_baku.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    source = tmp_path / "pairs.tsv"
    rows = [
        ("nasehat", "nasihat", "both", ""),
        ("prancis", "perancis", "both", "reversed"),  # dropped
        ("tradisionil", "tradisional|tradisionial", "both(disagree)", "target misspelled"),  # retargeted
        ("udah", "sudah", "spacy", ""),  # colloquial
        ("dimana", "di mana", "turfaa", ""),  # an affix-spacing rule's business
        ("walau pun", "walaupun", "turfaa", ""),
        ("matere", "materai", "turfaa", ""),  # target chained to its standard form
        ("materai", "meterai", "both", ""),
    ]
    rows += [(bad, "x" + bad, "both", "") for bad in ("alfa", "bikin")]
    with source.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t")
        writer.writerow(["nonstandard", "standard", "source", "review_note"])
        writer.writerows(rows)
    # the review names every pair it decides; a source without them is reported
    with pytest.raises(SystemExit):
        tool.build(source)
    for bad in sorted(set(tool.DROP) | set(tool.RETARGET) | set(tool.COLLOQUIAL)):
        if bad not in {r[0] for r in rows}:
            rows.append((bad, bad + "x", "both", ""))
    with source.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t")
        writer.writerow(["nonstandard", "standard", "source", "review_note"])
        writer.writerows(rows)
    spelling, colloquial, log = tool.build(source)
    assert spelling["nasehat"] == "nasihat"
    assert "prancis" not in spelling
    assert spelling["tradisionil"] == "tradisional"
    assert colloquial["udah"] == "sudah" and "udah" not in spelling
    assert colloquial["bikin"] == "membuat"
    assert "dimana" not in spelling and "walau pun" not in spelling
    assert spelling["matere"] == "meterai"
    assert any(line.startswith("drop prancis") for line in log)
    # a supplement entry that the review drops is a contradiction the build refuses
    tool.SUPPLEMENT = {**tool.SUPPLEMENT, "prancis": "perancis"}
    with pytest.raises(SystemExit, match="prancis"):
        tool.build(source)


def test_shipped_map_is_the_tools_output(tmp_path: Path) -> None:
    """The reviewed map in the repository is exactly what the tool writes (when the source is here)."""
    source = Path(__file__).resolve().parent.parent / "tools" / "sources" / "kata_tidak_baku.tsv"
    import subprocess
    import sys

    subprocess.run(
        [sys.executable, str(TOOLS / "build_kata_baku.py"), "--source", str(source), "--out", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    shipped = Path(__file__).resolve().parent.parent / "dictionaries"
    for name in ("kata-baku.txt", "kata-cakapan.txt"):
        assert (tmp_path / name).read_text(encoding="utf-8") == (shipped / name).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Para pengrajin batik ikut pameran.", [("pengrajin", "perajin")]),
        ("Mereka menjalin kerjasama.", [("kerjasama", "kerja sama")]),
        ("Aplikasi itu diperbaharui.", [("diperbaharui", "diperbarui")]),
        ("Warga was-was karena sambel habis.", [("was-was", "waswas"), ("sambel", "sambal")]),
        # a proper-noun target: the capital of the phrase is no name to protect
        ("Mudik menjelang Idul Fitri ramai.", [("Idul Fitri", None)]),
        ("Jamaah antre di depan mesin gladi resik.", [("Jamaah", None), ("gladi", "geladi")]),
        ("Toko meubel itu memasang plat baru.", [("meubel", "mebel"), ("plat", "pelat")]),
        ("Pemilik kost menaikkan sewa.", [("kost", "kos")]),
        # KBBI V lists kokoh beside kukuh
        ("Berlindung di bawah meja yang kokoh.", []),
        # the second pass: loan adaptations, Arabic loans, vowel and consonant variants
        ("Tanda tangan otentik itu diperiksa.", [("otentik", "autentik")]),
        ("Harga komoditi karet turun.", [("komoditi", "komoditas")]),
        ("Ia belajar fiqih sejak kecil.", [("fiqih", "fikih")]),
        ("Tenda itu ditopang tanki bekas.", [("tanki", "tangki")]),
        ("Hidupnya tentram di desa.", [("tentram", "tenteram")]),
        # after "bulan" the month's name, a comma after it or not
        ("Selama bulan Ramadhan, jam buka dimajukan.", [("Ramadhan", None)]),
        # Batubara is also a Batak clan's name, which opens sentences: the coal is left to
        # the compound rules
        ("Batubara mengatakan timnya siap bertanding.", []),
    ],
)
def test_our_additions_to_the_map(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert lint("baku.kata-baku", text) == expected


def test_split_compounds_found_word_by_word() -> None:
    text = "Ia memilih dari pada diam, lalu belajar kosa  kata baru dan ilmu dari\npada kamus."
    assert lint("baku.kata-baku", text) == [
        ("dari pada", "daripada"),
        ("kosa  kata", "kosakata"),
        ("dari\npada", "daripada"),
    ]


def test_a_split_compound_inside_a_hyphenated_word_is_left_alone() -> None:
    assert lint("baku.kata-baku", "Sikap dari pada-nya aneh; anak kosa-kata.") == []


def draft_findings(draft: str) -> list[tuple[str, tuple[str, ...]]]:
    """(flagged text, suggestions) of baku.kata-baku on a whole draft."""
    rules = engine.rule_set(Config(), ("baku.kata-baku",))
    doc = plugins.parse("t.txt", draft)
    return [(draft[f.start : f.end], f.suggestions) for f in engine.lint(doc, rules)]


def test_a_name_or_a_list_item_at_the_start() -> None:
    draft = (
        "Resiko Banjir Meningkat\n\nX, IDN Times - Isi.\n\nPemenang lomba:\n"
        "- Rizki Ramadhan, SD Negeri 1;\n- Resiko banjir tinggi\n\n"
        "Rizki Ramadhan juara. Walikota Bogor hadir. Amandemen Undang-Undang itu sah.\n"
    )
    # the headline and a list item are checked like sentence starts; a person's name is not, a
    # title before a name is one
    assert draft_findings(draft) == [
        ("Resiko", ("Risiko",)),
        ("Resiko", ("Risiko",)),
        ("Walikota", ("Wali Kota",)),
        ("Amandemen", ("Amendemen",)),
    ]


def test_a_name_opening_a_subheading_in_sentence_case() -> None:
    # a numbered subheading in sentence case opens with a person as a sentence does; one in
    # title case says nothing with its capitals
    draft = (
        "Judul Berita\n\nX, IDN Times - Isi.\n\n1. Rizki Pratama membuka kedai kopi\n\nIsi.\n\n"
        "2. Rizki Yang Datang Terlambat\n\nIsi.\n"
    )
    assert draft_findings(draft) == [("Rizki", ("Rezeki",))]


def test_given_names_at_a_start_and_common_words_before_a_capital() -> None:
    draft = (
        "Judul\n\nX, IDN Times - Isi.\n\nPemenang:\n- Rizki Pratama, SD Negeri 1;\n- Sholeh (10), "
        "peserta termuda\n+ Resiko kalah\n\nResiko PHK mengintai. Sepakbola Indonesia berbenah. "
        "Ramadhan tahun ini panjang.\n"
    )
    assert draft_findings(draft) == [
        ("Resiko", ("Risiko",)),
        ("Resiko", ("Risiko",)),
        ("Sepakbola", ("Sepak bola",)),
        ("Ramadhan", ("Ramadan",)),
    ]


def test_a_pair_the_draft_names_inside_a_sentence_and_months_and_offices_at_a_start() -> None:
    draft = (
        "Judul\n\nX, IDN Times - Isi.\n\nRamadhan, bulan suci umat Islam, tiba. Walikota, wakil wali "
        "kota, dan sekda hadir. Standard Chartered memperkirakan ekonomi tumbuh. Analis bank Standard "
        "Chartered menilai positif. Dharma Pongrekun menyampaikan visi.\n"
    )
    assert draft_findings(draft) == [("Ramadhan", ("Ramadan",)), ("Walikota", ("Wali kota",))]


def test_pairs_named_elsewhere_are_whole_words_outside_title_case() -> None:
    draft = (
        "Jadwal Sholat Jumat Berubah\n\nBogor, IDN Times - Walikota Bogor meninjau pasar. "
        "Pernyataan Walikota Bogor itu disampaikan usai rapat.\n\nSholat Jumat digelar siang. Sholat "
        "Id dimulai pagi. Usai pelaksanaan Sholat Idul Adha, warga pulang. Ramadhan (22) ditangkap.\n"
    )
    # the headline names nothing, "Sholat Id" is no part of "Sholat Idul", an office word is
    # always checked, and a given name before a bracket is a person
    found = [m for m, _ in draft_findings(draft)]
    assert found == ["Walikota", "Walikota", "Sholat", "Sholat", "Idul Adha"]


def test_a_given_name_before_a_verb_of_saying_is_a_person() -> None:
    draft = (
        "Judul\n\nX, IDN Times - Isi.\n\nRizki menambahkan, ia siap bersaing. Rizki kemudian menendang bola."
        " Rizki pemberian Tuhan.\n"
    )
    assert draft_findings(draft) == [("Rizki", ("Rezeki",))]
    # the adverb of a next act leads a verb; "Ramadhan lalu" is last Ramadan
    draft = "Judul\n\nX, IDN Times - Isi.\n\nRamadhan lalu, harga naik.\n"
    assert draft_findings(draft) == [("Ramadhan", ("Ramadan",))]
    # not a verb no speaker opens with
    draft = "Judul\n\nX, IDN Times - Isi.\n\nRamadhan menurut kalender jatuh pekan depan.\n"
    assert draft_findings(draft) == [("Ramadhan", ("Ramadan",))]


def test_a_word_at_a_start_that_the_draft_names_inside_a_sentence() -> None:
    # "Mashuri (52)" names a person: the sentence that opens with Mashuri is about him, no
    # "mashur" (masyhur) + -i; a month's name stays the month's, at a start and inside
    draft = (
        "Judul\n\nX, IDN Times - Ketua kelompok, Mashuri (52), menanam bakau. Mashuri menuturkan "
        "abrasi kian parah.\n\nRamadhan tahun ini jatuh pada Maret. Selama bulan Ramadhan warga berbagi.\n"
    )
    assert draft_findings(draft) == [("Ramadhan", ("Ramadan",)), ("Ramadhan", ("Ramadan",))]


def test_a_proper_nouns_misspelling_alone_inside_a_sentence() -> None:
    # among lowercase words a month's misspelling is the month; beside a name, a bracket, a
    # comma or after a word that names people it is a person
    draft = (
        "Judul\n\nX, IDN Times - Isi.\n\nPasar ramai pada pekan pertama Ramadhan tahun ini. Gol "
        "dicetak oleh Ramadhan pada menit akhir. Pemain muda, Ramadhan, tampil baik. Rapat digelar "
        "8 Nopember lalu di balai desa. Ia kuliah di Institut Teknologi Sepuluh Nopember.\n"
    )
    assert draft_findings(draft) == [("Ramadhan", ("Ramadan",)), ("Nopember", ("November",))]
