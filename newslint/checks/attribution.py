"""Attribution checks: quotes without a speaker, vague and hearsay sources, sourceless claims."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Collection, Iterator, Mapping, Sequence
from typing import NamedTuple

from newslint import compiled
from newslint.checks.lazy import LazyPattern
from newslint.checks.patterns import opens_sentence, per_document, word_starts
from newslint.checks.realword import damerau1, is_verb
from newslint.document import (
    BODY_KINDS,
    MASKED_KINDS,
    Block,
    BlockKind,
    Document,
    Span,
    Word,
    split_sentences,
)
from newslint.rules import Hit

_OPEN_QUOTES = {"“": "”", '"': '"', "«": "»"}
_LETTERS = LazyPattern(r"[^\W\d_]+")
#: a straight quote closed curly by a keyboard's autocorrect ('"Kami ...,” kata Rina'); a curly one
#: is not closed straight, which may open a quote inside it
_OTHER_CLOSE = {'"': "”"}
_CLOSERS = frozenset(_OPEN_QUOTES.values()) | frozenset(_OTHER_CLOSE.values())

#: prepositions between a verb and the rumour it takes: "percaya pada kabar", "terhadap isu"
_RUMOUR_PREPOSITIONS = frozenset({"pada", "kepada", "terhadap", "dengan", "akan", "oleh"})


def _lower_set(words: Collection[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


class Para(NamedTuple):
    """A body block with its words and sentence spans."""

    block: Block
    words: tuple[Word, ...]
    sentences: tuple[Span, ...]
    #: the words lower-cased
    lowers: tuple[str, ...]
    #: the words' start offsets
    starts: list[int]

    def _range(self, span: Span) -> slice:
        lo = bisect.bisect_left(self.starts, span.start)
        return slice(lo, bisect.bisect_left(self.starts, span.end, lo))

    def words_in(self, span: Span) -> list[Word]:
        return list(self.words[self._range(span)])

    def lowers_in(self, span: Span) -> tuple[str, ...]:
        return self.lowers[self._range(span)]


@per_document
def body_paragraphs(doc: Document) -> list[Para]:
    """Body blocks (lead, paragraphs, block quotes) with their words and sentences, in order.

    Shared by the attribution rules of a run: callers must not change the list.
    """
    words = doc.words
    lowers = doc.lowers
    starts = word_starts(doc)
    prose_blocks = [b for b in doc.blocks if b.kind not in MASKED_KINDS]
    # blocks in order and apart: the document's own sentence split is each block's, in turn
    ordered = all(a.end <= b.start for a, b in itertools.pairwise(prose_blocks))
    spans = doc.sentences if ordered else ()
    span_starts = [s.start for s in spans]
    out: list[Para] = []
    i = 0
    for block in doc.blocks:
        # the first word at or after the block start, never going back (blocks out of order)
        i = max(i, bisect.bisect_left(starts, block.start))
        j = max(i, bisect.bisect_left(starts, block.end))
        if block.kind in BODY_KINDS:
            if ordered:
                lo = bisect.bisect_left(span_starts, block.start)
                sentences = spans[lo : bisect.bisect_left(span_starts, block.end, lo)]
            else:
                sentences = tuple(split_sentences(doc.prose, block.start, block.end))
            out.append(Para(block, words[i:j], sentences, lowers[i:j], starts[i:j]))
    return out


def is_name(doc: Document, word: Word) -> bool:
    """A capitalized word that is not merely capitalized because it opens a sentence."""
    return word.text[:1].isupper() and not opens_sentence(doc.prose, word.start)


class _Attribution:
    """Shared knowledge of what names a source: speech and reporting verbs."""

    def __init__(self, verbs: Collection[str]):
        if not verbs:
            raise ValueError("`verbs` must not be empty")
        self.verbs = _lower_set(verbs)

    def has_source(self, lowers: Collection[str]) -> bool:
        """Whether any of the (lower-cased) words names a source."""
        return not self.verbs.isdisjoint(lowers)


@per_document
def _quote_marks(doc: Document) -> list[int]:
    """Offsets of the opening quote marks in the prose, in order; shared by every block's
    quote_spans in a run."""
    # one str.find per mark: far faster than a regex character class scanning the text, and the
    # blocks then bisect into the offsets instead of each scanning their text again
    text = doc.prose
    out: list[int] = []
    for mark in _OPEN_QUOTES:
        at = text.find(mark)
        while at >= 0:
            out.append(at)
            at = text.find(mark, at + 1)
    out.sort()
    return out


def quote_spans(doc: Document, block: Block) -> Iterator[Span]:
    """Direct quotes in a block: curly or straight pairs; an unclosed quote runs to the block end."""
    text = doc.prose
    marks = _quote_marks(doc)
    k = bisect.bisect_left(marks, block.start)
    while k < len(marks):
        i = marks[k]
        if i >= block.end:
            return
        ch = text[i]
        close = _OPEN_QUOTES[ch]
        j = text.find(close, i + 1, block.end)
        # a quote opened straight and closed curly ('"Kami ...,” kata Rina')
        other = _OTHER_CLOSE.get(ch)
        curly = text.find(other, i + 1, block.end) if other else -1
        if curly >= 0 and (j < 0 or curly < j):
            j = curly
        # a straight quote inside a word is an apostrophe or a unit, not a quote
        if ch == '"' and i > block.start and text[i - 1].isalnum():
            k += 1
            continue
        end = block.end if j < 0 else j + 1
        yield Span(i, end)
        k = bisect.bisect_left(marks, end, k + 1)


def _marked(doc: Document, block: Block) -> bool:
    """Whether an opening quote mark stands in the block: without one it holds no quote."""
    marks = _quote_marks(doc)
    k = bisect.bisect_left(marks, block.start)
    return k < len(marks) and marks[k] < block.end


def _has_quote(doc: Document, block: Block) -> bool:
    return _marked(doc, block) and next(quote_spans(doc, block), None) is not None


@per_document
def _opening_words(doc: Document) -> frozenset[str]:
    """The lower-cased words of the headline, the subtitle and the lead; shared by the figure
    rules of a run."""
    opening = (BlockKind.HEADLINE, BlockKind.SUBTITLE, BlockKind.DATELINE)
    return frozenset(
        w.lower()
        for b in doc.blocks
        if b.kind in opening
        for w in _LETTERS.findall(doc.prose, b.start, b.end)
    )


#: a quote's tag after its last words: ', jelas Andi', '? ujarnya'
_TAG_INSIDE = LazyPattern(r"[,?!]\s+([a-z]+)(\s+[A-Z])?")
# words by which a speech verb points back at the quote before it ("mengatakan itu")
_POINTERS = frozenset({"itu", "tersebut", "demikian", "begitu"})
#: words by which a sentence says another said the same as the quote before it, so it names a
#: second speaker, not the quote's ("Hal senada disampaikan ...", "Pendapat serupa ...")
_LIKEWISE = frozenset({"senada", "serupa"})
#: Speech verbs this long that a quote's tag writes a letter off still tag it (kota for kata).
SLIPPED_VERB_MIN = 4
#: the pronouns a quote's tag names its speaker by ('," kata dia')
_TAG_PRONOUNS = frozenset({"dia", "ia", "beliau", "mereka"})


def _tag_between(doc: Document, before: Span, quote: Span) -> bool:
    """A short tag closes the quote `before` and a sentence, right before `quote`."""
    gap = doc.prose[before.end : quote.start].strip()
    return gap.endswith(".") and 1 <= len(gap.split()) <= 4 and gap[:1].islower()


class QuoteAttribution(_Attribution):
    """Flags a direct quote with no speaker in its paragraph or the adjacent sentences.

    A quote is a direct quote when it holds at least `min_words` words; shorter quoted strings
    are titles or scare quotes. A speech verb anywhere in the quote's paragraph (so "ujarnya"
    two sentences after the quote), in the last sentence of the body paragraph before it or in
    the first sentence of the one after it attributes the quote.
    """

    def __init__(
        self,
        verbs: Collection[str],
        after_quote: Collection[str] = (),
        min_words: int = 4,
        back_references: Collection[str] = (),
        unnamed: Collection[str] = (),
        named_by: Collection[str] = (),
        replies: Collection[str] = (),
        records: Collection[str] = (),
        documents: Collection[str] = (),
        connectives: Collection[str] = (),
    ):
        super().__init__(verbs)
        # verbs of keeping a record ("Panitia mencatat 4.500 tiket terjual") and words that
        # bring in a document ("menurut catatan pengelola", "berdasarkan data BLU") before
        # one: a record says no quote that follows it
        self.records = _lower_set(records)
        self.documents = _lower_set(documents)
        # words before a back-reference that make it a connective: "Meski begitu, Dedi ..." goes
        # on to something else
        self.connectives = _lower_set(connectives)
        # an unnamed many who may say the quote before it ("Sejumlah warga mengaku ..."), unless
        # a name or a pronoun for one (`named_by`: ia, dia) is in the sentence too
        self.unnamed = _lower_set(unnamed)
        self.named_by = _lower_set(named_by)
        # words opening a reply to the quote by someone else ("Menanggapi hal itu, ...")
        self.replies = _lower_set(replies)
        # roots that are speech verbs only right after a quote ("..." jelas Andi)
        self.after_quote = _lower_set(after_quote)
        self.min_words = min_words
        # words by which the next paragraph points back at the quote ("Hal itu disampaikan ...")
        self.back_references = _lower_set(back_references)

    def check(self, doc: Document) -> Iterator[Hit]:
        marks = _quote_marks(doc)
        if not marks:
            return
        paras = body_paragraphs(doc)
        # found on a draft's first quote that no earlier test settles: most never get there
        neighbours: list[tuple[Para | None, Para | None]] | None = None
        for index, para in enumerate(paras):
            block = para.block
            # a paragraph with no quote mark has no quote: skip it before making a generator
            if not _marked(doc, block):
                continue
            previous: Span | None = None
            for quote in quote_spans(doc, block):
                before_quote, previous = previous, quote
                inner = para._range(quote)
                if inner.stop - inner.start < self.min_words or not self._opens_sentence(doc, para, quote):
                    continue
                if before_quote is not None and _tag_between(doc, before_quote, quote):
                    continue  # '"Jangan ...,” dia memberitahuku. "Mereka ...': the same speaker goes on
                # a speech verb the speaker quotes ("Katanya biar rezekinya lancar") names no one
                if self._said_outside(doc, para, quote, inner) or self._said_after(doc, para, quote):
                    continue
                if self._tagged_inside(doc, quote):
                    continue
                if neighbours is None:
                    neighbours = _neighbours(doc, paras)
                before, after = neighbours[index]
                carried = before is not None and self._said_before(doc, before)
                if carried and not self._told_between(para, quote):
                    continue
                if after is not None and self._said_next(doc, after, quote):
                    continue
                yield Hit(quote.start, quote.end, {"match": _clip(doc.source[quote.start : quote.end])})

    def _said_outside(self, doc: Document, para: Para, quote: Span, inner: slice) -> bool:
        """A speech verb among the paragraph's words outside `quote` (the words at `inner`); all
        of them count when it is unclosed (it runs to the paragraph's end, over any tag after
        it). Other quotes keep their words: straight quotes nested in one pair up wrongly and may
        hold its tag."""
        lowers = para.lowers
        if doc.prose[quote.end - 1] not in _CLOSERS:
            return self.has_source(lowers)
        verbs = self.verbs
        return not (verbs.isdisjoint(lowers[: inner.start]) and verbs.isdisjoint(lowers[inner.stop :]))

    def _said_before(self, doc: Document, before: Para) -> bool:
        """The last sentence of the paragraph before names the quote's speaker: a speech verb
        with someone to say it, not an unnamed many ("Sejumlah pengunjung mengaku ...", "Menurut
        sumber di kepolisian, ...") of whom the quote could be anyone's."""
        last = before.sentences[-1]
        lowers = before.lowers_in(last)
        if self.has_source(lowers) and self._only_records(lowers):
            # ... unless a person keeps it ("Kepala dinas, Budi Santoso, mencatat ..."): a name
            # in title case inside the sentence (an institution's capitals are no one's voice)
            return any(w.text[:1].isupper() and not w.text.isupper() for w in before.words_in(last)[1:])
        if not self.has_source(lowers):
            # "Sumarni (50) mengatakan ... Ia berharap ...": the speaker still the subject
            return bool(lowers) and lowers[0] in self.named_by and self.has_source(before.lowers)
        if self.unnamed.isdisjoint(lowers) or not self.named_by.isdisjoint(lowers):
            return True
        # a name inside the sentence (its first word's capital is the sentence's)
        return any(w.text[:1].isupper() for w in before.words_in(last)[1:])

    def _told_between(self, para: Para, quote: Span) -> bool:
        """The quote's own paragraph tells something else before it, about someone it does not
        name ("Sebagian warga memilih tidur di tenda. "Kami ..."): the speaker of the paragraph
        before no longer goes on."""
        lead = [low for word, low in zip(para.words, para.lowers, strict=True) if word.end <= quote.start]
        return bool(lead) and lead[0] not in self.named_by and not self.unnamed.isdisjoint(lead)

    def _only_records(self, lowers: Sequence[str]) -> bool:
        """Every speech word of the sentence keeps or cites a record: "Panitia mencatat ...",
        "Menurut catatan pengelola, ...", "Berdasarkan data BLU, ..."."""
        said = [k for k, w in enumerate(lowers) if w in self.verbs]
        cited = {k for k in said if k + 1 < len(lowers) and lowers[k + 1] in self.documents}
        return bool(said) and all(lowers[k] in self.records or k in cited for k in said)

    def _points_back(self, words: Sequence[str]) -> bool:
        """Whether the sentence after a quote says who said it: "Hal itu disampaikan Andi",
        "Demikian kata Andi", "Menurut Andi, ...", "Andi mengatakan itu". One whose subject says something new
        ("Panitia memastikan acara berlanjut") is a statement of its own."""
        said = [w for w in words if w in self.verbs]
        if not said or words[0] in self.replies:
            return False  # "Menanggapi hal itu, Camat ... mengatakan": another speaker answers
        # "Hal senada disampaikan Rudi", "Pernyataan serupa ...", "Senada dengan itu, ...": a
        # second speaker saying the same; only as the sentence opens ("di lokasi yang sama" says
        # nothing of the kind)
        opening = list(words[1:3] if words[0] in self.back_references else words[:2])
        if opening and (opening[0] in _LIKEWISE or opening == ["yang", "sama"]):
            return False
        pointers = [
            k
            for k, w in enumerate(words)
            if w in self.back_references and not (k and words[k - 1] in self.connectives)
        ]
        if words[0] in self.verbs or pointers:
            return True
        # "Andi mengatakan itu saat meninjau terminal": the verb's object is the quote
        if any(a in self.verbs and b in _POINTERS for a, b in itertools.pairwise(words)):
            return True
        # a passive or -nya form has no subject of its own to speak for
        return any(w.startswith("di") or w.endswith("nya") for w in said)

    def _said_next(self, doc: Document, after: Para, quote: Span) -> bool:
        """The speaker named after the quote: in the next paragraph when the quote runs on into it
        (news style leaves a quote open at a paragraph's end and reopens it in the next), else in
        the next paragraph's first sentence, if that sentence points back at the quote."""
        unclosed = doc.prose[quote.end - 1] not in _OPEN_QUOTES.values()
        if unclosed and doc.prose[after.block.start] in _OPEN_QUOTES:
            return self.has_source(after.lowers)
        first = after.sentences[0]
        words = after.words_in(first)
        if len(words) > 1 and words[0].text.lower() == "menurut" and words[1].text.islower():
            # "Menurut ahli hidrologi dari ..., Bambang, ...": a source introduced afresh by his
            # role, with a claim of his own; "Menurut Andi, ..." and "Menurut dia" go on
            return words[1].text in self.named_by
        return self._points_back(after.lowers_in(first))

    @staticmethod
    def _opens_sentence(doc: Document, para: Para, quote: Span) -> bool:
        """A quote standing as a sentence; a quote inside one is partial and the sentence's
        subject is its speaker, and a quote after a colon has been introduced."""
        for sentence in para.sentences:
            if sentence.start <= quote.start < sentence.end:
                return sentence.start == quote.start
        return True

    def _tagged_inside(self, doc: Document, quote: Span) -> bool:
        """A quote left open whose tag stands inside it ('"Kami siap, jelas Andi.'): the
        closing mark is missing, which the paired-quotes rule reports, not the speaker."""
        text = doc.prose[quote.start : quote.end]
        if text[-1:] in _OPEN_QUOTES.values():
            return False
        for m in _TAG_INSIDE.finditer(text):
            verb = m.group(1)
            # a tag names its speaker ("jelas Andi") or is a -nya form ("ujarnya"); a bare
            # "jelas" between commas is an adverb ("sudah ada, jelas, tetapi ...")
            if m.group(2) and (verb in self.after_quote or verb in self.verbs):
                return True
            if verb.endswith("nya") and verb[:-3] in self.after_quote:
                return True
        return False

    def _said_after(self, doc: Document, para: Para, quote: Span) -> bool:
        first = bisect.bisect_left(para.starts, quote.end)
        following = para.lowers[first : first + 3]
        # "jelas Andi", "jelasnya"
        after_quote = self.after_quote
        if any(w in after_quote or (w.endswith("nya") and w[:-3] in after_quote) for w in following):
            return True
        # a speech verb with one letter slipped before the speaker's name or pronoun ('," kota
        # Andi', '," kaya dia'): the quote is tagged all the same, and the slip is the real-word
        # rules' to report
        words = para.words
        if not following:
            return False
        named = (
            first + 1 < len(words)
            and (words[first + 1].text[:1].isupper() or words[first + 1].text in _TAG_PRONOUNS)
            and doc.prose[words[first].end : words[first + 1].start] == " "
        )
        if named:
            return self._slipped_verb(following[0])
        # ... or its -nya form closing the sentence ('," kotanya.'): it needs no name
        word = words[first]
        return (
            following[0].endswith("nya")
            and doc.prose[word.end : word.end + 1] == "."
            and self._slipped_verb(following[0][:-3])
        )

    def _slipped_verb(self, word: str) -> bool:
        return len(word) >= SLIPPED_VERB_MIN and any(
            damerau1(word, verb) for verb in itertools.chain(self.verbs, self.after_quote)
        )


def _neighbours(doc: Document, paras: list[Para]) -> list[tuple[Para | None, Para | None]]:
    """For each body paragraph, the body paragraphs right before and after it.

    "Baca Juga" lines between them are skipped; a subheading ends the adjacency.
    """
    order = [b for b in doc.blocks if b.kind is not BlockKind.RELATED]
    position = {id(b): k for k, b in enumerate(order)}
    by_block = {id(p.block): p for p in paras}
    out: list[tuple[Para | None, Para | None]] = []
    for para in paras:
        k = position[id(para.block)]
        before = by_block.get(id(order[k - 1])) if k > 0 else None
        after = by_block.get(id(order[k + 1])) if k + 1 < len(order) else None
        out.append(
            (before if before and before.sentences else None, after if after and after.sentences else None)
        )
    return out


def _clip(text: str, size: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1].rstrip() + "…"


class VagueSource:
    """Flags an unnamed group or person given as a source, and hearsay markers.

    Three shapes, none with a name nearby: a vague quantifier and a role followed within a few
    words by a speech or opinion verb ("para ahli mengatakan", "sejumlah pihak menilai");
    "menurut" and a role ("menurut sumber", "menurut informasi yang beredar"); a media role with
    no outlet named ("media Rusia melaporkan", where "Rusia" is a place, not an outlet). Hearsay
    words ("kabarnya", "disebut-sebut") are flagged wherever they stand as hearsay.
    """

    def __init__(
        self,
        quantifiers: Collection[str],
        roles: Collection[str],
        verbs: Collection[str],
        bare_roles: Collection[str] = (),
        according: Collection[str] = ("menurut",),
        according_roles: Collection[str] = (),
        according_clause_initial: Collection[str] = (),
        media: Collection[str] = (),
        places: Collection[str] = (),
        hearsay: Collection[str] = (),
        hearsay_not_after: Collection[str] = (),
        rumours: Collection[str] = (),
        rumour_verbs: Collection[str] = (),
        rumour_not_after: Collection[str] = (),
        rumour_weighed: Collection[str] = (),
        citations: Collection[str] = ("dikutip", "dilansir", "melansir", "mengutip"),
        stops: Collection[str] = ("itu", "tersebut", "ini"),
        fillers: Collection[str] = ("besar", "kecil"),
        window: int = 5,
        evidence: Collection[str] = (),
        evidence_quantifiers: Collection[str] = (),
        antecedents: Collection[str] = (),
        documents: Collection[str] = (),
        holders: Collection[str] = (),
        evidence_verbs: Collection[str] = (),
    ):
        if not roles or not verbs:
            raise ValueError("`roles` and `verbs` must not be empty")
        self.quantifiers = _lower_set(quantifiers)
        self.roles = _lower_set(roles)
        self.verbs = _lower_set(verbs)
        self.bare_roles = _lower_set(bare_roles)
        self.according = _lower_set(according)
        # words that introduce a source only opening a clause: "Berdasarkan laporan, ..." but
        # "menyiram berdasarkan perkiraan" (by guesswork)
        self.according_clause_initial = _lower_set(according_clause_initial)
        # roles vague after "menurut" on their own; any role is vague after "menurut para/sejumlah"
        self.according_roles = _lower_set(according_roles)
        self.rumours = _lower_set(rumours)
        self.rumour_verbs = _lower_set(rumour_verbs)
        # a rumour believed, spread or denied is what the story warns of, not its source:
        # "jangan mudah percaya pada kabar yang beredar"
        self.rumour_not_after = _lower_set(rumour_not_after)
        # ... and so is one whose truth its clause weighs: "tidak semua informasi yang beredar di
        # grup itu benar", "isu yang beredar itu tidak benar"
        self.rumour_weighed = _lower_set(rumour_weighed)
        self.media = _lower_set(media)
        self.places = frozenset(places)
        self.hearsay = _lower_set(hearsay)
        self.hearsay_not_after = _lower_set(hearsay_not_after)
        self.citations = _lower_set(citations)
        # words after a role that show it names no unnamed source: "para ahli tersebut" points
        # back to experts already named, "media sosial" is not the press
        self.stops = _lower_set(stops)
        self.fillers = _lower_set(fillers)
        self.window = window
        # what a claim rests on (data, survei, penelitian): after "menurut" it names its source
        # unless counted ("menurut sebuah survei") or what goes around ("menurut data yang
        # beredar"); "menurut data kepolisian" names its holder
        self.evidence = _lower_set(evidence)
        self.evidence_quantifiers = _lower_set(evidence_quantifiers)
        # words by which a draft names the data, survey or study a bare "menurut data" points
        # back to (mencatat, meneliti, survei ...): with none before, that evidence is no one's
        self._antecedents = (
            compiled.compile(
                rf"\b(?:{'|'.join(sorted(map(re.escape, _lower_set(antecedents))))})\b", re.IGNORECASE
            )
            if antecedents
            else None
        )
        # a report or an account with its holder's kind after it names its source as "menurut
        # data kepolisian" does: "menurut laporan polisi", "berdasarkan keterangan petugas"
        self.documents = _lower_set(documents)
        self.holders = _lower_set(holders)
        self.counted = self.quantifiers | self.evidence_quantifiers
        # what bare evidence opening a sentence claims with: "Data menunjukkan ...", "Penelitian
        # terbaru membuktikan ..." (the verbs a person says with are `verbs`)
        self.evidence_verbs = _lower_set(evidence_verbs)
        # the words each shape starts with: hearsay, rumour, "menurut", quantifier, media, bare
        # role, bare evidence
        self.openers = (
            self.hearsay
            | self.rumours
            | self.rumour_verbs
            | self.according
            | self.counted
            | self.media
            | self.bare_roles
            | (self.evidence if self.evidence_verbs else frozenset())
        )

    def check(self, doc: Document) -> Iterator[Hit]:
        openers = self.openers
        for para in body_paragraphs(doc):
            # most paragraphs hold no opener at all: no sentence of theirs is worth slicing out
            if openers.isdisjoint(para.lowers):
                continue
            quotes: list[Span] | None = None
            for sentence in para.sentences:
                where = para._range(sentence)
                lower = para.lowers[where]
                # a sentence holding no word any shape opens with has nothing to find
                if openers.isdisjoint(lower):
                    continue
                for hit in self._sentence(doc, list(para.words[where]), lower):
                    if quotes is None:
                        quotes = list(quote_spans(doc, para.block))
                    # a direct quotation is its speaker's words, and the speaker its source
                    # ('"... banyak yang khawatir ...," kata Joko'); a quote with no speaker is
                    # the unattributed-quote rule's
                    if not any(q.start <= hit.start < q.end for q in quotes):
                        yield hit

    def _sentence(self, doc: Document, words: list[Word], lower: Sequence[str]) -> Iterator[Hit]:
        # "Dilansir BBC, media Rusia melaporkan ...": the sentence names where it comes from
        # (most sentences hold no citation word: one set test spares a pass over their words)
        cited = not self.citations.isdisjoint(lower) and any(
            low in self.citations and k + 1 < len(words) and words[k + 1].text[:1].isupper()
            for k, low in enumerate(lower)
        )
        used = -1
        openers = self.openers
        # only an opener starts a shape: visit those words, found in one pass
        for i in [k for k, low in enumerate(lower) if low in openers]:
            if i <= used:
                continue
            word = lower[i]
            if word in self.hearsay and (i == 0 or lower[i - 1] not in self.hearsay_not_after):
                # "konon kabarnya": one finding for the run
                j = i
                while j + 1 < len(lower) and lower[j + 1] in self.hearsay:
                    j += 1
                used = j
                yield self._hit(doc, words[i], words[j])
                continue
            rumour = self._rumour_at(lower, i)
            if rumour is not None and self._rumour_warned_of(lower, i, rumour):
                used = rumour
                continue
            if rumour is not None:
                used = rumour
                yield self._hit(doc, words[i], words[rumour])
                continue
            if word in self.evidence and word not in self.counted and word not in self.according:
                verb = self._bare_evidence_says(doc, words, lower, i)
                if verb is not None:
                    used = verb
                    yield self._hit(doc, words[i], words[verb])
                continue
            if word in self.according:
                if word in self.according_clause_initial and not _opens_clause(doc, words, i):
                    continue
                end = self._according(doc, words, lower, i)
                if end is not None:
                    used = end
                    yield self._hit(doc, words[i], words[end])
                continue
            role = None if cited else self._role_at(lower, i)
            if role is None:
                continue
            start, role_end, is_media = role
            if lower[role_end] in self.evidence:
                verb = self._says(lower, role_end)
            else:
                verb = self._verb_after(doc, words, lower, role_end, is_media)
            if verb is not None:
                used = verb
                yield self._hit(doc, words[start], words[verb])

    def _rumour_warned_of(self, lower: Sequence[str], i: int, end: int) -> bool:
        """The rumour at words i to `end` follows a verb of believing, spreading or denying it,
        right before it or before a preposition ("percaya pada kabar yang beredar"), or a word
        weighing its truth comes within four words after it ("... itu benar")."""
        if not self.rumour_weighed.isdisjoint(lower[end + 1 : end + 5]):
            return True
        before = lower[max(0, i - 2) : i]
        if before and before[-1] in _RUMOUR_PREPOSITIONS:
            before = before[:-1]
        return bool(before) and before[-1] in self.rumour_not_after

    def _rumour_at(self, lower: Sequence[str], i: int) -> int | None:
        """End of "kabar yang beredar" or "beredar kabar" starting at word i."""
        if lower[i] in self.rumours and i + 2 < len(lower) and lower[i + 1] == "yang":
            return i + 2 if lower[i + 2] in self.rumour_verbs else None
        if lower[i] in self.rumour_verbs and i + 1 < len(lower) and lower[i + 1] in self.rumours:
            return i + 1
        return None

    def _role_at(self, lower: Sequence[str], i: int) -> tuple[int, int, bool] | None:
        """(first word, role word, is media) when a vague role phrase starts at word i."""
        word = lower[i]
        if word in self.counted:
            j = i + 1
            # "sebagian besar ahli"
            while j < len(lower) and j <= i + 2 and lower[j] in self.fillers:
                j += 1
            if j < len(lower) and word in self.quantifiers and lower[j] in self.roles:
                return i, j, lower[j] in self.media
            # "Sebuah survei menyebutkan", "beberapa penelitian menyebut": counted, no holder
            if j < len(lower) and lower[j] in self.evidence:
                return i, j, False
            return None
        if word in self.media and (i == 0 or lower[i - 1] not in self.quantifiers):
            return i, i, True
        if word in self.bare_roles and i == 0:
            return i, i, False
        return None

    def _says(self, lower: Sequence[str], j: int) -> int | None:
        """The verb of saying the counted study at j is the subject of, right after it or after
        one word ("Sebuah survei terbaru menyebutkan"); not a purpose, a relative clause or the
        writer's own ("sebuah kajian untuk menilai", "data yang kami kumpulkan menyebutkan")."""
        for k in (j + 1, j + 2):
            if k >= len(lower) or lower[k] in _NOT_A_STUDYS_SAYING:
                return None
            if lower[k] in self.verbs:
                return k
        return None

    def _verb_after(
        self, doc: Document, words: list[Word], lower: Sequence[str], j: int, media: bool
    ) -> int | None:
        for k in range(j + 1, min(len(words), j + 1 + self.window)):
            if lower[k] in self.verbs:
                return k
            if lower[k] in self.stops:
                return None
            if is_name(doc, words[k]) and not (media and words[k].text in self.places):
                return None
            if doc.prose[words[k - 1].end : words[k].start].strip() not in ("", ","):
                return None
        return None

    def _according(self, doc: Document, words: list[Word], lower: Sequence[str], i: int) -> int | None:
        j = i + 1
        # "menurut sejumlah sumber", "menurut salah satu sumber", "menurut sebagian besar ahli"
        while j < len(lower) and j <= i + 3:
            filler = j > i + 1 and lower[j - 1] in self.counted and lower[j] in self.fillers
            if not (filler or lower[j] in self.counted):
                break
            j += 1
        if j >= len(lower):
            return None
        if lower[j] in self.evidence and not self._vague_evidence(doc, words, lower, i, j):
            return None
        # "menurut pihak sekolah" names an institution; "menurut sejumlah pihak" names no one
        if (
            lower[j] not in self.according_roles
            and lower[j] not in self.evidence
            and not (j > i + 1 and lower[j] in self.roles)
        ):
            return None
        if lower[j] in self.documents and self._held(doc, words, lower, j):
            return None
        if lower[j] in self.documents and self._gathered_by(doc, words, lower, j):
            return None
        # "menurut laporan Reuters" names a source; "menurut sumber di Kementerian X" only the
        # place of someone left unnamed, and stays vague
        named_after = lower[j] != "sumber"
        for k in range(j + 1, min(len(words), j + 1 + self.window) if named_after else j + 1):
            gap = doc.prose[words[k - 1].end : words[k].start]
            if gap.strip():
                break
            if lower[k] in self.stops:
                return None
            if is_name(doc, words[k]) and words[k].text not in self.places:
                return None
        end = j
        # "menurut informasi yang beredar": the whole phrase is the vague part
        if end + 2 < len(lower) and lower[end + 1] == "yang" and lower[end + 2] in self.verbs:
            end += 2
        return end

    def _held(self, doc: Document, words: list[Word], lower: Sequence[str], j: int) -> bool:
        """The report at j names its holder's kind right after it or after the report's own kind,
        in one phrase: "laporan polisi", "laporan keuangan koperasi"."""
        for k in (j + 1, j + 2):
            if k >= len(lower) or doc.prose[words[k - 1].end : words[k].start] != " ":
                return False
            if lower[k] in self.holders:
                return True
        return False

    @staticmethod
    def _gathered_by(doc: Document, words: list[Word], lower: Sequence[str], j: int) -> bool:
        """The report at j says who gathered or sent it: "laporan yang dihimpun pengurus
        paguyuban", not "laporan yang diterima, ..." (received by no one named)."""
        k = j + 3
        if k >= len(lower) or lower[j + 1] != "yang" or not lower[j + 2].startswith("di"):
            return False
        gaps = (doc.prose[words[m].end : words[m + 1].start] for m in range(j, k))
        return all(not gap.strip() for gap in gaps) and lower[k].isalpha()

    def _bare_evidence_says(
        self, doc: Document, words: list[Word], lower: Sequence[str], i: int
    ) -> int | None:
        """The verb by which the bare evidence opening the sentence at word i claims something,
        right after it or after one word ("Data menunjukkan", "Penelitian terbaru membuktikan"),
        when the draft has named no data, survey or study before it to point back to: like
        "Menurut data, ..." alone. A holder after it ("Data BPS menunjukkan") names the source."""
        if i != 0 or not self.evidence_verbs:
            return None
        for k in (i + 1, i + 2):
            if k >= len(lower) or lower[k] in _NOT_A_STUDYS_SAYING or is_name(doc, words[k]):
                return None
            if lower[k] in self.evidence_verbs:
                return None if self._named_before(doc, words[i]) else k
        return None

    def _named_before(self, doc: Document, word: Word) -> bool:
        """The draft names some data, survey or study before `word`, which a bare "data" or
        "survei" there may point back to (see `antecedents`)."""
        found = self._antecedents.search(doc.prose, 0, word.start) if self._antecedents else None
        return found is not None

    def _vague_evidence(self, doc: Document, words: list[Word], lower: Sequence[str], i: int, j: int) -> bool:
        """Evidence after "menurut" that names no holder: counted, or what goes around. Alone
        ("Menurut data, ...") it is often the data the sentence before named, unless the draft
        has named no such thing before ("Menurut survei, 68 persen ..." with no survey)."""
        if j + 2 < len(lower) and lower[j + 1] == "yang" and lower[j + 2] in self.rumour_verbs:
            return True  # "menurut data yang beredar"
        if j == i + 1 and doc.prose.startswith(",", words[j].end) and self._antecedents is not None:
            return not self._named_before(doc, words[i])
        # counted: "menurut sebuah survei", "menurut beberapa penelitian"; but one that says who
        # made it is sourced ("sebuah survei kecil yang digelar pengelola desa")
        made = False
        for k in range(j + 1, min(j + 4, len(lower))):
            if lower[k] == "yang":
                # "yang (pernah) digelar ...", "yang kerap ia kutip dari ..."
                clause = lower[k + 1 : k + 5]
                made = any((w.startswith("di") and len(w) > 4) or w in ("dari", "oleh") for w in clause)
                break
        return j > i + 1 and not made

    def _hit(self, doc: Document, first: Word, last: Word) -> Hit:
        return Hit(first.start, last.end, {"match": doc.source[first.start : last.end]})


#: words after a counted study that make it no subject saying something
_NOT_A_STUDYS_SAYING = frozenset(
    {
        "yang", "untuk", "guna", "agar",  # a relative clause or a purpose
        "akan", "belum", "sedang", "masih",  # a study yet to say anything
        "kami", "kita", "saya",  # the speaker's own
        "itu", "ini",  # one the text named before
    }
)  # fmt: skip


def _opens_clause(doc: Document, words: Sequence[Word], i: int) -> bool:
    """Word i opens its sentence (the words are one sentence's) or follows a comma."""
    return i == 0 or doc.prose[words[i - 1].end : words[i].start].strip() == ","


_MONEY_AHEAD = LazyPattern(r" (?:Rp ?|US\$ ?)\d")
_FIGURE_AHEAD = LazyPattern(r"[^.!?]*?(?:\d\s*%|\bpersen\b|\bRp ?\d|US\$ ?\d)")


class AgentlessReport(_Attribution):
    """Flags "dilaporkan", "dikabarkan", "Diketahui," with no agent and no source in the paragraph."""

    def __init__(
        self,
        verbs: Collection[str],
        passives: Collection[str],
        initial_only: Collection[str] = (),
        not_after: Collection[str] = (),
        not_before: Collection[str] = (),
        manner: Collection[str] = (),
        reported_to: Collection[str] = (),
        authorities: Collection[str] = (),
        authority_openers: Collection[str] = (),
        confirms: Collection[str] = (),
        not_confirming: Collection[str] = (),
        estimates: Collection[str] = (),
        records: Mapping[str, Collection[str]] | None = None,
        not_before_records: Collection[str] = (),
        agents: Collection[str] = (),
        verb_only: Collection[str] = (),
        bare_verbs: Collection[str] = (),
    ):
        super().__init__(verbs)
        self.passives = _lower_set(passives) | _lower_set(verb_only)
        # verbs of change with no affix, which claim after "disebut" as affixed verbs do
        # ("disebut anjlok separuhnya", "disebut naik tiga kali lipat")
        self.bare_verbs = _lower_set(bare_verbs)
        # "disebut melonjak 300 persen" claims; "disebut Kampung Batik" only names
        self.verb_only = _lower_set(verb_only)
        # nouns of people whose report a passive names right after it, inside a sentence:
        # "sering dilaporkan warga", "dilaporkan korban"; at a sentence's start the noun is
        # the claim's subject ("Diketahui pelaku berinisial AS")
        self.agents = _lower_set(agents)
        # a passive whose source is any record-keeper its paragraph or the one before names:
        # "Pengelola mencatat ... Tercatat 500 mobil parkir" (tercatat -> mencatat, data)
        self.records = {k.lower(): _lower_set(v) for k, v in (records or {}).items()}
        self.not_before_records = _lower_set(not_before_records)
        # what the sentence after "Dilaporkan, ..." must say to be its source: a verb of saying
        # or one that vouches for a claim ("Kapolres membenarkan hal itu"), not one of a speaker's
        # own view or wish ("Fadli mengaku belum memikirkannya" speaks of something else)
        self.confirms = (self.verbs | _lower_set(confirms)) - _lower_set(not_confirming)
        # adverbs of manner between the verb and what `not_before` looks for ("dilaporkan
        # secara berjenjang kepada KPU"): each takes the word after it along when it ends in
        # "-" ("secara-": secara berjenjang)
        self.manner = {m.rstrip("-"): m.endswith("-") for m in _lower_set(manner)}
        # what only an adverb may stand before: the one the report went to or came from
        # ("kepada", "oleh"), not a destination ("dilaporkan kembali ke rumah")
        self.reported_to = _lower_set(reported_to)
        # after an adverb, "ke" names one the report went to only before an authority ("dilaporkan
        # secara resmi ke Polrestabes"), not a place one goes back to ("kembali ke rumah")
        self.authorities = _lower_set(authorities)
        self.authority_openers = _lower_set(authority_openers)
        # "Diketahui, ..." claims; "belum diketahui" only says nobody knows yet
        self.initial_only = _lower_set(initial_only)
        # "Diperkirakan, ..." and "Diperkirakan ada 5.000 warga ..." claim; "Diperkirakan 13
        # persen ..." is the share's, which the figure rules report
        self.estimates = _lower_set(estimates)
        self.not_after = _lower_set(not_after)
        self.not_before = _lower_set(not_before)

    def check(self, doc: Document) -> Iterator[Hit]:
        previous: Sequence[str] = ()
        for para in body_paragraphs(doc):
            lowers, before, previous = para.lowers, previous, para.lowers
            if self.passives.isdisjoint(lowers):
                continue
            sourced = self.has_source(lowers)
            words = para.words
            starts: list[int] | None = None  # the sentence starts, found once per paragraph
            for i, word in enumerate(words):
                low = lowers[i]
                if low not in self.passives:
                    continue
                initial = opens_sentence(doc.prose, word.start)
                # "Dilaporkan, ..." opens a claim of its own: its sentence or the next one may
                # name who reports it, a source before it speaks of something else; elsewhere a
                # source anywhere in the paragraph may be the one reporting
                if initial and (sourced or not self.confirms.isdisjoint(lowers)):
                    if starts is None:
                        starts = [k for k, w in enumerate(words) if opens_sentence(doc.prose, w.start)]
                    following = [k for k in starts if k > i]
                    own_end = following[0] if following else len(words)
                    end = following[1] if len(following) > 1 else len(words)
                    own = lowers[i + 1 : own_end]
                    # "Dilaporkan bahwa ruas itu mencatat ...": the claim's own verbs report nothing
                    if own[:1] == ("bahwa",):
                        own = ()
                    if self.has_source(own) or not self.confirms.isdisjoint(lowers[own_end:end]):
                        continue
                elif sourced:
                    continue
                if low in self.initial_only and not initial:
                    continue
                if low in self.verb_only and not (
                    i + 1 < len(words)
                    and doc.prose[word.end : words[i + 1].start] == " "
                    and words[i + 1].text.islower()
                    and (is_verb(lowers[i + 1]) or lowers[i + 1] in self.bare_verbs)
                    # an amount of money right after the verb is an estimate: the estimate
                    # rule's ("disebut mencapai Rp12 miliar"), which says so with the amount
                    and not _MONEY_AHEAD.match(doc.prose, words[i + 1].end)
                ):
                    continue
                kept = self.records.get(low)
                if kept is not None:
                    # a count goes on from a record its paragraph or the one before names, or
                    # from any source of its own paragraph ("Menurut Dinkes, ... Tercatat tiga
                    # pasien meninggal"); "Tercatat sebagai ..." is a state, no claim. The
                    # paragraph before counts only for its first sentence, which goes on from
                    # it: a later one has moved on ("Data medis dikirim ke rumah sakit." over
                    # "Dinkes menargetkan ... Selama ini, antrean disebut mencapai dua pekan").
                    # A claim ("disebut mencapai") has its record in its own sentence or the one
                    # before ("Dalam unggahan itu, banjir diklaim ...", "Jaksa membacakan
                    # dakwaan. Ia disebut ..."): a video named further back may show anything
                    if starts is None:
                        starts = [k for k, w in enumerate(words) if opens_sentence(doc.prose, w.start)]
                    first = not any(0 < k <= i for k in starts)
                    scope = lowers
                    if low in self.verb_only:
                        opened = [k for k in starts if k <= i]
                        opening = opened[-2] if len(opened) > 1 else 0
                        scope = lowers[opening : min((k for k in starts if k > i), default=len(words))]
                    if not (kept.isdisjoint(scope) and (not first or kept.isdisjoint(before))):
                        continue
                    if self.has_source(lowers):
                        continue
                    if i + 1 < len(lowers) and lowers[i + 1] in self.not_before_records:
                        continue
                if low in self.estimates and (
                    # an estimate that goes on from a quoted source's paragraph is theirs
                    self.has_source(before)
                    # a share or a sum estimated in its sentence is the figure rules' to report
                    or (
                        doc.prose[word.end : word.end + 1] != ","
                        and _FIGURE_AHEAD.match(doc.prose, word.end) is not None
                    )
                ):
                    continue
                if i > 0 and not initial and lowers[i - 1] in self.not_after:
                    continue
                nxt = words[i + 1] if i + 1 < len(words) else None
                if nxt is not None and doc.prose[word.end : nxt.start].strip() in ("", ","):
                    # "dilaporkan oleh ...", "dilaporkan ke polisi", "dilaporkan Reuters"
                    if lowers[i + 1] in self.not_before:
                        continue
                    k = self._past_manner(doc, words, lowers, i + 1)
                    if lowers[k] in self.reported_to:
                        continue
                    if k > i + 1 and lowers[k] == "ke" and self._authority_at(lowers, k + 1):
                        continue
                    if doc.prose[word.end : nxt.start].strip() == "" and (
                        nxt.text[:1].isupper()
                        or (not initial and lowers[i + 1] in self.agents)
                    ):
                        continue
                yield Hit(word.start, word.end, {"match": word.text})

    def _authority_at(self, lowers: Sequence[str], k: int) -> bool:
        """An authority's name starts at word k, after an opener ("pihak kepolisian") or not."""
        if k < len(lowers) and lowers[k] in self.authority_openers:
            k += 1
        return k < len(lowers) and lowers[k] in self.authorities

    def _past_manner(self, doc: Document, words: Sequence[Word], lowers: Sequence[str], k: int) -> int:
        """The first word from `k` on that is no adverb of manner (nor its complement), within
        the clause: no mark between the words passed."""
        while k < len(words) - 1 and lowers[k] in self.manner:
            step = 2 if self.manner[lowers[k]] else 1
            end = min(k + step, len(words) - 1)
            if any(doc.prose[words[j].end : words[j + 1].start].strip() for j in range(k, end)):
                break
            k = end
        return k


class SourcelessArticle(_Attribution):
    """Flags a news report (it has a dateline) whose body names no source and quotes no one."""

    def __init__(self, verbs: Collection[str], min_words: int = 40):
        super().__init__(verbs)
        self.min_words = min_words

    def check(self, doc: Document) -> Iterator[Hit]:
        lead = next(doc.blocks_of(BlockKind.DATELINE), None)
        if lead is None:
            return
        paras = body_paragraphs(doc)
        if sum(len(p.words) for p in paras) < self.min_words:
            return
        for para in paras:
            if self.has_source(para.lowers) or _has_quote(doc, para.block):
                return
        first = next(iter(split_sentences(doc.prose, lead.start, lead.end)), None)
        if first is not None:
            yield Hit(first.start, first.end, {"match": _clip(doc.source[first.start : first.end])})


class UnsourcedFigure(_Attribution):
    """Flags the first statistic in a body paragraph that names no source for it.

    With `openers`, only a percentage that opens a sentence after one of them counts ("Sekitar
    60 persen petani ..."): a share stated as a fact of its own, where a count of people at an
    event ("Sekitar 2.000 penonton hadir") is the reporter's to give. Such a share is sourced
    when the paragraph right before it (no heading between) names a source, when the sentence
    gives its own count ("atau 12 dari 40 kios"), and throughout a draft whose headline,
    subtitle or lead names a study (`study_words`: "Survei klinik itu terhadap 600 pasien ...").
    """

    _OWN_COUNT = LazyPattern(r"\batau \d[\d.]* dari \d[\d.]*")
    # a share of what the paragraph has just counted ("... 3.200 aduan. Sebanyak 40 persen di
    # antaranya ...", "... Rp15 juta. Sebanyak 30 persen dari dana itu ..."): a breakdown of
    # the count, with the count's source, not a new figure
    _SHARE_OF_COUNT = LazyPattern(r"\s+(?:di antaranya|dari (?:[a-z]+ ){1,2}(?:itu|tersebut))\b")
    _NUMBER = LazyPattern(r"\d")

    _FIGURE = LazyPattern(
        r"(?<![\w.,/-])(?:Rp|US\$|\$)\s?\d[\d.,]*(?:\s+(?:ribu|juta|miliar|triliun))?"
        r"|(?<![\w.,/-])\d[\d.,]*\s*(?:%|persen\b)"
        r"|(?<![\w.,/-])\d[\d.,]*\s+(?:ribu|juta|miliar|triliun)\b"
        r"|(?<![\w.,/-])\d{1,3}(?:\.\d{3})+(?![\d,])"
    )

    def __init__(
        self,
        verbs: Collection[str],
        source_words: Collection[str] = (),
        openers: Collection[str] = (),
        study_words: Collection[str] = (),
        estimates: Collection[str] = (),
        estimate_links: Collection[str] = (),
        sources_after: Collection[str] = (),
    ):
        super().__init__(verbs)
        self.source_words = _lower_set(source_words)
        self.study_words = _lower_set(study_words)
        if openers and estimates:
            raise ValueError("`openers` and `estimates` are two rules: give one of them")
        if bool(estimates) != bool(estimate_links):
            raise ValueError("`estimates` and `estimate-links` go together")
        self._opened: re.Pattern[str] | None = None
        # words after the figure, in its sentence, that name who made it ("... oleh dua juri",
        # "... dalam amar putusan")
        self._told_after: re.Pattern[str] | None = None
        if sources_after:
            told = "|".join(re.escape(w) for w in sorted(sources_after, key=len, reverse=True))
            self._told_after = compiled.compile(rf"\b(?:{told})\b", re.IGNORECASE)
        # an estimate of money (a loss, a turnover) may stand anywhere in its sentence; a share
        # only opens one. Sizes and counts ("diperkirakan mencapai 150 hektare") are often the
        # reporter's own sight and stay unflagged.
        self._anywhere = bool(estimates)
        if openers:
            words = "|".join(re.escape(o) for o in sorted(openers, key=len, reverse=True))
            self._opened = compiled.compile(rf"(?:{words}) \d[\d.,]*\s*(?:%|persen\b)", re.IGNORECASE)
        elif estimates:
            said = "|".join(re.escape(e) for e in sorted(estimates, key=len, reverse=True))
            links = "|".join(re.escape(k) for k in sorted(estimate_links, key=len, reverse=True))
            self._opened = compiled.compile(
                rf"\b(?:{said}) (?:{links}) (?:Rp ?|US\$ ?)\d[\d.,]*(?: (?:ribu|juta|miliar|triliun)\b)?",
                re.IGNORECASE,
            )

    def _sourced(self, para: Para) -> bool:
        return self.has_source(para.lowers) or not self.source_words.isdisjoint(para.lowers)

    def check(self, doc: Document) -> Iterator[Hit]:
        if self._opened is not None:
            yield from self._shares(doc, self._opened)
            return
        for para in body_paragraphs(doc):
            if self._sourced(para):
                continue
            m = self._FIGURE.search(doc.prose, para.block.start, para.block.end)
            if m is not None:
                yield Hit(m.start(), m.end(), {"match": m.group()})

    def _shares(self, doc: Document, opened: re.Pattern[str]) -> Iterator[Hit]:
        if self.study_words and not self.study_words.isdisjoint(_opening_words(doc)):
            return  # the draft reports a study: its shares are the study's
        by_block = {id(p.block): p for p in body_paragraphs(doc)}
        # the body paragraph right before, with no heading between ("Baca Juga" lines aside)
        last: Para | None = None
        for block in doc.blocks:
            if block.kind in MASKED_KINDS:
                continue
            para = by_block.get(id(block))
            before, last = last, para
            if para is None:
                continue
            if self._sourced(para) or _has_quote(doc, para.block):
                continue  # (a quotation in the paragraph: its speaker gives the figure)
            if before is not None and not self.source_words.isdisjoint(before.lowers):
                continue  # the paragraph before names where the figures come from
            for sentence in para.sentences:
                if self._anywhere:
                    m = opened.search(doc.prose, sentence.start, sentence.end)
                else:
                    m = opened.match(doc.prose, sentence.start)
                if m is None or self._OWN_COUNT.search(doc.prose, m.end(), sentence.end):
                    continue
                if self._SHARE_OF_COUNT.match(doc.prose, m.end()) and self._NUMBER.search(
                    doc.prose, para.block.start, sentence.start
                ):
                    continue
                after = self._told_after
                if after is None or not after.search(doc.prose, m.end(), sentence.end):
                    yield Hit(m.start(), m.end(), {"match": m.group()})
                    break


CHECK_TYPES: dict[str, type] = {
    "quote-attribution": QuoteAttribution,
    "vague-source": VagueSource,
    "agentless-report": AgentlessReport,
    "sourceless-article": SourcelessArticle,
    "unsourced-figure": UnsourcedFigure,
}
