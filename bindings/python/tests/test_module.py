"""Module-level functions: version, region codes, ID numbers, enums."""

import datetime as dt

import pytest

import bangfu


def test_version_matches_version_number():
    major, minor, patch = (int(x) for x in bangfu.version().split("."))
    assert bangfu.version_number() == major * 1_000_000 + minor * 1000 + patch
    assert bangfu.__version__ == bangfu.version()


def test_constants():
    assert bangfu.SYSTEM_ACTOR == 0
    assert bangfu.NATIONWIDE == 0


@pytest.mark.parametrize("given, full", [
    (51, 510000000000), (5134, 513400000000), (513435, 513435000000),
    (513435101, 513435101000), (513435101200, 513435101200), (0, 0),
    ("513435", 513435000000), (" 51 ", 510000000000), ("513435000000", 513435000000),
])
def test_parse_region_code_pads_short_codes(given, full):
    assert bangfu.parse_region_code(given) == full


@pytest.mark.parametrize("bad", ["5101x4", "99", "5", "", "1234567", 5, 99, 1234567, 991024])
def test_parse_region_code_refuses_malformed_codes(bad):
    with pytest.raises(bangfu.InvalidArgument) as info:
        bangfu.parse_region_code(bad, field="home_region")
    assert info.value.field == "home_region"
    assert "home_region" in str(info.value)


def test_parse_region_code_refuses_other_types():
    with pytest.raises(bangfu.InvalidArgument, match="region_code") as info:
        bangfu.parse_region_code(51.0)
    assert isinstance(info.value, ValueError)
    with pytest.raises(bangfu.InvalidArgument):
        bangfu.parse_region_code(True)


def test_region_code_functions():
    assert bangfu.region_level(513435) == bangfu.RegionLevel.county
    assert bangfu.region_level("51") == bangfu.RegionLevel.province
    assert bangfu.region_level(0) == bangfu.RegionLevel.nation
    assert bangfu.region_level(441900003000) == bangfu.RegionLevel.township
    assert bangfu.region_parent_code(513435) == 513400000000
    assert bangfu.region_parent_code(51) == 0
    assert bangfu.region_parent_code(0) is None
    assert bangfu.region_subtree(5134) == (513400000000, 513499999999)
    assert bangfu.region_contains(51, 513435101200)
    assert not bangfu.region_contains(513435, 513436)
    assert bangfu.region_code_text(513435) == "513435000000"
    assert bangfu.region_code_short(513435000000) == "513435"
    assert bangfu.region_code_well_formed(513435000000)
    assert not bangfu.region_code_well_formed(513435)  # does not pad
    assert bangfu.normalize_region_code(513435) == 513435000000
    assert bangfu.region_name_is_placeholder("市辖区")
    assert not bangfu.region_name_is_placeholder("甘洛县")


def test_region_level_labels():
    assert [lv.label for lv in (bangfu.RegionLevel.nation, bangfu.RegionLevel.province,
                                bangfu.RegionLevel.city, bangfu.RegionLevel.county,
                                bangfu.RegionLevel.township, bangfu.RegionLevel.village)] == \
        ["全国", "省", "市", "县", "乡", "村"]


def test_parse_id_number():
    info = bangfu.parse_id_number("11010519491231002x")
    assert info.number == "11010519491231002X"
    assert info.birth == dt.date(1949, 12, 31)
    assert info.sex == bangfu.Sex.female and info.sex.label == "女"
    assert info.address_code == 110105000000
    assert "IdNumberInfo(" in repr(info)


def test_parse_id_number_errors_name_the_field():
    with pytest.raises(bangfu.InvalidArgument) as info:
        bangfu.parse_id_number("110105194912310021", field="身份证号")
    assert info.value.field == "身份证号"
    assert "身份证号" in str(info.value)
    with pytest.raises(ValueError, match="id_number"):
        bangfu.parse_id_number("12345")
    with pytest.raises(bangfu.InvalidArgument, match="id_number"):
        bangfu.parse_id_number("11010520300101001" + bangfu.id_number_check_char("11010520300101001"),
                               today=dt.date(2026, 11, 23))


def test_id_number_helpers():
    assert bangfu.id_number_valid("11010519491231002X")
    assert not bangfu.id_number_valid("110105194912310021")
    assert bangfu.id_number_check_char("11010519491231002") == "X"
    upgraded = bangfu.upgrade_id_number("110105491231002")
    assert len(upgraded) == 18 and upgraded.startswith("11010519491231002")
    assert bangfu.id_number_valid(upgraded)
    assert bangfu.mask_id_number("11010519491231002X") == "110105********002X"
    assert bangfu.mask_id_number("12345") == "*****"


def test_enums_have_keys_and_labels():
    assert bangfu.UnitKind.recipient_hospital.label == "受援医院"
    assert bangfu.UnitKind.recipient_hospital.name == "recipient_hospital"
    assert bangfu.Title.associate_senior.label == "副高"
    assert bangfu.Role.recipient_county_admin.label == "受援县管理员"
    assert bangfu.Role.three_batches_filler.is_filler
    assert not bangfu.Role.national_admin.is_filler
    assert int(bangfu.Role.registry_province_admin) == 20
    assert int(bangfu.ErrorCode.conflict) == 8
    assert bangfu.ExportFormat.xlsx.name == "xlsx"
    assert bangfu.ImportKind.staff.name == "staff"


def test_geo_point_and_scope_values():
    g = bangfu.GeoPoint(28.96, 102.77)
    assert (g.latitude, g.longitude) == (28.96, 102.77)
    assert g == bangfu.GeoPoint(latitude=28.96, longitude=102.77)
    assert repr(g) == "GeoPoint(latitude=28.96, longitude=102.77)"
    with pytest.raises(AttributeError):
        g.latitude = 1.0  # records are read-only
    s = bangfu.Scope.of_region(513435)
    assert s.kind == bangfu.ScopeKind.region and s.region == 513435000000 and s.unit is None
    assert bangfu.Scope.of_unit(7).unit == 7
    assert bangfu.Scope(region=51) == bangfu.Scope.of_region(510000000000)
    assert bangfu.Scope().region == 0
    with pytest.raises(bangfu.InvalidArgument, match="scope"):
        bangfu.Scope(region=51, unit=3)
