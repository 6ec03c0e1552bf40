#!/usr/bin/env python3
"""Deterministic benchmark corpus for Gazette: French and English news-style articles.

    Benchmarks/make_corpus.py SIZE_MB OUTDIR [--seed N]

Writes OUTDIR/docs/NNNN/{fr,en}-NNNNNN.txt (1,000 files a folder) and OUTDIR/corpus.jsonl
(one {"id": ..., "text": ...} object a line, the same documents in the same order), until
the UTF-8 text reaches SIZE_MB * 1,000,000 bytes. The same SIZE_MB and seed always give
byte-identical output.

The sentence templates are written for this benchmark (not taken from Fixtures/ or any
other text). Names come from Gazetteers/*.tsv (names and aliases) and the first-name and
place lexicons, plus invented names the lists do not hold (surnames, companies, programmes
built from random syllables), so both the gazetteer and the rules have work. Every
article is dense in all four types: ORG, PERSON, MONEY (many written forms) and PROGRAM.
"""
import argparse
import json
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GAZ = os.path.join(ROOT, "Gazetteers")


def read_tsv(name):
    """(type, lang, [surface forms]) for every entry of a gazetteer file."""
    entries = []
    with open(os.path.join(GAZ, name), encoding="utf-8") as f:
        header = True
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if header:
                header = False
                continue
            fields = line.split("\t")
            if len(fields) < 3:
                continue
            forms = [fields[2]] + [a for a in (fields[3].split("|") if len(fields) > 3 else []) if a.strip()]
            lang = fields[4] if len(fields) > 4 and fields[4] else "*"
            entries.append((fields[1], lang, [f.strip() for f in forms]))
    return entries


def read_lexicon(name):
    with open(os.path.join(GAZ, "lexicons", name), encoding="utf-8") as f:
        return [l.strip() for l in f if l.strip() and not l.startswith("#")]


# ---- invented names -------------------------------------------------------------------

ONSETS = ["b", "br", "c", "d", "dr", "f", "g", "gr", "h", "k", "kr", "l", "m", "n", "p", "pr",
          "qu", "r", "s", "st", "t", "tr", "v", "w", "z", "ch", "th", "sk"]
VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "ou", "y", "ie", "au"]
CODAS = ["", "", "n", "r", "l", "s", "x", "nd", "rt", "lm", "ck", "v", "th", "ns"]
ENDINGS = ["", "ia", "on", "ex", "is", "ar", "ell", "ine", "o", "a", "en", "ys", "ard", "ley", "mann", "ec"]


def invented_word(rng, syllables=None):
    n = syllables or rng.choice([2, 2, 2, 3])
    word = "".join(rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS) for _ in range(n - 1))
    word += rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(ENDINGS)
    return word.capitalize()


ORG_SUFFIX_EN = ["Systems", "Labs", "Technologies", "Robotics", "Capital Partners", "Energy", "Semiconductor",
                 "Inc.", "Corp.", "Ltd", "LLC", "Holdings", "Analytics", "Foundation", "Institute",
                 "Bank", "Group", "Networks", "Therapeutics", "Research Council"]
ORG_SUFFIX_FR = ["SAS", "SA", "Technologies", "Industries", "Énergie", "Groupe", "Conseil", "Laboratoires",
                 "Capital", "Systèmes", "Fondation", "Robotique"]
ORG_PREFIX_FR = ["Institut", "Agence", "Fondation", "Université", "Banque", "Centre", "Office", "Conseil"]
PROGRAM_HEADS_EN = ["Initiative", "Program", "Project", "Mission", "Challenge", "Fund", "Plan"]


class Names:
    """Every name the templates draw from, known and invented."""

    def __init__(self, rng):
        self.rng = rng
        known = read_tsv("organizations.tsv") + read_tsv("people.tsv") + read_tsv("programs.tsv")
        self.known = {}
        for typ, lang, forms in known:
            for l in (["fr", "en"] if lang == "*" else [lang]):
                self.known.setdefault((typ, l), []).append(forms)
        self.first_fr = [n for n in read_lexicon("first-names-fr.txt") if " " not in n][:1500]
        self.first_en = [n for n in read_lexicon("first-names-en.txt") if " " not in n][:1500]
        self.places = [p for p in read_lexicon("places.txt") if len(p) > 3][:900]
        # A fixed pool of invented names, so that they repeat across documents (surnames and
        # short forms get linked) while most are still unknown to the lists.
        self.surnames = sorted({invented_word(rng) for _ in range(3000)})
        self.org_stems = sorted({invented_word(rng) for _ in range(1500)})
        self.program_stems = sorted({invented_word(rng, 2) for _ in range(800)})

    def known_form(self, typ, lang):
        forms = self.rng.choice(self.known[(typ, lang)])
        # Mostly the name, sometimes an alias (acronyms included).
        return forms[0] if len(forms) == 1 or self.rng.random() < 0.55 else self.rng.choice(forms[1:])

    def person(self, lang):
        r = self.rng.random()
        if r < 0.35:
            return self.known_form("PERSON", lang)
        first = self.rng.choice(self.first_fr if lang == "fr" else self.first_en)
        last = self.rng.choice(self.surnames)
        if r < 0.45 and lang == "en":
            return f"{first} {self.rng.choice('ABCDEFGHJKLMNPRSTW')}. {last}"
        if r < 0.5 and lang == "fr":
            return f"{first} {self.rng.choice(['de', 'Le', 'van der', 'Du'])} {last}"
        return f"{first} {last}"

    def org(self, lang):
        r = self.rng.random()
        if r < 0.5:
            return self.known_form("ORG", lang)
        stem = self.rng.choice(self.org_stems)
        if lang == "fr":
            if r < 0.75:
                return f"{stem} {self.rng.choice(ORG_SUFFIX_FR)}"
            return f"{self.rng.choice(ORG_PREFIX_FR)} {stem}"
        if r < 0.9:
            return f"{stem} {self.rng.choice(ORG_SUFFIX_EN)}"
        return f"University of {self.rng.choice(self.places)}"

    def program(self, lang):
        r = self.rng.random()
        if r < 0.45:
            return self.known_form("PROGRAM", lang), False
        stem = self.rng.choice(self.program_stems)
        year = self.rng.choice(["2030", "2035", "2040", "2028", "II", "Next"])
        if lang == "fr":
            return self.rng.choice([f"« {stem} {year} »", f"Mission {stem}", f"« {stem} »", f"{stem} {year}"]), True
        return self.rng.choice([f"{stem} {self.rng.choice(PROGRAM_HEADS_EN)}", f"Project {stem}",
                                f"Mission {stem}", f"“{stem} {year}”"]), True

    def place(self):
        return self.rng.choice(self.places)


# ---- money in many written forms -------------------------------------------------------

def group(n, sep):
    s = f"{n:,}"
    return s.replace(",", sep)


def money(rng, lang):
    units = rng.choice([1, 10, 100, 250, 3, 45, 7, 12, 999, 1500])
    frac = rng.choice(["", "", ".5", ".25", ".75", ".2"])
    if lang == "en":
        forms = [
            lambda: f"${units}{frac} billion",
            lambda: f"${units}{frac} million",
            lambda: f"${group(units * 1000 + rng.randrange(1000), ',')}",
            lambda: f"US${units}{frac}bn",
            lambda: f"€{units}{frac}m",
            lambda: f"£{units} million",
            lambda: f"{units} million euros",
            lambda: f"¥{units}{frac} trillion",
            lambda: f"USD {group(units * 1000000, ',')}",
            lambda: f"CHF {units}{frac} million",
            lambda: f"between ${units} million and ${units * 2} million",
            lambda: f"about ${units}{frac} billion",
            lambda: f"more than {rng.choice(['two', 'three', 'five', 'ten'])} billion dollars",
            lambda: f"{rng.choice(['one', 'four', 'twenty'])} million pounds",
            lambda: f"${group(units, ',')}.{rng.randrange(10, 99)}",
            lambda: f"C${units}{frac} million",
            lambda: f"up to €{units} billion",
            lambda: f"{units}{frac} billion yen",
        ]
    else:
        ffrac = frac.replace(".", ",")
        big = lambda word: word + ("s" if units > 1 or ffrac else "")
        fu = group(units, chr(0x202F))
        forms = [
            lambda: f"{units}{ffrac} {big('milliard')} d’euros",
            lambda: f"{units}{ffrac} {big('million')} de dollars",
            lambda: f"{group(units * 1000 + rng.randrange(1000), chr(0x202F))} €",
            lambda: f"{group(units * 1000000, ' ')} euros",
            lambda: f"{units}{ffrac} M€",
            lambda: f"{units} Md€",
            lambda: f"{rng.choice(['deux', 'trois', 'cinq', 'dix'])} milliards d’euros",
            lambda: f"{rng.choice(['deux cents', 'trois cent cinquante', 'quarante'])} millions d’euros",
            lambda: f"entre {units} et {units * 2} millions d’euros",
            lambda: f"environ {units}{ffrac} {big('milliard')} de dollars",
            lambda: f"plus de {units} {big('million')} de livres",
            lambda: f"{fu},{rng.randrange(10, 99)} €",
            lambda: f"jusqu’à {units} {big('milliard')} de yens",
            lambda: f"{units}{ffrac} {big('million')} de francs suisses",
            lambda: f"{units}{ffrac} {big('milliard')} de dollars canadiens",
            lambda: f"{group(units * 1000, chr(0xA0))} dollars",
        ]
    return rng.choice(forms)()


# ---- templates written for this benchmark --------------------------------------------

EN_TEMPLATES = [
    "{ORG} said on {DAY} it would invest {MONEY} in {PROGRAM} over the next {N} years.",
    "The grant, worth {MONEY}, goes to {ORG} and {ORG2}, according to {PERSON}, who leads the effort.",
    "“We are not slowing down,” {PERSON} said at a briefing in {PLACE}.",
    "{PERSON}, chief executive of {ORG}, told analysts that costs had reached {MONEY} in the quarter.",
    "Under {PROGRAM}, {ORG} will receive {MONEY} for a new plant near {PLACE}.",
    "Shares of {ORG} rose {N} percent after the company reported revenue of {MONEY}.",
    "Senator {SURNAME} asked {ORG} to explain why {PROGRAM} had cost {MONEY} so far.",
    "{ORG} ({ACR}) and {ORG2} signed an agreement on {DAY}; {ACR} will own {N} percent of the venture.",
    "In a statement, {ORG} said the {PROGRAM} budget would grow to {MONEY} by {YEAR}.",
    "Dr. {PERSON} of {ORG} estimated the shortfall at {MONEY}, citing delays at {ORG2}.",
    "The deal values {ORG} at roughly {MONEY}, said {PERSON}, a partner at {ORG2}.",
    "{PERSON} joined {ORG} in {YEAR} after {N} years at {ORG2}.",
    "Officials in {PLACE} expect {PROGRAM} to create {N},000 jobs and attract {MONEY} in private capital.",
    "President {PERSON} announced {PROGRAM} on {DAY}, with {MONEY} set aside for the first phase.",
    "Analysts at {ORG} cut their forecast to {MONEY}, down from {MONEY2} in {MONTH}.",
    "{SURNAME} said the money would not be enough.",
    "A spokesperson for {ORG} declined to comment on the {MONEY} contract.",
    "The {PROGRAM} call for proposals closes in {MONTH}; awards range from {MONEY} to {MONEY2}.",
    "{ORG} fined {ORG2} {MONEY} for breaching export rules, {PERSON} said.",
    "Its chief financial officer, {PERSON}, said {ORG} had {MONEY} in cash at the end of {MONTH}.",
]

FR_TEMPLATES = [
    "{ORG} a annoncé {DAY} un investissement de {MONEY} dans le cadre du programme {PROGRAM}.",
    "Selon {PERSON}, directrice de {ORG}, le coût total atteindra {MONEY} d’ici {YEAR}.",
    "« Nous n’avons pas le choix », a déclaré {PERSON} lors d’une conférence à {PLACE}.",
    "Le ministre {PERSON} a confirmé que {ORG} recevrait {MONEY} au titre de {PROGRAM}.",
    "{ORG} et {ORG2} ont signé {DAY} un accord de {MONEY} pour construire une usine près de {PLACE}.",
    "M. {SURNAME} estime que la facture dépassera {MONEY}.",
    "L’action de {ORG} a progressé de {N} % après l’annonce d’un chiffre d’affaires de {MONEY}.",
    "{ORG} ({ACR}) prévoit de recruter {N} ingénieurs ; {ACR} y consacrera {MONEY}.",
    "Dans un communiqué, {ORG} précise que le budget de {PROGRAM} passera à {MONEY} en {YEAR}.",
    "{PERSON}, président de {ORG}, a rappelé que {ORG2} avait déjà investi {MONEY}.",
    "Le président {PERSON} a lancé {PROGRAM} en {MONTH}, doté de {MONEY}.",
    "La commission de {PLACE} a infligé à {ORG} une amende de {MONEY}, a indiqué {PERSON}.",
    "D’après {ORG}, les dépenses de recherche ont atteint {MONEY} l’an dernier, contre {MONEY2} en {YEAR}.",
    "Mme {PERSON} a rejoint {ORG} en {YEAR}, après {N} ans passés chez {ORG2}.",
    "Le fonds géré par {ORG} apportera entre {N} et {N2} millions d’euros aux jeunes pousses retenues.",
    "{SURNAME} a toutefois jugé le montant « insuffisant ».",
    "Un porte-parole de {ORG} n’a pas souhaité commenter le contrat de {MONEY}.",
    "Les candidatures au programme {PROGRAM} sont ouvertes jusqu’en {MONTH} ; les aides vont de {MONEY} à {MONEY2}.",
    "Pour {PERSON}, chercheur à {ORG}, {PROGRAM} reste « un pari à {MONEY} ».",
    "Son directeur financier, {PERSON}, évoque une trésorerie de {MONEY} fin {MONTH}.",
]

EN_HEADLINES = ["{ORG} Bets {MONEY} on {PLACE} Expansion", "{PROGRAM} Gets New Funding",
                "{ORG} and {ORG2} Strike Deal", "Inside the Race for {PLACE}’s Chip Subsidies"]
FR_HEADLINES = ["{ORG} mise {MONEY} sur {PLACE}", "Le programme {PROGRAM} relancé",
                "{ORG} et {ORG2} s’allient", "Subventions : {PLACE} accélère"]

DAYS = {"en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
        "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"]}
MONTHS = {"en": ["January", "March", "June", "September", "November"],
          "fr": ["janvier", "mars", "juin", "septembre", "novembre"]}


def acronym(name):
    letters = "".join(w[0] for w in name.split() if w[:1].isupper())
    return letters if 2 <= len(letters) <= 6 else None


def fill(template, lang, names, rng, doc_people):
    values = {}

    def person():
        p = names.person(lang)
        doc_people.append(p)
        return p

    org = names.org(lang)
    acr = acronym(org)
    if "{ACR}" in template and not acr:
        # An invented long form whose initials make the acronym.
        words = [names.rng.choice(names.org_stems) for _ in range(3)]
        org = " ".join(words) + (" Institute" if lang == "en" else "")
        if lang == "fr":
            org = "Institut " + org
        acr = acronym(org)
    program, _ = names.program(lang)
    values.update(
        ORG=org, ORG2=names.org(lang), ACR=acr or "",
        MONEY=money(rng, lang), MONEY2=money(rng, lang), PROGRAM=program,
        PLACE=names.place(), DAY=rng.choice(DAYS[lang]), MONTH=rng.choice(MONTHS[lang]),
        YEAR=str(rng.randrange(2019, 2036)), N=str(rng.randrange(2, 60)), N2=str(rng.randrange(60, 400)),
    )
    if "{PERSON}" in template:
        values["PERSON"] = person()
    if "{SURNAME}" in template:
        earlier = [p for p in doc_people if " " in p]
        full = rng.choice(earlier) if earlier else person()
        values["SURNAME"] = full.split()[-1]
    return template.format(**values)


def article(lang, names, rng):
    templates = FR_TEMPLATES if lang == "fr" else EN_TEMPLATES
    headlines = FR_HEADLINES if lang == "fr" else EN_HEADLINES
    people = []
    parts = [fill(rng.choice(headlines), lang, names, rng, people)]
    if rng.random() < 0.3:
        parts.append(("Par " if lang == "fr" else "By ") + names.person(lang))
    for _ in range(rng.randrange(3, 8)):
        sentences = [fill(rng.choice(templates), lang, names, rng, people) for _ in range(rng.randrange(2, 6))]
        parts.append(" ".join(sentences))
    return "\n\n".join(parts) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("size_mb", type=float, help="total UTF-8 size in MB (10^6 bytes)")
    parser.add_argument("outdir")
    parser.add_argument("--seed", type=int, default=20260801)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    names = Names(random.Random(args.seed + 1))
    target = int(args.size_mb * 1_000_000)
    docs_dir = os.path.join(args.outdir, "docs")
    os.makedirs(docs_dir, exist_ok=True)
    total = 0
    n = 0
    with open(os.path.join(args.outdir, "corpus.jsonl"), "w", encoding="utf-8", newline="\n") as jsonl:
        while total < target:
            lang = "fr" if rng.random() < 0.5 else "en"
            text = article(lang, names, rng)
            doc_id = f"{lang}-{n:06d}"
            folder = os.path.join(docs_dir, f"{n // 1000:04d}")
            if n % 1000 == 0:
                os.makedirs(folder, exist_ok=True)
            with open(os.path.join(folder, doc_id + ".txt"), "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
            jsonl.write(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n")
            total += len(text.encode("utf-8"))
            n += 1
    with open(os.path.join(args.outdir, "MANIFEST"), "w") as f:
        f.write(f"size_mb={args.size_mb}\nseed={args.seed}\ndocuments={n}\nbytes={total}\n")
    print(f"{n} documents, {total} bytes of UTF-8 text -> {args.outdir}", file=sys.stderr)


if __name__ == "__main__":
    main()
