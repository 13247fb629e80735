"""Hand-kept tables that the Phoenix dictionaries and pycountry do not give (or give wrongly).

Everything here is small and reviewed like code; the bulk of the gazetteer comes from
``data/phoenix/`` (CAMEO actor and agent dictionaries) and pycountry. See :mod:`wirecoder.lexicon.gazetteer`.
"""

from __future__ import annotations

__all__ = [
    "CAPITALS",
    "COMMON_ACRONYMS",
    "COUNTRY_ALIASES",
    "DEMONYMS",
    "DISPLAY_NAMES",
    "EXTRA_COUNTRIES",
    "INSTITUTION_ADJECTIVES",
    "NEWS_OUTLETS",
    "NOT_COUNTRY_WORDS",
    "ORGANIZATIONS",
    "ORG_SEATS",
    "PHOENIX_CODES",
    "PLACES",
    "REGIONS",
    "SELF_NAMES",
    "BREAKAWAYS",
    "BREAKAWAY_SEATS",
]

#: The name news uses where pycountry's ``common_name``/``name`` is not it.
DISPLAY_NAMES: dict[str, str] = {
    "RUS": "Russia",
    "KOR": "South Korea",
    "PRK": "North Korea",
    "IRN": "Iran",
    "SYR": "Syria",
    "VEN": "Venezuela",
    "BOL": "Bolivia",
    "TZA": "Tanzania",
    "MDA": "Moldova",
    "VNM": "Vietnam",
    "LAO": "Laos",
    "TWN": "Taiwan",
    "PSE": "Palestine",
    "TUR": "Turkey",
    "COD": "Democratic Republic of the Congo",
    "COG": "Republic of the Congo",
    "CIV": "Ivory Coast",
    "FSM": "Micronesia",
    "VAT": "Vatican City",
    "BRN": "Brunei",
    "CPV": "Cape Verde",
    "SWZ": "Eswatini",
    "MKD": "North Macedonia",
    "GBR": "United Kingdom",
    "USA": "United States",
    "FLK": "Falkland Islands",
    "VGB": "British Virgin Islands",
    "VIR": "US Virgin Islands",
}

#: Countries pycountry lacks (user-assigned codes in ISO 3166-1 alpha-3 use).
EXTRA_COUNTRIES: dict[str, str] = {"XKX": "Kosovo"}

#: Phoenix/CAMEO country codes that are not ISO 3166-1 alpha-3 (others are dropped).
PHOENIX_CODES: dict[str, str] = {"KSV": "XKX", "TMP": "TLS", "ROM": "ROU", "ZAR": "COD"}

#: Further names of countries as news writes them (all are country mentions).
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "USA": ("America", "U.S.", "US", "USA", "U.S.A.", "United States of America"),
    "GBR": ("Britain", "Great Britain", "UK", "U.K.", "United Kingdom"),
    "RUS": ("Russia", "Russian Federation"),
    "CZE": ("Czech Republic", "Czechia"),
    "NLD": ("Netherlands", "Holland"),
    "TUR": ("Turkey", "Türkiye", "Turkiye"),
    "CIV": ("Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"),
    "COD": ("Democratic Republic of Congo", "Democratic Republic of the Congo", "DR Congo", "DRC",
            "Congo-Kinshasa"),
    "COG": ("Republic of Congo", "Congo-Brazzaville"),
    "MMR": ("Myanmar", "Burma"),
    "SWZ": ("Swaziland",),
    "MKD": ("Macedonia",),
    "TLS": ("East Timor",),
    "CPV": ("Cape Verde",),
    "VAT": ("Vatican", "Holy See"),
    "PSE": ("Palestinian territories", "State of Palestine"),
    "KOR": ("Republic of Korea", "ROK"),
    "PRK": ("DPRK",),
    "ARE": ("UAE", "U.A.E.", "United Arab Emirates"),
    "CHN": ("People's Republic of China", "PRC"),
    "XKX": ("Kosovo", "Republic of Kosovo"),
    "BIH": ("Bosnia", "Bosnia-Herzegovina"),
    "VNM": ("Viet Nam",),
}

#: A country's own chosen name ("Türkiye"): the entity's name in an article that writes only it.
SELF_NAMES: dict[str, tuple[str, ...]] = {"TUR": ("Türkiye", "Turkiye")}

#: Capitals (and the seat of government where it differs) that stand for a government when
#: they act: "Belgrade is reluctant", "Moscow has never allowed itself". Common given names
#: (Victoria, Sofia is kept: a PERSON reading is excluded by the NER) are left out.
CAPITALS: dict[str, tuple[str, ...]] = {
    "AFG": ("Kabul",), "ALB": ("Tirana",), "DZA": ("Algiers",), "AGO": ("Luanda",),
    "ARG": ("Buenos Aires",), "ARM": ("Yerevan",), "AUS": ("Canberra",), "AUT": ("Vienna",),
    "AZE": ("Baku",), "BHR": ("Manama",), "BGD": ("Dhaka",), "BLR": ("Minsk",),
    "BEN": ("Porto-Novo", "Cotonou"), "BTN": ("Thimphu",), "BOL": ("La Paz", "Sucre"),
    "BIH": ("Sarajevo",), "BWA": ("Gaborone",), "BRA": ("Brasilia", "Brasília"),
    "BGR": ("Sofia",), "BFA": ("Ouagadougou",), "BDI": ("Gitega", "Bujumbura"),
    "KHM": ("Phnom Penh",), "CMR": ("Yaounde", "Yaoundé"), "CAN": ("Ottawa",),
    "CAF": ("Bangui",), "TCD": ("N'Djamena", "Ndjamena"), "CHL": ("Santiago",),
    "CHN": ("Beijing",), "COL": ("Bogota", "Bogotá"), "COD": ("Kinshasa",),
    "COG": ("Brazzaville",), "CRI": ("San Jose", "San José"), "HRV": ("Zagreb",),
    "CUB": ("Havana",), "CYP": ("Nicosia",), "CZE": ("Prague",), "DNK": ("Copenhagen",),
    "DOM": ("Santo Domingo",), "ECU": ("Quito",), "EGY": ("Cairo",),
    "SLV": ("San Salvador",), "ERI": ("Asmara",), "EST": ("Tallinn",), "ETH": ("Addis Ababa",),
    "FIN": ("Helsinki",), "FRA": ("Paris",), "GAB": ("Libreville",), "GMB": ("Banjul",),
    "GEO": ("Tbilisi",), "DEU": ("Berlin",), "GHA": ("Accra",), "GRC": ("Athens",),
    "GTM": ("Guatemala City",), "GIN": ("Conakry",), "GNB": ("Bissau",), "HTI": ("Port-au-Prince",),
    "HND": ("Tegucigalpa",), "HUN": ("Budapest",), "ISL": ("Reykjavik",), "IND": ("New Delhi",),
    "IDN": ("Jakarta",), "IRN": ("Tehran", "Teheran"), "IRQ": ("Baghdad",), "IRL": ("Dublin",),
    "ISR": ("Jerusalem",), "ITA": ("Rome",), "CIV": ("Yamoussoukro", "Abidjan"),
    "JPN": ("Tokyo",), "JOR": ("Amman",), "KAZ": ("Astana",), "KEN": ("Nairobi",),
    "XKX": ("Pristina", "Prishtina"), "KWT": ("Kuwait City",), "KGZ": ("Bishkek",),
    "LAO": ("Vientiane",), "LVA": ("Riga",), "LBN": ("Beirut",), "LSO": ("Maseru",),
    "LBR": ("Monrovia",), "LBY": ("Tripoli",), "LTU": ("Vilnius",), "MDG": ("Antananarivo",),
    "MWI": ("Lilongwe",), "MYS": ("Kuala Lumpur", "Putrajaya"), "MLI": ("Bamako",),
    "MLT": ("Valletta",), "MRT": ("Nouakchott",), "MEX": ("Mexico City",), "MDA": ("Chisinau",),
    "MNG": ("Ulaanbaatar", "Ulan Bator"), "MNE": ("Podgorica",), "MAR": ("Rabat",),
    "MOZ": ("Maputo",), "MMR": ("Naypyidaw", "Naypyitaw"), "NAM": ("Windhoek",),
    "NPL": ("Kathmandu",), "NLD": ("Amsterdam",), "NZL": ("Wellington",), "NIC": ("Managua",),
    "NER": ("Niamey",), "NGA": ("Abuja",), "PRK": ("Pyongyang",), "MKD": ("Skopje",),
    "NOR": ("Oslo",), "OMN": ("Muscat",), "PAK": ("Islamabad",), "PSE": ("Ramallah",),
    "PAN": ("Panama City",), "PRY": ("Asuncion", "Asunción"), "PER": ("Lima",),
    "PHL": ("Manila",), "POL": ("Warsaw",), "PRT": ("Lisbon",), "QAT": ("Doha",),
    "ROU": ("Bucharest",), "RUS": ("Moscow",), "RWA": ("Kigali",),
    "SAU": ("Riyadh",), "SEN": ("Dakar",), "SRB": ("Belgrade",), "SLE": ("Freetown",),
    "SVK": ("Bratislava",), "SVN": ("Ljubljana",), "SOM": ("Mogadishu",),
    "ZAF": ("Pretoria",), "KOR": ("Seoul",), "SSD": ("Juba",), "ESP": ("Madrid",),
    "LKA": ("Colombo",), "SDN": ("Khartoum",), "SUR": ("Paramaribo",), "SWE": ("Stockholm",),
    "CHE": ("Bern", "Berne"), "SYR": ("Damascus",), "TWN": ("Taipei",), "TJK": ("Dushanbe",),
    "TZA": ("Dodoma",), "THA": ("Bangkok",), "TGO": ("Lome", "Lomé"), "TUN": ("Tunis",),
    "TUR": ("Ankara",), "TKM": ("Ashgabat",), "UGA": ("Kampala",), "UKR": ("Kyiv", "Kiev"),
    "ARE": ("Abu Dhabi",), "GBR": ("London",), "USA": ("Washington", "Washington D.C."),
    "URY": ("Montevideo",), "UZB": ("Tashkent",), "VEN": ("Caracas",), "VNM": ("Hanoi",),
    "YEM": ("Sanaa", "Sana'a"), "ZMB": ("Lusaka",), "ZWE": ("Harare",),
}

#: Organizations: canonical name → (surface forms, country or None for international bodies).
#: Forms of three letters or fewer match only in upper case ("WHO", not "who").
ORGANIZATIONS: dict[str, tuple[tuple[str, ...], str | None]] = {
    "European Union": (("European Union", "EU", "E.U."), None),
    "NATO": (("NATO", "Nato", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation",
              "North Atlantic Alliance"), None),
    "United Nations": (("United Nations", "UN", "U.N."), None),
    "UN Security Council": (("UN Security Council", "U.N. Security Council", "Security Council",
                             "United Nations Security Council"), None),
    "UN General Assembly": (("UN General Assembly", "U.N. General Assembly",
                             "United Nations General Assembly"), None),
    "European Commission": (("European Commission",), None),
    "European Parliament": (("European Parliament",), None),
    "European Council": (("European Council",), None),
    "Council of Europe": (("Council of Europe",), None),
    "European Central Bank": (("European Central Bank", "ECB"), None),
    "OSCE": (("OSCE", "Organization for Security and Co-operation in Europe",
              "Organization for Security and Cooperation in Europe"), None),
    "International Monetary Fund": (("International Monetary Fund", "IMF"), None),
    "World Bank": (("World Bank",), None),
    "World Health Organization": (("World Health Organization", "WHO"), None),
    "World Trade Organization": (("World Trade Organization", "WTO"), None),
    "International Atomic Energy Agency": (("International Atomic Energy Agency", "IAEA"), None),
    "International Criminal Court": (("International Criminal Court", "ICC"), None),
    "International Court of Justice": (("International Court of Justice", "ICJ"), None),
    "African Union": (("African Union", "AU"), None),
    "African Union Commission": (("African Union Commission", "AU Commission"), None),
    "UNESCO": (("UNESCO",), None),
    "UNICEF": (("UNICEF",), None),
    "UNHCR": (("UNHCR",), None),
    "UN Office for the Coordination of Humanitarian Affairs": (
        ("UN Office for the Coordination of Humanitarian Affairs",
         "U.N. Office for the Coordination of Humanitarian Affairs", "OCHA"), None),
    "World Food Programme": (("World Food Programme", "World Food Program", "WFP"), None),
    "UN Development Programme": (("UN Development Programme", "UNDP"), None),
    "UNRWA": (("UNRWA",), None),
    "International Organization for Migration": (("International Organization for Migration", "IOM"), None),
    "Food and Agriculture Organization": (("Food and Agriculture Organization", "FAO"), None),
    "UN Human Rights Council": (("UN Human Rights Council", "U.N. Human Rights Council",
                                 "United Nations Human Rights Council"), None),
    "OHCHR": (("OHCHR",), None),
    "EUFOR": (("EUFOR",), None),
    "KFOR": (("KFOR",), None),
    "UNIFIL": (("UNIFIL",), None),
    "MONUSCO": (("MONUSCO",), None),
    "Frontex": (("Frontex",), None),
    "Europol": (("Europol",), None),
    "European Court of Human Rights": (("European Court of Human Rights", "ECHR"), None),
    "OECD": (("OECD", "Organisation for Economic Co-operation and Development",
              "Organization for Economic Cooperation and Development"), None),
    "Gulf Cooperation Council": (("Gulf Cooperation Council", "GCC"), None),
    "ECOWAS": (("ECOWAS", "Economic Community of West African States"), None),
    "Organization of American States": (("Organization of American States", "OAS"), None),
    "Organisation of Islamic Cooperation": (("Organisation of Islamic Cooperation",
                                             "Organization of Islamic Cooperation", "OIC"), None),
    "Mercosur": (("Mercosur",), None),
    "ASEAN": (("ASEAN", "Association of Southeast Asian Nations"), None),
    "Arab League": (("Arab League",), None),
    "OPEC": (("OPEC",), None),
    "BRICS": (("BRICS",), None),
    "Shanghai Cooperation Organization": (("Shanghai Cooperation Organization", "SCO"), None),
    "Collective Security Treaty Organization": (
        ("Collective Security Treaty Organization", "CSTO"), None),
    "Eurasian Economic Union": (("Eurasian Economic Union", "EAEU"), None),
    "Commonwealth of Independent States": (("Commonwealth of Independent States", "CIS"), None),
    "Group of Seven": (("Group of Seven", "G7", "G-7"), None),
    "Group of 20": (("Group of 20", "G20", "G-20"), None),
    "Interpol": (("Interpol",), None),
    "International Committee of the Red Cross": (
        ("International Committee of the Red Cross", "ICRC"), None),
    "Amnesty International": (("Amnesty International",), None),
    "Human Rights Watch": (("Human Rights Watch",), None),
    # Seats of government that speak for it ("the Kremlin said"): institutions with a country.
    "Kremlin": (("Kremlin",), "RUS"),
    "White House": (("White House",), "USA"),
    "Downing Street": (("Downing Street", "No 10", "No. 10", "Number 10"), "GBR"),
    "Elysee": (("Elysee", "Élysée", "Elysee Palace", "Élysée Palace"), "FRA"),
    "Zhongnanhai": (("Zhongnanhai",), "CHN"),
    "Blue House": (("Blue House",), "KOR"),
    # Government bodies known by a short name.
    "Pentagon": (("Pentagon",), "USA"),
    "State Department": (("State Department", "US State Department", "U.S. State Department"), "USA"),
    "US Congress": (("US Congress", "U.S. Congress", "United States Congress"), "USA"),
    "Bundestag": (("Bundestag",), "DEU"),
    "State Duma": (("State Duma", "Duma"), "RUS"),
    "Verkhovna Rada": (("Verkhovna Rada",), "UKR"),
}

#: News outlets: the one table behind datelines, the gazetteer and "is this speaker a news medium".
#: Each row is (the name wirecoder reports as an article's ``outlet``, the entity name, the other
#: names the body uses, the forms seen only in a dateline's "(AP)" or "/TASS/", home country).
#: Dateline-only forms are those too ambiguous for running text ("PTI" is also a party).
NEWS_OUTLETS: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...], str | None], ...] = (
    ("TASS", "TASS", ("Tass", "ITAR-TASS"), (), "RUS"),
    ("RIA Novosti", "RIA Novosti", (), (), "RUS"),
    ("Interfax", "Interfax", (), (), "RUS"),
    ("Sputnik", "Sputnik", (), (), "RUS"),
    ("RT", "RT", ("Russia Today",), (), "RUS"),
    ("Xinhua", "Xinhua", ("Xinhua News Agency",), (), "CHN"),
    ("KCNA", "KCNA", ("Korean Central News Agency",), (), "PRK"),
    ("Yonhap", "Yonhap", ("Yonhap News Agency",), (), "KOR"),
    ("Kyodo", "Kyodo News", ("Kyodo",), (), "JPN"),
    ("IRNA", "IRNA", (), (), "IRN"),
    ("Anadolu", "Anadolu", ("Anadolu Agency",), ("AA",), "TUR"),
    ("Tanjug", "Tanjug", (), (), "SRB"),
    ("Ukrinform", "Ukrinform", (), (), "UKR"),
    ("ANSA", "ANSA", (), (), "ITA"),
    ("EFE", "EFE", (), (), "ESP"),
    ("dpa", "Deutsche Presse-Agentur", (), ("dpa",), "DEU"),
    ("AFP", "AFP", ("Agence France-Presse", "Agence France Presse"), (), "FRA"),
    ("AP", "Associated Press", ("AP",), (), "USA"),
    ("UPI", "UPI", ("United Press International",), (), "USA"),
    ("Reuters", "Reuters", (), (), "GBR"),
    ("Bloomberg", "Bloomberg News", (), ("Bloomberg",), "USA"),
    ("Bernama", "Bernama", (), (), "MYS"),
    ("PTI", "Press Trust of India", (), ("PTI",), "IND"),
    ("IANS", "IANS", ("Indo-Asian News Service",), (), "IND"),
    ("CNA", "Channel NewsAsia", (), ("CNA",), "SGP"),
    ("BBC", "BBC", (), (), "GBR"),
    ("CNN", "CNN", (), (), "USA"),
    ("Al Jazeera", "Al Jazeera", ("Al-Jazeera",), (), "QAT"),
    ("The Washington Post", "The Washington Post", ("Washington Post",), (), "USA"),
    ("The New York Times", "The New York Times", ("New York Times",), (), "USA"),
    ("The Wall Street Journal", "The Wall Street Journal", ("Wall Street Journal",), (), "USA"),
    ("Financial Times", "Financial Times", (), (), "GBR"),
    # The world's national wire agencies, by region. Acronyms that are also words or other
    # bodies' names ("MAP", "SPA", "APP", "RSS", "ENA") are dateline-only forms.
    # Europe
    ("APA", "Austria Presse Agentur", ("Austria Press Agency", "APA-Austria Presse Agentur"), ("APA",), "AUT"),
    ("Belga", "Belga", ("Belga News Agency",), (), "BEL"),
    ("ANP", "Algemeen Nederlands Persbureau", (), ("ANP",), "NLD"),
    ("Lusa", "Lusa", ("Lusa News Agency",), (), "PRT"),
    ("Europa Press", "Europa Press", (), (), "ESP"),
    ("TT", "TT News Agency", ("Tidningarnas Telegrambyrå",), ("TT",), "SWE"),
    ("NTB", "Norsk Telegrambyrå", ("Norwegian News Agency",), ("NTB",), "NOR"),
    ("STT", "Finnish News Agency", ("Suomen Tietotoimisto",), ("STT",), "FIN"),
    ("Ritzau", "Ritzau", (), (), "DNK"),
    ("CTK", "Czech News Agency", (), ("CTK", "ČTK"), "CZE"),
    ("TASR", "News Agency of the Slovak Republic", (), ("TASR",), "SVK"),
    ("PAP", "Polish Press Agency", ("Polska Agencja Prasowa",), ("PAP",), "POL"),
    ("MTI", "Hungarian News Agency", ("Magyar Távirati Iroda",), ("MTI",), "HUN"),
    ("BTA", "Bulgarian News Agency", (), ("BTA",), "BGR"),
    ("Agerpres", "Agerpres", (), (), "ROU"),
    ("HINA", "Croatian News Agency", (), ("HINA", "Hina"), "HRV"),
    ("STA", "Slovenian Press Agency", (), ("STA",), "SVN"),
    ("FENA", "FENA", (), ("Fena",), "BIH"),
    ("MIA", "Macedonian Information Agency", (), ("MIA",), "MKD"),
    ("ATA", "Albanian Telegraphic Agency", (), ("ATA",), "ALB"),
    ("ANA-MPA", "Athens-Macedonian News Agency", (), ("ANA-MPA", "AMNA"), "GRC"),
    ("LETA", "LETA", (), (), "LVA"),
    ("ELTA", "ELTA", (), (), "LTU"),
    ("BNS", "Baltic News Service", (), ("BNS",), "LTU"),
    ("BelTA", "BelTA", ("Belarusian Telegraph Agency",), (), "BLR"),
    ("Armenpress", "Armenpress", (), (), "ARM"),
    ("AZERTAC", "AZERTAC", ("Azertac",), (), "AZE"),
    ("Kazinform", "Kazinform", (), (), "KAZ"),
    ("UzA", "National News Agency of Uzbekistan", (), ("UzA",), "UZB"),
    ("Kabar", "Kabar", (), (), "KGZ"),
    ("Montsame", "Montsame", (), (), "MNG"),
    # Asia and the Pacific
    ("Jiji", "Jiji Press", ("Jiji",), (), "JPN"),
    ("UNI", "United News of India", (), ("UNI",), "IND"),
    ("APP", "Associated Press of Pakistan", (), ("APP",), "PAK"),
    ("BSS", "Bangladesh Sangbad Sangstha", (), ("BSS",), "BGD"),
    ("RSS", "Rastriya Samachar Samiti", (), ("RSS",), "NPL"),
    ("Antara", "Antara", ("Antara News Agency",), (), "IDN"),
    ("PNA", "Philippine News Agency", (), ("PNA",), "PHL"),
    ("VNA", "Vietnam News Agency", (), ("VNA",), "VNM"),
    ("AAP", "Australian Associated Press", (), ("AAP",), "AUS"),
    ("NZPA", "New Zealand Press Association", (), ("NZPA",), "NZL"),
    # The Middle East and Africa
    ("KUNA", "Kuwait News Agency", (), ("KUNA",), "KWT"),
    ("WAM", "Emirates News Agency", (), ("WAM",), "ARE"),
    ("SPA", "Saudi Press Agency", (), ("SPA",), "SAU"),
    ("QNA", "Qatar News Agency", (), ("QNA",), "QAT"),
    ("BNA", "Bahrain News Agency", (), ("BNA",), "BHR"),
    ("ONA", "Oman News Agency", (), ("ONA",), "OMN"),
    ("SANA", "Syrian Arab News Agency", (), ("SANA",), "SYR"),
    ("NNA", "National News Agency of Lebanon", (), ("NNA",), "LBN"),
    ("WAFA", "WAFA", ("Palestinian News and Information Agency",), (), "PSE"),
    ("Tasnim", "Tasnim", ("Tasnim News Agency",), (), "IRN"),
    ("ISNA", "Iranian Students' News Agency", (), ("ISNA",), "IRN"),
    ("MENA", "Middle East News Agency", (), ("MENA",), "EGY"),
    ("SUNA", "Sudan News Agency", (), ("SUNA",), "SDN"),
    ("APS", "Algeria Press Service", ("Algérie Presse Service",), ("APS",), "DZA"),
    ("MAP", "Maghreb Arabe Presse", (), ("MAP",), "MAR"),
    ("TAP", "Tunis Afrique Presse", (), ("TAP",), "TUN"),
    ("ENA", "Ethiopian News Agency", (), ("ENA",), "ETH"),
    ("KNA", "Kenya News Agency", (), ("KNA",), "KEN"),
    ("NAN", "News Agency of Nigeria", (), ("NAN",), "NGA"),
    ("GNA", "Ghana News Agency", (), ("GNA",), "GHA"),
    ("ANGOP", "ANGOP", ("Angola Press",), (), "AGO"),
    ("SAPA", "South African Press Association", (), ("SAPA", "Sapa"), "ZAF"),
    # The Americas
    ("CP", "The Canadian Press", ("Canadian Press",), ("CP",), "CAN"),
    ("Notimex", "Notimex", (), (), "MEX"),
    ("Prensa Latina", "Prensa Latina", (), (), "CUB"),
    ("Télam", "Télam", ("Telam",), (), "ARG"),
    ("Agência Brasil", "Agência Brasil", ("Agencia Brasil",), (), "BRA"),
    ("Andina", "Agencia Andina", (), ("Andina",), "PER"),
    ("ABI", "Agencia Boliviana de Información", (), ("ABI",), "BOL"),
)

for _outlet, _name, _aliases, _dateline_only, _home in NEWS_OUTLETS:
    # The gazetteer looks names up without a leading article: "The Washington Post" is found
    # by its form "Washington Post".
    ORGANIZATIONS[_name] = (_aliases if _name.startswith("The ") else (_name, *_aliases), _home)
del _outlet, _name, _aliases, _dateline_only, _home

#: Seats of international bodies that stand for them ("Brussels wants ..."), with the country
#: the city lies in (its literal use, "talks in Brussels", is a city of that country).
ORG_SEATS: dict[str, tuple[str, str]] = {"Brussels": ("European Union", "BEL")}

#: Breakaway and entity governments: typed COUNTRY with the code of the country they lie in
#: (the wire convention), canonical name → (surface forms, host country).
BREAKAWAYS: dict[str, tuple[tuple[str, ...], str]] = {
    "Republika Srpska": (("Republika Srpska",), "BIH"),
    "Transnistria": (("Transnistria", "Pridnestrovie", "Trans-Dniester", "Transdniestria"), "MDA"),
    "Abkhazia": (("Abkhazia",), "GEO"),
    "South Ossetia": (("South Ossetia",), "GEO"),
    "Northern Cyprus": (("Northern Cyprus", "Turkish Republic of Northern Cyprus", "TRNC"), "CYP"),
    "Somaliland": (("Somaliland",), "SOM"),
    "Donetsk People's Republic": (("Donetsk People's Republic", "DPR"), "UKR"),
    "Luhansk People's Republic": (("Luhansk People's Republic", "Lugansk People's Republic", "LPR"), "UKR"),
}

#: Seats of breakaway governments, which stand for them when they act ("Banja Luka says").
BREAKAWAY_SEATS: dict[str, str] = {
    "Banja Luka": "Republika Srpska", "Tiraspol": "Transnistria", "Sukhumi": "Abkhazia",
    "Tskhinvali": "South Ossetia", "Hargeisa": "Somaliland",
}

#: Regions and places whose names contain a country word but name no country. They block the
#: shorter match ("Latin America" is not the United States) and are never mentions.
REGIONS: tuple[str, ...] = (
    "Latin America", "South America", "North America", "Central America", "Americas",
    "Middle East", "Near East", "Far East", "Central Asia", "East Asia", "South Asia",
    "Southeast Asia", "Western Europe", "Eastern Europe", "Central Europe", "Southern Europe",
    "Northern Europe", "Western Balkans", "Balkans", "Caucasus", "South Caucasus", "North Caucasus",
    "Sub-Saharan Africa", "North Africa", "West Africa", "East Africa", "Horn of Africa",
    "Gulf", "Persian Gulf", "Asia-Pacific", "Indo-Pacific", "Baltic", "Baltics", "Scandinavia",
    "New Mexico", "New South Wales", "New England", "Northern Ireland", "Washington State",
    "District of Columbia",
)

#: Parts of a country known by a name that contains the country's ("Kosovo and Metohija" is the
#: Serbian name of the province; it is a place, not a mention of the state of Kosovo).
PLACES: dict[str, str] = {
    "Kosovo and Metohija": "SRB",
    "Kosovo-Metohija": "SRB",
    "Crimea": "UKR",
    "Donbas": "UKR",
    "Donbass": "UKR",
    "Gaza": "PSE",
    "Gaza Strip": "PSE",
    "West Bank": "PSE",
    "Hong Kong": "HKG",
    "Kurdistan": "IRQ",
    # Phoenix files the Austrian state under Italy (for South Tyrol, which it names too)
    "Tyrol": "AUT",
    "Tirol": "AUT",
    "South Tyrol": "ITA",
}

#: Demonyms Phoenix lacks or spells only in odd forms.
DEMONYMS: dict[str, tuple[str, ...]] = {
    "USA": ("American", "U.S.", "US"),
    "GBR": ("British", "UK", "U.K.", "Scottish"),
    "DEU": ("German",), "FRA": ("French",), "CHN": ("Chinese",), "RUS": ("Russian",),
    "UKR": ("Ukrainian",), "SRB": ("Serbian",), "XKX": ("Kosovar", "Kosovan"),
    "NLD": ("Dutch",), "CHE": ("Swiss",), "GRC": ("Greek",), "TUR": ("Turkish",),
    "ISR": ("Israeli",), "PSE": ("Palestinian",), "IRN": ("Iranian",), "IRQ": ("Iraqi",),
    "JPN": ("Japanese",), "KOR": ("South Korean",), "PRK": ("North Korean",),
    "IND": ("Indian",), "PAK": ("Pakistani",), "ESP": ("Spanish",), "ITA": ("Italian",),
    "POL": ("Polish",), "HUN": ("Hungarian",), "CZE": ("Czech",), "SVK": ("Slovak",),
    "HRV": ("Croatian",), "BIH": ("Bosnian",), "MNE": ("Montenegrin",), "BLR": ("Belarusian",),
    "GEO": ("Georgian",), "ARM": ("Armenian",), "AZE": ("Azerbaijani",), "KAZ": ("Kazakh",),
    "SAU": ("Saudi",), "EGY": ("Egyptian",), "SYR": ("Syrian",), "LBN": ("Lebanese",),
    "AFG": ("Afghan",), "CAN": ("Canadian",), "MEX": ("Mexican",), "BRA": ("Brazilian",),
    "ARG": ("Argentine", "Argentinian"), "VEN": ("Venezuelan",), "CUB": ("Cuban",),
    "AUS": ("Australian",), "NZL": ("New Zealand",), "ZAF": ("South African",),
    "NGA": ("Nigerian",), "KEN": ("Kenyan",), "ETH": ("Ethiopian",), "VNM": ("Vietnamese",),
    "IDN": ("Indonesian",), "PHL": ("Philippine", "Filipino"), "THA": ("Thai",),
    "MMR": ("Myanmar", "Burmese"), "TWN": ("Taiwanese",), "BEL": ("Belgian",),
    "AUT": ("Austrian",), "SWE": ("Swedish",), "NOR": ("Norwegian",), "DNK": ("Danish",),
    "FIN": ("Finnish",), "IRL": ("Irish",), "PRT": ("Portuguese",), "ROU": ("Romanian",),
    "BGR": ("Bulgarian",), "MDA": ("Moldovan",), "LTU": ("Lithuanian",), "LVA": ("Latvian",),
    "EST": ("Estonian",), "SVN": ("Slovenian", "Slovene"), "MKD": ("North Macedonian", "Macedonian"),
    "ALB": ("Albanian",), "QAT": ("Qatari",), "ARE": ("Emirati",), "JOR": ("Jordanian",),
    "YEM": ("Yemeni",), "LBY": ("Libyan",), "SDN": ("Sudanese",), "DZA": ("Algerian",),
    "MAR": ("Moroccan",), "TUN": ("Tunisian",),
    # states whose demonym no rule derives from the name
    "ISL": ("Icelandic",), "CYP": ("Cypriot",), "LUX": ("Luxembourgish",), "BWA": ("Botswanan",),
    "CAF": ("Central African",), "COD": ("Congolese",), "COG": ("Congolese",), "CPV": ("Cape Verdean",),
    "CRI": ("Costa Rican",), "GNB": ("Bissau-Guinean",), "LKA": ("Sri Lankan",), "LSO": ("Basotho",),
    "MDG": ("Malagasy",), "NER": ("Nigerien",), "PNG": ("Papua New Guinean",), "SLB": ("Solomon Islands",),
    "SLE": ("Sierra Leonean",), "SLV": ("Salvadoran",), "SSD": ("South Sudanese",), "SWZ": ("Swazi",),
    "SYC": ("Seychellois",), "VUT": ("Vanuatuan",), "WSM": ("Samoan",), "LAO": ("Lao", "Laotian"),
    "GRL": ("Greenlandic",), "KIR": ("Kiribati",), "SMR": ("Sammarinese",), "STP": ("Sao Tomean",),
}

#: The word before an institution's name where it is not the first demonym ("U.S. Embassy";
#: English writes "Cyprus Police", "the Cyprus government", not "Cypriot Police").
INSTITUTION_ADJECTIVES: dict[str, str] = {"USA": "U.S.", "GBR": "British", "CYP": "Cyprus"}

#: Phoenix synonyms that are ordinary words or names in English news and must not give a country.
NOT_COUNTRY_WORDS: frozenset[str] = frozenset({"man", "the", "a", "an", "of", "and"})


#: Acronyms of common nouns, which the NER often takes for bodies' names: taxes, indicators,
#: things ("raise VAT", "GDP grew", "LNG imports", "two MPs"). Never an organisation.
COMMON_ACRONYMS: frozenset[str] = frozenset("""
VAT GST HST PST GDP GNP GNI CPI PPI PMI FDI ODA IPO ETF ETFs NPL LNG LPG CNG EV EVs SUV SUVs
GMO GMOs SME SMEs MSME MSMEs CEO CFO COO CTO MP MPs MEP MEPs MLA MLAs PM HIV AIDS TB COVID COVID-19
ICBM ICBMs UAV UAVs ATM ATMs VPN VPNs GPS DNA AI 5G 4G CO2 PhD NGO NGOs QR
""".split())
