"""Accounts, roles and scopes."""

import datetime as dt

import pytest

import bangfu


def test_account_record(programme):
    p = programme
    a = p.engine.account(p.national, p.ganluo_county)
    assert (a.name, a.login, a.roles, a.disabled, a.created_by) == (
        "ganluo-county", "ganluo-county", [bangfu.Role.recipient_county_admin], False, p.liangshan)
    assert a.scope == bangfu.Scope.of_region(513435)
    assert a.scope.kind == bangfu.ScopeKind.region
    assert a.scope_name == "四川省/凉山彝族自治州/甘洛县"
    assert a.created_at == dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.timezone.utc)
    assert a.staff is None
    h = p.engine.account(p.national, p.ganluo_hospital)
    assert h.scope.kind == bangfu.ScopeKind.unit and h.scope.unit == p.ganluo and h.scope.region == 513435000000
    assert h.scope_name == "甘洛县人民医院"
    assert "roles=[<Role.recipient_hospital_admin: 7>]" in repr(h)


def test_create_account_forms(programme):
    p = programme
    e = p.engine
    by_label = e.create_account(p.sichuan, name="广元", login="guangyuan", roles="受援地市管理员", scope_region="5108")
    assert e.account(p.sichuan, by_label).roles == [bangfu.Role.recipient_city_admin]
    by_scope = e.create_account(p.sichuan, {"name": "青川", "login": "qingchuan", "phone": "0839-7202000",
                                            "roles": [bangfu.Role.recipient_county_admin],
                                            "scope": bangfu.Scope.of_region(510822)})
    acc = e.account(p.sichuan, by_scope)
    assert acc.phone == "0839-7202000" and acc.scope.region == 510822000000
    assert e.account_by_login(p.sichuan, "qingchuan") == acc
    assert e.account_by_login(p.sichuan, "nobody") is None
    # support_staff accounts name their staff record; the scope is the staff member's home unit.
    staff_account = e.create_account(p.zju_admin, name="陈青", login="chenqing", roles=["support_staff"],
                                     staff=p.doctor_a)
    sa = e.account(p.zju_admin, staff_account)
    assert sa.staff == p.doctor_a and sa.roles == [bangfu.Role.support_staff]
    assert sa.scope.kind == bangfu.ScopeKind.unit and sa.scope.unit == p.zju_cardiology


def test_create_account_errors(programme):
    p = programme
    e = p.engine
    with pytest.raises(bangfu.InvalidArgument, match="roles: required"):
        e.create_account(p.national, name="x")
    with pytest.raises(bangfu.InvalidArgument) as info:
        e.create_account(p.national, name="x", roles=["emperor"])
    assert info.value.field == "roles" and info.value.value == "emperor"
    with pytest.raises(bangfu.InvalidArgument, match="scope"):
        e.create_account(p.national, name="x", roles=["national_admin"], scope_region=0, scope_unit=1)
    with pytest.raises(bangfu.InvalidArgument) as info:  # a county role needs a county scope
        e.create_account(p.national, name="x", roles=["recipient_county_admin"], scope_region=51)
    assert info.value.field == "scope"
    with pytest.raises(bangfu.PermissionDenied):  # outside the creator's scope
        e.create_account(p.ganluo_county, name="x", roles=["recipient_county_admin"], scope_region=513436)
    with pytest.raises(bangfu.Conflict) as info:
        e.create_account(p.national, name="x", login="sichuan", roles=["recipient_province_admin"], scope_region=51)
    assert info.value.field == "login"
    with pytest.raises(bangfu.NotFound) as info:
        e.create_account(p.national, name="x", roles=["recipient_county_admin"], scope_region=513499)
    assert info.value.field == "scope_region"


def test_accounts_listing_and_disabling(programme):
    p = programme
    e = p.engine
    in_liangshan = {a.login for a in e.accounts(p.sichuan, region=5134)}
    assert in_liangshan == {"liangshan", "ganluo-county", "meigu-county", "ganluo-hospital"}
    assert {a.login for a in e.accounts(p.national, role="support_hospital_admin")} == {"zju-admin", "huaxi-admin"}
    assert len(e.accounts(p.national, {"limit": 2})) == 2
    e.set_account_disabled(p.liangshan, p.meigu_county, True)
    assert e.account(p.liangshan, p.meigu_county).disabled
    assert "meigu-county" not in {a.login for a in e.accounts(p.liangshan)}
    assert "meigu-county" in {a.login for a in e.accounts(p.liangshan, include_disabled=True)}
    with pytest.raises(bangfu.PermissionDenied, match="disabled"):
        e.units(p.meigu_county)
    e.set_account_disabled(p.liangshan, p.meigu_county, disabled=False)
    assert e.units(p.meigu_county, kind="受援医院")
    with pytest.raises(bangfu.InvalidArgument) as info:
        e.set_account_disabled(p.liangshan, p.liangshan, True)
    assert info.value.field == "account"
    with pytest.raises(bangfu.InvalidArgument, match="disabled"):
        e.set_account_disabled(p.liangshan, p.meigu_county, "yes")
    with pytest.raises(bangfu.PermissionDenied):  # outside the actor's scope
        e.account(p.zju_admin, p.sichuan)
