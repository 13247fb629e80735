"""The statements stage run as the pipeline runs it: entities, quotes, then statements."""

from __future__ import annotations

import pytest

from wirecoder.analysis import load_pipeline
from wirecoder.stages.entities.find import find_entities
from wirecoder.stages.quotes.find import find_quotes
from wirecoder.stages.statements.find import find_statements


@pytest.fixture(scope="session")
def read():
    """``read(text)``: the statements of ``text``."""
    pipeline = load_pipeline()

    def run(text: str):
        doc = pipeline.nlp(text)
        entities = find_entities(doc, pipeline.gazetteer)
        quotes = find_quotes(doc, entities, pipeline.gazetteer)
        return find_statements(doc, quotes, entities, pipeline.gazetteer)

    return run
