// SQL for units and pairings.
#pragma once

#include <optional>
#include <unordered_map>
#include <vector>

#include "bangfu/org.hpp"
#include "bangfu/org.hpp"
#include "org/unit_tree.hpp"
#include "store/database.hpp"

namespace bangfu::store {

UnitId unit_insert(Database& db, const NewUnit& u);
void unit_update(Database& db, UnitId id, const NewUnit& u);
std::optional<Unit> unit_get(Database& db, UnitId id);
std::optional<Unit> unit_get_by_code(Database& db, const std::string& code);
std::vector<Unit> unit_list(Database& db, const UnitFilter& f, std::optional<internal::DfsNumber> under);

// Where a unit sits: what permission checks need, without the text fields.
struct UnitPlace {
  UnitId id = 0;
  UnitKind kind = UnitKind::support_hospital;
  RegionCode region = 0;
  internal::DfsNumber dfs;
  std::string name;
};
std::optional<UnitPlace> unit_place(Database& db, UnitId id);
std::vector<internal::UnitLink> unit_links(Database& db);
void unit_set_numbers(Database& db, const std::unordered_map<UnitId, internal::DfsNumber>& numbers);

PairingId pairing_insert(Database& db, const NewPairing& p);
void pairing_set_end(Database& db, PairingId id, Date end);
std::optional<Pairing> pairing_get(Database& db, PairingId id);
std::vector<Pairing> pairing_list(Database& db, const PairingFilter& f);
// Pairings of the same two units whose periods overlap [start, end].
std::vector<Pairing> pairing_overlaps(Database& db, UnitId support, UnitId recipient, Date start,
                                      std::optional<Date> end);

// Dates are stored as ISO text (YYYY-MM-DD, bangfu::date_text), which sorts chronologically.
using bangfu::date_text;
Date date_from_text(const std::string& s);

}  // namespace bangfu::store
