// SQL for the append-only audit log (triggers refuse UPDATE and DELETE).
#pragma once

#include <vector>

#include "bangfu/audit.hpp"
#include "store/database.hpp"

namespace bangfu::store {

void audit_append(Database& db, const AuditEntry& e);
std::vector<AuditEntry> audit_list(Database& db, const AuditFilter& f);

}  // namespace bangfu::store
