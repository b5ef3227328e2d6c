#include "store/reach_sql.hpp"

// Only integers from the resolved reach are spliced into SQL, never user text.
namespace bangfu::store {
namespace {

// Conditions joined with OR; none at all matches nothing.
struct AnyOf {
  std::string sql;
  void add(const std::string& c) {
    if (!sql.empty()) sql += " OR ";
    sql += "(" + c + ")";
  }
  std::string str() const { return sql.empty() ? "0" : sql; }
};

}  // namespace

std::string between(const char* col, std::int64_t lo, std::int64_t hi) {
  return std::string(col) + " BETWEEN " + std::to_string(lo) + " AND " + std::to_string(hi);
}

std::string reach_sql(const internal::StaffReach& r, ReachUse use) {
  if (r.all) return "1";
  AnyOf any;
  for (auto& u : r.home_units) any.add(between("su.pre", u.pre, u.post));
  if (r.self && use != ReachUse::manage) any.add("s.id = " + std::to_string(*r.self));
  if (use == ReachUse::full_id) return any.str();
  for (auto& g : r.home_regions) any.add(between("hu.region", g.first, g.last));
  // A recipient hospital manages a doctor while the doctor serves there, and sees the history.
  std::string active = use == ReachUse::manage ? " AND a.end_date IS NULL" : "";
  for (auto& g : r.recipient_regions) any.add(between("ru.region", g.first, g.last) + active);
  for (auto& u : r.recipient_units) any.add(between("ru.pre", u.pre, u.post) + active);
  return any.str();
}

std::string recipient_view_sql(const internal::StaffReach& r) {
  if (r.all) return "1";
  AnyOf any;
  for (auto& g : r.recipient_regions) any.add(between("u.region", g.first, g.last));
  for (auto& x : r.recipient_units) any.add(between("u.pre", x.pre, x.post));
  for (auto& g : r.home_regions)
    any.add("EXISTS (SELECT 1 FROM pairing vp JOIN unit vs ON vs.id = vp.support_unit WHERE vp.recipient_unit = u.id AND " +
        between("vs.region", g.first, g.last) + ")");
  for (auto& x : r.home_units)
    any.add("EXISTS (SELECT 1 FROM pairing vp JOIN unit vs ON vs.id = vp.support_unit WHERE vp.recipient_unit = u.id AND " +
        between("vs.pre", x.pre, x.post) + ")");
  if (r.self) any.add("EXISTS (SELECT 1 FROM assignment va WHERE va.recipient_unit = u.id AND va.staff = " + std::to_string(*r.self) + ")");
  return any.str();
}

}  // namespace bangfu::store
