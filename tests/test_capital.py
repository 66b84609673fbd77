"""Capitalization checks: days, months, holidays, titles, geography, sentence starts, names, headlines."""

from __future__ import annotations

import pytest

from newslint import engine, plugins
from newslint.checks.capital import sentence_start
from newslint.config import Config
from newslint.document import Block, BlockKind, Document
from newslint.rules import Finding


def merged(rule_ids: tuple[str, ...], text: str) -> list[Finding]:
    """The findings of several rules on `text` read as one body paragraph."""
    doc = plugins.parse("t.txt", text)
    doc = Document(doc.path, doc.source, doc.prose, (Block(BlockKind.PARAGRAPH, 0, len(text)),))
    return engine.lint(doc, engine.rule_set(Config(), rule_ids))


def lint(rule_id: str, text: str, paragraph: bool = True) -> list[tuple[str, str | None, tuple[str, ...]]]:
    """(matched text, fix, suggestions) of one rule's findings; `paragraph` reads `text` as body."""
    rules = engine.rule_set(Config(), (rule_id,))
    doc = plugins.parse("t.txt", text)
    if paragraph:
        doc = Document(doc.path, doc.source, doc.prose, (Block(BlockKind.PARAGRAPH, 0, len(text)),))
    return [(text[f.start : f.end], f.fix, f.suggestions) for f in engine.lint(doc, rules)]


@pytest.mark.parametrize(
    ("text", "offset", "expected"),
    [
        ("Hujan turun. Warga", 13, True),
        ("Hujan turun, warga", 13, False),
        ('Ia berkata, "Kami siap."', 13, True),
        ("Jakarta, IDN Times - Tim menang.", 21, True),
        ("(Ia hadir.)", 1, True),
    ],
)
def test_sentence_start(text: str, offset: int, expected: bool) -> None:
    assert sentence_start(text, offset) is expected


def test_days_months_and_the_ambiguous_minggu() -> None:
    text = (
        "Rapat digelar selasa (14/10/2025), lalu minggu (19/10/2025) dan bulan agustus. Dua minggu lalu sepi."
    )
    assert [m for m, _, _ in lint("eyd.kapital-hari-bulan", text)] == ["selasa", "minggu", "agustus"]
    assert lint("eyd.kapital-hari-bulan", "Pada hari minggu pasar ramai.") == [
        ("minggu", "Minggu", ("Minggu",))
    ]
    # joined to another day's name it is a day too; a week before another day's name is not
    text = "Pasar buka Jumat hingga minggu. Sabtu dan minggu depan ramai. Dua minggu sebelum Senin sepi."
    assert [m for m, _, _ in lint("eyd.kapital-hari-bulan", text)] == ["minggu", "minggu"]


def test_holidays() -> None:
    text = "Arus mudik menjelang natal dan lebaran; Idulfitri sudah lewat."
    assert [(m, f) for m, f, _ in lint("eyd.kapital-hari-raya", text)] == [
        ("natal", "Natal"),
        ("lebaran", "Lebaran"),
    ]
    # commemorative days of the nation and of the world
    text = "Kampanye digelar pada hari Pangan Sedunia dan menjelang hari Disabilitas Internasional."
    assert [s for _, _, s in lint("eyd.kapital-hari-raya", text)] == [
        ("Hari Pangan Sedunia",),
        ("Hari Disabilitas Internasional",),
    ]


@pytest.mark.parametrize(
    ("text", "match", "suggestion"),
    [
        ("Pernyataan itu dibacakan bupati Maria Ulfa Siregar di balai desa.", "bupati", "Bupati"),
        ("Acara dibuka gubernur Khofifah Indar Parawansa.", "gubernur", "Gubernur"),
        ("Rapat dipimpin wali kota Tegal, Rudi Hartanto, sejak pagi.", "wali kota", "Wali Kota"),
        ("Wakil ketua Dewan Kota Ambon, Sinta Lestari, membuka rapat.", "ketua", "Ketua"),
        ("Ia bertemu presiden Republik Ceko Petr Novak di Praha.", "presiden", "Presiden"),
        ("Data dirilis juru bicara Kementerian Keuangan Dedi Sutanto.", "juru bicara", "Juru Bicara"),
        ("Surat diteken kepala BNPB Teguh Santosa.", "kepala", "Kepala"),
        ("Makam raja Hamengkubuwono IX dibersihkan.", "raja", "Raja"),
        # the head of a kapanewon (Yogyakarta's subdistrict)
        ("Lomba itu dibuka panewu Gamping, Sulistyo, kemarin.", "panewu", "Panewu"),
        ("Sikap itu ditegaskan Menteri luar negeri Jepang kemarin.", "luar negeri", "Luar Negeri"),
        # a rank in its short form
        ("Kasat Reskrim, kompol Bayu Ardiansyah, memimpin penangkapan.", "kompol", "Kompol"),
        # an office, its district (no list holds it) and a rank before the holder's name
        ("Hal itu disampaikan kapolsek Sunggal Kompol Rizky Simanjuntak.", "kapolsek", "Kapolsek"),
        # the same with a police rank written as capitals
        ("Hal itu disampaikan kapolsek Medan Baru AKP Dodi Harahap.", "kapolsek", "Kapolsek"),
        # a body's name goes on over "dan" and over its short form in brackets
        (
            "Data dirilis kepala Bidang Arsip Dinas Pemuda dan Olahraga (Dispora) Kota Batu, Rina Astuti.",
            "kepala",
            "Kepala",
        ),
        (
            "Hal itu disampaikan kepala Dinas Pangan dan Pertanian (Dispertan) Blitar, Made Wirya, kemarin.",
            "kepala Dinas",
            "Kepala Dinas",
        ),
        ("Ia dijamu ketua Ikatan Petani Garam (Ipegar) Madura, Slamet Riyadi.", "ketua", "Ketua"),
        ("Kami diterima ketua Gabungan Koperasi (Gakop UMKM) Kota Kupang, Yosef Bere.", "ketua", "Ketua"),
        # the holder's academic title before the name
        (
            "Piagam diserahkan rektor Universitas Negeri Padang, Prof. Ganefri Yusuf, kemarin.",
            "rektor",
            "Rektor",
        ),
        # "dan" after a name ends the run, though a body's word (serikat) is in it
        ("Ia menemui presiden Amerika Serikat Joe Biden dan Perdana Menteri Jepang.", "presiden", "Presiden"),
        # a title word closing a name is a family name, not a rank before one
        ("Menanggapi hal itu, bupati Sleman, Rizal Hakim, menyatakan siap.", "bupati", "Bupati"),
        # a name opened by a word of a longer place's name (Sri Lanka)
        ("Dana itu dicairkan kepala Dinas Sosial Blora, Sri Wulandari.", "kepala Dinas", "Kepala Dinas"),
    ],
)
def test_title_before_a_name(text: str, match: str, suggestion: str) -> None:
    assert lint("eyd.kapital-jabatan", text) == [(match, None, (suggestion,))]


def test_one_word_name_the_draft_writes_in_full_elsewhere() -> None:
    text = "Gubernur Anton Wiraguna meresmikan jalan. Kemarin gubernur Anton meninjau pasar."
    assert [m for m, _, _ in lint("eyd.kapital-jabatan", text)] == ["gubernur"]
    assert lint("eyd.kapital-jabatan", "Kemarin gubernur Anton meninjau pasar.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Siapa gubernur yang baru dilantik?",
        # a religious title inside an institution's name is no rank before a holder
        "Ia menemui direktur Rumah Sakit Bersalin Santa Elisabeth Maria Goreti kemarin.",
        "Para bupati Jawa Tengah berkumpul.",
        "Ia salah satu gubernur Amerika Selatan yang dikenal luas.",
        "Bola mengenai kepala Budi.",  # kepala only before an institution
        "Ia dilantik sebagai gubernur Jawa Timur.",
        "Gubernur Jawa Timur hadir.",
        # the office, not its holder: an apposition or a title before an institution or place
        "Lena Marsh, mantan gubernur Oregon, hadir.",
        "Keputusan diumumkan juru bicara Kementerian Keuangan.",
        "Ia bertemu kapolda Jawa Barat.",
        "Ia bertemu kapolsek Medan Baru AKP kemarin.",  # a rank with no name after it
        "Surat diteken kepala BNPB.",
        "Ia menjabat direktur Global Ventures USA, perusahaan modal.",
        # a regency or a district the office is of (idn-area-data's names)
        "Warga memilih bupati dan wakil bupati Kapuas Hulu.",
        # an honour, not an office: "haji" there is the pilgrims
        "Hal itu diurus petugas kesehatan haji Kota Batu, dr. Rina Astuti, kemarin.",
    ],
)
def test_titles_left_alone(text: str) -> None:
    assert lint("eyd.kapital-jabatan", text) == []


def test_geographic_generics() -> None:
    text = "Warga tinggal di tepi sungai Mahakam dan mandi di sungai. Nelayan di laut Indonesia waspada."
    assert lint("eyd.kapital-geografi", text) == [("sungai", None, ("Sungai",))]
    assert lint("eyd.kapital-geografi", "Angin dari barat laut Sumatera.") == []
    # ... but a compass word before a comma is no direction with the sea after it
    text = "Kapal dilarang melintas di Teluk Saleh bagian timur, laut Flores, dan Selat Alas."
    assert lint("eyd.kapital-geografi", text) == [("laut", None, ("Laut",))]
    assert lint("eyd.kapital-geografi", "Harga rumput laut Nunukan naik.") == []
    assert lint("eyd.kapital-geografi", "Ia memotret keindahan bawah laut Taman Nasional Bunaken.") == []
    # a compass word makes a direction with laut only: west of a street is still a street's name
    text = "Lapaknya di sisi barat jalan Malioboro, timur sungai Ciliwung."
    assert lint("eyd.kapital-geografi", text) == [("jalan", None, ("Jalan",)), ("sungai", None, ("Sungai",))]
    # the small islands of Lombok and Madura: a gili before its name, the common noun alone
    text = "Wisatawan menyeberang ke gili Trawangan, dan ketiga gili itu ramai."
    assert lint("eyd.kapital-geografi", text) == [("gili", None, ("Gili",))]
    # a city or a province inside a body's name, but not where it only says where
    text = "Dinas Kesehatan kota Kupang rutin menggelar edukasi. Warga di kota Kupang senang."
    assert lint("eyd.kapital-geografi", text) == [("kota", None, ("Kota",))]
    assert lint("eyd.kapital-geografi", "Kasus itu muncul di pasar Liupanshui provinsi Guizhou.") == []
    # a kuala (river mouth) before its name: Kuala Kurun, Kuala Tungkal
    assert lint("eyd.kapital-geografi", "Ia ditangkap di kuala Kurun.") == [("kuala", None, ("Kuala",))]
    # before the river's own generic it is the river's mouth
    assert lint("eyd.kapital-geografi", "Perahu berlabuh di kuala Sungai Kapuas.") == []


def test_sentence_start_rule() -> None:
    text = "Petugas datang. pada pukul 10.00, api padam, dll. lalu warga pulang... dan iPhone berdering."
    assert lint("eyd.kapital-awal-kalimat", text) == [("pada", "Pada", ("Pada",))]


def test_sentence_start_after_the_dateline() -> None:
    text = "Judul Berita\n\nPalembang, IDN Times - kebakaran lahan padam.\n"
    assert lint("eyd.kapital-awal-kalimat", text, paragraph=False) == [
        ("kebakaran", "Kebakaran", ("Kebakaran",))
    ]


def test_lowercase_names() -> None:
    text = "Ponsel Android kian murah. Pengguna ponsel Android dan ponsel android di jakarta diminta waspada."
    assert [m for m, _, _ in lint("eyd.kapital-nama-diri", text)] == ["android", "jakarta"]


def test_a_brand_written_small() -> None:
    text = "Pesan whatsapp itu berisi tautan. Ia berjualan lewat instagram dan membeli iphone baru."
    found = [(m, s) for m, _, s in lint("eyd.kapital-nama-diri", text)]
    assert found == [("whatsapp", ("WhatsApp",)), ("instagram", ("Instagram",)), ("iphone", ("iPhone",))]
    # a handle, a hashtag or an address is written as it is
    text = "Ikuti akun @instagram, tagar #tokopedia, dan laman instagram.com/kopi atau shopee.co.id."
    assert lint("eyd.kapital-nama-diri", text) == []


def test_a_speakers_name_written_small_elsewhere() -> None:
    # no word of any dictionary, and the draft's speaker: the name written small
    text = 'Salah satu murid, alya Putri (10), ikut menari. "Seru," ujar Alya.'
    assert [(m, s) for m, _, s in lint("eyd.kapital-nama-diri", text)] == [("alya", ("Alya",))]
    # a term the draft capitalizes only in a name or a heading is no speaker's name
    text = "Porseni Sleman dibuka. Bagi banyak siswa, porseni adalah ajang pertama."
    assert lint("eyd.kapital-nama-diri", text) == []


def test_a_district_in_lower_case_where_the_draft_names_its_region() -> None:
    # Waingapu is a district of Sumba Timur; "bolon" (big, in Batak) is also a village of
    # Simalungun, which a story set in Samosir does not name
    named = "Guru di Sumba Timur kekurangan buku. Ia mengajar di waingapu sejak 2010."
    assert [(m, s) for m, _, s in lint("eyd.kapital-nama-diri", named)] == [("waingapu", ("Waingapu",))]
    assert lint("eyd.kapital-nama-diri", "Ia mengajar di waingapu sejak 2010.") == []
    assert lint("eyd.kapital-nama-diri", "Perahu solu bolon berlomba di Danau Toba, Samosir.") == []
    # a word the draft keeps writing small is a word of the region's speech (katapang is
    # Sundanese for ketapang, and a district of Bandung)
    text = "Kelompok di Kabupaten Bandung menyemai katapang. Bibit katapang itu kuat."
    assert lint("eyd.kapital-nama-diri", text) == []


def test_a_two_word_country_begun_as_a_name_and_ended_small() -> None:
    text = "Musisi dari Belanda dan Amerika serikat tampil. Ia pulang ke Selandia baru pekan lalu."
    found = [(m, s) for m, _, s in lint("eyd.kapital-nama-diri", text)]
    assert found == [("Amerika serikat", ("Amerika Serikat",)), ("Selandia baru", ("Selandia Baru",))]
    # not at a sentence's start, where the capital is the sentence's
    assert lint("eyd.kapital-nama-diri", "Amerika serikat dagangnya lesu.") == []


def test_a_two_word_region_whose_first_word_is_written_small() -> None:
    # a capital after a small word marks the pair as the name, inside a sentence
    text = "Harga minyak naik karena krisis timur Tengah. Negara uni Eropa rapat di Brussel."
    found = [(m, s) for m, _, s in lint("eyd.kapital-nama-diri", text)]
    assert found == [("timur Tengah", ("Timur Tengah",)), ("uni Eropa", ("Uni Eropa",))]
    # all small too, but not the direction alone, nor the middle of a place
    found = lint("eyd.kapital-nama-diri", "Ekspor ke timur tengah naik. Angin datang dari timur.")
    assert [m for m, _, _ in found] == ["timur tengah"]
    assert lint("eyd.kapital-nama-diri", "Kabut turun di sisi timur tengah kota.") == []


def test_a_region_named_for_a_compass_point_and_ended_small() -> None:
    # the regencies and cities of idn-area-data (dictionaries/daerah.txt), not only the
    # hand-written provinces: Kutai Barat, Jakarta Selatan
    text = "Warga Kabupaten Kutai barat dan kota Jakarta selatan ikut. Angin bertiup dari barat."
    found = [(m, s) for m, _, s in lint("eyd.kapital-nama-diri", text)]
    assert found == [("Kutai barat", ("Kutai Barat",)), ("Jakarta selatan", ("Jakarta Selatan",))]
    # a direction after a word that is no notable name stays: the west coast
    assert lint("eyd.kapital-nama-diri", "Nelayan di pesisir barat pulau itu melaut.") == []
    # "tengah" before a time is its middle
    assert lint("eyd.kapital-nama-diri", "Ia tiba di Lombok tengah malam, lalu ke Jawa tengah hari.") == []
    found = lint("eyd.kapital-nama-diri", "Ia tiba di Lombok tengah pada malam hari.")
    assert [m for m, _, _ in found] == ["Lombok tengah"]


def test_a_speakers_name_in_lower_case_after_the_verb_that_closes_a_quote() -> None:
    text = 'Dialami Rina Marlina (34).\n\n"Saldo saya tinggal sedikit," kata rina. "Ya," kata warga.'
    found = [(m, s) for m, _, s in lint("eyd.kapital-nama-diri", text)]
    assert found == [("rina", ("Rina",))]
    # a word, or a name the draft never capitalizes, is left
    assert lint("eyd.kapital-nama-diri", '"Sudah," ujar dia. "Ya," kata budi.') == []
    # ... and so is a role that runs on, or one capitalized only where a sentence starts
    text = 'Kadispar Lombok hadir. Nakes siaga.\n\n"Ya," kata kadispar yang baru. "Siap," kata nakes.'
    assert lint("eyd.kapital-nama-diri", text) == []


def test_a_day_written_often_makes_no_name_of_the_week() -> None:
    text = "Hujan turun sejak Minggu malam. Warga mengungsi sejak Minggu pagi. Stok cukup untuk satu minggu."
    assert lint("eyd.kapital-nama-diri", text) == []


def test_an_event_named_by_its_year_leaves_the_common_noun_alone() -> None:
    text = (
        "Banyak petugas sakit pada Pemilu 2019. Pada Pemilu 2024, syaratnya diperketat. "
        "Berbeda dengan pemilu sebelumnya, pendaftar kini diperiksa dokter."
    )
    assert lint("eyd.kapital-nama-diri", text) == []


def test_lowercase_names_leave_common_words_and_english() -> None:
    text = "Warga Medan menyebut medan perang. Negara 'middle income' tumbuh; bank menaikkan bunga."
    assert lint("eyd.kapital-nama-diri", text) == []


def test_headline_case() -> None:
    found = lint(
        "eyd.kapital-judul", "Harga Cabai Rawit Melonjak menjelang Iduladha Di Pasar\n", paragraph=False
    )
    assert [(m, s) for m, _, s in found] == [("menjelang", ("Menjelang",)), ("Di", ("di",))]


def test_an_ordinal_with_figures_in_a_headline_takes_either_case() -> None:
    # ke is one of the guide's particles: "ke-80" as well as "Ke-80"
    for headline in ("Meriahnya Lomba di HUT RI ke-80\n", "Meriahnya Lomba di HUT RI Ke-80\n"):
        assert lint("eyd.kapital-judul", headline, paragraph=False) == []


def test_a_small_title_with_its_point_and_secara_in_a_headline() -> None:
    assert lint("eyd.kapital-judul", "Antrean Pasien Mengular di RSUD dr. Soetomo\n", paragraph=False) == []
    for headline in (
        "Warga Bisa Mengurus Izin secara Daring\n",
        "Warga Bisa Mengurus Izin Secara Daring\n",
        "Pelayaran ke Kepulauan Ditunda akibat Gelombang Tinggi\n",
    ):
        assert lint("eyd.kapital-judul", headline, paragraph=False) == []
    found = lint("eyd.kapital-judul", "Antrean Pasien mengular di RSUD dr. Soetomo\n", paragraph=False)
    assert [m for m, _, _ in found] == ["mengular"]


def test_headline_in_sentence_case_is_a_style_not_a_slip() -> None:
    assert lint("eyd.kapital-judul", "Harga cabai rawit melonjak menjelang Iduladha\n", paragraph=False) == []


def test_country_names_in_lower_case() -> None:
    found = lint("eyd.kapital-nama-diri", "Ia kuliah di negeri jiran, lalu bekerja di indonesia.")
    assert [(m, s) for m, _, s in found] == [("indonesia", ("Indonesia",))]
    # "universitas indonesia" may be any university of the country: the country is the finding
    found = lint("eyd.kapital-nama-diri", "Ia lulus dari universitas indonesia, lalu bekerja di dunia usaha.")
    assert [(m, s) for m, _, s in found] == [("indonesia", ("Indonesia",))]


def test_reported_speech_after_a_question_keeps_lower_case() -> None:
    text = "Siapa pelakunya? tanya warga. Mengapa? dia bertanya lagi. Sudah? lalu pulang."
    assert [m for m, _, _ in lint("eyd.kapital-awal-kalimat", text)] == ["lalu"]


def test_buildings_before_a_place_name_describe_where_they_stand() -> None:
    text = "Pesawat mendarat di bandara Pulau Nias. Warga salat di masjid Al Falah dan stadion Jawa Timur."
    assert [(m, s) for m, _, s in lint("eyd.kapital-geografi", text)] == [("masjid", ("Masjid",))]
    # a temple is named for its place
    text = "Festival digelar di kompleks candi Prambanan, Sleman."
    assert [(m, s) for m, _, s in lint("eyd.kapital-geografi", text)] == [("candi", ("Candi",))]
    # palaces and houses of worship are buildings too; before a place they say where they stand
    text = "Tari itu dipentaskan di keraton Kanoman, lalu di istana Bogor dan pura Besakih."
    found = [(m, s) for m, _, s in lint("eyd.kapital-geografi", text)]
    assert found == [("keraton", ("Keraton",)), ("pura", ("Pura",))]
    # ... but not one of a religion's or a province's temples
    text = "Ia meneliti candi Hindu dan candi Buddha; banyak candi Jawa Timur rusak."
    assert lint("eyd.kapital-geografi", text) == []
    # terrain before a district is a part of it
    assert lint("eyd.kapital-geografi", "Kopi tumbuh di lereng pegunungan Kecamatan Pocoranaka Timur.") == []


def test_a_notable_place_in_lower_case_after_a_generic() -> None:
    text = "Kebun kopi itu ada di Kabupaten karo. Warga di lereng merapi bersiaga."
    found = [(m, suggestions) for m, _, suggestions in lint("eyd.kapital-nama-diri", text)]
    assert found == [("karo", ("Karo",)), ("merapi", ("Merapi",))]
    # a common word after a generic in lower case describes ("pulau padang pasir": desert islands),
    # and a generic capitalized only as a sentence's first word is no part of a name
    assert lint("eyd.kapital-nama-diri", "Contoh pulau padang pasir ada di lepas pantai.") == []
    assert lint("eyd.kapital-nama-diri", "Jalan batu menuju desa itu licin.") == []
    # a station's name after "Stasiun"; a station of a kind is no name
    found = [(m, s) for m, _, s in lint("eyd.kapital-nama-diri", "Ia berangkat dari Stasiun gambir pagi.")]
    assert found == [("gambir", ("Gambir",))]
    assert lint("eyd.kapital-nama-diri", "Ia bekerja di stasiun televisi swasta.") == []
    # a sea's name after "Laut"; after an office named for its region, also at a sentence's start
    text = "Nelayan melaut di Laut timor. Kapolres karo meninjau pos itu."
    found = [(m, s) for m, _, s in lint("eyd.kapital-nama-diri", text)]
    assert found == [("timor", ("Timor",)), ("karo", ("Karo",))]


def test_a_contest_of_a_kind_is_a_common_noun() -> None:
    # KBBI's olimpiade: "soal olimpiade" beside the capitalized "Olimpiade Sains Nasional"
    text = "Ia juara Olimpiade Sains Nasional. Ia rajin mengerjakan soal olimpiade tahun lalu."
    assert lint("eyd.kapital-nama-diri", text) == []


def test_a_name_a_reading_explains_between_two_capitals() -> None:
    # perbasi reads as per- + basi, but between two capitalized words it is Perbasi
    text = "Turnamen digelar Pengurus Daerah perbasi DIY."
    found = [(m, s) for m, _, s in lint("eyd.kapital-nama-diri", text)]
    assert found == [("perbasi", ("Perbasi",))]
    assert lint("eyd.kapital-nama-diri", "Ia menyebut perbasi sebagai organisasi induk.") == []


def test_a_mountain_in_lower_case() -> None:
    found = [(m, s) for m, _, s in lint("eyd.kapital-nama-diri", "Jalur merbabu via Selo terkenal curam.")]
    assert found == [("merbabu", ("Merbabu",))]


def test_a_title_before_an_institution_with_its_abbreviation_and_a_name() -> None:
    text = "Hal itu dikatakan ketua Persatuan Sepak Bola Seluruh Indonesia (PSSI) Jawa Barat, Dedi Suryana."
    assert [m for m, _, _ in lint("eyd.kapital-jabatan", text)] == ["ketua"]
    # no person named: an office described
    text = "Pesan itu dari ketua Persatuan Sepak Bola Seluruh Indonesia (PSSI) kepada pemain."
    assert lint("eyd.kapital-jabatan", text) == []


def test_notable_names_in_lower_case_whole_and_in_several_words() -> None:
    text = "Rombongan datang dari jawa timur, bali, dan Sulawesi selatan."
    found = [(m, suggestions) for m, _, suggestions in lint("eyd.kapital-nama-diri", text)]
    assert found == [
        ("jawa timur", ("Jawa Timur",)),
        ("bali", ("Bali",)),
        ("Sulawesi selatan", ("Sulawesi Selatan",)),
    ]
    # all capitals is no lower-case slip; a bank of the country is not Bank Indonesia
    assert lint("eyd.kapital-nama-diri", "Tim BPBD JAWA TIMUR tiba. Kredit dari bank Indonesia naik.") == []
    # common words around a compass word stay common: the southern coast, flat land, palm sugar
    text = "Di pesisir selatan, tanah datar ditanami tebu untuk gula jawa."
    assert lint("eyd.kapital-nama-diri", text) == []


def test_two_rules_giving_the_same_advice_on_a_span_report_it_once() -> None:
    found = merged(
        ("eyd.kapital-hari-bulan", "eyd.kapital-nama-diri"), "Rapat digelar sabtu pagi di kantor gubernur."
    )
    assert [(f.rule, f.suggestions) for f in found] == [("eyd.kapital-hari-bulan", ("Sabtu",))]


def test_a_word_that_is_only_part_of_a_region_name_stays_common() -> None:
    # CLDR has "Kepulauan Terluar"; alone, terluar is ter- + luar
    assert lint("eyd.kapital-nama-diri", "Guru di pulau terluar kekurangan buku.") == []
    # a country the frequency list knows is still a name in lower case
    assert [m for m, _, _ in lint("eyd.kapital-nama-diri", "Barang itu diimpor dari china.")] == ["china"]


def test_the_same_advice_from_rules_of_two_categories_is_shown_once() -> None:
    # "obyek" is a non-standard spelling (baku) and, inside "objek wisata", a slip (real-word)
    found = merged(("baku.kata-baku", "ejaan.kolokasi"), "Pantai itu menjadi obyek wisata favorit warga.")
    assert [(f.rule, f.suggestions[0]) for f in found] == [("baku.kata-baku", "objek")]


def test_a_name_joined_by_a_hyphen_after_a_generic() -> None:
    found = lint("eyd.kapital-geografi", "Bus melewati jalan Soekarno-Hatta menuju terminal.")
    assert [(m, s) for m, _, s in found] == [("jalan", ("Jalan",))]
    # days, months and countries joined by a hyphen are a range or a border, not a name
    text = "Bus dari terminal Senin-Jumat dan patroli di laut Indonesia-Filipina pada Januari-Maret."
    assert lint("eyd.kapital-geografi", text) == []


def test_terrain_before_a_province_describes_part_of_it() -> None:
    assert lint("eyd.kapital-geografi", "Hujan turun di wilayah pegunungan Sulawesi Selatan.") == []
    found = lint("eyd.kapital-geografi", "Pendaki menuju pegunungan Jayawijaya dan laut Jawa.")
    assert [m for m, _, _ in found] == ["pegunungan", "laut"]


def test_a_community_health_centre_before_its_name() -> None:
    found = lint("eyd.kapital-lembaga", "Kepala puskesmas Oebobo datang. Ia dirawat di puskesmas terdekat.")
    assert [m for m, _, _ in found] == ["puskesmas"]
    # counted, or before the regency whose it is: one of many (review rev34)
    text = "Ada 22 puskesmas Kabupaten Sikka. Kepala puskesmas Kabupaten Kupang rapat."
    assert lint("eyd.kapital-lembaga", text) == []


def test_a_day_or_an_amount_after_a_generic_is_no_name() -> None:
    assert lint("eyd.kapital-geografi", "Bus tiba di terminal Senin pagi.") == []
    assert lint("eyd.kapital-lembaga", "Laporan itu diterima polres Senin malam.") == []
    # a roadway before a street's name ("badan jalan"), no body's name
    assert lint("eyd.kapital-lembaga", "Truk itu memakai sebagian badan Jalan Hang Tuah.") == []
    assert lint("eyd.kapital-lembaga", "Badan Rp2 miliar itu fiktif.") == []


def test_the_most_specific_category_speaks_for_the_same_advice() -> None:
    # "pasca panen" is bound-form spacing (EYD) before it is an entry of the non-standard list
    found = merged(
        ("baku.kata-baku", "eyd.bentuk-terikat"), "Harga gabah turun pada masa pasca panen tahun ini."
    )
    assert [(f.rule, f.suggestions[0]) for f in found] == [("eyd.bentuk-terikat", "pascapanen")]


def test_merging_the_same_advice_never_lowers_its_severity() -> None:
    # two rules advise "Sabtu"; raised to an error in the config, one of them speaks for both,
    # so --fail-on error still fails
    text = "Rapat digelar sabtu pagi."
    rules = ("eyd.kapital-hari-bulan", "eyd.kapital-nama-diri")
    for raised in rules:
        config = Config(rules={raised: {"severity": "error"}})
        doc = plugins.parse("t.txt", text)
        doc = Document(doc.path, doc.source, doc.prose, (Block(BlockKind.PARAGRAPH, 0, len(text)),))
        found = engine.lint(doc, engine.rule_set(config, rules))
        assert [(f.rule, f.severity, f.suggestions[0]) for f in found] == [(raised, "error", "Sabtu")]


def test_a_non_standard_form_is_reported_as_one_not_as_a_typo() -> None:
    found = merged(("baku.kata-baku", "ejaan.salah-ketik"), "Penelitian itu bersifat kwalitatif.")
    assert [(f.rule, f.suggestions[0]) for f in found] == [("baku.kata-baku", "kualitatif")]


def test_one_name_set_off_by_commas_after_an_office_is_its_holder() -> None:
    text = "Hal itu dikatakan kepala Desa Sukamaju, Darsono, Selasa."
    assert [m for m, _, _ in lint("eyd.kapital-jabatan", text)] == ["kepala Desa"]
    # a date after the office is no name, nor is a place in a list
    assert lint("eyd.kapital-jabatan", "Laporan itu dibuat kepala Dinas Kesehatan, Senin.") == []
    assert lint("eyd.kapital-jabatan", "Hadir kepala Desa Sukamaju, Cibatu, dan camat setempat.") == []


def test_the_head_of_a_body_named_by_its_listed_short_form() -> None:
    text = "Data itu dibacakan kepala Dinkes Garut, Rina Kusuma Dewi, kemarin."
    assert [m for m, _, _ in lint("eyd.kapital-jabatan", text)] == ["kepala"]
    # "kepala" before a word that is no body is the head of something
    assert lint("eyd.kapital-jabatan", "Ia memegang kepala Rina Kusuma Dewi, adiknya.") == []


def test_suppressing_the_rule_that_spoke_silences_its_duplicates() -> None:
    rules = engine.rule_set(Config(), ("eyd.kapital-hari-bulan", "eyd.kapital-nama-diri"))
    text = "Judul\n\n<!-- newslint-disable-next-line eyd.kapital-hari-bulan -->\nRapat digelar sabtu pagi.\n"
    assert engine.lint(plugins.parse("t.txt", text), rules) == []


def test_a_geographic_name_that_specifies_a_kind_stays_in_lower_case() -> None:
    # EYD V: gula jawa, kacang bogor, pisang ambon, jeruk bali
    text = "Ia membeli gula jawa, pisang ambon dan jeruk bali, lalu terbang ke bali."
    assert [m for m, _, _ in lint("eyd.kapital-nama-diri", text)] == ["bali"]
    # ... and so does one that names an animal's kind (harimau sumatra, badak jawa)
    text = "Harimau sumatra dan badak jawa dilindungi, kata petugas yang baru pulang dari bali."
    assert [m for m, _, _ in lint("eyd.kapital-nama-diri", text)] == ["bali"]
    # (KBBI writes the ape in two words: orang utan)
    text = "Orang utan sumatra dilepas ke hutan, kata petugas yang baru pulang dari bali."
    assert [m for m, _, _ in lint("eyd.kapital-nama-diri", text)] == ["bali"]
    # ... and a dish named for its town (sosis solo, lumpia semarang)
    text = "Timlo berisi sosis solo dan lumpia semarang, kata pedagang yang baru pulang dari bali."
    assert [m for m, _, _ in lint("eyd.kapital-nama-diri", text)] == ["bali"]
    # ... and a breed, a crop or a craft named for its region (domba garut, bawang brebes,
    # tembakau deli, ukiran jepara)
    text = "Peternak menjual domba garut, petani menanam bawang brebes, pulang dari bali."
    assert [m for m, _, _ in lint("eyd.kapital-nama-diri", text)] == ["bali"]
    text = "Pameran itu memajang tembakau deli dan ukiran jepara, kata pemandu asal bali."
    assert [m for m, _, _ in lint("eyd.kapital-nama-diri", text)] == ["bali"]
    # a word written after a noun of kind is a common word of the draft's elsewhere too, unless
    # a notable place: "tradisi wiwitan" (a little-known village on the name list is Wiwitan)
    text = "Warga menggelar tradisi wiwitan. Bagi Sarno, wiwitan bukan sekadar ritual di bali."
    assert [m for m, _, _ in lint("eyd.kapital-nama-diri", text)] == ["bali"]
    found = lint("eyd.kapital-nama-diri", "Bagi Sarno, wiwitan bukan ritual.")
    assert [m for m, _, _ in found] == ["wiwitan"]


def test_a_name_after_a_hyphenated_prefix_keeps_its_capital() -> None:
    text = "Ia juara se-kalimantan Barat, lalu se-Indonesia; gerakan anti-korupsi."
    found = lint("eyd.kapital-nama-diri", text)
    assert found == [("kalimantan Barat", None, ("Kalimantan Barat",))]
    # the whole name
    found = lint("eyd.kapital-nama-diri", "Lomba diikuti peserta se-sumatra barat.")
    assert found == [("sumatra barat", None, ("Sumatra Barat",))]


def test_an_unknown_word_after_a_capitalized_head_of_a_place_name_is_part_of_it() -> None:
    text = "Kami berfoto di Istana maimun lalu ke Pantai gandoriah. Jalan raya dan Pasar tradisional ramai."
    assert [(m, s) for m, _, s in lint("eyd.kapital-nama-diri", text)] == [
        ("maimun", ("Maimun",)),
        ("gandoriah", ("Gandoriah",)),
    ]
    # a head in lower case, or opening the sentence, says nothing
    assert lint("eyd.kapital-nama-diri", "Pantai gandoriah ramai. Ombak di pantai gandoriah tenang.") == []
    # regional heads of islands and landscapes too
    found = lint("eyd.kapital-nama-diri", "Kami menyeberang ke Gili trawangan, lalu ke Curug cilember.")
    assert [m for m, _, _ in found] == ["trawangan", "cilember"]


def test_provinces_in_kbbi_spelling_of_the_island() -> None:
    found = lint("eyd.kapital-nama-diri", "Barang itu dijual di luar Sumatra utara.")
    assert found == [("Sumatra utara", None, ("Sumatra Utara",))]


def test_a_religious_title_before_a_single_name() -> None:
    text = "Ia cucu nabi Muhammad. Para nabi diutus. Kisah nabi Mesir kuno. Ceramah ustaz Somad."
    found = [(m, s) for m, _, s in lint("eyd.kapital-jabatan", text)]
    assert found == [("nabi", ("Nabi",)), ("ustaz", ("Ustaz",))]
    # a faith, an order or a house of worship after the title is no name
    text = (
        "Hadir romo Katolik, biksu Buddha, kiai Pondok Pesantren Lirboyo, dan pendeta Gereja "
        "Kristen Jawi Wetan."
    )
    assert lint("eyd.kapital-jabatan", text) == []


def test_an_honour_before_a_single_name() -> None:
    text = "Warung itu milik hajah Rukayah. Biaya haji Rp90 juta. Kuota haji Indonesia naik."
    assert [(m, s) for m, _, s in lint("eyd.kapital-jabatan", text)] == [("hajah", ("Hajah",))]


def test_a_body_and_its_field_before_the_region_it_serves_are_one_name() -> None:
    text = "Usulan dikirim kepada dinas pendidikan Kabupaten Kepulauan Aru dan Dinas kesehatan Kota Ambon."
    found = [(m, s) for m, _, s in lint("eyd.kapital-lembaga", text)]
    assert found == [("dinas pendidikan", ("Dinas Pendidikan",)), ("Dinas kesehatan", ("Dinas Kesehatan",))]
    # without a named region after it, or counted, the body is named in general
    assert lint("eyd.kapital-lembaga", "Ia melapor ke dinas pendidikan setempat.") == []
    text = "Data dari berbagai lembaga pendidikan Kota Ambon dan universitas kedokteran Provinsi lain."
    assert lint("eyd.kapital-lembaga", text) == []
    # two fields joined by "dan", one not formed with ke-/pe-...-an
    text = "Menurut data dinas kebudayaan dan pariwisata Kota Surakarta, hotel penuh."
    found = [(m, s) for m, _, s in lint("eyd.kapital-lembaga", text)]
    assert found == [("dinas kebudayaan dan pariwisata", ("Dinas Kebudayaan dan Pariwisata",))]
    # a regional government's body, its region named without "Kabupaten" or "Kota"; not a country
    text = "Kepala dinas perikanan Lamongan hadir; ia pernah magang di dinas pariwisata Jepang."
    found = [(m, s) for m, _, s in lint("eyd.kapital-lembaga", text)]
    assert found == [("dinas perikanan", ("Dinas Perikanan",))]
    # at a sentence's start the body's capital says nothing, its field's small letter does
    text = "Dinas kesehatan Kota Ambon mengimbau warga. Kementerian agama membuka pendaftaran."
    found = [(m, s) for m, _, s in lint("eyd.kapital-lembaga", text)]
    assert found == [("Dinas kesehatan", ("Dinas Kesehatan",)), ("Kementerian agama", ("Kementerian Agama",))]
    text = "Lembaga pendidikan di Ambon bertambah. Dinas Kesehatan Kota Ambon rapat."
    assert lint("eyd.kapital-lembaga", text) == []


def test_a_court_is_named_by_its_level_and_its_seat() -> None:
    text = "Sidang di pengadilan negeri Pontianak ditunda; jaksa kejaksaan tinggi Maluku hadir."
    found = [(m, s) for m, _, s in lint("eyd.kapital-lembaga", text)]
    assert found == [
        ("pengadilan negeri", ("Pengadilan Negeri",)),
        ("kejaksaan tinggi", ("Kejaksaan Tinggi",)),
    ]
    # with no seat after it, a court of that level in general
    text = "Ia banding ke pengadilan tinggi. Kasus itu di pengadilan negeri, bukan pengadilan militer Israel."
    assert lint("eyd.kapital-lembaga", text) == []


def test_a_courts_name_capitalized_in_part_or_with_its_short_form_before_the_seat() -> None:
    text = (
        "Berkas dikirim ke Kejaksaan tinggi Riau dan ke pengadilan Negeri Kupang. Jaksa dari "
        "kejaksaan negeri (Kejari) Garut hadir."
    )
    found = [(m, s) for m, _, s in lint("eyd.kapital-lembaga", text)]
    assert found == [
        ("Kejaksaan tinggi", ("Kejaksaan Tinggi",)),
        ("pengadilan Negeri", ("Pengadilan Negeri",)),
        ("kejaksaan negeri", ("Kejaksaan Negeri",)),
    ]
    # written right, or a sentence's own capital on a court in general
    text = "Pengadilan Negeri Kupang menolak. Pengadilan negeri di kota itu penuh. Pengadilan tinggi menunda."
    assert lint("eyd.kapital-lembaga", text) == []


def test_an_embassy_capitalized_in_part() -> None:
    text = "Beasiswa itu dari kedutaan Besar Jepang. Warga antre di depan kedutaan besar Korea Selatan."
    assert [(m, s) for m, _, s in lint("eyd.kapital-lembaga", text)] == [("kedutaan", ("Kedutaan",))]


def test_a_state_school_is_named_by_its_status_and_number() -> None:
    text = "Siswa SMA negeri 3 Semarang dan SMP negeri 12 menang; sekolah negeri lain kalah."
    found = [(m, s) for m, _, s in lint("eyd.kapital-lembaga", text)]
    assert found == [("SMA negeri", ("SMA Negeri",)), ("SMP negeri", ("SMP Negeri",))]
    # a school of that status in general, with no number
    assert lint("eyd.kapital-lembaga", "Ia pindah ke SMA negeri di kota itu.") == []
    # ... or with a count or a year after it
    text = "Rinciannya SD negeri 15 sekolah dan SMA negeri 5.760 kursi pada PPDB SMA negeri 2024."
    assert lint("eyd.kapital-lembaga", text) == []


def test_a_ministry_is_named_by_its_field_alone() -> None:
    text = "Biro itu terdaftar di kementerian agama. Setiap kementerian dan kementerian terkait setuju."
    found = [(m, s) for m, _, s in lint("eyd.kapital-lembaga", text)]
    assert found == [("kementerian agama", ("Kementerian Agama",))]
    # ministries in general: owned by a country, or of two or more
    text = "Tidak semua negara memiliki kementerian agama. Wakil kementerian kesehatan kedua negara rapat."
    assert lint("eyd.kapital-lembaga", text) == []


def test_a_number_after_a_kind_of_document_names_it_only_with_its_issuer() -> None:
    found = lint("eyd.kapital-dokumen", "Aturan itu mengacu pada Peraturan presiden nomor 125 Tahun 2016.")
    assert [(m, s) for m, _, s in found] == [("Peraturan presiden nomor", ("Peraturan Presiden Nomor",))]
    # a ballot or a shirt number
    text = "Warga menyambut keputusan pasangan nomor 3. Instruksi pelatih kepada pemain nomor 10 jelas."
    assert lint("eyd.kapital-dokumen", text) == []


def test_para_at_a_sentences_start_still_makes_a_class() -> None:
    text = "Hujan turun sejak pagi. Para Nelayan memilih tidak melaut."
    assert [(m, s) for m, _, s in lint("eyd.kapital-kata-umum", text)] == [("Nelayan", ("nelayan",))]
    # the start of a name
    assert lint("eyd.kapital-kata-umum", "Hujan turun. Para Pencari Kerja datang ke bursa.") == []


def test_para_before_a_title_or_in_a_subheading_is_left() -> None:
    text = "Ia membaca novel Para Priyayi dan berterima kasih kepada para Relawan."
    assert [(m, s) for m, _, s in lint("eyd.kapital-kata-umum", text)] == [("Relawan", ("relawan",))]
    draft = "Judul Berita\n\nJakarta, IDN Times - Hadiah dibagikan.\n\n1. Hadiah untuk Para Juara\n\nIsi.\n"
    assert lint("eyd.kapital-kata-umum", draft, paragraph=False) == []


def test_a_common_noun_after_sebuah_or_seorang_is_small() -> None:
    text = "Acara digelar di sebuah Kafe di Dago. Hadir pula seorang Presiden dan seorang Muslim."
    found = [(m, s) for m, _, s in lint("eyd.kapital-kata-umum", text)]
    assert found == [("Kafe", ("kafe",)), ("Presiden", ("presiden",))]
    # a name begun after it, and a brand, keep their capitals
    text = "Ia makan di sebuah Kafe Kopi Kenangan, membeli sebuah Toyota, lalu naik sebuah Vespa."
    assert lint("eyd.kapital-kata-umum", text) == []


def test_a_god_in_general_and_handles_stay_lower_case() -> None:
    text = "Uang jangan dijadikan tuhan baru. Akun @islam.nusantara dan #hindu ramai, umat islam hadir."
    assert [(m, s) for m, _, s in lint("eyd.kapital-agama", text)] == [("islam", ("Islam",))]


def test_a_long_listed_name_in_lower_case() -> None:
    text = "Hujan mengguyur nusa tenggara timur dan Ogan komering ilir. Nusa Tenggara timur siaga."
    found = [(m, s) for m, _, s in lint("eyd.kapital-nama-diri", text)]
    assert found == [
        ("nusa tenggara timur", ("Nusa Tenggara Timur",)),
        ("Ogan komering ilir", ("Ogan Komering Ilir",)),
        ("Nusa Tenggara timur", ("Nusa Tenggara Timur",)),
    ]
    # begun with one capital only (a sentence start) or with a later capital: maybe a common phrase
    assert lint("eyd.kapital-nama-diri", "Kereta api Indonesia melaju. Ia naik kereta api Indonesia.") == []
    # but every word after the first capitalized is the name begun: "nusa Tenggara Barat"
    found = [s for _, _, s in lint("eyd.kapital-nama-diri", "Sirkuit itu di nusa Tenggara Barat.")]
    assert found == [("Nusa Tenggara Barat",)]
    # a list item opens with a capital as a sentence does
    draft = "Judul\n\nX, IDN Times - Isi.\n\n- Kereta api Indonesia sudah memakai tiket daring.\n"
    assert lint("eyd.kapital-nama-diri", draft, paragraph=False) == []


def test_a_bodys_name_with_a_word_left_in_lower_case_before_its_short_form() -> None:
    # the short form spells the words' initials, or the capitals' when a compound's second
    # word is the one in lower case; the joiners stay lower case
    text = (
        "Ketua Ikatan Pencak silat Indonesia (IPSI) hadir bersama pengurus Asosiasi Petani "
        "garam dan Nelayan (APGN). Perhimpunan Dokter Gigi (PDG) juga datang."
    )
    found = [(m, s) for m, _, s in lint("eyd.kapital-lembaga", text)]
    assert found == [
        ("Ikatan Pencak silat Indonesia", ("Ikatan Pencak Silat Indonesia",)),
        ("Asosiasi Petani garam dan Nelayan", ("Asosiasi Petani Garam dan Nelayan",)),
    ]
    # a short form of two parts joined by a hyphen
    text = "Kampus itu dinilai Badan Akreditasi nasional Perguruan Tinggi (BAN-PT)."
    proper = "Badan Akreditasi Nasional Perguruan Tinggi"
    assert [s for _, _, s in lint("eyd.kapital-lembaga", text)] == [(proper,)]
    # a term in lower case (a common noun), a head not listed, or initials that do not match
    text = (
        "Warga memakai Alat Pelindung diri (APD). Asosiasi Petani garam (Apgar) berdiri. "
        "Dinas Kesehatan mencatat kenaikan kasus (DBD). Ikatan Orang Tua dengan Anak Autis (IOTAA) hadir."
    )
    assert lint("eyd.kapital-lembaga", text) == []


def test_a_listed_institution_in_lower_case_before_its_short_form() -> None:
    text = "Data badan pusat statistik (BPS) dan kementerian luar negeri (Kemlu) dipakai."
    found = [(m, s) for m, _, s in lint("eyd.kapital-lembaga", text)]
    assert found == [
        ("badan pusat statistik", ("Badan Pusat Statistik",)),
        ("kementerian luar negeri", ("Kementerian Luar Negeri",)),
    ]
    # a term listed in lower case, the name written right, or no short form after it
    text = "TNI membeli alat utama sistem persenjataan (alutsista). Badan Pusat Statistik (BPS) mencatat."
    assert lint("eyd.kapital-lembaga", text) == []
    assert lint("eyd.kapital-lembaga", "Ia melapor ke dinas perhubungan setempat.") == []
    # offices, regulations and regions are listed capitalized too, but named in general here;
    # so is a counted body
    text = (
        "Para kepala dinas (Kadis) hadir. Beberapa peraturan daerah (Perda) direvisi. Warga jawa "
        "barat (Jabar) mudik. Setiap badan pusat statistik (BPS) daerah melapor."
    )
    assert lint("eyd.kapital-lembaga", text) == []
    # counted or named in general after the short form too
    text = (
        "Masing-masing badan penanggulangan bencana daerah (BPBD) menyusun peta. Dinas perhubungan "
        "(Dishub) di tiap kota dilibatkan. Kementerian luar negeri (Kemlu) kedua negara sepakat. "
        "Lembaga itu mirip otoritas jasa keuangan (OJK) negara lain. Setiap kabupaten wajib "
        "memiliki badan penanggulangan bencana daerah (BPBD)."
    )
    assert lint("eyd.kapital-lembaga", text) == []


def test_acronyms_must_be_a_map() -> None:
    from newslint.checks.capital import GeographicName

    with pytest.raises(ValueError, match="acronyms"):
        GeographicName(["badan"], acronyms=["BPS"])  # type: ignore[arg-type]


def test_a_common_word_between_a_head_and_a_name_is_part_of_the_name() -> None:
    text = "Laga digelar di Stadion gelora Bung Tomo. Kami ke Stadion utama Gelora Bung Karno."
    found = [(m, s) for m, _, s in lint("eyd.kapital-nama-diri", text)]
    assert found == [("gelora", ("Gelora",)), ("utama", ("Utama",))]
    # a word that relates the head to another name, a compass word, or one name word after it
    text = (
        "Ia salat di Masjid dekat Pasar Baru, berjalan ke Pantai selatan Pulau Jawa, "
        "lalu ke Pasar tradisional Bandung."
    )
    assert lint("eyd.kapital-nama-diri", text) == []
    # a head that ends a longer name or is no landmark's, a verb, a title-case block
    text = (
        "Wali Kota meresmikan Taman Bungkul. Pihak Istana memanggil Menteri Pemuda dan Olahraga. "
        "Warga Kecamatan Candi bernama Siti Aminah terluka. Jalan Stadion menuju Gelora Bung Tomo ramai."
    )
    assert lint("eyd.kapital-nama-diri", text) == []
    draft = "Ribuan Warga Padati Pantai saat Libur Idul Adha\n\nX, IDN Times - Isi.\n"
    assert lint("eyd.kapital-nama-diri", draft, paragraph=False) == []


def test_a_place_word_that_is_a_common_word_names_no_country() -> None:
    text = "Sementara itu, kementerian Luar Negeri mengimbau warga. Kapal melintas di laut Indonesia."
    assert [(m, s) for m, _, s in lint("eyd.kapital-lembaga", text)] == [("kementerian", ("Kementerian",))]


def test_a_police_chief_before_the_city_and_a_name() -> None:
    text = "Mobil itu diamankan, kata kapolrestabes Medan, Kombes Andi Saputra."
    found = [(m, s) for m, _, s in lint("eyd.kapital-jabatan", text)]
    assert found == [("kapolrestabes", ("Kapolrestabes",))]


def test_review_of_the_common_place_words_and_spelled_out_bodies() -> None:
    # a common word opening a country's or a place's name is a description still
    text = "Ia bekerja di lembaga Uni Eropa. Dosen dari universitas Republik Ceko hadir."
    assert lint("eyd.kapital-lembaga", text) == []
    assert lint("eyd.kapital-geografi", "Nelayan melaut di laut Pulau Bawean.") == []
    # the word after "di" decides, and only right after the bracket
    text = (
        "Petugas dinas perhubungan (Dishub) di Kota Bandung menertibkan parkir. Data dirilis "
        "badan pusat statistik (BPS). Dua hari kemudian datanya diralat."
    )
    found = [m for m, _, _ in lint("eyd.kapital-lembaga", text)]
    assert found == ["dinas perhubungan", "badan pusat statistik"]


def test_a_landmark_at_a_list_item_or_after_a_sentence_start() -> None:
    draft = "Judul\n\nX, IDN Times - Isi.\n\n- Stadion baru Persija Jakarta rampung\n"
    assert lint("eyd.kapital-nama-diri", draft, paragraph=False) == []
    text = "Di Stadion gelora Bung Tomo, suporter berkumpul."
    assert [m for m, _, _ in lint("eyd.kapital-nama-diri", text)] == ["gelora"]


def test_new_list_options_refuse_a_string() -> None:
    from newslint.checks.capital import GeographicName

    with pytest.raises(ValueError, match="general-regions"):
        GeographicName(["badan"], general_regions="kota")


def test_generics_that_always_head_a_name_and_counted_bodies() -> None:
    text = "Pemerintah kabupaten Kepulauan Aru hadir. Macet di jalan Raya Bogor."
    assert [m for m, _, _ in lint("eyd.kapital-geografi", text)] == ["kabupaten", "jalan"]
    text = (
        "Personel polda Kepulauan Riau siaga. Petugas badan penanggulangan bencana daerah (BPBD) "
        "di beberapa daerah siaga. Pegawai dinas perhubungan (Dishub) di dua kota ikut."
    )
    assert [m for m, _, _ in lint("eyd.kapital-lembaga", text)] == ["polda"]


def test_a_common_word_that_is_a_place_word_or_opens_a_place() -> None:
    text = (
        "Ia tenggelam di laut Kepulauan Seribu. Nelayan melaut di laut Selatan, Jawa Barat. "
        "Warga kabupaten Kepulauan Aru hadir."
    )
    assert [m for m, _, _ in lint("eyd.kapital-geografi", text)] == ["laut", "kabupaten"]
    # a common word opening the sentence before a landmark explains its capital; a head does not
    text = "Renovasi Stadion gelora Bung Tomo rampung. Jalan Stadion baru Teladan Medan ditutup."
    assert [m for m, _, _ in lint("eyd.kapital-nama-diri", text)] == ["gelora"]
    # the older name of a country is a country, and a kind before it keeps it small (KBBI:
    # petai cina, tinta cina)
    assert lint("eyd.kapital-nama-diri", "Ia menanam petai cina dan memakai tinta cina.") == []
    found = lint("eyd.kapital-nama-diri", "Impor bawang putih dari cina meningkat.")
    assert [(m, s) for m, _, s in found] == [("cina", ("Cina",))]


def test_common_words_spelling_out_a_short_form_are_no_persons_name() -> None:
    # "Tindak Pidana Korupsi (Tipikor)" names a court after the title; a person's name set off
    # by its initials holds words no dictionary lists
    text = (
        "Kemarin para terdakwa mendengar majelis hakim Pengadilan Tindak Pidana Korupsi (Tipikor) "
        "pada sidang itu."
    )
    assert lint("eyd.kapital-jabatan", text) == []
    text = "Kemarin acara dibuka gubernur Bambang Wiryodiningrat (BW) di pendopo."
    assert [m for m, _, _ in lint("eyd.kapital-jabatan", text)] == ["gubernur"]


def test_a_head_that_often_describes_opens_a_name_its_short_form_spells() -> None:
    text = "Seminar itu menghadirkan ekonom dari bank Indonesia (BI) dan kader partai Amanat Nasional (PAN)."
    found = [(m, s) for m, _, s in lint("eyd.kapital-lembaga", text)]
    assert found == [("bank", ("Bank",)), ("partai", ("Partai",))]
    # without the short form, or before a name of capitals, the head only describes
    assert lint("eyd.kapital-lembaga", "Ia bekerja di bank Jepang dan menabung di bank BRI (BBRI).") == []
    text = "Mahasiswa fakultas Hukum Universitas Udayana ikut; fakultas kedokteran menyusul."
    assert [(m, s) for m, _, s in lint("eyd.kapital-lembaga", text)] == [("fakultas", ("Fakultas",))]
    # a government program's or card's name
    text = "Warga membawa kartu Indonesia Sehat (KIS); penerima program Keluarga Harapan (PKH) antre."
    found = [(m, s) for m, _, s in lint("eyd.kapital-lembaga", text)]
    assert found == [("kartu", ("Kartu",)), ("program", ("Program",))]
    assert lint("eyd.kapital-lembaga", "Warga membawa kartu ATM dan kartu BPJS (KIS).") == []


def test_a_name_head_in_lower_case_opens_the_name_its_short_form_spells() -> None:
    text = "Petugas balai Taman Nasional (BTN) dan anggota asosiasi Guru Tari (AGT) hadir."
    found = [(m, s) for m, _, s in lint("eyd.kapital-lembaga", text)]
    assert found == [("balai", ("Balai",)), ("asosiasi", ("Asosiasi",))]
    # a short form the words do not spell: the head describes
    assert lint("eyd.kapital-lembaga", "Petugas balai Jawa Timur (BPJ) datang.") == []


def test_a_parliaments_commission_is_named_by_a_letter_or_a_numeral() -> None:
    text = "Usulan itu dibahas komisi B DPRD, lalu komisi IV DPR; komisi lain menunggu."
    found = [(m, s) for m, _, s in lint("eyd.kapital-lembaga", text)]
    assert found == [("komisi", ("Komisi",)), ("komisi", ("Komisi",))]
    # a fee is no commission's name, nor a commission counted
    assert lint("eyd.kapital-lembaga", "Agen itu meminta komisi 5 persen. Dua komisi A dan B rapat.") == []


def test_a_bridges_name() -> None:
    text = "Kendaraan antre di jembatan Barelang; jembatan itu baru diperbaiki."
    assert [(m, s) for m, _, s in lint("eyd.kapital-geografi", text)] == [("jembatan", ("Jembatan",))]
    # a number after it opens the next sentence whose full stop is missing
    assert lint("eyd.kapital-geografi", "Mereka berkumpul di jembatan Dua orang lalu datang.") == []


def test_a_language_or_people_after_the_word_that_names_one() -> None:
    text = "Guru mengajar bahasa jawa dan bahasa latin kepada anak suku batak."
    assert [(m, s) for m, _, s in lint("eyd.kapital-nama-diri", text)] == [
        ("jawa", ("Jawa",)),
        ("latin", ("Latin",)),
        ("batak", ("Batak",)),
    ]
    text = "Ia memakai bahasa tubuh dan bahasa isyarat; suku bunga naik dan suku cadang langka."
    assert lint("eyd.kapital-nama-diri", text) == []
    # the words that name a people's members or ways: orang, keluarga, adat, budaya ...
    text = "Pengantin mengikuti adat bugis, keluarga dayak ikut menari, dan kue khas betawi disajikan."
    assert [(m, s) for m, _, s in lint("eyd.kapital-nama-diri", text)] == [
        ("bugis", ("Bugis",)),
        ("dayak", ("Dayak",)),
        ("betawi", ("Betawi",)),
    ]


def test_sampai_as_a_verb_is_capitalized_in_a_headline() -> None:
    rule = "eyd.kapital-judul"
    head = "\n\nJakarta, IDN Times - Bantuan itu tiba pagi tadi.\n"
    assert lint(rule, "Bantuan Beras Kini Sampai Desa Terpencil" + head, paragraph=False) == []
    assert lint(rule, "Bantuan Beras Akhirnya Sampai di Desa Terpencil" + head, paragraph=False) == []
    found = lint(rule, "Antrean Kendaraan Mengular Sampai ke Jalan Raya" + head, paragraph=False)
    assert [m for m, _, _ in found] == ["Sampai"]
    found = lint(rule, "Jalan Pantura Ditutup Sampai Akhir Pekan" + head, paragraph=False)
    assert [m for m, _, _ in found] == ["Sampai"]
    assert lint(rule, "Tips Mudik Naik Motor agar Selamat Sampai Kampung" + head, paragraph=False) == []
    # "jangan sampai" ("lest"), as after tidak and belum
    assert lint(rule, "Cara Memilih Helm untuk Anak, Jangan Sampai Kebesaran" + head, paragraph=False) == []
    # a particle opening a noun compound is a word of its own
    assert lint(rule, "Warga Belajar Bertani, Skema Bagi Hasil Disiapkan" + head, paragraph=False) == []


def test_a_particle_the_body_capitalizes_in_a_name_stays_capitalized_in_the_headline() -> None:
    rule = "eyd.kapital-judul"
    headline = "Perda Kawasan Tanpa Rokok Disahkan Dewan Kota\n\n"
    body = "Semarang, IDN Times - Dewan mengesahkan perda tentang Kawasan Tanpa Rokok (KTR).\n"
    assert lint(rule, headline + body, paragraph=False) == []
    # not when the body writes it as the particle it is
    body = "Semarang, IDN Times - Dewan mengesahkan perda tentang kawasan tanpa rokok.\n"
    assert [m for m, _, _ in lint(rule, headline + body, paragraph=False)] == ["Tanpa"]


def test_initials_of_common_words_after_a_title_spell_a_body() -> None:
    text = "Perbaikan itu dikoordinasikan ketua Rukun Tetangga (RT) setempat bersama pemuda."
    assert lint("eyd.kapital-jabatan", text) == []
    text = "Terdakwa adalah mantan bupati Intan Permata Sari (IPS) dari Lombok."
    assert [m for m, _, _ in lint("eyd.kapital-jabatan", text)] == ["bupati"]


def test_sampai_before_di_is_a_verb_after_no_verb() -> None:
    head = "\n\nJakarta, IDN Times - Mereka tiba pagi tadi.\n"
    rule = "eyd.kapital-judul"
    assert lint(rule, "Pemudik Asal Jakarta Sampai di Kampung Halaman" + head, paragraph=False) == []


def test_an_ocean_is_named_after_a_region() -> None:
    found = lint("eyd.kapital-geografi", "Wilayah itu berbatasan dengan samudra Hindia.")
    assert [m for m, _, _ in found] == ["samudra"]
    assert lint("eyd.kapital-geografi", "Kapal patroli berjaga di laut Indonesia.") == []
    assert lint("eyd.kapital-geografi", "Kekayaan samudra Indonesia melimpah.") == []


def test_a_village_and_a_mosques_rank_before_a_name_are_part_of_it() -> None:
    text = "Ia tinggal di desa Karangrejo dan salat di masjid agung Kauman."
    found = [(m, s) for m, _, s in lint("eyd.kapital-geografi", text)]
    assert found == [("desa", ("Desa",)), ("masjid agung", ("Masjid Agung",))]
    # a village's officer is a person, whose name may follow; a mosque of that rank in general
    text = "Kepala desa Suryadi hadir. Masjid agung di kota itu ramai, juga masjid raya 2024."
    assert lint("eyd.kapital-geografi", text) == []


@pytest.mark.parametrize(
    "text",
    [
        # many villages of a regency; the village of a person; a kind of village; a brand
        "Kekeringan melanda beberapa desa Boyolali sejak Juli.",
        "Air bersih dikirim ke desa Mbah Karto di lereng bukit.",
        "Rumah limasan adalah ciri desa Jawa pada masa lalu.",
        "Surat kini diurus lewat aplikasi desa SmartVillage milik kabupaten.",
        # a mosque's rank before a region, an amount, a compass word, or a Friday mosque's owner
        "Atap tumpang menjadi ciri masjid agung Jawa sejak abad ke-16.",
        "Pembangunan masjid agung Rp40 miliar itu dimulai tahun depan.",
        "Kubah itu meniru masjid raya Timur Tengah.",
        "Warga salat di masjid jami Muhammadiyah setempat.",
    ],
)
def test_a_generic_before_what_is_no_place_of_its_name(text: str) -> None:
    assert lint("eyd.kapital-geografi", text) == []


def test_at_a_sentences_start_only_a_body_that_is_always_one_is_named_small() -> None:
    # many bodies of that kind, or a ministry of countries in general
    text = (
        "Lembaga pendidikan Kabupaten Klaten yang terakreditasi bertambah. "
        "Kementerian agama di banyak negara ada."
    )
    assert lint("eyd.kapital-lembaga", text) == []


def test_a_regions_own_body_with_its_regions_name_is_capitalized() -> None:
    text = "Kemarin, pemerintah kota Bogor menutup jalan. Audit inspektorat Kabupaten Sleman selesai."
    found = [(m, s) for m, _, s in lint("eyd.kapital-lembaga-daerah", text)]
    assert found == [
        ("pemerintah kota", ("Pemerintah Kota",)),
        ("inspektorat Kabupaten", ("Inspektorat Kabupaten",)),
    ]
    # a village may be any; written right, without a region's name, or another country's city
    text = (
        "Pemerintah desa Sukamaju hadir. Pemerintah Kota Bogor setuju, dan pemerintah kota berjanji "
        "membantu. Pejabat pemerintah kota Osaka datang."
    )
    assert [m for m, _, _ in lint("eyd.kapital-lembaga-daerah", text)] == ["Pemerintah desa"]


def test_a_regions_body_with_its_short_form_before_the_regions_name() -> None:
    text = "Pemerintah kabupaten (Pemkab) Sleman menutup jalan, kata pemerintah kota (Pemkot) Depok."
    found = [(m, s) for m, _, s in lint("eyd.kapital-lembaga-daerah", text)]
    assert found == [
        ("Pemerintah kabupaten", ("Pemerintah Kabupaten",)),
        ("pemerintah kota", ("Pemerintah Kota",)),
    ]
    # the short form and nothing after it: a body in general
    assert lint("eyd.kapital-lembaga-daerah", "Tiap pemerintah kota (pemkot) siap.") == []


def test_the_word_before_a_language_or_a_people_is_written_small() -> None:
    text = (
        "Lagu itu dinyanyikan dalam Bahasa Madura. Tarian warga Suku Asmat memukau, dan bangsa "
        "Indonesia bangga."
    )
    found = [(m, f, s) for m, f, s in lint("eyd.kapital-bahasa-suku", text)]
    assert found == [("Bahasa", "bahasa", ("bahasa",)), ("Suku", "suku", ("suku",))]
    # a body's name, a subject taught, a longer name, or no known language after it
    text = (
        "Kantor Bahasa Maluku hadir. Nilai ujian Bahasa Inggris naik. Ia menulis sejarah Bahasa "
        "Melayu Kuno. Ia belajar Bahasa Isyarat."
    )
    assert lint("eyd.kapital-bahasa-suku", text) == []
