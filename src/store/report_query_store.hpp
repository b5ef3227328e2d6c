// SQL for 填报情况查询 (who was expected to report, and what they filed) and for the rows of
// the summary tables (汇总表). Both stream through callbacks: a national query touches every
// recipient hospital and, for monthly reports, every staff member on assignment.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "account/permissions.hpp"
#include "bangfu/report.hpp"
#include "org/unit_tree.hpp"
#include "store/database.hpp"

namespace bangfu::store {

// One expected report: the hospital, the staff member (staff reports) and what was filed.
struct ExpectedReport {
  UnitId unit = 0;
  RegionCode region = 0;
  std::string unit_name;
  std::optional<StaffId> staff;
  std::string staff_name;
  std::optional<ReportId> report;    // none: no report at all
  std::optional<ReportState> state;
  bool late = false;
};
// Staff reports: a (staff member, hospital) pair for each assignment active in the period;
// hospital reports: each recipient hospital with a pairing active in the period. In region
// order, then hospital, then staff.
void expected_reports(Database& db, ReportSubject subject, const std::string& template_key, const Period& period,
                      RegionRange region, const std::function<void(const ExpectedReport&)>& each);

// 受援医院管理员 of a hospital, as "name phone", for chasing (催报).
std::vector<std::string> hospital_admin_contacts(Database& db, internal::DfsNumber unit);

struct SummaryQuery {
  std::string template_key;
  Period first, last;
  internal::StaffReach reach;
  std::optional<RegionRange> region;
  std::optional<UnitId> unit;
  std::optional<internal::DfsNumber> support;  // support hospital subtree
  bool accepted_only = false;
};
struct SummaryRecord {
  ReportId id = 0;
  int template_version = 0;
  std::string period;
  ReportState state = ReportState::submitted;
  bool late = false;
  std::string values_json;
  UnitId unit = 0;
  std::string unit_name;
  RegionCode region = 0;
  std::string region_path;
  std::optional<StaffId> staff;
  std::string staff_name;
  std::string id_number;
  bool full_id = false;
  std::string home_unit_name;
};
// Filed reports (not drafts) of the template in the period range, in region, hospital,
// period, staff order.
void summary_records(Database& db, const SummaryQuery& q, const std::function<void(const SummaryRecord&)>& each);

}  // namespace bangfu::store

namespace bangfu::store {

// Staff with an assignment at the hospital overlapping [first, last] (派驻人数).
std::int64_t staff_on_assignment(Database& db, UnitId unit, Date first, Date last);
// The sum of an integer field over a hospital's filed reports of a template in these periods
// (e.g. the twelve months of a year).
std::int64_t filed_field_sum(Database& db, const std::string& template_key, UnitId unit,
                             const std::vector<Period>& periods, const std::string& field);

}  // namespace bangfu::store
