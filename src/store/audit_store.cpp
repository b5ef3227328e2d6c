#include "store/audit_store.hpp"

namespace bangfu::store {

void audit_append(Database& db, const AuditEntry& e) {
  auto& st = db.prepare(
      "INSERT INTO audit(actor, at, action, entity, entity_id, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)");
  st.bind(1, static_cast<std::int64_t>(e.actor));
  st.bind(2, e.at);
  st.bind(3, e.action);
  st.bind(4, e.entity);
  st.bind(5, static_cast<std::int64_t>(e.entity_id));
  if (e.before.empty()) st.bind(6);
  else st.bind(6, e.before);
  if (e.after.empty()) st.bind(7);
  else st.bind(7, e.after);
  st.exec();
}

std::vector<AuditEntry> audit_list(Database& db, const AuditFilter& f) {
  auto& st = db.prepare(
      "SELECT id, actor, at, action, entity, entity_id, coalesce(before, ''), coalesce(after, '') FROM audit "
      "WHERE id > ?1 AND (?2 IS NULL OR entity = ?2) AND (?3 IS NULL OR entity_id = ?3) "
      "AND (?4 IS NULL OR actor = ?4) ORDER BY id LIMIT ?5");
  st.bind(1, static_cast<std::int64_t>(f.after_id));
  if (f.entity) st.bind(2, *f.entity);
  else st.bind(2);
  if (f.entity_id) st.bind(3, static_cast<std::int64_t>(*f.entity_id));
  else st.bind(3);
  if (f.actor) st.bind(4, static_cast<std::int64_t>(*f.actor));
  else st.bind(4);
  st.bind(5, f.limit);
  std::vector<AuditEntry> out;
  while (st.executeStep()) {
    AuditEntry e;
    e.id = st.getColumn(0).getInt64();
    e.actor = st.getColumn(1).getInt64();
    e.at = st.getColumn(2).getString();
    e.action = st.getColumn(3).getString();
    e.entity = st.getColumn(4).getString();
    e.entity_id = st.getColumn(5).getInt64();
    e.before = st.getColumn(6).getString();
    e.after = st.getColumn(7).getString();
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace bangfu::store
