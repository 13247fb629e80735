"""The reporting lexicon: verbs and phrases that attribute speech in news.

Role and institution nouns live in :mod:`wirecoder.lexicon.roles` (re-exported here under the
names the quote stage reads).
"""

from __future__ import annotations

from .roles import ROLE_NOUNS, SPEAKING_BODIES as INSTITUTION_NOUNS

__all__ = ["INSTITUTION_NOUNS", "OBJECT_CONTENT_VERBS", "PRONOUNS", "ROLE_NOUNS", "SOURCE_NOUNS", "SPEECH_VERBS",
           "SPOKESPERSON_NOUNS"]

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
    hail mock question dispute describe characterize characterise portray implore exhort
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
#: Not "source": "a government source", "police sources" are people, unnamed, not their modifier.
SOURCE_NOUNS = frozenset(
    "estimate estimates figure figures data report reports statement statements count counts "
    "poll polls survey surveys tally record records document documents".split()
)

#: Nouns for a person whose words are an institution's ("a spokeswoman for the IMF"): unnamed,
#: the institution speaks.
SPOKESPERSON_NOUNS = frozenset("spokesman spokeswoman spokesperson".split())

#: Pronouns that can name a speaker, with (gender, number): gender m/f/n or None for unknown.
PRONOUNS: dict[str, tuple[str | None, str]] = {
    "he": ("m", "sg"), "him": ("m", "sg"), "she": ("f", "sg"), "her": ("f", "sg"),
    "it": ("n", "sg"), "they": (None, "pl"), "them": (None, "pl"), "i": (None, "sg"),
    "we": (None, "pl"),
}
