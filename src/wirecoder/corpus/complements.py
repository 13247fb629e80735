"""Complementary predicates: two wordings of one position whose stances are each other's
negation, so that they read as one thread.

"Greece stays in the euro zone" (favor) and "Greece leaves the euro zone" (against) state one
position: being against leaving *is* being for staying. Such a pair is **complementary** (the
one is true exactly when the other is false, for one state of affairs), and is told apart from
a pair of **contraries**, which leave a middle ground and stay two propositions: being against
raising rates is not being for cutting them (rates may hold), being against imposing sanctions
is not being for lifting them (there may be none to lift), being against starting talks is not
being for stopping them. Only complementary pairs are listed in :data:`COMPLEMENTS`, as verb
lemmas (the first word of a key's predicate slug), the positive member first. It is the one
table of kept and undone states (:mod:`wirecoder.lexicon.states`), which the statement stage
reads to name the act a kept state is argued about and the keys to key every verb of keeping
("maintain", "retain", "extend") as ``keep``:

    stay / leave, quit, exit          remain / leave, quit, exit
    keep / lift, repeal, withdraw, end, scrap, suspend, ...
    continue / end, stop, halt, suspend
    open, reopen / close, shut        accept / reject       allow / ban, forbid, prohibit
    join / quit, leave                unfreeze / freeze

A key whose predicate starts with a negative member ("leave:euro_zone") is read as the positive
member's key ("stay:euro_zone") with its stance flipped, **only when that positive key is among
the keys being merged** (a corpus that only ever says "leave" keeps the stage's own key) and only
on the **same object** (the key's object, compared whole: "leave:euro_zone" never meets
"stay:NATO"). A negated key ("not_leave:X") is left alone. The statement keeps its own
proposition text (the words said); its stance is the stance on the positive key, and the flip is
recorded with it (:attr:`wirecoder.corpus.positions.Attributed.flipped`).

A **resultative** key, "keep X open", "leave X closed", "hold X shut", whose predicate is a verb
of keeping (:data:`KEEPING`) and whose object ends in the state a verb of the table leaves it in
(the last object word's lemma, or the last before a trailing phrase, is a verb of
:data:`COMPLEMENTS`: "open", "closed" → close, "lifted" → lift, "suspended" → suspend), states
that verb on the rest of the object (a coded object stays the code):
"keep:centres_open" is "open:centres", "keep:border_closed" is "close:border"
(:func:`resultative`). It is read so (stance kept) when that key, or a complement of it, is
among the keys (:func:`resultative_names`), and then meets its complement as any key does:
"Italy keeps the centres open" (favor) and "Italy closes the centres" (favor) are one position,
for and against (the corpus-wide merge never joins them: :mod:`wirecoder.corpus.keymatch`
reads the same verb).
"""

from __future__ import annotations

import re
from typing import Iterable

from ..lexicon import states as _states
from ..lexicon.keys import PropositionKey, lemma, parse_key
from ..lexicon.propositions import FUNCTION_WORDS
from ..lexicon.states import undoing

__all__ = ["COMPLEMENTS", "KEEPING", "complement_names", "flip_stance", "resultative",
           "resultative_names", "undoing"]

#: The one table of complementary predicates, negative member → positive members
#: (:data:`wirecoder.lexicon.states.COMPLEMENTS`, read by the statement stage and the keys too).
COMPLEMENTS = _states.COMPLEMENTS

#: Verbs that keep their object in a state said after it ("keep the border open").
KEEPING = _states.KEEPING_VERBS

_STATE_VERBS = (frozenset(COMPLEMENTS) | frozenset(v for vs in COMPLEMENTS.values() for v in vs)
                | frozenset(_states.RESULT_STATES.values()))


def resultative(key: PropositionKey, said: str | None = None) -> PropositionKey | None:
    """The key a resultative key states ("keep:border_closed" → "close:border"), or None: the
    predicate a bare verb of :data:`KEEPING`, the object in two words or more, its last word (or
    the last before a trailing phrase: "the crossing open for aid") a state of a verb of the
    table. A coded object ("keep:TCD", the crossing with Chad kept open) is read from ``said``,
    the object or proposition text, and stays the code. A negated key keeps its negation
    ("not_keep:border_open" → "not_open:border")."""
    if key.predicate not in KEEPING or not key.object:
        return None
    if any(c.isupper() for c in key.object):
        words = re.findall(r"\w+", (said or "").lower())
        verb = next((n for n, w in enumerate(words) if lemma(w) == key.predicate), None)
        state = _state(words[verb + 1:] if verb is not None else words)
        return PropositionKey(state[0], key.object, key.negated) if state else None
    state = _state(key.object.split("_"))
    if state is None:
        return None
    verb, at = state
    rest = key.object.split("_")[:at]
    return PropositionKey(verb, "_".join(rest), key.negated)


def _state(words: list[str]) -> tuple[str, int] | None:
    """(verb, index) of the state word of an object's ``words``: the last word, or the last
    one before a function word, whose lemma is a verb of the table, with words before it."""
    for n in range(len(words) - 1, 0, -1):
        if n == len(words) - 1 or words[n + 1] in FUNCTION_WORDS:
            verb = lemma(words[n])
            if verb in _STATE_VERBS:
                return verb, n
    return None


def resultative_names(said: Iterable[tuple[str, str | None]]) -> dict[tuple[str, str | None], str]:
    """``(resultative key, object text) → the key it states`` for the ``(key, object text)``
    pairs of ``said`` whose stated key, or a complement of it, is among their keys too (a corpus
    that only ever says "keep the border open" keeps the stage's own key)."""
    pairs = set(said)
    present = {k for k, _ in pairs}
    complemented = {p for k in present for p in _complement_keys(parse_key(k))}
    out: dict[tuple[str, str | None], str] = {}
    for key, text in pairs:
        stated = resultative(parse_key(key), text)
        if stated is None:
            continue
        name = str(stated)
        if name in present or name in complemented or any(
                p in present for p in _complement_keys(stated)):
            out[(key, text)] = name
    return out


def flip_stance(stance: str) -> str:
    return {"favor": "against", "against": "favor"}.get(stance, stance)


def _complement_keys(key: PropositionKey) -> list[str]:
    """The positive keys ``key`` (with a negative first verb) complements, in table order."""
    if key.negated or not key.predicate:
        return []
    first, _, rest = key.predicate.partition("_")
    out = []
    for positive in COMPLEMENTS.get(first.lower(), ()):
        slug = f"{positive}_{rest}" if rest else positive
        out.append(str(PropositionKey(slug, key.object)))
    return out


def complement_names(keys: Iterable[str]) -> dict[str, str]:
    """``negative key → positive key`` for the keys of ``keys`` whose complement is among them
    too (each key as given and compared as given: normalise them first). A key listed for
    several positives goes to the first present in :data:`COMPLEMENTS`' order."""
    present = set(keys)
    out: dict[str, str] = {}
    for key in present:
        for positive in _complement_keys(parse_key(key)):
            if positive in present and positive != key:
                out[key] = positive
                break
    return out
