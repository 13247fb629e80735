"""Contract tests: schemathesis generates requests from the API's own OpenAPI schema and sends
them to a real ``wirecoder serve`` on 127.0.0.1; no answer may be a server error, and every
answer must match the schema (status code, content type, headers, body)."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings

REQUESTS = 600  # at least 500 (issue 14)


@pytest.fixture(scope="module")
def schema(server):
    import schemathesis

    return schemathesis.openapi.from_url(server.url + "/api/v1/openapi.json")


def test_generated_requests_get_no_server_error_and_match_the_schema(schema, server):
    import requests

    sent: Counter[str] = Counter()
    statuses: Counter[int] = Counter()
    session = requests.Session()

    from hypothesis import strategies as st
    from schemathesis import GenerationMode
    from schemathesis.specs.openapi.checks import positive_data_acceptance

    cases = st.one_of(schema.as_strategy(GenerationMode.POSITIVE),
                      schema.as_strategy(GenerationMode.NEGATIVE))

    @settings(max_examples=REQUESTS, deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    @given(case=cases)
    def check(case):
        # every check but "a schema-valid request is accepted": a date of the right form that
        # is no date (2019-02-30), or a timeline asked with neither actor nor about, gets the
        # documented 400, as it should
        response = case.call_and_validate(base_url=server.url, session=session,
                                          excluded_checks=[positive_data_acceptance])
        sent[case.operation.label] += 1
        statuses[response.status_code] += 1
        assert response.status_code < 500, response.text

    check()
    print(f"\nschemathesis: {sum(sent.values())} requests over {len(sent)} operations, "
          f"statuses {dict(sorted(statuses.items()))}")
    operations = {op.ok().label for op in schema.get_all_operations()}
    assert sum(sent.values()) >= 500, sent
    assert set(sent) == operations, operations - set(sent)
    assert not [s for s in statuses if s >= 500]
    assert statuses[200] > 100, statuses  # most generated requests are valid ones
