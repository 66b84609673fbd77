"""Naming checks: entity variant sets with house preference, names spelled two ways, abbreviations."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint import engine, plugins
from newslint.checks.naming import modern_spelling, one_edit, transliteration_key
from newslint.config import Config
from newslint.errors import RuleError
from newslint.rules import Finding

SEED = Path(__file__).resolve().parent / "fixtures" / "seed" / "menlu-china-rusia.txt"
HEAD = "Judul Berita Hari Ini\n\nDek berita singkat\n\nJakarta, IDN Times - "


ABBREVIATIONS = "nama.singkatan-sebelum-kepanjangan,nama.singkatan-tanpa-kepanjangan"


def lint(text: str, select: str = "nama", config: Config | None = None) -> list[Finding]:
    rules = engine.rule_set(config or Config(), tuple(select.split(",")))
    return engine.lint(plugins.parse("draft.txt", text), rules)


def test_seed_china_and_tiongkok() -> None:
    findings = lint(SEED.read_text(encoding="utf-8"))
    assert {(f.rule, f.line) for f in findings} == {("nama.varian-entitas", 43)}
    assert all('"China" (baris 5)' in f.message for f in findings)


def test_house_preference_flags_the_other_variant_everywhere() -> None:
    config = Config(rules={"nama.varian-entitas": {"prefer": ["Tiongkok"]}})
    findings = lint(SEED.read_text(encoding="utf-8"), "nama.varian-entitas", config)
    lines = {f.line for f in findings}
    assert 1 in lines and 5 in lines and 43 not in lines
    assert all(f.suggestions == ("Tiongkok",) for f in findings)


def test_places_and_arts_written_two_ways() -> None:
    text = HEAD + "Pemain asal Brasil tiba.\n\nRekannya dari Brazil menyusul ke Universitas Cenderawasih.\n"
    findings = lint(text, "nama.varian-entitas")
    assert [(f.line, f.suggestions) for f in findings] == [(7, ("Brasil",))]
    text = HEAD + "Sanggar itu melatih penari Reog.\n\nPentas Reyog digelar malam ini, lalu Reog lain.\n"
    assert [f.suggestions for f in lint(text, "nama.varian-entitas")] == [("Reog",)]


def test_unknown_preference_is_a_rule_error() -> None:
    with pytest.raises(RuleError):
        engine.rule_set(Config(rules={"nama.varian-entitas": {"prefer": ["Tionkok"]}}), ("nama",))


def test_headline_alone_does_not_decide_the_majority() -> None:
    text = "Menlu Tiongkok ke Moskow\n\nDek\n\nJakarta, IDN Times - China mengirim utusan. China menolak.\n"
    assert lint(text, "nama.varian-entitas") == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Kim Jong Un", "Kim Jong-un"),
        ("Sekar Ayu Lestari", "Sekar Ayu Lestary"),
        ("Djoko Santoso", "Joko Santoso"),
    ],
)
def test_name_written_two_ways(first: str, second: str) -> None:
    text = HEAD + f"{first} tiba pagi ini.\n\nSiang harinya {second} bertemu wartawan.\n"
    findings = lint(text, "nama.varian-nama")
    assert [(f.line, f.message.split('"')[1], f.suggestions) for f in findings] == [(7, second, (first,))]


def test_a_surnames_particles_written_two_ways() -> None:
    said = '"Airnya jernih," kata van den Meer. Van der Meer lalu pulang.'
    text = HEAD + f"Peneliti Johan van der Meer tiba.\n\n{said}\n"
    findings = lint(text, "nama.varian-nama")
    assert [(f.line, f.suggestions) for f in findings] == [(7, ("van der Meer",))]
    # two particles no letter apart are two names (van Dijk, de Dijk)
    text = HEAD + "Peneliti Anna van Dijk tiba.\n\nRekannya, Peter de Dijk, menyusul.\n"
    assert lint(text, "nama.varian-nama") == []


def test_a_names_words_in_another_order() -> None:
    text = HEAD + "Relawan Forum Pemuda Bersatu tiba.\n\nKetua Forum Bersatu Pemuda, Andi, menyambut.\n"
    findings = lint(text, "nama.varian-nama")
    assert [(f.message.split('"')[1], f.suggestions) for f in findings] == [
        ("Forum Bersatu Pemuda", ("Forum Pemuda Bersatu",))
    ]
    # a run that repeats a word holds two names side by side, not a swap of one
    text = HEAD + "Model Gigi Hadid tiba.\n\nDi tabloid itu, Hadid Supermodel Gigi Hadid tersenyum.\n"
    assert lint(text, "nama.varian-nama") == []


def test_a_surname_alone_spelled_another_way_later() -> None:
    text = HEAD + "Pengelola warung, Rahmat Hidayaty, buka sejak pagi.\n\n\"Ramai,\" kata Hidayati.\n"
    findings = lint(text, "nama.varian-nama")
    assert [(f.message.split('"')[1], f.suggestions) for f in findings] == [("Hidayati", ("Hidayaty",))]
    # and the spelling rule leaves it to this one
    assert lint(text, "ejaan.salah-ketik") == []


def test_a_ticket_of_two_names_is_two_names() -> None:
    # "Agus Priyanto-Heru Santosa" pairs two candidates: each is a name the draft may misspell
    text = HEAD + "Pasangan Agus Priyanto-Heru Santosa tampil tenang.\n\nPengamat memuji Agus Prianto.\n"
    findings = lint(text, "nama.varian-nama")
    found = [(f.message.split('"')[1], f.suggestions) for f in findings]
    assert found == [("Agus Prianto", ("Agus Priyanto",))]
    # a name's own hyphen stays: Al-Ghazali at a run's end, Jong-un before a lowercase part
    text = HEAD + "Buku Imam Al-Ghazali dibaca. Kim Jong-un Tiba di Seoul.\n"
    assert lint(text, "nama.varian-nama") == []
    # and a company's, after its short form: written with a space, it is the same name again
    text = HEAD + "Mobil buatan PT Toyota-Astra Motor laris.\n\nPT Toyota Astra Motor menambah pabrik.\n"
    assert [f.message.split('"')[1] for f in lint(text, "nama.varian-nama")] == ["PT Toyota Astra"]
    text = HEAD + "Direktur Toyota-Astra Motor hadir.\n\nDirektur Toyota Astra Motor lalu pulang.\n"
    assert [f.message.split('"')[1] for f in lint(text, "nama.varian-nama")] == ["Direktur Toyota Astra"]


def test_a_given_names_y_and_i_are_one_name_the_naming_rules() -> None:
    text = HEAD + "Atlet Keisha Ramadhani juara. Keisha berlatih keras.\n\n\"Senang,\" ujar Keysha.\n"
    found = [(f.message.split('"')[1], f.suggestions) for f in lint(text, "nama.varian-nama")]
    assert found == [("Keysha", ("Keisha",))]
    assert lint(text, "ejaan.salah-ketik") == []


def test_a_name_of_known_words_is_no_unknown_string_beside_a_notable_one() -> None:
    # Palangka Raya (two names) written twice, Palangkaraya (notable too) once: the draft decides
    text = HEAD + "Sidang di Palangka Raya. Warga Palangka Raya hadir.\n\nIa kembali ke Palangkaraya.\n"
    found = [(f.message.split('"')[1], f.suggestions) for f in lint(text, "nama.varian-nama")]
    assert found == [("Palangkaraya", ("Palangka Raya",))]


def test_two_full_names_spelled_with_y_and_i_are_two_people() -> None:
    text = (
        HEAD
        + "Warga, Keyla Mambor, mengungsi. Tetangganya, Keila Wanma, bertahan.\n\n"
        + "Rayhan Pratama dan Raihan Saputra membantu. Adik Rayhan datang.\n"
    )
    assert lint(text, "nama.varian-nama") == []


def test_a_place_under_a_foreign_generic_and_ours() -> None:
    text = HEAD + "Foto Mount Bromo viral. Pendaki menuju Gunung Bromo.\n\nWarga tinggal di kaki Bromo.\n"
    findings = lint(text, "nama.varian-nama")
    found = [(f.message.split('"')[1], f.suggestions) for f in findings]
    assert found == [("Mount Bromo", ("Gunung Bromo",))]
    # a foreign place name alone is just its name
    assert lint(HEAD + "Pendaki itu pernah mencapai Mount Everest.\n", "nama.varian-nama") == []


def test_words_of_two_languages_are_not_two_spellings() -> None:
    text = HEAD + "Data itu dari Badan Energi Nasional dan dari Energy Information Administration.\n"
    assert lint(text, "nama.varian-nama") == []


def test_generic_words_alone_do_not_make_a_name_variant() -> None:
    text = HEAD + "Tim tiba di Kota Bandung.\n\nMereka lalu terbang ke Kota Badung di Bali.\n"
    assert lint(text, "nama.varian-nama") == []


def test_a_preposition_opening_the_sentence_is_no_part_of_a_name() -> None:
    text = HEAD + "Di Bandung, pengguna kami pedagang makanan. Di Badung, kami melihat toko daging.\n"
    assert lint(text, "nama.varian-nama") == []


def test_a_name_spelled_with_and_without_the_y_of_sy() -> None:
    text = HEAD + "Jaksa menyatakan Muhammad Arsyad bersalah. Arsyad diam.\n\nLalu Arsad menunduk.\n"
    assert [f.message.split('"')[1] for f in lint(text, "nama.varian-nama")] == ["Arsad"]
    # two people, each with a name of their own beside it
    text = HEAD + "Ketua panitia Syamsul Bahri hadir. Juri Samsul Hadi menilai. Samsul terharu.\n"
    assert lint(text, "nama.varian-nama") == []
    # th/t and dh/d tell names from words: Ramadhan the player in the month of Ramadan
    text = HEAD + "Gol Ramadhan Sananta menentukan. Ramadhan berlari. Laga digelar saat Ramadan.\n"
    assert lint(text, "nama.varian-nama") == []


def test_a_single_name_spelled_with_j_or_y_i_or_y_a_doubled_letter_an_h_or_ck() -> None:
    text = HEAD + (
        "Pastor Johanes memimpin misa. Misa usai, ujar Yohanes. Johanes pulang.\n\n"
        "Nadia mencetak poin. Pelatih memuji Nadya. Nadia tersenyum.\n\n"
        "Winni menjaga komodo. Kata Wini, bayi komodo rentan. Winni menimbangnya.\n\n"
        "Sudah lima tahun Yudhistira memandu. Yudhistira ramah. Datang pagi, kata Yudistira.\n\n"
        "Patrik memimpin rapat. Patrik menolak usul itu. Menurut Patrick, dana kurang.\n"
    )
    found = [f.message.split('"')[1] for f in lint(text, "nama.varian-nama")]
    assert found == ["Yohanes", "Nadya", "Wini", "Yudistira", "Patrick"]
    # a doubled letter or an h beside a word or a known name is no second spelling
    text = HEAD + "Warga Jawa Barat menonton. Pemain Barratt mencetak gol. Barratt berlari.\n"
    assert lint(text, "nama.varian-nama") == []
    text = HEAD + "Kami dari Makassar. Di Kecamatan Makasar, Jakarta Timur, ada warung coto.\n"
    assert lint(text, "nama.varian-nama") == []


def test_at_equal_counts_the_full_names_spelling_is_the_model() -> None:
    # one finding, on the form alone, whichever comes first
    text = HEAD + "Menurut Nadya, tim bermain baik. Pelatih Nadia Kusuma senang.\n"
    found = [(f.message.split('"')[1], f.suggestions) for f in lint(text, "nama.varian-nama")]
    assert found == [("Nadya", ("Nadia",))]


def test_a_javanese_names_final_o_written_a() -> None:
    text = HEAD + "Ketua inkubator, Retno Wulandari, hadir. Retno memberi sambutan. Retna berharap banyak.\n"
    found = [(f.message.split('"')[1], f.suggestions) for f in lint(text, "nama.varian-nama")]
    assert found == [("Retna", ("Retno",))]
    # four letters are too few: Rino and Rina are two people
    text = HEAD + "Pelatih Rino Saputra dan Rina Lestari hadir. Rina senang.\n"
    assert lint(text, "nama.varian-nama") == []


def test_a_quoted_single_name_slipped_once() -> None:
    text = HEAD + (
        "Tukinem (52) berjualan cabai sejak 1990.\n\n"
        '"Harga naik terus," kata Tukinem.\n\n"Saya tidak bisa jual rugi," ujar Tukiyem.\n'
    )
    assert [f.message.split('"')[1] for f in lint(text, "nama.varian-nama")] == ["Tukiyem"]


def test_two_names_each_used_twice_are_two_names() -> None:
    text = HEAD + "Andi Saputra dan Andri Saputra bersaudara. Andi Saputra kakak, Andri Saputra adik.\n"
    assert lint(text, "nama.varian-nama") == []


def test_at_equal_counts_the_first_use_is_the_model() -> None:
    # a dictionary word in a name's place proves nothing: Koto Tangah is the district's name
    text = HEAD + "Banjir melanda Kecamatan Koto Tangah.\n\nWarga Kecamatan Koto Tengah mengungsi.\n"
    findings = lint(text, "nama.varian-nama")
    found = [(f.message.split('"')[1], f.suggestions) for f in findings]
    assert found == [("Kecamatan Koto Tengah", ("Kecamatan Koto Tangah",))]
    # joined or split alike
    text = HEAD + "Banjir melanda Kotabaru pagi ini.\n\nWarga Kota Baru mengungsi.\n"
    findings = lint(text, "nama.varian-nama")
    assert [f.message.split('"')[1] for f in findings] == ["Kota Baru"]


def test_abbreviation_used_before_introduction() -> None:
    text = (
        HEAD
        + "Kemenkes mencatat kenaikan kasus.\n\n"
        + "Juru bicara Kementerian Kesehatan (Kemenkes) meminta warga waspada.\n"
    )
    findings = lint(text, "nama.singkatan-sebelum-kepanjangan")
    assert [(f.line, f.column, f.suggestions) for f in findings] == [
        (5, 22, ("Kementerian Kesehatan (Kemenkes)",))
    ]


def test_abbreviation_introduced_either_way() -> None:
    text = HEAD + (
        "Badan Penanggulangan Bencana Daerah (BPBD) bersiaga. BPBD menyiapkan perahu.\n\n"
        "BNPB (Badan Nasional Penanggulangan Bencana) mengirim bantuan. BNPB juga mengirim tenda.\n"
    )
    assert lint(text, ABBREVIATIONS) == []


def test_lowercase_and_coined_acronyms_never_introduced() -> None:
    text = HEAD + "Petugas memadamkan karhutla. Arus mudik Nataru diprediksi padat.\n"
    findings = lint(text, "nama.singkatan-tanpa-kepanjangan")
    assert [f.message.split('"')[1] for f in findings] == ["karhutla", "Nataru"]
    assert findings[0].suggestions == ("kebakaran hutan dan lahan (karhutla)",)


def test_an_acronym_listed_in_capitals_is_that_body_only_in_capitals() -> None:
    text = HEAD + "Pemilik penginapan di Pulau Kri menyambut tamu. KRI Bima Suci bersandar.\n"
    findings = lint(text, "nama.singkatan-tanpa-kepanjangan")
    assert [f.message.split('"')[1] for f in findings] == ["KRI"]


def test_known_abbreviations_and_roman_numerals_need_no_introduction() -> None:
    text = HEAD + "Komisi III DPR memanggil Kapolri. TNI dan Polri siaga. Di Jabodetabek sejak zaman VOC.\n"
    assert lint(text, ABBREVIATIONS) == []
    # everyday terms of shops and hospitals
    assert lint(HEAD + "Pembeli memilih COD. Pasien dibawa ke UGD.\n", ABBREVIATIONS) == []
    # ... and technical and product terms: formats, materials, parts, imaging
    text = HEAD + "Video MP4 dikirim. Botol PET dan kertas HVS dipilah. Rem ABS dipasang. Ia menjalani USG.\n"
    assert lint(text, ABBREVIATIONS) == []
    # the standards body, and the tourism trade's meetings and exhibitions
    text = HEAD + "Pabrik itu lolos audit ISO 14001. Hotel itu membidik pasar MICE.\n"
    assert lint(text, ABBREVIATIONS) == []
    # ... nor a class: a roman numeral with its letter
    text = HEAD + "Ia dibawa ke Rutan Kelas IIB, lalu ke Lapas Kelas IIA. Siswa kelas XA dan VIIIB ikut.\n"
    assert lint(text, ABBREVIATIONS) == []
    # a test's short name is no class
    found = lint(HEAD + "Puskesmas membuka tes IVA gratis.\n", ABBREVIATIONS)
    assert [f.message.split('"')[1] for f in found] == ["IVA"]


def test_a_unit_after_a_figure_is_no_abbreviation() -> None:
    text = HEAD + "Mesin perahu itu cuma 15 PK, dan kapal di bawah 10 GT dilarang melaut.\n"
    assert lint(text, ABBREVIATIONS) == []
    # a thing counted and spelled out later is an abbreviation used too early
    text = HEAD + "Kota punya 11 TPST. Tempat pengolahan sampah terpadu (TPST) Kesiman aktif.\n"
    assert [f.message.split('"')[1] for f in lint(text, ABBREVIATIONS)] == ["TPST"]


def test_plates_and_reference_numbers_are_no_abbreviations() -> None:
    text = HEAD + "Mobil berpelat AB 1234 CD itu ditilang. Laporan bernomor SP/C/77/IX/2025 diterima.\n"
    assert lint(text, ABBREVIATIONS) == []
    # the same letters standing alone are still to be spelled out
    found = lint(HEAD + "Berkas SP itu hilang.\n", ABBREVIATIONS)
    assert [f.message.split('"')[1] for f in found] == ["SP"]
    # a plate's region letters alone, after the word for a plate
    text = HEAD + "Taksi di Bali seharusnya berpelat DK. Mobil pelat nomor AB datang. Ketua KB hadir.\n"
    assert [f.message.split('"')[1] for f in lint(text, ABBREVIATIONS)] == ["KB"]


def test_a_listed_syllable_short_form_after_a_bodys_name_is_introduced() -> None:
    # the name's words in another order than the short form's syllables
    name = "Dinas Perdagangan dan Perindustrian (Disperindag)"
    text = HEAD + f"Menurut {name}, harga naik. Disperindag memantau.\n"
    assert lint(text, ABBREVIATIONS) == []
    # a listed one never spelled out is still reported, with its full form
    found = lint(HEAD + "Panti itu terdaftar di Dinsos sejak 2019.\n", ABBREVIATIONS)
    assert [f.suggestions for f in found] == [("Dinas Sosial (Dinsos)",)]


def test_a_regencys_short_form_is_spelled_out_at_first_mention() -> None:
    found = lint(HEAD + "Polisi Kukar menangkap dua pelaku di Tenggarong.\n", ABBREVIATIONS)
    assert [f.suggestions for f in found] == [("Kutai Kartanegara (Kukar)",)]
    text = HEAD + "Pemerintah Kabupaten Lampung Selatan (Lamsel) menambah posko. Lamsel siaga.\n"
    assert lint(text, ABBREVIATIONS) == []


def test_a_model_number_or_a_decimal_makes_a_name_of_its_letters() -> None:
    text = HEAD + "Maskapai memakai pesawat CRJ 1000-900 dan ATR 42-500. Kadar PM10,5 dan PM2.5 tinggi.\n"
    assert lint(text, ABBREVIATIONS) == []
    # the letters before a plain count are still to be spelled out
    found = lint(HEAD + "Pesawat dari CRJ 10 tiba.\n", ABBREVIATIONS)
    assert [f.message.split('"')[1] for f in found] == ["CRJ"]


def test_a_currencys_sign_is_no_abbreviation() -> None:
    assert lint(HEAD + "Nilai ekspor naik menjadi US$12 juta, setara S$16 juta.\n", ABBREVIATIONS) == []
    # the same letters before a blank are still to be spelled out
    found = lint(HEAD + "Pasokan dari SG terhenti.\n", ABBREVIATIONS)
    assert [f.message.split('"')[1] for f in found] == ["SG"]


def test_a_bracket_may_pair_a_short_form_introduced_already_with_a_new_one() -> None:
    text = HEAD + (
        "Ia dijerat Undang-Undang Lalu Lintas dan Angkutan Jalan (UU LLAJ) dan Undang-Undang "
        "Perlindungan Anak (UU PA). Berkas UU PA itu lengkap.\n"
    )
    assert lint(text, ABBREVIATIONS) == []


def test_a_term_in_quotes_before_its_short_form_introduces_it() -> None:
    text = HEAD + 'Skema "pay as you go" (PAYG) dipakai. Kini PAYG makin populer.\n'
    assert lint(text, ABBREVIATIONS) == []
    text = HEAD + "Sistem 'work from home' (WFH) berakhir. WFH tidak lagi berlaku.\n"
    assert lint(text, ABBREVIATIONS) == []


def test_a_known_abbreviation_the_draft_spells_out_later_is_used_too_early() -> None:
    text = HEAD + (
        "Warga mengadu ke PLN karena listrik padam. "
        "Manajer Perusahaan Listrik Negara (PLN) setempat meminta maaf.\n"
    )
    assert [f.message.split('"')[1] for f in lint(text, ABBREVIATIONS)] == ["PLN"]


def test_headline_and_related_lines_are_neither_introduction_nor_use() -> None:
    text = (
        "Kementerian Kesehatan (Kemenkes) Catat Kenaikan Kasus\n\nDek\n\n"
        "Jakarta, IDN Times - Kemenkes mencatat kenaikan kasus.\n\n"
        "Baca Juga: Kemenkes Imbau Warga Pakai Masker\n"
    )
    findings = lint(text, ABBREVIATIONS)
    assert [(f.rule, f.line) for f in findings] == [("nama.singkatan-tanpa-kepanjangan", 5)]


def test_excerpts_are_not_checked_for_missing_introductions() -> None:
    assert lint("Petugas memadamkan karhutla di Riau.\n", "nama.singkatan-tanpa-kepanjangan") == []


def test_spelling_keys() -> None:
    assert modern_spelling("djuanda") == "juanda"
    assert modern_spelling("soekarno") == "sukarno"
    assert modern_spelling("jakarta") == "jakarta"
    assert (
        transliteration_key("Zelenskyy")
        == transliteration_key("Zelensky")
        == transliteration_key("Zelenskiy")
    )
    # a y closing a vowel before a consonant is an i (Keysha/Keisha, Rayhan/Raihan), not one
    # opening a syllable (Surabaya, Bayu) nor one after i (Aisyah is no Aishah)
    assert transliteration_key("Keysha", True) == transliteration_key("Keisha", True)
    assert transliteration_key("Rayhan", True) == transliteration_key("Raihan", True)
    assert transliteration_key("Bayu", True) != transliteration_key("Baiu", True)
    # by default they stay apart: Rayhan Pratama and Raihan Saputra may be two people
    assert transliteration_key("Rayhan") != transliteration_key("Raihan")
    # an Arabic kh is written h as often: Khasanah/Hasanah, Akhmad/Ahmad
    assert transliteration_key("Khasanah") == transliteration_key("Hasanah")
    assert transliteration_key("Akhmad") == transliteration_key("Ahmad")
    # a sound dropped or doubled is a slip, not another spelling; and z/s, th/t, dh/d tell
    # names and words apart (Gomez/Gomes, Thomas/Tomas, Ramadhan the player/Ramadan the month)
    assert transliteration_key("Senggigi") != transliteration_key("Sengigi")
    assert transliteration_key("Abdurrahman") != transliteration_key("Abdurahman")
    assert transliteration_key("Gomez") != transliteration_key("Gomes")
    assert transliteration_key("Ramadhan") != transliteration_key("Ramadan")
    assert one_edit("firmansyah", "firmansah") and one_edit("meireles", "meirelles")
    assert one_edit("abcd", "abdc")
    assert not one_edit("nugraha", "nugroho")


def test_syllable_acronym_introduced_inside_a_name() -> None:
    text = (
        HEAD
        + "Kepala Kepolisian Resor (Polres) Sleman menggelar jumpa pers. Polres memamerkan barang bukti.\n"
    )
    assert lint(text, ABBREVIATIONS) == []


def test_two_word_abbreviation_in_parentheses() -> None:
    intro = "Pemerintah Provinsi Jawa Timur (Pemprov Jatim) menyiapkan ambulans."
    assert lint(HEAD + intro + " Pemprov Jatim meminta warga waspada.\n", ABBREVIATIONS) == []
    findings = lint(HEAD + "Pemprov Jatim menyiapkan posko. " + intro + "\n", ABBREVIATIONS)
    assert [(f.rule, f.column, f.end_column) for f in findings] == [
        ("nama.singkatan-sebelum-kepanjangan", 22, 35)
    ]


@pytest.mark.parametrize(
    "body",
    [
        # inside a hyphenated compound, and as a multi-word variant against its one-word form
        "Kerja sama China-Rusia dibahas. Pejabat Tiongkok hadir. Pejabat Tiongkok pulang.",
        "Rapat digelar di Naypyidaw. Naypyidaw sepi. Delegasi lalu meninggalkan Nay Pyi Taw.",
        # beside an apostrophe
        "Warga Kyiv bertahan. Warga Kyiv antre air. Wali kota Kiev'nya hadir.",
    ],
)
def test_entity_variants_found_wherever_the_pattern_matches(body: str) -> None:
    findings = lint(HEAD + body + "\n", "nama.varian-entitas")
    assert len(findings) == 1


def test_entity_set_with_one_variant_in_the_draft_is_quiet() -> None:
    assert lint(HEAD + "Pejabat Tiongkok hadir. Delegasi Rusia juga hadir.\n", "nama.varian-entitas") == []


def test_introduction_with_blanks_inside_the_parentheses() -> None:
    text = HEAD + "Data BPS dirilis. Badan Pusat Statistik ( BPS ) mencatat inflasi.\n"
    findings = lint(text, "nama.singkatan-sebelum-kepanjangan")
    assert [(f.column, f.end_column) for f in findings] == [(27, 30)]


def test_initials_of_a_person_are_no_abbreviation() -> None:
    text = HEAD + "Polisi menahan sopir truk berinisial RH (45) setelah kecelakaan itu.\n"
    assert lint(text, ABBREVIATIONS) == []


def test_a_firm_named_by_initials_is_no_abbreviation() -> None:
    text = HEAD + "Biro berinisial PT BMT menipu jemaah. Uji KIR bus kedaluwarsa. Nabi Muhammad SAW lahir.\n"
    assert lint(text, ABBREVIATIONS) == []
    # the firm's form alone is no sign: PT BMT with no "berinisial" is a name to spell out
    found = lint(HEAD + "Biro PT BMT menipu jemaah.\n", ABBREVIATIONS)
    assert [f.message.split('"')[1] for f in found] == ["BMT"]


def test_state_schools_trains_and_clubs_need_no_spelling_out() -> None:
    text = (
        HEAD + "Tim SMAN 3 dan SMPN 2 menang, siswa SDN Andir 2 menonton. KA Argo Bromo penuh. "
        "Satpol PP berjaga saat PSPS Pekanbaru bertanding di DIY. Jagung bose khas NTT dan NTB.\n"
    )
    assert lint(text, ABBREVIATIONS) == []


def test_a_known_abbreviation_mistyped_or_a_class_is_nothing_to_spell_out() -> None:
    text = HEAD + "Silat diakui UNSECO. Kementerian Hukum dan HAM hadir. Wali kelas VIII-B ikut. Temui HRD.\n"
    assert lint(text, ABBREVIATIONS) == []


def test_initials_stay_a_person_later_in_the_draft() -> None:
    text = HEAD + "Polisi memburu penadah berinisial JS.\n\nIdentitas dan ciri-ciri JS sudah dikantongi.\n"
    assert lint(text, ABBREVIATIONS) == []
    text = HEAD + "Tersangka MR (31) ditangkap.\n\nMenurut polisi, MR sudah lama diincar.\n"
    assert lint(text, ABBREVIATIONS) == []
    # the same letters before a capitalized name are a body's: PN Pekanbaru, a court
    text = HEAD + "Sopir berinisial PN ditahan.\n\nBerkasnya dilimpahkan ke PN Pekanbaru.\n"
    assert [f.message.split('"')[1] for f in lint(text, ABBREVIATIONS)] == ["PN"]


def test_initials_in_a_street_name_are_a_person() -> None:
    text = HEAD + "Pelaku ditangkap di Jalan HR Soebrantas dan dibawa ke Jl. MH Thamrin.\n"
    assert lint(text, ABBREVIATIONS) == []
    # "jalan" in lower case is a way, not a street
    found = lint(HEAD + "Hasil itu memuluskan jalan PSI ke Senayan.\n", ABBREVIATIONS)
    assert [f.message.split('"')[1] for f in found] == ["PSI"]


def test_initials_with_an_age_are_people() -> None:
    text = HEAD + "Ketiga tersangka, yakni RS (24), AF (22), dan MH (27), ditangkap polisi.\n"
    assert lint(text, ABBREVIATIONS) == []


def test_an_introduction_whose_bracket_is_left_open_still_introduces() -> None:
    text = HEAD + "Komisi Pemilihan Umum (KPU mengumumkan hasilnya. KPU juga membuka pengaduan.\n"
    assert lint(text, ABBREVIATIONS) == []


def test_a_renamed_city_under_its_old_name() -> None:
    text = HEAD + "Partai itu menang di Mumbai. Di Bombay, pendukungnya berpawai.\n\nMumbai tetap tenang.\n"
    findings = lint(text, "nama.varian-entitas")
    assert [f.message.split('"')[1] for f in findings] == ["Bombay"]


def test_a_quoted_name_alone_a_slip_off_the_full_name() -> None:
    text = HEAD + "Ketua panitia, Dimas Hartanto, membuka acara.\n\n\"Kami senang,\" kata Hartono.\n"
    findings = lint(text, "nama.varian-nama")
    assert [(f.message.split('"')[1], f.suggestions) for f in findings] == [("Hartono", ("Hartanto",))]
    # not quoted, or another first letter: maybe someone else
    # and a first name used alone elsewhere too (Yohanes Lado ... Yohanes ... ujar Yohanis)
    text = HEAD + 'Direktur, Yohanes Lado, hadir. Yohanes menjawab.\n\n"Kami siap," ujar Yohanis.\n'
    assert [f.rule for f in lint(text, "nama,ejaan.salah-ketik")] == ["nama.varian-nama"]
    # after a word of reporting, and a slip of a one-word name the draft quotes again and again:
    # the name rule's, not a typo's
    text = HEAD + 'Pemilik kedai, Rahmat Hidayat, hadir.\n\n"Enak," kata Rahmat. Rahmat menjual teh.\n\n'
    text += "Menurut Rahmad, harga naik.\n"
    assert [(f.rule, f.suggestions) for f in lint(text, "nama,ejaan.salah-ketik")] == [
        ("nama.varian-nama", ("Rahmat",))
    ]
    text = HEAD + 'Pedagang, Paimin (52), datang.\n\n"Ramai," kata Paimin. Paimin menjual sapi.\n\n'
    text += "Menurut Paiman, harga naik.\n"
    assert [(f.rule, f.suggestions) for f in lint(text, "nama,ejaan.salah-ketik")] == [
        ("nama.varian-nama", ("Paimin",))
    ]
    assert lint(HEAD + "Dimas Hartanto membuka acara. Hartono datang kemudian.\n", "nama.varian-nama") == []
    # a name given with an age introduces someone new
    text = HEAD + 'Kepala dinas, Heru Sunardi, hadir.\n\n"Pasar bersih," kata Sumarni (49), pedagang.\n'
    assert lint(text, "nama.varian-nama") == []
    assert len(lint(text.replace(" (49)", ""), "nama.varian-nama")) == 1
    assert lint(HEAD + "Dimas Hartanto membuka acara. \"Siap,\" kata Martono.\n", "nama.varian-nama") == []


def test_a_short_name_alone_a_slip_off_the_name_the_draft_calls_someone_by() -> None:
    # introduced in full, then called by a short middle name, then once by a slip of it
    text = HEAD + 'Ketua koperasi, Andreas Tomi Wibisono, hadir.\n\n"Stok aman," kata Tomi.\n\n'
    text += '"Harga tetap," ujar Toni.\n'
    assert [(f.message.split('"')[1], f.suggestions) for f in lint(text, "nama.varian-nama")] == [
        ("Toni", ("Tomi",))
    ]
    # never called by it alone: the short name may be someone else's
    assert lint(text.replace("kata Tomi", "kata Andreas"), "nama.varian-nama") == []
    # the other name introduced in full too: two people
    text += "\nBendahara, Toni Gunawan, mencatat.\n"
    assert lint(text, "nama.varian-nama") == []


def test_a_name_opening_a_sentence_as_its_subject_a_slip_off_a_name_called_alone() -> None:
    text = HEAD + 'Ketua kelompok, Dimas Hartanto, hadir.\n\n"Kami senang," kata Hartanto.\n\n'
    text += "Hartono berharap acara ini rutin digelar.\n"
    findings = lint(text, "nama.varian-nama")
    assert [(f.message.split('"')[1], f.suggestions) for f in findings] == [("Hartono", ("Hartanto",))]
    # a fuller name one letter off that the draft never calls by its last word alone may be
    # someone else, and a word that is no verb after the name makes no subject of it
    text = HEAD + "Penulis Florence Garrard hadir.\n\nGerrard menyaksikan laga itu dari tribun.\n"
    assert lint(text, "nama.varian-nama") == []
    text = HEAD + 'Ketua kelompok, Dimas Hartanto, hadir.\n\n"Kami senang," kata Hartanto.\n\n'
    assert lint(text + "Hartono datang.\n", "nama.varian-nama") == []


def test_a_short_name_or_a_word_as_a_speaker_a_slip_off_a_name_quoted_alone() -> None:
    # four letters, or a word of the language (arif: wise), as a speaker: a slip of the person
    # the draft quotes by the near name alone
    text = HEAD + 'Kepala desa, Hadie Santoso, hadir.\n\n"Air sudah mengalir," kata Hadie.\n\n'
    findings = lint(text + "Hadi menambahkan, pipa baru dipasang pekan depan.\n", "nama.varian-nama")
    assert [(f.message.split('"')[1], f.suggestions) for f in findings] == [("Hadi", ("Hadie",))]
    text = HEAD + 'Ketua koperasi, Arief Lubis, hadir.\n\n"Panen naik," ujar Arief.\n\n'
    findings = lint(text + "Arif menambahkan, harga turun.\n", "nama.varian-nama")
    assert [(f.message.split('"')[1], f.suggestions) for f in findings] == [("Arif", ("Arief",))]
    # ... not when the draft never calls the fuller name's word alone: maybe someone else
    text = HEAD + "Kepala desa, Hadie Santoso, hadir.\n\n"
    assert lint(text + "Hadi menambahkan, pipa baru dipasang.\n", "nama.varian-nama") == []
    text = HEAD + "Ketua koperasi, Arief Lubis, hadir.\n\n"
    assert lint(text + "Arif menambahkan, harga turun.\n", "nama.varian-nama") == []


def test_a_subject_with_an_adverb_before_its_verb() -> None:
    # "juga", "sudah" stand between a subject and its verb: the name is still the subject, and
    # its slip the naming rule's, not a typo's
    text = HEAD + 'Kepala bidang, Suhirman, hadir.\n\n"Data kami periksa," kata Suhirman.\n\n'
    findings = lint(text + "Suherman juga meminta orang tua teliti.\n", "nama,ejaan.salah-ketik")
    assert [(f.rule, f.message.split('"')[1], f.suggestions) for f in findings] == [
        ("nama.varian-nama", "Suherman", ("Suhirman",))
    ]
    # an adverb before a word that is no verb makes no subject of the name
    assert lint(text + "Suherman juga orang baik.\n", "nama.varian-nama") == []


def test_a_long_name_two_slips_off_beside_the_same_first_name() -> None:
    text = HEAD + "Bayu Hartanto memimpin rapat.\n\n\"Semua siap,\" kata Bayu Hartono.\n"
    findings = lint(text, "nama.varian-nama")
    assert [f.message.split('"')[1] for f in findings] == ["Bayu Hartono"]
    # a rare dictionary word is a name as often (pranata, an institution): two slips too
    text = HEAD + "Rapat dipimpin Dimas Budi Pranoto.\n\nMenurut Dimas Budi Pranata, semua siap.\n"
    findings = lint(text, "nama.varian-nama")
    assert [f.message.split('"')[1] for f in findings] == ["Dimas Budi Pranata"]
    # a word in use stays one letter off: Bank Sentral and Bank Sentosa are two banks
    text = HEAD + "Kredit dari Bank Sentral naik.\n\nKredit dari Bank Sentosa turun.\n"
    assert lint(text, "nama.varian-nama") == []


@pytest.mark.parametrize(
    ("text", "odd", "model"),
    [
        ("Topan melanda Hanoi. Warga Ha Noi mengungsi. Hanoi gelap.", "Ha Noi", "Hanoi"),
        ("Aktor Lee Hyun-woo hadir. Penggemar Hyunwoo berteriak.", "Hyunwoo", "Hyun-woo"),
    ],
)
def test_one_name_joined_two_ways(text: str, odd: str, model: str) -> None:
    findings = lint(HEAD + text + "\n", "nama.varian-nama")
    assert [(f.message.split('"')[1], f.suggestions) for f in findings] == [(odd, (model,))]


def test_a_name_used_alone_more_than_once_is_someone_else() -> None:
    text = HEAD + "Ketua RT, Eko Wahyudi, hadir.\n\n"
    text += 'Seorang warga, Wahyuni (38), ikut antre. "Senang," ujar Wahyuni.\n'
    assert lint(text, "nama.varian-nama") == []


def test_a_typo_inside_a_name_is_reported_once_as_a_typo() -> None:
    # the name check sees "Kerajaan Mnegwi" against "Kerajaan Mengwi", the spelling check
    # "Mnegwi" against the draft's "Mengwi": one piece of advice, the typo's
    text = HEAD + (
        "Kerajaan Mengwi berdiri pada abad ke-17. Raja Mengwi membangun pura. Warga Mengwi "
        "masih merawatnya.\n\nSejarah Kerajaan Mnegwi kini diajarkan di sekolah.\n"
    )
    found = lint(text, "nama.varian-nama,ejaan.salah-ketik")
    assert [(f.rule, text[f.start : f.end], f.suggestions[0]) for f in found] == [
        ("ejaan.salah-ketik", "Mnegwi", "Mengwi")
    ]



def test_a_subheadings_short_form_introduced_in_its_section_is_like_a_headlines() -> None:
    text = (
        "3 Fakta Bantuan Desa\n\nJakarta, IDN Times - Bantuan disalurkan pekan ini.\n\n"
        + "1. BST untuk warga lanjut usia\n\n"
        + "Desa menyalurkan bantuan sosial tunai (BST). Penerima BST mencapai 200 orang.\n\n"
        + "2. LPM ikut mengawasi\n\n"
        + "Warga melapor ke LPM. Lembaga Pemberdayaan Masyarakat (LPM) lalu rapat.\n"
    )
    findings = lint(text, "nama.singkatan-sebelum-kepanjangan")
    # the body's own use before the introduction is still early
    assert [(f.line, f.column) for f in findings] == [(11, 18)]


def test_a_model_designation_is_no_abbreviation() -> None:
    text = HEAD + "Pesawat N-219 dan drone LX-7 diuji di Bandung. Tim SAR ikut hadir.\n"
    assert lint(text, "nama.singkatan-tanpa-kepanjangan") == []


def test_a_name_ending_in_a_number_is_no_abbreviation() -> None:
    # a group's or a model's name ends in its number; digits inside a short form are letters
    text = HEAD + "Grup idola asal Jepang, STELLA7, tampil di Jakarta bersama petugas BP2MI.\n"
    assert [f.message.split('"')[1] for f in lint(text, "nama.singkatan-tanpa-kepanjangan")] == ["BP2MI"]
    # a unit's number on an abbreviation keeps it that abbreviation: KKN12 is KKN's, used early
    text = HEAD + "Posko KKN12 dibuka. Mahasiswa Kuliah Kerja Nyata (KKN) tiba.\n"
    assert [f.message.split('"')[1] for f in lint(text, "nama.singkatan-sebelum-kepanjangan")] == ["KKN12"]


def test_a_code_a_degree_and_a_title_inside_a_name() -> None:
    # a rating (IP67) and a degree after a name (Sp.GK) spell out nothing
    text = HEAD + "Ponsel bersertifikat IP67 diulas dr. Cut Hayati, Sp.GK, pekan ini.\n"
    assert lint(text, "nama.singkatan-tanpa-kepanjangan") == []
    # a title with its point inside the name a short form stands for
    text = HEAD + "Ia dirawat di Rumah Sakit Umum Daerah dr. Zainoel Abidin (RSUDZA). RSUDZA penuh.\n"
    assert lint(text, "nama.singkatan-tanpa-kepanjangan") == []
    # the same letters with no point after the degree's head are still a short form
    text = HEAD + "Ponsel itu diulas Tim GK pekan ini.\n"
    assert [f.message.split('"')[1] for f in lint(text, "nama.singkatan-tanpa-kepanjangan")] == ["GK"]


def test_a_word_set_in_capitals_is_no_abbreviation() -> None:
    # emphasis (status SIAGA) or a brand spelled so (aplikasi MAGMA): a word of five letters or
    # more the dictionary lists; shorter ones are too often abbreviations as well
    text = HEAD + "Status gunung naik menjadi SIAGA. Pantau lewat aplikasi MAGMA Indonesia. Ia ke KUA.\n"
    assert [f.message.split('"')[1] for f in lint(text, "nama.singkatan-tanpa-kepanjangan")] == ["KUA"]
    # so is a system named "SI" + a word (Sistem Informasi ...)
    text = HEAD + "Data pemilih dicek lewat aplikasi SIPANDU milik dinas. Ia ke KUA.\n"
    assert [f.message.split('"')[1] for f in lint(text, "nama.singkatan-tanpa-kepanjangan")] == ["KUA"]


def test_a_listed_abbreviation_with_a_units_number_is_still_an_abbreviation() -> None:
    text = HEAD + "Pesawat ATR-72 mendarat, sementara KRI-356 bersandar di Jayapura.\n"
    assert [f.message.split('"')[1] for f in lint(text, "nama.singkatan-tanpa-kepanjangan")] == ["KRI-356"]


def test_a_units_designation_is_introduced_with_its_bodys_short_form() -> None:
    text = HEAD + "Mahasiswa Kuliah Kerja Nyata (KKN) datang. Kelompok KKN-12 membantu warga desa.\n"
    assert lint(text, ABBREVIATIONS) == []


def test_a_short_form_of_the_bodys_own_language_name_is_introduced_by_ours() -> None:
    text = HEAD + (
        "Organisasi Kesehatan Dunia (WHO) memuji langkah itu. WHO juga mengirim ahli.\n\n"
        "Badan Energi Atom Internasional (IAEA) memantau reaktor. IAEA belum berkomentar.\n"
    )
    assert lint(text, ABBREVIATIONS) == []
    # an Indonesian body's name before another body's short form explains nothing
    findings = lint(HEAD + "Petugas Dinas Sosial (BPBD) bersiaga. BPBD menyiapkan perahu.\n", ABBREVIATIONS)
    assert [f.message.split('"')[1] for f in findings] == ["BPBD"]
    findings = lint(HEAD + "Menurut Kepala Pusat Gempa (PVMBG), gempa itu dangkal.\n", ABBREVIATIONS)
    assert [f.message.split('"')[1] for f in findings] == ["PVMBG"]


def test_a_four_letter_name_ending_in_y_or_i_and_a_places_old_spelling() -> None:
    text = HEAD + (
        "Kapolsek, Kompol Dedi Harianto, memimpin razia. Dedi menyebut dua pelaku.\n\n"
        "Menurut Dedy, razia berlanjut.\n"
    )
    findings = lint(text, "nama.varian-nama")
    assert [(f.message.split('"')[1], f.suggestions) for f in findings] == [("Dedy", ("Dedi",))]
    # a place's old spelling kept in a brand's name is no slip of the place
    text = HEAD + "Jakarta kembali ramai. Festival Djakarta Warehouse Project digelar di Jakarta.\n"
    assert lint(text, "nama.varian-nama") == []


def test_a_notable_place_is_the_model_only_against_strings_no_list_knows() -> None:
    text = HEAD + "Harga naik di Kalimatan Barat.\n\nDinas Provinsi Kalimantan Barat memantau pasar.\n"
    found = [(f.message.split('"')[1], f.suggestions) for f in lint(text, "nama.varian-nama")]
    assert found == [("Kalimatan Barat", ("Kalimantan Barat",))]
    # a person's name written four times is the model of its slip, a place though the slip be
    text = HEAD + (
        "Timur Pradopo datang. Timur Pradopo bicara.\n\nMenurut Timur Pradopo, rapat lancar. "
        "Timur Pradopo pulang.\n\nEsoknya Timor Pradopo kembali.\n"
    )
    found = [(f.message.split('"')[1], f.suggestions) for f in lint(text, "nama.varian-nama")]
    assert found == [("Timor Pradopo", ("Timur Pradopo",))]


def test_a_short_form_after_atau_and_initials_with_an_age_left_open() -> None:
    text = HEAD + (
        "Kuncinya pemberantasan sarang nyamuk atau PSN di rumah. PSN dilakukan tiap pekan.\n\n"
        "Polisi menangkap tiga pria berinisial AB (27), CD (24, dan EF (30). CD merusak kunci.\n"
    )
    assert lint(text, ABBREVIATIONS) == []
    # only the initials of the words before "atau" introduce: a choice introduces nothing
    findings = lint(HEAD + "Tak hanya di PAUD atau TPA, anak belajar bermain.\n", ABBREVIATIONS)
    assert [f.message.split('"')[1] for f in findings] == ["TPA"]  # PAUD is known


def test_review_cases_of_short_forms_and_four_letter_names() -> None:
    text = HEAD + (
        "Polisi memperingati Hari Bhayangkara. Ketua panitia, Hary Prasetyo, membuka acara.\n\n"
        "Andi Saputra datang. Andi menyapa warga. Menurut Andy, acara lancar.\n"
    )
    found = [(f.message.split('"')[1], f.suggestions) for f in lint(text, "nama.varian-nama")]
    assert found == []  # "andi" is in the frequency list as often as a word: left alone
    # an Indonesian body, a compass word or a province is no foreign body
    text = HEAD + "Ikatan Dokter Indonesia (IDAI) hadir. Dinas Sosial Jawa Barat (KPAI) juga hadir.\n"
    assert [f.message.split('"')[1] for f in lint(text, ABBREVIATIONS)] == ["IDAI", "KPAI"]


def test_a_digit_in_a_short_form_repeats_its_letter() -> None:
    body = "Balai Pelayanan Pelindungan Pekerja Migran Indonesia (BP3MI) mendata korban. BP3MI siap.\n"
    text = HEAD + body
    assert lint(text, ABBREVIATIONS) == []


def test_third_review_of_the_session() -> None:
    text = HEAD + "Program Pangan Dunia (WFP) membantu. WFP mengirim beras.\n"
    assert lint(text, ABBREVIATIONS) == []
    text = HEAD + "Rudi Santoso datang. Rudi menyapa warga.\n\nMenurut Rudy, acara lancar.\n"
    found = [(f.message.split('"')[1], f.suggestions) for f in lint(text, "nama.varian-nama")]
    assert found == [("Rudy", ("Rudi",))]
    # a word in use inside a name is the word (Tanah Suci, Sanggar Tari)
    text = HEAD + "Jemaah tiba di Tanah Suci. Ketua rombongan, Sucy Amelia, lega.\n"
    assert lint(text, "nama.varian-nama") == []


def test_a_name_with_an_arabic_kh_written_h() -> None:
    text = HEAD + "Ketua koperasi, Nurul Hasanah, hadir.\n\nSetelah itu, Nurul Khasanah membuka rapat.\n"
    findings = lint(text, "nama,ejaan.salah-ketik")
    assert [(f.rule, f.message.split('"')[1], f.suggestions) for f in findings] == [
        ("nama.varian-nama", "Nurul Khasanah", ("Nurul Hasanah",))
    ]


def test_a_known_acronym_written_as_a_word_is_known_in_lower_case() -> None:
    # Kapolsek and Polsek are abbreviations readers know; their lower-case forms are as well known
    # (the title's capital is the capitalization rule's matter)
    text = (
        "Polisi Tangkap Tiga Pelaku\n\nMedan, IDN Times - Polisi menangkap tiga pelaku, kata "
        "kapolsek setempat. Ketiganya ditahan di polsek sejak Senin. Kasus itu ditangani jaksa.\n"
    )
    assert [f.rule for f in lint(text, ABBREVIATIONS)] == []
    other = text.replace("polsek sejak", "PUSKO sejak")
    assert [other[f.start : f.end] for f in lint(other, ABBREVIATIONS)] == ["PUSKO"]


def test_a_short_form_inside_a_brands_name() -> None:
    # Trans Kukar: the brand is spelled so; the regency alone is still introduced
    text = HEAD + "Warga naik bus Trans Kukar ke pasar. Di Kukar hujan turun.\n"
    findings = lint(text, "nama.singkatan-tanpa-kepanjangan")
    assert [(f.message.split('"')[1], f.column) for f in findings] == [("Kukar", 62)]
    # a province's short form every reader knows, in a brand or alone
    text = HEAD + "Warga menabung di Bank Jatim dan naik bus Trans Jateng. Di Jatim hujan turun.\n"
    assert lint(text, "nama.singkatan-tanpa-kepanjangan") == []
    # ... and a Jakarta city's
    text = HEAD + "Komunitas lari Jaksel tumbuh. Warga Jaktim ikut berlatih.\n"
    assert lint(text, "nama.singkatan-tanpa-kepanjangan") == []


def test_the_datelines_town_is_no_use_of_its_short_form() -> None:
    # the dateline labels where the story comes from; the lead introduces the short form
    text = (
        "Logistik Tiba\n\nDek\n\nSampura, IDN Times - Warga Kabupaten Sampang Madura (Sampura)"
        " menunggu. Sampura lalu bersiap.\n"
    )
    assert lint(text, ABBREVIATIONS) == []
    # a use in the lead before the introduction is still early
    text = text.replace("Warga Kabupaten", "Warga Sampura dan warga Kabupaten")
    findings = lint(text, ABBREVIATIONS)
    assert [(f.rule, f.message.split('"')[1]) for f in findings] == [
        ("nama.singkatan-sebelum-kepanjangan", "Sampura")
    ]


def test_one_given_name_with_a_surname_spelled_two_ways_is_one_person() -> None:
    text = HEAD + (
        "Petani Hendra Wijoyo (40) menanam jagung. Ketua koperasi Gilang Saputro ikut. "
        "Pedagang Intan Nurhaliza datang.\n\n"
        "Ia ditemani Hendra Wijaya. Hal itu disampaikan Gilang Saputra. Menurut Intan Nurhayati, harga naik."
    )
    found = [(f.message.split('"')[1], f.suggestions) for f in lint(text, "nama.varian-nama")]
    assert found == [
        ("Hendra Wijaya", ("Hendra Wijoyo",)),
        ("Gilang Saputra", ("Gilang Saputro",)),
        ("Intan Nurhayati", ("Intan Nurhaliza",)),
    ]


def test_a_name_in_non_standard_spelling_is_never_the_model() -> None:
    text = HEAD + (
        "Acara didukung Dinas Pariwisata Propinsi Bali.\n\n"
        "Hal itu disampaikan Kepala Dinas Pariwisata Provinsi Bali, Ketut Sudana."
    )
    assert lint(text, "nama.varian-nama") == []
    assert [f.rule for f in lint(text, "baku.kata-baku")] == ["baku.kata-baku"]


def test_data_sizes_need_no_full_form() -> None:
    text = HEAD + "Ukuran foto tidak lebih dari 2 megabita (MB), video paling besar 1 GB."
    assert lint(text, "nama.singkatan-tanpa-kepanjangan") == []


def test_a_name_with_a_slipped_word_is_never_the_model() -> None:
    text = HEAD + (
        "Program itu dijalankan Dinas Kesehatna Kota Bogor.\n\n"
        "Hal itu disampaikan Kepala Dinas Kesehatan Kota Bogor, Ratna Dewi."
    )
    assert lint(text, "nama.varian-nama") == []
    found = [(f.message.split('"')[1], f.suggestions[0]) for f in lint(text, "ejaan.salah-ketik")]
    assert found == [("Kesehatna", "Kesehatan")]
    # other spellings of a person's name stay the naming rule's (Widjaja, Wijaya)
    text = HEAD + "Ketua panitia, Hendra Widjaja, hadir.\n\nMenurut Hendra Wijaya, acara lancar."
    assert [f.rule for f in lint(text, "nama.varian-nama")] == ["nama.varian-nama"]


def test_a_name_spelled_with_the_letters_one_name_is_written_two_ways() -> None:
    text = HEAD + (
        "Manajer lapangan, Rudi Aryo Nugroho, memantau arus. Nasabah BPR Arta Sentosa cemas, "
        "dan kantor BPR Arta Sentosa tutup. Pelatih tamu, Sarah McAllister, tiba.\n\n"
        "Rudi Ario Nugroho mengimbau warga. Di depan BPR Artha Sentosa, nasabah berkumpul. "
        "Menurut MacAllister, latihan berjalan baik."
    )
    found = [(f.message.split('"')[1], f.suggestions) for f in lint(text, "nama.varian-nama")]
    assert found == [
        ("Rudi Ario", ("Rudi Aryo",)),
        ("BPR Artha", ("BPR Arta",)),
        ("MacAllister", ("McAllister",)),
    ]


def test_a_rank_in_one_line_and_an_office_in_the_next_do_not_make_two_people() -> None:
    text = HEAD + (
        "Kepala Satuan Reserse Kriminal, Kompol Bayu Prakosa, mengatakan razia berjalan.\n\n"
        "Menurut Kasat Reskrim Bayu Prakasa, pelanggar akan ditilang."
    )
    found = [(f.message.split('"')[1], f.suggestions) for f in lint(text, "nama.varian-nama")]
    assert found == [("Bayu Prakasa", ("Bayu Prakosa",))]


def test_two_surnames_after_a_common_given_name_or_words_in_use_are_two_names() -> None:
    text = HEAD + (
        "Warga Siti Rahmawati (30) dan Siti Rahmah (28) antre. Rombongan dari Sulawesi Tengah "
        "dan Sulawesi Tenggara tiba. Tol Bandung-Cilacap dan Tol Bandung-Cirebon dibuka.\n\n"
        "Mereka menginap di Hotel Des Indes. Kami suka Hotel Des Indesnya."
    )
    assert lint(text, "nama.varian-nama") == []


def test_a_short_word_one_letter_off_beside_two_shared_name_words() -> None:
    text = HEAD + (
        "Petugas memeriksa KM Bintang Samudra Jaya di dermaga. Nakhoda KM Bintang Samudra Jaya "
        "ditahan. Kini KM Bintang Samudra Raya disita negara.\n"
    )
    found = [(f.message.split('"')[1], f.suggestions) for f in lint(text, "nama.varian-nama")]
    assert found == [("KM Bintang Samudra Raya", ("KM Bintang Samudra Jaya",))]
    # one shared word is no such evidence: two teams, two banks
    text = HEAD + "Tim Jaya menang atas Tim Raya. Bank Maju Jaya dan Bank Maju Raya bergabung.\n"
    assert lint(text, "nama.varian-nama") == []
