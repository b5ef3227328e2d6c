"""The work calendar (工作日历) through the Engine, on the real data shipped with the library."""

import datetime as dt
import threading

import pytest

import bangfu
from conftest import SYSTEM


def test_february_2026_has_16_workdays(engine):
    assert engine.workdays("2026-02-01", "2026-02-28") == 16
    assert engine.workdays(dt.date(2026, 2, 1), dt.date(2026, 2, 28)) == 16
    assert engine.workdays("2026-10-01", "2026-10-31") == 18
    assert engine.workdays("2024-01-01", "2024-12-31") == 251
    assert engine.workdays("2025-01-01", "2025-12-31") == 248


def test_an_adjusted_workday_and_a_holiday(engine):
    # Saturday 2026-02-14 is worked in exchange for the Spring Festival (调休上班).
    assert engine.is_workday("2026-02-14")
    day = engine.calendar_day(dt.date(2026, 2, 14))
    assert (day.date, day.kind, day.workday, day.name, day.local) == (
        dt.date(2026, 2, 14), bangfu.DayKind.adjusted_workday, True, "春节", False)
    assert day.kind.label == "调休上班"
    assert repr(day) == ("CalendarDay(date=datetime.date(2026, 2, 14), kind=DayKind.adjusted_workday, "
                         "workday=True, name='春节', local=False)")
    # 2026-10-01 is National Day.
    assert not engine.is_workday("2026-10-01")
    national_day = engine.calendar_day("2026-10-01")
    assert national_day.kind == bangfu.DayKind.holiday and national_day.name == "国庆节"
    assert national_day.to_dict() == {"date": dt.date(2026, 10, 1), "kind": bangfu.DayKind.holiday,
                                      "workday": False, "name": "国庆节", "local": False}
    assert engine.calendar_day("2026-11-21").kind == bangfu.DayKind.weekend
    assert engine.calendar_day("2026-11-23").kind == bangfu.DayKind.workday
    assert [k.label for k in bangfu.DayKind.__members__.values()] == ["工作日", "休息日", "节假日", "调休上班"]


def test_calendar_days_and_counting_workdays(engine):
    days = engine.calendar_days("2026-02-01", "2026-02-28")
    assert len(days) == 28 and days[0].date == dt.date(2026, 2, 1) and days[-1].date == dt.date(2026, 2, 28)
    assert sum(d.workday for d in days) == 16
    assert [d.date.day for d in days if d.kind == bangfu.DayKind.adjusted_workday] == [14, 28]
    assert engine.nth_workday_after("2026-09-30", 1) == dt.date(2026, 10, 8)
    assert engine.nth_workday_after(dt.date(2026, 10, 8), -1) == dt.date(2026, 9, 30)
    assert engine.nth_workday_after("2026-02-13", 1) == dt.date(2026, 2, 14)
    with pytest.raises(bangfu.InvalidArgument, match="n"):
        engine.nth_workday_after("2026-10-08", 0)


def test_the_whole_calendar_as_a_value(engine):
    cal = engine.calendar()
    assert cal.years == list(range(2016, 2027))
    assert cal.covers(2026) and not cal.covers(2027)
    assert all(isinstance(e, bangfu.CalendarEntry) for e in cal.entries)
    by_date = {e.date: e for e in cal.entries}
    assert (by_date[dt.date(2026, 2, 14)].workday, by_date[dt.date(2026, 2, 14)].name) == (True, "春节")
    assert (by_date[dt.date(2026, 10, 1)].workday, by_date[dt.date(2026, 10, 1)].name) == (False, "国庆节")
    assert [e.date for e in cal.entries] == sorted(by_date)
    assert cal.local_entries == []
    # The value answers as the engine does.
    assert cal.workdays("2026-02-01", "2026-02-28") == 16
    assert cal.day("2026-02-14") == engine.calendar_day("2026-02-14")
    assert cal.is_workday("2026-02-14") and not cal.is_workday("2026-10-01")
    assert cal.days("2026-10-01", "2026-10-07") == engine.calendar_days("2026-10-01", "2026-10-07")
    assert cal.nth_workday_after("2026-09-30", 1) == dt.date(2026, 10, 8)
    assert repr(cal) == f"WorkCalendar(years={list(range(2016, 2027))})"


def test_a_year_without_data_is_an_error_naming_the_date(engine):
    with pytest.raises(bangfu.NotFound, match="2027-03-01") as e:
        engine.is_workday("2027-03-01")
    assert e.value.field == "date" and e.value.value == "2027-03-01"
    assert isinstance(e.value, LookupError)
    with pytest.raises(bangfu.NotFound, match="2027"):
        engine.workdays("2026-12-01", "2027-01-31")
    with pytest.raises(bangfu.NotFound):
        engine.nth_workday_after("2026-12-31", 1)
    with pytest.raises(bangfu.NotFound):
        engine.calendar().day("2027-03-01")


def test_bad_dates_name_the_field(engine):
    with pytest.raises(bangfu.InvalidArgument, match="2026-02-30") as e:
        engine.is_workday("2026-02-30")
    assert e.value.field == "date"
    with pytest.raises(bangfu.InvalidArgument) as e:
        engine.workdays("2026-02-01", "2026-02-31")
    assert e.value.field == "last"
    with pytest.raises(bangfu.InvalidArgument) as e:
        engine.calendar_days(20260201, "2026-02-28")
    assert e.value.field == "first"
    with pytest.raises(bangfu.InvalidArgument, match="datetime.date"):
        engine.calendar_day(dt.datetime(2026, 2, 14, 9, 0))
    with pytest.raises(bangfu.InvalidArgument) as e:
        engine.workdays("2026-03-01", "2026-02-01")
    assert e.value.field == "last"
    with pytest.raises(bangfu.InvalidArgument) as e:
        engine.calendar_days("2016-01-01", "2026-12-31")
    assert e.value.field == "last"
    with pytest.raises(bangfu.NotFound) as e:
        engine.is_workday("2026-02-14", unit=999999)
    assert e.value.field == "unit"


def test_a_units_own_day_set_and_removed_by_an_administrator(programme):
    e, p = programme.engine, programme
    national = e.workdays("2026-11-01", "2026-11-30")
    # 彝族年: a local holiday in 甘洛 on Friday 2026-11-20, set by the county.
    e.set_unit_calendar_day(p.ganluo_county, p.ganluo, "2026-11-20", False, "彝族年")
    assert not e.is_workday("2026-11-20", p.ganluo)
    assert e.is_workday("2026-11-20") and e.is_workday("2026-11-20", unit=p.meigu)
    assert e.workdays("2026-11-01", "2026-11-30", p.ganluo) == national - 1
    day = e.calendar_day("2026-11-20", unit=p.ganluo)
    assert (day.kind, day.name, day.local) == (bangfu.DayKind.holiday, "彝族年", True)
    assert len(e.calendar(p.ganluo).local_entries) == 1
    own = e.calendar(unit=p.ganluo).local_entries[0]
    assert (own.date, own.workday, own.name) == (dt.date(2026, 11, 20), False, "彝族年")
    # A Saturday clinic at 浙大一院 applies to its cardiology department too.
    e.set_unit_calendar_day(p.zju_admin, p.zju, dt.date(2026, 11, 28), True, "周六门诊")
    assert e.is_workday("2026-11-28", p.zju_cardiology)
    assert e.calendar_day("2026-11-28", p.zju_cardiology).kind == bangfu.DayKind.adjusted_workday
    assert not e.is_workday("2026-11-28")
    # Removed: the national rule again; removing twice is NotFound.
    e.remove_unit_calendar_day(p.ganluo_county, p.ganluo, "2026-11-20")
    assert e.is_workday("2026-11-20", p.ganluo)
    with pytest.raises(bangfu.NotFound) as err:
        e.remove_unit_calendar_day(p.ganluo_county, p.ganluo, "2026-11-20")
    assert err.value.field == "date"
    actions = [a.action for a in e.audit_log(SYSTEM, entity="unit", entity_id=p.ganluo)]
    assert "calendar.unit_day" in actions and "calendar.unit_day_removed" in actions


def test_a_units_own_day_is_refused_to_others(programme):
    e, p = programme.engine, programme
    filler = e.create_account(SYSTEM, name="填报员", login="filler", roles=["three_batches_filler"],
                              scope_region=513435)
    with pytest.raises(bangfu.PermissionDenied):
        e.set_unit_calendar_day(filler, p.ganluo, "2026-11-20", False, "彝族年")
    # Another county's administrator is out of reach.
    with pytest.raises(PermissionError):
        e.set_unit_calendar_day(p.meigu_county, p.ganluo, "2026-11-20", False, "彝族年")
    e.set_unit_calendar_day(p.ganluo_county, p.ganluo, "2026-11-20", False, "彝族年")
    with pytest.raises(bangfu.PermissionDenied):
        e.remove_unit_calendar_day(filler, p.ganluo, "2026-11-20")
    assert not e.is_workday("2026-11-20", p.ganluo)
    with pytest.raises(bangfu.InvalidArgument) as err:
        e.set_unit_calendar_day(p.ganluo_county, p.ganluo, "2026-11-21", True, "")
    assert err.value.field == "name"
    with pytest.raises(bangfu.InvalidArgument) as err:
        e.set_unit_calendar_day(p.ganluo_county, p.ganluo, "2026-11-21", "yes", "x")
    assert err.value.field == "workday"


def test_a_new_year_loads_at_run_time(engine):
    notice = "date,kind,holiday\n2027-01-01,off,元旦\n2027-02-06,work,春节\n2027-02-08,off,春节\n"
    report = engine.import_csv(SYSTEM, bangfu.ImportKind.calendar, notice, edition="国办发明电〔2026〕")
    assert report.committed and report.rows_imported == 3
    assert not engine.is_workday("2027-01-01") and engine.is_workday("2027-02-06")
    assert engine.calendar().covers(2027)
    again = engine.import_csv(SYSTEM, "calendar", "date,kind,holiday\n2027-01-01,off,元旦\n")
    assert again.committed
    assert engine.is_workday("2027-02-06") is False  # the year was replaced whole: a plain Saturday again


def test_threads_share_the_calendar(engine):
    results = []

    def count():
        results.append(engine.workdays("2016-01-01", "2026-12-31"))

    threads = [threading.Thread(target=count) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(results)) == 1 and results[0] > 2600
