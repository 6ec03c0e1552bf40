#!/usr/bin/env python3
"""Build Gazetteers/lexicons/nationalities.txt: nationality and demonym words, English and
French, every gender and number ("American", "Americans", "américain", "américaine",
"américains", "américaines", "Américain", "Américaine", ...).

Usage:
    python3 Gazetteers/tools/build_nationalities.py [ISO_CODES_JSON_DIR] [--out FILE]

The demonyms are hand-written for this project (TABLE below). The country codes are
checked against Debian iso-codes (ISO 3166-1, /usr/share/iso-codes/json by default,
LGPL-2.1+ data) so that every row names a real country, and the script reports how many
ISO countries have no demonym (small territories, on purpose).

TABLE rows: CODE | English forms | French forms
  * CODE: ISO 3166-1 alpha-2, or "--" for a region or group (European, Arab, ...).
  * English: comma-separated; "Name+" also adds the plural "Names" (American+ ->
    American, Americans). Written as used (capitalized).
  * French: "m.sg, f.sg[, m.pl, f.pl]" (alternatives separated by ";"). Plurals default
    to + "s" (no change after s or x). Each French form is written twice: lower case
    (the adjective, "entreprise américaine") and capitalized in every hyphen part
    (the noun, "les Américains", "les Nord-Coréens").
Output is deterministic: English, then French adjectives, then French nouns, in table
order, without repeats.
"""
import argparse
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
LEXICONS = os.path.join(os.path.dirname(HERE), "lexicons")

TABLE = """
US | American+ | américain, américaine; états-unien, états-unienne
GB | British, Briton+, Brit+ | britannique, britannique
-- | English, Englishman, Englishmen, Englishwoman, Englishwomen | anglais, anglaise
-- | Scottish, Scot+ | écossais, écossaise
-- | Welsh, Welshman, Welshmen | gallois, galloise
FR | French, Frenchman, Frenchmen, Frenchwoman, Frenchwomen | français, française
DE | German+ | allemand, allemande
IT | Italian+ | italien, italienne
ES | Spanish, Spaniard+ | espagnol, espagnole
PT | Portuguese | portugais, portugaise
NL | Dutch, Dutchman, Dutchmen, Dutchwoman | néerlandais, néerlandaise
BE | Belgian+ | belge, belge
LU | Luxembourgish, Luxembourger+ | luxembourgeois, luxembourgeoise
CH | Swiss | suisse, suisse; suisse, suissesse
AT | Austrian+ | autrichien, autrichienne
IE | Irish, Irishman, Irishmen, Irishwoman | irlandais, irlandaise
DK | Danish, Dane+ | danois, danoise
SE | Swedish, Swede+ | suédois, suédoise
NO | Norwegian+ | norvégien, norvégienne
FI | Finnish, Finn+ | finlandais, finlandaise
IS | Icelandic, Icelander+ | islandais, islandaise
EE | Estonian+ | estonien, estonienne
LV | Latvian+ | letton, lettone
LT | Lithuanian+ | lituanien, lituanienne
PL | Polish, Pole+ | polonais, polonaise
CZ | Czech+ | tchèque, tchèque
SK | Slovak+, Slovakian+ | slovaque, slovaque
HU | Hungarian+ | hongrois, hongroise
RO | Romanian+ | roumain, roumaine
BG | Bulgarian+ | bulgare, bulgare
GR | Greek+ | grec, grecque
CY | Cypriot+ | chypriote, chypriote
MT | Maltese | maltais, maltaise
SI | Slovenian+, Slovene+ | slovène, slovène
HR | Croatian+, Croat+ | croate, croate
RS | Serbian+, Serb+ | serbe, serbe
BA | Bosnian+ | bosnien, bosnienne; bosniaque, bosniaque
ME | Montenegrin+ | monténégrin, monténégrine
MK | Macedonian+, North Macedonian+ | macédonien, macédonienne
AL | Albanian+ | albanais, albanaise
-- | Kosovar+ | kosovar, kosovare
MD | Moldovan+ | moldave, moldave
UA | Ukrainian+ | ukrainien, ukrainienne
BY | Belarusian+ | biélorusse, biélorusse
RU | Russian+ | russe, russe
GE | Georgian+ | géorgien, géorgienne
AM | Armenian+ | arménien, arménienne
AZ | Azerbaijani+, Azeri+ | azerbaïdjanais, azerbaïdjanaise
TR | Turkish, Turk+ | turc, turque
MC | Monegasque+ | monégasque, monégasque
AD | Andorran+ | andorran, andorrane
CA | Canadian+ | canadien, canadienne
MX | Mexican+ | mexicain, mexicaine
CU | Cuban+ | cubain, cubaine
HT | Haitian+ | haïtien, haïtienne
DO | Dominican+ | dominicain, dominicaine
JM | Jamaican+ | jamaïcain, jamaïcaine
PR | Puerto Rican+ | portoricain, portoricaine
GT | Guatemalan+ | guatémaltèque, guatémaltèque
HN | Honduran+ | hondurien, hondurienne
SV | Salvadoran+ | salvadorien, salvadorienne
NI | Nicaraguan+ | nicaraguayen, nicaraguayenne
CR | Costa Rican+ | costaricien, costaricienne
PA | Panamanian+ | panaméen, panaméenne
CO | Colombian+ | colombien, colombienne
VE | Venezuelan+ | vénézuélien, vénézuélienne
EC | Ecuadorian+ | équatorien, équatorienne
PE | Peruvian+ | péruvien, péruvienne
BO | Bolivian+ | bolivien, bolivienne
BR | Brazilian+ | brésilien, brésilienne
PY | Paraguayan+ | paraguayen, paraguayenne
UY | Uruguayan+ | uruguayen, uruguayenne
AR | Argentine+, Argentinian+ | argentin, argentine
CL | Chilean+ | chilien, chilienne
CN | Chinese | chinois, chinoise
TW | Taiwanese | taïwanais, taïwanaise
HK | Hongkonger+ | hongkongais, hongkongaise
JP | Japanese | japonais, japonaise
KR | South Korean+, Korean+ | sud-coréen, sud-coréenne; coréen, coréenne
KP | North Korean+ | nord-coréen, nord-coréenne
MN | Mongolian+ | mongol, mongole
VN | Vietnamese | vietnamien, vietnamienne
TH | Thai+ | thaïlandais, thaïlandaise
KH | Cambodian+ | cambodgien, cambodgienne
LA | Laotian+ | laotien, laotienne
MM | Burmese | birman, birmane
MY | Malaysian+ | malaisien, malaisienne
SG | Singaporean+ | singapourien, singapourienne
ID | Indonesian+ | indonésien, indonésienne
PH | Philippine, Filipino+, Filipina+ | philippin, philippine
AU | Australian+, Aussie+ | australien, australienne
NZ | New Zealander+, Kiwi+ | néo-zélandais, néo-zélandaise
IN | Indian+ | indien, indienne
PK | Pakistani+ | pakistanais, pakistanaise
BD | Bangladeshi+ | bangladais, bangladaise
LK | Sri Lankan+ | sri-lankais, sri-lankaise
NP | Nepali+, Nepalese | népalais, népalaise
AF | Afghan+ | afghan, afghane
IR | Iranian+ | iranien, iranienne
IQ | Iraqi+ | irakien, irakienne
SY | Syrian+ | syrien, syrienne
LB | Lebanese | libanais, libanaise
JO | Jordanian+ | jordanien, jordanienne
IL | Israeli+ | israélien, israélienne
PS | Palestinian+ | palestinien, palestinienne
SA | Saudi+, Saudi Arabian+ | saoudien, saoudienne
AE | Emirati+ | émirati, émiratie; émirien, émirienne
QA | Qatari+ | qatari, qatarie; qatarien, qatarienne
KW | Kuwaiti+ | koweïtien, koweïtienne
BH | Bahraini+ | bahreïni, bahreïnie; bahreïnien, bahreïnienne
OM | Omani+ | omanais, omanaise
YE | Yemeni+ | yéménite, yéménite
KZ | Kazakh+, Kazakhstani+ | kazakh, kazakhe; kazakhstanais, kazakhstanaise
UZ | Uzbek+ | ouzbek, ouzbèke
KG | Kyrgyz | kirghize, kirghize
TJ | Tajik+ | tadjik, tadjike
TM | Turkmen | turkmène, turkmène
EG | Egyptian+ | égyptien, égyptienne
LY | Libyan+ | libyen, libyenne
TN | Tunisian+ | tunisien, tunisienne
DZ | Algerian+ | algérien, algérienne
MA | Moroccan+ | marocain, marocaine
MR | Mauritanian+ | mauritanien, mauritanienne
SN | Senegalese | sénégalais, sénégalaise
ML | Malian+ | malien, malienne
BF | Burkinabe, Burkinabé | burkinabè, burkinabè
NE | Nigerien+ | nigérien, nigérienne
NG | Nigerian+ | nigérian, nigériane
GH | Ghanaian+ | ghanéen, ghanéenne
CI | Ivorian+ | ivoirien, ivoirienne
GN | Guinean+ | guinéen, guinéenne
BJ | Beninese | béninois, béninoise
TG | Togolese | togolais, togolaise
CM | Cameroonian+ | camerounais, camerounaise
TD | Chadian+ | tchadien, tchadienne
GA | Gabonese | gabonais, gabonaise
CD | Congolese | congolais, congolaise
RW | Rwandan+ | rwandais, rwandaise
BI | Burundian+ | burundais, burundaise
UG | Ugandan+ | ougandais, ougandaise
KE | Kenyan+ | kényan, kényane
TZ | Tanzanian+ | tanzanien, tanzanienne
ET | Ethiopian+ | éthiopien, éthiopienne
SO | Somali+ | somalien, somalienne
SD | Sudanese | soudanais, soudanaise
SS | South Sudanese | sud-soudanais, sud-soudanaise
AO | Angolan+ | angolais, angolaise
MZ | Mozambican+ | mozambicain, mozambicaine
MG | Malagasy | malgache, malgache
MU | Mauritian+ | mauricien, mauricienne
ZM | Zambian+ | zambien, zambienne
ZW | Zimbabwean+ | zimbabwéen, zimbabwéenne
NA | Namibian+ | namibien, namibienne
ZA | South African+ | sud-africain, sud-africaine
-- | European+ | européen, européenne
-- | African+ | africain, africaine
-- | Asian+ | asiatique, asiatique
-- | Arab+ | arabe, arabe
-- | North American+ | nord-américain, nord-américaine
-- | Latin American+ | latino-américain, latino-américaine
-- | South American+ | sud-américain, sud-américaine
-- | Scandinavian+ | scandinave, scandinave
-- | Nordic | nordique, nordique
-- | Baltic | balte, balte
-- | Maghrebi | maghrébin, maghrébine
-- | Middle Eastern | moyen-oriental, moyen-orientale, moyen-orientaux, moyen-orientales
-- | Caribbean | caribéen, caribéenne
-- | Québécois, Quebecer+ | québécois, québécoise
-- | Flemish | flamand, flamande
-- | Walloon+ | wallon, wallonne
-- | Catalan+ | catalan, catalane
-- | Basque+ | basque, basque
-- | Bavarian+ | bavarois, bavaroise
"""


def parse():
    rows = []
    for line in TABLE.strip().splitlines():
        code, en, fr = [p.strip() for p in line.split("|")]
        en_forms = []
        for f in (x.strip() for x in en.split(",")):
            if f.endswith("+"):
                en_forms += [f[:-1], f[:-1] + "s"]
            else:
                en_forms.append(f)
        fr_forms = []
        for alt in fr.split(";"):
            parts = [p.strip() for p in alt.split(",")]
            m, f = parts[0], parts[1]
            mp = parts[2] if len(parts) > 2 else (m if m[-1] in "sx" else m + "s")
            fp = parts[3] if len(parts) > 3 else (f if f[-1] in "sx" else f + "s")
            fr_forms += [m, f, mp, fp]
        rows.append((code, en_forms, fr_forms))
    return rows


def noun(word):
    return "-".join(p[:1].upper() + p[1:] for p in word.split("-"))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("json_dir", nargs="?", default="/usr/share/iso-codes/json")
    ap.add_argument("--out", default=os.path.join(LEXICONS, "nationalities.txt"))
    a = ap.parse_args()

    iso = json.load(open(os.path.join(a.json_dir, "iso_3166-1.json"), encoding="utf-8"))["3166-1"]
    codes = {c["alpha_2"] for c in iso}
    rows = parse()
    bad = [r[0] for r in rows if r[0] != "--" and r[0] not in codes]
    if bad:
        raise SystemExit(f"build_nationalities: not ISO 3166-1 codes: {bad}")
    covered = {r[0] for r in rows if r[0] != "--"}

    sections = [("English nationality adjectives and nouns", [w for r in rows for w in r[1]]),
                ("French adjectives (lower case): m.sg, f.sg, m.pl, f.pl",
                 [w for r in rows for w in r[2]]),
                ("French nouns (capitalized): m.sg, f.sg, m.pl, f.pl",
                 [noun(w) for r in rows for w in r[2]])]
    seen, total = set(), 0
    out = []
    for title, words in sections:
        out.append(f"\n# {title}\n")
        for w in words:
            if w not in seen:
                seen.add(w)
                out.append(w + "\n")
                total += 1
    with open(a.out, "w", encoding="utf-8") as f:
        f.write("# Nationality and demonym words (adjectives and nouns), English and French, all\n")
        f.write("# genders and numbers. Demonyms hand-written for this project; the country list is\n")
        f.write(f"# checked against Debian iso-codes ISO 3166-1 (LGPL-2.1+): {len(covered)} of {len(codes)}\n")
        f.write("# countries, plus regions and groups (European, Arab, Latin American, Québécois...).\n")
        f.write("# Generated by Gazetteers/tools/build_nationalities.py; do not edit by hand.\n")
        f.write(f"# {total} entries.\n")
        f.write("".join(out))
    print(f"nationalities.txt: {total} entries, {len(covered)} countries")


if __name__ == "__main__":
    main()
