"""Affix-spacing check types (EYD V, bab II "Penulisan Kata"): the di-/ke- prefix written apart
from a verb, the prepositions di/ke joined to a place or time noun, ordinals, the particle
pun, and the clitics -nya/-kah/-lah written apart."""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Iterator, Sequence

from newslint import compiled
from newslint.checks.baku import MAX_WORD, active_of, attach
from newslint.checks.capital import sentence_start
from newslint.checks.lazy import LazyPattern
from newslint.checks.patterns import WordMemo, match_case
from newslint.document import TITLE_BLOCKS, Document, Word
from newslint.lexicon import Lexicon, lexicon
from newslint.lexicon.morphology import Analysis, nasal, without_clitic
from newslint.rules import Hit


def _adjacent(text: str, a: Word, b: Word) -> bool:
    gap = text[a.end : b.start]
    return gap != "" and gap.strip(" \t") == ""


#: A joined di- form this frequent (wordfreq zipf) is a passive in use even when the dictionary
#: lacks it (digelar 4.6, diraih 4.4); misspelt prepositions stay below (ditanah 3.1, disudut 3.1).
FREQUENT_PASSIVE = 4.0
#: a word at least this common is read as a noun after "di" when its passive is unheard of
COMMON_NOUN_ZIPF = 4.0


#: `PrefixApart._passive`'s level for a verb's base: a passive unless a noun follows it.
BASE = 3


class PrefixApart:
    """The prefix di- written apart from its verb: "di mainkan" -> "dimainkan".

    "di" + the next word must be a form the lexicon attests (dimainkan, ditutup) and the next
    word must not be a place or time noun (di akhir, di sela: `places`), so the preposition
    before a noun is never joined.
    """

    def __init__(
        self,
        places: Collection[str],
        both_readings: Collection[str] = (),
        fix: bool = True,
        rare_passive_zipf: float = FREQUENT_PASSIVE,
        passive_followers: Collection[str] = (),
        phrases: Collection[str] = (),
        leads: Collection[str] = (),
        lead_followers: Collection[str] = (),
        directions: Collection[str] = (),
        demonstratives: Collection[str] = (),
        noun_head_margin: float | None = None,
        verbal_margin: float | None = None,
        base_followers: Collection[str] = (),
        before_agent: Collection[str] = (),
    ):
        self.places = {p.lower() for p in places}
        # a stem hardly more common alone than with di- is a verb's base (jemur, tempel, tumpuk),
        # as is one never seen alone whose active form is common (kuras: menguras): no noun the
        # preposition could stand before, however rare the passive ("untuk di jemur ulang")
        self.verbal_margin = verbal_margin
        # ... when the clause ends after it or one of these follows, which follow verbs, not
        # nouns: a noun may stand after the noun a base also is ("di rekam medis")
        self.base_followers = {w.lower() for w in base_followers}
        # fixed noun phrases ("di operasi pasar"): their head after di is a noun, not a passive
        # (a dictionary is a frozenset already: kept as it is, nothing to build at start-up)
        self.phrases = frozenset(phrases)
        self.both = {b.lower() for b in both_readings}
        self.fix = fix
        # a passive the dictionary lacks and running text seldom joins (disantap) counts only
        # before a word that follows passives, not nouns: "di santap dengan", "di salah satu"
        self.rare_passive_zipf = rare_passive_zipf
        self.followers = {f.lower() for f in passive_followers}
        # adverbs that stand between a passive and its agent: "di data ulang oleh penyuluh"
        self.before_agent = {w.lower() for w in before_agent}
        # ... or between a word that leads a verb and a preposition ("harus di rujuk ke", "lalu
        # di jemur di atas"): a noun after "di" is seldom framed so
        self.leads = {w.lower() for w in leads}
        self.lead_followers = {f.lower() for f in lead_followers}
        # ... or before where it goes, with no lead ("uang itu di transfer ke rekening"): a noun
        # after "di" seldom runs on into "ke"
        self.directions = {d.lower() for d in directions}
        # a demonstrative marks the word before it a noun: "di tahap ini", "Di balai itu"
        self.demonstratives = {d.lower() for d in demonstratives}
        # a listed phrase whose first word is that much more common alone than with di- has a
        # noun at its head wherever it stands ("persaingan di program studi favorit")
        self.noun_head_margin = noun_head_margin

    def check(self, doc: Document) -> Iterator[Hit]:
        if "di" not in doc.vocabulary:
            return
        lex = lexicon()
        text = doc.prose
        words = doc.words
        for i, di, word in _particle_then_word(doc, "di"):
            x = word.text
            if not x.isalpha() or not x.islower() or not 3 <= len(x) <= MAX_WORD:
                continue
            level = self._passive(x, lex)
            following = words[i + 2] if i + 2 < len(words) else None
            next_to = following is not None and _adjacent(text, word, following)
            agent = next_to and self._agent_follows(text, words, i + 2)
            if level == 0 and agent:
                # a passive no one has been seen to write, but its agent follows: "peserta di
                # khitan oleh dokter"; a common noun is more likely a place ("di pasar oleh")
                level = 1 if self._agent_passive(x, lex) else 0
            if level == 0:
                continue
            if text[word.end : word.end + 1] == "," and sentence_start(text, di.start):
                continue  # a place set before the clause: "Di lelang, pembelinya dari pabrik"
            lead = i > 0 and words[i - 1].text.lower() in self.leads and _adjacent(text, words[i - 1], di)
            if (
                level == BASE
                and next_to
                and following is not None
                and not lead
                and not self._after_verb(following, lex)
            ):
                # a noun may follow the noun a base also is: "di rekam medis", "di rakit bambu";
                # after a word that leads a verb ("sudah di jemur pakaiannya") the base is the verb
                continue
            if (
                next_to
                and following is not None
                and self._phrase(x, following.text)
                and (self._place_phrase(text, words, i, following) or self._noun_head(x, lex))
            ):
                continue
            if (
                next_to
                and following is not None
                and following.text.lower() in self.demonstratives
                # "yang di pakai itu": a relative clause, which the demonstrative closes
                and all(w.text.lower() != "yang" for w in words[max(0, i - 3) : i])
            ):
                continue
            if level == 1 and not (
                agent
                or (
                    following is not None
                    and _adjacent(text, word, following)
                    and (
                        following.text.lower() in self.directions
                        or (following.text.lower() in self.lead_followers and lead)
                    )
                )
                # a word that leads a verb, and the clause ends: "ruang ganti ikut di renovasi."
                # (a place after "akan di" goes on to say what happens there)
                or (lead and text[word.end : word.end + 1] in (".", ",", ";", "!", "?"))
                # a relative clause's passive: "pedagang yang di relokasi tetap ..."
                or (i > 0 and words[i - 1].text.lower() == "yang" and _adjacent(text, words[i - 1], di))
            ):
                continue
            led = lead and following is not None and following.text.lower() in self.lead_followers
            if level == 1 and not led and self._earlier_passive(text, words, i, lex):
                # "kupon dibagikan di pos oleh petugas": the agent is the first verb's; a lead
                # frames a verb whatever came before ("dibelah, kemudian di jemur di bawah")
                continue
            joined = match_case(di.text, "di" + x)
            yield Hit(
                di.start,
                word.end,
                {"match": text[di.start : word.end], "replacement": joined},
                (joined,),
                joined if self.fix else None,
            )

    def _agent_follows(self, text: str, words: Sequence[Word], j: int) -> bool:
        """words[j], right after the word "di" stands before, is a passive's agent marker
        ("oleh"), or an adverb of `before_agent` with one right after it ("ulang oleh")."""
        if j >= len(words):
            return False
        low = words[j].text.lower()
        if low in self.followers:
            return True
        return (
            low in self.before_agent
            and j + 1 < len(words)
            and _adjacent(text, words[j], words[j + 1])
            and words[j + 1].text.lower() in self.followers
        )

    def _phrase(self, x: str, following: str) -> bool:
        # an owner's clitic on the phrase's last word keeps it the phrase: "di telepon genggamnya"
        low = following.lower()
        return f"{x.lower()} {low}" in self.phrases or f"{x.lower()} {without_clitic(low)}" in self.phrases

    @staticmethod
    def _earlier_passive(text: str, words: Sequence[Word], i: int, lex: Lexicon) -> bool:
        """A di- passive earlier in the sentence, which the agent after a rare reading may
        belong to: then "di" + the noun is where it happened."""
        for j in range(i - 1, max(-1, i - 8), -1):
            w = words[j].text.lower()
            readings = lex.analyse(w) if len(w) > 4 and w.startswith("di") else ()
            # the best reading (attested first): dinas is a stem, no di- + nas
            if readings and readings[0].prefix.startswith("di"):
                return True
            if sentence_start(text, words[j].start):
                break
        return False

    def _after_verb(self, word: Word, lex: Lexicon) -> bool:
        """`word` follows a verb but no noun: an adverb or a preposition of `base_followers`
        (ulang, secara, di), or a verb of its own ("yang di pilah dibawa ke ...")."""
        low = word.text.lower()
        if low in self.base_followers:
            return True
        return any(a.prefix.startswith(("di", "me", "ber", "ter")) for a in lex.analyse(low)[:1])

    def _verbal_base(self, core: str, active: str, lex: Lexicon) -> bool:
        """`core` is a verb's base by the frequencies of its forms (see `verbal_margin`)."""
        if self.verbal_margin is None:
            return False
        alone, passive = lex.zipf(core), lex.zipf("di" + core)
        if alone == 0.0:
            return lex.zipf(active) >= self.rare_passive_zipf
        return passive >= self.rare_passive_zipf and alone - passive <= self.verbal_margin

    def _noun_head(self, x: str, lex: Lexicon) -> bool:
        margin = self.noun_head_margin
        return margin is not None and lex.zipf(x) - lex.zipf("di" + x) >= margin

    @staticmethod
    def _place_phrase(text: str, words: Sequence[Word], i: int, last: Word) -> bool:
        """"di" + a fixed phrase read as a place: opening the clause ("Di operasi pasar, ...")
        or closing it after no auxiliary ("dijual di operasi pasar."), or owned ("di telepon
        genggam mereka", "di telepon genggamnya"). A phrase with a verb at its head is a passive
        elsewhere: "harus di cuci darah.", "di tangkap tangan oleh KPK"."""
        if sentence_start(text, words[i].start):
            return True
        # the phrase is two words: its last is words[i + 2]
        after = words[i + 3] if i + 3 < len(words) else None
        owner = after is not None and after.text.lower() in _OWNERS and _adjacent(text, last, after)
        if owner or without_clitic(last.text.lower()) != last.text.lower():
            return True  # an owned phrase is a noun's, whatever stands before it
        closes = text[last.end : last.end + 1] in (".", ",", ";", "!", "?", "") or last is words[-1]
        before = words[i - 1].text.lower() if i else ""
        return closes and before not in _AUXILIARIES

    def _agent_passive(self, x: str, lex: Lexicon) -> bool:
        """di + x reads as di- on a listed stem, not a place; a common noun only where its active
        form is in use too (mendata: "di data oleh kader" is didata; "di pasar oleh" a place)."""
        if x in self.places:
            return False
        readings = [a for a in lex.analyse("di" + x) if a.prefix == "di" and lex.is_stem(a.stem)]
        if not readings or lex.zipf(x) < COMMON_NOUN_ZIPF:
            return bool(readings)
        actives = (active_of(a) for a in readings)
        return any(active is not None and lex.zipf(active) >= self.rare_passive_zipf for active in actives)

    def _passive(self, x: str, lex: Lexicon) -> int:
        """2: di + x is a passive; 1: a rare one, to be read in context; BASE: a verb's base, a
        passive unless a noun follows; 0: not a passive."""
        core = without_clitic(x)
        if core in self.places or x in self.places:
            return 0
        # attested by the dictionary, or written joined often enough in running text (digelar)
        attested = lex.is_listed("di" + core) or lex.zipf("di" + core) >= FREQUENT_PASSIVE
        if core in self.both:
            # "di lepas pantai" and "di lepas oleh gubernur": a passive only before its agent
            return 1 if attested else 0
        if attested:
            level = 2
        elif lex.zipf("di" + core) >= self.rare_passive_zipf:
            level = 1
        else:
            # unheard of joined, but maybe a verb's own form (di siagakan), tested below
            level = 0
        # the passive must have an active twin: ditutup/menutup, dimainkan/memainkan; nouns the
        # dictionary overgenerates a di- form for (dikaki, dikursi) have none
        for a in lex.analyse("di" + core):
            active = active_of(a)
            # (a compound's stem is joined only under a confix: ditandatangani, tanda tangan)
            stem = lex.is_stem(a.stem) or a.stem in lex.compounds
            if active is not None and stem and (lex.is_listed(active) or _verb_form_alone(a, core, lex)):
                # a verb's own form after "di" (pertontonkan, tanamkan, kirimi: per-, -kan or -i
                # on a stem) is no noun the preposition could stand before, however rare the
                # passive
                if (a.suffix in ("kan", "i") or "per" in a.prefix) and not lex.is_stem(core):
                    return 2
                if level < 2 and self._verbal_base(core, active, lex):
                    return BASE
                if level == 0:
                    continue
                # a common noun whose passive and active no frequency list has seen ("di pagar
                # sekolah", "kuat di rempah": dipagar, memagar) is a noun after the preposition
                # unless its agent follows; real passives of such nouns (di paku) are rarer
                unheard = lex.zipf("di" + core) == 0 and lex.zipf(active) == 0
                if unheard and lex.zipf(core) >= COMMON_NOUN_ZIPF:
                    return 1
                return level
        return 0


def _verb_form_alone(a: Analysis, core: str, lex: Lexicon) -> bool:
    """di- + `core` read as `a` is a verb's form even where the dictionary lists no active
    (mengolesi): `core` is a stem with -kan or -i that is no word of its own, nor a name ("di
    olesi": oles + -i; not "di bekasi")."""
    return (
        a.prefix == "di"
        and a.suffix in ("kan", "i")
        and not lex.is_listed(core)
        and lex.zipf(core) == 0
        and not lex.is_name(core)
    )


class PrepositionJoined:
    """The preposition di or ke joined to a place or time noun: "dikantor" -> "di kantor",
    "kemana" -> "ke mana"; and "keluar kota" meaning a direction, "ke luar kota".

    The noun must be a place or time noun (`places`), and a word the lexicon attests as a
    whole stays (keluar, kemari); a stem that also makes a real passive (dibalik, disela:
    `both_readings`) is left to the writer.
    """

    def __init__(
        self,
        places: Collection[str],
        both_readings: Collection[str] = (),
        outward: Collection[str] = (),
        fix: bool = True,
    ):
        self.places = {p.lower() for p in places}
        self.both = {b.lower() for b in both_readings}
        self.outward = {o.lower() for o in outward}
        self.fix = fix
        self._cache: dict[str, str | None] = {}
        self._memo = WordMemo()

    def check(self, doc: Document) -> Iterator[Hit]:
        lex = lexicon()
        found = self._memo.matching(
            doc.vocabulary, lambda v: v[:2] in ("di", "ke") and self._split(v, lex) is not None
        )
        if "keluar" in doc.vocabulary:
            found.add("keluar")
        if not found:
            return
        text = doc.prose
        words = doc.words
        titles: list[tuple[int, int]] | None = None
        for index, word in enumerate(words):
            if word.text.lower() not in found:
                continue
            if word.text[:1].isupper() and not sentence_start(text, word.start):
                if titles is None:
                    titles = [(b.start, b.end) for b in doc.blocks if b.kind in TITLE_BLOCKS]
                if not any(a <= word.start < b for a, b in titles):
                    continue  # a capital inside a sentence is a name's: Dusun Ketangga, Kedaton
            split = self.split(word.text, lex)
            if split is not None:
                replacement = match_case(word.text, split)
                yield Hit.swap(word.start, word.end, word.text, replacement, safe=self.fix)
                continue
            if word.text.lower() == "keluar" and index + 1 < len(words):
                follower = words[index + 1]
                if follower.text.lower() in self.outward and _adjacent(text, word, follower):
                    replacement = match_case(word.text, "ke luar")
                    span = text[word.start : follower.end]
                    # "keluar kota" may also be read as "leave the town": suggest, do not rewrite
                    yield Hit(
                        word.start,
                        follower.end,
                        {"match": span, "replacement": f"{replacement} {follower.text}"},
                        (f"{replacement} {follower.text}",),
                    )

    def _split(self, low: str, lex: Lexicon) -> str | None:
        if low not in self._cache:
            self._cache[low] = self.split(low, lex) if len(low) <= MAX_WORD else None
        return self._cache[low]

    @staticmethod
    def _ke_noun(low: str, noun: str, lex: Lexicon) -> bool:
        """ke + `noun` is no word of its own: the noun is a common listed stem, not a number
        (kesebelas), not English (kesum, a herb: ke + sum), and makes no verb with meN-
        (kebayang, kerasa are colloquial passives)."""
        if lex.is_listed(low) or not lex.is_stem(noun):
            return False
        # English alone is no reason when the noun is as common in Indonesian (final, bus, bank),
        # but not for a short noun or a joined word English has (keen, keel)
        rare_here = lex.zipf(noun) < KE_NOUN_ENGLISH_ZIPF or len(noun) < 3
        if lex.is_english(noun) and (rare_here or lex.is_english(low)):
            return False
        # a name (kopi kerinci, of Kerinci) or a form running text often joins (kehati, from
        # kehati-hatian and a foundation's name) is no slip to split
        if lex.is_name(low.capitalize()) or lex.zipf(low) >= KE_JOINED_ZIPF:
            return False
        if noun in NUMBER_WORDS or noun in ("sekian", "berapa") or lex.verdict(low).how == "implausible":
            return False
        if not KE_NOUN_ZIPF <= lex.zipf(noun) < KE_NOUN_MAX_ZIPF:
            return False
        return not lex.is_listed(attach("meN", noun, ""))

    def split(self, text: str, lex: Lexicon) -> str | None:
        """The two-word spelling of a joined di/ke + place word, or None."""
        low = text.lower()
        if low[:2] not in ("di", "ke") or not low.replace("-", "").isalpha():
            return None
        rest = low[2:]
        if "-" in rest:
            # kemana-mana -> ke mana-mana: a reduplicated place word
            left, _, right = rest.partition("-")
            if left != right:
                return None
            rest_noun = left
        else:
            rest_noun = rest
        noun = rest_noun[:-3] if rest_noun.endswith("nya") and rest_noun[:-3] in self.places else rest_noun
        # (reduplicated, a place word makes no passive: "disela-sela" is di sela-sela)
        if noun in self.both and "-" not in rest:
            return None
        if noun not in self.places:
            # ke + a common noun no verb is made of (kehalte, kedokter): ke- makes no such word
            # (di- does: disubsidi, divaksin, dirazia are passives of nouns)
            if low[:2] == "ke" and rest == noun and text[:1].islower() and self._ke_noun(low, noun, lex):
                return "ke " + noun
            return None
        if low[:2] == "ke" and (lex.is_listed(low) or lex.is_listed(low[:2] + noun)):
            return None  # keluar(nya), kemari, kemudian: words of their own
        return low[:2] + " " + rest


#: words before a passive: "harus di cuci darah" is dicuci, whatever phrase follows
_AUXILIARIES = frozenset(
    {
        "akan", "harus", "bisa", "dapat", "perlu", "sudah", "telah", "sedang", "masih", "wajib",
        "tidak", "belum", "segera", "baru", "pernah", "mau", "ingin", "boleh", "langsung", "sempat",
    }
)  # fmt: skip

#: the pronouns that own a noun phrase after it: "di telepon genggam mereka"
_OWNERS = frozenset({"mereka", "kami", "kita", "saya", "anda", "kamu", "dia", "beliau", "kalian"})

#: ke + a noun at least this common (zipf) is the preposition joined: kehalte, kedokter
KE_NOUN_ZIPF = 3.5
KE_NOUN_MAX_ZIPF = 6.0  # tidak, diri, salah: function words and stems of other words
KE_JOINED_ZIPF = 3.5  # kedokter (3.1) is a common slip; kehati (3.6) is more than a slip
KE_NOUN_ENGLISH_ZIPF = 4.5  # kesum: ke + sum (English, rare here) is a herb; kewang (wang 4.4)


#: Spelled-out ordinals after ke- (EYD V: ketiga, ke-3).
NUMBER_WORDS = (
    "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
    "sebelas", "seratus", "seribu", "dua belas", "dua puluh",
)  # fmt: skip


class Ordinal:
    """Ordinals: ke- with digits takes a hyphen (ke-3), with a number word none (ketiga)."""

    # each pattern opens with its letter and looks behind it only then: a pattern that opens with
    # a look-behind is tried at every offset of the draft
    DIGITS = LazyPattern(r"([Kk](?<![\w\-\ufffc][Kk])e)(?:(\s+)|-\s+|)(\d+)(?![\d.,]*\d)(?![\w\-])")
    PREVIOUS = LazyPattern(r"([^\W\d_]+)[ \t]+$")
    #: a head counted out or taken one by one counts nothing in order: "tahap demi tahap ke tiga
    #: dusun", "per gelombang ke tiga titik", "dari setiap lantai ke dua gerobak"
    DISTRIBUTED = LazyPattern(r"\b(?i:per|setiap|tiap|demi)[ \t]+[^\W\d_]+[ \t]+$")
    WORDS = LazyPattern(rf"([Kk](?<![\w\-\ufffc][Kk])[Ee])-((?i:{'|'.join(NUMBER_WORDS)}))(?![\w\-])")
    # "periode ke tiga": a number word apart, an ordinal only after a head that counts in order
    # (else "ke tiga kota"); longest words first, so "dua belas" is seen whole
    _LONGEST_FIRST = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    SPACED = LazyPattern(rf"([Kk](?<![\w\-\ufffc][Kk])[Ee])[ \t]+((?i:{_LONGEST_FIRST}))(?![\w\-])")
    #: after any head, a spelled-out number that counts nothing (no noun follows it) is an
    #: ordinal: "malam ke sembilan, saat ...", "pekan ke empat setiap bulan" but "dua hari ke
    #: tiga kota"
    CLAUSE_GOES_ON = LazyPattern(
        r"\s*(?:[,.;:!?)]|$|(?:yang|itu|ini|saat|ketika|pada|di|dan|lalu|nanti|sejak|setelah|sebelum"
        r"|setiap|tiap|tersebut|mendatang|dalam|untuk|bagi|dengan"
        r"|ia|dia|mereka|kami|kita|saya|aku|beliau)\b)",
        re.IGNORECASE,
    )
    #: a name after the number is no noun it counts: "musim ke tiga Andika bersama klub itu", "laga ke
    #: tiga Persib" (but "dua hari ke tiga kota")
    NAME_GOES_ON = LazyPattern(r"[ \t]+[A-Z][a-z]")
    #: "naik dari 2 ke 3 persen": ke as a preposition before a number, after a number ("bagian
    #: dari upaya pelestarian tahap ke dua" has none: its dari is "part of")
    RANGE = LazyPattern(r"\b(?:dari|sampai|hingga|antara)\b([^.;:!?]{0,40})$", re.IGNORECASE)
    #: a spelled-out number that ends its sentence or its block (a subheading's line) has no place
    #: to go to: "membuka cabang ke dua." is the second branch (a line break inside a paragraph
    #: ends nothing)
    ENDS = LazyPattern(r"[ \t]*(?:[.!?]|\n[ \t]*\n|\n?\Z)")
    #: a sentence that opens with a spelled-out number and a thing pointed at opens with the
    #: collective: "Ke empat rumah itu rusak" is Keempat (no sentence sets out to "four houses")
    POINTED = LazyPattern(r"[ \t]+[^\W\d_]+[ \t]+(?i:tersebut|itu|ini)\b")
    _A_NUMBER = LazyPattern(rf"\d|\b(?i:{'|'.join(NUMBER_WORDS)})\b")

    def __init__(
        self,
        heads: Collection[str] = (),
        word_heads: Collection[str] = (),
        word_tails: Collection[str] = (),
        moves: Collection[str] = (),
    ):
        # "ke 47 negara" is a preposition before a count; "menit ke 58" is an ordinal
        self.heads = {h.lower() for h in heads}
        # numbers under ten are written as words, so after most heads "ke dua" is "to two"
        # ("lima hari ke dua kota"); only heads that never travel take a spelled-out ordinal
        self.word_heads = {h.lower() for h in word_heads}
        # words after a spelled-out number that make it an ordinal whatever stands before
        # ("untuk ke tiga kalinya"; but "naik ke tiga kali lipat" is a preposition)
        tails = "|".join(re.escape(t) for t in word_tails)
        self._tail = compiled.compile(rf"[ \t]+(?i:{tails})(?![\w\-])") if word_tails else None
        # words of moving or changing before "ke": a count goes back or up to a number ("kembali
        # ke satu", "naik ke tiga")
        self.moves = {m.lower() for m in moves}

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.prose
        for m in self.DIGITS.finditer(text):
            # "ke 12" with a space is an ordinal after a head ("menit ke 73") or before a tail
            # ("untuk ke 12 kalinya"); elsewhere "ke" may be the preposition ("dari 2 ke 3")
            tail = (
                self._tail is not None
                and self._tail.match(text, m.end()) is not None
                and not self._after_move(text, m.start())
            )
            if m.group(2) is not None and not tail and not self._after_head(text, m.start()):
                continue
            replacement = f"{m.group(1)}-{m.group(3)}"
            yield Hit.swap(m.start(), m.end(), m.group(), replacement, safe=True)
        for m in self.WORDS.finditer(text):
            replacement = m.group(1) + m.group(2)
            yield Hit.swap(m.start(), m.end(), m.group(), replacement, safe=True)
        for m in self.SPACED.finditer(text):
            if " " in m.group(2):
                continue  # "ke dua belas" joins as "kedua belas": left to the editor
            if (
                not self._after_head(text, m.start(), self.word_heads)
                and not (
                    self._after_head(text, m.start())
                    and (self.CLAUSE_GOES_ON.match(text, m.end()) or self.NAME_GOES_ON.match(text, m.end()))
                )
                and not (self._tail is not None and self._tail.match(text, m.end()))
                and not (self.ENDS.match(text, m.end()) and self._after_word(text, m.start()))
                and not (sentence_start(text, m.start()) and self.POINTED.match(text, m.end()))
            ):
                continue
            replacement = m.group(1) + m.group(2)
            # the head vouches for an ordinal, not for every sentence: no unattended fix
            yield Hit.swap(m.start(), m.end(), m.group(), replacement, safe=False)

    def _after_move(self, text: str, start: int) -> bool:
        """Ke at `start` follows a word of motion or change ("naik ke 12 yang ..."), or a range."""
        previous = self.PREVIOUS.search(text, max(0, start - 40), start)
        moved = previous is not None and previous.group(1).lower() in self.moves
        return moved or self._in_range(text, start)

    def _after_word(self, text: str, start: int) -> bool:
        """Ke at `start` follows a word that is no number nor a move, outside a range ("dari
        satu ke dua", "kembali ke satu")."""
        previous = self.PREVIOUS.search(text, max(0, start - 40), start)
        if previous is None or self._A_NUMBER.fullmatch(previous.group(1)):
            return False
        if previous.group(1).lower() in self.moves:
            return False
        return not self._in_range(text, start)

    def _after_head(self, text: str, start: int, heads: Collection[str] | None = None) -> bool:
        """Whether ke at `start` follows a word that takes an ordinal (menit, periode, yang)
        and no range ("dari 2 ke 3")."""
        previous = self.PREVIOUS.search(text, max(0, start - 40), start)
        if previous is None or previous.group(1).lower() not in (self.heads if heads is None else heads):
            return False
        if self.DISTRIBUTED.search(text, max(0, start - 60), start):
            return False
        return not self._in_range(text, start)

    def _in_range(self, text: str, start: int) -> bool:
        """Ke at `start` closes a range opened after a number ("dari 2 ke 3", "dari satu ke")."""
        found = self.RANGE.search(text, max(0, start - 60), start)
        return found is not None and self._A_NUMBER.search(found.group(1)) is not None


class ParticlePun:
    """The particle pun written apart (siapa pun, apa pun), except in the conjunctions EYD V
    writes joined (`joined`: meskipun, walaupun, adapun ...), which are joined when split."""

    def __init__(
        self,
        joined: Collection[str],
        places: Collection[str] = (),
        fix: bool = True,
        concessive_before: Collection[str] = (),
    ):
        self.joined = {j.lower() for j in joined}
        # "sekali pun" is "even once" but before these the conjunction: "Sekali pun begitu, ..."
        self.concessive_before = {w.lower() for w in concessive_before}
        self.places = {p.lower() for p in places}
        self.fix = fix

    def check(self, doc: Document) -> Iterator[Hit]:
        if not any(v.endswith("pun") for v in doc.vocabulary):
            return
        lex = lexicon()
        text = doc.prose
        words = doc.words
        for index, word in enumerate(words):
            low = word.text.lower()
            if len(low) > MAX_WORD or not low.endswith("pun"):
                continue
            # two-letter bases are too short to trust, but for the pronoun ia (iapun)
            if (len(low) > 5 or low == "iapun") and low not in self.joined and low.isalpha():
                split = self._split(low, lex)
                if split is not None:
                    replacement = match_case(word.text, split)
                    yield Hit.swap(word.start, word.end, word.text, replacement, safe=self.fix)
                continue
            if low == "pun" and index > 0 and _adjacent(text, words[index - 1], word):
                prev = words[index - 1]
                joined = prev.text.lower() + "pun"
                if joined not in self.joined:
                    continue
                if joined == "sekalipun":
                    after = words[index + 1] if index + 1 < len(words) else None
                    if after is None or after.text.lower() not in self.concessive_before:
                        continue  # "sekali pun" (even once) is a phrase of its own
                    clause_start = text[: prev.start].rstrip().endswith((",", ";"))
                    if not (clause_start or sentence_start(text, prev.start)):
                        continue  # "belum sekali pun begitu dekat": not once so close
                if joined == "adapun" and not sentence_start(text, prev.start):
                    continue  # "kalau ada pun" keeps ada and pun apart
                replacement = prev.text + "pun"
                yield Hit.swap(prev.start, word.end, text[prev.start : word.end], replacement, safe=self.fix)

    def _split(self, low: str, lex: Lexicon) -> str | None:
        if lex.is_listed(low):
            return None  # rumpun, himpun, ampun
        base = low[:-3]
        if not lex.known(base):
            return None
        if base[:2] in ("di", "ke") and base[2:] in self.places:
            base = base[:2] + " " + base[2:]  # dimanapun -> di mana pun
        return base + " pun"


class CliticApart:
    """The clitics -nya, -kah and -lah written as words of their own: "rumah nya" -> "rumahnya"."""

    def __init__(self, clitics: Collection[str] = ("nya", "kah", "lah"), fix: bool = True):
        self.clitics = {c.lower() for c in clitics}
        self.fix = fix

    def check(self, doc: Document) -> Iterator[Hit]:
        if self.clitics.isdisjoint(doc.vocabulary):
            return
        text = doc.prose
        words = doc.words
        for prev, word in itertools.pairwise(words):
            if word.text not in self.clitics or not _adjacent(text, prev, word):
                continue
            # a reduplicated word takes its clitic as any word does: "cucu-cucu nya" -> cucu-cucunya
            if not all(part.isalpha() for part in prev.text.split("-")):
                continue
            # after an abbreviation in capitals the clitic is joined by a hyphen (EYD V: KTP-nya)
            hyphen = "-" if len(prev.text) > 1 and prev.text.isupper() else ""
            replacement = prev.text + hyphen + word.text
            yield Hit.swap(prev.start, word.end, text[prev.start : word.end], replacement, safe=self.fix)


#: Prefixes that make verbs: a bound form is not written before such a form.
VERBAL = frozenset({"meN", "di", "ber", "ter"})


class BoundForm:
    """A bound form written apart from its word: "pasca panen" -> "pascapanen", "non aktif" ->
    "nonaktif", "antar kota" -> "antarkota" (EYD V, bab II: bentuk terikat ditulis serangkai),
    also capitalized at a sentence's start ("Pasca kejadian itu"), unless it is one of
    `given_names` there.

    The next word must be a listed Indonesian word and no function word (`not_before`: "anti
    terhadap" is an adjective and a preposition); `noun_only` forms are also verbs or adjectives
    of their own (antar jemput), so they join only a word without an active verb form, and not
    after one of `verb_after` ("layanan antar barang": delivery, not "antarbarang").
    """

    def __init__(
        self,
        forms: Collection[str],
        not_before: Collection[str] = (),
        noun_only: Collection[str] = (),
        given_names: Collection[str] = (),
        fix: bool = True,
        verb_after: Collection[str] = (),
        before_capitals: Collection[str] = (),
    ):
        if not forms:
            raise ValueError("`forms` must not be empty")
        self.forms = {f.lower() for f in forms}
        self.not_before = {w.lower() for w in not_before}
        self.noun_only = {w.lower() for w in noun_only}
        # before a capitalized word a bound form takes a hyphen (se-Indonesia, pasca-Orde Baru);
        # `before_capitals` are checked only there (se- joins lower-case words as a prefix of its
        # own), and a form that is also a verb is that verb there ("saya antar Pak Camat")
        self.hyphened = (self.forms - self.noun_only) | {f.lower() for f in before_capitals}
        # capitalized at a sentence's start, these open a person's name ("Dwi mulai berlatih")
        self.given_names = {w.lower() for w in given_names}
        self.fix = fix
        self.verb_after = {w.lower() for w in verb_after}

    def check(self, doc: Document) -> Iterator[Hit]:
        yield from self._before_capitals(doc)
        if self.forms.isdisjoint(doc.vocabulary):
            return
        lex = lexicon()
        text = doc.prose
        words = doc.words
        for index, (bound, word) in enumerate(itertools.pairwise(words)):
            form = bound.text
            low = form.lower()
            if form not in self.forms:
                # a sentence opens with it: "Pasca kejadian itu, ..." -> "Pascakejadian"
                if not (form[:1].isupper() and form[1:].islower() and low in self.forms):
                    continue
                if low in self.given_names or not sentence_start(text, bound.start):
                    continue
                block = doc.block_at(bound.start)
                if low in self.noun_only and block is not None and block.kind in TITLE_BLOCKS:
                    continue  # a title's verbs drop their prefix: "Antar jenazah pakai perahu"
            if not _adjacent(text, bound, word):
                continue
            x = word.text
            if not x.isalpha() or not x.islower() or x in self.not_before or not lex.is_listed(x):
                continue
            if low in self.noun_only and lex.is_listed("di" + x) and lex.is_listed(nasal("me", x)):
                continue  # antar jemput: dijemput and menjemput make jemput a verb
            if low in self.noun_only and index and words[index - 1].text.lower() in self.verb_after:
                continue  # "layanan antar penumpang": the service that takes them
            if any(a.prefix.split("+")[0] in VERBAL for a in lex.analyse(x)):
                continue  # "semi mencapai": a bound form takes a noun or adjective, not a verb form
            joined = form + x
            # the fix only when the dictionary attests the compound; otherwise a suggestion
            fix = joined if self.fix and lex.is_listed(joined.lower()) else None
            yield Hit(
                bound.start,
                word.end,
                {"match": text[bound.start : word.end], "replacement": joined},
                (joined,),
                fix,
            )

    def _before_capitals(self, doc: Document) -> Iterator[Hit]:
        """A bound form before a capitalized word written apart ("se Indonesia") or joined with
        no hyphen ("seIndonesia"): "se-Indonesia" (EYD V, tanda hubung)."""
        text = doc.prose
        words = doc.words
        if not self.hyphened.isdisjoint(doc.vocabulary):
            for bound, word in itertools.pairwise(words):
                form = bound.text
                if form in self.hyphened and _adjacent(text, bound, word) and _capitalized_word(word.text):
                    hyphened = f"{form}-{word.text}"
                    fields = {"match": text[bound.start : word.end], "replacement": hyphened}
                    yield Hit(bound.start, word.end, fields, (hyphened,), hyphened if self.fix else None)
        # (joined, a lower-case word with a capital inside: few words of a draft are)
        for word in [w for w in words if w.text[:1].islower() and not w.text.islower()]:
            x = word.text
            for k in (2, 3, 4, 5):
                if x[:k] in self.hyphened and _capitalized_word(x[k:]):
                    hyphened = f"{x[:k]}-{x[k:]}"
                    fields = {"match": x, "replacement": hyphened}
                    yield Hit(word.start, word.end, fields, (hyphened,), hyphened if self.fix else None)
                    break


def _capitalized_word(x: str) -> bool:
    """A word of letters opening with a capital and going on in lower case (Indonesia, Jawa)."""
    return len(x) > 1 and x.isalpha() and x[0].isupper() and x[1:].islower()


def _particle_then_word(doc: Document, particle: str) -> Iterator[tuple[int, Word, Word]]:
    """(index, the particle, the word) for each `particle` (in any case) written apart right
    before a word, and not the end of a hyphenated word ("pasca-di"): "di jual", "ke habisan"."""
    text = doc.prose
    words = doc.words
    for i in [i for i in doc.indices((particle,)) if i < len(words) - 1]:
        first, word = words[i], words[i + 1]
        if _adjacent(text, first, word) and text[first.start - 1 : first.start] != "-":
            yield i, first, word


class ConfixApart:
    """The ke- of a ke-...-an noun written apart: "ke habisan" -> "kehabisan".

    "ke" + the next word is a ke-...-an form the dictionary lists and news copy uses
    (`min-zipf`), while the next word alone is no listed word: "habisan", "berangkatan" are
    halves nobody writes, so this "ke" cannot be the preposition. A word listed alone is left,
    "ke lapangan" (kelapangan, ease, is listed too), and so is a place or time noun (`places`).
    """

    def __init__(self, places: Collection[str] = (), min_zipf: float = 3.0, fix: bool = True):
        self.places = {p.lower() for p in places}
        self.min_zipf = min_zipf
        self.fix = fix

    def check(self, doc: Document) -> Iterator[Hit]:
        if "ke" not in doc.vocabulary:
            return
        lex = lexicon()
        text = doc.prose
        for _, ke, word in _particle_then_word(doc, "ke"):
            if ke.text not in ("ke", "Ke"):
                continue
            x = word.text
            if not x.isalpha() or not x.islower() or not x.endswith("an") or x in self.places:
                continue
            joined = "ke" + x
            if lex.is_listed(x) or not lex.is_listed(joined) or lex.zipf(joined) < self.min_zipf:
                continue
            if not any(a.prefix == "ke" and a.suffix == "an" for a in lex.analyse(joined)):
                continue
            replacement = match_case(ke.text, joined)
            yield Hit(
                ke.start,
                word.end,
                {"match": text[ke.start : word.end], "replacement": replacement},
                (replacement,),
                replacement if self.fix else None,
            )


#: Endings a compound's second word takes with a prefix on its first: together they are a confix
#: around the whole compound (ditindaklanjuti, menandatangani, penandatanganan, diperjualbelikan).
_COMPOUND_SUFFIXES = ("kan", "an", "i")


class CompoundAffixed:
    """A compound that takes a prefix and a suffix at once, written in two: "disebar luaskan" ->
    "disebarluaskan", "menanda tangani" -> "menandatangani", "penanda tanganan" ->
    "penandatanganan" (EYD V, bab II: a compound with both is written as one word). With a prefix
    alone or a suffix alone it stays apart ("bertanggung jawab", "tanda tangani"), which is not
    looked at. The compounds are data (`compounds`); the first word must read as the compound's
    first word under a prefix, the second as its second word with -kan, -an or -i (and a clitic).
    """

    def __init__(self, compounds: Collection[str], fix: bool = True):
        pairs = [tuple(c.lower().split()) for c in compounds]
        if not pairs or any(len(p) != 2 for p in pairs):
            raise ValueError("`compounds` must be a non-empty list of two-word compounds")
        # second word with its endings -> the first words it follows in a compound
        self.seconds: dict[str, set[str]] = {}
        for first, second in pairs:
            for suffix in _COMPOUND_SUFFIXES:
                self.seconds.setdefault(second + suffix, set()).add(first)
        self.fix = fix

    def check(self, doc: Document) -> Iterator[Hit]:
        seconds = self.seconds
        if seconds.keys().isdisjoint(without_clitic(w.lower()) for w in doc.vocabulary):
            return
        lex = lexicon()
        text = doc.prose
        for prev, word in itertools.pairwise(doc.words):
            firsts = seconds.get(without_clitic(word.text.lower()))
            if firsts is None or not _adjacent(text, prev, word):
                continue
            readings = lex.analyse(prev.text.lower())
            if not any(a.stem in firsts and a.prefix and not a.suffix and not a.clitic for a in readings):
                continue
            replacement = prev.text + word.text.lower()
            yield Hit.swap(prev.start, word.end, text[prev.start : word.end], replacement, safe=self.fix)


CHECK_TYPES: dict[str, type] = {
    "bound-form": BoundForm,
    "compound-affixed": CompoundAffixed,
    "confix-apart": ConfixApart,
    "prefix-apart": PrefixApart,
    "preposition-joined": PrepositionJoined,
    "ordinal": Ordinal,
    "particle-pun": ParticlePun,
    "clitic-apart": CliticApart,
}
