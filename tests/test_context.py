"""Context and coverage: dated events, operations against every group CENTCOM named, places."""
from __future__ import annotations

import sqlite3

import pytest


@pytest.fixture(scope="module")
def db(built_db):
    conn = sqlite3.connect(built_db)
    yield conn
    conn.close()


def test_events_cover_2022_to_2026_each_with_a_source(db):
    rows = db.execute("select start_date, kind, source_id from events").fetchall()
    assert len(rows) >= 15
    assert {r[0][:4] for r in rows} >= {"2022", "2023", "2024", "2025", "2026"}
    assert {r[1] for r in rows} == {"reporting", "posture", "command", "political", "attack", "campaign"}
    assert all(r[2] for r in rows)
    for date, words in [("2024-12-08", "Assad"), ("2025-12-13", "Palmyra"), ("2025-12-19", "Hawkeye"),
                        ("2026-02-11", "al-Tanf"), ("2026-01-19", "Shaddadi")]:
        got = db.execute("select description from events where start_date = ?", (date,)).fetchall()
        assert any(words.lower() in d[0].lower() for d in got), (date, words)


@pytest.mark.parametrize("operation_id, group", [
    ("op-20241014-kirkuk-al-bajjari", "ISIS"),
    ("op-20250521-iraq-northern-operations", "ISIS"),
    ("op-20250521-sdf-deir-ez-zor-capture", "ISIS"),
    ("op-20251213-ten-operations", "not stated"),
    ("op-20260116-al-jasim", "al-Qaeda affiliate"),
    ("op-20240823-al-makki", "Hurras al-Din"),
    ("op-20240924-abd-al-rauf", "Hurras al-Din"),
    ("op-20250130-al-zabir", "Hurras al-Din"),
    ("op-20250215-had-finance-official", "Hurras al-Din"),
    ("op-20250221-bayraqdar", "Hurras al-Din"),
    ("op-20250223-talay", "Hurras al-Din"),
    ("op-20230503-al-qaeda-leader-strike", "al-Qaeda"),
])
def test_operations_against_every_group_are_recorded(db, operation_id, group):
    row = db.execute('select "group" from operations where operation_id = ?', (operation_id,)).fetchone()
    assert row == (group,)


def test_the_3_may_2023_strike_records_both_claims(db):
    reports = db.execute("select note from operation_reports where operation_id = 'op-20230503-al-qaeda-leader-strike'").fetchall()
    assert any("civilian" in r[0].lower() for r in reports)
    harm = db.execute("select civilian_harm from operations where operation_id = 'op-20230503-al-qaeda-leader-strike'").fetchone()[0]
    assert harm


def test_isis_tables_filter_on_isis(db):
    total = db.execute("select count(*) from operations where \"group\" = 'ISIS'").fetchone()[0]
    assert db.execute("select sum(operations_announced) from operations_by_month").fetchone()[0] == total
    assert db.execute("select count(*) from operations where \"group\" != 'ISIS'").fetchone()[0] >= 9


def test_every_operation_with_a_place_is_placed_with_its_precision(db):
    rows = db.execute("select operation_id, latitude, longitude, geo_precision, geo_place from operations").fetchall()
    placed = [r for r in rows if r[1] is not None]
    assert len(placed) >= 40
    assert all(r[3] in (1, 2, 3) and r[4] for r in placed)
    assert all(28 <= r[1] <= 38 and 35 <= r[2] <= 49 for r in placed)
