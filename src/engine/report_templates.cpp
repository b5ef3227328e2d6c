// Engine commands: report templates (shipped ones seeded at open; hosts add templates,
// versions and fields).
#include "engine/reports_impl.hpp"
#include "json/report_json.hpp"
#include "store/report_store.hpp"

namespace bangfu {

using internal::Actor;
namespace rp = reports_internal;

namespace reports_internal {

void seed_report_templates(store::Database& db, const std::string& at) {
  for (const auto& t : shipped_report_templates())
    if (!store::report_template_get(db, t.key, 1)) store::report_template_put(db, t, kSystemActor, at);
}

ReportTemplate template_for(Engine::Impl& impl, std::string_view key, int version, const char* field) {
  if (version < 0) throw_invalid("version", std::to_string(version), "is 1 or more (0 for the latest)");
  if (auto t = store::report_template_get(impl.db, std::string(key), version)) return *t;
  std::string keys;
  for (const auto& t : store::report_templates_latest(impl.db)) keys += (keys.empty() ? "" : ", ") + t.key;
  if (version > 0 && store::report_template_get(impl.db, std::string(key), 0))
    throw Error(ErrorCode::not_found, std::string(field) + " '" + std::string(key) + "' has no version " +
                                          std::to_string(version), field, std::string(key));
  throw Error(ErrorCode::not_found, std::string(field) + " '" + std::string(key) + "': no such report template; " +
                                        "known: " + keys, field, std::string(key));
}

}  // namespace reports_internal

std::vector<ReportTemplate> Engine::report_templates() const {
  return impl_->read([&] { return store::report_templates_latest(impl_->db); });
}

ReportTemplate Engine::report_template(std::string_view key, int version) const {
  return impl_->read([&] { return rp::template_for(*impl_, key, version); });
}

namespace {

ReportTemplate put_template(Engine::Impl& impl, const Actor& actor, ReportTemplate t) {
  internal::require(actor, internal::Capability::manage_report_templates, "change a report template");
  // Only numbers are combined: a text, choice or date field left at the C++ default (sum)
  // means "not combined".
  for (auto& f : t.fields)
    if (!field_type_numeric(f.type) && f.aggregate == FieldAggregate::sum) f.aggregate = FieldAggregate::none;
  t.validate();
  auto previous = store::report_template_get(impl.db, t.key, 0);
  if (previous) {
    check_template_change(*previous, t);
    t.shipped = previous->shipped;
    t.version = previous->version + 1;
  } else {
    t.shipped = false;
    t.version = 1;
  }
  store::report_template_put(impl.db, t, actor.id, impl.now_text());
  // One audit entity per template (its key), one id per version.
  impl.audit(actor, "report_template.put", "report_template:" + t.key, t.version,
             previous ? json::to_json(*previous) : nlohmann::json(nullptr), json::to_json(t));
  return t;
}

}  // namespace

ReportTemplate Engine::put_report_template(AccountId actor_id, const ReportTemplate& t) {
  return impl_->write([&] { return put_template(*impl_, impl_->actor(actor_id), t); });
}

ReportTemplate Engine::add_report_field(AccountId actor_id, std::string_view template_key, const ReportField& field) {
  return impl_->write([&] {
    auto actor = impl_->actor(actor_id);
    auto t = rp::template_for(*impl_, template_key);
    t.fields.push_back(field);
    return put_template(*impl_, actor, t);
  });
}

}  // namespace bangfu
