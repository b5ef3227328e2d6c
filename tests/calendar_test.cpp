// The work calendar on the real State Council data: every holiday and adjusted workday of
// 2024–2026 (listed here from the notices, independently of data/holidays), yearly totals,
// months, units' own days, loading a new year, and the error for a year without data.
#include <gtest/gtest.h>

#include <boost/date_time/gregorian/gregorian.hpp>
#include <sstream>

#include "test_support.hpp"

using namespace bangfu;
using bangfu::testing::catch_error;
using bangfu::testing::d;
using bangfu::testing::make_programme;
using bangfu::testing::open_memory;

namespace {

// Days off that fall on Monday–Friday are what change the count; but every listed day off
// (also those on weekends) is a holiday, and every listed work day a weekend day worked.
struct Notice {
  std::vector<const char*> off;
  std::vector<const char*> work;
};

const Notice k2024{{"2024-01-01", "2024-02-10", "2024-02-11", "2024-02-12", "2024-02-13", "2024-02-14", "2024-02-15",
                    "2024-02-16", "2024-02-17", "2024-04-04", "2024-04-05", "2024-04-06", "2024-05-01", "2024-05-02",
                    "2024-05-03", "2024-05-04", "2024-05-05", "2024-06-10", "2024-09-15", "2024-09-16", "2024-09-17",
                    "2024-10-01", "2024-10-02", "2024-10-03", "2024-10-04", "2024-10-05", "2024-10-06", "2024-10-07"},
                   {"2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14", "2024-09-29",
                    "2024-10-12"}};
const Notice k2025{{"2025-01-01", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-02-01", "2025-02-02",
                    "2025-02-03", "2025-02-04", "2025-04-04", "2025-04-05", "2025-04-06", "2025-05-01", "2025-05-02",
                    "2025-05-03", "2025-05-04", "2025-05-05", "2025-05-31", "2025-06-01", "2025-06-02", "2025-10-01",
                    "2025-10-02", "2025-10-03", "2025-10-04", "2025-10-05", "2025-10-06", "2025-10-07", "2025-10-08"},
                   {"2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"}};
const Notice k2026{{"2026-01-01", "2026-01-02", "2026-01-03", "2026-02-15", "2026-02-16", "2026-02-17", "2026-02-18",
                    "2026-02-19", "2026-02-20", "2026-02-21", "2026-02-22", "2026-02-23", "2026-04-04", "2026-04-05",
                    "2026-04-06", "2026-05-01", "2026-05-02", "2026-05-03", "2026-05-04", "2026-05-05", "2026-06-19",
                    "2026-06-20", "2026-06-21", "2026-09-25", "2026-09-26", "2026-09-27", "2026-10-01", "2026-10-02",
                    "2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06", "2026-10-07"},
                   {"2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"}};

void check_year(const WorkCalendar& cal, int year, const Notice& n) {
  std::set<Date> off, work;
  for (auto s : n.off) off.insert(d(s));
  for (auto s : n.work) work.insert(d(s));
  for (Date day(year, 1, 1); day <= Date(year, 12, 31); day += boost::gregorian::days(1)) {
    auto c = cal.day(day);
    bool weekend = day.day_of_week() == boost::date_time::Saturday || day.day_of_week() == boost::date_time::Sunday;
    if (off.count(day)) {
      EXPECT_FALSE(c.workday) << date_text(day);
      EXPECT_EQ(c.kind, DayKind::holiday) << date_text(day);
      EXPECT_FALSE(c.name.empty()) << date_text(day);
    } else if (work.count(day)) {
      EXPECT_TRUE(c.workday) << date_text(day);
      EXPECT_EQ(c.kind, DayKind::adjusted_workday) << date_text(day);
    } else {
      EXPECT_EQ(c.workday, !weekend) << date_text(day);
      EXPECT_EQ(c.kind, weekend ? DayKind::weekend : DayKind::workday) << date_text(day);
    }
  }
}

}  // namespace

TEST(Calendar, EveryHolidayAndAdjustedWorkdayOf2024To2026) {
  auto e = open_memory();
  auto cal = e->calendar();
  check_year(cal, 2024, k2024);
  check_year(cal, 2025, k2025);
  check_year(cal, 2026, k2026);
  for (int y = 2016; y <= 2026; ++y) EXPECT_TRUE(cal.covers(y)) << y;
}

TEST(Calendar, WorkdaysPerYearMatchTheNotices) {
  auto e = open_memory();
  EXPECT_EQ(e->workdays(d("2024-01-01"), d("2024-12-31")), 251);
  EXPECT_EQ(e->workdays(d("2025-01-01"), d("2025-12-31")), 248);
  EXPECT_EQ(e->workdays(d("2026-01-01"), d("2026-12-31")), 248);
}

TEST(Calendar, RequiredWorkdaysOfFebruaryAndOctober2026) {
  auto e = open_memory();
  // February: 20 weekdays − 6 off for 春节 (16–20, 23) + Saturdays 14 and 28 worked.
  EXPECT_EQ(e->workdays(d("2026-02-01"), d("2026-02-28")), 16);
  // October: 22 weekdays − 5 off for 国庆节 (1, 2, 5, 6, 7) + Saturday 10 worked.
  EXPECT_EQ(e->workdays(d("2026-10-01"), d("2026-10-31")), 18);
  EXPECT_TRUE(e->is_workday(d("2026-02-14")));  // a Saturday, 调休上班
  EXPECT_EQ(e->calendar_day(d("2026-02-14")).kind, DayKind::adjusted_workday);
  EXPECT_EQ(e->calendar_day(d("2026-02-17")).name, "春节");
}

TEST(Calendar, NthWorkdayAfterCrossesHolidays) {
  auto e = open_memory();
  EXPECT_EQ(e->nth_workday_after(d("2026-09-30"), 1), d("2026-10-08"));
  EXPECT_EQ(e->nth_workday_after(d("2026-02-13"), 1), d("2026-02-14"));  // the Saturday worked
  EXPECT_EQ(e->nth_workday_after(d("2026-10-08"), -1), d("2026-09-30"));
  EXPECT_EQ(e->nth_workday_after(d("2026-11-23"), 5), d("2026-11-30"));
  EXPECT_THROW(e->nth_workday_after(d("2026-11-23"), 0), Error);
}

TEST(Calendar, AYearWithoutDataIsAnExplicitError) {
  auto e = open_memory();
  auto err = catch_error([&] { e->is_workday(d("2027-03-01")); });
  EXPECT_EQ(err.code(), ErrorCode::not_found);
  EXPECT_EQ(err.field(), "date");
  EXPECT_NE(std::string(err.what()).find("2027"), std::string::npos);
  EXPECT_NE(std::string(err.what()).find("2016–2026"), std::string::npos);
  EXPECT_THROW(e->workdays(d("2026-12-01"), d("2027-01-31")), Error);
  EXPECT_THROW(e->nth_workday_after(d("2026-12-31"), 1), Error);  // the walk leaves 2026
  EXPECT_THROW(e->is_workday(d("2015-06-01")), Error);
}

TEST(Calendar, ANewYearLoadsAtRunTime) {
  auto e = open_memory();
  std::istringstream csv(
      "date,kind,holiday\n"
      "2027-01-01,off,元旦\n"
      "2027-02-05,work,春节\n"  // a Friday: refused, only weekend days are worked in exchange
      "2027-02-06,off,春节\n");
  auto rep = e->import_csv(kSystemActor, ImportKind::calendar, csv);
  EXPECT_FALSE(rep.committed);
  ASSERT_EQ(rep.problems.size(), 1u);
  EXPECT_EQ(rep.problems[0].line, 3);
  EXPECT_EQ(rep.problems[0].field, "kind");
  EXPECT_THROW(e->is_workday(d("2027-01-04")), Error);  // nothing loaded
  std::istringstream good("date,kind,holiday\n2027-01-01,off,元旦\n2027-02-06,work,春节\n2027-02-08,off,春节\n");
  ImportOptions o;
  o.edition = "国办发明电〔2026〕";
  ASSERT_TRUE(e->import_csv(kSystemActor, ImportKind::calendar, good, o).committed);
  EXPECT_FALSE(e->is_workday(d("2027-01-01")));
  EXPECT_TRUE(e->is_workday(d("2027-02-06")));
  EXPECT_TRUE(e->is_workday(d("2027-03-01")));
  EXPECT_TRUE(e->calendar().covers(2027));
  // Only national administrators load the national calendar.
  auto p = make_programme();
  std::istringstream again("date,kind,holiday\n2027-01-01,off,元旦\n");
  EXPECT_EQ(catch_error([&] { p.engine->import_csv(p.sichuan_recipient, ImportKind::calendar, again); }).code(),
            ErrorCode::permission_denied);
}

TEST(Calendar, AUnitsOwnDaysApplyToItAndWhatIsUnderIt) {
  auto p = make_programme();
  auto& e = *p.engine;
  // 浙大一院 opens on Saturday 2026-11-28; its cardiology department follows; 华西 does not.
  e.set_unit_calendar_day(p.zju_admin, p.zju, {d("2026-11-28"), true, "周六门诊"});
  EXPECT_TRUE(e.is_workday(d("2026-11-28"), p.zju));
  EXPECT_TRUE(e.is_workday(d("2026-11-28"), p.zju_cardiology));
  EXPECT_FALSE(e.is_workday(d("2026-11-28"), p.huaxi));
  EXPECT_FALSE(e.is_workday(d("2026-11-28")));
  auto day = e.calendar_day(d("2026-11-28"), p.zju_cardiology);
  EXPECT_TRUE(day.local);
  EXPECT_EQ(day.name, "周六门诊");
  // A local holiday in 甘洛 (彝族年), set by the county.
  e.set_unit_calendar_day(p.ganluo_county, p.ganluo, {d("2026-11-20"), false, "彝族年"});
  EXPECT_EQ(e.workdays(d("2026-11-01"), d("2026-11-30"), p.ganluo), e.workdays(d("2026-11-01"), d("2026-11-30")) - 1);
  // Another county's hospital is out of reach; removing an unset day is not_found.
  EXPECT_EQ(catch_error([&] { e.set_unit_calendar_day(p.meigu_county, p.ganluo, {d("2026-11-21"), true, "x"}); }).code(),
            ErrorCode::permission_denied);
  e.remove_unit_calendar_day(p.ganluo_county, p.ganluo, d("2026-11-20"));
  EXPECT_TRUE(e.is_workday(d("2026-11-20"), p.ganluo));
  EXPECT_EQ(catch_error([&] { e.remove_unit_calendar_day(p.ganluo_county, p.ganluo, d("2026-11-20")); }).code(),
            ErrorCode::not_found);
}

TEST(Calendar, IsAPureValue) {
  WorkCalendar c;
  c.set_years({2030}, {{d("2030-01-01"), false, "元旦"}});
  EXPECT_FALSE(c.is_workday(d("2030-01-01")));
  EXPECT_TRUE(c.is_workday(d("2030-01-02")));
  EXPECT_THROW(c.set_years({2031}, {{d("2030-05-01"), false, "劳动节"}}), Error);
  c.set_years({2030}, {});  // a corrected notice replaces the year whole
  EXPECT_TRUE(c.is_workday(d("2030-01-01")));
}
