"""An organization written out with its acronym in brackets is named by the acronym from then on;
a name set off after a person's role and its place ("His lawyer in Bangkok, X,") is a person
(session 14): texts written for these tests; real pipeline."""

from __future__ import annotations

from wirecoder import analyze

_TEXT = ("BOGOTA (Reuters) - Colombia and the National Liberation Army (ELN) agreed on Tuesday to extend their "
         "cease-fire. The ELN said the talks would resume in Havana. Analysts said the ELN had grown stronger.")


def test_later_bare_acronyms_are_mentions_of_the_written_out_name():
    analysis = analyze(_TEXT)
    (group,) = [e for e in analysis.entities if "ELN" in {m.text for m in e.mentions}]
    assert group.name == "National Liberation Army"
    assert [m.text for m in group.mentions].count("ELN") == 3
    assert all(analysis.article.text[m.start:m.end] == m.text for m in group.mentions)


def test_an_acronym_never_introduced_stays_its_own_name():
    analysis = analyze("BOGOTA (Reuters) - Colombia and the National Liberation Army agreed on Tuesday to extend "
                       "their cease-fire. The ELN said the talks would resume in Havana.")
    army = next(e for e in analysis.entities if e.name == "National Liberation Army")
    assert "ELN" not in {m.text for m in army.mentions}


def test_a_name_after_a_person_role_and_its_place_is_a_person_and_speaks():
    # spaCy calls the name an organization and hangs it on the place; the role before it says who
    analysis = analyze("Tan Kok Leong was arrested in Bangkok in March. His lawyer in Bangkok, Somchai Wongsakul, "
                       "said his client would seek asylum in Thailand. He said Tan would not receive a fair trial.")
    lawyer = next(e for e in analysis.entities if e.name == "Somchai Wongsakul")
    assert lawyer.type == "PERSON"
    assert [q.speaker.name for q in analysis.quotes] == ["Somchai Wongsakul", "Somchai Wongsakul"]
