// Pure rules on statistical division codes (DOMAIN.md A1). Layout of a 12-digit code:
// PP CC DD TTT VVV — province, city, county, township, village.
#include <array>
#include <string>

#include "bangfu/error.hpp"
#include "bangfu/region.hpp"

namespace bangfu {
namespace {

constexpr std::int64_t kProvince = 10000000000;  // 10^10
constexpr std::int64_t kCity = 100000000;        // 10^8
constexpr std::int64_t kCounty = 1000000;        // 10^6
constexpr std::int64_t kTownship = 1000;         // 10^3

struct Parts {
  int p, c, d, t, v;
};
Parts split(RegionCode code) {
  return {static_cast<int>(code / kProvince), static_cast<int>(code / kCity % 100),
          static_cast<int>(code / kCounty % 100), static_cast<int>(code / kTownship % 1000),
          static_cast<int>(code % 1000)};
}

}  // namespace

const char* region_level_label(RegionLevel level) noexcept {
  switch (level) {
    case RegionLevel::nation: return "全国";
    case RegionLevel::province: return "省";
    case RegionLevel::city: return "市";
    case RegionLevel::county: return "县";
    case RegionLevel::township: return "乡";
    case RegionLevel::village: return "村";
  }
  return "?";
}

RegionLevel parse_region_level(std::string_view text, std::string_view field) {
  static constexpr std::array<std::pair<std::string_view, RegionLevel>, 18> names{{
      {"nation", RegionLevel::nation},     {"全国", RegionLevel::nation},
      {"province", RegionLevel::province}, {"省", RegionLevel::province},
      {"city", RegionLevel::city},         {"市", RegionLevel::city},
      {"county", RegionLevel::county},     {"县", RegionLevel::county},
      {"township", RegionLevel::township}, {"乡", RegionLevel::township},
      {"village", RegionLevel::village},   {"村", RegionLevel::village},
      {"0", RegionLevel::nation},          {"1", RegionLevel::province},
      {"2", RegionLevel::city},            {"3", RegionLevel::county},
      {"4", RegionLevel::township},        {"5", RegionLevel::village},
  }};
  for (auto& [n, l] : names)
    if (n == text) return l;
  throw_invalid(field, text, "unknown region level; use province, city, county, township or village");
}

bool region_code_well_formed(RegionCode code) noexcept {
  if (code == kNationwide) return true;
  if (code < 0 || code >= 1000000000000) return false;
  auto [p, c, d, t, v] = split(code);
  if (p < 11 || p > 82) return false;
  if (c == 0 && (d != 0 || t != 0 || v != 0)) return false;
  // County digits 00 with a township is legal: townships directly under 东莞市 etc.
  if (t == 0 && v != 0) return false;
  return true;
}

RegionCode normalize_region_code(std::int64_t code, std::string_view field) {
  // Integers lose leading zeros, so the digit count tells the level; from there the rules
  // are those of the text form.
  if (code < 0) throw_invalid(field, std::to_string(code), "a region code is not negative");
  return parse_region_code(std::to_string(code), field);
}

RegionCode parse_region_code(std::string_view text, std::string_view field) {
  std::size_t b = 0, e = text.size();
  while (b < e && text[b] == ' ') ++b;
  while (e > b && text[e - 1] == ' ') --e;
  auto digits = text.substr(b, e - b);
  bool ok = !digits.empty() && digits.size() <= 12;
  for (char ch : digits) ok = ok && ch >= '0' && ch <= '9';
  auto n = digits.size();
  ok = ok && (n == 2 || n == 4 || n == 6 || n == 9 || n == 12 || digits == "0");
  if (!ok)
    throw_invalid(field, text,
                  "not a region code; give 2, 4, 6 (GB/T 2260), 9 or 12 digits, e.g. 513435 "
                  "or 513435000000");
  std::int64_t v = std::stoll(std::string(digits));
  static constexpr std::int64_t scale[13] = {0, 0, kProvince, 0, kCity, 0, kCounty, 0, 0, kTownship, 0, 0, 1};
  RegionCode full = digits == "0" ? 0 : v * scale[n];
  if (!region_code_well_formed(full))
    throw_invalid(field, text, "not a well-formed region code (province digits 11–82; a level "
                               "below a zero level must be zero)");
  return full;
}

RegionLevel region_level(RegionCode code) {
  if (!region_code_well_formed(code))
    throw_invalid("region_code", std::to_string(code), "not a well-formed region code");
  if (code == kNationwide) return RegionLevel::nation;
  auto [p, c, d, t, v] = split(code);
  (void)p;
  if (v) return RegionLevel::village;
  if (t) return RegionLevel::township;
  if (d) return RegionLevel::county;
  if (c) return RegionLevel::city;
  return RegionLevel::province;
}

std::optional<RegionCode> region_parent_code(RegionCode code) {
  switch (region_level(code)) {
    case RegionLevel::nation: return std::nullopt;
    case RegionLevel::province: return kNationwide;
    case RegionLevel::city: return code / kProvince * kProvince;
    case RegionLevel::county: return code / kCity * kCity;
    case RegionLevel::township: return code / kCounty * kCounty;  // = the city when county is 00
    case RegionLevel::village: return code / kTownship * kTownship;
  }
  return std::nullopt;
}

RegionRange region_subtree(RegionCode code) {
  std::int64_t span = 0;
  switch (region_level(code)) {
    case RegionLevel::nation: return {0, 999999999999};
    case RegionLevel::province: span = kProvince; break;
    case RegionLevel::city: span = kCity; break;
    case RegionLevel::county: span = kCounty; break;
    case RegionLevel::township: span = kTownship; break;
    case RegionLevel::village: span = 1; break;
  }
  return {code, code + span - 1};
}

RegionCode region_ancestor_at(RegionCode code, RegionLevel level) {
  switch (level) {
    case RegionLevel::nation: return kNationwide;
    case RegionLevel::province: return code / kProvince * kProvince;
    case RegionLevel::city: return code / kCity * kCity;
    case RegionLevel::county: return code / kCounty * kCounty;
    case RegionLevel::township: return code / kTownship * kTownship;
    case RegionLevel::village: return code;
  }
  return code;
}

bool region_contains(RegionCode ancestor, RegionCode code) {
  return region_subtree(ancestor).contains(code);
}

std::string region_code_text(RegionCode code) {
  std::string s = std::to_string(code);
  return std::string(12 - std::min<std::size_t>(12, s.size()), '0') + s;
}

std::string region_code_short(RegionCode code) {
  if (code == kNationwide) return "0";
  std::string s = region_code_text(code);
  switch (region_level(code)) {
    case RegionLevel::province: return s.substr(0, 2);
    case RegionLevel::city: return s.substr(0, 4);
    case RegionLevel::county: return s.substr(0, 6);
    case RegionLevel::township: return s.substr(0, 9);
    default: return s;
  }
}

bool region_name_is_placeholder(std::string_view name) noexcept {
  return name == "市辖区" || name == "县" || name == "省直辖县级行政区划" ||
         name == "自治区直辖县级行政区划";
}

}  // namespace bangfu
