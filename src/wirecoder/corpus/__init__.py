"""Across articles: what the store's records add up to.

    periods.py      every date value (day, week, month, quarter, year ...) as an interval of days
    identity.py     one person across spellings and forms, one country across its names
    keymatch.py     proposition keys across articles: paraphrases on one key, opposites never
    embeddings.py   sentence embeddings offline (all-MiniLM-L6-v2, int8 ONNX)
    echoes.py       one quote copied across outlets within days, counted once
    positions.py    positions, timelines and shifts per holder and proposition (``Corpus``)
    quotes.py       quotes from the store by speaker, topic and date
    index.py        the corpus index (wirecoder index): copies, people and merged keys stored
                    ahead, so one-speaker and one-actor queries read only their rows
    events.py       events from the store by actor, category and date
    charts.py       position timelines drawn with matplotlib
"""
