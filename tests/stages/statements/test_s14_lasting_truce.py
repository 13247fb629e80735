""""It will stay", "It continues as long as ..." after the measure it stands for: the holder keeps
the measure; a truce's other side may be an armed group the story names, not only a state
(session 14); "it" is the clause subject before it. Texts written for these tests; real pipeline."""

from __future__ import annotations

from wirecoder import analyze

from .found import found as _found


def test_it_lasting_after_a_measure_is_the_measure_kept(read):
    found = _found(read("“The ban on drift nets protects our fishermen. It will stay,” Moldovan Fisheries "
                        "Minister Ana Rusu said."))
    assert found == [("Ana Rusu", "Moldova keeps the ban on drift nets", "favor", "firm")]


def test_it_lasting_after_no_measure_is_no_position(read):
    assert not read("“The war has lasted ten years. It continues,” Moldovan Defence Minister Ana Rusu said.")


_TRUCE = ("BOGOTA (Reuters) - Colombia and the National Liberation Army (ELN) extended their cease-fire on "
          "Tuesday. The ELN said the talks would resume in Havana.\n\n")


def test_a_truce_kept_on_a_condition_is_with_the_armed_group_the_story_names():
    statements = analyze(_TRUCE + "“This cease-fire is not unconditional. It continues as long as the ELN keeps "
                                  "its word,” Colombian chief negotiator Mariela Cundumí said.").statements
    assert _found(statements) == [
        ("Mariela Cundumí", "Colombia continues the cease-fire with ELN", "favor", "conditional")]


def test_a_truce_refused_is_with_the_group_the_story_names_most():
    statements = analyze(
        "KHARTOUM (Reuters) - Sudan's government said on Sunday it would not agree to any truce “as long as the "
        "militia holds a single town in Darfur.” The RSF has besieged El Fasher for a year. The RSF denied "
        "targeting civilians, and the Sudanese army said it had repelled an RSF attack.").statements
    assert [(s.proposition_text, s.stance, s.hedge) for s in statements] == [
        ("Sudan agrees to a truce with RSF", "against", "conditional")]


def test_the_subjects_own_army_is_no_other_side():
    statements = analyze(
        "KHARTOUM (Reuters) - Sudan's government said on Sunday it would not agree to any truce “as long as the "
        "militia holds a single town in Darfur.” The Sudanese army said the army would fight on, and the army "
        "repelled an attack.").statements
    assert [s.proposition_text for s in statements][:1] == ["Sudan agrees to a truce"]


def test_it_is_the_clause_subject_before_it_not_an_owner_inside_an_object(read):
    found = _found(read("“Iran has made itself a party to Russia's war against Ukraine, and it will pay a price "
                        "for that,” Dutch Foreign Minister Pieter van Daalen said."))
    assert [p for _, p, _, _ in found] == ["Iran pays a price"], found


def test_denying_the_name_to_a_kind_of_the_thing_makes_the_wish_for_it_conditional(read):
    found = _found(read("“The ban on drift nets has saved the stock, and we want it to stay. But a ban that the coast "
                        "guard does not enforce is not a ban,” Moldovan Fisheries Minister Ana Rusu said."))
    assert found[0][1:] == ("Moldova keeps the ban on drift nets", "favor", "conditional"), found


def test_a_thing_called_what_it_is_conditions_nothing(read):
    found = _found(read("“The ban on drift nets has saved the stock, and we want it to stay. A ban is a ban,” "
                        "Moldovan Fisheries Minister Ana Rusu said."))
    assert found[0][1:] == ("Moldova keeps the ban on drift nets", "favor", "firm"), found
