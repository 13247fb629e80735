"""Stance and hedge: the pure rules of wirecoder.stages.statements.stance, then negation and double negation through
the real pipeline ("will not refuse to impose sanctions" is favor)."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from wirecoder.stages.statements.stance import (
    ABSOLUTE,
    CONDITIONAL,
    GOVERNORS,
    UNCERTAIN,
    Link,
    assess,
    hedge_of,
    marker_level,
    stance_of,
)

_FLIPPING = sorted(k for k, g in GOVERNORS.items() if g.negation_flips and not g.when_negated)
_CERTAINTY = sorted(k for k, g in GOVERNORS.items() if not g.negation_flips)
_MARKERS = sorted(ABSOLUTE | UNCERTAIN | CONDITIONAL | {"will", "would", "must", "can"})
_VERBS = ["impose", "join", "recognize", "remain", "send"]

links = st.builds(
    Link,
    lemma=st.sampled_from(_FLIPPING + _CERTAINTY + ["rule out", "possible"]),
    negations=st.integers(0, 3),
    markers=st.lists(st.sampled_from(_MARKERS), max_size=2).map(tuple),
)
contents = st.builds(
    Link,
    lemma=st.sampled_from(_VERBS),
    negations=st.integers(0, 3),
    markers=st.lists(st.sampled_from(_MARKERS), max_size=2).map(tuple),
)
chains = st.tuples(contents, st.lists(links, max_size=3)).map(lambda t: [t[0], *t[1]])


def _with(chain: list[Link], k: int, more: int) -> list[Link]:
    out = list(chain)
    out[k] = Link(out[k].lemma, out[k].negations + more, out[k].markers)
    return out


# -- the worked examples of the issue ------------------------------------------------------
@pytest.mark.parametrize(
    "chain, stance, hedge",
    [
        pytest.param([Link("impose", 1, ("will", "never"))], "against", "absolute", id="will-never"),
        pytest.param([Link("impose", 1, ("will", "not"))], "against", "firm", id="will-not"),
        pytest.param([Link("impose"), Link("refuse", 1, ("will", "not"))], "favor", "firm",
                     id="will-not-refuse-to"),
        pytest.param([Link("impose"), Link("refuse", 1, ("will", "never"))], "favor", "absolute",
                     id="will-never-refuse-to"),
        pytest.param([Link("impose"), Link("refuse")], "against", "firm", id="refuse-to"),
        pytest.param([Link("join"), Link("want")], "favor", "firm", id="want-to"),
        pytest.param([Link("join"), Link("want", 1, ("does", "not"))], "against", "firm", id="not-want-to"),
        pytest.param([Link("join"), Link("ready")], "favor", "firm", id="ready-to"),
        pytest.param([Link("join"), Link("reluctant")], "against", "firm", id="reluctant-to"),
        pytest.param([Link("join"), Link("rule out")], "against", "firm", id="rule-out"),
        pytest.param([Link("join"), Link("rule out", 1, ("does", "not"))], "favor", "uncertain",
                     id="not-rule-out"),
        pytest.param([Link("join", 1, ("will", "not")), Link("guarantee", 1, ("can", "not"))], "against",
                     "uncertain", id="cannot-guarantee-will-not"),
        pytest.param([Link("join", 0, ("may",))], "favor", "uncertain", id="may"),
        pytest.param([Link("join", 0, ("will", "possibly"))], "favor", "uncertain", id="possibly"),
        pytest.param([Link("join", 0, ("unconditionally", "will"))], "favor", "absolute", id="unconditionally"),
        pytest.param([Link("join", 1, ("under-no-circumstances", "will"))], "against", "absolute",
                     id="under-no-circumstances"),
        pytest.param([Link("join"), Link("possible", 1, ("not",))], "against", "firm", id="not-possible"),
        pytest.param([Link("join"), Link("intention", 1), Link("have")], "against", "firm",
                     id="no-intention-of"),
    ],
)
def test_assess_examples(chain, stance, hedge):
    assert assess(chain) == (stance, hedge)


def test_condition_and_denial():
    assert assess([Link("recognize")], condition=True) == ("favor", "conditional")
    assert assess([Link("support", 0, ("could",))], condition=True) == ("favor", "conditional")  # could ... if
    assert assess([Link("join", 0, ("will",))], denies=True) == ("against", "firm")  # "will stay out of"
    assert assess([Link("join", 1, ("will", "not"))], denies=True) == ("favor", "firm")


@pytest.mark.parametrize("marker", sorted(ABSOLUTE))
def test_absolute_markers(marker):
    assert marker_level(marker) == "absolute"
    assert hedge_of(["firm", marker_level(marker)]) == "absolute"


@pytest.mark.parametrize("marker", sorted(UNCERTAIN))
def test_uncertain_markers(marker):
    assert hedge_of([marker_level(marker), "absolute", "firm"]) == "uncertain"


@pytest.mark.parametrize("marker", sorted(CONDITIONAL))
def test_conditional_markers(marker):
    """A stated condition decides, even with doubt beside it ("we could support it if ...")."""
    assert hedge_of([marker_level(marker), "uncertain", "absolute", "firm"]) == "conditional"


def test_plain_statement_is_firm():
    assert hedge_of([]) == "firm"
    assert marker_level("will") == "firm" and marker_level("the") is None


# -- properties of the pure rules -----------------------------------------------------------
@given(st.integers(0, 20))
def test_stance_is_parity(n):
    assert stance_of(n) == ("favor" if n % 2 == 0 else "against")
    assert stance_of(n + 2) == stance_of(n) != stance_of(n + 1)


@given(chains, st.data())
def test_double_negation_changes_nothing(chain, data):
    k = data.draw(st.integers(0, len(chain) - 1))
    assert assess(_with(chain, k, 2)) == assess(chain)


@given(chains)
def test_negating_the_content_verb_flips_the_stance_only(chain):
    stance, hedge = assess(chain)
    assert assess(_with(chain, 0, 1)) == ("against" if stance == "favor" else "favor", hedge)


@given(chains, st.data())
def test_negating_a_polarity_governor_flips(chain, data):
    governor = data.draw(st.sampled_from(_FLIPPING))
    chain = [*chain, Link(governor)]
    stance, _ = assess(chain)
    flipped, _ = assess(_with(chain, len(chain) - 1, 1))
    assert flipped != stance


@given(chains, st.sampled_from(_CERTAINTY))
def test_negated_certainty_doubts_rather_than_denies(chain, word):
    plain = assess([*chain, Link(word)])
    doubted = assess([*chain, Link(word, 1)])
    assert doubted[0] == plain[0]
    assert doubted[1] == ("conditional" if plain[1] == "conditional" else "uncertain")


@given(chains)
def test_denial_flips_the_stance(chain):
    assert assess(chain, denies=True)[0] != assess(chain)[0]


@given(chains)
def test_a_condition_makes_it_conditional(chain):
    assert assess(chain, condition=True)[1] == "conditional"


@given(chains)
def test_never_is_absolute_unless_hedged(chain):
    stance, hedge = assess(chain)
    never = [Link(chain[0].lemma, chain[0].negations + 1, (*chain[0].markers, "never")), *chain[1:]]
    assert assess(never)[1] == (hedge if hedge in ("conditional", "uncertain") else "absolute")


@given(st.lists(st.sampled_from(["absolute", "firm", "conditional", "uncertain", None]), max_size=6))
def test_hedge_ignores_order(levels):
    assert hedge_of(levels) == hedge_of(list(reversed(levels)))


# -- negation and double negation through the parse ------------------------------------------
_AUX = [("will", 0, "firm"), ("will not", 1, "firm"), ("will never", 1, "absolute"), ("won't", 1, "firm"),
        ("may", 0, "uncertain"), ("may not", 1, "uncertain"), ("cannot", 1, "firm"),
        ("will always", 0, "absolute")]
_GOV = [("refuse to", 1), ("want to", 0), ("intend to", 0), ("be ready to", 0), ("be reluctant to", 1),
        ("decline to", 1), ("try to", 0), ("agree to", 0), ("be willing to", 0), ("be unwilling to", 1),
        ("stop refusing to", 2)]
_PRED = [("impose sanctions on Russia", "impose_sanctions:RUS"), ("join NATO", "join:NATO"),
         ("recognize Kosovo", "recognize:XKX"), ("join the European Union", "join:European_Union")]


@settings(max_examples=60, deadline=None)
@given(
    aux=st.sampled_from(_AUX),
    governors=st.lists(st.tuples(st.sampled_from(_GOV), st.booleans()), max_size=2),
    pred=st.sampled_from(_PRED),
)
def test_negation_composes_through_the_parse(read, aux, governors, pred):
    """"Serbia will not refuse to impose sanctions on Russia": every negation and negative
    governor flips the stance, so an even number of them is favor."""
    words, flips = ["Serbia", aux[0]], aux[1]
    for k, ((phrase, flip), negated) in enumerate(governors):
        if k and negated:  # "refuse to not want to ..."
            words.append("not")
            flips += 1
        words.append(phrase)
        flips += flip
    words.append(pred[0])
    sentence = " ".join(words)
    found = [(s.stance, s.hedge) for s in read(f'"{sentence}," Vucic said.') if s.proposition_key == pred[1]]
    assert found == [("favor" if flips % 2 == 0 else "against", aux[2])], sentence


# -- a condition under a doubting word (session 9) ------------------------------------------
_DOUBTERS = sorted(k for k, g in GOVERNORS.items() if g.when_negated == "uncertain")


@given(chains, st.sampled_from(_DOUBTERS), st.data())
def test_a_condition_under_a_negated_doubter_is_uncertain(chain, word, data):
    """"does not rule out V-ing if ...", "cannot promise to V if ...": the option is kept open as
    a whole, whatever the condition below says; not negated, the condition decides."""
    assume(not any(link.lemma in _DOUBTERS for link in chain[1:]))  # no doubt in the chain itself
    depth = data.draw(st.integers(0, len(chain) - 1))
    doubted = [*chain, Link(word, 1)]
    assert assess(doubted, condition=True, condition_depth=depth)[1] == "uncertain"
    assert assess([*chain, Link(word, 2)], condition=True, condition_depth=depth)[1] == "conditional"
    assert assess(doubted, condition=True)[1] == "conditional"  # a condition over the whole chain


@given(chains, st.data())
def test_a_condition_above_the_doubter_stays_conditional(chain, data):
    """A condition that hangs from the doubting word itself, or above it, conditions the doubt."""
    doubted = [*chain, Link("rule out", 1)]
    assert assess(doubted, condition=True, condition_depth=len(doubted) - 1)[1] == "conditional"


@pytest.mark.parametrize("marker", ["for-now", "for-the-time-being", "for-the-moment"])
def test_temporary_phrases_are_uncertain(marker):
    assert marker_level(marker) == "uncertain"
    assert assess([Link("raise", 1, ("will", marker))]) == ("against", "uncertain")
