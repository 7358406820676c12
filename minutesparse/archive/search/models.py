"""Typed values of the search API: what goes in (IndexDoc, filters) and what comes out (hits)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from minutesparse.schema import Minutes

RecordType = Literal["document", "agenda", "resolution", "vote", "task", "person"]
RECORD_TYPES: tuple[str, ...] = ("document", "agenda", "resolution", "vote", "task", "person")
FACETS: tuple[str, ...] = ("body", "year", "type", "action")


class SearchError(ValueError):
    """A query or filter the index cannot run; ``str(err)`` is a one-line reason."""


@dataclass(slots=True)
class IndexDoc:
    """One parsed document handed to the index (the archive's unit of update)."""

    doc_id: str
    minutes: Minutes
    sources: list[str] = field(default_factory=list)


@dataclass(slots=True)
class PreparedDoc:
    """A document's records in the engine's own picklable form (for whoosh: field values with
    the text fields already analysed), made by ``SearchIndex.prepare`` in an import worker so
    that the single writer only adds them.  ``sources`` is filled in by the writer."""

    doc_id: str
    records: Any  # the engine's own form
    sources: list[str] = field(default_factory=list)
    engine: str = ""  # the engine and index version that made it (others cannot add it)


@dataclass(slots=True)
class IndexRecord:
    """One searchable record (a document, agenda item, resolution, vote, task or person),
    flattened for the backend.  ``text`` is what is searched and shown."""

    id: str
    doc_id: str
    type: str
    text: str
    page: int | None = None
    source: str = ""
    sources: list[str] = field(default_factory=list)
    meeting_date: str | None = None
    meeting_number: int | None = None
    body: str | None = None
    body_kind: str | None = None
    municipality: str | None = None
    document_type: str | None = None
    number: str | None = None
    item: str | None = None
    actions: list[str] = field(default_factory=list)
    result: str | None = None
    adopted: bool | None = None
    persons: list[str] = field(default_factory=list)
    role: str | None = None
    status: str | None = None
    deadline: str | None = None
    counts: dict[str, int | None] | None = None
    extra_text: str = ""  # searched, not shown (labels such as "přijato", "omluven")


class Filters(BaseModel):
    """What ``SearchIndex.search(query, **filters)`` accepts (unknown names are an error)."""

    type: list[RecordType] | None = None
    body: str | None = None
    kind: str | None = None
    municipality: str | None = None
    date_from: dt.date | None = Field(default=None, alias="from")
    date_to: dt.date | None = Field(default=None, alias="to")
    action: str | None = None
    result: Literal["passed", "failed"] | None = None
    adopted: bool | None = None
    person: str | None = None
    document_type: str | None = None
    doc_id: str | None = None
    sort: Literal["relevance", "date"] = "relevance"
    limit: int = Field(default=20, ge=0, le=10_000)
    offset: int = Field(default=0, ge=0)
    facets: bool = False

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    @field_validator("type", mode="before")
    @classmethod
    def _one_or_many(cls, v: Any) -> Any:
        if isinstance(v, str):
            return [t.strip() for t in v.split(",") if t.strip()]
        return v

    @model_validator(mode="after")
    def _range(self) -> "Filters":
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError(f"--from {self.date_from} is after --to {self.date_to}")
        return self

    @classmethod
    def parse(cls, filters: dict[str, Any]) -> "Filters":
        """Validate keyword filters; raises SearchError with one readable line."""
        from pydantic import ValidationError

        clean = {k: v for k, v in filters.items() if v is not None}
        try:
            return cls.model_validate(clean)
        except ValidationError as exc:
            err = exc.errors()[0]
            where = ".".join(str(p) for p in err.get("loc", ())) or "filters"
            raise SearchError(f"bad search filter {where}: {err['msg']}") from None


class Hit(BaseModel):
    """One matching record, with enough context to show it and link to the full record
    (``Archive.get(hit.id)``)."""

    type: RecordType
    id: str
    doc_id: str
    source: str
    sources: list[str] = Field(default_factory=list)
    page: int | None = None
    meeting_date: str | None = None
    meeting_number: int | None = None
    body: str | None = None
    body_kind: str | None = None
    municipality: str | None = None
    document_type: str | None = None
    text: str
    snippet: str = Field(description="The best passage, matches wrapped in <mark>…</mark>.")
    score: float
    number: str | None = Field(default=None, description="Resolution number, agenda item number.")
    item: str | None = Field(default=None, description="Agenda item the record belongs to.")
    actions: list[str] = Field(default_factory=list)
    result: Literal["passed", "failed"] | None = None
    adopted: bool | None = None
    persons: list[str] = Field(default_factory=list, description="Names (nominative) of the people in the record.")
    role: str | None = None
    status: str | None = Field(default=None, description="Attendance: present, guest, excused, absent.")
    deadline: str | None = None
    counts: dict[str, int | None] | None = None
    record: dict[str, Any] | None = Field(default=None, description="The full record, when attached by Archive.")


class SearchResult(BaseModel):
    query: str
    total: int = Field(description="All matching records (not only those returned).")
    hits: list[Hit]
    facets: dict[str, dict[str, int]] = Field(default_factory=dict)
    relaxed: bool = Field(default=False, description="No record had every word; these match some words.")
