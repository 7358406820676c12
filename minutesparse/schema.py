"""The Minutes schema: the typed contract other applications rely on.

Every field named in the foundation issue is here under exactly that name; extra
fields are additions (never renames).  Bump ``SCHEMA_VERSION``'s minor number when
adding a field and its major number when removing or changing one.
"""

from __future__ import annotations

import json
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0.0"

DocumentType = Literal["minutes", "resolutions", "invitation", "report", "vote_record", "other"]
BodyKind = Literal["commission", "council", "assembly", "committee", "senate", "other"]
VoteResult = Literal["passed", "failed"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Person(_Model):
    """A natural person as named in the document, normalised to the nominative."""

    kind: Literal["person"] = "person"
    name: str = Field(description="Display form in the nominative, without titles: 'Jiří Šolc', 'M. Malý'.")
    family_name: str = Field(description="Family name in the nominative: 'Šolc'.")
    given_name: str | None = Field(default=None, description="Given name or initial ('Jiří', 'J.').")
    titles_before: list[str] = Field(default_factory=list, description="'Ing.', 'Mgr.', 'doc.' …")
    titles_after: list[str] = Field(default_factory=list, description="'Ph.D.', 'MBA', 'DiS.' …")
    role: str | None = Field(default=None, description="Role as written: 'garant SC', 'předseda komise', 'místostarosta'.")
    raw: str = Field(description="The text the person was read from, as written.")


class BodyParty(_Model):
    """An office or body a task or duty is assigned to ('OBH', 'tajemník úřadu', 'Rada města')."""

    kind: Literal["body"] = "body"
    name: str
    raw: str | None = None


Party = Annotated[Union[Person, BodyParty], Field(discriminator="kind")]


class Body(_Model):
    name: str | None = None
    kind: BodyKind | None = None


class Meeting(_Model):
    number: int | None = None
    date: str | None = Field(default=None, description="YYYY-MM-DD")
    start_time: str | None = Field(default=None, description="HH:MM")
    end_time: str | None = Field(default=None, description="HH:MM")
    place: str | None = None


class Movement(_Model):
    """A late arrival or early departure during the meeting."""

    person: Person
    event: Literal["arrived", "left"]
    time: str | None = Field(default=None, description="HH:MM")
    raw: str
    page: int | None = None


class Attendance(_Model):
    present: list[Person] = Field(default_factory=list)
    guests: list[Person] = Field(default_factory=list)
    excused: list[Person] = Field(default_factory=list)
    absent: list[Person] = Field(default_factory=list)
    present_count: int | None = None
    total_members: int | None = Field(default=None, description="Members of the body when stated ('5 z 7').")
    quorum: bool | None = None
    by_list: bool = Field(default=False, description="Attendance given only 'dle prezenční listiny'.")
    movements: list[Movement] = Field(default_factory=list)


class AgendaItem(_Model):
    number: str
    title: str
    presenters: list[Person] = Field(default_factory=list)
    page: int
    raw: str = ""


class VoteCounts(_Model):
    present: int | None = None
    yes: int | None = None
    no: int | None = None
    abstain: int | None = None
    not_voting: int | None = None


class Voters(_Model):
    """Names recorded with a vote (roll calls, named dissenters or abstainers)."""

    yes: list[Person] = Field(default_factory=list)
    no: list[Person] = Field(default_factory=list)
    abstain: list[Person] = Field(default_factory=list)
    not_voting: list[Person] = Field(default_factory=list)


class Vote(_Model):
    item: str | None = None
    resolution: str | None = None
    part: str | None = None
    counts: VoteCounts = Field(default_factory=VoteCounts)
    result: VoteResult | None = None
    result_inferred: bool = False
    unanimous: bool = False
    voters: Voters = Field(default_factory=Voters)
    raw: str
    page: int


class ResolutionPart(_Model):
    label: str
    text: str
    action: str | None = None


class Resolution(_Model):
    number: str | None = None
    item: str | None = None
    text: str
    actions: list[str] = Field(default_factory=list)
    parts: list[ResolutionPart] = Field(default_factory=list)
    adopted: bool | None = None
    references: list[str] = Field(default_factory=list)
    responsible: list[Party] = Field(default_factory=list)
    deadline: str | None = Field(default=None, description="YYYY-MM-DD")
    deadline_text: str | None = None
    vote: int | None = Field(default=None, description="Index into Minutes.votes.")
    raw: str = ""
    page: int
    page_end: int | None = None


class Task(_Model):
    item: str | None = None
    resolution: str | None = None
    assignees: list[Party] = Field(default_factory=list)
    text: str
    deadline: str | None = Field(default=None, description="YYYY-MM-DD")
    deadline_text: str | None = None
    raw: str = ""
    page: int


class NextMeeting(_Model):
    date: str | None = None
    start_time: str | None = None
    place: str | None = None


class Warning(_Model):  # noqa: A001 - the schema calls it a warning
    code: str
    message: str
    page: int | None = None


class Source(_Model):
    path: str
    sha256: str
    pages: int
    ocr: bool = False


class Classification(_Model):
    """Why the document got its document_type."""

    reason: str
    cues: list[str] = Field(default_factory=list)


class Minutes(_Model):
    schema_version: str = SCHEMA_VERSION
    parser_version: str = ""
    document_type: DocumentType = "other"
    classification: Classification | None = None
    title: str | None = None
    body: Body = Field(default_factory=Body)
    municipality: str | None = None
    meeting: Meeting = Field(default_factory=Meeting)
    attendance: Attendance = Field(default_factory=Attendance)
    agenda: list[AgendaItem] = Field(default_factory=list)
    votes: list[Vote] = Field(default_factory=list)
    resolutions: list[Resolution] = Field(default_factory=list)
    tasks: list[Task] = Field(default_factory=list)
    next_meeting: NextMeeting | None = None
    chair: Person | None = None
    recorder: Person | None = None
    verifiers: list[Person] = Field(default_factory=list)
    warnings: list[Warning] = Field(default_factory=list)
    source: Source

    def warn(self, code: str, message: str, page: int | None = None) -> None:
        """Record that the parse is unsure about something (never guess silently)."""
        if not any(w.code == code and w.message == message and w.page == page for w in self.warnings):
            self.warnings.append(Warning(code=code, message=message, page=page))


def json_schema() -> dict:
    """The JSON Schema of :class:`Minutes` (what ``minutesparse schema`` prints)."""
    schema = Minutes.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://minutesparse.invalid/schema/minutes-{SCHEMA_VERSION}.json"
    return schema


def json_schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2)
