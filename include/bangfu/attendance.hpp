// Attendance (考勤): rules, punches and the day-by-day results (DOMAIN.md A3).
// The rule fields are those DingTalk and Feishu users know. Everything in this header is a
// value or a pure function: the Engine stores rules and punches and passes "now".
#pragma once

#include <boost/date_time/posix_time/ptime.hpp>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "bangfu/calendar.hpp"
#include "bangfu/ids.hpp"
#include "bangfu/org.hpp"
#include "bangfu/visibility.hpp"

namespace bangfu {

// An instant, in UTC. The programme's days and clock times are China Standard Time (UTC+8,
// no daylight saving), so a punch at 23:30 UTC belongs to the next CST day.
using Instant = boost::posix_time::ptime;
BANGFU_EXPORT Date cst_date(Instant utc);
BANGFU_EXPORT int cst_minute(Instant utc);              // minutes after CST midnight, 0–1439
BANGFU_EXPORT Instant cst_instant(Date day, int minute);  // CST day + minute → UTC
// "08:30" ↔ 510. Throws invalid_argument naming `field` for anything but HH:MM in 00:00–23:59.
BANGFU_EXPORT int parse_clock(std::string_view text, std::string_view field = "time");
BANGFU_EXPORT std::string clock_text(int minute);
// Parses an instant: "2026-03-02T08:05:00+08:00", "…Z", or "2026-03-02 08:05" (taken as CST).
BANGFU_EXPORT Instant parse_instant(std::string_view text, std::string_view field = "at");
BANGFU_EXPORT std::string instant_text(Instant utc);    // "2026-03-02T08:05:00+08:00"

// ---- Rules ------------------------------------------------------------------------------

// What happens to a punch outside the geofence (外勤打卡).
enum class FieldPolicy : int {
  accept = 1,            // 允许外勤: counts like a punch inside
  flag = 2,              // 允许并标记: counts, and the day is marked 外勤
  require_approval = 3,  // 需审批: counts only once a field request (外勤申请) is approved
};
BANGFU_EXPORT const char* field_policy_key(FieldPolicy p) noexcept;
BANGFU_EXPORT const char* field_policy_label(FieldPolicy p) noexcept;
BANGFU_EXPORT FieldPolicy parse_field_policy(std::string_view text, std::string_view field = "field_policy");

enum class LookBack : int { natural_days = 1, workdays = 2 };  // 自然日 / 工作日
BANGFU_EXPORT const char* look_back_key(LookBack b) noexcept;
BANGFU_EXPORT const char* look_back_label(LookBack b) noexcept;
BANGFU_EXPORT LookBack parse_look_back(std::string_view text, std::string_view field = "look_back");

// The result of one required punch.
enum class PunchResult : int {
  normal = 1,        // 正常
  late = 2,          // 迟到
  serious_late = 3,  // 严重迟到
  absent = 4,        // 旷工 (late beyond the absence threshold)
  missing = 5,       // 缺卡
  early = 6,         // 早退 (off-duty punch before the off-duty time)
};
BANGFU_EXPORT const char* punch_result_key(PunchResult r) noexcept;
BANGFU_EXPORT const char* punch_result_label(PunchResult r) noexcept;
BANGFU_EXPORT PunchResult parse_punch_result(std::string_view text, std::string_view field = "result");

// 补卡规则.
struct MakeupRule {
  bool allowed = true;
  int per_cycle = 3;          // requests per monthly cycle (pending + approved count)
  int cycle_start_day = 1;    // 1–28: a cycle runs from this day to the day before it next month
  int days_back = 30;         // how far back a make-up may reach
  LookBack look_back = LookBack::natural_days;
  std::set<PunchResult> correctable{PunchResult::missing, PunchResult::late,
                                    PunchResult::serious_late, PunchResult::absent,
                                    PunchResult::early};
};

// 考勤规则 (one shift per workday). Times are minutes after CST midnight.
struct AttendanceRule {
  std::string name = "默认考勤规则";
  int on_duty = 8 * 60;          // 上班时间
  int earliest = 120;            // 最早打卡: this many minutes before on-duty
  int latest = 240;              // 最晚打卡: this many minutes after on-duty; later is not an on-duty punch
  int grace = 0;                 // 弹性: late by at most this many minutes counts as normal
  int serious_late = 30;         // late by this many minutes or more: 严重迟到
  int absence = 60;              // late by this many minutes or more: 旷工
  bool off_duty_required = false;  // 下班打卡
  int off_duty = 17 * 60 + 30;   // 下班时间
  int off_duty_latest = 360;     // minutes after off-duty that still count as the off-duty punch
  int radius_m = 300;            // 考勤范围 around the hospital's location, 100–3000
  FieldPolicy field_policy = FieldPolicy::flag;
  MakeupRule makeup;

  // invalid_argument naming the field and value (e.g. grace ≥ serious_late).
  void validate() const;
};

// 考勤组: a recipient hospital's rule, for everyone assigned there (no members) or for the
// listed staff only. A member-list group wins over the hospital's default group.
struct NewAttendanceGroup {
  UnitId unit = 0;                 // the recipient hospital
  std::string name;                // e.g. 内科支援组
  std::vector<StaffId> members;    // empty: the hospital's default group
  AttendanceRule rule;
};

struct AttendanceGroup : NewAttendanceGroup {
  GroupId id = 0;
  std::string unit_name;
};

// ---- Punches ----------------------------------------------------------------------------

enum class PunchCheck : int {
  inside = 1,          // 范围内 (or the hospital has no location set)
  field = 2,           // 外勤, counted (policy accept or flag)
  field_pending = 3,   // 外勤, awaiting approval (not counted yet)
  field_approved = 4,  // 外勤, approved
  field_rejected = 5,  // 外勤, refused (not counted)
};
BANGFU_EXPORT const char* punch_check_key(PunchCheck c) noexcept;
BANGFU_EXPORT const char* punch_check_label(PunchCheck c) noexcept;
// Does a punch with this check count towards attendance?
BANGFU_EXPORT bool punch_counts(PunchCheck c) noexcept;

struct NewPunch {
  StaffId staff = 0;
  Instant at;                          // UTC
  std::optional<GeoPoint> location;    // absent: unknown (a field punch where a geofence exists)
  std::string source;                  // free text: "dingtalk", "his", "device-3F" ...
};

struct Punch : NewPunch {
  PunchId id = 0;
  AssignmentId assignment = 0;         // the active assignment it was recorded under
  UnitId unit = 0;                     // its recipient hospital
  Date day;                            // CST
  int minute = 0;                      // CST minute of the day
  std::optional<int> distance_m;       // from the hospital, when both locations are known
  PunchCheck check = PunchCheck::inside;
  AccountId recorded_by = 0;
};

// Great-circle distance in metres (haversine, mean Earth radius).
BANGFU_EXPORT double distance_m(const GeoPoint& a, const GeoPoint& b) noexcept;
// Inside or field, and what the rule's policy makes of it.
BANGFU_EXPORT PunchCheck classify_location(const AttendanceRule& rule, const std::optional<GeoPoint>& site,
                                           const std::optional<GeoPoint>& where,
                                           std::optional<int>* distance = nullptr);

// ---- Requests that change a day (approved ones are inputs of the evaluation) ---------------

enum class LeaveType : int {
  personal = 1,      // 事假
  sick = 2,          // 病假
  annual = 3,        // 年假
  marriage = 4,      // 婚假
  maternity = 5,     // 产假
  bereavement = 6,   // 丧假
  family_visit = 7,  // 探亲假
  paternity = 8,     // 陪产假
};
BANGFU_EXPORT const std::vector<LeaveType>& every_leave_type();
BANGFU_EXPORT const char* leave_type_key(LeaveType t) noexcept;
BANGFU_EXPORT const char* leave_type_label(LeaveType t) noexcept;
// Accepts the key or the Chinese label.
BANGFU_EXPORT LeaveType parse_leave_type(std::string_view text, std::string_view field = "type");

enum class HalfDay : int { am = 1, pm = 2 };  // 上午 / 下午
BANGFU_EXPORT const char* half_day_key(HalfDay h) noexcept;
BANGFU_EXPORT const char* half_day_label(HalfDay h) noexcept;
BANGFU_EXPORT HalfDay parse_half_day(std::string_view text, std::string_view field = "half");

// A leave period with half-day granularity: from the first day's half to the last day's half.
struct LeaveSpan {
  Date first;
  HalfDay first_half = HalfDay::am;
  Date last;
  HalfDay last_half = HalfDay::pm;
  // Which halves of `d` the span covers: 0 none, 1 am, 2 pm, 3 both.
  int halves_on(Date d) const;
  void validate() const;  // invalid_argument: last before first, or pm → am on one day
};
// Workday halves the span covers in the calendar (2 per full workday).
BANGFU_EXPORT int leave_half_days(const WorkCalendar& calendar, const LeaveSpan& span);

enum class PunchKind : int { on_duty = 1, off_duty = 2 };  // 上班 / 下班
BANGFU_EXPORT const char* punch_kind_key(PunchKind k) noexcept;
BANGFU_EXPORT const char* punch_kind_label(PunchKind k) noexcept;
BANGFU_EXPORT PunchKind parse_punch_kind(std::string_view text, std::string_view field = "kind");

struct ApprovedMakeup {
  Date day;
  PunchKind kind = PunchKind::on_duty;
  int minute = 0;          // the missed punch's time
};
struct ApprovedLeave {
  LeaveType type = LeaveType::personal;
  LeaveSpan span;
};

// ---- Results ----------------------------------------------------------------------------

enum class DayStatus : int {
  normal = 1,              // 正常
  late = 2,                // 迟到
  serious_late = 3,        // 严重迟到
  absent = 4,              // 旷工
  missing = 5,             // 缺卡
  made_up = 6,             // 已补卡
  leave = 7,               // 请假 (see leave_type)
  field = 8,               // 外勤
  rest_day = 9,            // 休息日
  holiday = 10,            // 节假日
  outside_assignment = 11, // 不在派驻期
  early = 12,              // 早退
  upcoming = 13,           // 未到 (the day, or its punch window, has not passed yet)
};
BANGFU_EXPORT const char* day_status_key(DayStatus s) noexcept;
BANGFU_EXPORT const char* day_status_label(DayStatus s) noexcept;

struct DayResult {
  Date date;
  DayStatus status = DayStatus::normal;
  bool required = false;                    // 应出勤: a workday inside the assignment
  std::optional<int> on_duty_minute;        // the punch (or make-up) that counted
  std::optional<int> off_duty_minute;
  std::optional<PunchResult> on_duty;       // when required and decided
  std::optional<PunchResult> off_duty;      // when the rule requires off-duty punches
  int late_minutes = 0;
  int early_minutes = 0;
  bool field = false;                       // a counted punch was a field punch
  bool made_up = false;                     // an approved make-up supplied a punch
  std::optional<LeaveType> leave_type;
  int leave_halves = 0;                     // 1 = half a day, 2 = the whole day
  std::string holiday_name;                 // for holidays and local days
};

// One staff member's attendance inputs for a period.
struct AttendanceInputs {
  std::vector<std::pair<Date, std::optional<Date>>> assigned;  // assignment periods (inclusive)
  std::vector<Punch> punches;            // any order; those that do not count are ignored
  std::vector<ApprovedMakeup> makeups;
  std::vector<ApprovedLeave> leaves;
};

// Evaluates each day in [first, last]. Pure: the calendar (the hospital's), the rule, the
// inputs and `now` decide everything. Days whose punch window has not closed by `now` are
// `upcoming` unless a punch already settles them.
BANGFU_EXPORT std::vector<DayResult> evaluate_days(const WorkCalendar& calendar, const AttendanceRule& rule,
                                                   const AttendanceInputs& inputs, Date first, Date last,
                                                   Instant now);

// 考勤统计 for one person and period, from the day results.
struct AttendanceTotals {
  int required_days = 0;       // 应出勤天数
  int attended_days = 0;       // 出勤天数 (a counted on-duty punch, make-up or field punch)
  int rest_days = 0;           // 休息天数 (rest days and holidays inside the assignment)
  int late_count = 0;          // 迟到次数 (late and serious late)
  int late_minutes = 0;        // 迟到分钟
  int serious_late_count = 0;  // 严重迟到次数
  int early_count = 0;         // 早退次数
  int on_duty_missing = 0;     // 上班缺卡次数
  int off_duty_missing = 0;    // 下班缺卡次数
  int absent_days = 0;         // 旷工天数
  int field_count = 0;         // 外勤次数
  int makeup_count = 0;        // 补卡次数 (approved)
  std::map<LeaveType, int> leave_halves;  // 请假 by type, in half days
  int upcoming_days = 0;       // required days not yet decided
};
BANGFU_EXPORT AttendanceTotals total_days(const std::vector<DayResult>& days);

// The monthly make-up cycle that contains `day` (cycle_start_day 1 → the calendar month).
BANGFU_EXPORT std::pair<Date, Date> makeup_cycle(const MakeupRule& rule, Date day);

// Why a make-up for `day` cannot be requested, checked against the rule, the calendar and
// the day's result: invalid_state (not allowed, rest day or holiday, not in the assignment,
// nothing to correct, result not correctable), deadline_passed (beyond the look-back),
// invalid_argument (a future day). `used` pending + approved make-ups in the cycle:
// quota_exceeded with "本月已申请N次补卡" when used ≥ per_cycle.
BANGFU_EXPORT void check_makeup(const AttendanceRule& rule, const WorkCalendar& calendar,
                                const DayResult& current, PunchKind kind, Date today, int used);

// ---- Monthly statistics rows (考勤统计), as the Engine returns them ---------------------

// How the 考勤统计 table is laid out: a row per staff member (and assignment), or sums per
// recipient hospital or per county / city / province of the hospitals, with a 合计 row.
enum class AttendanceGrouping : int { staff = 0, hospital = 1, county = 2, city = 3, province = 4 };
BANGFU_EXPORT const char* attendance_grouping_key(AttendanceGrouping g) noexcept;
BANGFU_EXPORT AttendanceGrouping parse_attendance_grouping(std::string_view text,
                                                           std::string_view field = "group_by");

struct AttendanceFilter {
  int year = 0;
  int month = 0;                        // 1–12
  std::optional<RegionCode> region;     // recipient hospitals in this region
  std::optional<UnitId> unit;           // one recipient hospital
  std::optional<StaffId> staff;         // one person
  AttendanceGrouping group_by = AttendanceGrouping::staff;  // for the table and its export
};

struct MonthAttendance {
  StaffId staff = 0;
  std::string staff_name;
  std::string home_unit_name;
  UnitId unit = 0;                      // recipient hospital
  std::string unit_name;
  RegionCode region = 0;                // the hospital's region
  std::string region_path;
  int year = 0, month = 0;
  AttendanceTotals totals;
};

}  // namespace bangfu
