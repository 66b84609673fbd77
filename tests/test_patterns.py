"""The per-document memo the checks of one run share."""

from __future__ import annotations

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
