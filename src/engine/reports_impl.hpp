// Engine internals shared by the report commands (templates, filling and review,
// completeness, summaries).
#pragma once

#include "bangfu/report.hpp"
#include "engine/engine_impl.hpp"

namespace bangfu::reports_internal {

// Stores bangfu's shipped templates (version 1) in a database that lacks them; `at` may be
// empty (shipped with bangfu, not created at a time).
void seed_report_templates(store::Database& db, const std::string& at);
// A template by key (version 0: the latest); not_found naming `field` and listing the keys.
ReportTemplate template_for(Engine::Impl& impl, std::string_view key, int version = 0, const char* field = "template");

// A draft's values from the template's sources. `assignment` for staff reports.
ReportValues prefill(Engine::Impl& impl, const ReportTemplate& t, const ReportKey& key,
                     std::optional<AssignmentId> assignment);

// A region's path for a table row, or its code when the region table lacks it (retired since).
inline std::string region_path_or_code(Engine::Impl& impl, RegionCode code) {
  try {
    return impl.require_region(code, "region").path;
  } catch (const Error&) {
    return region_code_text(code);
  }
}

// The 12-digit province code of a region code.
inline RegionCode province_of(RegionCode region) { return region_ancestor_at(region, RegionLevel::province); }

}  // namespace bangfu::reports_internal
