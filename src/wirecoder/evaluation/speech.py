"""Which PolNeAR attributions are speech.

PolNeAR annotates every attribution: speech, but also beliefs, intentions, perception and
evidence ("polls show", "he thinks"). The quote acceptance is over *speech* attributions:
those with quotation marks in their content (direct, mixed) and those whose cue contains a verb
or noun of communication from the fixed list below (inflected forms generated). Non-speech
attributions are kept as ``ignored`` gold: a prediction matching one is neither credited nor
counted false.
"""

from __future__ import annotations

import re

__all__ = ["COMMUNICATION_WORDS", "is_speech_cue"]

_VERBS = """
say tell state declare announce claim assert argue explain add note remark comment observe
mention reply respond answer retort counter write tweet post blog email text publish report
testify confirm deny acknowledge admit concede insist maintain contend stress emphasize
emphasise underline underscore highlight reiterate repeat warn caution urge ask demand
request plead suggest propose recommend advise promise vow pledge swear threaten predict
forecast estimate conclude recall complain lament criticize criticise condemn denounce accuse
charge allege blame praise thank applaud welcome reject dismiss disagree agree inform brief
reveal disclose point describe call characterize characterise label dub quote cite joke boast
brag proclaim affirm reaffirm assure question wonder speak talk shout yell scream whisper
mutter sigh cry exclaim chant sing rail slam blast attack hit mock tease interrupt continue
""".split()
_NOUNS = """
statement statements interview interviews remarks remark comment comments speech speeches
tweet tweets post posts letter letters release op-ed email emails message messages
announcement testimony words according told quoted
""".split()

_IRREGULAR = {
    "say": ["said", "says", "saying"], "tell": ["told", "tells", "telling"],
    "write": ["wrote", "written", "writes", "writing"], "speak": ["spoke", "spoken"],
    "swear": ["swore", "sworn"], "hit": ["hits", "hitting"], "cry": ["cried", "cries"],
    "reply": ["replied", "replies"], "deny": ["denied", "denies"], "sigh": ["sighed"],
}


def _forms(verb: str) -> set[str]:
    forms = {verb, verb + "s", verb + "ed", verb + "ing"}
    if verb.endswith("e"):
        forms |= {verb + "d", verb[:-1] + "ing"}
    if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", verb):
        forms |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    if verb.endswith(("s", "sh", "ch", "x")):
        forms.add(verb + "es")
    forms.update(_IRREGULAR.get(verb, ()))
    return forms


#: Every word form that makes a cue a communication cue.
COMMUNICATION_WORDS = frozenset(
    {f for v in _VERBS for f in _forms(v)} | set(_NOUNS)
)


def is_speech_cue(cue: str | None) -> bool:
    """True when a cue contains a communication word ("said", "told reporters", "according to")."""
    if not cue:
        return False
    return any(w in COMMUNICATION_WORDS for w in re.findall(r"[a-z'-]+", cue.lower()))
