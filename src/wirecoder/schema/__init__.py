"""The JSON contract as a file: the JSON Schema (draft 2020-12) of ``wirecoder.analysis/1``,
shipped in the package as ``schema/analysis-1.json`` and checked against every analysis in the
tests. Validate with any JSON Schema library, e.g.
``jsonschema.validate(analysis.to_dict(), wirecoder.json_schema())``.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from ..records import SCHEMA

__all__ = ["SCHEMA_FILE", "json_schema"]

#: The schema file of :data:`~wirecoder.records.SCHEMA`, inside the package.
SCHEMA_FILE = "schema/analysis-" + SCHEMA.rsplit("/", 1)[1] + ".json"


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the analysis JSON this wirecoder writes (a fresh dict each call)."""
    text = resources.files("wirecoder").joinpath(SCHEMA_FILE).read_text(encoding="utf-8")
    return json.loads(text)
