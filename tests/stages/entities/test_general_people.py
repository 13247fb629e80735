"""People in general news copy: roles and countries, each defect on text written for it, through
the whole pipeline."""

from __future__ import annotations

from wirecoder import Article, analyze


def people(text: str) -> dict[str, tuple[str | None, str | None, list[str]]]:
    """name → (country, role, mentions) of each person."""
    result = analyze(Article(text=text)).to_dict()
    return {e["name"]: (e["country"], e["role"], [m["text"] for m in e["mentions"]])
            for e in result["entities"] if e["type"] == "PERSON"}


def test_a_role_noun_before_the_only_person_named_is_not_that_persons_role():
    text = ("Norway will extend its fishing quota for another year, the minister said on Tuesday.\n\n"
            "In Denmark, whose boats also fish the area, the trawler owner Soren Kjaersgaard said "
            "the decision came too late.")
    country, role, mentions = people(text)["Soren Kjaersgaard"]
    assert role is None
    assert "the minister" not in mentions


def test_a_role_noun_still_goes_to_a_later_person_whose_title_says_it():
    text = ("The quota will be extended for another year, the minister said on Tuesday.\n\n"
            "Fisheries Minister Ingrid Haugland said the decision followed talks with Denmark.")
    country, role, mentions = people(text)["Ingrid Haugland"]
    assert role is not None and role.endswith("Minister")
    assert "the minister" in mentions


def test_a_definite_role_and_a_comma_before_a_name_give_its_title():
    text = ("David Morgan criticised the rail timetable on Monday. The transport secretary, "
            "Imogen Carradine-Pole, said it would be restored by June.")
    found = people(text)
    assert found["Imogen Carradine-Pole"][1] == "Transport Secretary"
    assert found["David Morgan"][1] is None


def test_the_minister_is_the_titled_minister_not_the_last_person_named():
    text = ("Energy Minister Thabo Mokoena has rejected a proposal by the state utility to raise "
            "tariffs.\n\n"
            "The party's energy spokesperson, Anele Venter, called on the minister to open the grid "
            "to private generators.")
    found = people(text)
    assert "the minister" in found["Thabo Mokoena"][2]
    assert "the minister" not in found["Anele Venter"][2]


def test_a_role_noun_goes_to_its_titled_holder_not_to_a_later_person_of_no_known_office():
    text = ("The transport secretary, Imogen Carradine-Pole, said the rail timetable would be "
            "restored by June.\n\n"
            "Keir Ashdown, who chairs the transport select committee, said the government should "
            "consider new fares.\n\n"
            "Downing Street said the prime minister had confidence in the transport secretary.")
    found = people(text)
    assert "the transport secretary" in found["Imogen Carradine-Pole"][2]
    assert found["Keir Ashdown"][1] is None  # neither "Transport Secretary" nor "Prime Minister"
    assert "the prime minister" not in found["Keir Ashdown"][2]


def test_an_agency_home_dateline_is_not_the_country_of_the_people_in_a_foreign_story():
    text = ("PARIS (AFP) - France's ambassador has left Burkina Faso after the junta in Ouagadougou "
            "expelled him, the French foreign ministry said on Monday.\n\n"
            "Burkina Faso's government said the envoy had interfered in its affairs. Burkinabe "
            "state television showed crowds celebrating in Ouagadougou.\n\n"
            "Amadou Sawadogo, a trader in the capital, said life in Burkina Faso would not change.")
    assert people(text)["Amadou Sawadogo"][0] == "BFA"


def test_an_agency_home_dateline_still_gives_its_country_to_a_home_story():
    text = ("PARIS (AFP) - France will raise the minimum wage in January, the labour ministry said "
            "on Monday, after talks with unions in Paris.\n\n"
            "French unions welcomed the decision. Germany raised its own minimum wage last year.\n\n"
            "Claire Duvivier, a union negotiator, said the rise was overdue.")
    assert people(text)["Claire Duvivier"][0] == "FRA"
