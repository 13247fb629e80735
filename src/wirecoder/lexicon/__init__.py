"""Word lists and dictionaries the stages read: data and lookups, no parsing.

    gazetteer.py      countries, capitals, organisations, known people and role nouns (Phoenix + pycountry)
    tables.py         hand-kept tables the Phoenix dictionaries and pycountry do not give
    names.py          name folding: the one key names are compared by (lookups, identity, scoring)
    roles.py          role nouns: the words of titles and role-noun mentions
    cues.py           the reporting lexicon: verbs and phrases that attribute speech
    propositions.py   the one proposition lexicon: the synonym tables behind proposition keys
    keys.py           the one key module: proposition keys, their normaliser, lemmas and inflection
"""
