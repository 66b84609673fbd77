"""The spelling check (ejaan.salah-ketik): typos, names, context and house vocabulary."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint import engine, plugins
from newslint.checks.spelling import (
    Spelling,
    _clear_slip,
    _may_be_slip,
    _one_letter_more,
    moved_letter,
    typed_twice,
)
from newslint.config import Config, Vocabulary
from newslint.document import Block, BlockKind, Document
from newslint.inputs import Draft
from newslint.lexicon import lexicon

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "tests" / "fixtures" / "seed" / "menlu-china-rusia.txt"
RULE_ID = "ejaan.salah-ketik"


def rule_for(vocabulary: Vocabulary | None = None) -> list:  # type: ignore[type-arg]
    rules = engine.rule_set(Config(), (RULE_ID,))
    if vocabulary is None:
        return rules
    return [_with_check(rules[0], Spelling(vocabulary=vocabulary))]


def _with_check(rule, check):  # type: ignore[no-untyped-def]
    from dataclasses import replace

    return replace(rule, factory=lambda: (check, {}))


def paragraph(text: str) -> Document:
    doc = plugins.parse("uji.txt", text)
    return Document(doc.path, doc.source, doc.prose, (Block(BlockKind.PARAGRAPH, 0, len(text)),))


def flagged(text: str, vocabulary: Vocabulary | None = None) -> list[tuple[str, str]]:
    """(word, first suggestion or "") of each spelling finding in a one-paragraph text."""
    findings = engine.lint(paragraph(text), rule_for(vocabulary))
    return [(text[f.start : f.end], f.suggestions[0] if f.suggestions else "") for f in findings]


def test_seed_draft_finds_its_four_typos_and_nothing_else() -> None:
    text = SEED.read_text(encoding="utf-8")
    doc = plugins.parse(str(SEED), text)
    findings = engine.lint(doc, rule_for())
    got = [(f.line, text[f.start : f.end], f.suggestions[0]) for f in findings]
    assert got == [
        (15, "setalah", "setelah"),
        (21, "Kemterian", "Kementerian"),
        (35, "Ukriana", "Ukraina"),
        (39, "kemontar", "komentar"),
    ]
    assert all(1 <= len(f.suggestions) <= 5 for f in findings)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rapat itu dihadiri bebrapa menteri.", [("bebrapa", "beberapa")]),
        ("Harga cabai naik tajam sejak pekan lalu, kata pedagang di psar induk.", [("psar", "pasar")]),
        ("Dia menyebut mereak tidak hadir.", [("mereak", "mereka")]),  # not meN- + reak
        ("Sementra itu, warga mulai mengungsi.", [("Sementra", "Sementara")]),  # sentence-initial
        # two letters the other way round in a regular form no frequency list has, which the
        # ranking of words in use does not offer
        ("Para pengunggha video itu dipanggil polisi.", [("pengunggha", "pengunggah")]),
        ("Peracki itu meramu jamu sejak muda.", [("Peracki", "Peracik")]),
    ],
)
def test_typos(text: str, expected: list[tuple[str, str]]) -> None:
    assert flagged(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # affixes, clitics, reduplication, bound forms
        "Upayanya diperbaiki lagi, dan anak-anak berlari-larian di antarwarga pascabanjir.",
        "Pemerintah mempertahankan warga untuk membersihkan rumah-rumah yang terendam.",
        # names and abbreviations inside a sentence are not typos by default
        "Menurut Korolev dan Lavrov, pertemuan di Pyongyang membahas peran PBB dan NATO.",
        # a sentence-initial name followed by another capitalized word
        "Tan Sri Muhyiddin hadir di Putrajaya kemarin.",
        # English terms common in Indonesian copy, bare or with -nya
        "Konsep renewable energy dan deadlinenya dibahas dalam forum itu.",
        # old spelling kept by names
        "Gedung yang dibangun pada era Soekarno itu kini menjadi museum.",
        # "ch" of an old spelling became "h" in some names: not a slip of the modern spelling
        "Rachmawati memastikan seragam bisa ditukar.",
        # an unknown word with nothing near it, after a foreign capitalized word: a species name
        "Demam berdarah ditularkan nyamuk Aedes aegypti betina.",
        # a place's name with -an names its speech or its ways
        "Ia menyanyikan lagu berbahasa Cirebonan dan menjual lumpia Semarangan.",
        # a species' name in brackets after its common name, however close to a word (serta)
        "Nelayan menangkap kepiting bakau (Scylla serrata) di muara.",
        # the ter- stative of a verb in use, however close to a commoner word (terasa)
        "Kemampuan menulisnya terasah sejak SMA.",
        # a name at a sentence's start that a swap would make a suffixed word of
        "Samina tinggal di Bogor bersama anaknya.",
        # acronym-words of police offices and headquarters
        "Tersangka dibawa ke Mapolrestabes Bandung, kata Kapolrestabes Bandung.",
    ],
)
def test_near_misses_are_quiet(text: str) -> None:
    assert flagged(text) == []


def test_a_word_with_nothing_near_it_after_a_known_name_is_still_flagged() -> None:
    # only after a capitalized word that is nothing known may it be a foreign term's second word
    assert [w for w, _ in flagged("Warga Jakarta mngtkn keberatan.")] == ["mngtkn"]


def test_a_verb_whose_prefix_is_written_apart_is_the_affix_rules() -> None:
    # "di tambatkan" is ditambatkan split (eyd.di-ke-terpisah), not a slip of tambahkan; alone,
    # the rare reading next to the common word still is
    assert flagged("Perahu nelayan di tambatkan di dermaga.") == []
    assert flagged("Nelayan diminta tambatkan perahu di dermaga.") == [("tambatkan", "tambahkan")]
    # only a listed form: the analyser reads "dimobi" and "kesekola" too, but they are slips
    assert flagged("Anak itu pergi ke sekola naik mobi.") == [("sekola", "sekolah"), ("mobi", "mobil")]
    assert flagged("Barang tertinggal di mobi kemarin.") == [("mobi", "mobil")]


def test_a_place_named_after_its_generic_and_written_alike_is_its_name() -> None:
    # close to a derived noun (penawaran), but a district the draft names twice, once as such
    text = "Longsor melanda Kecamatan Pejawaran. Jalan ke Pejawaran tertutup."
    assert flagged(text) == []
    # a body's name is not vouched so: "Dinas Perhubngan" twice is still Perhubungan
    text = "Pegawai Dinas Perhubngan datang. Kepala Dinas Perhubngan hadir."
    assert [w for w, _ in flagged(text)] == ["Perhubngan", "Perhubngan"]
    # nor by the analyser reading affixes stacked on a rare stem (per- + ke- + buan)
    text = "Ia pegawai Dinas Pertanian dan Perkebuan Kabupaten Aceh Tengah."
    assert flagged(text) == [("Perkebuan", "Perkebunan")]


def test_a_term_used_throughout_the_draft_is_meant() -> None:
    text = "Relawan membagikan combro hangat. Satu combro dijual seribu rupiah."
    assert flagged(text) == []
    assert flagged("Relawan membagikan combro hangat.") == [("combro", "combo")]


def test_a_name_written_small_is_the_capital_rules() -> None:
    # a district of a region the draft names (Kertek, Wonosobo), not a slip of kretek
    text = "Pedagang Pasar Induk Wonosobo datang dari kertek dan Garung."
    assert flagged(text) == []
    assert flagged("Pedagang datang dari kertek dan Garung.") == [("kertek", "kretek")]
    # a speaker's name written small once, not a slip of alga
    text = 'Salah satu murid, alya Putri (10), ikut menari. "Seru," ujar Alya.'
    assert flagged(text) == []


def test_a_rarer_name_near_a_frequent_one_in_the_draft_is_a_slip() -> None:
    text = (
        "Kepala desa Suharyanto memimpin rapat. Suharyanto meminta warga tenang. "
        "Menurut Suharyato, air mulai surut."
    )
    assert flagged(text) == [("Suharyato", "Suharyanto")]


def test_near_miss_of_a_known_place() -> None:
    assert flagged("Bantuan dikirim dari Indonseia bagian timur.") == [("Indonseia", "Indonesia")]
    assert flagged("Bantuan dikirim ke Sulawsi Tengah.") == [("Sulawsi", "Sulawesi")]
    # "Kalimatan" reads as kalimat + -an, but no one writes it: capitalized, it is Kalimantan
    assert flagged("Bantuan dikirim ke Kalimatan Timur.") == [("Kalimatan", "Kalimantan")]
    # lower case it is the analyser's word, as before
    assert flagged("Kuliner itu kalimatan yang aneh.") == []


def test_a_capitalized_form_is_no_slip_of_another_form_two_letters_apart() -> None:
    # ter- + utang and ter- + tuang are both words; in a document's title-cased name the first
    # is no slip of the second, which the frequency list holds as it holds names
    assert flagged("Wajib pajak menerima Surat Tagihan Pajak Terutang dari kantor pajak.") == []


def test_headline_words_are_checked_like_sentence_starts() -> None:
    text = "Banjir Rendam Rumah Warga Selama Tiga Hari Berturut-turut\n\nWarga mengungsi ke balai desa.\n"
    doc = plugins.parse("uji.txt", text.replace("Selama", "Selamaa"))
    found = [doc.source[f.start : f.end] for f in engine.lint(doc, rule_for())]
    assert found == ["Selamaa"]


def test_a_title_word_after_a_places_generic_names_the_place() -> None:
    head = "Wisata Alam di Manggarai\n\nDek\n\nLabuan Bajo, IDN Times - Airnya jernih di Gunung Agung.\n\n"
    doc = plugins.parse("uji.txt", head + "1. Air Terjun Cunca Wulang\n\nAirnya deras.\n")
    assert engine.lint(doc, rule_for()) == []
    # ... still a slip of a name the draft writes with two letters the other way round
    doc = plugins.parse("uji.txt", head + "2. Pantai Kuta dan Gunung Agnug\n\nAirnya deras.\n")
    found = [(doc.source[f.start : f.end], f.suggestions[0]) for f in engine.lint(doc, rule_for())]
    assert found == [("Agnug", "Agung")]


def test_a_district_that_slips_a_notable_name_the_draft_writes_more_is_a_slip() -> None:
    # Makasar is a district of Jakarta, and Makassar with a letter dropped
    text = "Siswa SMA di Makassar meraih emas. Guru di Makassar bangga. Siswa dari Makasar hebat."
    assert flagged(text) == [("Makasar", "Makassar")]
    assert flagged("Warga Kecamatan Makasar di Jakarta Timur menggelar kerja bakti.") == []
    # judged anew in each draft of a run, whatever came before
    rules = rule_for()
    first = "Makasar ada di Jakarta Timur. Warga Makasar kerja bakti."
    for each, expected in ((first, []), (text, ["Makasar"])):
        assert [each[f.start : f.end] for f in engine.lint(paragraph(each), rules)] == expected
    # a draft that names it as a district means the district
    text = "Coto makassar dijual di Makassar dan di Kecamatan Makasar. Warga Makasar suka coto makassar."
    assert flagged(text) == []
    # a district the frequency list does not know, alike: Sidoharjo (Sragen, Wonogiri) and Sidoarjo
    assert flagged("Banjir surut di Sidoarjo. Di Sidoarjo warga lega. Warga Sidoharjo juga.") == [
        ("Sidoharjo", "Sidoarjo")
    ]
    assert flagged("Kekeringan melanda Desa Sidoharjo. Warga membeli air tangki.") == []
    assert flagged("Warga Padukuhan Sidoharjo antre air bersih sejak subuh.") == []
    # ... but a district the frequency list lacks, with nothing to show it is one, is a slip
    assert flagged("Ia terbang ke Sidoharjo pekan lalu.") == [("Sidoharjo", "Sidoarjo")]


def test_house_vocabulary_accepts_and_rejects() -> None:
    text = "Redaksi memakai kata combro dan kata kemontar."
    assert [w for w, _ in flagged(text)] == ["combro", "kemontar"]
    vocabulary = Vocabulary(accept=frozenset({"combro"}), reject=frozenset({"memakai"}))
    assert [w for w, _ in flagged(text, vocabulary)] == ["memakai", "kemontar"]
    # a rejected word is no unknown one: the message says whose rule it breaks
    findings = engine.lint(paragraph(text), rule_for(vocabulary))
    assert findings[0].message == 'Kata "memakai" ditolak kamus redaksi; ganti dengan kata lain'
    assert findings[0].suggestions == ()


def test_given_names_before_a_patronym_are_a_persons() -> None:
    # a sentence's first word, one key from a word (darah), opens a name "binti" goes on with
    assert flagged("Festival itu ramai. Farah Nabila binti Ismail datang dari Johor.") == []
    # a common word one key off still opens a sentence as a slip where no patronym follows
    assert flagged("Festival itu ramai. Farah segar dari donor mengalir.") == [("Farah", "Darah")]


def test_unknown_word_without_suggestion_gets_its_own_message() -> None:
    rules = rule_for()
    findings = engine.lint(paragraph("Kata ini xqzvwprt sama sekali asing."), rules)
    assert [f.message for f in findings] == ['Kata "xqzvwprt" tidak dikenal; periksa ejaannya']


def test_abbreviations_are_typos_only_against_one_the_draft_uses_more() -> None:
    text = "BMKG memperingatkan hujan lebat. Menurut BMKG, angin kencang. Data BKMG menunjukkan hal sama."
    assert flagged(text) == [("BKMG", "BMKG")]
    # alone, or with the first two letters swapped, capitals are someone's real abbreviation
    assert flagged("Data BKMG menunjukkan hal sama.") == []
    assert flagged("DPRD membahas PDRD. DPRD setuju.") == []


def test_a_letter_dropped_from_or_added_to_a_long_place_name() -> None:
    assert flagged("Bantuan dikirim ke Kalimntan Barat.") == [("Kalimntan", "Kalimantan")]
    assert flagged("Bantuan dikirim ke Kalimantaen Barat.") == [("Kalimantaen", "Kalimantan")]


def test_two_letters_swapped_in_a_long_name_the_frequency_list_knows() -> None:
    # neither town is a notable name; the frequency list knows both well
    assert flagged("Kemacetan mengular dari Cibinnog ke Cileungsi.") == [("Cibinnog", "Cibinong")]
    # short names are too dense for it, and a name seen only rarely gives no verdict
    assert flagged("Ia tinggal di Cibuur sejak kecil.") == []
    # a letter dropped from a name of nine letters the list knows
    assert flagged("Kemacetan mengular dari Cibinong ke Cilengsi.") == [("Cilengsi", "Cileungsi")]
    # ... but not the last consonant of a foreign name's closing cluster: its Indonesian spelling
    assert flagged("Kepala cabang, Ferdinan Situmorang, menjelaskan.") == []


@pytest.mark.parametrize(
    ("longer", "word", "expected"),
    [
        ("sulawesi", "sulawsi", True),
        ("sulawesi", "ulawesi", False),  # the first letter is never the one added
        ("kalimantan", "kalimantn", True),
        ("jakarrta", "jakarta", True),  # a doubled letter: any of the run
        ("sulawesix", "sulawesa", False),
        ("sulawe-si", "sulawesi", False),  # only letters a-z are slips of the keyboard
    ],
)
def test_one_letter_more(longer: str, word: str, expected: bool) -> None:
    assert _one_letter_more(longer, word) is expected


def test_one_check_over_many_drafts_judges_each_as_if_alone() -> None:
    # the check remembers words that pass anywhere; a word that passes only in one draft (a term
    # used throughout, a name mid-sentence) is still judged afresh in the next
    drafts = [
        "Relawan membagikan kemontar hangat. Satu kemontar dijual seribu rupiah.",
        "Relawan membagikan kemontar hangat.",
        "Kabar itu datang dari Sementra kemarin.",
        "Sementra itu, warga mulai mengungsi.",
        "Kepala desa Suharyanto memimpin rapat. Suharyanto meminta warga tenang. Kata Suharyato, air surut.",
        "Menurut Suharyato, air mulai surut.",
        SEED.read_text(encoding="utf-8"),
    ]
    alone = [flagged(text) for text in drafts]
    for order in (list(range(len(drafts))), list(reversed(range(len(drafts))))):
        shared = [_with_check(rule_for()[0], Spelling())]
        for i in order:
            findings = engine.lint(paragraph(drafts[i]), shared)
            got = [(drafts[i][f.start : f.end], f.suggestions[0] if f.suggestions else "") for f in findings]
            assert got == alone[i], drafts[i]


@pytest.mark.parametrize(
    ("word", "target"),
    [
        ("pemerintha", "pemerintah"),  # a swap
        ("sebelumm", "sebelum"),  # a doubled letter
        ("sebbelumm", "sebelum"),  # two light edits, 1.0 together
    ],
)
def test_the_cheap_slip_test_never_rules_out_a_clear_slip(word: str, target: str) -> None:
    lex = lexicon()
    assert _clear_slip(word, target, lex)
    assert _may_be_slip(word, lex, 0.0)


def test_the_cheap_slip_test_rules_out_names() -> None:
    assert not _may_be_slip("sulistyo", lexicon(), 0.0)  # eight letters: a common target is needed


def test_two_slips_count_only_towards_a_common_word() -> None:
    # "nobait" is two slips from "nabati" (zipf 3.6): more likely a term we do not know
    assert flagged("Warga menyebut nobait sejak lama.") == []
    # "kemontar" is two slips from "komentar" (zipf 4.7): a typo
    assert flagged("Warga menulis kemontar di media sosial.") == [("kemontar", "komentar")]


def test_lowercase_parts_of_a_hyphenated_name_belong_to_it() -> None:
    assert flagged("Pelatih Shin Tae-yong memuji Lee Seung-hyuk.") == []
    # after an Indonesian word the parts are still words: a slip in one is found
    assert flagged("Ia menemui Pemerintah-pemerintha daerah.") == [("pemerintha", "pemerintah")]


def test_a_quote_in_a_regional_language_is_kept_as_spoken() -> None:
    text = '"Mun Persib meunang mah, teu karasa capena," ujarnya dalam bahasa Sunda.'
    assert flagged(text) == []
    # with the language named, short words and -na count too, however close to Indonesian ones
    text = '"Imahna teu kaur dibersihan, cai na geus naek deui," kata Euis, dalam bahasa Sunda.'
    assert flagged(text) == []
    # two unknown words need the text to say it is another language; one is a slip
    assert ("meunang", "menang") in flagged('"Mun Persib meunang, kami senang," ujarnya.')
    assert flagged('"Kami tiba setalah magrib," ujarnya.') == [("setalah", "setelah")]
    # plain slips of common words, colloquial words and "berarti" are no sign of another language
    text = '"Kami menunggu tangapan atas permohnan dan kejelsan itu," ujarnya.'
    assert [w for w, _ in flagged(text)] == ["tangapan", "permohnan", "kejelsan"]
    assert [w for w, _ in flagged('"Udah gak ada tanggan yang bantu," ujarnya.')] == ["tanggan"]
    # an unclosed quote runs to its paragraph's end: it is not judged as one piece of speech
    tail = " Warga gak tau, udah gitu gimana lagi." * 12
    assert ("setalah", "setelah") in flagged('"Kami tiba setalah magrib, kata Budi.' + tail)


def test_a_verb_spoken_without_its_me_is_no_slip() -> None:
    # nyari (mencari), mikir (memikir), nungguin (menunggui): speech, however close to nyaris
    assert flagged('"Saya nyari ikan sambil mikir, lalu nungguin dia," kata Budi.') == []
    assert flagged('"Nyari ikan itu susah," kata Budi.') == []
    # in a quote only, and never a word that has its me- (meras is merasa)
    assert [w for w, _ in flagged("Ia sering mikir soal matri pelajaran.")] == ["mikir", "matri"]
    assert [w for w, _ in flagged('"Saya meras senang," kata Budi.')] == ["meras"]
    # a slip of a standard verb is still one
    assert flagged("Ia menyampaiakn pendapat.") == [("menyampaiakn", "menyampaikan")]


def test_a_base_written_twice_alike_is_meant() -> None:
    # a Balinese rite: its base is unknown, but a slip is not made the same way twice
    assert flagged("Warga Sesetan menggelar tradisi omed-omedan.") == []
    assert flagged("Anak-anka bermain di halaman.") == [("anka", "anak")]
    # a plain slip of a common word copied into both parts is still one, when the word's own
    # reduplication is listed (obat-obatan); Javanese omah-omahan is no olah-olahan
    assert flagged("Ia membeli obt-obtan di warung.") != []
    assert flagged("Anak-anak bermain omah-omahan di halaman.") == []


def test_a_term_the_text_introduces_is_the_writers_spelling() -> None:
    assert flagged("Bumbu trasik itu pedas.") == [("trasik", "tasik")]
    assert flagged("Bumbu itu dikenal sebagai trasik di desa tersebut.") == []
    assert flagged("Warga membuat bumbu yang disebut 'sambal trasik' sejak lama.") == []
    # only the word introduced: a slip further on is still one
    assert flagged("Ia dikenal sebagai salah satu pemaen terbaik.") == [("pemaen", "pemain")]


def test_a_slip_in_a_form_with_nya_the_frequency_list_lacks() -> None:
    # "kelezatannya" is in no frequency list: it ranks by its parts (kelezatan + -nya)
    assert flagged("Warga menikmati kelezatanya sejak dulu.") == [("kelezatanya", "kelezatannya")]
    assert flagged("Warga bangga pada keunikanya sejak dulu.") == [("keunikanya", "keunikannya")]


def test_a_slip_in_a_bare_kan_verb_the_lists_lack() -> None:
    # "sosialisasikan" after a pronoun is in no list: the stem's -kan form is offered and reported
    assert flagged("Aturan baru itu akan kami sosialiasikan pekan depan.") == [
        ("sosialiasikan", "sosialisasikan")
    ]
    assert flagged("Razia akan kami intesifkan menjelang libur.") == [("intesifkan", "intensifkan")]


def test_a_form_read_as_a_slip_is_meant_when_it_keeps_coming_back() -> None:
    once = "Nelayan melarung sesaji ke laut."
    assert flagged(once) == [("melarung", "melarang")]
    # a word the analyser reads (me- + larung), written twice, is meant (a subtitle and the body)
    twice = "Nelayan melarung sesaji. Mereka melarung kepala kerbau."
    assert flagged(twice) == []
    # a clear slip written twice (the headline and the lead) is still a slip
    assert flagged("Warga mendesak pemeritah daerah. Jalan dibangun pemeritah pusat.") == [
        ("pemeritah", "pemerintah"),
        ("pemeritah", "pemerintah"),
    ]


def test_a_slip_of_one_of_the_commonest_words_is_a_slip_however_often_it_is_made() -> None:
    # habit repeats a slip, and no term is coined one letter from "setelah" or "masyarakat"
    text = "Ia pulang setalah rapat. Setelah itu, ia makan setalah mandi."
    assert flagged(text) == [("setalah", "setelah"), ("setalah", "setelah")]
    text = "Warga masyarkat desa hadir. Tokoh masyarkat memberi sambutan."
    assert flagged(text) == [("masyarkat", "masyarakat"), ("masyarkat", "masyarakat")]
    # a slip of a less common word, written twice, is still taken as the draft's term
    assert flagged("Ia menulis kemontar. Kemudian kemontar lagi.") == []


def test_a_notable_name_with_two_letters_swapped_is_a_slip_however_often_it_is_written() -> None:
    text = "Warga Ukriana menunggu kabar. Setelah itu, pengungsi Ukriana pulang ke rumah."
    assert flagged(text) == [("Ukriana", "Ukraina"), ("Ukriana", "Ukraina")]
    # a person's name is no slip of the country it is a swap of (Irna, Iran)
    assert flagged("Kepala sekolah itu, Irna, hadir. Irna berkata murid senang.") == []


def test_a_slip_in_the_first_word_of_an_institutions_name_is_the_names() -> None:
    # the words after it pin the name down, however near a commoner word it is (kengerian)
    assert flagged("Juru bicara Kemterian Luar Negeri menjawab pertanyaan wartawan.") == [
        ("Kemterian", "Kementerian")
    ]
    assert flagged("Data itu dirilis Kemntrian Kesehatan pekan lalu.") == [("Kemntrian", "Kementerian")]
    # a name of the kind that is no slip stays: a known word, or one too far from the name's
    assert flagged("Ia kuliah di Kairo Kesehatan lalu pulang.") == []
    assert flagged("Tim Kementerian Kesehatan tiba.") == []


def test_a_neighbouring_key_or_a_dropped_letter_in_a_country_or_province_outside_a_name() -> None:
    # a long country's or province's name is sparse: one key off, or a letter short, it is slipped
    text = "Hujan turun di Kalimantsn sejak pagi, dan warga Malaysis mengungsi ke Singapra."
    assert flagged(text) == [
        ("Kalimantsn", "Kalimantan"),
        ("Malaysis", "Malaysia"),
        ("Singapra", "Singapura"),
    ]
    # inside a person's name such a likeness proves nothing
    assert flagged("Rapat dipimpin Kalimantsn Putra pagi itu.") == []
    assert flagged("Pelatih Budi Malaysis tiba kemarin.") == []


def test_two_unknown_words_side_by_side_are_a_phrase_not_two_slips() -> None:
    assert flagged("Warga membuat sambal tempo lado sejak pagi.") == [("lado", "kado")]
    assert flagged("Warga membuat sambal lado mudo sejak pagi.") == []


def test_a_long_word_a_vowel_off_before_a_noun_of_kind_is_a_slip() -> None:
    # a derived word or a loan names no variety, wherever the kind noun stands
    assert flagged("Pabrik itu melakukan pengolahen ikan segar.") == [("pengolahen", "pengolahan")]
    assert flagged("Koperasi mengurus pemasaren kopi petani.") == [("pemasaren", "pemasaran")]


def test_the_draft_s_own_word_with_the_dropped_letter_is_meant() -> None:
    # the lexicon offers nothing for it (antar + kampung is analysed, not listed) ...
    text = "Jalan antarkampung itu rusak. Perbaikan jalan antarkmpung belum dimulai."
    assert flagged(text) == [("antarkmpung", "antarkampung")]
    # ... or a common word as near (taman)
    text = "Truk itu keluar dari tambang batu bara. Jalan menuju tamang itu licin."
    assert flagged(text) == [("tamang", "tambang")]
    # a word of the draft a letter changed away is no better than the lexicon's choice
    assert flagged("Anggota dewan datang menjenguk. Anaknya sedang deman tinggi.") == [("deman", "demam")]


def test_a_long_word_missing_a_letter_of_a_listed_word() -> None:
    # commoner words two slips away left it unreported: the listed word one letter longer
    text = "Kapal itu menyebeangkan warga ke pulau seberang."
    assert flagged(text) == [("menyebeangkan", "menyeberangkan")]
    # the stem's p kept after peN- is another spelling of the same form (KBBI writes
    # pemrogram), no dropped letter
    assert flagged("Ia bekerja sebagai pemrogram di sebuah bank.") == []


def test_a_regional_variety_beside_a_noun_of_its_kind() -> None:
    # one vowel off a word, beside kue/kuah/jeruk: the region's name for a variety
    assert flagged("Pedagang menjual kue lupis dan kuah cuko.") == []
    # the same word alone is still a slip, and other slips beside the noun still count
    assert flagged("Warga menyebut cuko itu enak.") == [("cuko", "ceko")]
    assert flagged("Pempek berbahan dasar adonaan ikan tenggiri.") == [("adonaan", "adonan")]
    # right after the kind, an unknown word of any shape names the variety, a consonant off
    # a common word too (wuluh, not puluh; lado, not kado)
    assert flagged("Rasanya asam dari belimbing wuluh. Ia juga membuat sambal lado.") == []
    # a slip of what usually follows the kind is a slip of that, suggested first
    found = flagged("Ia membeli ikan tongkok dan kerupuk udamg.")
    assert found == [("tongkok", "tongkol"), ("udamg", "udang")]
    # an animal named for its region is no kind that vouches for a slip after it
    assert [w for w, _ in flagged("Relawan menemukan penyu sesik di pantai.")] == ["sesik"]


def test_words_news_copy_writes_for_what_they_name() -> None:
    # the lexicon's own list: a Koran teacher, the Bugis dress, sea fish of fisheries copy
    text = "Insentif guru ngaji naik. Pengantin memakai baju bodo. Nelayan menjual ikan kurisi dan baronang."
    assert flagged(text) == []
    assert flagged("Rektor menyapa sivitas akademika kampus.") == []
    # a regional instrument: the Dayak lute is no slip of "sapi"
    assert flagged("Musisi memetik sape di panggung.") == []
    # transport and social-insurance words, and slips of them
    assert flagged("Aplikator menaikkan tarif. Kepesertaan warga aktif.") == []
    assert flagged("Petani menanam padi pada musim gadu. Pemain padel amatir cedera lutut.") == []
    assert flagged("Pihak apliaktor menolak usulan itu.") == [("apliaktor", "aplikator")]
    # a slip of one of them is still a slip
    assert flagged("Nelayan menjual ikan baronamg.") == [("baronamg", "baronang")]


def test_plain_slips_stay_slips_where_terms_are_spared() -> None:
    # after "disebut" / "dikenal sebagai" a plain slip of a common word is still one
    assert flagged("Pelaku disebut melarkan diri.") == [("melarkan", "melarikan")]
    # two slips side by side that the fingers explain are two slips, not a phrase
    assert flagged("Korban meningal dnuia kemarin.") == [("meningal", "meninggal"), ("dnuia", "dunia")]
    # beside a noun of kind, a slip of a common word is still a slip
    assert flagged("Harga ayam potung naik.") == [("potung", "potong")]


def test_the_cheap_slip_test_lets_long_words_through() -> None:
    # for a word of nine letters or more any listed target would do
    assert _may_be_slip("purnajbaatan", lexicon(), 0.0)


def test_a_long_capitalized_non_word_one_slip_from_a_common_word() -> None:
    # institutions' names are made of common words: a slip in one is a slip
    assert flagged("Tim Kementerian Pendiidkan datang.") == [("Pendiidkan", "Pendidikan")]
    # a foreign surname is no common word's slip, nor is a region's own name a vowel off one
    assert flagged("Ia bertemu Pendergast di Jakarta.") == []
    assert flagged("Warga datang ke kantor Kalurahan Sinduadi.") == []



def test_the_passive_of_a_listed_verb_is_no_slip_of_a_commoner_word() -> None:
    # dikibarkan reads close to dikabarkan, but mengibarkan is in use, read on kibar alone
    assert flagged("Bendera merah putih dikibarkan di halaman sekolah.") == []
    # ditumis reads close to ditulis; the dictionary lists menumis, and tumis is in use
    assert flagged("Kangkung itu ditumis dengan bawang putih.") == []
    # a non-word next to a common word is still a slip, and so is a slip whose active form the
    # dictionary merely generates (dilakkan: melakkan) or reads on another stem (diirim: mengirim)
    assert flagged("Kabar itu dikabarkna media.") == [("dikabarkna", "dikabarkan")]
    # peN-...-an nouns are not read so: common nouns' slips land on too many of them
    assert [w for w, _ in flagged("Angka pengangguan naik pada tahun pelamaran baru.")] == [
        "pengangguan",
        "pelamaran",
    ]
    assert [w for w, _ in flagged("Rapat dilakkan pagi dan surat diirim sore.")] == ["dilakkan", "diirim"]


def test_an_unknown_word_with_nothing_near_it_is_a_term_unless_no_indonesian_word_looks_so() -> None:
    # shaped like Indonesian, with no word near it: a regional or technical term we lack
    assert flagged("Penari bergerak diiringi musik gondang sabangunan.") == []
    # a consonant doubled at the end is no Indonesian shape: reported, with nothing to suggest
    assert flagged("Mereka bekerja sebagai yapasangann di desa.") == [("yapasangann", "")]


def test_a_person_in_a_persons_place_is_no_slip_of_a_common_word() -> None:
    # one slip from "sarjana", but set off by commas after an office, or before an age, a
    # capitalized word is the holder's name
    assert flagged("Sekretaris Dinas Koperasi Lombok, Wayan Suarjana, membuka acara itu.") == []
    assert flagged("Maksum (45), pedagang sayur, mengaku rugi.") == []
    # so are the first names before a surname the age closes, opening a sentence (Cinta)
    assert flagged("Sinta Rahayu (33), pedagang sayur, mengaku rugi.") == []
    # unless an office's word stands between them
    assert flagged("Kepla Desa Ahmad (50) mengaku rugi.") == [("Kepla", "Kepala")]
    # or a slip of a word that stands before names (nenek, bidan)
    assert flagged("Nenke Karsih (71) mengaku rugi.") == [("Nenke", "Nenek")]
    # the same word in an institution's name is still a slip
    assert flagged("Kantor Dinas Perhubngan Kota Bogor tutup.") == [("Perhubngan", "Perhubungan")]


def test_a_name_written_alike_twice_is_vouched_for_by_the_draft() -> None:
    text = "Rapat dipimpin Gusti Suarjana pagi itu. Menurut Suarjana, anggaran cukup."
    assert flagged(text) == []


def test_a_rare_form_whose_stem_the_draft_writes_otherwise_is_meant() -> None:
    # pemilahan reads close to pemilihan; beside memilah it is the sorting the text is about
    assert flagged("Warga diajak memilah sampah dapur. Pemerintah desa membangun tempat pemilahan.") == []
    # alone, it is the slip of the far more common word
    assert flagged("Panitia menyiapkan tempat pemilahan umum.") == [("pemilahan", "pemilihan")]
    # the stem written once more by the same slip is no evidence: "sakti" is sakit swapped
    assert ("penyakti", "penyakit") in flagged("Ia kontrol penyakti jantung di rumah sakti.")


def test_a_quoted_persons_two_spellings_are_the_naming_rules() -> None:
    text = (
        'Tukinem (52) berjualan cabai. "Harga naik," kata Tukinem. "Sepi," ujar Tukinem. '
        '"Rugi," ujar Tukiyem. Ia ke Pekanbaru, lalu Pekanbaru lagi, dan Pekanabru.'
    )
    assert flagged(text) == [("Pekanabru", "Pekanbaru")]


def test_a_persons_name_spelled_with_y_or_i_is_the_naming_rules() -> None:
    # Anindia beside Anindya, Nadya (at a sentence's start, near "nada") beside Nadia
    text = (
        "Siswi itu bernama Anindya Putri. Anindya mencetak 20 poin. Sepanjang turnamen, Anindia "
        "rata-rata mencetak 17 poin. Pelatih Nadia Kusuma senang. Nadya kembali tampil menonjol."
    )
    assert flagged(text) == []


def test_colloquial_words_are_the_standard_word_rules() -> None:
    # baku.kata-cakapan reports "udah" outside quotes; it is no typo of "sudah" or "mudah"
    assert flagged("Jika kamu udah jadi korban, jangan sampe diam. Ia setalah itu pulang.") == [
        ("setalah", "setelah")
    ]


def test_a_term_the_text_glosses_is_its_own_spelling() -> None:
    assert flagged("Warga menyimpan naskah sindung di rumah adat.") == [("sindung", "lindung")]
    assert flagged("Warga menyimpan naskah sindung, yaitu naskah lontar tertua desa itu.") == []
    # a plain slip of a common word stays a slip however it is glossed
    assert flagged("Mereka tiba setalah, yakni sesudah, acara usai.") == [("setalah", "setelah")]
    # or by its kind, in apposition
    assert flagged("Anak-anak meniup sindung, alat musik dari bambu.") == []
    assert flagged("Ibu menyajikan sindung, kue khas desa itu.") == []
    assert flagged("Ibu memasak sayru, makanan kesukaan anaknya.") == [("sayru", "sayur")]
    # two letters swapped stay a slip of however rare a word
    assert flagged("Petani membawa cangukl, alat pertanian dari besi.") == [("cangukl", "cangkul")]
    assert flagged("Warga membagikan rendamg, hidangan khas Minang.") == [("rendamg", "rendang")]
    # or after "atau", by a role
    assert flagged("Para tonaas atau pemuka adat menentukan waktunya.") == []
    assert flagged("Ia bertemu pedagnag atau pembeli di pasar.") == [("pedagnag", "pedagang")]


def test_what_only_a_persons_name_follows_vouches_for_the_name() -> None:
    # a Balinese name's opener: the words after it are the name, however close to a word
    text = "Kepala Balai Bahasa Provinsi Bali, I Nyoman Suarjana Putra, membuka lomba itu."
    assert flagged(text) == []
    # the same name outside a person's place is still judged against the word
    assert flagged("Lomba itu dibuka Suarjana Putra pada pagi hari.") == [("Suarjana", "Sarjana")]
    # an abbreviated title with its period
    assert flagged('"Stok obat cukup," ujar Kepala Puskesmas Abepura, dr. Yosua Itlay.') == []
    # the opener may stand inside a street's name
    assert flagged("Kantor itu pindah ke Jalan Andi Pangerang Daeng Rani.") == []
    assert flagged("Kantor itu pindah ke Jalan Pangerang Daeng Rani.") == [("Pangerang", "Pangeran")]


def test_a_name_set_off_by_commas_after_given_names_is_a_persons() -> None:
    # no list of names knows the given names, and none is a common word: a person's name,
    # no slip of a place the draft never names
    assert flagged("Kepala sekolah di Wamena, Yulius Itlay, menyambut tamu.") == []
    # a place's or a body's words before it keep the slip a slip
    assert flagged("Rombongan tiba di Makassar, Sulawesi Selatna, kemarin.") == [("Selatna", "Selatan")]
    assert flagged("Menurut laporan itu, Dinas Pendidkan, sudah siap.") == [("Pendidkan", "Pendidikan")]
    # an item of a list of places goes on with the next one
    text = "Badai melanda Ohio, Nebraska, Rhode Isladn, dan Maine."
    assert flagged(text) == [("Isladn", "Island")]
    # nor is it a slip of a common word the draft capitalizes in a place's name
    text = (
        "Atlet asal Sumba Barat Daya itu dilatih Ketua Pengprov, Yakobus Lewa Dama, sejak kecil. "
        "Warga Sumba Barat Daya menyambutnya."
    )
    assert flagged(text) == []


def test_a_speakers_name_is_no_slip_of_a_place_the_draft_never_names() -> None:
    assert flagged('"Kami siap," ujar Maria Itlay, anggota panitia.') == []
    assert flagged('Ia terbang ke Itlay pekan lalu.') == [("Itlay", "Italy")]
    # a name of two words set off before a role is a person's too
    assert flagged("Menurut Markus Itlay, pengelola hotel di Wamena, kamar penuh.") == []
    assert flagged("Warga Kota Ambno, ibu kota Maluku, bersiaga.") == [("Ambno", "Ambon")]
    # only the verbs that tag a quote: "menyebut" may open a list of places
    assert flagged("Laporan itu menyebut Filipnia, Vietnam, dan Thailand.") == [("Filipnia", "Filipina")]
    # an office's words after the verb may hold a slip
    text = '"Kami siap," kata Kepala Dinas Kesehatn, Budi Santoso.'
    assert flagged(text) == [("Kesehatn", "Kesehatan")]
    # a name the draft writes more often is still the one meant
    text = 'Warga Ukraina mengungsi. Warga Ukraina lain bertahan. "Kami takut," ujar Ukriana.'
    assert flagged(text) == [("Ukriana", "Ukraina")]
    # a speaker's one name a slip from a word of a fuller name the draft gives is that person's
    # name spelled two ways: the naming rule reports it
    text = 'Direktur, Yohanes Lado, hadir. Yohanes menjawab. "Kami siap," ujar Yohanis.'
    assert flagged(text) == []
    # so is one opening a sentence as the subject of a verb of saying
    assert flagged("Direktur, Yohanes Lado, hadir. Yohanis mengakui biaya besar.") == []
    # ... also opening the main clause after an opening phrase and its comma
    text = 'Pelatih, Wirawan Saputra, hadir. "Siap," kata Wirawan. Dalam rapat itu, Wiraman menyerahkan data.'
    assert flagged(text) == []
    # ... and a last name after the given names the tag stands before
    text = 'Pelatih I Ketut Wirawan hadir. Wirawan menjawab. "Kami siap," kata I Ketut Wiraman.'
    assert flagged(text) == []
    # and one after a word of reporting, of a fuller name or of a name the draft quotes alone
    # again and again
    text = 'Pemilik kedai, Rahmat Hidayat, hadir. "Enak," kata Rahmat. Rahmat menjual teh. '
    text += "Menurut Rahmad, harga naik."
    assert flagged(text) == []
    text = 'Pedagang, Paimin (52), datang. "Ramai," kata Paimin. Paimin menjual sapi. '
    text += "Menurut Paiman, harga naik."
    assert flagged(text) == []
    # (a name of four letters is the spelling rule's: the name rule leaves names that short alone)
    text = 'Pedagang, Arfah (52), datang. "Ramai," kata Arfah. Arfah menjual sapi. '
    text += "Menurut Arfa, harga naik."
    assert flagged(text) == [("Arfa", "Arfah")]


def test_a_name_the_draft_writes_once_with_two_letters_swapped_is_a_slip() -> None:
    # the frequency list knows Wonosari, not Wonosrai: once each is enough for a swap
    text = "Bus dari Wonosari tiba pagi. Penumpang lalu turun di Wonosrai dan pulang."
    assert flagged(text) == [("Wonosrai", "Wonosari")]
    assert flagged("Penumpang lalu turun di Wonosrai dan pulang.") == []
    # ... but a district's (Wonosari) where the draft names its regency
    text = "Penumpang dari Gunungkidul lalu turun di Wonosrai dan pulang."
    assert flagged(text) == [("Wonosrai", "Wonosari")]


def test_a_swapped_name_is_a_slip_though_the_english_list_holds_it() -> None:
    # "polers" is in the English word list, which holds rare words and slips of its own
    text = "Kasus itu ditangani Polres Sleman. Penyidik Polers Sleman memeriksa saksi."
    assert flagged(text) == [("Polers", "Polres")]
    # without the name in the draft, an English word is left alone
    assert flagged("Penyidik Polers Sleman memeriksa saksi.") == []


def test_a_long_stem_after_a_prefix_is_offered_for_a_slip() -> None:
    # meng + optimalisasi is too rare a form for the frequency list, but the stem is whole in it
    assert flagged("Dinas berupaya mengoptimalisai layanan.") == [("mengoptimalisai", "mengoptimalisasi")]
    assert flagged("Semua kegiatan sudah terdokumentai.") == [("terdokumentai", "terdokumentasi")]
    # a word that is itself a prefix on a long stem is no slip of another prefix's form
    assert flagged("Para pilot itu bersertifikasi resmi.") == []


def test_a_non_standard_form_is_the_standard_word_rules_not_a_typo() -> None:
    # "sambel" is reported by baku.kata-baku as "sambal", not as a slip of the commoner "sambil"
    assert flagged("Ikan bakar disajikan dengan sambel terasi.") == []
    assert flagged("Rasa sambelnya pedas sekali.") == []
    # so are its affixed forms whose standard form is a word ("nasehati": nasehat + -i, nasihati)
    assert flagged("Warga menyebrangi sungai, lalu kami menasehati mereka.") == []
    # which reports them with their standard form
    rules = engine.rule_set(Config(), ("baku.kata-baku", RULE_ID))
    findings = engine.lint(plugins.parse("d.txt", "Warga menyebrangi sungai."), rules)
    assert [(f.rule, f.suggestions) for f in findings] == [("baku.kata-baku", ("menyeberangi",))]


def test_an_institutions_word_stays_a_slip_in_a_persons_place_or_twice() -> None:
    # the words of institutions' names are derived nouns, and notable places are places
    text = "Sementara itu, Kepala Seksi Dinas Pendidkan, Rudi Hartono, hadir."
    assert flagged(text) == [("Pendidkan", "Pendidikan")]
    text = "Dinas Pendidkan membuka pendaftaran. Dinas Pendidkan juga menambah kuota."
    assert flagged(text) == [("Pendidkan", "Pendidikan"), ("Pendidkan", "Pendidikan")]


def test_a_slip_beside_the_correct_form_of_its_own_stem_is_still_a_slip() -> None:
    # penetapan is one edit from menetapan: the model of the slip, not evidence for it
    text = "Jaksa menetapan tiga tersangka. Penetapan tersangka dilakukan kemarin."
    assert flagged(text) == [("menetapan", "menetapkan")]
    # "artinya" joins two clauses; it glosses nothing
    assert flagged("Ekonomi melmabat, artinya daya beli turun.") == [("melmabat", "melambat")]


def test_an_i_before_y_is_another_spelling_of_a_persons_name() -> None:
    # Supryanto or Suprianto beside Supriyanto is the naming rule's (a name spelled two ways),
    # not a typo
    text = "Saksi Heri Supriyanto hadir. Supriyanto menjawab. Menurut Supryanto, uang hilang."
    assert flagged(text) == []
    text = "Saksi Heri Supriyanto hadir. Supriyanto menjawab. Menurut Suprianto, uang hilang."
    assert flagged(text) == []
    draft = f"Saksi Sidang\n\nSidang berlanjut\n\nMedan, IDN Times - {text}\n"
    found = engine.lint(plugins.parse("uji.txt", draft), engine.rule_set(Config(), ("nama.varian-nama",)))
    assert [draft[f.start : f.end] for f in found] == ["Suprianto"]


def test_a_place_one_letter_from_a_notable_place_the_draft_also_names() -> None:
    # each written once, both after a generic: the notable one is the model
    text = "Pendaftar datang dari Kepulauan Seleyar. Ia lahir di Kabupaten Kepulauan Selayar."
    assert flagged(text) == [("Seleyar", "Selayar")]
    # without the notable name in the draft, a place after its generic is its own name
    assert flagged("Pendaftar datang dari Kepulauan Seleyar dan Luwu Utara.") == []
    # the draft's subject, named more often than the notable place, is a real one of its own
    text = "Gunung Marapi meletus. Abu Gunung Marapi turun. Gunung Merapi di Jawa tenang."
    assert flagged(text) == []
    # after another generic the likeness says nothing: Kelurahan Amban, Kota Ambon
    assert flagged("Ia pindah dari Kelurahan Amban ke Kota Ambon.") == []


def test_an_arabic_sy_written_s_is_another_spelling_of_a_name() -> None:
    # the frequency list knows Syahputra well; Sahputra is the same name, no letter dropped
    assert flagged("Ketua majelis hakim, Dedi Sahputra, membacakan putusan.") == []
    assert flagged("Kemacetan mengular dari Cibinong ke Cilengsi.") == [("Cilengsi", "Cileungsi")]


def test_review_cases_of_names_and_stems() -> None:
    # two people whose names are swaps of each other
    text = "Koordinator, Fardi Saputra, datang. Rekannya, Farid Hakim, mendata penumpang."
    assert flagged(text) == []
    # an agent noun beside its verb is the draft's own word
    assert flagged("Para pemilah bekerja sejak pagi. Mereka memilah plastik dan kertas.") == []


def test_a_typing_slip_in_a_listed_name_of_several_words() -> None:
    # tengara is a word (a sign), but after Sulawesi it is the province's Tenggara
    assert flagged("Nelayan di Sulawesi Tengara mengeluhkan cuaca.") == [("Tengara", "Tenggara")]
    assert flagged("Warga Jawa Tenagh datang ke Jakarta.") == [("Tenagh", "Tengah")]
    assert flagged("Nelayan di Sulawesi Tenggara mengeluhkan cuaca.") == []
    # a letter dropped, but not the spelling a name keeps from before 1972 (Gadjah Mada)
    assert flagged("Nama Sumatera Utra harum di tingkat nasional.") == [("Utra", "Utara")]
    assert flagged("Ia dosen Universitas Gajah Mada.") == []
    # a known word or name dropped nothing: a headline's words, the spelling Sumatra
    assert flagged("Tol Trans Sumatra dibuka. Persib menghadapi Empat Lawan Berat.") == []


def test_a_neighbouring_key_in_a_long_notable_place_after_its_generic() -> None:
    assert flagged("Perahu berangkat dari Kota Banjarmasim.") == [("Banjarmasim", "Banjarmasin")]
    # inside a person's name (a street named after one) the likeness proves nothing
    assert flagged("Pawai menyusuri Jalan Urip Sumoharjo hingga pasar.") == []


def test_the_place_of_the_lead_is_a_name() -> None:
    rules = rule_for()

    def found(lead: str) -> list[tuple[str, str]]:
        text = f"Banjir di Pesisir\n\n{lead}, IDN Times - Banjir melanda kota itu, kata Bupati Sleman.\n"
        doc = plugins.parse("uji.txt", text)
        return [(doc.source[f.start : f.end], f.suggestions[0]) for f in engine.lint(doc, rules)]

    # a town one letter from a common word (mainan) opens the lead as a name
    assert found("Painan") == []
    # a slip of a notable name, or of a district whose region the draft names, is still one
    assert found("Jakatra") == [("Jakatra", "Jakarta")]
    assert found("Cangkirngan") == [("Cangkirngan", "Cangkringan")]


def test_a_typing_slip_of_a_regency_or_a_district() -> None:
    # two letters swapped; a letter dropped from a long name (idn-area-data's districts)
    text = "Longsor menutup jalan di Cangkirngan, Sleman. Bus menuju Kintamni di Bangli penuh."
    assert flagged(text) == [("Cangkirngan", "Cangkringan"), ("Kintamni", "Kintamani")]
    # only where the draft names its region (regency or province): a village far away may be
    # one letter from a district
    assert flagged("Longsor menutup jalan di Cangkirngan. Bus menuju Kintamni penuh.") == []
    # the districts themselves are names, wherever they stand
    assert flagged("Warga Cangkringan dan Kintamani datang. Ngaglik sepi.") == []
    # not in a person's name, nor a short form in brackets, nor a vowel some names double
    assert flagged("Ketua panitia dari Bangli, Agus Kintamni, mengatakan itu.") == []
    assert flagged("Ia kuliah di Universitas Nusa Cendana (Undana), lalu pindah ke Kudus.") == []
    assert flagged("Panen di Misol, Raja Ampat, lebih cepat.") == []
    # a neighbouring key in a long one (n and b), not in its first letter
    assert flagged("Abu vulkanik turun di Cangkribgan, Sleman.") == [("Cangkribgan", "Cangkringan")]


def test_an_english_looking_compound_one_slip_from_a_well_known_name() -> None:
    # not pert + amnia: Pertamina with two letters swapped
    assert flagged("Kami sudah menyurati dinas dan Pertamnia pekan lalu.") == [("Pertamnia", "Pertamina")]
    # an English plural is no slip of its singular, which is no name
    assert flagged("Penjualan smartphones naik tajam.") == []


def test_a_typing_slip_in_a_long_capitalized_word_of_an_office() -> None:
    # less common dictionary words: a neighbouring key, a doubled letter
    text = "Audit Inspektorar Kabupaten Konawe selesai. Data Dinas Kependudukkan diperbaiki."
    assert flagged(text) == [("Inspektorar", "Inspektorat"), ("Kependudukkan", "Kependudukan")]
    # a name the frequency list knows is no model, nor a letter dropped from a dictionary word
    assert flagged("Kata Gubernur Bank Indonesia Burhanudin Abdullah kemarin.") == []
    assert flagged("Kapal itu menyeberangi Antarktika.") == []
    # a doubled sun letter is an Arabic name's (Masjid Silaturrahim)
    assert flagged("Jemaah Masjid Silaturrahim berkumpul.") == []


def test_two_swapped_letters_in_a_long_capitalized_word() -> None:
    assert flagged("Pastor dari Keuskpuan Agung Ende hadir.") == [("Keuskpuan", "Keuskupan")]


def test_a_name_the_draft_writes_often_is_no_model_for_one_with_another_first_letter() -> None:
    # a terminal's name beside the city's, more often written: slips keep the first letter
    text = (
        "Pemerintah Kota Surabaya menambah bus ke Terminal Purabaya. Warga Surabaya dan Sidoarjo "
        "memakai bus itu. Dari Purabaya, bus melaju ke pusat Kota Surabaya, lalu kembali ke "
        "Purabaya. Dinas Perhubungan Surabaya menyiapkan 20 armada di Surabaya."
    )
    assert flagged(text) == []
    # the same first letter: Surabya is Surabaya's slip
    assert flagged(text.replace("ke Terminal Purabaya", "ke Kota Surabya")) == [("Surabya", "Surabaya")]


def test_a_persons_name_with_a_letter_doubled_is_the_naming_rules() -> None:
    # Syafruddin beside the Syafrudin the draft introduces: two spellings of one person
    text = (
        "Seorang nelayan, Syafrudin (47), mengatakan ombak makin tinggi. Syafruddin berharap "
        "pemerintah membantu."
    )
    assert flagged(text) == []


def test_two_letters_swapped_beat_two_edits_to_a_commoner_word() -> None:
    # penimbangan is missing from the frequency list; penambangan, two edits away, is on it
    text = "Siswa membawa sampah ke tempat penimbnagan di sekolah."
    assert flagged(text) == [("penimbnagan", "penimbangan")]
    # a regional word one letter from a word stays the region's (one letter, not two swapped)
    assert flagged("Ada pula nasi liwet dan sayur lodeh dalam porsi kecil.") == []


def test_one_letter_typed_two_places_off_is_one_slip() -> None:
    # "s" typed before "ng": two edits by count, one key by the hand
    text = "Relawan mengantar makanan ke lokasi pengusngian warga."
    assert flagged(text) == [("pengusngian", "pengungsian")]
    assert moved_letter("pengusngian", "pengungsian")
    assert not moved_letter("pengungsian", "pengungsian")
    assert not moved_letter("spengungian", "pengungsian")  # the first letter stays in place


def test_a_few_letters_typed_twice_are_one_slip() -> None:
    assert flagged("Ribuan pengugunjung memadati alun-alun sejak sore.") == [("pengugunjung", "pengunjung")]
    assert flagged("Jadwal keberangkatanan kapal diundur sehari.") == [("keberangkatanan", "keberangkatan")]
    assert typed_twice("penononton", "penonton")
    # at the end only a suffix: regional words repeat a final syllable of their own
    assert not typed_twice("batokok", "batok")
    assert not typed_twice("penonton", "penonton")


def test_a_reduplicated_regional_word_with_a_glottal_stop_is_no_slip() -> None:
    assert flagged("Keluarga menggelar tradisi mattudu'-tudu' sebelum akad.") == []
    assert flagged("Pemain jungler harus membaca peta.") == []


def test_misspellings_the_analyser_reads_as_affixed_forms() -> None:
    rules = engine.rule_set(Config(), ("ejaan.salah-eja",))
    text = (
        "Judul Berita\n\nDek\n\nJakarta, IDN Times - Penonton memadati pertunjukkan itu. Biaya "
        "pengantian pipa naik. Polisi mengusut penyeludupan rokok yang diseludupkan lewat laut. "
        "Kemanan parkir dibenahi.\n\n"
        "Tarian itu dipertunjukkan di alun-alun, dan penyelundupan lain digagalkan.\n"
    )
    _, found = engine.lint_draft(Draft("d.txt", text), rules)
    assert [(f.category, f.suggestions[0]) for f in found] == [
        ("spelling", "pertunjukan"),
        ("spelling", "penggantian"),
        ("spelling", "penyelundupan"),
        ("spelling", "diselundupkan"),
        ("spelling", "Keamanan"),
    ]

