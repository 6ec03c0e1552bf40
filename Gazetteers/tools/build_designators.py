#!/usr/bin/env python3
"""Build Gazetteers/lexicons/org-legal-forms.txt from cleanco's legal-form table.

Source: PyPI `cleanco` 2.3 (MIT), file cleanco/termdata.py (`terms_by_country`), fetched
at development time and never vendored:
    pip download --no-deps cleanco==2.3 -d /tmp/namedata
    cd /tmp/namedata && mkdir -p cleanco && cd cleanco && python3 -m zipfile -e ../cleanco-2.3-py3-none-any.whl .

Usage:
    python3 Gazetteers/tools/build_designators.py /tmp/namedata/cleanco/cleanco/termdata.py [--out FILE]

The file is parsed with `ast` (never imported or executed). Only the countries in
COUNTRIES are read (English-, French-, German-, Dutch-, Nordic-, Italian-, Spanish-,
Portuguese-, Japanese-, Polish-, Czech- and Nigerian business news). cleanco's terms are lower case, so
each kept term is mapped by hand to the form(s) written in news (CASE below: "gmbh" ->
"GmbH", "s.p.a." -> "S.p.A.", "plc" -> "plc" and "PLC"). Terms that are also common
words, abbreviations or places ("as", "e.g.", "E.U.", "S.C.", "Sep") or too rare to help
are listed in EXCLUDE with the reason. A term in neither table stops the script, so a new
cleanco version is reviewed rather than copied. ADDITIONS are forms cleanco lacks (SE,
"Co., Ltd.", SpA, S.à r.l., & Cie, ...), written for this project.
Output: one form a line, grouped by origin, in a fixed order (deterministic).
"""
import argparse
import ast
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LEXICONS = os.path.join(os.path.dirname(HERE), "lexicons")

COUNTRIES = [
    "United States of America", "United Kingdom", "Ireland", "Canada", "Australia",
    "New Zealand", "India", "Singapore", "Hong Kong", "Israel", "France", "Belgium",
    "Luxemborg", "Switzerland", "Germany", "Austria", "Netherlands", "Denmark", "Sweden",
    "Norway", "Finland", "Iceland", "Italy", "Spain", "Portugal", "Brazil", "Mexico",
    "Argentina", "Chile", "Japan", "Poland", "Czech Republic", "Nigeria",
]

CASE = {
    "llc": ["LLC"], "inc.": ["Inc."], "corporation": ["Corporation"],
    "incorporated": ["Incorporated"], "company": ["Company"], "limited": ["Limited"],
    "corp.": ["Corp."], "inc": ["Inc"], "llp": ["LLP"], "l.l.p.": ["L.L.P."],
    "pllc": ["PLLC"], "and company": ["and Company"], "& company": ["& Company"],
    "corp": ["Corp"], "ltd.": ["Ltd."], "ltd": ["Ltd"], "& co.": ["& Co."], "& co": ["& Co"],
    "co.": ["Co."], "co": ["Co"], "lp": ["LP"], "plc.": ["plc."], "plc": ["plc", "PLC"],
    "cic": ["CIC"], "l.p.": ["L.P."], "pty. ltd.": ["Pty. Ltd."], "pty ltd": ["Pty Ltd"],
    "pvt. ltd.": ["Pvt. Ltd."], "bhd": ["Bhd"], "pte ltd": ["Pte Ltd"],
    "sdn bhd": ["Sdn Bhd"], "pte": ["Pte"], "pte. ltd.": ["Pte. Ltd."],
    "sicav": ["SICAV"], "sarl": ["SARL", "Sarl"], "eurl": ["EURL"], "sasu": ["SASU"],
    "gie": ["GIE"], "snc": ["SNC"], "sca": ["SCA"], "scop": ["SCOP"], "sas": ["SAS"],
    "bvba": ["BVBA"], "sprl": ["SPRL"], "s.a.": ["S.A."], "s.a.r.l.": ["S.A.R.L.", "S.à r.l."],
    "ab": ["AB"], "sa": ["SA"], "gmbh": ["GmbH"], "g.m.b.h.": ["G.m.b.H."], "sagl": ["Sagl"],
    "gmbh & co. kg": ["GmbH & Co. KG"], "e.v.": ["e.V."], "gbr": ["GbR"], "ohg": ["OHG"],
    "kgaa": ["KGaA"], "ag": ["AG"], "mbh & co. kg": ["mbH & Co. KG"], "a.g.": ["A.G."],
    "kg": ["KG"], "b.v.": ["B.V."], "n.v.": ["N.V."], "a/s": ["A/S"], "asa": ["ASA"],
    "oy": ["Oy"], "oyj": ["Oyj"], "s.a.s.": ["S.A.S."], "s.p.a.": ["S.p.A."],
    "s.r.l.": ["S.r.l."], "s.l.": ["S.L."], "lda.": ["Lda."], "sgps": ["SGPS"],
    "ltda": ["Ltda"], "ltda.": ["Ltda."], "s.a.b.": ["S.A.B."],
    # Poland and the Czech Republic
    "sp. z.o.o.": ["sp. z o.o.", "Sp. z o.o.", "sp. z.o.o."], "sp.k.": ["sp.k.", "Sp.k."], "sp.j.": ["sp.j.", "Sp.j."],
    "s.k.a.": ["S.K.A."], "s.r.o.": ["s.r.o."], "spol. s r.o.": ["spol. s r.o."], "a.s.": ["a.s."],
    "s.a. de c.v.": ["S.A. de C.V."], "k.k.": ["K.K."], "g.k.": ["G.K."],
}

EXCLUDE = {
    # Poland, the Czech Republic, Nigeria: abbreviations of other things, or too rare
    "p.p.": "pages; per procura", "sp.p.": "too rare", "akc. spol.": "too rare", "v.o.s.": "too rare",
    "a spol.": "Czech 'and company', also a phrase", "k.s.": "too rare", "kom. spol.": "too rare",
    "veÅ\x99. obch. spol.": "mis-encoded in cleanco, too rare", "gte.": "too rare", "ultd.": "too rare",
    # common words, abbreviations, acronyms or places in news text
    "as": "English word", "da": "surname particle", "e.g.": "for example",
    "e.u.": "European Union", "sep": "September", "cio": "chief information officer",
    "psu": "power supply unit", "s.c.": "South Carolina", "c.v.": "curriculum vitae",
    "et": "French 'and'", "ok": "okay", "ad": "advertisement", "ba": "degree",
    "ans": "French 'ans'", "sem": "electron microscope", "gp": "general practitioner",
    "sp": "too short", "nl": "Netherlands", "sd": "too short", "bm": "too short",
    "b.m.": "too rare", "ei": "too short", "etat": "French 'État'", "pse": "too rare",
    "og": "too short", "gk": "too short", "hb": "too short", "kb": "too short",
    "bl": "too short", "hf": "too short", "kf": "too short", "ks": "too short",
    "sf": "San Francisco", "ay": "too short", "ky": "Kentucky", "kd": "too short",
    "s.s.": "steamship", "s.e.": "south-east", "s.f.": "too rare",
    # not a legal form, or too rare in the news this project reads
    "sogepa": "a company name, not a legal form", "cpt": "too rare", "teo": "too rare",
    "tapui": "too rare", "unltd": "too rare", "ultd": "too rare", "fcp": "fund, too rare",
    "scs": "too rare", "esv": "too rare", "vzw": "non-profit, too rare", "vof": "too rare",
    "comm.v": "too rare", "cvba": "too rare", "cvoa": "too rare", "secs": "too rare",
    "partg": "too rare", "stg": "too rare", "gesbr": "too rare", "v.o.f.": "too rare",
    "i/s": "too rare", "k/s": "too rare", "p/s": "too rare", "amba": "too rare",
    "a.m.b.a.": "too rare", "fmba": "too rare", "f.m.b.a.": "too rare", "smba": "too rare",
    "s.m.b.a.": "too rare", "g/s": "too rare", "fkf": "too rare", "iks": "too rare",
    "nuf": "too rare", "rhf": "too rare", "t:mi": "too rare", "tmi": "too rare",
    "as oy": "too rare", "as.oy": "too rare", "ehf.": "too rare", "hf.": "too rare",
    "ohf.": "too rare", "ses.": "too rare", "s.n.c.": "too rare", "s.a.p.a.": "too rare",
    "s.c.r.l.": "too rare", "s.a.d.": "too rare", "s.l.l.": "too rare",
    "s.l.n.e.": "too rare", "s.cra": "too rare", "s.coop": "too rare", "sal": "too rare",
    "sccl": "too rare", "crl": "too rare", "adsitz": "Bulgarian, misfiled", "ead": "Bulgarian, misfiled",
    "kda": "Bulgarian, misfiled", "s. de. r.l.": "malformed", "s. en c.": "too rare",
    "s.a.p.i.": "too rare", "s.c.p.a": "too rare", "scpa": "too rare", "s.c.e i.": "too rare",
    "s.g.r": "too rare", "sgr": "too rare", "s.g.r.": "too rare", "soc.col.": "too rare",
    "eirl": "too rare", "y.k.": "obsolete",
}

ADDITIONS = [
    # (form, note)
    ("SE", "Societas Europaea (SAP SE, Airbus SE)"),
    ("Co., Ltd.", "Chinese, Japanese, Korean firms in English"),
    ("Co. Ltd.", ""), ("Co., Ltd", ""), ("Co Ltd", ""),
    ("L.L.C.", "US"), ("PLC.", ""), ("Pty Limited", "Australia"),
    ("Pvt Ltd", "India"), ("Private Limited", "India"), ("Sdn. Bhd.", "Malaysia"),
    ("SpA", "Italy, written without dots"), ("Srl", "Italy"), ("SRL", "Italy, Belgium"),
    ("S.L.U.", "Spain"), ("S.A.U.", "Spain"), ("Sàrl", "Switzerland, Luxembourg"),
    ("S.à.r.l.", ""), ("S.C.A.", "France, Luxembourg"), ("& Cie", "France"),
    ("& Cie.", ""), ("et Cie", ""), ("NV", "Netherlands, Belgium"), ("BV", "Netherlands"),
    ("KK", "Japan"), ("AB (publ)", "Sweden"), ("Aktiengesellschaft", "Germany"),
    ("ULC", "Canada"), ("LLLP", "US"), ("LTD", "all-caps filings"), ("INC", ""),
    ("INC.", ""), ("CORP.", ""),
]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("termdata", help="path to cleanco/termdata.py (cleanco 2.3)")
    ap.add_argument("--out", default=os.path.join(LEXICONS, "org-legal-forms.txt"))
    a = ap.parse_args()

    tables = {}
    with open(a.termdata, encoding="utf-8") as f:
        for node in ast.parse(f.read()).body:
            if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
                tables[node.targets[0].id] = ast.literal_eval(node.value)
    by_country = tables["terms_by_country"]

    seen_terms, forms, origin = [], [], {}
    unknown = []
    for country in COUNTRIES:
        for term in by_country[country]:
            if term in seen_terms:
                continue
            seen_terms.append(term)
            if term in EXCLUDE:
                continue
            if term not in CASE:
                unknown.append(f"{country}: {term!r}")
                continue
            for form in CASE[term]:
                if form not in origin:
                    origin[form] = country
                    forms.append(form)
    if unknown:
        sys.exit("build_designators: terms with no case mapping or exclusion:\n  " + "\n  ".join(unknown))

    extra = [(f, n) for f, n in ADDITIONS if f not in origin]
    with open(a.out, "w", encoding="utf-8") as f:
        f.write("# Legal forms and company designators that END an organization name\n")
        f.write("# (\"Microsoft Corp.\", \"Siemens AG\", \"Orange SA\", \"Novo Nordisk A/S\").\n")
        f.write("# Source: PyPI cleanco 2.3 (MIT), cleanco/termdata.py, terms of the countries in\n")
        f.write("# build_designators.py COUNTRIES, cased by hand; words, abbreviations and rare forms\n")
        f.write("# excluded (see EXCLUDE there); last section: forms added for this project.\n")
        f.write("# Generated by Gazetteers/tools/build_designators.py; do not edit by hand.\n")
        f.write(f"# {len(forms) + len(extra)} entries.\n")
        current = None
        for form in forms:
            if origin[form] != current:
                current = origin[form]
                f.write(f"\n# cleanco: {current}\n")
            f.write(form + "\n")
        f.write("\n# Added for this project (not in cleanco 2.3)\n")
        for form, _ in extra:
            f.write(form + "\n")
    print(f"org-legal-forms.txt: {len(forms)} from cleanco + {len(extra)} added")


if __name__ == "__main__":
    main()
