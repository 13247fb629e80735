"""The other party of a transfer or an extradition the quote leaves unsaid is the country the
story names most, also by its demonym ("the Argentine authorities"); "hand over", "cede" and
"surrender" name one like "extradite" (session 14). Texts written for these tests."""

from __future__ import annotations

from wirecoder import analyze

_STORY = ("MADRID (AFP) - Spain will extradite Argentine businessman Ramiro Castell after its asylum office "
          "rejected his application, Justice Minister Lucía Ferrer said on Wednesday.\n\n"
          "“Spain will now hand Mr Castell over without delay,” Ferrer said. Castell's lawyers said the "
          "Argentine courts had convicted him in absentia.")


def _propositions(text):
    return [s.proposition_text for s in analyze(text).statements]


def test_a_country_named_only_by_its_demonym_is_the_other_party():
    assert _propositions(_STORY)[0] == "Spain extradites Ramiro Castell to Argentina"


def test_handing_over_names_a_recipient_like_extraditing():
    assert _propositions(_STORY)[1].startswith("Spain hands over"), _propositions(_STORY)
    assert _propositions(_STORY)[1].endswith(" to Argentina"), _propositions(_STORY)


def test_a_demonym_named_once_is_no_party():
    text = ("MADRID (AFP) - Spain will extradite Argentine businessman Ramiro Castell, Justice Minister Lucía "
            "Ferrer said on Wednesday.")
    assert _propositions(text) == ["Spain extradites Ramiro Castell"]
