"""bangfu (帮扶): the engine of China's counterpart-support programme, for Python.

    import bangfu
    engine = bangfu.Engine.open("programme.db")        # or ":memory:"
    engine.region(513435).path                         # '四川省/凉山彝族自治州/甘洛县'
    uid = engine.add_unit(bangfu.SYSTEM_ACTOR, code="GL-RMYY", kind="受援医院",
                          name="甘洛县人民医院", region=513435)
    table = engine.staff_summary(bangfu.SYSTEM_ACTOR)  # a list of dicts
    table.to_pandas()                                  # a DataFrame (needs pandas)
    engine.workdays("2026-02-01", "2026-02-28")        # 16 (the work calendar, 工作日历)

Every Engine command takes the acting account's id first; errors are subclasses of
bangfu.Error (InvalidArgument is also a ValueError, NotFound a LookupError, PermissionDenied a
PermissionError, StorageError an OSError). See docs/python.md.
"""

from __future__ import annotations

from typing import Any, Iterable, NamedTuple

from . import _bangfu
from ._bangfu import (
    NATIONWIDE,
    SYSTEM_ACTOR,
    Account,
    Assignment,
    AttendanceGroup,
    AttendanceRule,
    AttendanceTotals,
    AuditEntry,
    CalendarDay,
    CalendarEntry,
    CcRule,
    CcTiming,
    Completeness,
    CompletenessCounts,
    CompletenessRow,
    Conflict,
    Corrupt,
    DayKind,
    DayResult,
    DayStatus,
    DeadlinePassed,
    DeadlineRule,
    DemoSummary,
    EndOfTask,
    Engine,
    Error,
    ErrorCode,
    ExportFormat,
    FieldAggregate,
    FieldPolicy,
    FieldType,
    GeoPoint,
    HalfDay,
    IdNumberInfo,
    ImportKind,
    ImportProblem,
    ImportReport,
    InternalError,
    InvalidArgument,
    InvalidState,
    LeaveRequest,
    LeaveType,
    Locked,
    LookBack,
    MakeupQuota,
    MakeupRequest,
    MakeupRule,
    MissingUnit,
    MonthAttendance,
    NotFound,
    PackageState,
    Pairing,
    Period,
    PeriodType,
    PermissionDenied,
    ProgrammeOverview,
    Punch,
    PunchCheck,
    PunchKind,
    PunchResult,
    QuotaExceeded,
    Region,
    RegionLevel,
    Report,
    ReportField,
    ReportGrouping,
    ReportPackage,
    ReportState,
    ReportSubject,
    ReportTemplate,
    Request,
    RequestAction,
    RequestBox,
    RequestKind,
    RequestProgress,
    RequestState,
    Resolver,
    ResolverKind,
    Role,
    Scope,
    ScopeKind,
    Sex,
    Staff,
    StepMode,
    StepProgress,
    StorageError,
    Title,
    Unit,
    UnitKind,
    WorkCalendar,
    Workflow,
    WorkflowStep,
    build_demo,
    default_workflow,
    id_number_check_char,
    id_number_valid,
    mask_id_number,
    normalize_region_code,
    parse_id_number,
    parse_region_code,
    periods_between,
    region_code_short,
    region_code_text,
    region_code_well_formed,
    region_contains,
    region_level,
    region_name_is_placeholder,
    region_parent_code,
    region_subtree,
    report_sources,
    upgrade_id_number,
    version,
    version_number,
    write_table,
)

__version__ = version()


class Column(NamedTuple):
    """A column of a Table: stable English key, Chinese label, type and XLSX width."""

    key: str
    label: str
    type: str  # "text", "integer", "date" or "decimal"
    width: float = 12.0


class Table(list):
    """Rows of a summary as a list of dicts keyed by column key, plus the columns.

    Cells are None, int, str, datetime.date (date columns) or decimal.Decimal (decimal
    columns). ``to_pandas()`` gives a DataFrame with integer columns as int64 numpy columns.
    """

    columns: tuple[Column, ...]

    def __init__(self, rows: Iterable[dict] = (), columns: Iterable[Any] = ()) -> None:
        super().__init__(rows)
        self.columns = tuple(c if isinstance(c, Column) else Column(*c) for c in columns)

    @property
    def labels(self) -> dict[str, str]:
        """Column key → Chinese label."""
        return {c.key: c.label for c in self.columns}

    def column(self, key: str) -> list:
        """The values of one column, in row order."""
        if key not in self.labels:
            raise NotFound(f"column '{key}' does not exist; the columns are "
                           + ", ".join(c.key for c in self.columns))
        return [row.get(key) for row in self]

    def to_pandas(self, labels: bool = False):
        """A pandas DataFrame of the table (pandas must be installed).

        integer columns are int64 (pandas' nullable Int64 when a cell is empty), date columns
        datetime64, text and decimal columns object. ``labels=True`` names the columns by their
        Chinese labels (序号, 支援医务人员姓名, ...) instead of their keys.
        """
        try:
            import numpy as np
            import pandas as pd
        except ImportError as e:  # pragma: no cover - depends on the environment
            raise ImportError("Table.to_pandas() needs pandas: install python3-pandas "
                              "(or pip install pandas)") from e
        data = {}
        for c in self.columns:
            values = [row.get(c.key) for row in self]
            if c.type == "integer":
                if any(v is None for v in values):
                    series = pd.array(values, dtype="Int64")
                else:
                    series = np.array(values, dtype=np.int64)
            elif c.type == "date":
                series = pd.to_datetime(pd.Series(values, dtype=object))
            else:
                series = np.array(values, dtype=object)
            data[c.label if labels else c.key] = series
        return pd.DataFrame(data, columns=[c.label if labels else c.key for c in self.columns])

    def __repr__(self) -> str:
        keys = ", ".join(c.key for c in self.columns)
        return f"<bangfu.Table {len(self)} rows × {len(self.columns)} columns: {keys}>"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Table):
            return list.__eq__(self, other) and self.columns == other.columns
        return list.__eq__(self, other)

    __hash__ = None  # type: ignore[assignment]


__all__ = [
    "Account", "Assignment", "AttendanceGroup", "AttendanceRule", "AttendanceTotals", "AuditEntry",
    "CalendarDay", "CalendarEntry", "CcRule", "CcTiming", "Column", "Completeness",
    "CompletenessCounts", "CompletenessRow", "Conflict", "Corrupt", "DayKind", "DayResult",
    "DayStatus", "DeadlinePassed", "DeadlineRule", "DemoSummary", "EndOfTask", "Engine", "Error",
    "ErrorCode", "ExportFormat", "FieldAggregate", "FieldPolicy", "FieldType", "GeoPoint",
    "HalfDay", "IdNumberInfo", "ImportKind", "ImportProblem", "ImportReport", "InternalError",
    "InvalidArgument", "InvalidState", "LeaveRequest", "LeaveType", "Locked", "LookBack",
    "MakeupQuota", "MakeupRequest", "MakeupRule", "MissingUnit", "MonthAttendance", "NATIONWIDE",
    "NotFound", "PackageState", "Pairing", "Period", "PeriodType", "PermissionDenied",
    "ProgrammeOverview", "Punch", "PunchCheck", "PunchKind", "PunchResult", "QuotaExceeded",
    "Region", "RegionLevel", "Report", "ReportField", "ReportGrouping", "ReportPackage",
    "ReportState", "ReportSubject", "ReportTemplate", "Request", "RequestAction", "RequestBox",
    "RequestKind", "RequestProgress", "RequestState", "Resolver", "ResolverKind", "Role",
    "SYSTEM_ACTOR", "Scope", "ScopeKind", "Sex", "Staff", "StepMode", "StepProgress",
    "StorageError", "Table", "Title", "Unit", "UnitKind", "WorkCalendar", "Workflow",
    "WorkflowStep", "build_demo", "default_workflow", "id_number_check_char", "id_number_valid",
    "mask_id_number", "normalize_region_code", "parse_id_number", "parse_region_code",
    "periods_between", "region_code_short", "region_code_text", "region_code_well_formed",
    "region_contains", "region_level", "region_name_is_placeholder", "region_parent_code",
    "region_subtree", "report_sources", "upgrade_id_number", "version", "version_number",
    "write_table",
]
