"""Session 7: quote shapes the held-out stories showed, on sentences written for these tests."""

from __future__ import annotations

from wirecoder import Article, analyze


def quotes(text: str) -> list[tuple[str, str, str | None, str | None]]:
    result = analyze(Article(text=text)).to_dict()
    return [(q["kind"], q["content"]["text"], q["speaker"]["mention"]["text"] if q["speaker"]["mention"] else None,
             q["speaker"]["name"]) for q in result["quotes"]]


def test_a_reversed_lead_whose_speaker_is_a_long_title_and_an_apposed_name():
    # the parser hangs "said" on the content's verb and the title's "of" phrase runs long
    text = ("VIENNA (Reuters) - Austria's farmers will under no circumstances accept the new "
            "quotas in the talks with the European Commission, the chief negotiator of the "
            "Farmers' Federation, Johann Kerschbaumer, said on Monday.")
    assert quotes(text) == [(
        "indirect",
        "Austria's farmers will under no circumstances accept the new quotas in the talks with the "
        "European Commission",
        "Johann Kerschbaumer", "Johann Kerschbaumer")]
