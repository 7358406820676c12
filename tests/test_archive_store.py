"""The SQLite store, queries and exports, on hand-made records (independent of the parser)."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest

from minutesparse.archive import Archive, RecordNotFound
from minutesparse.archive.migrations import SCHEMA_VERSION
from minutesparse.archive.store import Store
from minutesparse.schema import (
    AgendaItem, Attendance, Body, BodyParty, Meeting, Minutes, Person, Resolution, ResolutionPart, Source, Task,
    Vote, VoteCounts, Voters,
)

SHA_A = "a" * 64
SHA_B = "b" * 64


def person(given: str, family: str, role: str | None = None) -> Person:
    return Person(name=f"{given} {family}", family_name=family, given_name=given, titles_before=["Ing."],
                  role=role, raw=f"Ing. {given} {family}")


def minutes(sha: str = SHA_A, date: str = "2024-05-16", body: str = "Rada města Litovel", n_res: int = 2) -> dict:
    malý, šolc, novák = person("Michal", "Malý"), person("Jiří", "Šolc"), person("Jan", "Novák")
    votes = [Vote(item="1", resolution=f"RM/{i}/2024", counts=VoteCounts(present=5, yes=4, no=1, abstain=0),
                  result="passed", voters=Voters(no=[novák]), raw=f"pro 4, proti 1 (Novák), zdržel se 0",
                  page=1) for i in range(n_res)]
    votes.append(Vote(item="2", counts=VoteCounts(present=5, yes=2, no=3), result="failed", raw="2/3/0", page=2))
    res = [Resolution(number=f"RM/{i}/2024", item="1", text=f"Rada města Litovel schvaluje dotaci č. {i}.",
                      actions=["schvaluje"], adopted=True, references=["RM/1142/38/2023"],
                      parts=[ResolutionPart(label="a)", text="schvaluje dotaci", action="schvaluje")],
                      responsible=[BodyParty(name="OBH")], vote=i, raw="Usnesení …", page=1) for i in range(n_res)]
    m = Minutes(
        document_type="minutes", title="Zápis z 4. schůze", body=Body(name=body, kind="council"),
        municipality="Litovel", meeting=Meeting(number=4, date=date, start_time="15:00"),
        attendance=Attendance(present=[malý, šolc, novák], guests=[person("Vojtěch", "Prachař", "garant SC")],
                              excused=[person("Petr", "Vavřina")], present_count=3, total_members=7, quorum=True),
        agenda=[AgendaItem(number="1", title="Dotace", presenters=[malý], page=1, raw="1. Dotace – Malý"),
                AgendaItem(number="2", title="Různé", page=1, raw="2. Různé")],
        votes=votes, resolutions=res,
        tasks=[Task(item="1", assignees=[šolc, BodyParty(name="tajemník úřadu")], text="připravit smlouvu",
                    deadline="2024-06-30", raw="Úkol: …", page=2)],
        source=Source(path="/x/zapis.pdf", sha256=sha, pages=2),
    )
    return m.model_dump(mode="json")


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    store = Store(tmp_path)
    store.write_document(minutes(SHA_A), [("/x/zapis.pdf", 100), ("/y/zápis kopie.pdf", 100)])
    store.write_document(minutes(SHA_B, date="2023-01-10", body="Zastupitelstvo města Litovel", n_res=1),
                         [("/x/zm.pdf", 50)])
    store.close()
    return Archive(tmp_path)


def test_schema_is_migrated_with_foreign_keys_and_wal(tmp_path: Path) -> None:
    store = Store(tmp_path)
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    store.close()
    Store(tmp_path).close()  # reopening an up-to-date archive applies nothing and keeps the version


def test_normalised_tables_hold_every_fact(archive: Archive) -> None:
    conn = sqlite3.connect(archive.path / "archive.sqlite")
    one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    assert one("SELECT count(*) FROM documents") == 2
    assert one("SELECT count(*) FROM sources") == 3
    assert one("SELECT count(*) FROM attendance") == 10
    assert one("SELECT count(*) FROM people") == 5  # same person in two documents is one row
    assert one("SELECT count(*) FROM resolutions") == 3
    assert one("SELECT count(*) FROM resolution_parts") == 3
    assert one("SELECT count(*) FROM votes") == 5
    assert one("SELECT count(*) FROM vote_voters WHERE option = 'no'") == 3
    assert one("SELECT count(*) FROM task_assignees WHERE kind = 'body'") == 2
    assert one("SELECT count(*) FROM meetings") == 2
    # every resolution is linked to its vote
    assert one("SELECT count(*) FROM resolutions WHERE vote_id IS NULL") == 0
    row = conn.execute("SELECT body, meeting_date, number, yes, no, result FROM v_resolutions "
                       "WHERE number = 'RM/1/2024' AND body LIKE 'Rada%'").fetchone()
    assert row == ("Rada města Litovel", "2024-05-16", "RM/1/2024", 4, 1, "passed")
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_rewriting_a_document_replaces_its_records(tmp_path: Path) -> None:
    store = Store(tmp_path)
    assert store.write_document(minutes(SHA_A), [("/x/a.pdf", 1)])[0] == "imported"
    assert store.write_document(minutes(SHA_A, n_res=1), [("/x/a.pdf", 1)])[0] == "updated"
    c = store.counts()
    assert (c["documents"], c["resolutions"], c["votes"], c["sources"]) == (1, 1, 2, 1)
    store.close()


def test_path_with_new_content_replaces_the_old_document(tmp_path: Path) -> None:
    store = Store(tmp_path)
    store.write_document(minutes(SHA_A), [("/x/a.pdf", 1)])
    _, orphans = store.write_document(minutes(SHA_B), [("/x/a.pdf", 2)])
    assert orphans == [SHA_A[:16]]
    assert store.counts()["documents"] == 1
    store.write_failure("/x/a.pdf", "c" * 64, "corrupt", "broken", "0")
    assert store.counts()["documents"] == 0 and store.counts()["failures"] == 1
    store.close()


def test_get_document_and_records(archive: Archive) -> None:
    doc = archive.get(SHA_A[:16])
    assert doc["type"] == "document" and doc["record"]["meeting"]["date"] == "2024-05-16"
    assert doc["sources"] == ["/x/zapis.pdf", "/y/zápis kopie.pdf"]
    assert archive.get(SHA_A[:8])["id"] == SHA_A[:16]  # unique prefix
    vote = archive.get(f"{SHA_A[:16]}:vote:2")
    assert vote["record"]["result"] == "failed" and vote["body"] == "Rada města Litovel"
    res = archive.get(f"{SHA_A[:16]}:resolution:1")
    assert res["record"]["number"] == "RM/1/2024" and res["record"]["vote_record"]["counts"]["no"] == 1
    guest = archive.get(f"{SHA_A[:16]}:person:3")
    assert guest["record"]["family_name"] == "Prachař" and guest["record"]["status"] == "guests"
    assert archive.minutes(SHA_A[:16]).meeting.number == 4
    with pytest.raises(RecordNotFound):
        archive.get(f"{SHA_A[:16]}:task:9")
    with pytest.raises(RecordNotFound):
        archive.get("0123456789abcdef")
    with pytest.raises(ValueError):
        archive.get("abc:nonsense:1")


def test_record_filters_ignore_case_and_diacritics(archive: Archive) -> None:
    assert len(archive.records("resolutions")) == 3
    assert len(archive.records("resolutions", body="RADA MESTA")) == 2
    assert len(archive.records("resolutions", body="zastupitelstvo")) == 1
    assert len(archive.records("votes", date_from="2024-01-01")) == 3
    assert len(archive.records("votes", date_to="2023-12-31")) == 2
    assert len(archive.records("votes", **{"from": "2024-01-01", "type": "minutes"})) == 3
    assert len(archive.records("documents", municipality="litovel", kind="council")) == 2
    ids = [r["record_id"] for r in archive.records("votes", date_from="2024-01-01")]
    assert ids == [f"{SHA_A[:16]}:vote:{i}" for i in range(3)]
    with pytest.raises(ValueError):
        archive.records("resolutions", colour="red")


def test_exports_in_every_format(archive: Archive, tmp_path: Path) -> None:
    lines = archive.export("tasks", "jsonl").splitlines()
    assert len(lines) == 2 and json.loads(lines[0])["assignees"] == "Jiří Šolc, tajemník úřadu"
    rows = list(csv.DictReader(io.StringIO(archive.export("resolutions", "csv", body="rada"))))
    assert [r["number"] for r in rows] == ["RM/0/2024", "RM/1/2024"] and rows[0]["adopted"] == "True"
    docs = json.loads(archive.export("documents", "json"))
    assert {d["doc_id"] for d in docs} == {SHA_A[:16], SHA_B[:16]} and "attendance" in docs[0]
    att = json.loads(archive.export("attendance", "json", date_from="2024-01-01"))
    assert {a["status"] for a in att} == {"present", "guest", "excused"}
    out = tmp_path / "agenda.csv"
    assert archive.export("agenda", "csv", out) == 4 and out.read_text(encoding="utf-8").startswith("record_id,")
    with pytest.raises(ValueError):
        archive.export("resolutions", "popolo")


def test_popolo_vote_events(archive: Archive) -> None:
    events = json.loads(archive.export("votes", "popolo", date_from="2024-01-01"))
    assert len(events) == 3
    ev = events[0]
    assert ev["identifier"] == f"{SHA_A[:16]}:vote:0"
    assert ev["motion_text"] == "Rada města Litovel schvaluje dotaci č. 0."
    assert ev["start_date"] == "2024-05-16" and ev["result"] == "pass"
    assert ev["organization"]["name"] == "Rada města Litovel"
    counts = {c["option"]: c["value"] for c in ev["counts"]}
    assert counts == {"yes": 4, "no": 1, "abstain": 0, "absent": 2}
    assert ev["votes"] == [{"option": "no", "voter_name": "Jan Novák"}]
    assert ev["sources"][0]["url"] == "file:///x/zapis.pdf"
    assert events[1]["motion_text"] == "Rada města Litovel schvaluje dotaci č. 1."
    failed = events[2]
    assert failed["result"] == "fail" and failed["motion_text"] == "Různé"  # agenda title when no resolution


def test_popolo_motion_text_of_a_part_voted_separately(tmp_path: Path) -> None:
    data = minutes(SHA_A, n_res=1)
    data["votes"][0]["part"] = "a"
    data["resolutions"][0]["parts"] = [{"label": "a)", "text": "schvaluje dotaci A", "action": "schvaluje"},
                                       {"label": "b)", "text": "ukládá OBH", "action": "ukládá"}]
    store = Store(tmp_path)
    store.write_document(data, [("/x/a.pdf", 1)])
    store.close()
    events = json.loads(Archive(tmp_path).export("votes", "popolo"))
    assert events[0]["motion_text"] == "schvaluje dotaci A"


def test_stats(archive: Archive) -> None:
    s = archive.stats()
    assert s["documents"] == 2 and s["sources"] == 3
    assert s["by_year"] == {"2023": 1, "2024": 1}
    assert s["by_body"] == {"Rada města Litovel": 1, "Zastupitelstvo města Litovel": 1}
    assert s["by_type"] == {"minutes": 2} and s["records"]["resolutions"] == 3
