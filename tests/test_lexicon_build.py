"""tools/build_lexicon.py: the hunspell expansion on a tiny fixture, and reproducibility."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from newslint.lexicon import Lexicon, data_dir

REPO = Path(__file__).resolve().parent.parent
MINI = Path(__file__).resolve().parent / "fixtures" / "hunspell-mini"


def _builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_lexicon", REPO / "tools" / "build_lexicon.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_lexicon", module)
    spec.loader.exec_module(module)
    return module


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("lexicon")
    _builder().build(
        MINI, out, with_frequency=False, with_english=False, with_cldr=False, areas=None, compounds=None
    )
    return out


def test_stems_names_and_bound_morphemes(built: Path) -> None:
    assert _lines(built / "stems.txt") == ["alih", "ambil", "kata-kata", "pukul", "rencana", "tulis"]
    assert _lines(built / "names.txt") == ["Jakarta"]
    # sapu-nyapu carries NEEDAFFIX and no affix: not a word on its own
    assert "sapu-nyapu" not in _lines(built / "stems.txt")
    assert _lines(built / "compounds.txt") == ["ambilalih"]


def test_forms_follow_the_affix_rules(built: Path) -> None:
    forms = set(_lines(built / "forms.txt"))
    # prefixes with nasal assimilation, the -an suffix and the di-...-kan circumfix
    assert {"diambil", "mengambil", "ambilan", "diambilkan", "memukul", "menulis", "dituliskan"} <= forms
    assert {"berencana", "bertulis"} <= forms
    # a circumfix half never stands alone; plain classes do not cross (no *diambilan);
    # clitics are the analyser's business, not the table's
    assert not {"ambilkan", "diambilan", "ambilannya", "ambilanlah"} & forms


def test_a_lexicon_loads_from_what_the_builder_wrote(built: Path) -> None:
    lex = Lexicon.load(built)
    assert lex.known("diambilkan") and lex.known("memukulnya") and lex.known("kata-kata")
    assert not lex.known("memakul")
    assert lex.is_name("Jakarta") and lex.zipf("ambil") == 0.0


def test_the_shipped_tables_match_a_rebuild(tmp_path: Path) -> None:
    builder = _builder()
    hunspell = builder.DEFAULT_HUNSPELL
    assert (hunspell / "id_ID.dic").is_file(), "the build inputs live in tools/sources/"
    (tmp_path / "src").mkdir()
    for name in ("names.txt", "words.txt"):
        (tmp_path / "src" / name).write_bytes((data_dir() / "src" / name).read_bytes())
    builder.build(hunspell, tmp_path)
    tables = ("stems.txt", "forms.txt", "compounds.txt", "names.txt", "notable.txt", "freq.tsv")
    tables += ("english.txt", "wilayah.txt")
    for name in tables:
        assert (tmp_path / name).read_bytes() == (data_dir() / name).read_bytes(), name


@pytest.mark.parametrize(
    ("tool", "table"), [("build_places", "tempat.txt"), ("build_languages", "bahasa.txt")]
)
def test_the_shipped_cldr_lists_match_a_rebuild(tool: str, table: str, tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location(tool, REPO / "tools" / f"{tool}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.OUT = tmp_path / table
    module.main()
    assert (tmp_path / table).read_bytes() == (REPO / "dictionaries" / table).read_bytes()
    if tool == "build_places":  # its two-word names and the regions' are written beside it
        for other in ("negara.txt", "daerah.txt"):
            assert (tmp_path / other).read_bytes() == (REPO / "dictionaries" / other).read_bytes(), other
