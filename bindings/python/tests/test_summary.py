"""支援人员信息汇总表: bangfu.Table, to_pandas(), and the CSV / XLSX exports."""

import csv
import datetime as dt
import io

import pytest

import bangfu


def test_staff_summary_is_a_list_of_dicts_with_columns(programme):
    p = programme
    t = p.engine.staff_summary(p.national)
    assert isinstance(t, bangfu.Table) and isinstance(t, list)
    assert len(t) == 3
    keys = [c.key for c in t.columns]
    assert keys[:2] == ["seq", "home_province"] and "id_number" in keys and "status" in keys
    seq = t.columns[0]
    assert (seq.key, seq.label, seq.type) == ("seq", "序号", "integer") and seq.width > 0
    assert t.labels["name"] == "支援医务人员姓名"
    assert all(set(row) == set(keys) for row in t)
    by_name = {row["name"]: row for row in t}
    a = by_name["陈青"]
    assert a["seq"] in (1, 2, 3)
    assert a["id_number"] == p.doctor_a_id            # national admins see full numbers
    assert a["start"] == dt.date(2026, 3, 1) and a["planned_end"] == dt.date(2027, 2, 28) and a["end"] is None
    assert a["recipient_unit"] == "甘洛县人民医院" and a["status"] == "在岗"
    assert a["home_province"] == "浙江省" and a["title"] == "副高"
    assert t.column("name") == [row["name"] for row in t]
    with pytest.raises(bangfu.NotFound, match="nope"):
        t.column("nope")
    assert repr(t).startswith("<bangfu.Table 3 rows × 18 columns: seq, home_province")


def test_staff_summary_filters_and_reach(programme):
    p = programme
    e = p.engine
    assert [r["name"] for r in e.staff_summary(p.national, recipient_region=5134)] == \
        [r["name"] for r in e.staff_summary(p.national, {"recipient_region": "5134"})]
    assert sorted(r["name"] for r in e.staff_summary(p.national, recipient_region=5134)) == ["宋希", "陈青"]
    assert [r["name"] for r in e.staff_summary(p.national, support_unit=p.huaxi)] == ["何秦"]
    assert len(e.staff_summary(p.national, active_on=dt.date(2026, 2, 1))) == 1  # only 何秦 had started
    county = e.staff_summary(p.ganluo_county)
    assert [r["name"] for r in county] == ["陈青"]
    assert county[0]["id_number"] == bangfu.mask_id_number(p.doctor_a_id)  # masked outside the home side
    with pytest.raises(bangfu.PermissionDenied):
        e.staff_summary(p.ganluo_county, recipient_region=510822)
    with pytest.raises(bangfu.InvalidArgument) as info:
        e.staff_summary(p.national, recipient_region="四川")
    assert info.value.field == "recipient_region"


def test_to_pandas(programme):
    pd = pytest.importorskip("pandas")
    np = pytest.importorskip("numpy")
    p = programme
    t = p.engine.staff_summary(p.national)
    df = t.to_pandas()
    assert list(df.columns) == [c.key for c in t.columns]
    assert len(df) == 3
    assert df["seq"].dtype == np.int64
    assert isinstance(df["seq"].to_numpy(), np.ndarray)
    assert df["name"].dtype == object
    assert pd.api.types.is_datetime64_any_dtype(df["start"])
    row = df[df["name"] == "陈青"].iloc[0]
    assert row["start"] == pd.Timestamp("2026-03-01")
    assert pd.isna(row["end"])
    labelled = t.to_pandas(labels=True)
    assert list(labelled.columns) == [c.label for c in t.columns]
    assert labelled["序号"].dtype == np.int64
    assert sorted(labelled["支援医务人员姓名"]) == sorted(df["name"])


def test_to_pandas_nullable_integers_and_decimals():
    pd = pytest.importorskip("pandas")
    import decimal
    t = bangfu.Table([{"n": 1, "amount": decimal.Decimal("1.50")}, {"n": None, "amount": None}],
                     [("n", "数", "integer"), ("amount", "金额", "decimal")])
    df = t.to_pandas()
    assert str(df["n"].dtype) == "Int64" and df["n"][0] == 1 and pd.isna(df["n"][1])
    assert df["amount"][0] == decimal.Decimal("1.50")


def read_csv_export(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")          # UTF-8 BOM, for Excel
    assert b"\r\n" in raw
    return list(csv.reader(io.StringIO(raw[3:].decode("utf-8"), newline="")))


def as_text(v):
    if v is None:
        return ""
    if isinstance(v, dt.date):
        return v.isoformat()
    return str(v)


def test_export_csv_round_trip(programme, tmp_path):
    p = programme
    table = p.engine.staff_summary(p.zhejiang)
    path = tmp_path / "汇总表.csv"
    p.engine.export_staff_summary(p.zhejiang, None, "csv", path)
    rows = read_csv_export(path)
    assert rows[0] == [c.label for c in table.columns]
    assert rows[1:] == [[as_text(r[c.key]) for c in table.columns] for r in table]
    assert not (tmp_path / "汇总表.csv.partial").exists()


def test_export_filtered_and_refused(programme, tmp_path):
    p = programme
    path = tmp_path / "liangshan.csv"
    p.engine.export_staff_summary(p.national, {"recipient_region": 5134}, bangfu.ExportFormat.csv, str(path))
    assert len(read_csv_export(path)) == 1 + 2
    refused = tmp_path / "refused.csv"
    with pytest.raises(bangfu.PermissionDenied):
        p.engine.export_staff_summary(p.ganluo_county, {"recipient_region": 510822}, "csv", refused)
    assert not refused.exists() and not (tmp_path / "refused.csv.partial").exists()
    with pytest.raises(bangfu.InvalidArgument) as info:
        p.engine.export_staff_summary(p.national, None, "pdf", tmp_path / "x.pdf")
    assert info.value.field == "format"


def test_export_xlsx_round_trip(programme, tmp_path):
    import openpyxl  # python3-openpyxl, installed by scripts/deps.sh

    p = programme
    table = p.engine.staff_summary(p.national)
    path = tmp_path / "汇总表.xlsx"
    p.engine.export_staff_summary(p.national, {}, "xlsx", path)
    sheet = openpyxl.load_workbook(path, read_only=True).worksheets[0]
    values = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert values[0] == [c.label for c in table.columns]
    assert len(values) == 1 + len(table)
    names = [c.key for c in table.columns]
    got = {r[names.index("name")]: r for r in values[1:]}
    for row in table:
        cells = got[row["name"]]
        assert cells[names.index("seq")] == row["seq"]
        assert cells[names.index("id_number")] == row["id_number"]
        assert cells[names.index("recipient_unit")] == row["recipient_unit"]
    # The layout officials get: frozen bold header, autofilter, the widths of the columns.
    book = openpyxl.load_workbook(path)
    ws = book.worksheets[0]
    assert ws.title == "支援人员信息汇总表"
    assert ws.freeze_panes == "A2"
    assert ws["A1"].font.bold
    assert ws.auto_filter.ref is not None and ws.auto_filter.ref.startswith("A1:")
    id_col = openpyxl.utils.get_column_letter(names.index("id_number") + 1)
    assert ws.column_dimensions[id_col].width >= 20


def test_write_table_round_trip(tmp_path):
    t = bangfu.Table([{"seq": 1, "name": "陈青", "day": dt.date(2026, 3, 1)},
                      {"seq": 2, "name": "宋希, \"小宋\"", "day": None}],
                     [bangfu.Column("seq", "序号", "integer", 6), bangfu.Column("name", "姓名", "text"),
                      ("day", "日期", "date")])
    path = tmp_path / "t.csv"
    bangfu.write_table(t, "csv", path)
    assert read_csv_export(path) == [["序号", "姓名", "日期"], ["1", "陈青", "2026-03-01"], ["2", "宋希, \"小宋\"", ""]]
    bangfu.write_table(t, "xlsx", tmp_path / "t.xlsx", sheet_name="表")
    assert (tmp_path / "t.xlsx").stat().st_size > 0
    with pytest.raises(bangfu.InvalidArgument) as info:
        bangfu.write_table(bangfu.Table([{"seq": "one"}], [("seq", "序号", "integer")]), "csv", path)
    assert info.value.field == "seq"


def test_programme_overview(programme):
    p = programme
    e = p.engine
    o = e.programme_overview(p.national)
    assert isinstance(o, bangfu.ProgrammeOverview)
    assert o.as_of == dt.date(2026, 11, 23)            # today in Beijing, from the engine's clock
    assert (o.support_hospitals, o.recipient_hospitals, o.pairings_active, o.pairings_total) == (2, 3, 3, 3)
    assert (o.staff_registered, o.staff_on_duty, o.assignments_ended, o.staff_not_dispatched) == (3, 3, 0, 0)
    t = o.by_region
    assert isinstance(t, bangfu.Table)
    assert [c.key for c in t.columns] == ["province", "city", "recipient_hospitals", "pairings_active",
                                          "staff_on_duty", "hospitals_covered", "row"]
    assert [(r["province"], r["city"], r["row"]) for r in t] == [
        ("四川省", "广元市", "city"), ("四川省", "凉山彝族自治州", "city"), ("四川省", "小计", "subtotal"),
        ("合计", None, "total")]
    assert t[1]["recipient_hospitals"] == 2 and t[-1]["staff_on_duty"] == 3
    assert "ProgrammeOverview(as_of=datetime.date(2026, 11, 23)" in repr(o)
    early = e.programme_overview(p.national, dt.date(2026, 2, 1))
    assert early.as_of == dt.date(2026, 2, 1) and early.staff_on_duty == 1   # only 何秦 had started
    assert e.programme_overview(p.national, as_of="2026-02-01") == early
    county = e.programme_overview(p.ganluo_county)
    assert county.recipient_hospitals == 1 and county.by_region[-1]["recipient_hospitals"] == 1
    with pytest.raises(bangfu.InvalidArgument) as info:
        e.programme_overview(p.national, as_of="2026-13-01")
    assert info.value.field == "as_of"
