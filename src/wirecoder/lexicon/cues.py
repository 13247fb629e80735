"""The reporting lexicon: verbs and phrases that attribute speech in news."""

from __future__ import annotations

__all__ = ["INSTITUTION_NOUNS", "OBJECT_CONTENT_VERBS", "PRONOUNS", "ROLE_NOUNS", "SOURCE_NOUNS", "SPEECH_VERBS"]

#: Lemmas of verbs that report speech or writing (cue verbs).
SPEECH_VERBS = frozenset(
    """
    say tell stress point emphasize emphasise conclude add warn note insist quote write tweet post
    announce claim argue explain state declare reply respond acknowledge admit confirm deny
    suggest urge accuse predict promise vow pledge threaten recall remark comment observe assert
    maintain contend report reiterate underline underscore highlight complain testify caution
    allege reaffirm proclaim boast concede disclose reveal inform assure mention repeat
    estimate ask demand charge counter retort lament affirm joke cry shout scream whisper
    hint signal indicate stipulate agree disagree object protest criticize criticise praise
    welcome condemn denounce dismiss rule predict forecast add call endorse blast slam applaud
    hail mock question dispute
    """.split()
)

#: Speech verbs whose direct object is what was said ("announced his engagement", "called the
#: deal “a disaster”", "denied the report"); other speech verbs' objects are addressees ("told
#: a rally") or not propositions.
OBJECT_CONTENT_VERBS = frozenset(
    """
    announce praise criticize criticise condemn denounce deny reject propose promise pledge
    describe call cite claim defend dismiss welcome demand confirm acknowledge admit predict
    repeat reiterate estimate endorse blast slam applaud hail mock question dispute
    """.split()
)

#: Nouns that stand for a source in "according to police estimates" (the modifier is the source).
SOURCE_NOUNS = frozenset(
    "estimate estimates figure figures data report reports statement statements count counts "
    "poll polls survey surveys tally record records source sources document documents".split()
)

#: Bodies that speak for a country when no country is named ("police" in a Serbian story).
INSTITUTION_NOUNS = frozenset(
    "police government ministry army military parliament authorities prosecutors prosecutor "
    "court officials police's".split()
)

#: Role nouns that refer back to a person already named ("the Serbian leader", "the official").
ROLE_NOUNS = frozenset(
    """
    president minister leader official premier chancellor spokesman spokeswoman spokesperson
    secretary senator governor mayor ambassador envoy diplomat general commander chief head
    lawmaker legislator congressman congresswoman representative candidate nominee politician
    king queen prince emir sheikh monarch prime deputy director chairman chairwoman chair
    adviser advisor aide negotiator prosecutor judge lawyer attorney
    """.split()
)

#: Pronouns that can name a speaker, with (gender, number): gender m/f/n or None for unknown.
PRONOUNS: dict[str, tuple[str | None, str]] = {
    "he": ("m", "sg"), "him": ("m", "sg"), "she": ("f", "sg"), "her": ("f", "sg"),
    "it": ("n", "sg"), "they": (None, "pl"), "them": (None, "pl"), "i": (None, "sg"),
    "we": (None, "pl"),
}
