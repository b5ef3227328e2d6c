// build_demo: a realistic demonstration programme, made through public Engine commands only,
// in the order a real programme fills its database: the host (system actor) registers units
// and pairings; the national administrator opens province accounts, which open city, county
// and hospital accounts; recipient hospitals register arriving doctors (新增帮扶人员) and file
// end-of-task reports (结束任务); support hospitals register doctors not yet dispatched; then
// attendance (demo_attendance) and a year of reports with their reviews (demo_reports).
// Deterministic for a given seed and "today" (assignment dates are relative to today).
#include <boost/date_time/gregorian/gregorian.hpp>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "bangfu/demo.hpp"
#include "bangfu/engine.hpp"
#include "demo/demo_attendance.hpp"
#include "demo/demo_data.hpp"
#include "demo/demo_random.hpp"
#include "demo/demo_reports.hpp"

namespace bangfu {
namespace {

using boost::gregorian::date_duration;
using boost::gregorian::months;
using demo::Rng;
namespace dd = demo_data;

RegionCode county_code(int six_digits) { return static_cast<RegionCode>(six_digits) * 1000000; }

Date parse_day(const char* text) { return boost::gregorian::from_simple_string(text); }

// 统一社会信用代码 (GB 32100): registration authority and kind, the region, the organisation
// code (GB 11714, with its own check character) and a final check character.
std::string credit_code(Rng& rng, const char* authority, int region6) {
  static const std::string kChars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  std::string body = authority + std::to_string(region6);
  static constexpr int kOrgWeights[8] = {3, 7, 9, 10, 5, 8, 4, 2};
  int org_sum = 0;
  std::string org;
  for (int i = 0; i < 8; ++i) {
    int d = rng.between(i == 0 ? 4 : 0, 9);
    org += static_cast<char>('0' + d);
    org_sum += d * kOrgWeights[i];
  }
  int c9 = 11 - org_sum % 11;
  org += c9 == 10 ? 'X' : c9 == 11 ? '0' : static_cast<char>('0' + c9);
  body += org;
  static constexpr int kWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  int sum = 0;
  for (int i = 0; i < 17; ++i) sum += static_cast<int>(kChars.find(body[static_cast<std::size_t>(i)])) * kWeights[i];
  int check = (31 - sum % 31) % 31;
  return body + kChars[static_cast<std::size_t>(check)];
}

// n in decimal, zero-padded on the left to `width` digits.
std::string digits(long long n, std::size_t width) {
  std::string s = std::to_string(n);
  return s.size() < width ? std::string(width - s.size(), '0') + s : s;
}

std::string strip_slashes(const std::string& path) {
  std::string out;
  for (char c : path)
    if (c != '/') out += c;
  return out;
}

struct Person {
  std::string name;
  bool male = true;
};

struct SupportSide {
  const dd::SupportHospital* data = nullptr;
  UnitId id = 0;
  std::string code;
  std::vector<std::pair<UnitId, const dd::Department*>> departments;
  std::vector<std::size_t> recipients;  // indices of recipients with a pairing in force
  AccountId admin = 0;
};

struct RecipientSide {
  const dd::RecipientHospital* data = nullptr;
  UnitId id = 0;
  AccountId admin = 0;
};

class DemoBuilder {
 public:
  DemoBuilder(Engine& engine, const DemoOptions& options)
      : e_(engine), rng_(options.seed), staff_count_(options.staff_count), today_(engine.today()) {}

  DemoSummary run() {
    if (staff_count_ < 0)
      throw_invalid("staff_count", std::to_string(staff_count_), "must be zero or more");
    UnitFilter any;
    any.limit = 1;
    if (!e_.units(kSystemActor, any).empty())
      throw Error(ErrorCode::invalid_state,
                  "the database already holds units; the demonstration programme is built into an empty database");
    add_commissions();
    add_support_hospitals();
    add_recipient_hospitals();
    add_pairings();
    add_accounts();
    add_staff();
    std::vector<demo::Hospital> hospitals;
    for (const auto& r : recipients_) hospitals.push_back({r.id, r.admin, GeoPoint{r.data->lat, r.data->lon}});
    demo::add_attendance(e_, rng_, hospitals, attendees_, today_, summary_);
    std::vector<demo::ReportHospital> reporting;
    for (const auto& r : recipients_) {
      int province = r.data->county / 10000;
      reporting.push_back({r.id, r.admin, static_cast<RegionCode>(province) * 10000000000, province_admin_.at(province)});
    }
    demo::add_reports(e_, rng_, reporting, reporters_, today_, summary_);
    return summary_;
  }

 private:
  Engine& e_;
  Rng rng_;
  int staff_count_;
  Date today_;
  DemoSummary summary_;
  std::set<std::string> codes_, id_numbers_;
  std::vector<SupportSide> support_;
  std::vector<RecipientSide> recipients_;
  std::map<std::string, std::size_t> support_by_key_, recipient_by_key_;
  std::vector<demo::Attendee> attendees_;  // staff on assignment now, with an account
  std::vector<demo::Reporter> reporters_;  // staff dispatched at some time (workload reports)
  std::map<int, AccountId> province_admin_, support_province_admin_, city_admin_, county_admin_;

  // ---- helpers ----

  std::string address(RegionCode region, const char* street) {
    return strip_slashes(e_.region(region).path) + street;
  }

  std::string unique_code(const char* authority, int region6) {
    for (;;) {
      auto c = credit_code(rng_, authority, region6);
      if (codes_.insert(c).second) return c;
    }
  }

  Person person() {
    Person p;
    p.male = rng_.percent(56);
    // The ten most common surnames carry about 40 % of the population.
    p.name = rng_.percent(40) ? dd::kSurnames[rng_.below(10)] : rng_.pick(dd::kSurnames);
    int given = rng_.percent(72) ? 2 : 1;
    for (int i = 0; i < given; ++i) p.name += p.male ? rng_.pick(dd::kMaleChars) : rng_.pick(dd::kFemaleChars);
    return p;
  }

  std::string phone() {
    std::string s = std::to_string(rng_.pick(dd::kMobilePrefixes));
    for (int i = 0; i < 8; ++i) s += static_cast<char>('0' + rng_.between(0, 9));
    return s;
  }

  // A valid 18-digit ID number: address code, birth date, sequence (odd = male), check.
  std::string id_number(int county6, Date birth, bool male) {
    for (;;) {
      int seq = rng_.between(0, 499) * 2 + (male ? 1 : 0);
      std::string first17 = digits(county6, 6) + digits(birth.year(), 4) + digits(birth.month(), 2) +
                            digits(birth.day(), 2) + digits(seq, 3);
      std::string full = first17 + id_number_check_char(first17);
      if (id_numbers_.insert(full).second) return full;
    }
  }

  AccountId account(AccountId creator, const Person& p, std::string login, Role role, Scope scope,
                    std::optional<StaffId> staff = std::nullopt, std::string phone_number = {}) {
    NewAccount a;
    a.name = p.name;
    a.login = std::move(login);
    a.phone = phone_number.empty() ? phone() : std::move(phone_number);
    a.roles = {role};
    a.scope = scope;
    a.staff = staff;
    AccountId id = e_.create_account(creator, a);
    ++summary_.accounts;
    return id;
  }

  static const char* province_key(int province) {
    for (auto& k : dd::kProvinceKeys)
      if (k.code == province) return k.key;
    return "xx";
  }

  // ---- units ----

  void add_commissions() {
    for (auto& c : dd::kProvinceCommissions) {
      NewUnit u;
      u.kind = UnitKind::health_commission;
      u.code = unique_code("11", c.region);
      u.name = c.name;
      u.region = county_code(c.region);
      u.address = address(u.region, c.street);
      e_.add_unit(kSystemActor, u);
    }
    // City commissions (卫生健康委员会) and county bureaus (卫生健康局) where recipients are.
    std::set<int> cities, counties;
    for (auto& r : dd::kRecipientHospitals) {
      cities.insert(r.county / 100);
      counties.insert(r.county);
    }
    for (int city : cities) {
      auto region = e_.region(static_cast<RegionCode>(city) * 100000000);
      if (region_name_is_placeholder(region.name)) continue;  // 重庆市's counties answer to the city itself
      NewUnit u;
      u.kind = UnitKind::health_commission;
      u.code = unique_code("11", city * 100);
      u.name = region.name + "卫生健康委员会";
      u.region = region.code;
      u.address = strip_slashes(region.path);
      e_.add_unit(kSystemActor, u);
    }
    for (int county : counties) {
      auto region = e_.region(county_code(county));
      NewUnit u;
      u.kind = UnitKind::health_commission;
      u.code = unique_code("11", county);
      u.name = region.name + "卫生健康局";
      u.region = region.code;
      u.address = strip_slashes(region.path);
      e_.add_unit(kSystemActor, u);
    }
  }

  void add_support_hospitals() {
    for (auto& h : dd::kSupportHospitals) {
      SupportSide s;
      s.data = &h;
      NewUnit u;
      u.kind = UnitKind::support_hospital;
      u.code = unique_code("12", h.county);
      u.name = h.name;
      u.region = county_code(h.county);
      u.address = address(u.region, h.street);
      u.grade = "三级甲等";
      u.location = GeoPoint{h.lat, h.lon};
      s.id = e_.add_unit(kSystemActor, u);
      s.code = u.code;
      // A selection of departments, in the list's order: TCM hospitals their own list.
      int dept_no = 0;
      auto add_department = [&](const dd::Department& d) {
        NewUnit dep;
        dep.kind = UnitKind::department;
        dep.code = s.code + "-" + digits(++dept_no, 2);
        dep.name = d.name;
        dep.region = u.region;
        dep.address = u.address;
        dep.parent = s.id;
        s.departments.emplace_back(e_.add_unit(kSystemActor, dep), &d);
      };
      if (h.tcm) {
        for (auto& d : dd::kTcmDepartments)
          if (!d.clinical || rng_.percent(85)) add_department(d);
      } else {
        for (auto& d : dd::kDepartments)
          if (!d.clinical || rng_.percent(45)) add_department(d);
      }
      support_by_key_[h.key] = support_.size();
      support_.push_back(std::move(s));
      ++summary_.support_hospitals;
    }
  }

  void add_recipient_hospitals() {
    for (auto& h : dd::kRecipientHospitals) {
      RecipientSide r;
      r.data = &h;
      NewUnit u;
      u.kind = UnitKind::recipient_hospital;
      u.code = unique_code("12", h.county);
      u.name = h.name;
      u.region = county_code(h.county);
      u.address = address(u.region, h.street);
      u.grade = h.grade;
      u.location = GeoPoint{h.lat, h.lon};
      r.id = e_.add_unit(kSystemActor, u);
      recipient_by_key_[h.key] = recipients_.size();
      recipients_.push_back(r);
      ++summary_.recipient_hospitals;
    }
  }

  void add_pairings() {
    for (auto& p : dd::kPairings) {
      auto& s = support_.at(support_by_key_.at(p.support));
      std::size_t ri = recipient_by_key_.at(p.recipient);
      NewPairing np;
      np.support_unit = s.id;
      np.recipient_unit = recipients_[ri].id;
      np.start = parse_day(p.start);
      if (p.end) np.end = parse_day(p.end);
      e_.add_pairing(kSystemActor, np);
      if (!p.end) s.recipients.push_back(ri);
      ++summary_.pairings;
    }
  }

  // ---- accounts: national → provinces → cities → counties → hospitals ----

  void add_accounts() {
    AccountId national = account(kSystemActor, person(), "nhc.admin", Role::national_admin, Scope::of_region(kNationwide));

    std::set<int> recipient_provinces, support_provinces;
    for (auto& r : recipients_) recipient_provinces.insert(r.data->county / 10000);
    for (auto& s : support_) support_provinces.insert(s.data->county / 10000);
    for (int p : recipient_provinces)
      province_admin_[p] = account(national, person(), std::string(province_key(p)) + ".recipient.admin",
                                   Role::recipient_province_admin, Scope::of_region(static_cast<RegionCode>(p) * 10000000000));
    for (int p : support_provinces)
      support_province_admin_[p] = account(national, person(), std::string(province_key(p)) + ".support.admin",
                                           Role::support_province_admin,
                                           Scope::of_region(static_cast<RegionCode>(p) * 10000000000));

    for (auto& r : recipients_) {
      int county = r.data->county, city = county / 100, province = county / 10000;
      if (!city_admin_.count(city)) {
        auto region = e_.region(static_cast<RegionCode>(city) * 100000000);
        // Counties of a municipality's placeholder level (重庆市/县) answer to the province.
        city_admin_[city] = region_name_is_placeholder(region.name)
                                ? province_admin_.at(province)
                                : account(province_admin_.at(province), person(), "city." + std::to_string(city) + ".admin",
                                          Role::recipient_city_admin, Scope::of_region(region.code));
      }
      if (!county_admin_.count(county))
        county_admin_[county] = account(city_admin_.at(city), person(), "county." + std::to_string(county) + ".admin",
                                        Role::recipient_county_admin, Scope::of_region(county_code(county)));
      r.admin = account(county_admin_.at(county), person(), std::string("hospital.") + r.data->key + ".admin",
                        Role::recipient_hospital_admin, Scope::of_unit(r.id));
    }
    for (auto& s : support_)
      s.admin = account(support_province_admin_.at(s.data->county / 10000), person(),
                        std::string("hospital.") + s.data->key + ".admin", Role::support_hospital_admin,
                        Scope::of_unit(s.id));
  }

  // ---- staff and assignments ----

  Date birth_date(std::size_t& band) {
    band = rng_.weighted({10, 25, 45, 20});
    static constexpr int kFirst[4] = {1965, 1972, 1980, 1988}, kLast[4] = {1971, 1979, 1987, 1992};
    int year = rng_.between(kFirst[band], kLast[band]);
    Date first(static_cast<unsigned short>(year), 1, 1);
    Date last(static_cast<unsigned short>(year), 12, 31);
    return first + date_duration(rng_.between(0, static_cast<int>((last - first).days())));
  }

  // Older doctors hold higher titles; overall most are 中级 or 副高.
  Title title(std::size_t band) {
    using T = Title;
    switch (band) {
      case 0: {
        static constexpr T kBand[3] = {T::intermediate, T::associate_senior, T::senior};
        return kBand[rng_.weighted({10, 45, 45})];
      }
      case 1: {
        static constexpr T kBand[3] = {T::intermediate, T::associate_senior, T::senior};
        return kBand[rng_.weighted({25, 50, 25})];
      }
      case 2: {
        static constexpr T kBand[4] = {T::junior, T::intermediate, T::associate_senior, T::senior};
        return kBand[rng_.weighted({5, 55, 35, 5})];
      }
      default: {
        static constexpr T kBand[2] = {T::junior, T::intermediate};
        return kBand[rng_.weighted({30, 70})];
      }
    }
  }

  // 工作总结 of an end-of-task report. The draws are made before the text is put together:
  // the order in which the operands of one expression are evaluated is unspecified.
  std::string end_summary(const dd::Department* dept) {
    int projects = rng_.between(1, 4), trainees = rng_.between(2, 9), cases = rng_.between(40, 320),
        lectures = rng_.between(2, 12);
    std::string where = "派驻期间在受援医院" + std::string(dept->clinical ? dept->name : "职能部门");
    if (!dept->clinical)
      return where + "协助建立" + dept->specialty + "制度" + std::to_string(projects) + "项，培训管理人员" +
             std::to_string(trainees) + "名，开展专题讲座" + std::to_string(lectures) + "次。";
    return where + "开展" + dept->specialty + "等新技术新项目" + std::to_string(projects) + "项，带教本院医师" +
           std::to_string(trainees) + "名，完成诊疗" + std::to_string(cases) + "例次，开展专题讲座" +
           std::to_string(lectures) + "次。";
  }

  void add_staff() {
    // Hospitals supporting more counties send more doctors.
    std::vector<int> weights;
    int total = 0;
    for (auto& s : support_) {
      weights.push_back(static_cast<int>(s.recipients.size()) * 3 + 1);
      total += weights.back();
    }
    for (int i = 0; i < staff_count_; ++i) {
      int x = rng_.between(0, total - 1);
      std::size_t si = 0;
      while (x >= weights[si]) x -= weights[si++];
      add_one_staff(support_[si]);
    }
  }

  void add_one_staff(SupportSide& home) {
    Person p = person();
    std::size_t band = 0;
    Date birth = birth_date(band);
    NewStaff st;
    st.name = p.name;
    st.id_number = id_number(home.data->county, birth, p.male);
    st.title = title(band);
    const auto& [dept_unit, dept] = home.departments[rng_.below(static_cast<std::uint32_t>(home.departments.size()))];
    st.home_unit = rng_.percent(85) ? dept_unit : home.id;
    st.department = dept->name;
    st.specialty = dept->specialty;
    bool senior = st.title == Title::associate_senior || st.title == Title::senior;
    if (!dept->clinical) st.position = rng_.percent(50) ? "行政部门负责人" : "其他";
    else st.position = rng_.percent(senior ? 40 : 8) ? "临床科室负责人" : "其他";
    st.phone = phone();

    auto recipient = [&]() -> RecipientSide& { return recipients_[rng_.pick(home.recipients)]; };
    std::optional<AccountId> active_admin;  // the admin of the hospital the doctor is at now
    UnitId active_unit = 0;
    Date active_start;
    StaffId id = 0;
    std::size_t category = rng_.weighted({72, 12, 10, 6});
    if (home.recipients.empty()) category = 3;
    switch (category) {
      case 0: {  // on assignment now: registered by the recipient hospital on arrival
        auto& r = recipient();
        NewAssignment a;
        a.recipient_unit = r.id;
        a.start = today_ - date_duration(rng_.between(7, 350));
        a.planned_end = a.start + months(a.start + months(6) > today_ + date_duration(14) ? 6 : 12);
        id = e_.add_staff(r.admin, st, a);
        ++summary_.assignments;
        active_admin = r.admin;
        active_unit = r.id;
        active_start = a.start;
        break;
      }
      case 1:
      case 2: {  // a task that ended (结束任务), and for some a later one
        auto& r = recipient();
        NewAssignment a;
        a.recipient_unit = r.id;
        a.start = today_ - date_duration(rng_.between(260, 560));
        bool year = rng_.percent(35);
        a.planned_end = a.start + months(year ? 12 : 6);
        id = e_.add_staff(r.admin, st, a);
        ++summary_.assignments;
        Date end = a.start + date_duration(year ? rng_.between(355, 372) : rng_.between(176, 190));
        if (end >= today_) end = today_ - date_duration(rng_.between(1, 20));
        EndOfTask report;
        report.end = end;
        report.summary = end_summary(dept);
        report.evaluation = rng_.percent(40) ? "优秀" : "合格";
        e_.end_assignment(r.admin, e_.assignments(r.admin, id).front().id, report);
        Date again = end + date_duration(rng_.between(20, 90));
        if (category == 2 && again <= today_) {  // dispatched again
          auto& r2 = recipient();
          NewAssignment b;
          b.staff = id;
          b.recipient_unit = r2.id;
          b.start = again;
          b.planned_end = again + months(6);
          e_.start_assignment(r2.admin, b);
          ++summary_.assignments;
          active_admin = r2.admin;
          active_unit = r2.id;
          active_start = b.start;
        }
        break;
      }
      default:  // registered by the home hospital, not yet dispatched
        id = e_.add_staff(home.admin, st);
        break;
    }
    ++summary_.staff;
    // Most doctors join the programme's organisation (a 支援人员 account): those on assignment
    // through the recipient hospital's QR code, the others through their home hospital.
    AccountId own = kSystemActor;  // without an account, the hospital's punch machine records
    if (rng_.percent(85))
      own = account(active_admin.value_or(home.admin), p, "staff." + std::to_string(id), Role::support_staff,
                    Scope::of_unit(st.home_unit), id, st.phone);
    if (active_admin) attendees_.push_back({id, own, active_unit, *active_admin, home.admin, active_start});
    if (category != 3) reporters_.push_back({id, dept->name, dept->clinical});
  }
};

}  // namespace

DemoSummary build_demo(Engine& engine, const DemoOptions& options) { return DemoBuilder(engine, options).run(); }

}  // namespace bangfu
