// The append-only audit log: who changed what, when, from what to what.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "bangfu/ids.hpp"

namespace bangfu {

struct AuditEntry {
  std::int64_t id = 0;
  AccountId actor = 0;
  std::string at;          // UTC, ISO 8601 with milliseconds
  std::string action;      // "unit.add", "staff.add", "assignment.end", ...
  std::string entity;      // "unit", "staff", ...
  std::int64_t entity_id = 0;
  std::string before;      // JSON of the record before ("" when created)
  std::string after;       // JSON after ("" when deleted)
};

struct AuditFilter {
  std::optional<std::string> entity;
  std::optional<std::int64_t> entity_id;
  std::optional<AccountId> actor;
  std::int64_t after_id = 0;   // for paging: entries with id > after_id
  int limit = 100;
};

}  // namespace bangfu
