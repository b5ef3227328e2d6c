#include "test_support.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>

namespace bangfu::testing {

boost::posix_time::ptime fixed_now() {
  return boost::posix_time::ptime(boost::gregorian::date(2026, 11, 23), boost::posix_time::hours(12));
}

std::unique_ptr<Engine> open_memory(std::function<boost::posix_time::ptime()> clock) {
  OpenOptions o;
  o.clock = clock ? std::move(clock) : fixed_now;
  return Engine::open(":memory:", o);
}

Date d(const char* iso) { return boost::gregorian::from_simple_string(iso); }

std::string make_id(const std::string& address6, const std::string& birth8, int seq) {
  char buf[4];
  std::snprintf(buf, sizeof buf, "%03d", seq);
  std::string s = address6 + birth8 + buf;
  return s + id_number_check_char(s);
}

Programme make_programme(std::function<boost::posix_time::ptime()> clock) {
  Programme p;
  p.engine = open_memory(std::move(clock));
  Engine& e = *p.engine;
  auto unit = [&](const char* code, UnitKind kind, const char* name, RegionCode region,
                  std::optional<UnitId> parent = std::nullopt) {
    NewUnit u;
    u.code = code;
    u.kind = kind;
    u.name = name;
    u.region = region;
    u.address = "";
    u.parent = parent;
    return e.add_unit(kSystemActor, u);
  };
  p.zju = unit("ZJU1", UnitKind::support_hospital, "浙江大学医学院附属第一医院", 330102000000);
  p.zju_cardiology = unit("ZJU1-XNK", UnitKind::department, "心血管内科", 330102000000, p.zju);
  p.huaxi = unit("WCH", UnitKind::support_hospital, "四川大学华西医院", 510107000000);
  p.ganluo = unit("GL-RMYY", UnitKind::recipient_hospital, "甘洛县人民医院", 513435000000);
  p.meigu = unit("MG-RMYY", UnitKind::recipient_hospital, "美姑县人民医院", 513436000000);
  p.qingchuan = unit("QC-RMYY", UnitKind::recipient_hospital, "青川县人民医院", 510822000000);
  e.add_pairing(kSystemActor, {p.zju, p.ganluo, d("2021-01-01"), std::nullopt});
  e.add_pairing(kSystemActor, {p.zju, p.meigu, d("2021-01-01"), std::nullopt});
  e.add_pairing(kSystemActor, {p.huaxi, p.qingchuan, d("2021-01-01"), std::nullopt});

  auto account = [&](AccountId by, const char* name, Role role, Scope scope) {
    NewAccount a;
    a.name = name;
    a.login = name;
    a.roles = {role};
    a.scope = scope;
    return e.create_account(by, a);
  };
  p.national = account(kSystemActor, "national", Role::national_admin, Scope::of_region(kNationwide));
  p.sichuan_recipient = account(p.national, "sichuan", Role::recipient_province_admin, Scope::of_region(510000000000));
  p.liangshan_city = account(p.sichuan_recipient, "liangshan", Role::recipient_city_admin, Scope::of_region(513400000000));
  p.ganluo_county = account(p.liangshan_city, "ganluo-county", Role::recipient_county_admin, Scope::of_region(513435000000));
  p.meigu_county = account(p.liangshan_city, "meigu-county", Role::recipient_county_admin, Scope::of_region(513436000000));
  p.ganluo_hospital = account(p.ganluo_county, "ganluo-hospital", Role::recipient_hospital_admin, Scope::of_unit(p.ganluo));
  p.zhejiang_support = account(p.national, "zhejiang", Role::support_province_admin, Scope::of_region(330000000000));
  p.zju_admin = account(p.zhejiang_support, "zju-admin", Role::support_hospital_admin, Scope::of_unit(p.zju));
  p.huaxi_admin = account(p.national, "huaxi-admin", Role::support_hospital_admin, Scope::of_unit(p.huaxi));

  auto staff = [&](const char* name, const std::string& id, UnitId home) {
    NewStaff s;
    s.name = name;
    s.id_number = id;
    s.title = Title::associate_senior;
    s.position = "临床科室负责人";
    s.department = "心血管内科";
    s.home_unit = home;
    return s;
  };
  p.doctor_a = e.add_staff(p.zju_admin, staff("陈青", make_id("330102", "19800312", 11), p.zju_cardiology));
  p.doctor_b = e.add_staff(p.zju_admin, staff("宋希", make_id("330106", "19850704", 22), p.zju));
  p.doctor_c = e.add_staff(p.huaxi_admin, staff("何秦", make_id("510107", "19790101", 33), p.huaxi));
  e.start_assignment(p.zju_admin, {p.doctor_a, p.ganluo, d("2026-03-01"), d("2027-02-28")});
  e.start_assignment(p.zju_admin, {p.doctor_b, p.meigu, d("2026-06-01"), std::nullopt});
  e.start_assignment(p.huaxi_admin, {p.doctor_c, p.qingchuan, d("2026-01-10"), d("2026-12-31")});
  return p;
}

}  // namespace bangfu::testing
