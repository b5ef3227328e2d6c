// Workflow definitions: the checks a host-supplied flow must pass, and the flows bangfu ships.
#include <string>

#include "bangfu/error.hpp"
#include "bangfu/workflow.hpp"

namespace bangfu {
namespace {

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

// An account resolver must name an account; the other kinds are resolved from the org tree.
void check_resolver(const Resolver& r, const std::string& field) {
  if (r.kind == ResolverKind::account && r.account <= 0)
    throw_invalid(field + ".account", std::to_string(r.account),
                  "an account resolver (指定账号) needs the id of the account");
}

std::string indexed(const char* name, std::size_t i) { return std::string(name) + "[" + std::to_string(i) + "]"; }

}  // namespace

void Workflow::validate() const {
  if (blank(name)) throw_invalid("name", name, "a workflow needs a name, e.g. 补卡审批");
  if (steps.empty()) throw_invalid("steps", "", "a workflow needs at least one approval step");
  for (std::size_t i = 0; i < steps.size(); ++i) {
    const auto& step = steps[i];
    const auto field = indexed("steps", i);
    // The step's name is what users and error messages see, e.g. 受援医院审批.
    if (blank(step.name)) throw_invalid(field + ".name", step.name, "a step needs a name, e.g. 受援医院审批");
    if (step.approvers.empty())
      throw_invalid(field + ".approvers", "", "step " + step.name + " needs at least one approver");
    for (std::size_t j = 0; j < step.approvers.size(); ++j)
      check_resolver(step.approvers[j], field + "." + indexed("approvers", j));
    if (step.only_over_workdays < 0)
      throw_invalid(field + ".only_over_workdays", std::to_string(step.only_over_workdays),
                    "must be 0 (always) or a number of workdays");
  }
  for (std::size_t i = 0; i < cc.size(); ++i) check_resolver(cc[i].who, indexed("cc", i) + ".who");
}

Workflow default_workflow(RequestKind kind) {
  const WorkflowStep recipient{"受援医院审批", StepMode::single, {Resolver{ResolverKind::recipient_hospital_admin, 0}}, 0};
  const CcRule home_cc{Resolver{ResolverKind::home_unit_admin, 0}, CcTiming::on_finish};
  Workflow w;
  w.kind = kind;
  w.steps = {recipient};
  w.cc = {home_cc};
  w.applicant_auto_pass = true;
  switch (kind) {
    case RequestKind::makeup:
      w.name = "补卡审批";
      return w;
    case RequestKind::field_punch:
      w.name = "外勤审批";
      return w;
    case RequestKind::leave:
      w.name = "请假审批";
      // Leave over three workdays also needs the home unit, which lends the doctor out.
      w.steps.push_back(
          WorkflowStep{"派出单位审批", StepMode::single, {Resolver{ResolverKind::home_unit_admin, 0}}, 3});
      return w;
    case RequestKind::report_review:
      // DOMAIN.md A2: the recipient province reviews its hospitals' reports. A host may put a
      // city step before it (resolver recipient_city_admin).
      w.name = "报表审核";
      w.steps = {WorkflowStep{"受援省份审核", StepMode::single, {Resolver{ResolverKind::recipient_province_admin, 0}}, 0}};
      w.cc.clear();
      return w;
  }
  throw_invalid("kind", std::to_string(static_cast<int>(kind)), "unknown request kind");
}

}  // namespace bangfu
