// Engine commands: filling a report (draft, edit, submit), its review through the approval
// workflow (report_review), the province package to the national level, and unlocking.
#include <algorithm>

#include "core/utf8.hpp"
#include "engine/reports_impl.hpp"
#include "engine/requests_impl.hpp"
#include "json/report_json.hpp"
#include "store/report_query_store.hpp"
#include "store/report_store.hpp"
#include "store/staff_store.hpp"
#include "store/unit_store.hpp"

namespace bangfu {

using internal::Actor;
using internal::Capability;
namespace rp = reports_internal;
namespace ri = requests_internal;

namespace {

std::string trimmed(std::string_view s) { return std::string(internal::trim_space(s)); }

std::string report_name(const Report& r) {
  std::string s = "report " + std::to_string(r.id) + " (" + r.title + " " + r.period.text() + ", " + r.unit_name;
  if (r.staff) s += ", " + r.staff_name;
  return s + ")";
}

Report require_report(Engine::Impl& impl, ReportId id) {
  auto r = store::report_get(impl.db, id);
  if (!r) throw_not_found("report", std::to_string(id));
  return *r;
}

// The recipient hospital's admin files its reports (national may too).
void require_filer(Engine::Impl& impl, const Actor& actor, UnitId unit, const char* what) {
  internal::require(actor, Capability::file_reports, what);
  auto scope = impl.unit_scope(unit, "unit");
  if (!internal::reaches_unit(actor, Capability::file_reports, scope))
    throw Error(ErrorCode::permission_denied,
                actor.describe() + " may not " + what + " of '" + scope.name + "': it lies outside the account's scope");
}

void require_editable(const Report& r, const char* what) {
  if (r.state == ReportState::locked)
    throw Error(ErrorCode::locked, report_name(r) + " is locked (已上报 to the national level): only the national level "
                                                    "can unlock it");
  if (r.state != ReportState::draft && r.state != ReportState::returned)
    throw Error(ErrorCode::invalid_state, std::string("cannot ") + what + " " + report_name(r) + ": it is " +
                                              report_state_label(r.state) +
                                              (r.state == ReportState::submitted ? "; withdraw it first" : ""));
}

bool assignment_overlaps(const Assignment& a, UnitId unit, const Period& p) {
  if (a.recipient_unit != unit || a.start > p.last()) return false;
  return !a.ended || !(a.ended->end < p.first());
}

// The request the resolvers work on: the hospital (and staff member) the report is about.
Request review_subject(const Report& r, AccountId filer) {
  Request q;
  q.kind = RequestKind::report_review;
  q.unit = r.unit;
  q.staff = r.staff.value_or(0);
  q.applicant = filer;
  return q;
}

ReportState state_after_review(RequestState s) {
  switch (s) {
    case RequestState::pending: return ReportState::submitted;
    case RequestState::approved: return ReportState::accepted;
    case RequestState::withdrawn: return ReportState::draft;
    default: return ReportState::returned;  // rejected, revoked
  }
}

}  // namespace

Report Engine::open_report(AccountId actor_id, const ReportKey& key) {
  return impl_->write([&] {
    auto actor = impl_->actor(actor_id);
    auto t = rp::template_for(*impl_, key.template_key);
    if (key.period.type != t.period_type)
      throw_invalid("period", key.period.text(),
                    std::string("the ") + t.title + " is filed per " + (t.period_type == PeriodType::month ? "month (e.g. 2026-10)" : "year (e.g. 2026)"));
    auto unit = impl_->unit_scope(key.unit, "unit");
    if (unit.unit_kind != UnitKind::recipient_hospital)
      throw_invalid("unit", std::to_string(key.unit), "'" + unit.name + "' is not a recipient hospital (受援医院)");
    require_filer(*impl_, actor, key.unit, "file the reports");
    std::optional<AssignmentId> assignment;
    if (t.subject == ReportSubject::staff) {
      if (!key.staff) throw Error(ErrorCode::invalid_argument, "staff: the " + t.title + " is filed per staff member", "staff", "");
      if (!store::staff_get(impl_->db, *key.staff)) throw_not_found("staff", std::to_string(*key.staff));
      for (const auto& a : store::assignment_list(impl_->db, *key.staff))
        if (assignment_overlaps(a, key.unit, key.period)) assignment = a.id;
      if (!assignment)
        throw Error(ErrorCode::invalid_state,
                    "staff " + std::to_string(*key.staff) + " was not on assignment at '" + unit.name + "' in " +
                        key.period.label(), "staff", std::to_string(*key.staff));
    } else {
      if (key.staff)
        throw_invalid("staff", std::to_string(*key.staff), "the " + t.title + " is filed per hospital, not per staff member");
      bool paired = false;
      for (const auto& p : store::pairing_list(impl_->db, PairingFilter{key.unit, std::nullopt}))
        paired = paired || (p.recipient_unit == key.unit && p.start <= key.period.last() &&
                            (!p.end || !(*p.end < key.period.first())));
      if (!paired)
        throw Error(ErrorCode::invalid_state, "unit '" + unit.name + "' had no pairing (对口帮扶关系) in " + key.period.label(),
                    "unit", std::to_string(key.unit));
    }
    if (auto id = store::report_find(impl_->db, key)) return *store::report_get(impl_->db, *id);
    Date today = impl_->today();
    if (today < key.period.first())
      throw Error(ErrorCode::invalid_state, "period " + key.period.text() + " has not begun (today is " + date_text(today) + ")",
                  "period", key.period.text());
    Report r;
    r.template_key = t.key;
    r.template_version = t.version;
    r.period = key.period;
    r.unit = key.unit;
    r.staff = key.staff;
    r.state = ReportState::draft;
    r.values = check_report_values(t, rp::prefill(*impl_, t, key, assignment), false);
    r.deadline = deadline_of(t.deadline, key.period);
    r.created_by = actor.id;
    r.created_at = r.updated_at = impl_->now_text();
    r.id = store::report_insert(impl_->db, r);
    auto saved = *store::report_get(impl_->db, r.id);
    impl_->audit(actor, "report.create", "report", r.id, nullptr, json::to_json(saved));
    return saved;
  });
}

Report Engine::save_report(AccountId actor_id, ReportId id, const ReportValues& values) {
  return impl_->write([&] {
    auto actor = impl_->actor(actor_id);
    auto before = require_report(*impl_, id);
    require_filer(*impl_, actor, before.unit, "edit the reports");
    require_editable(before, "edit");
    auto t = rp::template_for(*impl_, before.template_key, before.template_version);
    Report r = before;
    for (const auto& [key, value] : values) {
      if (std::holds_alternative<std::monostate>(value)) r.values.erase(key);
      else r.values[key] = value;
      if (!t.field(key)) r.values[key] = value;  // let the check name the unknown key
    }
    r.values = check_report_values(t, r.values, false);
    r.updated_at = impl_->now_text();
    store::report_save(impl_->db, r);
    auto saved = *store::report_get(impl_->db, id);
    impl_->audit(actor, "report.save", "report", id, json::to_json(before), json::to_json(saved));
    return saved;
  });
}

Report Engine::submit_report(AccountId actor_id, ReportId id, std::optional<Instant> at) {
  return impl_->write([&] {
    auto actor = impl_->actor(actor_id);
    if (at && actor.id != kSystemActor)
      throw Error(ErrorCode::permission_denied,
                  "at: " + actor.describe() +
                      " may not give a submission time; only the host (system actor) replays submissions",
                  "at", instant_text(*at));
    if (at && *at > impl_->clock()) throw_invalid("at", instant_text(*at), "is in the future");
    auto before = require_report(*impl_, id);
    require_filer(*impl_, actor, before.unit, "submit the reports");
    require_editable(before, "submit");
    auto t = rp::template_for(*impl_, before.template_key, before.template_version);
    Report r = before;
    r.values = check_report_values(t, r.values, true);
    auto now = at ? *at : impl_->clock();  // read once: the text and the late flag agree
    r.submitted_at = utc_text(now);
    r.updated_at = impl_->now_text();  // when the row changed, even for a replayed submission
    if (r.first_submitted_at.empty()) {
      r.first_submitted_at = r.submitted_at;
      r.late = !submitted_on_time(t.deadline, r.period, now);
    }
    auto flow = ri::workflow_for(*impl_, RequestKind::report_review);
    auto subject = review_subject(r, actor.id);
    r.review = new_progress(actor.id, ri::resolve_steps(*impl_, flow, subject));
    r.review = apply_action(r.review, RequestAction::submit, actor.id, {}, flow.applicant_auto_pass);
    r.state = state_after_review(r.review.state);
    r.return_reason.clear();
    r.decided_at = r.state == ReportState::accepted ? r.submitted_at : std::string();
    store::report_save(impl_->db, r, &flow);
    auto saved = *store::report_get(impl_->db, id);
    impl_->audit(actor, "report.submit", "report", id, json::to_json(before), json::to_json(saved));
    return saved;
  });
}

Report Engine::act_on_report(AccountId actor_id, ReportId id, RequestAction action, std::string_view reason) {
  return impl_->write([&] {
    auto actor = impl_->actor(actor_id);
    internal::require_utf8("reason", reason);
    auto before = require_report(*impl_, id);
    if (before.state == ReportState::locked)
      throw Error(ErrorCode::locked, report_name(before) + " is locked (已上报): only the national level can unlock it");
    if (action == RequestAction::submit)
      throw_invalid("action", request_action_key(action), "submit a report with submit_report");
    if (before.review.steps.empty() || before.state == ReportState::draft || before.state == ReportState::returned)
      throw Error(ErrorCode::invalid_state, std::string("cannot ") + request_action_label(action) + " " +
                                                report_name(before) + ": it is " + report_state_label(before.state));
    auto flow = store::report_workflow(impl_->db, id);
    Report r = before;
    // Any filer of the hospital may take a report back, not only the account that submitted it
    // (a colleague, or the host replaying a submission).
    AccountId by = actor.id;
    if (action == RequestAction::withdraw) {
      require_filer(*impl_, actor, before.unit, "withdraw the reports");
      by = before.review.applicant;
    }
    r.review = apply_action(before.review, action, by, trimmed(reason), flow.applicant_auto_pass);
    r.state = state_after_review(r.review.state);
    r.updated_at = impl_->now_text();
    if (r.state != ReportState::submitted) r.decided_at = r.updated_at;
    if (action == RequestAction::withdraw && before.submitted_at == before.first_submitted_at) {
      // The first submission taken back: the report was never filed, and timeliness is judged
      // again at the next submission (a placeholder sent before the deadline buys no time).
      r.first_submitted_at.clear();
      r.late = false;
      r.decided_at.clear();
    } else if (action == RequestAction::withdraw) {
      // A correction taken back: the report stays filed (and on time or late), to be corrected.
      r.state = ReportState::returned;
      r.return_reason = "申报单位撤回修改";
    }
    if (r.state == ReportState::returned) r.return_reason = r.review.reason;
    store::report_save(impl_->db, r);
    auto saved = *store::report_get(impl_->db, id);
    impl_->audit(actor, std::string("report.") + request_action_key(action), "report", id, json::to_json(before),
                 json::to_json(saved));
    return saved;
  });
}

Report Engine::unlock_report(AccountId actor_id, ReportId id, std::string_view reason) {
  return impl_->write([&] {
    auto actor = impl_->actor(actor_id);
    internal::require(actor, Capability::manage_report_templates, "unlock a report");
    internal::require_utf8("reason", reason);
    if (trimmed(reason).empty()) throw Error(ErrorCode::invalid_argument, "reason: say why the report is unlocked", "reason", "");
    auto before = require_report(*impl_, id);
    if (before.state != ReportState::locked)
      throw Error(ErrorCode::invalid_state, "cannot unlock " + report_name(before) + ": it is " +
                                                report_state_label(before.state) + ", not locked");
    Report r = before;
    r.state = ReportState::returned;
    r.return_reason = trimmed(reason);
    r.updated_at = r.decided_at = impl_->now_text();
    r.package.reset();
    store::report_save(impl_->db, r);
    if (before.package) {
      auto pkg = *store::package_get(impl_->db, *before.package);
      store::package_set_state(impl_->db, pkg.id, PackageState::reopened);
      impl_->audit(actor, "report_package.reopen", "report_package", pkg.id, json::to_json(pkg),
                   json::to_json(*store::package_get(impl_->db, pkg.id)));
    }
    auto saved = *store::report_get(impl_->db, id);
    impl_->audit(actor, "report.unlock", "report", id, json::to_json(before), json::to_json(saved));
    return saved;
  });
}

namespace {

store::ReportQuery report_query(Engine::Impl& impl, const Actor& actor, const ReportFilter& f) {
  store::ReportQuery q;
  q.filter = f;
  q.account = actor.id;
  q.reach = internal::staff_reach(actor);
  if (f.region) {
    RegionCode code = full_region(*f.region, "region");
    impl.require_region(code, "region");
    if (code != kNationwide) q.region = region_subtree(code);
  }
  if (f.unit) impl.unit_scope(*f.unit, "unit");
  if (f.support_unit) {
    auto u = impl.unit_scope(*f.support_unit, "support_unit");
    q.support = internal::DfsNumber{u.pre, u.post};
  }
  if (f.limit <= 0) throw_invalid("limit", std::to_string(f.limit), "must be positive");
  return q;
}

}  // namespace

Report Engine::report(AccountId actor_id, ReportId id) const {
  return impl_->read([&] {
    auto actor = impl_->actor(actor_id);
    auto r = require_report(*impl_, id);
    bool reviewer = false;
    for (const auto& s : r.review.steps) reviewer = reviewer || std::count(s.approvers.begin(), s.approvers.end(), actor.id);
    if (!reviewer) {
      ReportFilter f;
      f.unit = r.unit;
      f.staff = r.staff;
      f.template_key = r.template_key;
      f.period = r.period;
      f.limit = 1;
      auto q = report_query(*impl_, actor, f);
      if (store::report_list(impl_->db, q).empty())
        throw Error(ErrorCode::permission_denied, actor.describe() + " may not see " + report_name(r) +
                                                      ": it lies outside the account's scope");
    }
    return r;
  });
}

std::vector<Report> Engine::reports(AccountId actor_id, const ReportFilter& filter) const {
  return impl_->read([&] {
    auto actor = impl_->actor(actor_id);
    if (filter.template_key) rp::template_for(*impl_, *filter.template_key);
    auto q = report_query(*impl_, actor, filter);
    if (q.reach.empty() && !filter.awaiting_me) return std::vector<Report>{};
    if (filter.awaiting_me) q.reach.all = true;  // what one may review, one may see
    return store::report_list(impl_->db, q);
  });
}

ReportPackage Engine::submit_report_package(AccountId actor_id, std::string_view template_key, const Period& period,
                                            RegionCode province_code) {
  return impl_->write([&] {
    auto actor = impl_->actor(actor_id);
    internal::require(actor, Capability::submit_report_packages, "submit a province's reports to the national level");
    RegionCode province = full_region(province_code, "province");
    auto region = impl_->require_region(province, "province");
    if (region.level != RegionLevel::province)
      throw_invalid("province", region_code_text(province), "'" + region.path + "' is not a province");
    if (!actor.has(Role::national_admin) && actor.id != kSystemActor && actor.scope.region != province)
      throw Error(ErrorCode::permission_denied,
                  actor.describe() + " may not submit the package of " + region.name + ": it is another province's");
    auto t = rp::template_for(*impl_, template_key);
    if (period.type != t.period_type) throw_invalid("period", period.text(), "is not a " + std::string(period_type_label(t.period_type)) + " period");
    auto existing = store::package_find(impl_->db, t.key, period, province);
    if (existing && existing->state == PackageState::submitted)
      throw Error(ErrorCode::conflict, "the " + t.title + " of " + region.name + " for " + period.label() +
                                           " was already submitted (package " + std::to_string(existing->id) + ")");
    std::int64_t expected = 0, not_ready = 0;
    std::string examples;
    std::vector<ReportId> lock;
    store::expected_reports(impl_->db, t.subject, t.key, period, region_subtree(province), [&](const store::ExpectedReport& e) {
      ++expected;
      bool ok = e.state && (*e.state == ReportState::accepted || *e.state == ReportState::locked);
      if (ok && *e.state == ReportState::accepted) lock.push_back(*e.report);
      if (ok) return;
      if (++not_ready <= 3)
        examples += (examples.empty() ? "" : "; ") + e.unit_name + (e.staff ? " " + e.staff_name : "") + " (" +
                    (e.state ? report_state_label(*e.state) : "未填报") + ")";
    });
    if (expected == 0)
      throw Error(ErrorCode::invalid_state, "no " + t.title + " is expected from " + region.name + " for " + period.label());
    if (not_ready > 0)
      throw Error(ErrorCode::invalid_state, std::to_string(not_ready) + " of " + std::to_string(expected) + " " + t.title +
                                                " of " + region.name + " for " + period.label() +
                                                " are not accepted yet: " + examples + (not_ready > 3 ? "; …" : ""));
    ReportPackage p;
    p.template_key = t.key;
    p.period = period;
    p.province = province;
    p.state = PackageState::submitted;
    p.report_count = static_cast<int>(expected);
    p.submitted_by = actor.id;
    p.submitted_at = impl_->now_text();
    p.id = store::package_put(impl_->db, p);
    // Exactly the expected reports, each with its own audit entry (its history shows 已上报).
    for (ReportId id : lock) {
      auto before = require_report(*impl_, id);
      Report r = before;
      r.state = ReportState::locked;
      r.package = p.id;
      r.updated_at = p.submitted_at;
      store::report_save(impl_->db, r);
      impl_->audit(actor, "report.lock", "report", id, json::to_json(before), json::to_json(*store::report_get(impl_->db, id)));
    }
    auto saved = *store::package_get(impl_->db, p.id);
    impl_->audit(actor, "report_package.submit", "report_package", p.id,
                 existing ? json::to_json(*existing) : nlohmann::json(nullptr), json::to_json(saved));
    return saved;
  });
}

std::vector<ReportPackage> Engine::report_packages(AccountId actor_id, std::optional<std::string> template_key,
                                                   std::optional<Period> period) const {
  return impl_->read([&] {
    auto actor = impl_->actor(actor_id);
    bool recipient_side = actor.has(Role::recipient_province_admin) || actor.has(Role::recipient_city_admin) ||
                          actor.has(Role::recipient_county_admin) || actor.has(Role::recipient_hospital_admin);
    if (!recipient_side && !actor.has(Role::national_admin))
      throw Error(ErrorCode::permission_denied,
                  actor.describe() + " may not list report packages: they are the recipient side's and the national level's");
    std::optional<RegionRange> within;
    if (!actor.has(Role::national_admin) && actor.id != kSystemActor)
      within = region_subtree(rp::province_of(actor.scope.region));
    return store::package_list(impl_->db, template_key, period, within);
  });
}

}  // namespace bangfu
