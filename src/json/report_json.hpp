// JSON forms of reports: templates, values, periods, reports, packages, completeness and the
// filters of their queries — what the C ABI exchanges and the store keeps. Readers name the
// bad field ("fields[3].type", "period").
#pragma once

#include <nlohmann/json.hpp>

#include "bangfu/report.hpp"

namespace bangfu::json {

using nlohmann::json;

// Enums as keys (labels beside them for display). A field's optional members keep their
// defaults, except aggregate: sum for integer and decimal fields, none for the others.
// Bounds may be strings or numbers. The template read is validated.
json to_json(const ReportTemplate& t);
ReportTemplate report_template_from_json(const json& j);
// One field of a template, as in its "fields" list: key and label required, the other members
// optional with the defaults above. Not validated on its own: the template it joins is.
ReportField report_field_from_json(const json& j);

// {"outpatient_visits": 320, "leave_days": "1.5", "summary": "…"}: integers as numbers,
// everything else as strings; empty values are left out.
json to_json(const ReportValues& v);
// An object of values as given (check_report_values normalises them). Integers are numbers;
// a non-integer number is accepted only for a decimal field of `t` (never without a
// template), taken by its shortest text so that 12.5 stays exactly "12.5"; strings stay text;
// null is an empty value, which clears the field.
ReportValues report_values_from_json(const json& j, const ReportTemplate* t);

json to_json(const Period& p);  // "2026-10" / "2026"
// "2026-10", "2026" (or the numbers 202610 and 2026).
Period period_from_json(const json& v, const char* name);

json to_json(const Report& r);
// {"template", "period", "unit", "staff"}
ReportKey report_key_from_json(const json& j);
// {"template", "period", "region", "unit", "support_unit", "staff", "state", "awaiting_me", "limit"}
ReportFilter report_filter_from_json(const json& j);

json to_json(const ReportPackage& p);

// Counts with "filed_rate" ((on_time + late) / expected) and "on_time_rate" (on_time /
// expected) as "95.3%", null when nothing is expected.
json to_json(const CompletenessCounts& c);
json to_json(const CompletenessRow& r);
json to_json(const MissingUnit& m);
json to_json(const Completeness& c);
// {"template", "period", "region"}
CompletenessFilter completeness_filter_from_json(const json& j);
// {"template", "first", "last" (or "period" for both), "region", "unit", "support_unit",
//  "group_by", "accepted_only"}
ReportSummaryFilter report_summary_filter_from_json(const json& j);

}  // namespace bangfu::json
