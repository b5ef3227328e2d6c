// SQL for reports: template versions, reports and their reviewers, province packages.
// Completeness and summary queries are in report_query_store.hpp.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "account/permissions.hpp"
#include "bangfu/report.hpp"
#include "org/unit_tree.hpp"
#include "store/database.hpp"

namespace bangfu::store {

// ---- templates ----
// Version 0 means the latest.
std::optional<ReportTemplate> report_template_get(Database& db, const std::string& key, int version = 0);
std::vector<ReportTemplate> report_templates_latest(Database& db);
void report_template_put(Database& db, const ReportTemplate& t, AccountId by, const std::string& at);

// ---- reports ----
std::optional<ReportId> report_find(Database& db, const ReportKey& key);
ReportId report_insert(Database& db, const Report& r);
// Writes state, values, times, review, package; replaces who may review it now. `flow` is
// stored with a (re)submission.
void report_save(Database& db, const Report& r, const Workflow* flow = nullptr);
std::optional<Report> report_get(Database& db, ReportId id);
Workflow report_workflow(Database& db, ReportId id);

struct ReportQuery {
  ReportFilter filter;
  AccountId account = 0;                       // for awaiting_me
  internal::StaffReach reach;                  // what the actor sees
  std::optional<RegionRange> region;
  std::optional<internal::DfsNumber> support;  // staff of this support hospital (subtree)
};
std::vector<Report> report_list(Database& db, const ReportQuery& q);

// ---- packages ----
std::optional<ReportPackage> package_find(Database& db, const std::string& template_key, const Period& p,
                                          RegionCode province);
std::optional<ReportPackage> package_get(Database& db, PackageId id);
// Inserts or resubmits (a reopened package) and returns its id.
PackageId package_put(Database& db, const ReportPackage& p);
void package_set_state(Database& db, PackageId id, PackageState s);
std::vector<ReportPackage> package_list(Database& db, const std::optional<std::string>& template_key,
                                        const std::optional<Period>& period, const std::optional<RegionRange>& within);

}  // namespace bangfu::store
