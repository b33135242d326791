"""The outreach tables travel in a .vopi file, with the contact consent and the reviewer as personal data."""

from __future__ import annotations

from vopi_desktop.exchange.registry import by_name


def test_outreach_tables_are_exported_with_their_references() -> None:
    entities = by_name()
    opportunity = entities["engagement_opportunity"]
    assert opportunity.references == {"actor_id": "actor"}
    assert entities["opportunity_text"].references == {"opportunity_id": "engagement_opportunity"}
    assert {"opportunity_id", "language"} in [set(k) for k, _live in entities["opportunity_text"].unique_keys]
    assert "outreach_text" in entities


def test_consent_and_reviewer_are_personal_data() -> None:
    entities = by_name()
    assert "publish_consent_on" in entities["engagement_opportunity"].personal
    assert "reviewed_by" in entities["outreach_text"].personal
    assert "title" not in entities["engagement_opportunity"].personal
