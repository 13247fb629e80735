"""Stance and hedge of a proposition, from negation, polarity words and modal markers.

The parse gives, for each statement, a *chain*: the content verb ("impose") and the words that
govern it up to the clause's top ("refuse" in "will not refuse to impose", "want" in "we want to
join"). Each :class:`Link` carries its lemma, how many negations it has and its marker words
(auxiliaries, adverbs, fixed phrases). :func:`assess` turns a chain into a stance and a hedge:

**Stance** is favor, flipped once for every negation ("not", "never", "under no
circumstances") and every negative governor ("refuse", "reject", "oppose", "rule out",
"reluctant"), plus once when the wording denies the canonical predicate ("stay out of" NATO is
"join" NATO, denied). So double negation comes back to favor: "will not refuse to impose
sanctions" is favor. Negating a verb of certainty does not flip: "we cannot guarantee that we
will join" is still favor, but uncertain.

**Hedge** is decided by the marker that limits the commitment most: conditional (if, unless,
on the condition that, as long as) over uncertain (may, might, could, possibly, "cannot
guarantee", "does not rule out", "for now") over absolute (never, always, under no circumstances, no
matter, without conditions, "have not and will not") over firm (will, will not, want, intend,
ready to, and a plain statement). A stated condition comes first because it names what the
commitment hangs on, and "could ... if" is the conditional mood rather than doubt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Literal, Sequence

__all__ = [
    "ABSOLUTE",
    "CONDITIONAL",
    "GOVERNORS",
    "Governor",
    "Hedge",
    "Link",
    "NEGATIVE_PHRASES",
    "Stance",
    "UNCERTAIN",
    "assess",
    "flip_stance",
    "hedge_of",
    "marker_level",
    "stance_of",
]

Stance = Literal["favor", "against"]
Hedge = Literal["absolute", "firm", "conditional", "uncertain"]

#: Precedence when markers disagree (see the module doc).
_PRECEDENCE: tuple[Hedge, ...] = ("conditional", "uncertain", "absolute", "firm")

ABSOLUTE = frozenset(
    """never always ever forever under-no-circumstances in-no-case by-no-means in-no-way
    at-no-time no-matter under-any-circumstances at-any-cost at-any-price not-ever never-ever
    have-not-and-will-not unconditionally without-conditions""".split()
)
UNCERTAIN = frozenset(
    """may might could possibly perhaps maybe probably likely potentially conceivably for-now
    for-the-time-being for-the-moment""".split()
)
CONDITIONAL = frozenset(
    """if unless provided providing condition precondition prerequisite conditional
    on-the-condition-that as-long-as only-if in-case""".split()
)
_FIRM = frozenset("will shall would 'll wo must can ca going need".split())

#: Prepositional phrases that negate the clause they modify, and make it absolute.
NEGATIVE_PHRASES = frozenset(
    {"under no circumstances", "in no case", "by no means", "in no way", "at no time", "on no account"}
)


@dataclass(frozen=True, slots=True)
class Governor:
    """How a governing word acts on what it governs: ``negative`` flips the stance ("refuse");
    ``hedge`` is the commitment it expresses; ``when_negated`` replaces it when the word is
    itself negated ("do not rule out" → uncertain, "not possible" → firm); ``negation_flips``
    False for words of certainty, whose negation doubts rather than denies ("cannot
    guarantee")."""

    negative: bool = False
    hedge: Hedge | None = None
    when_negated: Hedge | None = None
    negation_flips: bool = True


_VOLITIONAL = Governor(hedge="firm")
_NEGATIVE = Governor(negative=True, hedge="firm")
_EPISTEMIC = Governor(hedge="uncertain")
_CERTAINTY = Governor(when_negated="uncertain", negation_flips=False)

#: Words that govern a proposition (verbs, adjectives and nouns taking an infinitive or clause).
GOVERNORS: dict[str, Governor] = {
    **dict.fromkeys(
        """want wish intend plan aim seek strive decide agree pledge vow commit continue
        try insist ready prepared willing determined able allow permit let intention desire
        readiness willingness going keen eager resolved need have urge ask encourage invite
        call interested committed commitment for open threaten promise offer propose time vote
        press""".split(),
        _VOLITIONAL,
    ),
    **dict.fromkeys(
        """refuse reject oppose decline resist avoid stop cease quit reluctant unwilling
        unprepared unable against abandon renounce forgo refrain hesitant hesitate deny block veto thwart""".split(),
        _NEGATIVE,
    ),
    # "are working to restore flights": an effort toward the act (not "work with India to ...")
    "work to": _VOLITIONAL,
    # "will not be forced to choose sides": the subject's own act, refused under pressure
    **dict.fromkeys(("be force", "be compel", "be oblige", "be pressure", "be pressurize", "be coerce"), _VOLITIONAL),
    # "I cannot see how X could V": against V; "I can see how X could V" allows it
    "see how": Governor(hedge="uncertain", when_negated="firm"),
    **dict.fromkeys(("rule out", "exclude"), Governor(negative=True, hedge="firm", when_negated="uncertain")),
    **dict.fromkeys("hope consider think believe expect likely probable".split(), _EPISTEMIC),
    **dict.fromkeys("possible feasible".split(), Governor(hedge="uncertain", when_negated="firm")),
    # nouns that only carry a proposition ("rejects any attempt to impose", "rules out the
    # possibility of joining"): the verb above them decides
    **dict.fromkeys("attempt effort idea proposal possibility option bid move decision call demand".split(), Governor()),
    **dict.fromkeys("guarantee sure certain confident".split(), _CERTAINTY),
    # "we promise to join" commits; "I cannot promise that we will join" doubts, not denies
    "promise": Governor(hedge="firm", when_negated="uncertain", negation_flips=False),
    # "there is no question of withdrawing our troops": categorically not
    "question": Governor(when_negated="absolute"),
    # "had no choice but to respond": a must; read as a refusal ("but") its "no" denies
    **dict.fromkeys(("choice", "alternative"), _NEGATIVE),
    # "cannot afford to raise wages": against raising them
    "afford": _VOLITIONAL,
}


@dataclass(frozen=True, slots=True)
class Link:
    """One word of a chain: the content verb first, then its governors outward. ``markers`` are
    lowercased words or hyphen-joined phrases ("under-no-circumstances")."""

    lemma: str
    negations: int = 0
    markers: tuple[str, ...] = ()


def flip_stance(stance: Stance) -> Stance:
    return "against" if stance == "favor" else "favor"


def stance_of(flips: int) -> Stance:
    """Favor after an even number of flips, against after an odd one."""
    return "favor" if flips % 2 == 0 else "against"


def marker_level(marker: str) -> Hedge | None:
    """The hedge a single marker word or phrase expresses, or None."""
    marker = marker.lower()
    if marker in UNCERTAIN:
        return "uncertain"
    if marker in CONDITIONAL:
        return "conditional"
    if marker in ABSOLUTE:
        return "absolute"
    if marker in _FIRM:
        return "firm"
    return None


def hedge_of(levels: Iterable[Hedge | None]) -> Hedge:
    """The deciding hedge among ``levels`` (see the module doc); firm when there is none."""
    present = {level for level in levels if level}
    return next((h for h in _PRECEDENCE if h in present), "firm")


def assess(chain: Sequence[Link], *, condition: bool = False, denies: bool = False,
           condition_depth: int | None = None) -> tuple[Stance, Hedge]:
    """Stance and hedge of a chain (content verb first). ``condition``: the clause is a
    condition ("on the condition that it recognizes ..."); ``denies``: the wording denies the
    canonical predicate ("stay out of"). ``condition_depth``, when given, is the link the
    condition hangs from: a word of certainty negated above it doubts the conditional act as a
    whole ("did not rule out docking their pay if the strike continued", "cannot promise to join
    if they ask": the speaker keeps an option open, uncertain), where a modal on the same verb is
    the conditional mood ("could suspend it if ...": conditional)."""
    flips = int(denies)
    levels: list[Hedge | None] = ["conditional"] if condition else []
    doubter = _doubter_above(chain, condition_depth) if condition and condition_depth is not None else None
    if doubter is not None:
        levels = ["uncertain"]  # the condition, and any below the doubting word, are what is kept open
    govs = [GOVERNORS.get(link.lemma) if depth else None for depth, link in enumerate(chain)]
    for depth, link in enumerate(chain):
        gov = govs[depth]
        if gov is None or gov.negation_flips:
            flips += link.negations
        if gov is not None:
            flips += gov.negative
            # negated by its own "not", or by a refusal right above it ("refused to rule out")
            above = govs[depth + 1] if depth + 1 < len(chain) else None
            negated = (link.negations + int(above is not None and above.negative)) % 2 == 1
            if negated and gov.when_negated:
                levels.append(gov.when_negated)
            else:
                levels.append(gov.hedge)
        marked = (marker_level(m) for m in link.markers)
        levels.extend(m for m in marked if not (doubter is not None and depth < doubter and m == "conditional"))
    return stance_of(flips), hedge_of(levels)


def _doubter_above(chain: Sequence[Link], depth: int) -> int | None:
    """The depth of the first word of certainty above link ``depth`` that is negated, so that it
    doubts rather than denies ("does not rule out", "cannot guarantee", "cannot promise"); None
    when there is none."""
    for k in range(depth + 1, len(chain)):
        gov = GOVERNORS.get(chain[k].lemma)
        if gov is None or gov.when_negated != "uncertain":
            continue
        above = GOVERNORS.get(chain[k + 1].lemma) if k + 1 < len(chain) else None
        if (chain[k].negations + int(above is not None and above.negative)) % 2 == 1:
            return k
    return None
