"""Complementary predicates: two wordings of one position whose stances are each other's
negation, so that they read as one thread.

"Greece stays in the euro zone" (favor) and "Greece leaves the euro zone" (against) state one
position: being against leaving *is* being for staying. Such a pair is **complementary** (the
one is true exactly when the other is false, for one state of affairs), and is told apart from
a pair of **contraries**, which leave a middle ground and stay two propositions: being against
raising rates is not being for cutting them (rates may hold), being against imposing sanctions
is not being for lifting them (there may be none to lift), being against starting talks is not
being for stopping them. Only complementary pairs are listed in :data:`COMPLEMENTS`, as verb
lemmas (the first word of a key's predicate slug), the positive member first:

    stay / leave, quit, exit          remain / leave, quit, exit
    keep / lift, end, scrap, ...      maintain / suspend, lift, end, abandon
    extend / end                      continue / end, stop, halt, suspend
    open, reopen / close              accept / reject       allow / ban, forbid, prohibit
    join / quit, leave

A key whose predicate starts with a negative member ("leave:euro_zone") is read as the positive
member's key ("stay:euro_zone") with its stance flipped, **only when that positive key is among
the keys being merged** (a corpus that only ever says "leave" keeps the stage's own key) and only
on the **same object** (the key's object, compared whole: "leave:euro_zone" never meets
"stay:NATO"). A negated key ("not_leave:X") is left alone. The statement keeps its own
proposition text (the words said); its stance is the stance on the positive key, and the flip is
recorded with it (:attr:`wirecoder.corpus.positions.Attributed.flipped`).
"""

from __future__ import annotations

from typing import Iterable

from ..lexicon.keys import PropositionKey, parse_key

__all__ = ["COMPLEMENTS", "complement_names", "flip_stance", "undoing"]

#: negative verb lemma → the positive verbs it complements (the first listed is not preferred:
#: the positive key must be present in the corpus, whichever it is).
COMPLEMENTS: dict[str, tuple[str, ...]] = {
    "leave": ("stay", "remain", "join"),
    "quit": ("stay", "remain", "join"),
    "exit": ("stay", "remain"),
    "lift": ("keep", "maintain"),
    "end": ("keep", "maintain", "extend", "continue"),
    "scrap": ("keep", "maintain"),
    "abandon": ("keep", "maintain"),
    "drop": ("keep", "maintain"),
    "remove": ("keep", "maintain"),
    "suspend": ("maintain", "continue"),
    "stop": ("continue",),
    "halt": ("continue",),
    "close": ("open", "reopen"),
    "reject": ("accept",),
    "ban": ("allow",),
    "forbid": ("allow",),
    "prohibit": ("allow",),
}


def undoing(verb: str) -> str | None:
    """The act argued about when the state a negative member puts a thing in is kept: "keep the
    crossings shut" (``close``) is against reopening them, "keep the import banned" (``ban``)
    against allowing it, as news copy argues it. What is kept closed was open before: a listed
    "re-" form of the positive is taken ("reopen", not "open"). None for a verb that is no
    negative member ("open": keeping a crossing open is its own position, worded as kept)."""
    positives = COMPLEMENTS.get(verb.lower(), ())
    if not positives:
        return None
    return next((p for p in positives if p.startswith("re") and p[2:] in positives), positives[0])


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
