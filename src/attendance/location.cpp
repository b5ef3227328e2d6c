// The geofence (考勤范围): how far a punch was from the hospital, and what the rule makes of it.
#include <algorithm>
#include <cmath>
#include <numbers>

#include "bangfu/attendance.hpp"

namespace bangfu {

namespace {
constexpr double kEarthRadiusM = 6371008.8;  // IUGG mean radius
double radians(double degrees) { return degrees * std::numbers::pi / 180.0; }
}  // namespace

double distance_m(const GeoPoint& a, const GeoPoint& b) noexcept {
  // Haversine: well conditioned for the short distances a geofence is about.
  double dlat = radians(b.latitude - a.latitude);
  double dlon = radians(b.longitude - a.longitude);
  double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
             std::cos(radians(a.latitude)) * std::cos(radians(b.latitude)) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kEarthRadiusM * std::asin(std::sqrt(std::min(1.0, h)));
}

PunchCheck classify_location(const AttendanceRule& rule, const std::optional<GeoPoint>& site,
                             const std::optional<GeoPoint>& where, std::optional<int>* distance) {
  if (distance) distance->reset();
  // A hospital without a location has no geofence: every punch is inside.
  if (!site) return PunchCheck::inside;
  if (where) {
    double d = distance_m(*site, *where);
    if (distance) *distance = static_cast<int>(std::lround(d));
    if (d <= rule.radius_m) return PunchCheck::inside;
  }
  // Outside, or nowhere known while a geofence exists: a field punch (外勤).
  return rule.field_policy == FieldPolicy::require_approval ? PunchCheck::field_pending : PunchCheck::field;
}

}  // namespace bangfu
