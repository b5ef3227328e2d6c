"""The hand-written stubs (bangfu/__init__.pyi) describe the module as built: every public
name, every Engine method with its positional parameters, every record field, every enum
value. A change to the bindings that forgets the stubs fails here."""

import ast
import builtins
import os
import re

import pytest

import bangfu

STUB = os.path.join(os.path.dirname(bangfu.__file__), "__init__.pyi")


def stub_tree():
    with open(STUB, encoding="utf-8") as f:
        return ast.parse(f.read())


def stub_top_level():
    names = {}
    for node in stub_tree().body:
        if isinstance(node, (ast.ClassDef, ast.FunctionDef)):
            names[node.name] = node
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] = node
    return names


def members(cls_node):
    functions, classvars = {}, []
    for node in cls_node.body:
        if isinstance(node, ast.FunctionDef):
            functions[node.name] = node
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            classvars.append(node.target.id)
    return functions, classvars


def split_top_level(text):
    parts, depth, cur = [], 0, ""
    for ch in text:
        if ch in "[(":
            depth += 1
        elif ch in "])":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append(cur.strip())
            cur = ""
        else:
            cur += ch
    if cur.strip():
        parts.append(cur.strip())
    return parts


def runtime_parameters(func, name):
    """Positional and keyword-only parameter names from pybind11's signature line, e.g.
    'add_staff(self: Engine, actor: handle, staff: handle = None, /, *, arrival: handle = None,
    **kwargs) -> int' gives (['actor', 'staff'], ['arrival'])."""
    first = (func.__doc__ or "").splitlines()[0]
    m = re.match(rf"{name}\((.*)\) -> ", first)
    assert m, f"no signature in the docstring of {name}: {first!r}"
    positional, keyword_only = [], []
    target = positional
    for p in split_top_level(m.group(1)):
        if p == "/":
            continue
        if p == "*":
            target = keyword_only
            continue
        if p.startswith("*"):
            continue
        name_ = p.split(":")[0].split("=")[0].strip()
        if name_ != "self":
            target.append(name_)
    return positional, keyword_only


def runtime_positional(func, name):
    return runtime_parameters(func, name)[0]


def stub_positional(fn):
    return [a.arg for a in fn.args.posonlyargs + fn.args.args if a.arg not in ("self", "cls")]


def test_every_public_name_has_a_stub_and_every_stub_exists():
    stubs = stub_top_level()
    for name in bangfu.__all__ + ["__version__"]:
        assert name in stubs, f"{name} is missing from __init__.pyi"
    for name in stubs:
        if not name.startswith("_"):
            assert hasattr(bangfu, name), f"__init__.pyi declares {name}, which bangfu does not have"


def public(cls):
    return {n for n in dir(cls) if not n.startswith("_")}


def test_engine_methods_match():
    functions, _ = members(stub_top_level()["Engine"])
    assert public(bangfu.Engine) == {n for n in functions if not n.startswith("_")}
    for name, fn in functions.items():
        if name.startswith("_") or name in ("closed", "path", "audit_log"):
            continue
        assert stub_positional(fn) == runtime_positional(getattr(bangfu.Engine, name), name), name
    assert stub_positional(functions["audit_log"]) == ["actor", "filter"]
    assert runtime_parameters(bangfu.Engine.add_staff, "add_staff")[1] == ["arrival"]
    assert [a.arg for a in functions["add_staff"].args.kwonlyargs][0] == "arrival"


@pytest.mark.parametrize("name", ["version", "version_number", "parse_region_code", "normalize_region_code",
                                  "region_code_well_formed", "region_level", "region_parent_code",
                                  "region_subtree", "region_contains", "region_code_text", "region_code_short",
                                  "region_name_is_placeholder", "parse_id_number", "id_number_valid",
                                  "id_number_check_char", "upgrade_id_number", "mask_id_number", "write_table",
                                  "build_demo", "default_workflow", "periods_between",
                                  "report_sources"])
def test_function_parameters_match(name):
    fn = stub_top_level()[name]
    expected = (stub_positional(fn), [a.arg for a in fn.args.kwonlyargs])
    assert expected == runtime_parameters(getattr(bangfu, name), name)


RECORDS = ["Region", "IdNumberInfo", "GeoPoint", "Unit", "Pairing", "Staff", "EndOfTask", "Assignment", "Scope",
           "Account", "AuditEntry", "ImportProblem", "ImportReport", "DemoSummary", "ProgrammeOverview",
           "CalendarEntry", "CalendarDay", "WorkCalendar", "MakeupRule", "AttendanceRule", "AttendanceGroup", "Punch",
           "DayResult", "AttendanceTotals", "MonthAttendance", "Resolver", "WorkflowStep", "CcRule", "Workflow",
           "StepProgress", "RequestProgress", "MakeupRequest", "LeaveRequest", "Request", "MakeupQuota",
           "DeadlineRule", "ReportField", "ReportTemplate", "Report", "ReportPackage", "CompletenessCounts",
           "CompletenessRow", "MissingUnit", "Completeness"]


@pytest.mark.parametrize("name", RECORDS)
def test_record_fields_match(name):
    functions, _ = members(stub_top_level()[name])
    cls = getattr(bangfu, name)
    props = {n for n, f in functions.items()
             if any(isinstance(d, ast.Name) and d.id == "property" for d in f.decorator_list)}
    assert props == set(cls._fields), name
    methods = {n for n in functions if not n.startswith("_")} - props
    assert methods == public(cls) - set(cls._fields) - {"to_dict"}, name


ENUMS = ["ErrorCode", "RegionLevel", "Sex", "UnitKind", "Title", "Role", "ScopeKind", "ExportFormat", "ImportKind",
         "DayKind", "FieldPolicy", "LookBack", "PunchResult", "PunchCheck", "LeaveType", "HalfDay", "PunchKind",
         "DayStatus", "RequestKind", "RequestState", "RequestAction", "RequestBox", "StepMode", "ResolverKind",
         "CcTiming", "ReportSubject", "PeriodType", "FieldType", "FieldAggregate", "ReportState", "PackageState",
         "ReportGrouping"]


@pytest.mark.parametrize("name", ENUMS)
def test_enum_values_match(name):
    functions, classvars = members(stub_top_level()[name])
    cls = getattr(bangfu, name)
    assert classvars == list(cls.__members__), name
    extra = {n for n in functions if not n.startswith("_")}
    assert extra == public(cls) - set(cls.__members__) - {"name", "value"}, name


def test_period_matches():
    # A value type rather than a record: its public names are its properties and methods.
    functions, _ = members(stub_top_level()["Period"])
    assert {n for n in functions if not n.startswith("_")} == public(bangfu.Period)


def test_error_classes_match():
    stubs = stub_top_level()
    for name in ["InvalidArgument", "NotFound", "PermissionDenied", "InvalidState", "Locked", "QuotaExceeded",
                 "DeadlinePassed", "Conflict", "StorageError", "Corrupt", "InternalError"]:
        bases = [getattr(bangfu, b.id, None) or getattr(builtins, b.id) for b in stubs[name].bases]
        assert bases == list(getattr(bangfu, name).__bases__), name


def test_py_typed_ships():
    assert os.path.exists(os.path.join(os.path.dirname(bangfu.__file__), "py.typed"))
