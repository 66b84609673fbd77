"""The per-document memo the checks of one run share."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

from newslint import plugins
from newslint.checks.patterns import per_document, word_starts
from newslint.document import Document


def test_per_document_computes_once_per_draft_object() -> None:
    calls: list[str] = []

    @per_document
    def text_of(doc: Document) -> str:
        calls.append(doc.path)
        return doc.prose

    first = plugins.parse("a.txt", "Satu dua tiga.\n")
    twin = plugins.parse("b.txt", "Satu dua tiga.\n")
    assert text_of(first) is text_of(first)
    text_of(twin)
    assert calls == ["a.txt", "b.txt"]
    # after many other drafts the first is computed again, not confused with a newer one
    for k in range(10):
        text_of(plugins.parse(f"{k}.txt", f"Kata {k}.\n"))
    text_of(first)
    assert calls[-1] == "a.txt"


def test_word_lowers_and_starts_follow_doc_words() -> None:
    # (letters whose lower case depends on the word's end or grows longer: a final sigma, İ)
    doc = plugins.parse("a.txt", "Judul Berita\n\nJakarta, IDN Times - Warga KPK-nya datang ke İzmir ΟΔΟΣ.\n")
    assert doc.lowers == tuple(w.text.lower() for w in doc.words)
    assert word_starts(doc) == [w.start for w in doc.words]



def _verdict(n: int, word: str) -> bool:
    return sum(map(ord, word)) % (n + 2) == 0


def test_word_memos_test_each_word_once_and_answer_for_each_vocabulary() -> None:
    import random
    from collections import Counter

    from newslint.checks.patterns import WordMemo

    rng = random.Random(7)
    words = [f"k{i}" for i in range(60)]
    # memos made at different times and called on different vocabularies: a rule on a view of
    # the draft, a rule that skips drafts, a rule made late
    memos = [WordMemo() for _ in range(5)]
    tested: list[Counter[str]] = [Counter() for _ in memos]

    def test_of(n: int) -> Callable[[str], bool]:
        def test(word: str) -> bool:
            tested[n][word] += 1
            return _verdict(n, word)

        return test

    for draft in range(300):
        full = frozenset(rng.sample(words, rng.randint(0, 20)))
        view = frozenset(w for w in full if rng.random() < 0.7) | ({f"v{draft % 7}"} if draft % 3 else set())
        for n, memo in enumerate(memos):
            if (n == 2 and rng.random() < 0.5) or (n == 4 and draft < 50):
                continue
            vocabulary = view if n == 1 else full
            assert memo.matching(vocabulary, test_of(n)) == {w for w in vocabulary if _verdict(n, w)}
    for n, counts in enumerate(tested):
        assert counts, n
        assert max(counts.values()) == 1, n


@pytest.mark.parametrize(
    ("name", "plain", "flags", "alphabet"),
    [
        (
            "capital.SentenceStart.BOUNDARY",
            r"[.!?][ \t][ \t\ufffc]*|[\r\n\-–—][ \t\ufffc]*",
            0,
            ".!? \t\ufffc\r\n-–—aB1",
        ),
        (
            "numbers.CurrencySpace.PATTERN",
            r"(?<![\w\ufffc])(Rp|US\$|S\$|RM)(?:\.\s*|\s+)(?=\d)",
            0,
            "RpUSM$ .1\ufffcax",
        ),
        ("numbers.PercentStyle.WORD", r"(?<=\d)\s+persen\b", re.IGNORECASE, "1 \t\npersenPERSENxa\u00a0"),
        ("punctuation._QUOTE_MARK", r"[“”\"]|‘‘|’’|''", 0, "“”\"‘’'a "),
    ],
)
def test_patterns_written_for_speed_match_as_their_plain_forms(
    name: str, plain: str, flags: int, alphabet: str
) -> None:
    import importlib
    import random

    module, *path = name.split(".")
    fast: Any = importlib.import_module(f"newslint.checks.{module}")
    for attribute in path:
        fast = getattr(fast, attribute)
    reference = re.compile(plain, flags)
    rng = random.Random(name)
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        expected = [(m.span(), m.groups()) for m in reference.finditer(text)]
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == expected, repr(text)
