// Schema versions and migrations. The version is PRAGMA user_version; each migration moves
// the database one version up inside the caller's transaction.
#pragma once

#include "store/database.hpp"

namespace bangfu::store {

// The newest schema this library knows.
int latest_schema_version() noexcept;
int schema_version(Database& db);
// Applies migrations (current, target]. target defaults to the latest. Throws
// invalid_state when the database is newer than this library, corrupt when it is not a
// bangfu database (tables present but no version).
void migrate(Database& db, int target = -1);

}  // namespace bangfu::store
