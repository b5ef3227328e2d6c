// Engine commands: reading the audit log.
#include "engine/engine_impl.hpp"
#include "store/audit_store.hpp"

namespace bangfu {

std::vector<AuditEntry> Engine::audit_log(AccountId actor_id, const AuditFilter& filter) const {
  return impl_->read([&] {
    auto actor = impl_->actor(actor_id);
    AuditFilter f = filter;
    if (f.limit <= 0 || f.limit > 10000) throw_invalid("limit", std::to_string(f.limit), "must be 1–10000");
    if (!internal::actor_has(actor, internal::Capability::view_all_audit)) {
      if (f.actor && *f.actor != actor.id)
        throw Error(ErrorCode::permission_denied,
                    actor.describe() + " may read only its own entries of the audit log, not those of account " +
                        std::to_string(*f.actor));
      f.actor = actor.id;
    }
    return store::audit_list(impl_->db, f);
  });
}

}  // namespace bangfu
