"""A cheap language guess for articles whose metadata names none.

wirecoder's pipeline is English. Rather than load a multi-language detector (hundreds of MB),
articles without a declared language are checked for English function words: news prose in
English has 30-50% of its tokens among them, other languages almost none.
"""

from __future__ import annotations

import re

__all__ = ["guess_language", "reads_as_other_language"]

_EN_FUNCTION_WORDS = frozenset(
    "the a an of to in and or but on at by for with from that this these those is are was were be "
    "been has have had will would can could not no it its he she they we his her their our said "
    "as which who than then there".split()
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def guess_language(text: str, *, sample_chars: int = 5000) -> str | None:
    """``"en"`` when the text reads as English, else None (unknown). Never a guess at another language."""
    words = [w.lower() for w in _WORD.findall(text[:sample_chars])]
    if len(words) < 5:
        return None
    share = sum(w in _EN_FUNCTION_WORDS for w in words) / len(words)
    return "en" if share >= 0.15 else None


# The commonest function words of the languages whose boilerplate most often surrounds English
# copy (the English editions of German, French, Spanish, Italian, Dutch and Portuguese sites),
# less every word that is also English ("die", "was", "in", "on", "son", "per" ...).
_OTHER_FUNCTION_WORDS = frozenset(
    # de
    "der die das und ist nicht mit für auf dem den des ein eine einer eines zu sich von im sie "
    "es wir ihr auch noch nach bei aus wie über wird werden sind hat haben dass oder aber nur "
    "diesen dieser diese dieses ihre ihren unsere jetzt hier mehr "
    # fr
    "le la les des du un une et est pas pour sur dans avec ce qui que au aux sont ont il elle "
    "nous vous ils leur mais ou où été cette ses plus sur "
    # es
    "el los las del y es en por para con una que se su sus más como pero fue está muy "
    # it
    "il lo gli della delle dei di che è non sono ha nel nella alla al anche questo "
    # nl
    "de het een en van niet met voor op dat zijn ook maar bij naar er wordt "
    # pt
    "o os da do das dos é não com uma em na mais".split()
) - _EN_FUNCTION_WORDS - frozenset("was an on or so am be had hat man also son sin per fine "
                                   "me hier plus via".split())
_MIN_OTHER_WORDS = 5  # a shorter line (a name, a headline) says too little


def reads_as_other_language(line: str) -> bool:
    """Whether ``line`` is a sentence in another language than English: at least
    :data:`_MIN_OTHER_WORDS` words, none of them an English function word, and at least two
    (a quarter of its words or more) function words of German, French, Spanish, Italian,
    Dutch or Portuguese ("Die Kommentarfunktion ist für diesen Artikel geschlossen."). Names,
    headlines and English prose (which always has function words) are not."""
    words = [w.lower() for w in _WORD.findall(line)]
    if len(words) < _MIN_OTHER_WORDS or any(w in _EN_FUNCTION_WORDS for w in words):
        return False
    other = sum(w in _OTHER_FUNCTION_WORDS for w in words)
    return other >= 2 and other * 4 >= len(words)
