#!/usr/bin/env python3
"""Build Gazetteers/lexicons/places.txt: capitalized place names that are not organizations.

Usage:
    python3 Gazetteers/tools/build_places.py [ISO_CODES_JSON_DIR] [--locale-dir DIR] [--out FILE]

ISO_CODES_JSON_DIR defaults to /usr/share/iso-codes/json (Debian package `iso-codes`,
4.15 on these machines; `apt-get install iso-codes` if missing), and the French
translations are read with Python's `gettext` from the package's .mo files in
/usr/share/locale (domains iso_3166-1 and iso_3166-2). The iso-codes data are LGPL-2.1+.

What comes from iso-codes:
  * every ISO 3166-1 country: English short name (its `common_name` when there is one)
    and its French translation, with the inverted forms ("Corée, République de",
    "Salomon, Îles") replaced by the usual short forms from FIXES below;
  * ISO 3166-2 subdivisions: the 50 US states + District of Columbia, the Canadian
    provinces and territories, the Australian states and territories (Victoria left out:
    a first name), the German Länder, the Indian states and union territories, the French
    metropolitan and overseas regions,
    in English and French (known bad French translations corrected in FIXES_2).
What is hand-written for this project (in this file): extra country forms (Russia,
Turkey/Turquie, Britain, Czech Republic, ...), UK nations, historical French regions,
continents and world regions, ~200 world cities in English and French forms, French and
US cities, DOE laboratory towns.

The output is deterministic: sections in a fixed order, names in source order, and a
name already written is not repeated. Writes one name a line, UTF-8, `#` comments.
"""
import argparse
import gettext
import json
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
LEXICONS = os.path.join(os.path.dirname(HERE), "lexicons")

# Country names: alpha-2 -> (English forms, French forms) replacing the iso-codes
# forms that contain a comma or parentheses, or adding the forms news actually uses.
FIXES = {
    "AX": (["Åland Islands", "Åland"], ["Îles Åland", "Åland"]),
    "BO": (["Bolivia"], ["Bolivie"]),
    "BQ": (["Bonaire"], ["Bonaire"]),
    "CC": (["Cocos Islands"], ["Îles Cocos"]),
    "CD": (["Democratic Republic of the Congo", "DR Congo"], ["République démocratique du Congo"]),
    "CG": (["Congo", "Republic of the Congo"], ["Congo", "République du Congo"]),
    "CX": (["Christmas Island"], ["Île Christmas"]),
    "FK": (["Falkland Islands", "Falklands"], ["Îles Malouines", "Malouines"]),
    "FM": (["Micronesia"], ["Micronésie"]),
    "GQ": (["Equatorial Guinea"], ["Guinée équatoriale"]),
    "IR": (["Iran"], ["Iran"]),
    "KP": (["North Korea"], ["Corée du Nord"]),
    "KR": (["South Korea", "Korea"], ["Corée du Sud", "Corée"]),
    "LA": (["Laos"], ["Laos"]),
    "MD": (["Moldova"], ["Moldavie", "Moldova"]),
    "MF": (["Saint Martin"], ["Saint-Martin"]),
    "MO": (["Macao", "Macau"], ["Macao", "Macau"]),
    "PS": (["Palestine", "Gaza", "Gaza Strip", "West Bank"],
           ["Palestine", "Gaza", "Bande de Gaza", "Cisjordanie"]),
    "RE": (["Réunion"], ["La Réunion", "Réunion"]),
    "RU": (["Russia", "Russian Federation"], ["Russie", "Fédération de Russie"]),
    "SB": (["Solomon Islands"], ["Îles Salomon"]),
    "SH": (["Saint Helena"], ["Sainte-Hélène"]),
    "SX": (["Sint Maarten"], ["Saint-Martin"]),
    "SY": (["Syria"], ["Syrie"]),
    "TW": (["Taiwan"], ["Taïwan"]),
    "TZ": (["Tanzania"], ["Tanzanie"]),
    "VA": (["Vatican", "Vatican City", "Holy See"], ["Vatican", "Cité du Vatican", "Saint-Siège"]),
    "VE": (["Venezuela"], ["Venezuela", "Vénézuela"]),
    "VG": (["British Virgin Islands"], ["Îles Vierges britanniques"]),
    "VI": (["U.S. Virgin Islands"], ["Îles Vierges des États-Unis"]),
}
# Forms added to the (clean) iso-codes ones.
EXTRA = {
    "BY": (["Belarus"], ["Biélorussie"]),
    "CI": (["Ivory Coast"], []),
    "CV": (["Cape Verde"], []),
    "CZ": (["Czech Republic"], ["République tchèque"]),
    "GB": (["Britain", "Great Britain", "UK", "U.K."], ["Grande-Bretagne"]),
    "MK": (["Macedonia"], ["Macédoine"]),
    "MM": (["Burma"], ["Myanmar"]),
    "SZ": (["Swaziland"], ["Swaziland"]),
    "TL": (["East Timor"], ["Timor-Leste"]),
    "TR": (["Turkey"], ["Turquie"]),
    "US": (["United States of America", "U.S.", "U.S.A.", "USA"],
           ["États-Unis d'Amérique", "Etats-Unis"]),
    "VN": (["Vietnam"], ["Vietnam"]),
}
# Not in ISO 3166-1.
NON_ISO = [
    ("Kosovo", "Kosovo"),
    ("England", "Angleterre"),
    ("Scotland", "Écosse"),
    ("Wales", "Pays de Galles"),
    ("Northern Ireland", "Irlande du Nord"),
]
# Names never written to the list: country names that are far more often first names
# in French news (Dominique = Dominica, Maurice = Mauritius, Salvador = El Salvador), and
# the Australian state of Victoria (a first name everywhere).
DROP = {"Dominique", "Maurice", "Salvador", "Victoria"}
# Bad or inconsistent French translations of ISO 3166-2 names in iso-codes 4.15.
FIXES_2 = {
    "US-WV": "Virginie-Occidentale",
    "US-DC": "District de Columbia",
    "CA-NB": "Nouveau-Brunswick",
    "CA-PE": "Île-du-Prince-Édouard",
    "CA-NT": "Territoires du Nord-Ouest",
    "FR-GES": "Grand Est",
    "FR-PDL": "Pays de la Loire",
    "FR-PAC": "Provence-Alpes-Côte d'Azur",
    "FR-GF": "Guyane",
    "DE-NW": "Rhénanie-du-Nord-Westphalie",
    "DE-TH": "Thuringe",
    "DE-MV": "Mecklembourg-Poméranie-Occidentale",
    "IN-WB": "Bengale-Occidental",
}
# English forms of the German Länder (iso-codes names them in German only).
GERMAN_STATES_EN = ["Bavaria", "Lower Saxony", "North Rhine-Westphalia", "Rhineland-Palatinate", "Saxony",
                    "Saxony-Anhalt", "Thuringia", "Hesse", "Mecklenburg-Western Pomerania"]
FRENCH_OLD_REGIONS = [
    "Alsace", "Lorraine", "Champagne", "Ardennes", "Picardie", "Nord-Pas-de-Calais",
    "Bourgogne", "Franche-Comté", "Auvergne", "Rhône-Alpes", "Aquitaine", "Limousin",
    "Poitou-Charentes", "Midi-Pyrénées", "Languedoc-Roussillon", "Languedoc", "Provence",
    "Côte d'Azur", "Corse", "Corsica", "Savoie", "Haute-Savoie", "Dauphiné",
    "Touraine", "Anjou", "Vendée", "Gascogne", "Pays basque",
    "Camargue", "Cévennes", "Périgord", "Val de Loire", "Plateau de Saclay", "Saclay",
    "Normandy", "Brittany", "Burgundy",
]
CONTINENTS = [
    # (English, French) ; None = no form in that language
    ("Europe", "Europe"), ("Asia", "Asie"), ("Africa", "Afrique"), ("America", "Amérique"),
    ("Americas", "Amériques"), ("North America", "Amérique du Nord"),
    ("South America", "Amérique du Sud"), ("Latin America", "Amérique latine"),
    ("Central America", "Amérique centrale"), ("Oceania", "Océanie"),
    ("Antarctica", "Antarctique"), ("Arctic", "Arctique"), ("Eurasia", "Eurasie"),
    ("Middle East", "Moyen-Orient"), ("Near East", "Proche-Orient"),
    ("Far East", "Extrême-Orient"), ("Southeast Asia", "Asie du Sud-Est"),
    ("East Asia", "Asie de l'Est"), ("South Asia", "Asie du Sud"),
    ("Central Asia", "Asie centrale"), ("Eastern Europe", "Europe de l'Est"),
    ("Western Europe", "Europe de l'Ouest"), ("Central Europe", "Europe centrale"),
    ("Northern Europe", "Europe du Nord"), ("Southern Europe", "Europe du Sud"),
    ("Sub-Saharan Africa", "Afrique subsaharienne"), ("North Africa", "Afrique du Nord"),
    ("West Africa", "Afrique de l'Ouest"), ("East Africa", "Afrique de l'Est"),
    ("Scandinavia", "Scandinavie"), ("Balkans", "Balkans"), ("Baltics", "Pays baltes"),
    ("Maghreb", "Maghreb"), ("Sahel", "Sahel"), ("Caribbean", "Caraïbes"),
    ("Indo-Pacific", "Indo-Pacifique"), ("Asia-Pacific", "Asie-Pacifique"),
    ("Mediterranean", "Méditerranée"), ("Atlantic", "Atlantique"), ("Pacific", "Pacifique"),
    ("Gulf", "Golfe"), ("Persian Gulf", "golfe Persique"), ("Siberia", "Sibérie"),
    ("Patagonia", "Patagonie"), ("Greenland", "Groenland"), ("Lapland", "Laponie"),
    ("Silicon Valley", "Silicon Valley"), ("Bay Area", None), ("Midwest", None),
    ("New England", "Nouvelle-Angleterre"), ("Rust Belt", None), ("Sun Belt", None),
    ("Appalachia", "Appalaches"), ("Pacific Northwest", None), ("Outre-mer", "Outre-mer"),
]
# Major world cities outside France and the US: (English, French).
WORLD_CITIES = [
    ("London", "Londres"), ("Brussels", "Bruxelles"), ("Beijing", "Pékin"),
    ("Peking", None), ("Moscow", "Moscou"), ("Berlin", "Berlin"), ("Madrid", "Madrid"),
    ("Rome", "Rome"), ("Vienna", "Vienne"), ("Geneva", "Genève"), ("Zurich", "Zurich"),
    ("Zürich", None), ("Basel", "Bâle"), ("Bern", "Berne"), ("Lausanne", "Lausanne"),
    ("Davos", "Davos"), ("Lisbon", "Lisbonne"), ("Porto", "Porto"), ("Warsaw", "Varsovie"),
    ("Krakow", "Cracovie"), ("Prague", "Prague"), ("Budapest", "Budapest"),
    ("Bucharest", "Bucarest"), ("Sofia", "Sofia"), ("Belgrade", "Belgrade"),
    ("Zagreb", "Zagreb"), ("Ljubljana", "Ljubljana"), ("Bratislava", "Bratislava"),
    ("Athens", "Athènes"), ("Copenhagen", "Copenhague"), ("Stockholm", "Stockholm"),
    ("Gothenburg", "Göteborg"), ("Oslo", "Oslo"), ("Helsinki", "Helsinki"),
    ("Reykjavik", "Reykjavik"), ("Tallinn", "Tallinn"), ("Riga", "Riga"),
    ("Vilnius", "Vilnius"), ("Dublin", "Dublin"), ("Edinburgh", "Édimbourg"),
    ("Glasgow", "Glasgow"), ("Manchester", "Manchester"), ("Birmingham", "Birmingham"),
    ("Liverpool", "Liverpool"), ("Bristol", "Bristol"), ("Oxford", "Oxford"),
    ("Cambridge", "Cambridge"), ("Belfast", "Belfast"), ("Cardiff", "Cardiff"),
    ("Amsterdam", "Amsterdam"), ("Rotterdam", "Rotterdam"), ("The Hague", "La Haye"),
    ("Eindhoven", "Eindhoven"), ("Delft", "Delft"), ("Antwerp", "Anvers"),
    ("Ghent", "Gand"), ("Liège", "Liège"), ("Leuven", "Louvain"), ("Luxembourg", "Luxembourg"),
    ("Hamburg", "Hambourg"), ("Munich", "Munich"), ("Frankfurt", "Francfort"),
    ("Cologne", "Cologne"), ("Stuttgart", "Stuttgart"), ("Düsseldorf", "Düsseldorf"),
    ("Dresden", "Dresde"), ("Leipzig", "Leipzig"), ("Heidelberg", "Heidelberg"),
    ("Jülich", "Jülich"), ("Karlsruhe", "Karlsruhe"), ("Bonn", "Bonn"),
    ("Milan", "Milan"), ("Turin", "Turin"), ("Naples", "Naples"), ("Venice", "Venise"),
    ("Bologna", "Bologne"), ("Florence", "Florence"), ("Genoa", "Gênes"), ("Trieste", "Trieste"),
    ("Barcelona", "Barcelone"), ("Seville", "Séville"), ("Bilbao", "Bilbao"),
    ("Valencia", None), ("Malaga", "Malaga"), ("Monaco", "Monaco"),
    ("Kyiv", "Kiev"), ("Kiev", None), ("Minsk", "Minsk"), ("Saint Petersburg", "Saint-Pétersbourg"),
    ("St. Petersburg", None), ("Istanbul", "Istanbul"), ("Ankara", "Ankara"),
    ("Tbilisi", "Tbilissi"), ("Yerevan", "Erevan"), ("Baku", "Bakou"),
    ("Tokyo", "Tokyo"), ("Osaka", "Osaka"), ("Kyoto", "Kyoto"), ("Yokohama", "Yokohama"),
    ("Nagoya", "Nagoya"), ("Fukushima", "Fukushima"), ("Hiroshima", "Hiroshima"),
    ("Tsukuba", "Tsukuba"), ("Kobe", "Kobe"),
    ("Seoul", "Séoul"), ("Busan", "Busan"), ("Daejeon", "Daejeon"), ("Pyongyang", "Pyongyang"),
    ("Shanghai", "Shanghai"), ("Shenzhen", "Shenzhen"), ("Guangzhou", "Canton"),
    ("Hangzhou", "Hangzhou"), ("Wuhan", "Wuhan"), ("Chengdu", "Chengdu"),
    ("Tianjin", "Tianjin"), ("Nanjing", "Nankin"), ("Hefei", "Hefei"), ("Xi'an", "Xi'an"),
    ("Chongqing", "Chongqing"), ("Hong Kong", "Hong Kong"), ("Taipei", "Taipei"),
    ("Hsinchu", "Hsinchu"), ("Taichung", "Taichung"), ("Kaohsiung", "Kaohsiung"),
    ("Singapore", "Singapour"), ("Bangkok", "Bangkok"), ("Hanoi", "Hanoï"),
    ("Ho Chi Minh City", "Hô Chi Minh-Ville"), ("Saigon", "Saïgon"), ("Jakarta", "Jakarta"),
    ("Manila", "Manille"), ("Kuala Lumpur", "Kuala Lumpur"), ("Phnom Penh", "Phnom Penh"),
    ("Mumbai", "Bombay"), ("New Delhi", "New Delhi"), ("Delhi", "Delhi"),
    ("Bangalore", "Bangalore"), ("Bengaluru", "Bengaluru"), ("Chennai", "Madras"),
    ("Hyderabad", "Hyderabad"), ("Kolkata", "Calcutta"), ("Pune", "Pune"),
    ("Karachi", "Karachi"), ("Lahore", "Lahore"), ("Islamabad", "Islamabad"),
    ("Dhaka", "Dacca"), ("Kathmandu", "Katmandou"), ("Colombo", "Colombo"),
    ("Tehran", "Téhéran"), ("Baghdad", "Bagdad"), ("Damascus", "Damas"),
    ("Riyadh", "Riyad"), ("Jeddah", "Djeddah"), ("Dubai", "Dubaï"), ("Abu Dhabi", "Abou Dabi"),
    ("Doha", "Doha"), ("Muscat", "Mascate"), ("Kuwait City", "Koweït"), ("Manama", "Manama"),
    ("Tel Aviv", "Tel-Aviv"), ("Jerusalem", "Jérusalem"), ("Beirut", "Beyrouth"),
    ("Amman", "Amman"), ("Cairo", "Le Caire"), ("Alexandria", "Alexandrie"),
    ("Algiers", "Alger"), ("Oran", "Oran"), ("Tunis", "Tunis"), ("Rabat", "Rabat"),
    ("Casablanca", "Casablanca"), ("Marrakesh", "Marrakech"), ("Tripoli", "Tripoli"),
    ("Dakar", "Dakar"), ("Abidjan", "Abidjan"), ("Lagos", "Lagos"), ("Abuja", "Abuja"),
    ("Accra", "Accra"), ("Nairobi", "Nairobi"), ("Addis Ababa", "Addis-Abeba"),
    ("Kigali", "Kigali"), ("Kinshasa", "Kinshasa"), ("Brazzaville", "Brazzaville"),
    ("Douala", "Douala"), ("Yaoundé", "Yaoundé"), ("Bamako", "Bamako"),
    ("Ouagadougou", "Ouagadougou"), ("Niamey", "Niamey"), ("Libreville", "Libreville"),
    ("Antananarivo", "Antananarivo"), ("Johannesburg", "Johannesbourg"),
    ("Cape Town", "Le Cap"), ("Pretoria", "Pretoria"), ("Durban", "Durban"),
    ("Luanda", "Luanda"), ("Maputo", "Maputo"), ("Khartoum", "Khartoum"),
    ("Sydney", "Sydney"), ("Melbourne", "Melbourne"), ("Canberra", "Canberra"),
    ("Brisbane", "Brisbane"), ("Perth", "Perth"), ("Auckland", "Auckland"),
    ("Wellington", "Wellington"), ("Toronto", "Toronto"), ("Montreal", "Montréal"),
    ("Vancouver", "Vancouver"), ("Ottawa", "Ottawa"), ("Quebec City", "Québec"),
    ("Calgary", "Calgary"), ("Edmonton", "Edmonton"), ("Waterloo", "Waterloo"),
    ("Mexico City", "Mexico"), ("Guadalajara", "Guadalajara"), ("Monterrey", "Monterrey"),
    ("Havana", "La Havane"), ("São Paulo", "São Paulo"), ("Rio de Janeiro", "Rio de Janeiro"),
    ("Brasília", "Brasília"), ("Buenos Aires", "Buenos Aires"), ("Santiago", "Santiago"),
    ("Lima", "Lima"), ("Bogotá", "Bogota"), ("Caracas", "Caracas"), ("Quito", "Quito"),
    ("Montevideo", "Montevideo"), ("La Paz", "La Paz"), ("Panama City", "Panama"),
    ("Astana", "Astana"), ("Tashkent", "Tachkent"), ("Ulaanbaatar", "Oulan-Bator"),
    ("Chernobyl", "Tchernobyl"), ("Zaporizhzhia", "Zaporijia"), ("Kharkiv", "Kharkiv"),
    ("Odesa", "Odessa"),
]
FRENCH_CITIES = [
    "Paris", "Marseille", "Lyon", "Toulouse", "Nice", "Nantes", "Montpellier", "Strasbourg",
    "Bordeaux", "Lille", "Rennes", "Reims", "Toulon", "Saint-Étienne", "Le Havre",
    "Grenoble", "Dijon", "Angers", "Nîmes", "Villeurbanne", "Clermont-Ferrand", "Le Mans",
    "Aix-en-Provence", "Brest", "Tours", "Amiens", "Limoges", "Annecy", "Perpignan",
    "Metz", "Besançon", "Orléans", "Rouen", "Mulhouse", "Caen", "Nancy", "Argenteuil",
    "Montreuil", "Saint-Denis", "Roubaix", "Tourcoing", "Avignon", "Poitiers", "Pau",
    "La Rochelle", "Calais", "Dunkerque", "Cannes", "Antibes", "Sophia Antipolis",
    "Palaiseau", "Orsay", "Gif-sur-Yvette", "Cadarache", "Saint-Paul-lez-Durance",
    "Bruyères-le-Châtel", "Marcoule", "La Hague", "Flamanville", "Fessenheim", "Gravelines",
    "Penly", "Cherbourg", "Bayonne", "Ajaccio", "Bastia", "Versailles",
    "Boulogne-Billancourt", "Nanterre", "Courbevoie", "La Défense", "Issy-les-Moulineaux",
    "Massy", "Évry", "Cergy", "Vélizy", "Saint-Nazaire", "Lorient", "Valence", "Troyes",
    "Colmar", "Chambéry", "Vichy", "Lourdes", "Biarritz", "Saint-Malo", "Deauville",
    "Kourou", "Pointe-à-Pitre", "Fort-de-France", "Cayenne", "Nouméa", "Papeete",
]
US_CITIES = [
    "New York", "New York City", "Los Angeles", "Chicago", "Houston", "Phoenix",
    "Philadelphia", "San Antonio", "San Diego", "Dallas", "San Jose", "Austin", "Seattle",
    "Boston", "Washington", "Denver", "Atlanta", "Miami", "Detroit", "Pittsburgh",
    "Baltimore", "Minneapolis", "St. Louis", "Nashville", "Knoxville", "Chattanooga",
    "Memphis", "Albuquerque", "Santa Fe", "Salt Lake City", "Las Vegas", "Portland",
    "Sacramento", "San Francisco", "Oakland", "Palo Alto", "Mountain View", "Cupertino",
    "Redmond", "Santa Clara", "Sunnyvale", "Berkeley", "Pasadena", "Boulder", "Austin",
    "New Orleans", "Honolulu", "Anchorage", "Columbus", "Cleveland", "Cincinnati",
    "Indianapolis", "Raleigh", "Orlando", "Tampa", "Kansas City", "Omaha", "Tucson",
    "Arlington", "Bethesda", "Gaithersburg", "Albany", "Ithaca", "New Haven", "Ann Arbor",
    "Champaign", "Urbana", "Milwaukee", "Buffalo", "Hartford", "Providence", "Newark",
    "Brooklyn", "Manhattan", "Queens", "Bronx", "Cape Canaveral", "Huntsville",
    "Tallahassee", "Charleston", "Savannah", "Birmingham", "Louisville", "Lexington",
    "Spokane", "Boise", "Juneau", "Stanford",
    # French forms of US cities
    "Philadelphie", "La Nouvelle-Orléans", "Nouvelle-Orléans",
]
# Towns and areas hosting DOE national laboratories and sites.
DOE_TOWNS = [
    "Oak Ridge", "Los Alamos", "Livermore", "Richland", "Batavia", "Upton", "Golden",
    "Lemont", "Idaho Falls", "Aiken", "Menlo Park", "Newport News", "Ames", "Princeton",
    "Morgantown", "Pittsburgh", "Albany", "Berkeley", "Pleasanton", "Hanford",
    "Savannah River", "Carlsbad", "Amarillo", "Kansas City", "Paducah", "Portsmouth",
    "Piketon", "Nevada Test Site", "Tri-Cities", "Long Island", "Brookhaven",
]


def fix_country(code, name, lang):
    if code in FIXES:
        return list(FIXES[code][0 if lang == "en" else 1])
    return [name]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("json_dir", nargs="?", default="/usr/share/iso-codes/json")
    ap.add_argument("--locale-dir", default="/usr/share/locale")
    ap.add_argument("--out", default=os.path.join(LEXICONS, "places.txt"))
    a = ap.parse_args()

    try:
        version = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "iso-codes"],
                                 capture_output=True, text=True).stdout.strip() or "unknown"
    except OSError:
        version = "unknown"

    t1 = gettext.translation("iso_3166-1", localedir=a.locale_dir, languages=["fr"])
    t2 = gettext.translation("iso_3166-2", localedir=a.locale_dir, languages=["fr"])
    countries = json.load(open(os.path.join(a.json_dir, "iso_3166-1.json"), encoding="utf-8"))["3166-1"]
    subdivs = json.load(open(os.path.join(a.json_dir, "iso_3166-2.json"), encoding="utf-8"))["3166-2"]

    seen = set()
    sections = []

    def section(title, names):
        out = []
        for n in names:
            if n and n not in seen and n not in DROP:
                assert "," not in n and "(" not in n and "  " not in n, n
                seen.add(n)
                out.append(n)
        sections.append((title, out))

    en, fr = [], []
    for c in sorted(countries, key=lambda c: c["alpha_2"]):
        code = c["alpha_2"]
        name_en = c.get("common_name", c["name"])
        name_fr = t1.gettext(c.get("common_name", c["name"]))
        if "," in name_fr or "(" in name_fr or name_fr == name_en and "common_name" in c:
            name_fr = t1.gettext(c["name"])
        en += fix_country(code, name_en, "en")
        fr += fix_country(code, name_fr, "fr")
        if code in EXTRA:
            en += EXTRA[code][0]
            fr += EXTRA[code][1]
    en += [e for e, f in NON_ISO]
    fr += [f for e, f in NON_ISO]
    section("Countries and territories, English (iso-codes ISO 3166-1 + fixes)", en)
    section("Countries and territories, French (iso-codes translations + fixes)", fr)

    def subdiv(prefix, types):
        en, fr = [], []
        for s in sorted(subdivs, key=lambda s: s["code"]):
            if s["code"].startswith(prefix) and s["type"] in types:
                en.append(s["name"])
                fr.append(FIXES_2.get(s["code"], t2.gettext(s["name"])))
        return en, fr

    us_en, us_fr = subdiv("US-", {"State", "District"})
    section("US states and District of Columbia, English and French (iso-codes ISO 3166-2)",
            us_en + us_fr)
    ca_en, ca_fr = subdiv("CA-", {"Province", "Territory"})
    section("Canadian provinces and territories, English and French (iso-codes ISO 3166-2)",
            ca_en + ca_fr)
    au_en, au_fr = subdiv("AU-", {"State", "Territory"})
    section("Australian states and territories, English and French (iso-codes ISO 3166-2)", au_en + au_fr)
    de_en, de_fr = subdiv("DE-", {"Land"})
    section("German Länder, German, English (hand-written) and French (iso-codes ISO 3166-2)",
            de_en + GERMAN_STATES_EN + de_fr)
    in_en, in_fr = subdiv("IN-", {"State", "Union territory"})
    section("Indian states and union territories, English and French (iso-codes ISO 3166-2)",
            [n for n in in_en + in_fr if " and " not in n or n.count(" and ") == 1])
    fr_en, fr_fr = subdiv("FR-", {"Metropolitan region", "Overseas region"})
    section("French regions (iso-codes ISO 3166-2) and historical regions (hand-written)",
            [n for n in fr_fr if "(" not in n] + FRENCH_OLD_REGIONS)
    section("Continents and world regions, English and French (hand-written)",
            [e for e, f in CONTINENTS] + [f for e, f in CONTINENTS])
    section("Major world cities, English and French forms (hand-written)",
            [e for e, f in WORLD_CITIES] + [f for e, f in WORLD_CITIES])
    section("French cities and sites (hand-written)", FRENCH_CITIES)
    section("US cities (hand-written)", US_CITIES)
    section("Towns hosting DOE national laboratories and sites (hand-written)", DOE_TOWNS)

    total = sum(len(n) for _, n in sections)
    with open(a.out, "w", encoding="utf-8") as f:
        f.write("# Place names (countries, states, regions, continents, cities) that are not organizations.\n")
        f.write(f"# Countries, US states, Canadian provinces, Australian states, German Länder, Indian states\n")
        f.write(f"# and French regions: Debian iso-codes {version}\n")
        f.write("# (LGPL-2.1+ data), English names from its JSON, French from its .mo translations,\n")
        f.write("# with corrections; everything else hand-written for this project.\n")
        f.write("# Not listed on purpose: Charlotte (NC) and, in French, Dominique (Dominica), Maurice\n")
        f.write("# (Mauritius), Salvador (El Salvador): frequent first names; Hollande, Berry: surnames.\n")
        f.write("# Generated by Gazetteers/tools/build_places.py; do not edit by hand.\n")
        f.write(f"# {total} entries.\n")
        for title, names in sections:
            f.write(f"\n# {title}\n")
            f.write("".join(n + "\n" for n in names))
    print(f"places.txt: {total}")


if __name__ == "__main__":
    main()
