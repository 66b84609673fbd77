"""Attribution checks on the seed draft and on small drafts built for one behaviour each."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint import engine, plugins
from newslint.config import Config
from newslint.rules import Finding

SEED = Path(__file__).resolve().parent / "fixtures" / "seed" / "menlu-china-rusia.txt"
HEAD = (
    "Judul Berita Hari Ini\n\nDek berita singkat\n\n"
    "Jakarta, IDN Times - Kalimat teras berita yang cukup panjang.\n\n"
)


def lint(text: str, select: str = "atribusi") -> list[Finding]:
    rules = engine.rule_set(Config(), (select,))
    return engine.lint(plugins.parse("draft.txt", text), rules)


def test_seed_vague_experts() -> None:
    findings = lint(SEED.read_text(encoding="utf-8"), "atribusi.sumber-samar")
    found = {(f.line, f.message.split('"')[1]) for f in findings}
    assert (31, "Para ahli mengatakan") in found
    # "Dilansir BBC, media Rusia melaporkan": the sentence names where the report comes from
    assert not [f for f in findings if f.line == 27]


def test_seed_quotes_are_attributed() -> None:
    assert lint(SEED.read_text(encoding="utf-8"), "atribusi.kutipan-tanpa-sumber") == []


def test_quote_with_speech_verb_two_sentences_later() -> None:
    text = HEAD + "“Kami siap bertanding. Semua pemain bugar. Tidak ada yang cedera,” ujarnya.\n"
    assert lint(text, "atribusi.kutipan-tanpa-sumber") == []


def test_verbs_of_advice_and_denial_after_a_quote_name_the_speaker() -> None:
    for verb in ("pesan", "imbau", "saran", "bantah", "sindir"):
        text = HEAD + f"“Pastikan membawa helm dan periksa rem sebelum berangkat,” {verb} Fransiskus.\n"
        assert lint(text, "atribusi.kutipan-tanpa-sumber") == [], verb


def test_a_speech_verb_a_letter_off_before_a_name_still_tags_the_quote() -> None:
    # "kota" and "ajar" are the real-word rules' slips; the quote has its speaker
    for verb in ("kota", "ajar", "tutir"):
        text = HEAD + f"“Pastikan membawa helm dan periksa rem sebelum berangkat,” {verb} Fransiskus.\n"
        assert lint(text, "atribusi.kutipan-tanpa-sumber") == [], verb
    # ... or before a pronoun
    text = HEAD + "“Pastikan membawa helm dan periksa rem sebelum berangkat,” kaya dia.\n"
    assert lint(text, "atribusi.kutipan-tanpa-sumber") == []
    # a word a letter off a verb before no name tags nothing
    text = HEAD + "Panitia menambah kursi.\n\n“Tiket sudah habis sejak pekan lalu di kota,” kota itu.\n"
    assert len(lint(text, "atribusi.kutipan-tanpa-sumber")) == 1


def test_a_speech_verbs_nya_form_a_letter_off_closing_the_sentence_tags_the_quote() -> None:
    quote = "“Tiket sudah habis sejak pekan lalu di semua loket,”"
    for tag in ("kotanya", "ucepnya", "tutirnya"):
        text = HEAD + f"Panitia menambah kursi.\n\n{quote} {tag}.\n"
        assert lint(text, "atribusi.kutipan-tanpa-sumber") == [], tag
    # a -nya word no verb is a letter from, or one the sentence goes on past, tags nothing
    for tag in ("rumahnya.", "kotanya di sana."):
        text = HEAD + f"Panitia menambah kursi.\n\n{quote} {tag}\n"
        assert len(lint(text, "atribusi.kutipan-tanpa-sumber")) == 1, tag


def test_quote_alone_is_flagged_whole() -> None:
    quote = "“Tiket sudah habis sejak pekan lalu. Penonton datang dari berbagai kota.”"
    findings = lint(HEAD + "Panitia menambah kursi.\n\n" + quote + "\n", "atribusi.kutipan-tanpa-sumber")
    assert [(f.line, f.column, f.end_column) for f in findings] == [(9, 1, len(quote) + 1)]


def test_quote_continuing_after_a_speaker() -> None:
    text = HEAD + "Ketua panitia, Rina, mengatakan kursi ditambah.\n\n“Penonton datang dari berbagai kota.”\n"
    assert lint(text, "atribusi.kutipan-tanpa-sumber") == []


def test_a_quote_left_open_over_its_own_tag_has_its_speaker() -> None:
    # the closing mark is missing (the paired-quotes rule's finding), not the speaker
    text = HEAD + "Panitia menambah kursi.\n\n“Penonton datang dari banyak kota, jelas Andi kepada kami.\n"
    assert lint(text, "atribusi.kutipan-tanpa-sumber") == []
    text = HEAD + "Panitia menambah kursi.\n\n“Penonton datang dari berbagai kota, tetapi tiket habis.\n"
    assert len(lint(text, "atribusi.kutipan-tanpa-sumber")) == 1
    # "jelas" between commas is an adverb, no tag
    text = HEAD + "Panitia menambah kursi.\n\n“Aturannya sudah ada, jelas, tetapi belum dijalankan.\n"
    assert len(lint(text, "atribusi.kutipan-tanpa-sumber")) == 1


def test_a_quote_borrows_no_speaker_from_an_unnamed_many_or_its_own_words() -> None:
    rule = "atribusi.kutipan-tanpa-sumber"
    # the unnamed many before it, a reply after it, a speech verb the speaker quotes
    text = HEAD + (
        "Sejumlah pengunjung mengaku datang karena kakek mereka pejuang.\n\n"
        '"Dulu kakek saya ikut angkat senjata di sini. Makanya saya ajak anak-anak."\n\n'
        "Menanggapi hal itu, Camat Wonocolo, Dwi Lestari, mengatakan museum akan diperluas.\n\n"
        "Gunungan itu lalu diperebutkan warga.\n\n"
        '"Kalau dapat cabai, biasanya saya tanam di pekarangan. Katanya biar rezekinya lancar."\n'
    )
    assert [f.line for f in lint(text, rule)] == [9, 15]
    # a speaker named before, still the subject of the last sentence
    text = HEAD + (
        "Warga sekitar, Sumarni (50), mengatakan truk sering hilang kendali. Ia berharap ada rambu.\n\n"
        '"Sudah sering sekali, Mas. Kalau sore banyak motor berhenti di sini."\n'
    )
    assert lint(text, rule) == []
    # a quote opened straight and closed curly, and the same speaker's next quote after its tag
    text = HEAD + '"Jangan pernah menyerah pada keadaan,” kata Rina. "Mereka tidak tahu kita kuat."\n'
    assert lint(text, rule) == []


def test_titles_and_scare_quotes_are_not_quotes() -> None:
    text = HEAD + "Band itu membawakan lagu “Tepian Senja” dan menyebut dirinya “anak pantai”.\n"
    assert lint(text, "atribusi.kutipan-tanpa-sumber") == []


def test_vague_shapes() -> None:
    text = HEAD + (
        "Sejumlah pihak menilai aturan itu lemah. Menurut informasi yang beredar, rapat ditunda.\n\n"
        "Media Jepang melaporkan hal serupa. Ia disebut-sebut akan maju.\n\n"
        "Banyak yang menyebut layanan itu kini lebih cepat. Banyak yang datang sejak pagi.\n"
    )
    found = [f.message.split('"')[1] for f in lint(text, "atribusi.sumber-samar")]
    assert found == [
        "Sejumlah pihak menilai",
        "Menurut informasi yang beredar",
        "Media Jepang melaporkan",
        "disebut-sebut",
        "Banyak yang menyebut",
    ]


def test_a_quantifier_with_a_filler_before_the_role() -> None:
    text = HEAD + (
        "Menurut salah satu sumber, rapat ditunda. Salah satu pengamat menilai aturan itu lemah.\n\n"
        "Menurut sebagian besar ahli, harga naik. Menurut salah satu warga, jalan rusak.\n"
    )
    found = [f.message.split('"')[1] for f in lint(text, "atribusi.sumber-samar")]
    assert found == [
        "Menurut salah satu sumber",
        "Salah satu pengamat menilai",
        "Menurut sebagian besar ahli",
    ]


def test_a_vague_many_inside_a_speakers_quote_is_the_speakers_word() -> None:
    quoted = '"Dulu banyak yang menilai kios ini sepi pembeli," kata Siti Aminah, pemilik kios.\n'
    assert lint(HEAD + quoted, "atribusi.sumber-samar") == []
    told = "Dulu banyak yang menilai kios ini sepi pembeli.\n"
    found = [f.message.split('"')[1] for f in lint(HEAD + told, "atribusi.sumber-samar")]
    assert found == ["banyak yang menilai"]


def test_unnamed_experts_of_other_fields_are_vague() -> None:
    text = HEAD + (
        "Para sejarawan menyebut hidangan ini lahir di keraton. Para perencana keuangan menyarankan "
        "menabung.\n\nPara pedagang menilai harga cabai wajar.\n"
    )
    found = [f.message.split('"')[1] for f in lint(text, "atribusi.sumber-samar")]
    # the traders are the story's people, not experts lending a claim their weight
    assert found == ["Para sejarawan menyebut", "Para perencana keuangan menyarankan"]
    # an estimate no one is said to make
    text = HEAD + "Menurut perkiraan, kerugian mencapai Rp5 miliar. Menurut perkiraan BMKG, hujan turun.\n"
    assert [f.message.split('"')[1] for f in lint(text, "atribusi.sumber-samar")] == ["Menurut perkiraan"]


def test_based_on_a_report_with_no_holder_is_vague() -> None:
    text = HEAD + (
        "Berdasarkan laporan, minat pendaftar turun. Berdasarkan laporan polisi, pelaku kabur.\n\n"
        "Menurut laporan polisi, korban dua orang. Berdasarkan laporan BPBD, air surut.\n\n"
        "Berdasarkan laporan yang dihimpun pengurus paguyuban, penjualan anjlok. Berdasarkan laporan "
        "yang diterima, pelaku kabur.\n"
    )
    found = [(f.line, f.message.split('"')[1]) for f in lint(text, "atribusi.sumber-samar")]
    assert found == [(7, "Berdasarkan laporan"), (11, "Berdasarkan laporan")]
    # the holder after the report's kind: "laporan keuangan koperasi"; a kind alone names none
    text = HEAD + (
        "Berdasarkan laporan keuangan koperasi tahun lalu, penjualan naik. Menurut laporan terbaru, "
        "harga turun.\n"
    )
    assert [f.message.split('"')[1] for f in lint(text, "atribusi.sumber-samar")] == ["Menurut laporan"]
    # inside a clause "berdasarkan" is "by": by guesswork, no source
    assert lint(HEAD + "Dulu petani menyiram berdasarkan perkiraan saja.\n", "atribusi.sumber-samar") == []


def test_a_counted_study_or_survey_that_says_something_is_vague() -> None:
    text = HEAD + (
        "Sebuah survei menyebutkan tujuh dari sepuluh lowongan meminta pengalaman. Sebuah penelitian "
        "yang digelar LIPI menyebutkan hal serupa. Beberapa penelitian menyebut angka itu naik.\n"
    )
    found = [f.message.split('"')[1] for f in lint(text, "atribusi.sumber-samar")]
    assert found == ["Sebuah survei menyebutkan", "Beberapa penelitian menyebut"]
    # a study planned, in a relative clause, or the writer's own data says nothing yet
    text = HEAD + (
        "Dinas menyiapkan sebuah kajian untuk menilai dampaknya. Ada sebuah survei yang menilai "
        "layanan itu. Berbagai data yang kami kumpulkan menyebutkan hal serupa.\n"
    )
    assert lint(text, "atribusi.sumber-samar") == []


def test_named_sources_are_not_vague() -> None:
    text = HEAD + (
        "Para ahli, termasuk Dewi Lestari dari Universitas Andalas, mengatakan risikonya kecil.\n\n"
        "Pihak kepolisian mengatakan penyelidikan berlanjut. Menurut laporan Reuters, harga naik.\n"
    )
    assert lint(text, "atribusi.sumber-samar") == []


def test_agentless_report() -> None:
    text = (
        HEAD
        + "Dilaporkan, jalan itu macet.\n\nKorban belum diketahui identitasnya.\n\n"
        + "Kasus itu dilaporkan ke polisi.\n"
    )
    findings = lint(text, "atribusi.pasif-tanpa-sumber")
    assert [(f.line, f.column) for f in findings] == [(7, 1)]


def test_people_right_after_the_passive_are_who_reports_it() -> None:
    rule = "atribusi.pasif-tanpa-sumber"
    assert lint(HEAD + "Gangguan itu paling sering dilaporkan warga di grup percakapan.\n", rule) == []
    assert lint(HEAD + "Penipuan itu dilaporkan korban pekan lalu.\n", rule) == []
    # ... not at a sentence's start, where the noun is the claim's subject, nor a time after it
    findings = lint(HEAD + "Diketahui korban berinisial AS sudah pulang.\n", rule)
    assert [(f.line, f.column) for f in findings] == [(7, 1)]
    findings = lint(HEAD + "Gangguan itu paling sering dilaporkan pekan ini.\n", rule)
    assert [(f.line, f.column) for f in findings] == [(7, 28)]


def test_disebut_claims_before_a_verb_only() -> None:
    rule = "atribusi.pasif-tanpa-sumber"
    findings = lint(HEAD + "Omzet pasar itu disebut melonjak tiga kali lipat.\n", rule)
    assert [(f.line, f.column) for f in findings] == [(7, 17)]
    # ... a verb of change with no affix too
    findings = lint(HEAD + "Harga cabai disebut anjlok separuhnya pekan ini.\n", rule)
    assert [(f.line, f.column) for f in findings] == [(7, 13)]
    # an amount of money after the verb is an estimate, which atribusi.taksiran-tanpa-sumber reports
    text = HEAD + "Omzet pasar itu disebut mencapai Rp3 miliar per bulan.\n"
    assert lint(text, rule) == []
    estimate = "atribusi.taksiran-tanpa-sumber"
    assert [f.rule for f in lint(text, estimate)] == [estimate]
    # ... and so is a claimed one
    claimed = HEAD + "Kerugian nasabah diklaim mencapai Rp3 miliar.\n"
    assert lint(claimed, rule) == []
    assert [f.rule for f in lint(claimed, estimate)] == [estimate]
    # naming, not claiming; a document that says it; someone who reveals it
    assert lint(HEAD + "Kampung itu disebut Kampung Batik oleh warga.\n", rule) == []
    assert lint(HEAD + "Ia disebut sebagai pelopor usaha itu.\n", rule) == []
    assert lint(HEAD + "Dalam dakwaan jaksa, terdakwa disebut menerima suap.\n", rule) == []
    text = HEAD + "Jaksa mengungkap modus itu. Uangnya disebut mengalir ke rekening terdakwa.\n"
    assert lint(text, rule) == []


def test_a_claims_record_is_in_its_sentence_or_just_before_it() -> None:
    rule = "atribusi.pasif-tanpa-sumber"
    # a post or a video in its own sentence says it
    assert lint(HEAD + "Dalam unggahan itu, jembatan diklaim ambruk pada Senin.\n", rule) == []
    assert lint(HEAD + "Dalam rekaman yang beredar, bus itu disebut melaju kencang.\n", rule) == []
    assert lint(HEAD + "Jaksa membacakan dakwaan. Terdakwa disebut menerima suap.\n", rule) == []
    # a video further back shows something else
    text = HEAD + "Video lomba itu viral. Panitia senang. Jumlah peserta diklaim naik dua kali lipat.\n"
    assert [f.line for f in lint(text, rule)] == [7]
    # the record of the paragraph before goes on into the next paragraph's first sentence only
    lead = HEAD + "Data pasien dikirim ke puskesmas setiap pekan.\n\n"
    assert lint(lead + "Jumlah kasus disebut turun sejak Juli.\n", rule) == []
    text = lead + "Dinas menambah petugas. Selama ini, antrean disebut mencapai dua pekan.\n"
    assert [f.line for f in lint(text, rule)] == [9]


def test_the_verbs_of_a_reported_claim_name_no_source_of_it() -> None:
    # what follows "bahwa" is the claim: its "mencatat" reports nothing
    text = HEAD + "Dilaporkan bahwa jembatan itu sudah mencatat 12 insiden sejak Maret.\n"
    findings = lint(text, "atribusi.pasif-tanpa-sumber")
    assert [(f.line, f.column) for f in findings] == [(7, 1)]
    # a sentence of its own that names the reporter still does
    text = HEAD + "Dilaporkan, jembatan itu retak, kata Kepala Dinas PU, Rudi.\n"
    assert lint(text, "atribusi.pasif-tanpa-sumber") == []


def test_an_estimate_framing_a_sentence_is_agentless() -> None:
    text = HEAD + "Diperkirakan, perayaan itu mengurangi emisi.\n\nDiperkirakan 13 persen rumah kosong.\n"
    findings = lint(text, "atribusi.pasif-tanpa-sumber")
    assert [(f.line, f.column) for f in findings] == [(7, 1)]
    # ... unless it goes on from a quoted source's paragraph
    text = HEAD + "Hasilnya dievaluasi tiap bulan, kata Teguh.\n\nDiperkirakan, hasilnya keluar Mei.\n"
    assert lint(text, "atribusi.pasif-tanpa-sumber") == []
    # an estimated count is no figure rule's: this rule reports it
    text = HEAD + "Diperkirakan ada 40.000 pemudik yang menyeberang pekan ini.\n"
    findings = lint(text, "atribusi.pasif-tanpa-sumber")
    assert [(f.line, f.column) for f in findings] == [(7, 1)]


def test_a_count_on_record_with_no_keeper_of_the_record() -> None:
    text = HEAD + "Tercatat lebih dari 12.000 orang datang.\n\nIa tercatat sebagai warga Sleman.\n"
    findings = lint(text, "atribusi.pasif-tanpa-sumber")
    assert [(f.line, f.column) for f in findings] == [(7, 1)]
    # the keeper named in the paragraph or the one before is its source
    text = HEAD + "Pengelola mencatat kenaikan.\n\nTercatat 500 mobil parkir di sana.\n"
    assert lint(text, "atribusi.pasif-tanpa-sumber") == []
    # ... and so is any source of its own paragraph; "Tercatat sebagai" is a state
    text = HEAD + (
        "Menurut Dinkes, kasus naik. Tercatat tiga pasien meninggal.\n\n"
        "Tercatat sebagai cagar budaya, kota itu ramai.\n"
    )
    assert lint(text, "atribusi.pasif-tanpa-sumber") == []


def test_a_statement_said_with_no_document_behind_it() -> None:
    text = HEAD + (
        "Disebutkan bahwa sepertiga warga menderita hipertensi.\n\nDalam surat itu disebutkan tarif naik.\n"
    )
    findings = lint(text, "atribusi.pasif-tanpa-sumber")
    assert [(f.line, f.column) for f in findings] == [(7, 1)]
    # the document its paragraph or the one before names is its source
    text = HEAD + "Polisi menerbitkan surat edaran.\n\nDisebutkan, warga dilarang menyalakan petasan.\n"
    assert lint(text, "atribusi.pasif-tanpa-sumber") == []
    # ... and so is a meeting, or a telling someone was said to give
    text = HEAD + (
        "Hal itu dibahas dalam musyawarah kelompok tani. Disebutkan, iuran dipakai membuat sumur.\n\n"
        "Kisah itu kerap dituturkan Diah kepada tamu. Disebutkan, tradisi itu tumbuh sejak abad ke-17.\n"
    )
    assert lint(text, "atribusi.pasif-tanpa-sumber") == []


def test_agentless_report_with_source_in_paragraph() -> None:
    text = HEAD + "Dilaporkan, jalan itu macet. Petugas Dishub mengatakan antrean mencapai dua kilometer.\n"
    assert lint(text, "atribusi.pasif-tanpa-sumber") == []


def test_agentless_report_before_a_view_of_something_else() -> None:
    # the next sentence speaks for itself, not for the claim: no source of it
    text = HEAD + "Dilaporkan, dua klub melirik pebalap itu. Ia sendiri mengaku belum memikirkannya.\n"
    findings = lint(text, "atribusi.pasif-tanpa-sumber")
    assert [(f.line, f.column) for f in findings] == [(7, 1)]
    # one that vouches for the claim is its source
    text = HEAD + "Dilaporkan, dua klub melirik pebalap itu. Manajer tim membenarkan kabar tersebut.\n"
    assert lint(text, "atribusi.pasif-tanpa-sumber") == []


def test_agentless_report_after_another_source() -> None:
    # the source of the sentence before speaks of the figures, not of what "Dilaporkan" claims
    text = HEAD + "Menurut data dinas, 300 warga mengungsi. Dilaporkan, sebagian warga enggan pulang.\n"
    findings = lint(text, "atribusi.pasif-tanpa-sumber")
    assert [(f.line, f.column) for f in findings] == [(7, 42)]


def test_sourceless_report_once_at_lead() -> None:
    body = " ".join(["Air sungai meluap dan merendam rumah warga di tepi sungai."] * 6)
    findings = lint(HEAD + body + "\n\n" + body + "\n", "atribusi.tanpa-narasumber")
    assert [(f.line, f.column) for f in findings] == [(5, 1)]


def test_feature_without_lead_is_not_a_report() -> None:
    body = " ".join(["Air sungai meluap dan merendam rumah warga di tepi sungai."] * 6)
    text = "5 Cara Menghadapi Banjir\n\nTetap tenang\n\n" + body + "\n\n" + body + "\n"
    assert lint(text, "atribusi.tanpa-narasumber") == []


def test_figures_rule_is_off_by_default() -> None:
    rules = engine.rule_set(Config())
    assert "atribusi.angka-tanpa-sumber" not in {r.id for r in rules}


def test_quote_running_on_into_the_next_paragraph() -> None:
    text = HEAD + (
        "“Kami menyiapkan semuanya sejak bulan lalu. Semua tim bekerja siang dan malam.\n\n"
        "“Hasilnya bisa dilihat sekarang. Penonton puas,” ujar Andi.\n"
    )
    assert lint(text, "atribusi.kutipan-tanpa-sumber") == []


def test_the_next_paragraph_names_the_speaker_only_when_it_points_back() -> None:
    quote = "“Kami menambah armada bus pada akhir pekan agar penumpang tidak menumpuk.”\n\n"
    pointing = [
        "Hal itu disampaikan Kepala Dinas Perhubungan Andi Wijaya, Senin.\n",
        "Andi Wijaya mengatakan itu saat meninjau terminal, Senin.\n",
    ]
    for after in pointing:
        assert lint(HEAD + quote + after, "atribusi.kutipan-tanpa-sumber") == []
    # a new statement by another subject says nothing of who spoke the quote
    other = "Panitia memastikan rangkaian acara berlanjut hingga Rabu.\n"
    assert len(lint(HEAD + quote + other, "atribusi.kutipan-tanpa-sumber")) == 1
    # nor does one that has a second speaker say the same
    for likewise in (
        "Hal senada disampaikan camat Rusdi.\n",
        "Hal yang sama diungkapkan Rudi.\n",
        "Pernyataan serupa disampaikan Kepala Dinas Perdagangan, Fajar Purwoto.\n",
    ):
        assert len(lint(HEAD + quote + likewise, "atribusi.kutipan-tanpa-sumber")) == 1
    # the words elsewhere in the sentence compare nothing
    after = "Hal itu disampaikan Andi di lokasi yang sama, Senin.\n"
    assert lint(HEAD + quote + after, "atribusi.kutipan-tanpa-sumber") == []


def test_rumour_phrases() -> None:
    text = HEAD + "Kabar yang beredar menyebutkan rapat ditunda. Beredar kabar ia akan mundur.\n"
    found = [f.message.split('"')[1] for f in lint(text, "atribusi.sumber-samar")]
    assert found == ["Kabar yang beredar", "Beredar kabar"]
    # a rumour believed, spread or denied is what the story warns of
    text = HEAD + "Warga tidak percaya pada isu yang beredar. Jangan menyebarkan kabar yang beredar.\n"
    assert lint(text, "atribusi.sumber-samar") == []
    # ... and so is one whose truth its clause weighs
    text = HEAD + "Tidak semua informasi yang beredar di grup itu benar.\n"
    assert lint(text, "atribusi.sumber-samar") == []


def test_according_to_an_institution_is_not_vague() -> None:
    text = HEAD + "Menurut pihak sekolah, kegiatan berjalan lancar. Menurut sejumlah pihak, biayanya mahal.\n"
    found = [f.message.split('"')[1] for f in lint(text, "atribusi.sumber-samar")]
    assert found == ["Menurut sejumlah pihak"]


def test_evidence_with_no_holder_is_vague() -> None:
    text = HEAD + (
        "Menurut sebuah survei, warga puas. Menurut data yang beredar, kerugian besar. "
        "Menurut data BPS, inflasi turun. Menurut data kepolisian, kasus naik. "
        "Menurut survei tersebut, warga puas. BPS merilis data baru. Menurut data, ekspor naik.\n"
    )
    found = [f.message.split('"')[1] for f in lint(text, "atribusi.sumber-samar")]
    assert found == ["Menurut sebuah survei", "Menurut data yang beredar"]
    # alone, it points back to one named before; with none named before, it is vague
    text = HEAD + (
        "Menurut penelitian, warga puas. Sebuah penelitian kampus terbit. Menurut penelitian, ekspor naik.\n"
    )
    found = [(f.message.split('"')[1], f.column) for f in lint(text, "atribusi.sumber-samar")]
    assert found == [("Menurut penelitian", 1)]
    # ... also one named by a verb: the office that counted holds the data
    text = HEAD + "Dinas pariwisata mencatat kunjungan selama libur. Menurut data, pantai paling ramai.\n"
    assert lint(text, "atribusi.sumber-samar") == []
    # one that says who made it is sourced, in lower case too
    text = HEAD + (
        "Menurut sebuah survei kecil yang digelar pengelola desa, tamu puas. Menurut beberapa "
        "penelitian yang pernah dirangkum tim dosen, kotoran itu berbahaya.\n"
    )
    assert lint(text, "atribusi.sumber-samar") == []


def test_bare_evidence_opening_a_sentence_and_showing_something_is_vague() -> None:
    # "Data menunjukkan ..." with no data named before it is no one's data
    for sentence, match in (
        ("Data menunjukkan konsumsi beras naik.", "Data menunjukkan"),
        ("Penelitian terbaru membuktikan hal itu.", "Penelitian terbaru membuktikan"),
    ):
        found = [f.message.split('"')[1] for f in lint(HEAD + sentence + "\n", "atribusi.sumber-samar")]
        assert found == [match]
    # after the draft names its data or study, the bare word points back to it
    text = HEAD + "BPS merilis data konsumsi pekan lalu. Data menunjukkan konsumsi beras naik.\n"
    assert lint(text, "atribusi.sumber-samar") == []
    # its holder right after it names the source; and mid-sentence it is no subject
    text = HEAD + (
        "Data BPS menunjukkan konsumsi naik. Warga membawa data menunjukkan kerugian mereka.\n"
    )
    assert lint(text, "atribusi.sumber-samar") == []


def test_a_source_placed_in_an_institution_is_still_unnamed() -> None:
    text = HEAD + "Menurut sumber di Kementerian Perdagangan, harga gula akan turun.\n"
    assert [f.message.split('"')[1] for f in lint(text, "atribusi.sumber-samar")] == ["Menurut sumber"]
    # an outlet after "menurut laporan" names the source
    assert lint(HEAD + "Menurut laporan Reuters, harga gula akan turun.\n", "atribusi.sumber-samar") == []


def test_a_report_yet_to_be_made_or_sent_to_someone_claims_nothing() -> None:
    text = (
        HEAD
        + "Hasil pendataan akan dilaporkan kepada bupati pekan depan.\n\n"
        + "Setiap temuan harus dilaporkan secara tertulis kepada inspektorat.\n\n"
        + "Kerusakan itu dilaporkan secara resmi kepada dinas.\n\n"
        + "Harga beras dilaporkan secara umum naik.\n"
    )
    findings = lint(text, "atribusi.pasif-tanpa-sumber")
    # "secara umum naik" names no one the report goes to
    assert [(f.line, f.column) for f in findings] == [(13, 13)]


def test_a_destination_after_an_adverb_is_no_one_the_report_went_to() -> None:
    text = HEAD + "Ratusan pengungsi dilaporkan kembali ke rumah masing-masing.\n"
    assert len(lint(text, "atribusi.pasif-tanpa-sumber")) == 1


def test_an_adverb_before_ke_and_an_authority_names_who_was_reported_to() -> None:
    text = HEAD + "Pungutan liar itu akhirnya dilaporkan secara resmi ke Polrestabes Semarang.\n"
    assert lint(text, "atribusi.pasif-tanpa-sumber") == []


def test_ke_and_an_authority_after_an_adverb_but_not_a_place() -> None:
    text = HEAD + "Kasus itu dilaporkan secara resmi ke pihak kepolisian pada Senin malam.\n"
    assert lint(text, "atribusi.pasif-tanpa-sumber") == []
    text = HEAD + "Ratusan warga dilaporkan kembali ke pusat kota pada Selasa.\n"
    assert len(lint(text, "atribusi.pasif-tanpa-sumber")) == 1


def test_a_sentence_opening_with_a_share_that_names_no_source() -> None:
    rule = "atribusi.persen-tanpa-sumber"
    text = HEAD + "Warga mengeluhkan air keruh. Hampir 70 persen sumur di desa itu tercemar.\n"
    assert [f.message.split('"')[1] for f in lint(text, rule)] == ["Hampir 70 persen"]
    # an estimate opening the sentence says someone estimated it, and names no one
    text = HEAD + "Diperkirakan hingga 60 persen karang di zona itu memutih.\n"
    assert [f.message.split('"')[1] for f in lint(text, rule)] == ["Diperkirakan hingga 60 persen"]
    unflagged = [
        # the paragraph names where the share comes from
        "Data dinas menunjukkan air keruh. Hampir 70 persen sumur di desa itu tercemar.\n",
        "Hampir 70 persen sumur di desa itu tercemar, kata Kepala Desa Ahmad.\n",
        # a quotation in the paragraph: its speaker gives the figure
        "Hampir 70 persen sumur tercemar. “Kami sudah mengeceknya,” ujar Ahmad.\n",
        # a count at an event, and a share inside a sentence, are the reporter's
        "Sekitar 2.000 warga hadir di lapangan desa sejak pagi.\n",
        "Warga mengeluhkan air keruh di hampir 70 persen sumur.\n",
        # the sentence gives its own count; the paragraph before names the source
        "Hampir 70 persen sumur, atau 14 dari 20 sumur yang kami datangi, tercemar.\n",
        "Dinas kesehatan mencatat 20 sumur di desa itu.\n\nHampir 70 persen sumur itu tercemar.\n",
        # a share of what the paragraph has just counted
        "Relawan mendatangi 120 sumur. Sekitar 40 persen di antaranya keruh.\n",
        "Harga paket bibit Rp3 juta per petani. Sebanyak 60 persen dari harga paket itu disubsidi.\n",
    ]
    for body in unflagged:
        assert lint(HEAD + body, rule) == [], body
    # ... not across a subheading
    text = HEAD + "Dinas kesehatan mencatat 20 sumur.\n\n1. Air sumur\n\nHampir 70 persen sumur tercemar.\n"
    assert len(lint(text, rule)) == 1
    # a share "of that" with no count before it in the paragraph is a figure of its own
    text = HEAD + "Harga paket bibit naik. Sebanyak 60 persen dari harga paket itu disubsidi.\n"
    assert len(lint(text, rule)) == 1
    # a draft that reports a study in its lead gives the study's shares
    study = "Judul\n\nDek\n\nBogor, IDN Times - Ini hasil survei, yang digelar kampus.\n\nWarga antusias.\n\n"
    assert lint(study + "Hampir 70 persen warga minum air sumur.\n", rule) == []


def test_an_estimate_of_money_that_names_no_one_who_made_it() -> None:
    rule = "atribusi.taksiran-tanpa-sumber"
    text = HEAD + "Air masuk ke ratusan kios. Kerugian pedagang ditaksir mencapai Rp2 miliar.\n"
    assert [f.message.split('"')[1] for f in lint(text, rule)] == ["ditaksir mencapai Rp2 miliar"]
    # a modal between the verb and its link is still the estimate
    text = HEAD + "Kerugian petani diperkirakan bisa mencapai Rp5 miliar bila hujan berlanjut.\n"
    assert len(lint(text, rule)) == 1
    # a yield (hasil panen) is no source; an audit is
    text = HEAD + "Hasil panen jagung merosot. Kerugian petani disebut mencapai Rp4 miliar.\n"
    assert len(lint(text, rule)) == 1
    unflagged = [
        "Hasil audit menunjukkan selisih. Kerugian kas desa ditaksir mencapai Rp400 juta.\n",
        # the estimate's maker, after the verb, in the paragraph, or in the paragraph before
        "Kerugian pedagang ditaksir polisi mencapai Rp2 miliar.\n",
        "Kerugian pedagang ditaksir mencapai Rp2 miliar, kata Kepala Pasar Budi.\n",
        "Pengelola pasar mendata kios yang rusak.\n\nKerugian pedagang ditaksir mencapai Rp2 miliar.\n",
        # ... or after the figure, in its sentence
        "Harga ayam itu ditaksir mencapai Rp12 juta oleh dua juri.\n",
        "Uang pungutan itu disebut mencapai Rp350 juta dalam amar putusan.\n",
        # sizes and counts are often the reporter's own sight
        "Luas lahan yang terbakar diperkirakan mencapai 150 hektare.\n",
        # a verb of estimating with no figure after it
        "Kerugian pedagang belum bisa ditaksir.\n",
    ]
    for body in unflagged:
        assert lint(HEAD + body, rule) == [], body


def test_an_estimate_rule_takes_openers_or_estimates_not_both() -> None:
    from newslint.checks.attribution import UnsourcedFigure

    with pytest.raises(ValueError, match="two rules"):
        UnsourcedFigure(["kata"], openers=["sekitar"], estimates=["ditaksir"], estimate_links=["mencapai"])
    with pytest.raises(ValueError, match="go together"):
        UnsourcedFigure(["kata"], estimates=["ditaksir"])


def test_a_record_or_an_unnamed_many_before_a_quote_says_none_of_it() -> None:
    rule = "atribusi.kutipan-tanpa-sumber"
    quote = "\u201cTahun ini penontonnya paling banyak, sampai ada yang menonton dari pagar.\u201d\n"
    flagged = [
        "Panitia mencatat sekitar 4.500 tiket terjual.\n\n",
        "Menurut catatan pengelola, rombongan sekolah datang tiap pekan.\n\n",
        "Mereka bergantian menyampaikan keluhan di ruang rapat.\n\n",
    ]
    for before in flagged:
        assert len(lint(HEAD + before + quote, rule)) == 1, before
    # a person who keeps the record, and a speaker, say it
    for before in [
        "Ketua panitia, Budi Santoso, mencatat 4.500 tiket terjual.\n\n",
        "Ketua panitia, Budi Santoso, mengatakan tiket habis.\n\n",
    ]:
        assert lint(HEAD + before + quote, rule) == [], before
    # "Meski begitu" after the quote goes on to something else; "Hal itu" points back at it
    after = "\n\nMeski begitu, Budi mengakui pagar stadion perlu diperbaiki.\n"
    assert len(lint(HEAD + quote + after, rule)) == 1
    assert lint(HEAD + quote + "\n\nHal itu disampaikan Budi di stadion.\n", rule) == []
    # "Menurut" and a role introduces a source afresh; "Menurut" and a name goes on
    after = "\n\nMenurut pengamat sepak bola, Andi Wijaya, stadion itu perlu diperluas.\n"
    assert len(lint(HEAD + quote + after, rule)) == 1
    assert lint(HEAD + quote + "\n\nMenurut Budi, stadion itu perlu diperluas.\n", rule) == []
