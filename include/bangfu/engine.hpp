// bangfu::Engine — the one entry point. Each command checks the acting account's roles and
// reach, runs in one SQLite transaction, and appends to the audit log what it changed.
// One Engine may be shared by many threads (commands are serialized on it).
#pragma once

#include <boost/date_time/posix_time/ptime.hpp>
#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bangfu/account.hpp"
#include "bangfu/attendance.hpp"
#include "bangfu/audit.hpp"
#include "bangfu/calendar.hpp"
#include "bangfu/error.hpp"
#include "bangfu/ids.hpp"
#include "bangfu/import.hpp"
#include "bangfu/org.hpp"
#include "bangfu/overview.hpp"
#include "bangfu/region.hpp"
#include "bangfu/report.hpp"
#include "bangfu/request.hpp"
#include "bangfu/summary.hpp"
#include "bangfu/table.hpp"
#include "bangfu/visibility.hpp"
#include "bangfu/workflow.hpp"

namespace bangfu {

struct OpenOptions {
  // Create the file (and schema) when it does not exist; otherwise not_found.
  bool create_if_missing = true;
  // UTC now, for audit timestamps and "today" (CST). Tests pass a fixed clock; default = system.
  std::function<boost::posix_time::ptime()> clock;
};

class BANGFU_EXPORT Engine {
 public:
  // Opens (and creates or upgrades) a database. path may be ":memory:". A database written by
  // a newer bangfu is refused (invalid_state) rather than misread.
  static std::unique_ptr<Engine> open(const std::string& path, OpenOptions options = {});
  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  int schema_version() const;
  static int supported_schema_version() noexcept;
  // "Today" in China Standard Time, from the engine's clock.
  Date today() const;
  // Now (UTC), from the engine's clock (the system clock unless OpenOptions::clock fixes it).
  boost::posix_time::ptime now() const;

  // ---- Regions (public reference data: reading needs no account) ----
  Region region(RegionCode code) const;                       // not_found for unknown codes
  std::vector<Region> region_children(RegionCode code) const; // kNationwide → provinces
  // Regions whose name contains `name` (e.g. "甘洛"), optionally inside `within`.
  std::vector<Region> find_regions(std::string_view name,
                                   std::optional<RegionCode> within = std::nullopt,
                                   int limit = 50) const;
  std::int64_t region_count(std::optional<RegionLevel> level = std::nullopt) const;

  // ---- Work calendar (public data: reading needs no account) ----
  // National, or a unit's: the national calendar with the unit's own days and those of the
  // units above it. Workday questions about a year without data throw not_found.
  WorkCalendar calendar(std::optional<UnitId> unit = std::nullopt) const;
  CalendarDay calendar_day(Date d, std::optional<UnitId> unit = std::nullopt) const;
  bool is_workday(Date d, std::optional<UnitId> unit = std::nullopt) const;
  int workdays(Date first, Date last, std::optional<UnitId> unit = std::nullopt) const;
  std::vector<CalendarDay> calendar_days(Date first, Date last, std::optional<UnitId> unit = std::nullopt) const;
  Date nth_workday_after(Date d, int n, std::optional<UnitId> unit = std::nullopt) const;
  // A unit's own day: a local holiday (workday false) or an extra working day (true); it
  // applies to the unit and everything under it. Loading a new national year is
  // import_csv(…, ImportKind::calendar, …).
  void set_unit_calendar_day(AccountId actor, UnitId unit, const CalendarEntry& day);
  void remove_unit_calendar_day(AccountId actor, UnitId unit, Date date);

  // ---- Units (支援医院, 受援医院, 卫健委, 科室) ----
  UnitId add_unit(AccountId actor, const NewUnit& unit);
  void update_unit(AccountId actor, UnitId id, const NewUnit& unit);
  Unit unit(AccountId actor, UnitId id) const;
  Unit unit_by_code(AccountId actor, std::string_view code) const;
  std::vector<Unit> units(AccountId actor, const UnitFilter& filter = {}) const;
  // Is `unit` the same as or inside `ancestor` in the unit hierarchy? O(1) (DFS numbering).
  bool unit_is_under(UnitId unit, UnitId ancestor) const;

  // ---- Pairings (对口帮扶关系) ----
  PairingId add_pairing(AccountId actor, const NewPairing& pairing);
  void end_pairing(AccountId actor, PairingId id, Date end);
  std::vector<Pairing> pairings(AccountId actor, const PairingFilter& filter = {}) const;

  // ---- Support staff (支援人员) and assignments (派驻) ----
  // Adds a staff member. With `arrival`, also starts the assignment in the same transaction
  // (新增帮扶人员: the recipient hospital registers an arriving doctor); arrival->staff is ignored.
  StaffId add_staff(AccountId actor, const NewStaff& staff,
                    const std::optional<NewAssignment>& arrival = std::nullopt);
  void update_staff(AccountId actor, StaffId id, const NewStaff& staff);
  Staff staff(AccountId actor, StaffId id) const;
  std::optional<Staff> staff_by_id_number(AccountId actor, std::string_view id_number) const;
  AssignmentId start_assignment(AccountId actor, const NewAssignment& assignment);
  // 结束任务人员信息上报: ends the active assignment and records the end-of-task report.
  void end_assignment(AccountId actor, AssignmentId id, const EndOfTask& report);
  Assignment assignment(AccountId actor, AssignmentId id) const;
  std::vector<Assignment> assignments(AccountId actor, StaffId staff) const;

  // ---- Accounts ----
  AccountId create_account(AccountId actor, const NewAccount& account);
  Account account(AccountId actor, AccountId id) const;
  std::optional<Account> account_by_login(AccountId actor, std::string_view login) const;
  std::vector<Account> accounts(AccountId actor, const AccountFilter& filter = {}) const;
  void set_account_disabled(AccountId actor, AccountId id, bool disabled);

  // ---- Summaries and exports ----
  // 支援人员信息汇总表, limited to what the actor may see; ID numbers masked unless allowed.
  Table staff_summary(AccountId actor, const StaffSummaryFilter& filter = {}) const;
  void staff_summary(AccountId actor, const StaffSummaryFilter& filter, TableSink& sink) const;
  void export_staff_summary(AccountId actor, const StaffSummaryFilter& filter,
                            ExportFormat format, const std::string& path) const;

  // 对口帮扶工作概况 on `as_of` (default: today in China Standard Time), limited to the actor's view.
  ProgrammeOverview programme_overview(AccountId actor, std::optional<Date> as_of = std::nullopt) const;

  // ---- Attendance (考勤) ----
  // 考勤组: a recipient hospital's rule for everyone there (no members) or for listed staff.
  // Managed by the recipient side reaching the hospital.
  GroupId add_attendance_group(AccountId actor, const NewAttendanceGroup& group);
  void update_attendance_group(AccountId actor, GroupId id, const NewAttendanceGroup& group);
  void remove_attendance_group(AccountId actor, GroupId id);
  std::vector<AttendanceGroup> attendance_groups(AccountId actor, UnitId unit) const;
  // The rule a staff member works under at their assignment on `day`: their group's, the
  // hospital's default group's, or bangfu's default rule.
  AttendanceRule attendance_rule(AccountId actor, StaffId staff, Date day) const;

  // Records a punch (打卡) for the staff member's active assignment. The actor is the staff
  // member's own account or the system actor (a device or the host). Outside the geofence
  // the rule's field policy applies; under require_approval a 外勤 request is opened.
  Punch record_punch(AccountId actor, const NewPunch& punch);
  std::vector<Punch> punches(AccountId actor, StaffId staff, Date first, Date last) const;

  // Day-by-day results (at most 366 days): a staff member sees their own, admins their reach.
  std::vector<DayResult> attendance_days(AccountId actor, StaffId staff, Date first, Date last) const;
  // 考勤统计: one row per staff member and assignment active in the month, in the actor's reach.
  std::vector<MonthAttendance> attendance_month(AccountId actor, const AttendanceFilter& filter) const;
  Table attendance_month_table(AccountId actor, const AttendanceFilter& filter) const;
  void export_attendance_month(AccountId actor, const AttendanceFilter& filter, ExportFormat format,
                               const std::string& path) const;

  // ---- Approvals (审批): 补卡, 请假, 外勤 ----
  // The flow for a kind: the host's, or bangfu's default. Replacing one needs a national admin
  // (or the system actor); requests already submitted keep the steps they were given.
  Workflow workflow(RequestKind kind) const;
  void set_workflow(AccountId actor, const Workflow& flow);
  // Filed by the staff member's own account.
  Request submit_makeup(AccountId actor, const MakeupRequest& request);
  Request submit_leave(AccountId actor, const LeaveRequest& request);
  // approve / reject (reason) by a current approver, withdraw by the applicant while pending,
  // revoke (reason) an approved request by an approver who agreed. Others: invalid_state.
  Request act_on_request(AccountId actor, RequestId id, RequestAction action, std::string_view reason = {});
  Request request(AccountId actor, RequestId id) const;
  std::vector<Request> requests(AccountId actor, const RequestFilter& filter = {}) const;
  // 本月已申请N次补卡: the make-ups used in the cycle containing `day`.
  MakeupQuota makeup_quota(AccountId actor, StaffId staff, Date day) const;

  // ---- Reports (数据上报): templates, filling, review, completeness, summaries ----
  // Templates: the latest version of each, or one version (0 = latest). Reading needs no account.
  std::vector<ReportTemplate> report_templates() const;
  ReportTemplate report_template(std::string_view key, int version = 0) const;
  // Stores a new template, or a new version of an existing one (check_template_change: fields
  // may be added, none removed or retyped). National admins and the system actor. Returns it
  // with its version.
  ReportTemplate put_report_template(AccountId actor, const ReportTemplate& t);
  // Adds one field to the latest version (a new version).
  ReportTemplate add_report_field(AccountId actor, std::string_view template_key, const ReportField& field);

  // The report for a key, creating it as a draft pre-filled from its sources (attendance for
  // a staff member's month; staff on assignment and the filed monthly reports for a hospital's
  // year) when there is none. The recipient hospital's admin (受援医院管理员) files; a staff
  // report needs an assignment at the hospital during the period, a hospital report a pairing.
  Report open_report(AccountId actor, const ReportKey& key);
  // Sets values (an empty value clears one) in a draft or returned report; checked against the
  // report's template version (the field and the value named on error). locked for a locked
  // report, invalid_state while under review or accepted.
  Report save_report(AccountId actor, ReportId id, const ReportValues& values);
  // Submits a draft or returned report: every required field is needed. After the deadline
  // it is accepted and marked late (judged by the first submission). Review starts with the
  // report_review workflow (default: the recipient province admin, 受援省份审核). `at`: the
  // system actor replaying a submission made elsewhere (a host migrating history) gives its
  // time; anyone else submits now.
  Report submit_report(AccountId actor, ReportId id, std::optional<Instant> at = std::nullopt);
  // Review: approve (accept) or reject (return, reason required) by a current reviewer;
  // withdraw by the filer while under review; revoke (reason) an accepted report by a reviewer
  // who accepted it (back to returned). Locked reports: locked.
  Report act_on_report(AccountId actor, ReportId id, RequestAction action, std::string_view reason = {});
  // National only: a locked report goes back to returned (the hospital corrects and resubmits);
  // its province package is reopened.
  Report unlock_report(AccountId actor, ReportId id, std::string_view reason);
  Report report(AccountId actor, ReportId id) const;
  std::vector<Report> reports(AccountId actor, const ReportFilter& filter = {}) const;

  // 省级汇总上报: when every expected report of the province for the period is accepted, the
  // recipient province admin submits the package; its reports are locked.
  ReportPackage submit_report_package(AccountId actor, std::string_view template_key, const Period& period,
                                      RegionCode province);
  // The packages of the actor's province (recipient-side accounts; national: all).
  std::vector<ReportPackage> report_packages(AccountId actor, std::optional<std::string> template_key = std::nullopt,
                                             std::optional<Period> period = std::nullopt) const;

  // 填报情况查询: for a region inside the actor's recipient jurisdiction (national: any).
  Completeness report_completeness(AccountId actor, const CompletenessFilter& filter) const;
  // The rows (with 合计) as a table; the missing units (催报名单) as another.
  Table report_completeness_table(AccountId actor, const CompletenessFilter& filter) const;
  Table report_missing_table(AccountId actor, const CompletenessFilter& filter) const;
  void export_report_completeness(AccountId actor, const CompletenessFilter& filter, ExportFormat format,
                                  const std::string& path) const;
  void export_report_missing(AccountId actor, const CompletenessFilter& filter, ExportFormat format,
                             const std::string& path) const;

  // 汇总表: monthly workload or annual effectiveness, per report or grouped, with 合计;
  // limited to what the actor sees, ID numbers masked unless allowed. The sink form streams.
  Table report_summary(AccountId actor, const ReportSummaryFilter& filter) const;
  void report_summary(AccountId actor, const ReportSummaryFilter& filter, TableSink& sink) const;
  void export_report_summary(AccountId actor, const ReportSummaryFilter& filter, ExportFormat format,
                             const std::string& path) const;

  // ---- Import ----
  // Reads a CSV. Rows with problems are reported by line and field; unless
  // options.keep_good_rows, a file with any problem writes nothing (report.committed false).
  ImportReport import_csv(AccountId actor, ImportKind kind, std::istream& csv,
                          const ImportOptions& options = {});
  ImportReport import_csv_file(AccountId actor, ImportKind kind, const std::string& path,
                               const ImportOptions& options = {});

  // ---- Audit ----
  // National admins (and the system actor) read all; others read their own actions.
  std::vector<AuditEntry> audit_log(AccountId actor, const AuditFilter& filter = {}) const;

  struct Impl;

 private:
  explicit Engine(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace bangfu
