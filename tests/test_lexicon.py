"""The lexicon: morphology patterns (EYD V) with real words, plausibility, names, loading."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from newslint.lexicon import Analysis, Lexicon, data_dir, lexicon

LEX = lexicon()


def readings(word: str) -> set[tuple[str, str, str]]:
    return {(a.prefix, a.stem, a.suffix) for a in LEX.analyse(word)}


@pytest.mark.parametrize(
    ("word", "prefix", "stem"),
    [
        # meN- with nasal assimilation
        ("memukul", "meN", "pukul"),
        ("membaca", "meN", "baca"),
        ("menulis", "meN", "tulis"),
        ("mencari", "meN", "cari"),
        ("menyapu", "meN", "sapu"),
        ("mengambil", "meN", "ambil"),
        ("mengirim", "meN", "kirim"),
        ("menggali", "meN", "gali"),
        ("melihat", "meN", "lihat"),
        ("merasa", "meN", "rasa"),
        ("mengebom", "meN", "bom"),
        ("mengecat", "meN", "cat"),
        # peN-
        ("pemukul", "peN", "pukul"),
        ("penulis", "peN", "tulis"),
        ("penyanyi", "peN", "nyanyi"),
        ("pengirim", "peN", "kirim"),
        ("pengebom", "peN", "bom"),
        # ber-, ter-, di-, ke-, se-, per-
        ("berjalan", "ber", "jalan"),
        ("bekerja", "ber", "kerja"),
        ("berencana", "ber", "rencana"),
        ("belajar", "ber", "ajar"),
        ("terbawa", "ter", "bawa"),
        ("terasa", "ter", "rasa"),
        ("ditulis", "di", "tulis"),
        ("ketua", "ke", "tua"),
        ("serumah", "se", "rumah"),
        ("perluas", "per", "luas"),
    ],
)
def test_prefixes(word: str, prefix: str, stem: str) -> None:
    assert (prefix, stem, "") in readings(word)
    assert LEX.known(word)


@pytest.mark.parametrize(
    ("word", "prefix", "stem", "suffix"),
    [
        ("memperbaiki", "meN+per", "baik", "i"),
        ("mempertahankan", "meN+per", "tahan", "kan"),
        ("diperbaiki", "di+per", "baik", "i"),
        ("dipertanyakan", "di+per", "tanya", "kan"),
        ("menuliskan", "meN", "tulis", "kan"),
        ("dituliskan", "di", "tulis", "kan"),
        ("menemui", "meN", "temu", "i"),
        ("didatangi", "di", "datang", "i"),
        ("tulisan", "", "tulis", "an"),
        ("lakukan", "", "laku", "kan"),
        # confixes
        ("kebersihan", "ke", "bersih", "an"),
        ("keberhasilan", "ke+ber", "hasil", "an"),
        ("kepemimpinan", "ke+peN", "pimpin", "an"),
        ("pembangunan", "peN", "bangun", "an"),
        ("pertemuan", "per", "temu", "an"),
        ("berdatangan", "ber", "datang", "an"),
        ("pemberdayaan", "peN+ber", "daya", "an"),
        ("berkelanjutan", "ber+ke", "lanjut", "an"),
        ("sepengetahuan", "se+peN", "tahu", "an"),
        ("diketahui", "di+ke", "tahu", "i"),
        # a joined compound under a confix (EYD: disalahgunakan)
        ("disalahgunakan", "di", "salahguna", "kan"),
    ],
)
def test_suffixes_and_confixes(word: str, prefix: str, stem: str, suffix: str) -> None:
    assert (prefix, stem, suffix) in readings(word)
    assert LEX.known(word)


@pytest.mark.parametrize(
    ("word", "stem", "clitic", "proclitic"),
    [
        ("rumahnya", "rumah", "nya", ""),
        ("bukuku", "buku", "ku", ""),
        ("adikmu", "adik", "mu", ""),
        ("pergilah", "pergi", "lah", ""),
        ("apakah", "apa", "kah", ""),
        ("bahkanpun", "bahkan", "pun", ""),
        ("sebaiknya", "baik", "nya", ""),  # se-nya
        ("kuambil", "ambil", "", "ku"),
        ("kaubawa", "bawa", "", "kau"),
        ("bukunyalah", "buku", "nyalah", ""),
    ],
)
def test_clitics(word: str, stem: str, clitic: str, proclitic: str) -> None:
    assert any(a.stem == stem and a.clitic == clitic and a.proclitic == proclitic for a in LEX.analyse(word))
    assert LEX.known(word)


@pytest.mark.parametrize(
    ("word", "stem", "prefix", "suffix"),
    [
        ("kata-kata", "kata", "", ""),
        ("rumah-rumah", "rumah", "", ""),
        ("sehari-hari", "hari", "se", ""),
        ("berlari-larian", "lari", "ber", "an"),
        ("tembak-menembak", "tembak", "meN", ""),
        ("menembak-nembak", "tembak", "meN", ""),
        ("anak-anaknya", "anak", "", ""),
    ],
)
def test_reduplication(word: str, stem: str, prefix: str, suffix: str) -> None:
    found = [a for a in LEX.analyse(word) if a.reduplicated and a.stem == stem]
    assert any(a.prefix == prefix and a.suffix == suffix for a in found), LEX.analyse(word)
    assert LEX.known(word)


@pytest.mark.parametrize("word", ["bolak-balik", "sayur-mayur", "lauk-pauk", "asia-pasifik", "china-rusia"])
def test_compounds_and_hyphenated_names(word: str) -> None:
    assert LEX.known(word)


@pytest.mark.parametrize("word", ["antarkota", "pascapanen", "nonaktif", "multilateral", "prasejarah"])
def test_bound_forms_written_joined(word: str) -> None:
    assert LEX.known(word)


@pytest.mark.parametrize(
    ("typo", "likely"),
    [
        ("setalah", "setelah"),  # not seta + -lah
        ("mereak", "mereka"),  # not meN- + reak
        ("berkerja", "bekerja"),  # ber- keeps no r before a -er syllable
    ],
)
def test_rare_segmentation_next_to_a_common_word_is_a_typo(typo: str, likely: str) -> None:
    verdict = LEX.verdict(typo)
    assert not verdict.known
    assert verdict.likely == likely


@pytest.mark.parametrize(
    "word", ["pembuat", "tuliskan", "dekati", "bajunya", "dilansir", "upayanya", "rincian"]
)
def test_other_forms_of_a_stem_are_not_typos(word: str) -> None:
    assert LEX.known(word), LEX.verdict(word)


@pytest.mark.parametrize("word", ["kemontar", "tersbeut", "bebrapa", "memiliih", "kebijkan"])
def test_non_words(word: str) -> None:
    assert not LEX.known(word)


def test_suggestions_rank_the_intended_word_first() -> None:
    assert LEX.suggest("kemontar")[0] == "komentar"
    assert LEX.suggest("setalah")[0] == "setelah"
    assert LEX.suggest("pemerintha")[0] == "pemerintah"
    assert LEX.suggest("bebrapa")[0] == "beberapa"
    assert len(LEX.suggest("sebelumya")) <= 5


def test_stems_frequency_english_and_names() -> None:
    assert LEX.is_stem("pukul") and not LEX.is_stem("memukul")
    assert LEX.zipf("yang") > 6 and LEX.zipf("kemontar") == 0.0
    assert LEX.is_english("renewable") and LEX.is_foreign("deadlinenya")
    assert LEX.is_foreign("termodinamik")  # Indonesian loan spelling of an English word
    assert LEX.is_name("Ukraina") and LEX.is_name("Sulawesi") and LEX.is_name("Februari")
    assert "Ukraina" in LEX.name_forms()
    assert LEX.notable_name("ukraina") == "Ukraina"
    assert "Ukraina" in LEX.near_names("Ukriana")


def test_analysis_is_a_frozen_value() -> None:
    a = Analysis("pukul", "meN")
    with pytest.raises(AttributeError):
        a.stem = "x"  # type: ignore[misc]


def test_lexicon_is_a_cached_singleton() -> None:
    assert lexicon() is LEX


def test_loads_the_prebuilt_tables_fast() -> None:
    folder = data_dir()
    assert (folder / "stems.txt").is_file() and (folder / "COPYING").is_file()
    assert not list(folder.glob("*.dic")) and not list(folder.glob("*.aff"))
    began = time.perf_counter()
    lex = Lexicon.load(folder)
    elapsed = time.perf_counter() - began
    assert lex.source == folder and lex.known("memukul")
    assert elapsed < 0.5  # about 20 ms on a laptop; generous for loaded CI machines


def test_runtime_imports_neither_wordfreq_nor_babel() -> None:
    code = (
        "import sys; from newslint.lexicon import lexicon; lex = lexicon(); "
        "lex.known('memukul'); lex.suggest('setalah'); lex.is_english('online'); "
        "print('wordfreq' in sys.modules, 'babel' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
