"""Affix-spacing checks: di-/ke- with verbs and place nouns, ordinals, pun, clitics."""

from __future__ import annotations

import pytest

from newslint import engine, plugins
from newslint.config import Config
from newslint.document import Block, BlockKind, Document


def lint(rule_id: str, text: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    """(matched text, fix, suggestions) of one rule's findings on `text` read as one paragraph."""
    rules = engine.rule_set(Config(), (rule_id,))
    doc = plugins.parse("t.txt", text)
    doc = Document(doc.path, doc.source, doc.prose, (Block(BlockKind.PARAGRAPH, 0, len(text)),))
    return [(text[f.start : f.end], f.fix, f.suggestions) for f in engine.lint(doc, rules)]


@pytest.mark.parametrize(
    ("text", "match", "fix"),
    [
        ("Laga itu akan di mainkan besok.", "di mainkan", "dimainkan"),
        ("Jalan itu di tutup sementara.", "di tutup", "ditutup"),
        ("Api berhasil di padamkan petugas.", "di padamkan", "dipadamkan"),
        ("Harga itu di perkirakan naik.", "di perkirakan", "diperkirakan"),
        ("Di arahkan ke pintu barat.", "Di arahkan", "Diarahkan"),
        # a passive the dictionary lacks, before a word that follows passives
        ("Kue itu di santap oleh tamu.", "di santap", "disantap"),
        # a fixed phrase with a verb at its head is a passive where it is not a place
        ("Pasien itu harus di cuci darah.", "di cuci", "dicuci"),
        ("Bupati di tangkap tangan oleh KPK.", "di tangkap", "ditangkap"),
        # a rare passive whose second half is a verb's own form (per-, -kan), with no agent
        ("Tari perang itu di pertontonkan setiap tahun.", "di pertontonkan", "dipertontonkan"),
        ("Bibit itu di semaikan pekan depan.", "di semaikan", "disemaikan"),
        # ... even one no frequency list has seen joined (menghijaukan is listed)
        ("Lahan bekas tambang itu akan di hijaukan lagi.", "di hijaukan", "dihijaukan"),
        # a word of both readings (di lepas pantai) is a passive before its agent
        ("Rombongan di lepas oleh bupati.", "di lepas", "dilepas"),
        ("Nikel itu di tambang oleh perusahaan asing.", "di tambang", "ditambang"),
        # a rare passive between a word that leads a verb and a preposition
        ("Pasien harus di rujuk ke rumah sakit provinsi.", "di rujuk", "dirujuk"),
        ("Bunga cengkih lalu di jemur di atas terpal.", "di jemur", "dijemur"),
        # ... whatever passive came before it: the lead frames this verb
        ("Ikan yang dibelah kemudian di jemur di bawah terik.", "di jemur", "dijemur"),
        # ... or before where it goes, with no lead
        ("Uang tersebut di transfer ke rekening pribadi.", "di transfer", "ditransfer"),
        # the head of a fixed phrase with no phrase after it
        ("Ia di telepon polisi kemarin.", "di telepon", "ditelepon"),
        # "juga" leads a verb as "akan" does
        ("Salinannya juga di tempel di setiap masjid.", "di tempel", "ditempel"),
        # a verb's phrase stays a passive; a relative clause closed by a demonstrative too
        ("Pasien itu harus di cuci darah seminggu dua kali.", "di cuci", "dicuci"),
        ("Baju yang di pakai itu basah.", "di pakai", "dipakai"),
        # a compound joined under its confix (tanda tangan: ditandatangani)
        ("Surat itu di tandatangani kedua pihak.", "di tandatangani", "ditandatangani"),
        # a verb's base, hardly more common alone than with di-, or never seen alone
        ("Tembakau dikembalikan untuk di jemur ulang.", "di jemur", "dijemur"),
        ("Bak mandi sebaiknya di kuras seminggu sekali.", "di kuras", "dikuras"),
        ("Kue yang di jemur sejak subuh sudah kering.", "di jemur", "dijemur"),
        # a verb's own form in -i, however rare its passive: no noun stands so after "di"
        ("Korban kemudian di kirimi tautan palsu.", "di kirimi", "dikirimi"),
        # a verb's base before a noun, after a word that leads a verb: the base is the verb
        ("Ikan itu sudah di jemur matahari sejak pagi.", "di jemur", "dijemur"),
        # ... even one whose active the dictionary does not list (mengolesi)
        ("Kue itu dikukus lalu di olesi mentega.", "di olesi", "diolesi"),
        # an adverb between the passive and its agent
        ("Warga miskin akan di data kembali oleh petugas kelurahan.", "di data", "didata"),
        # a rare passive after a word that leads a verb, the clause ending there
        ("Masjid tua itu sudah di renovasi, kata pengurusnya.", "di renovasi", "direnovasi"),
        # ... or in a relative clause
        ("Keluarga yang di relokasi menerima uang sewa.", "di relokasi", "direlokasi"),
    ],
)
def test_prefix_written_apart(text: str, match: str, fix: str) -> None:
    assert lint("eyd.di-ke-terpisah", text) == [(match, fix, (fix,))]


def test_a_place_that_reads_as_a_stem_with_i_is_no_passive() -> None:
    # bekas + -i: a city's name written small is the capitalization rule's, not di- joined
    assert lint("eyd.di-ke-terpisah", "Ia tinggal di bekasi sejak kecil.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Rapat digelar di akhir pekan.",  # a time noun: di is a preposition
        "Warga duduk di tepi sungai; ayam di kandang sehat.",  # nouns, far more common alone
        # a verb's base that is a noun too, before the noun it heads
        "Data itu tercatat di rekam medis pasien; warga menyeberang di rakit bambu.",
        "Semua catatan itu juga ada di rekam medis pasien.",
        "Ia duduk di sela kursi.",  # disela is also a passive: left to the writer
        "Kapal berlabuh di lepas pantai.",
        "Ia tinggal di kaki gunung.",  # dikaki has no active twin (*mengaki)
        "Warga berkumpul di balai desa dan di dunia maya.",
        "Acara di Jakarta ramai.",
        # nouns after di, before a word that could follow a passive
        "Ia tinggal di salah satu rumah.",
        "Kisah itu tertulis di buku dengan sampul merah.",
        "Sawah itu ada di tanah dengan luas dua hektare.",
        "Anak-anak bermain di kali dengan riang.",  # kali: a river, or dikali (multiplied)
        # nouns stand before dengan, secara, sebagai too: only an agent (oleh) reads a passive
        "Gas disimpan di tabung dengan kapasitas besar dan ia gugur di seleksi dengan nilai 68.",
        "Aku ada di sampingmu dengan sepenuh hati.",
        # a noun after di between a lead and a preposition, or with no lead before it
        "Ia sudah di rumah sejak pagi dan anaknya masih di sekolah hingga sore.",
        # a place after a lead, the clause ending there; an adverb after a place, no agent
        "Kami akan di lokasi, katanya. Ia juga di pasar lagi.",
        # a place set before the clause, which no passive opens with a comma after it
        "Di lelang, harga karet petani jauh lebih tinggi.",
        "Warga yang di lokasi itu selamat; yang di pasar juga.",
        "Gas di tabung di gudang itu aman.",
        "Ia duduk di lantai ke-3 dan bermain di urutan ke-5.",
        "Banyak anak muda memilih bekerja di tambang.",  # tambang: a mine, or mined before its agent
        # a fixed noun phrase after di: its head is a noun (dioperasi is a passive elsewhere)
        "Di operasi pasar, cabai dijual murah.",
        # ... and one its owner closes, whatever stands before di
        "Warga menonton siaran langsung di telepon genggam mereka.",
        "Ia membuka video di telepon genggamnya sambil menunggu.",
        # ... and one whose head is far more common alone than with di-, wherever it stands
        "Persaingan di program studi favorit sangat ketat.",
        # a demonstrative after the word marks a noun
        "Di tahan ini, peserta diuji. Ia menunggu di balai itu.",
        "Angka itu tercantum di data sensus terbaru.",
        # a noun whose meN- verb takes no object has no passive (mendarat, mengudara)
        "Operasi pencarian di darat oleh tim SAR dan di udara oleh helikopter berlanjut.",
        # the agent of a passive earlier in the sentence
        "Kupon dibagikan di pos oleh petugas kelurahan.",
        "Seekor penyu ditemukan tersangkut di jaring oleh nelayan.",  # a net, or netted
    ],
)
def test_preposition_before_a_noun_stays_apart(text: str) -> None:
    assert lint("eyd.di-ke-terpisah", text) == []


@pytest.mark.parametrize(
    ("text", "match", "fix"),
    [
        ("Ia bekerja dikantor pusat.", "dikantor", "di kantor"),
        ("Kemana mereka pergi?", "Kemana", "Ke mana"),
        ("Kebijakan itu dievaluasi kedepan.", "kedepan", "ke depan"),
        ("Kendaraan dari timur kearah Jakarta dialihkan.", "kearah", "ke arah"),
        ("Posko dibangun disepanjang jalur.", "disepanjang", "di sepanjang"),
        ("Gamelan ditempatkan dipelataran masjid.", "dipelataran", "di pelataran"),
        # institutions one stays or is treated in
        ("Anak-anak itu tinggal dipanti asuhan.", "dipanti", "di panti"),
        ("Warga berobat dipuskesmas terdekat.", "dipuskesmas", "di puskesmas"),
        ("Pengungsi tidur ditenda darurat.", "ditenda", "di tenda"),
        # the parts of a house or a street
        ("Stiker ditempel dipintu depan.", "dipintu", "di pintu"),
        ("Warga mengungsi dirumahnya.", "dirumahnya", "di rumahnya"),
        # ke + a common noun no verb is made of: the preposition, whatever the noun
        ("Ia berjalan kaki kehalte terdekat.", "kehalte", "ke halte"),
        ("Pasien dibawa kedokter gigi.", "kedokter", "ke dokter"),
        # a noun English shares, common here too; a vehicle one rides in
        ("Tim itu melaju kefinal setelah menang.", "kefinal", "ke final"),
        ("Penumpang berdesakan dikereta selama satu jam.", "dikereta", "di kereta"),
        # the foot and the slope of a mountain are places too
        ("Desa itu terletak dikaki gunung.", "dikaki", "di kaki"),
        # the determiners before a noun: sebuah, suatu
        ("Mereka menginap disebuah losmen.", "disebuah", "di sebuah"),
        ("Ia pindah kesuatu tempat yang sepi.", "kesuatu", "ke suatu"),
        ("Kebun kopi tumbuh dilereng bukit.", "dilereng", "di lereng"),
        # surroundings, circles and the media are places one is in too
        ("Tawuran itu marak dikalangan pelajar.", "dikalangan", "di kalangan"),
        ("Video itu beredar dimedia sosial.", "dimedia", "di media"),
        ("Sekolah itu berdiri dipedalaman Papua.", "dipedalaman", "di pedalaman"),
        # a part of the body is where something is worn or hurts
        ("Penari memakai ikat dikepala.", "dikepala", "di kepala"),
        ("Ia merasakan nyeri dipunggung.", "dipunggung", "di punggung"),
    ],
)
def test_preposition_joined_to_a_place(text: str, match: str, fix: str) -> None:
    assert lint("eyd.di-ke-serangkai", text) == [(match, fix, (fix,))]


def test_a_capital_inside_a_sentence_is_a_names() -> None:
    # Dusun Ketangga is a hamlet, no "ke tangga"; a sentence's first word is still judged
    assert lint("eyd.di-ke-serangkai", "Akses menuju sawah di Dusun Ketangga hanya pematang.") == []
    assert lint("eyd.di-ke-serangkai", "Warga pulang. Dikantor itu sepi.") == [
        ("Dikantor", "Di kantor", ("Di kantor",))
    ]


def test_keluar_toward_a_place_is_suggested_only() -> None:
    found = lint("eyd.di-ke-serangkai", "Warga bepergian keluar kota saat libur.")
    assert found == [("keluar kota", None, ("ke luar kota",))]


@pytest.mark.parametrize(
    "text",
    [
        "Ia keluar dari rumah dan kemarin kembali ke kantor.",
        # ordinals, colloquial ke- passives, names, a herb the lexicon lacks (ke + English sum)
        "Ia juara kesebelas, lalu kebayang hadiahnya. Warga Kediri memetik daun kesum.",
        # a place for a kind (kopi kerinci) and a form running text often joins (kehati)
        "Ia menjual teh kerinci dan kopi kerinci bersama yayasan (kehati).",
        "Kedua tim diam di dalam dinas kepolisian.",
        "Keluarnya izin itu dibalik oleh pengadilan.",
        "Keluarnya surat itu mengejutkan.",
    ],
)
def test_words_that_begin_with_di_or_ke_are_left(text: str) -> None:
    assert lint("eyd.di-ke-serangkai", text) == []


@pytest.mark.parametrize(
    ("text", "match", "fix"),
    [
        ("Bola masuk pada menit ke 84.", "ke 84", "ke-84"),
        ("Ia juara ke3 tahun ini.", "ke3", "ke-3"),
        ("Rombongan ke-tiga tiba sore.", "ke-tiga", "ketiga"),
        ("Ini ulang tahun ke- 60 kota itu.", "ke- 60", "ke-60"),
        # digits before kalinya or a relative "yang": an ordinal after any word
        ("Ia naik bus itu untuk ke 12 kalinya.", "ke 12", "ke-12"),
    ],
)
def test_ordinals(text: str, match: str, fix: str) -> None:
    assert lint("eyd.bilangan-tingkat", text) == [(match, fix, (fix,))]


def test_a_spelled_out_ordinal_after_any_head_when_nothing_is_counted() -> None:
    found = lint("eyd.bilangan-tingkat", "Tabut diarak pada malam ke sembilan, saat warga berkumpul.")
    assert found == [("ke sembilan", None, ("kesembilan",))]
    assert lint("eyd.bilangan-tingkat", "Rombongan menempuh dua hari ke tiga kota.") == []
    # a determiner or a preposition after the number: nothing is counted either
    found = lint("eyd.bilangan-tingkat", "Rapat digelar pada minggu ke dua setiap bulan.")
    assert found == [("ke dua", None, ("kedua",))]
    # a number word that ends its sentence or line goes to no place, after any word
    found = lint("eyd.bilangan-tingkat", "Pemilik toko ingin membuka gerai ke tiga.\n\nIa optimistis.")
    assert found == [("ke tiga", None, ("ketiga",))]
    assert lint("eyd.bilangan-tingkat", "Skor berubah dari satu ke dua.") == []
    # a count that goes back or up to a number; a line broken inside a paragraph
    assert lint("eyd.bilangan-tingkat", "Setiap putaran, hitungan kembali ke satu.") == []
    assert lint("eyd.bilangan-tingkat", "Penumpang dibagi ke dua\njalur antrean.") == []
    # a pronoun after the number opens the clause: nothing is counted
    found = lint("eyd.bilangan-tingkat", "Pada tahun ke tiga ia pindah ke Medan.")
    assert found == [("ke tiga", None, ("ketiga",))]
    # a flight group (kloter) counts in order, like a wave (gelombang)
    found = lint("eyd.bilangan-tingkat", "Jemaah kloter ke lima tiba di asrama haji.")
    assert found == [("ke lima", None, ("kelima",))]
    # an event held in a series, numbered like an edition; a visit travels
    found = lint("eyd.bilangan-tingkat", "Festival ini penyelenggaraan ke dua setelah tahun lalu.")
    assert found == [("ke dua", None, ("kedua",))]
    assert lint("eyd.bilangan-tingkat", "Ia melakukan kunjungan ke dua negara.") == []
    # a name after the number is counted by nothing
    found = lint("eyd.bilangan-tingkat", "Ini adalah musim ke tiga Andika bersama klub itu.")
    assert found == [("ke tiga", None, ("ketiga",))]
    # a "dari" with no number after it makes no range ("bagian dari ...")
    found = lint("eyd.bilangan-tingkat", "Ini bagian dari upaya pelestarian tahap ke dua setelah itu.")
    assert found == [("ke dua", None, ("kedua",))]


@pytest.mark.parametrize(
    "text",
    [
        "Undangan dikirim ke 40 sekolah.",  # ke before a count is a preposition
        "Suku bunga naik dari 5 ke 6 persen.",
        "Ia finis ke-3 dan ketiga kalinya juara.",
        "Bantuan dikirim ke tiga desa terdampak.",  # ke before a count, in words
        "Lawatan lima hari ke tiga negara.",  # after a head that travels: still a count
        # a head taken one by one counts nothing in order
        "Air dialirkan tahap demi tahap ke tiga dusun.",
        "Sampah diangkut dari setiap lantai ke dua gerobak.",
        "Petugas mengarahkan pengunjung per gelombang ke tiga titik pandang.",
        "Ia naik ke lantai ke dua belas.",  # kedua belas: left to the editor
    ],
)
def test_ke_before_a_number_as_preposition(text: str) -> None:
    assert lint("eyd.bilangan-tingkat", text) == []


@pytest.mark.parametrize(
    ("text", "match", "fix"),
    [
        ("Panitia tidak memungut biaya apapun.", "apapun", "apa pun"),
        ("Siapapun boleh ikut.", "Siapapun", "Siapa pun"),
        ("Peserta datang dimanapun berada.", "dimanapun", "di mana pun"),
        ("Ia tetap hadir walau pun hujan.", "walau pun", "walaupun"),
        ("Ada pun syaratnya mudah.", "Ada pun", "Adapun"),
        ("Iapun langsung pulang.", "Iapun", "Ia pun"),
        ("Sekali pun begitu, warga menilai aturan itu adil.", "Sekali pun", "Sekalipun"),
    ],
)
def test_particle_pun(text: str, match: str, fix: str) -> None:
    assert lint("eyd.partikel-pun", text) == [(match, fix, (fix,))]


@pytest.mark.parametrize(
    "text",
    [
        "Meskipun hujan, bagaimanapun juga acara berjalan, maupun sekalipun.",
        "Rumpun bambu itu dihimpun warga; ampun, katanya.",
        "Tidak sekali pun ia absen. Sekali pun tidak pernah ia mengeluh.",
        "Ia belum sekali pun begitu dekat dengan menara itu.",
        "Kalau ada pun sisa dana, dikembalikan.",
    ],
)
def test_particle_pun_left_alone(text: str) -> None:
    assert lint("eyd.partikel-pun", text) == []


def test_clitics_written_apart() -> None:
    text = "Rumah nya rusak. Apa kah cukup? Itu lah sebabnya."
    assert [m for m, _, _ in lint("eyd.klitik-terpisah", text)] == ["Rumah nya", "Apa kah", "Itu lah"]
    assert lint("eyd.klitik-terpisah", "Rumahnya rusak, apakah cukup? Itulah sebabnya.") == []
    # a reduplicated word takes its clitic joined; an abbreviation in capitals, with a hyphen
    found = lint("eyd.klitik-terpisah", "Ia mengantar cucu-cucu nya. SIM nya mati.")
    assert [(m, fix) for m, fix, _ in found] == [("cucu-cucu nya", "cucu-cucunya"), ("SIM nya", "SIM-nya")]


@pytest.mark.parametrize(
    ("text", "match", "suggestion"),
    [
        ("Bantuan pasca panen disalurkan.", "pasca panen", "pascapanen"),
        ("Bus antar kota berangkat.", "antar kota", "antarkota"),
        ("Ia berstatus non aktif.", "non aktif", "nonaktif"),
        ("Tim lolos ke babak semi final.", "semi final", "semifinal"),
        # opening a sentence, with its capital kept
        ("Korban dievakuasi. Pasca kejadian itu, jalur ditutup.", "Pasca kejadian", "Pascakejadian"),
    ],
)
def test_bound_forms(text: str, match: str, suggestion: str) -> None:
    assert [(m, s) for m, _, s in lint("eyd.bentuk-terikat", text)] == [(match, (suggestion,))]


@pytest.mark.parametrize(
    "text",
    [
        "Layanan antar jemput tetap ada.",  # antar is a verb too
        "Aplikasi itu melayani jasa antar penumpang dan layanan antar barang.",  # ... after these
        "Petani harus antar sendiri hasil panennya.",  # ... after a modal, and before "sendiri"
        "Kedai membuka layanan pesan antar lewat aplikasi.",  # ... and before a preposition
        "Ia anti terhadap korupsi.",  # a function word follows
        "Upaya semi berhasil diraih.",  # a verb form follows
        "Warga pasca-Lebaran kembali bekerja; pascapanen aman.",
        # capitalized inside a sentence, it heads a name, wrong or not, for the capital rules
        "Ia kuliah di Program Pasca Sarjana kampus itu.",
        # a form that is a given name opens a sentence as a person
        "Sejak kecil ia berlatih. Dwi mulai menekuni takraw di desa.",
    ],
)
def test_bound_forms_left_alone(text: str) -> None:
    assert lint("eyd.bentuk-terikat", text) == []


def test_a_bound_form_before_a_capital_takes_a_hyphen() -> None:
    text = "Lomba diikuti siswa se Jawa Barat dan tim seBali. Harga naik pasca Lebaran."
    assert lint("eyd.bentuk-terikat", text) == [
        ("se Jawa", "se-Jawa", ("se-Jawa",)),
        ("seBali", "se-Bali", ("se-Bali",)),
        ("pasca Lebaran", "pasca-Lebaran", ("pasca-Lebaran",)),
    ]
    # "se" is checked only there, and a form that is a verb too is that verb before a name
    assert lint("eyd.bentuk-terikat", "Warga se kampung rapat. Saya antar Pak Lurah pulang.") == []


def test_a_place_word_reduplicated_or_a_machine_after_a_joined_di() -> None:
    text = "Ia berlari disela-sela pekerjaan. Kartu ditempel dimesin pemindai. Rapat itu disela interupsi."
    assert lint("eyd.di-ke-serangkai", text) == [
        ("disela-sela", "di sela-sela", ("di sela-sela",)),
        ("dimesin", "di mesin", ("di mesin",)),
    ]


def test_a_verbs_base_after_an_adverb_of_frequency_is_the_verb() -> None:
    text = "Lonjakan harga sering di picu isu kelangkaan."
    assert lint("eyd.di-ke-terpisah", text) == [("di picu", "dipicu", ("dipicu",))]


def test_a_verbs_base_before_a_preposition_is_the_verb() -> None:
    text = "Sambal itu di kemas dalam botol kaca."
    assert lint("eyd.di-ke-terpisah", text) == [("di kemas", "dikemas", ("dikemas",))]


def test_a_passive_no_one_writes_joined_is_one_before_its_agent() -> None:
    text = "Sebanyak 80 anak di khitan oleh tim dokter."
    assert lint("eyd.di-ke-terpisah", text) == [("di khitan", "dikhitan", ("dikhitan",))]
    # a place or a common noun before "oleh" is where it happened
    assert lint("eyd.di-ke-terpisah", "Kupon itu dibagikan di pasar oleh petugas.") == []
    assert lint("eyd.di-ke-terpisah", "Mereka ditemui di pos oleh wartawan.") == []
    # ... unless its active form is in use: "mendata" makes "di data oleh" a passive
    text = "Balita itu di data oleh kader posyandu."
    assert lint("eyd.di-ke-terpisah", text) == [("di data", "didata", ("didata",))]


def test_a_bound_form_opening_a_heading_is_left_to_the_heading_style() -> None:
    # a subheading drops its verbs' prefixes: "Antar jenazah ..." is (meng)antar
    text = "Judul\n\nPalu, IDN Times - Banjir surut.\n\nAntar jenazah pakai perahu\n\nWarga bekerja.\n"
    doc = plugins.parse("d.txt", text)
    rule = next(r for r in engine.rule_set(Config(), ("eyd.bentuk-terikat",)))
    assert engine.lint(doc, [rule]) == []
    # a form that is no verb still joins there: "Pasca banjir" in a headline
    doc = plugins.parse("d.txt", "Pasca banjir Warga Bersih-Bersih\n\nPalu, IDN Times - Banjir surut.\n")
    assert [f.suggestions for f in engine.lint(doc, [rule])] == [("Pascabanjir",)]


def test_reduplicated_place_word() -> None:
    assert lint("eyd.di-ke-serangkai", "Ia tidak kemana-mana.") == [
        ("kemana-mana", "ke mana-mana", ("ke mana-mana",))
    ]


def test_frequent_passive_missing_from_the_dictionary() -> None:
    assert lint("eyd.di-ke-terpisah", "Acara itu di gelar malam ini.") == [
        ("di gelar", "digelar", ("digelar",))
    ]


def test_an_ordinal_in_words_apart_is_suggested_after_an_ordering_head() -> None:
    # a suggestion, not a safe fix: the head makes an ordinal likely, not certain
    found = lint("eyd.bilangan-tingkat", "Ia terpilih untuk periode ke tiga.")
    assert found == [("ke tiga", None, ("ketiga",))]


def test_digits_after_a_move_before_yang_are_where_it_went() -> None:
    assert lint("eyd.bilangan-tingkat", "Angka itu naik ke 12 yang tertinggi.") == []


def test_an_ordinal_in_words_apart_before_kalinya() -> None:
    # "kalinya" makes the number an ordinal after any word; "kali lipat" is a count
    found = lint("eyd.bilangan-tingkat", "Tim itu juara untuk ke tiga kalinya.")
    assert found == [("ke tiga", None, ("ketiga",))]
    assert lint("eyd.bilangan-tingkat", "Harga cabai naik ke tiga kali lipat.") == []
    # ... and so does "belah" (kedua belah pihak), and a sentence that opens on things pointed at
    found = lint("eyd.bilangan-tingkat", "Putusan itu mengikat ke dua belah pihak. Ke lima kios itu tutup.")
    assert [m for m, _, _ in found] == ["ke dua", "Ke lima"]
    assert lint("eyd.bilangan-tingkat", "Bantuan dikirim ke lima kios itu.") == []
    # ... and a clause word or a relative "yang" right after the number: a count names its things
    text = "Langkah ke dua adalah mengisi formulir. Ini toko ke tiga yang dibuka."
    found = lint("eyd.bilangan-tingkat", text)
    assert [(m, s) for m, _, s in found] == [("ke dua", ("kedua",)), ("ke tiga", ("ketiga",))]
    assert lint("eyd.bilangan-tingkat", "Bantuan dikirim ke tiga desa yang terdampak.") == []


def test_a_common_noun_whose_passive_nobody_writes_stays_after_the_preposition() -> None:
    # dipagar and memagar are forms the dictionary allows but no frequency list has seen
    assert lint("eyd.di-ke-terpisah", "Mereka memasang spanduk di pagar sekolah.") == []
    found = lint("eyd.di-ke-terpisah", "Rumah itu di cat ulang pekan lalu.")
    assert [(m, fix) for m, fix, _ in found] == [("di cat", "dicat")]


def test_ke_before_a_name_word_or_a_joined_english_word_is_left() -> None:
    assert lint("eyd.di-ke-serangkai", "Kewang adat menjaga hutan dan laut.") == []


def test_the_ke_of_a_confix_written_apart() -> None:
    text = "Warga ke hilangan dompet. Ke tinggian air naik sebelum ke berangkatan kapal."
    assert lint("eyd.konfiks-terpisah", text) == [
        ("ke hilangan", "kehilangan", ("kehilangan",)),
        ("Ke tinggian", "Ketinggian", ("Ketinggian",)),
        ("ke berangkatan", "keberangkatan", ("keberangkatan",)),
    ]
    # the preposition before a word listed alone, though a ke-...-an form is listed too
    text = "Mereka turun ke lapangan, ke tahanan, ke perbatasan dan ke pedalaman."
    assert lint("eyd.konfiks-terpisah", text) == []
