"""Records: what a loader reads out of a text, in the JSON Lines contract.

In:  values found by a loader.
Out: frozen dataclasses that mirror ../shared/extraction-format.md, with
     `to_json()` / `from_json()`. Every record carries the character span
     (0-based, end exclusive) and the text of the evidence it was read from.

Keys beyond the contract (a consumer ignores keys it does not know):
`span`, `quote`, `line` (1-based line of the span's start), `key` (a folded
title that identifies the activity across sources), `relations`, and on an
organisation `id` (the registry id, or a minted one for a discovered
organisation) and `span`.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

KINDS = ("event", "agreement", "publication")
EVENT_TYPES = (
    "training_course", "workshop", "webinar", "seminar", "meeting",
    "study_visit", "side_event", "panel", "forum", "session", "conference",
    "ceremony", "visit", "other",
)
# The relations an organisation can hold to a network or a programme, as the
# texts state them ("بصفته أمانة" as its secretariat, "رئاسة الشبكة" chair).
RELATION_PREDICATES = ("chairOf", "secretariatOf", "memberOfNetwork", "implements", "funds", "hosts")


@dataclass(frozen=True)
class Organisation:
    """One organisation as a text names it, resolved to a registry id when known."""

    name: str
    acronym: str | None = None
    id: str | None = None
    span: tuple[int, int] | None = None

    def to_dict(self) -> dict:
        out = {"name": self.name, "acronym": self.acronym}
        if self.id is not None:
            out["id"] = self.id
        if self.span is not None:
            out["span"] = list(self.span)
        return out

    @classmethod
    def from_dict(cls, obj: dict) -> "Organisation":
        span = obj.get("span")
        return cls(name=obj.get("name") or "", acronym=obj.get("acronym"), id=obj.get("id"),
                   span=tuple(span) if span else None)


@dataclass(frozen=True)
class Relation:
    """A standing relation the text states: `subject` is `predicate` of `object`.

    `object` is a network or programme acronym, or an organisation id
    (`object_kind` says which); `since`/`until` are years when stated.
    """

    subject: Organisation
    predicate: str
    object: str
    object_kind: str = "network"
    since: int | None = None
    until: int | None = None
    span: tuple[int, int] | None = None
    quote: str | None = None

    def to_dict(self) -> dict:
        out = asdict(self)
        out["subject"] = self.subject.to_dict()
        out["span"] = list(self.span) if self.span else None
        return out

    @classmethod
    def from_dict(cls, obj: dict) -> "Relation":
        span = obj.get("span")
        return cls(subject=Organisation.from_dict(obj["subject"]), predicate=obj["predicate"],
                   object=obj["object"], object_kind=obj.get("object_kind", "network"),
                   since=obj.get("since"), until=obj.get("until"),
                   span=tuple(span) if span else None, quote=obj.get("quote"))


@dataclass(frozen=True)
class Record:
    """One activity (event, agreement or publication) read from one source."""

    source: str
    kind: str
    title: str
    event_type: str | None = None
    start: str | None = None
    end: str | None = None
    city: str | None = None
    country: str | None = None
    online: bool | None = None
    organisers: tuple[Organisation, ...] = ()
    partners: tuple[Organisation, ...] = ()
    programmes: tuple[str, ...] = ()
    networks: tuple[str, ...] = ()
    participants: int | None = None
    participant_countries: int | None = None
    span: tuple[int, int] | None = None
    quote: str | None = None
    line: int | None = None
    key: str | None = None
    relations: tuple[Relation, ...] = field(default=())

    def to_json(self) -> str:
        """Return the record as one line of JSON (the contract's key order first).

        >>> Record(source="a.txt", kind="event", title="t", span=(0, 1)).to_json()[:40]
        '{"source": "a.txt", "kind": "event", "ev'
        """
        return json.dumps(self.to_dict(), ensure_ascii=False)

    def to_dict(self) -> dict:
        out = {
            "source": self.source, "kind": self.kind, "event_type": self.event_type,
            "title": self.title, "start": self.start, "end": self.end,
            "city": self.city, "country": self.country, "online": self.online,
            "organisers": [o.to_dict() for o in self.organisers],
            "partners": [o.to_dict() for o in self.partners],
            "programmes": list(self.programmes), "networks": list(self.networks),
            "participants": self.participants,
            "participant_countries": self.participant_countries,
            "span": list(self.span) if self.span else None,
            "quote": self.quote, "line": self.line, "key": self.key,
        }
        if self.relations:
            out["relations"] = [r.to_dict() for r in self.relations]
        return out

    @classmethod
    def from_json(cls, line: str) -> "Record":
        return cls.from_dict(json.loads(line))

    @classmethod
    def from_dict(cls, obj: dict) -> "Record":
        span = obj.get("span")
        return cls(
            source=obj["source"], kind=obj["kind"], title=obj.get("title") or "",
            event_type=obj.get("event_type"), start=obj.get("start"), end=obj.get("end"),
            city=obj.get("city"), country=obj.get("country"), online=obj.get("online"),
            organisers=tuple(Organisation.from_dict(o) for o in obj.get("organisers") or ()),
            partners=tuple(Organisation.from_dict(o) for o in obj.get("partners") or ()),
            programmes=tuple(obj.get("programmes") or ()), networks=tuple(obj.get("networks") or ()),
            participants=obj.get("participants"),
            participant_countries=obj.get("participant_countries"),
            span=tuple(span) if span else None, quote=obj.get("quote"), line=obj.get("line"),
            key=obj.get("key"),
            relations=tuple(Relation.from_dict(r) for r in obj.get("relations") or ()),
        )


@dataclass(frozen=True)
class Problem:
    """Something a loader could not read: where, what, and what to do."""

    path: str
    line: int | None
    message: str
    hint: str | None = None
    severity: str = "warning"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        text = f"{where}: {self.severity}: {self.message}"
        return f"{text} ({self.hint})" if self.hint else text


@dataclass
class Extraction:
    """What reading one source gave: its records and its problems."""

    records: list[Record] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    shape: str | None = None
