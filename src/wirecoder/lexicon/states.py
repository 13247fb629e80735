"""Kept and undone states: the one table of what keeps a measure or a state and what undoes it.

A position on a measure or a state can be worded as keeping it or as undoing it, and the two
are one position with opposite stances: "Poland will keep the ban" (favor) is being against
lifting it, "the crossings stay shut" against reopening them. Every path reads this one table:
the statement stage (:mod:`wirecoder.stages.statements.find`, which names the act a kept state
is argued about), the keys (:mod:`wirecoder.lexicon.keys`, where every verb of keeping keys as
``keep``) and the positions layer (:mod:`wirecoder.corpus.complements`, which reads the keeping
and the undoing keys of one object as one thread):

- **verbs of keeping** (:data:`KEEPING_VERBS`): "keep", "maintain", "retain", "extend" the
  measure; all key as ``keep`` (:func:`keeping_slug`);
- **verbs of lasting** (:data:`LASTING_VERBS`): "the ban will stay", "the law will remain in
  force", "the crossings remain closed": the holder keeps the subject;
- **states** (:data:`RESULT_STATES`): the word after a verb of keeping or lasting ("closed",
  "shut", "banned", "suspended", "frozen", "open") and the act that puts a thing in it;
- **undoing** (:func:`undoing`): the act a kept state is argued about, by the state's act
  (:data:`STATE_UNDOING`: close → reopen, ban → allow, suspend → resume, freeze → unfreeze)
  or, for a measure kept as it is ("the ban will stay"), by its noun (:data:`MEASURE_UNDOING`:
  a ban, sanctions, restrictions, a curfew are lifted, a law repealed, a bill withdrawn). A state
  with no undoing ("open": the crossing kept open is its own position) stays as worded;
- **complements** (:data:`COMPLEMENTS`): the pairs whose stances negate each other, negative
  member → positive members ("lift" → "keep": against lifting the ban *is* for keeping it).
"""

from __future__ import annotations

__all__ = ["COMPLEMENTS", "IN_FORCE", "KEEPING_VERBS", "LASTING_VERBS", "MEASURE_UNDOING", "RESULT_STATES",
           "STATE_UNDOING", "keeping_slug", "undoing"]

#: Verbs that keep their object as it is ("keep the ban", "maintain the curfew", "extend the
#: moratorium") or in a state said after it ("keep the border closed", "leave the gates open").
KEEPING_VERBS: frozenset[str] = frozenset("keep maintain retain extend leave hold".split())

#: Verbs of keeping whose key is ``keep`` (without "leave" and "hold", which keep only in a
#: state said after them: "leave the country", "hold talks" are acts of their own).
_KEYED_AS_KEEP = KEEPING_VERBS - {"leave", "hold"}

#: Intransitive verbs of lasting: "the ban will stay", "this position will hold", "the law
#: remains in force" — the holder keeps the subject.
LASTING_VERBS: frozenset[str] = frozenset("hold stand stay remain last persist continue".split())

#: "keep X closed", "the crossings remain shut": a state kept is the act that makes it.
RESULT_STATES: dict[str, str] = {"closed": "close", "shut": "close", "sealed": "close", "open": "open",
                                 "banned": "ban", "suspended": "suspend", "frozen": "freeze"}

#: Nouns of "stay in force", "remain in place", "stay in effect": the measure kept as it is.
IN_FORCE: frozenset[str] = frozenset("force place effect".split())

#: The act of a state → the act that undoes it, what keeping the state is against: what is kept
#: closed was open before ("keep the crossings shut" is against reopening them).
STATE_UNDOING: dict[str, str] = {"close": "reopen", "shut": "reopen", "ban": "allow", "suspend": "resume",
                                 "freeze": "unfreeze"}

#: Measures (noun lemmas) → the act that undoes one: "the ban will stay" is against lifting it.
MEASURE_UNDOING: dict[str, str] = {
    **dict.fromkeys("""ban embargo sanction restriction curfew tariff blockade moratorium control
    cap quota lockdown""".split(), "lift"),
    "law": "repeal", "decree": "revoke", "bill": "withdraw", "order": "revoke",
}

#: Negative verb lemma → the positive verbs it complements (either order in the corpus: the
#: positive key must be present, whichever it is).
COMPLEMENTS: dict[str, tuple[str, ...]] = {
    "leave": ("stay", "remain", "join"),
    "quit": ("stay", "remain", "join"),
    "exit": ("stay", "remain"),
    "lift": ("keep",),
    "repeal": ("keep",),
    "revoke": ("keep",),
    "rescind": ("keep",),
    "abolish": ("keep",),
    "withdraw": ("keep",),
    "end": ("keep", "continue"),
    "scrap": ("keep",),
    "abandon": ("keep",),
    "drop": ("keep",),
    "remove": ("keep",),
    "suspend": ("keep", "continue"),
    "stop": ("continue",),
    "halt": ("continue",),
    "close": ("open", "reopen"),
    "shut": ("open", "reopen"),
    "reject": ("accept",),
    "ban": ("allow",),
    "forbid": ("allow",),
    "prohibit": ("allow",),
    "freeze": ("unfreeze",),
}


def keeping_slug(verb: str) -> str | None:
    """``keep`` for a verb of keeping that keys as keeping ("maintains", "retain", "extended" →
    keep), else None (a lemma is expected; "leave" and "hold" keep only in a stated state)."""
    return "keep" if verb.lower() in _KEYED_AS_KEEP else None


def undoing(state: str | None = None, measure: str | None = None) -> str | None:
    """The act a kept state is argued about: by the act of the state ("close" → reopen: the
    crossings kept shut; "ban" → allow: the import kept banned), else by the noun of the measure
    kept as it is ("ban" → lift: "the ban will stay"; "law" → repeal). None for a state with no
    undoing ("open": a crossing kept open is its own position) or a noun that is no measure."""
    if state is not None:
        return STATE_UNDOING.get(state.lower())
    return MEASURE_UNDOING.get(measure.lower()) if measure else None
