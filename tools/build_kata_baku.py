"""Rebuild dictionaries/kata-baku.txt and kata-cakapan.txt from the merged kata-tidak-baku list.

    .venv/bin/python tools/build_kata_baku.py [--source PATH/kata_tidak_baku.tsv] [--out DIR]

The source TSV (columns nonstandard, standard, source, review_note) merges spaCy's
`id_lexeme_norm` (MIT) and turfaa/IndonesianKataBakuChecker (WTFPL), both compiled from the
id.wikipedia page "Daftar kosakata bahasa Indonesia yang sering salah dieja" (CC BY-SA), so
the output is CC BY-SA as well. The review below is ours: every pair with a review note was
read and decided, and the rest were checked against KBBI V. The output is deterministic.

Pairs are sorted into:
- kata-baku.txt: spelling variants (KBBI marks the left side "bentuk tidak baku");
- kata-cakapan.txt: colloquial words and chat abbreviations, flagged outside quotations only;
- left out: pairs that are wrong, contested, English, or handled by a rule of their own
  (di-/ke- spacing and "pun" are eyd.* affix-spacing rules, not word swaps).
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = REPO / "tools" / "sources" / "kata_tidak_baku.tsv"
DEFAULT_OUT = REPO / "dictionaries"

#: Pairs with a review note or found wrong on review: left out, with the reason.
DROP: dict[str, str] = {
    # valid KBBI words, reversed pairs, meaning changes (review notes)
    "agribisnis": "KBBI entry",
    "alfa": "valid word (letter name); context-dependent",
    "alpukat": "KBBI entry",
    "arteri": "in common use",
    "asal-usul": "KBBI entry",
    "bis": "homograph/informal",
    "capek": "register, not spelling",
    "china": "contested; naming rule decides",
    "cuma": "register/style",
    "depo": "KBBI word",
    "emak": "KBBI word",
    "genteng": "both forms in KBBI",
    "glukosa": "pair reversed",
    "graha": "valid word, common in names",
    "hantar": "KBBI word",
    "indra": "pair reversed",
    "jenius": "KBBI entry",
    "kaos": "kaos (chaos) is a separate word; context-dependent",
    "kasir": "KBBI word; pair wrong",
    "kayak": "register",
    "langganan": "meaning change",
    "limo": "clipping",
    "lusin": "KBBI entry",
    "massal": "pair reversed",
    "memperhatikan": "memper-hati-kan is regular",
    "nara": "not a spelling pair",
    "narkotika": "both in use",
    "nongkrong": "informal but valid",
    "oase": "KBBI entry",
    "panutan": "KBBI entry",
    "pemukiman": "different meaning",
    "penyewaan": "different meaning",
    "pertanggungjawab": "odd target",
    "politisi": "contested",
    "prancis": "pair reversed",
    "riil": "KBBI word; pair wrong",
    "satria": "both in use",
    "segitiga": "segitiga is standard",
    "sensorik": "both in use",
    "sumatra": "contested",
    # junk digits in the source entries (clean duplicates exist or the pair is not needed)
    "dekrit2": "junk",
    "mahapengasih1": "junk",
    "non indonesia2": "junk",
    "perikeadilan1": "junk",
    # our review against KBBI V
    "algoritma": "KBBI V lists algoritma",
    "greget": "contested",
    "himpit": "himpit is a KBBI word (menghimpit)",
    "kafilah": "kafilah is the KBBI form",
    "kantung": "both forms in KBBI",
    "kokoh": "KBBI V lists kokoh (kuat, tegap) beside kukuh",
    "pada hal": "'pada hal ini' is a preposition phrase",
    "pengrumahan": "target has another meaning",
    "sarap": "a separate KBBI word",
    "skak": "skak is the KBBI form",
    "skuad": "skuad is the KBBI form",
    "terompet": "terompet is the KBBI form; pair reversed",
    # English words: foreign, not Indonesian misspellings (the spelling rule sees them)
    "action": "English",
    "central": "English",
    "extra": "English",
    "group": "English",
    "institute": "English",
    "photo": "English",
    "popular": "English",
    "sex": "English",
    "strawberry": "English",
    "taxi": "English",
    "university": "English",
    "wool": "English",
}

#: Pairs whose target in the source is wrong: nonstandard -> corrected standard form.
RETARGET: dict[str, str] = {
    "antartika": "Antarktika",
    "bikin": "membuat",
    "australi": "Australia",
    "epektif": "efektif",
    "epektip": "efektif",
    "hadist": "hadis",
    "hektar": "hektare",
    "hindia-belanda": "Hindia Belanda",
    "itali": "Italia",
    "jum'at": "Jumat",
    "jumaat": "Jumat",
    "katholik": "Katolik",
    "komplex": "kompleks",
    "matere": "meterai",
    "nopember": "November",
    "pebruari": "Februari",
    "febuari": "Februari",
    "ramadhan": "Ramadan",
    "rebo": "Rabu",
    "sansekerta": "Sanskerta",
    "saptu": "Sabtu",
    "senen": "Senin",
    "singapur": "Singapura",
    "sri langka": "Sri Lanka",
    "tradisionil": "tradisional",
    "ustadzah": "ustazah",
}

#: Our own additions (newslint developers, MIT), from KBBI V: frequent news misspellings the
#: Wikipedia list lacks. Affixed forms come from morphology, so only bases and compounds are listed.
SUPPLEMENT: dict[str, str] = {
    "acapkali": "acap kali",
    "adekwat": "adekuat",
    "adzab": "azab",
    "agresifitas": "agresivitas",
    "ajeg": "ajek",
    "akherat": "akhirat",
    "akhlaq": "akhlak",
    "akupuntur": "akupunktur",
    "alumunium": "aluminium",
    "amien": "amin",
    "antene": "antena",
    "aqidah": "akidah",
    "aqiqah": "akikah",
    "asesoris": "aksesori",
    "ashar": "asar",
    "ashma": "asma",
    "atheis": "ateis",
    "bakmie": "bakmi",
    "bankrut": "bangkrut",
    "batere": "baterai",
    "baterei": "baterai",
    "bathil": "batil",
    "bedug": "beduk",
    "bekerjasama": "bekerja sama",
    "bengkoang": "bengkuang",
    "beritahu": "beri tahu",
    "bertanggungjawab": "bertanggung jawab",
    "bhiksu": "biksu",
    "bid'ah": "bidah",
    "bilyar": "biliar",
    "blanko": "blangko",
    "brangkas": "brankas",
    "budha": "Buddha",
    "bulutangkis": "bulu tangkis",
    "capcay": "capcai",
    "cholesterol": "kolesterol",
    "da'i": "dai",
    "darma wisata": "darmawisata",
    "derajad": "derajat",
    "detergen": "deterjen",
    "deviden": "dividen",
    "devisit": "defisit",
    "dhaif": "daif",
    "dholim": "zalim",
    "dhuafa": "duafa",
    "dhuha": "duha",
    "diperbaharui": "diperbarui",
    "diskwalifikasi": "diskualifikasi",
    "dzalim": "zalim",
    "dzat": "zat",
    "eksklusifitas": "eksklusivitas",
    "ekslusif": "eksklusif",
    "ekspress": "ekspres",
    "ekwator": "ekuator",
    "enerji": "energi",
    "eskavator": "ekskavator",
    "fardhu": "fardu",
    "filem": "film",
    "fiqih": "fikih",
    "foto copy": "fotokopi",
    "foto kopi": "fotokopi",
    "fotocopi": "fotokopi",
    "fotocopy": "fotokopi",
    "gempabumi": "gempa bumi",
    "ghaib": "gaib",
    "ghibah": "gibah",
    "ghoib": "gaib",
    "hafidz": "hafiz",
    "halal bihalal": "halalbihalal",
    "halayak": "khalayak",
    "higenis": "higienis",
    "hijriyah": "hijriah",
    "horison": "horizon",
    "i'tikaf": "iktikaf",
    "ibukota": "ibu kota",
    "idul adha": "Iduladha",
    "idul fitri": "Idulfitri",
    "ijab qabul": "ijab kabul",
    "ilmuan": "ilmuwan",
    "imsyak": "imsak",
    "indekost": "indekos",
    "indera": "indra",
    "infaq": "infak",
    "inklusifitas": "inklusivitas",
    "insya allah": "insyaallah",
    "istighfar": "istigfar",
    "istiqamah": "istikamah",
    "istiqomah": "istikamah",
    "itikad": "iktikad",
    "jahiliyah": "jahiliah",
    "jama'ah": "jemaah",
    "jamaah": "jemaah",
    "ka'bah": "Kakbah",
    "kadaluarsa": "kedaluwarsa",
    # "kaos" alone is also KBBI's chaos: only the garment's phrases
    "kaos dalam": "kaus dalam",
    "kaos kaki": "kaus kaki",
    "kaos oblong": "kaus oblong",
    "kaos olahraga": "kaus olahraga",
    "kaos polos": "kaus polos",
    "kapling": "kaveling",
    "kathedral": "katedral",
    "kedaluarsa": "kedaluwarsa",
    "kendor": "kendur",
    "kerjasama": "kerja sama",
    "khusuk": "khusyuk",
    "khusyu": "khusyuk",
    "kolektifitas": "kolektivitas",
    "komoditi": "komoditas",
    "komplek": "kompleks",
    "komplen": "komplain",
    "konsekwen": "konsekuen",
    "konsleting": "korsleting",
    "kontinyu": "kontinu",
    "kost": "kos",
    "konektifitas": "konektivitas",
    "kran": "keran",
    "kuisioner": "kuesioner",
    "kwarsa": "kuarsa",
    "kwartet": "kuartet",
    "kyai": "kiai",
    "lafadz": "lafaz",
    "lahiriyah": "lahiriah",
    "lalulintas": "lalu lintas",
    "lasykar": "laskar",
    "legalisir": "legalisasi",
    "likwidasi": "likuidasi",
    "likwiditas": "likuiditas",
    "madzhab": "mazhab",
    "maha karya": "mahakarya",
    "malaekat": "malaikat",
    "manca negara": "mancanegara",
    "mandeg": "mandek",
    "mantab": "mantap",
    "mantera": "mantra",
    "memperbaharui": "memperbarui",
    "methode": "metode",
    "meubel": "mebel",
    "mie": "mi",
    "miliyar": "miliar",
    "millenial": "milenial",
    "millenium": "milenium",
    "milyader": "miliarder",
    "milyard": "miliar",
    "milyarder": "miliarder",
    "mu'min": "mukmin",
    "muallaf": "mualaf",
    "mubadzir": "mubazir",
    "mubaligh": "mubalig",
    "mudharat": "mudarat",
    "mukjijat": "mukjizat",
    "muktahir": "mutakhir",
    "munafiq": "munafik",
    "muqaddimah": "mukadimah",
    "mushala": "musala",
    "mushalla": "musala",
    "mushola": "musala",
    "musholla": "musala",
    "mutahir": "mutakhir",
    "naas": "nahas",
    "nadzar": "nazar",
    "nara sumber": "narasumber",
    "nishab": "nisab",
    "non aktif": "nonaktif",
    "objektifitas": "objektivitas",
    "obyektifitas": "objektivitas",
    "ojeg": "ojek",
    "orangtua": "orang tua",
    "otentik": "autentik",
    "otentikasi": "autentikasi",
    "otentisitas": "autentisitas",
    "pamplet": "pamflet",
    "paragrap": "paragraf",
    "pas foto": "pasfoto",
    "pasantren": "pesantren",
    "pasca sarjana": "pascasarjana",
    "pavilyun": "paviliun",
    "pecinta": "pencinta",
    "pembaharuan": "pembaruan",
    "pengrajin": "perajin",
    "perancis": "Prancis",
    "perangko": "prangko",
    "perbaharui": "perbarui",
    "piyama": "piama",
    "plat": "pelat",
    "porak poranda": "porak-poranda",
    "porselin": "porselen",
    "portret": "potret",
    "pra sarana": "prasarana",
    "pra sejahtera": "prasejahtera",
    "prespektif": "perspektif",
    "prosentase": "persentase",
    "purna jual": "purnajual",
    "qalbu": "kalbu",
    "qasidah": "kasidah",
    "qiamat": "kiamat",
    "qiblat": "kiblat",
    "qodrat": "kodrat",
    "qolbu": "kalbu",
    "qurban": "kurban",
    "raport": "rapor",
    "rekord": "rekor",
    "relijius": "religius",
    "restribusi": "retribusi",
    "rezki": "rezeki",
    "risleting": "ritsleting",
    "saklar": "sakelar",
    "sambel": "sambal",
    "sekertariat": "sekretariat",
    "selektifitas": "selektivitas",
    "sembayang": "sembahyang",
    "semi final": "semifinal",
    "sendal": "sandal",
    "sensitifitas": "sensitivitas",
    "sepakbola": "sepak bola",
    "serba guna": "serbaguna",
    "sereh": "serai",
    "seriawan": "sariawan",
    "serta merta": "serta-merta",
    "shadaqah": "sedekah",
    "shaf": "saf",
    "shahih": "sahih",
    "shalawat": "selawat",
    "shampo": "sampo",
    "shodaqoh": "sedekah",
    "sholawat": "selawat",
    "sholeh": "saleh",
    "silaturrahim": "silaturahim",
    "singkron": "sinkron",
    "singkronisasi": "sinkronisasi",
    "sirine": "sirene",
    "shubuh": "subuh",
    "silahturahmi": "silaturahmi",
    "silaturrahmi": "silaturahmi",
    "sistimatis": "sistematis",
    "sodaqoh": "sedekah",
    "soleh": "saleh",
    "spektakular": "spektakuler",
    "sprei": "seprai",
    "stop kontak": "stopkontak",
    "subjektifitas": "subjektivitas",
    "subyektifitas": "subjektivitas",
    "sumberdaya": "sumber daya",
    "sunnah": "sunah",
    "syafa'at": "syafaat",
    "syari'ah": "syariah",
    "syari'at": "syariat",
    "syeikh": "syekh",
    "syetan": "setan",
    "syi'ar": "syiar",
    "ta'jil": "takjil",
    "ta'lim": "taklim",
    "ta'mir": "takmir",
    "ta'ziah": "takziah",
    "ta'zim": "takzim",
    "tabligh": "tablig",
    "tadarrus": "tadarus",
    "tahajjud": "tahajud",
    "tandatangan": "tanda tangan",
    "tanggungjawab": "tanggung jawab",
    "tanki": "tangki",
    "taqlid": "taklid",
    "taraweh": "tarawih",
    "tausiyah": "tausiah",
    "tawadhu": "tawaduk",
    "tawakkal": "tawakal",
    "tayammum": "tayamum",
    "tehnis": "teknis",
    "tehnisi": "teknisi",
    "tela'ah": "telaah",
    "tentram": "tenteram",
    "terimakasih": "terima kasih",
    "terlentang": "telentang",
    "thawaf": "tawaf",
    "tindaklanjut": "tindak lanjut",
    "tolak ukur": "tolok ukur",
    "tolerir": "toleransi",
    "toples": "stoples",
    "triliyun": "triliun",
    "triplek": "tripleks",
    "tropi": "trofi",
    "trowongan": "terowongan",
    "tuberkulosa": "tuberkulosis",
    "tuna netra": "tunanetra",
    "tuna rungu": "tunarungu",
    "tuna wisma": "tunawisma",
    "udzur": "uzur",
    "ujicoba": "uji coba",
    "ummat": "umat",
    "umroh": "umrah",
    "unjukrasa": "unjuk rasa",
    "volly": "voli",
    "warga net": "warganet",
    "warganegara": "warga negara",
    "was-was": "waswas",
    "westafel": "wastafel",
    "wira usaha": "wirausaha",
    "wudhu": "wudu",
    "wudlu": "wudu",
    "yaqin": "yakin",
    "zhalim": "zalim",
    "zholim": "zalim",
}

#: Colloquial words and chat abbreviations: a register choice that quoted speech may keep.
COLLOQUIAL = frozenset(
    {
        "abis", "ampe", "bae", "bales", "belom", "bikin", "cepet", "dalem", "dapet", "dapetin",
        "denger", "diem", "dgn", "enggak", "gak", "ilang", "inget", "jg", "jgn", "kalo", "klo",
        "krn", "macem", "males", "maap", "membikin", "ndak", "ngebuat", "ngelakuin", "ngga",
        "nggak", "nemuin", "padet", "pinter", "rame", "rapet", "selese", "sy", "tdk", "udah",
        "udh", "yag", "yg",
    }
)  # fmt: skip


#: Our own colloquial additions (newslint developers, MIT), from KBBI V's "cak" entries and the
#: spoken forms it does not list: what community drafts write outside quotes. Words that are
#: also standard words in another sense are left out (kayak, a boat; liat, tough; gua, a cave),
#: and so is "bilang", which edited copy uses in narrative too.
COLLOQUIAL_SUPPLEMENT: dict[str, str] = {
    "aja": "saja", "banget": "sekali", "bener": "benar", "cuman": "hanya", "doang": "saja",
    "duit": "uang", "emang": "memang", "gimana": "bagaimana", "gini": "begini", "gitu": "begitu",
    "kayaknya": "tampaknya", "ketemu": "bertemu", "makasih": "terima kasih", "nanya": "bertanya",
    "ngasih": "memberi", "ngutang": "berutang", "ngerti": "mengerti", "ngomong": "berbicara",
    "nyampe": "sampai", "ortu": "orang tua", "pake": "pakai", "pengen": "ingin", "sampe": "sampai",
    "tau": "tahu",
}  # fmt: skip


def handled_elsewhere(nonstandard: str, standard: str) -> bool:
    """di-/ke- prepositions and "pun" are decided by the eyd affix-spacing rules."""
    if nonstandard.endswith(" pun") or (standard.endswith("pun") and " " in nonstandard):
        return True
    return standard.replace(" ", "") == nonstandard and standard.split(" ", 1)[0] in {"di", "ke"}


def build(source: Path) -> tuple[dict[str, str], dict[str, str], list[str]]:
    """The reviewed spelling map, the colloquial map, and log lines of what was left out."""
    spelling: dict[str, str] = {}
    colloquial: dict[str, str] = {}
    log: list[str] = []
    seen: set[str] = set()
    with source.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            bad, good = row["nonstandard"].strip(), row["standard"].strip()
            seen.add(bad)
            if bad in DROP:
                log.append(f"drop {bad} -> {good}: {DROP[bad]}")
                continue
            if handled_elsewhere(bad, good):
                log.append(f"elsewhere {bad} -> {good}: eyd affix-spacing")
                continue
            good = RETARGET.get(bad, good)
            if "|" in good or not good or bad == good.lower():
                log.append(f"drop {bad} -> {good}: unresolved target")
                continue
            (colloquial if bad in COLLOQUIAL else spelling)[bad] = good
    for bad, good in SUPPLEMENT.items():
        # a review that drops a pair and adds it back contradicts itself: one of them is wrong
        if bad in DROP:
            raise SystemExit(f"supplement adds a pair the review drops: {bad} ({DROP[bad]})")
        if bad in spelling and spelling[bad] != good:
            raise SystemExit(f"supplement contradicts the source: {bad} -> {spelling[bad]} / {good}")
        spelling.setdefault(bad, good)
    for bad, good in COLLOQUIAL_SUPPLEMENT.items():
        if bad in spelling or (bad in colloquial and colloquial[bad] != good):
            raise SystemExit(f"colloquial supplement contradicts the source: {bad}")
        colloquial.setdefault(bad, good)
    # a target that is itself non-standard points on to its standard form (matere -> materai)
    for table in (spelling, colloquial):
        for bad, good in table.items():
            table[bad] = spelling.get(good, good)
    missing = (set(DROP) | set(RETARGET) | COLLOQUIAL) - seen
    if missing:
        raise SystemExit(f"review names pairs not in the source: {', '.join(sorted(missing))}")
    return spelling, colloquial, log


HEADER = """\
# {title}
# Built by tools/build_kata_baku.py from kata_tidak_baku.tsv (spaCy id_lexeme_norm, MIT, and
# turfaa/IndonesianKataBakuChecker, WTFPL; both from id.wikipedia, CC BY-SA). Reviewed; see
# dictionaries/SOURCES.md. Do not edit by hand: change the review in the tool and rebuild.
"""


def write(path: Path, title: str, table: dict[str, str]) -> None:
    lines = [f"{bad} -> {good}" for bad, good in sorted(table.items())]
    path.write_text(HEADER.format(title=title) + "\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("-v", "--verbose", action="store_true", help="print what was left out and why")
    args = parser.parse_args(argv)
    if not args.source.is_file():
        print(f"build_kata_baku: source not found: {args.source}", file=sys.stderr)
        return 2
    spelling, colloquial, log = build(args.source)
    write(args.out / "kata-baku.txt", "Kata tidak baku -> baku (KBBI V)", spelling)
    write(args.out / "kata-cakapan.txt", "Kata cakapan -> bentuk baku (KBBI V)", colloquial)
    if args.verbose:
        print("\n".join(log))
    print(f"kata-baku: {len(spelling)} pairs, kata-cakapan: {len(colloquial)} pairs, left out: {len(log)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
