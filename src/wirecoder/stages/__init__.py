"""The extraction stages: pure functions over a parsed spaCy Doc, each returning typed records.

    entities/     people (with role and country), countries and organisations, with mentions
    timex/        time expressions resolved against the publication date (never the clock)
    quotes/       direct, indirect and mixed quotes with cue, speaker mention and resolved speaker
    statements/   the propositions each quote asserts, with holder, stance and hedge
    events/       the acts reported, coded in PLOVER with the CAMEO root, actors, counts, evidence
    component.py  the registered spaCy component (``nlp.add_pipe("wirecoder")``) over all of them

:func:`wirecoder.analysis.analyze_doc` runs them in this order; nothing here reads files, the
network or the clock.
"""
