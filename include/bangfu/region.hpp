// Administrative regions (行政区划): 12-digit statistical codes, their levels and subtrees.
// The functions here look at the code only; whether a code exists is the Engine's question.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "bangfu/visibility.hpp"

namespace bangfu {

// 12-digit statistical division code, e.g. 513435000000 (甘洛县). 0 means the whole country.
using RegionCode = std::int64_t;
inline constexpr RegionCode kNationwide = 0;

enum class RegionLevel : int {
  nation = 0,    // 全国
  province = 1,  // 省
  city = 2,      // 市 / 地区 / 州
  county = 3,    // 县 / 区
  township = 4,  // 乡 / 镇 / 街道
  village = 5,   // 村 / 社区
};

// Chinese label of a level: 全国, 省, 市, 县, 乡, 村.
BANGFU_EXPORT const char* region_level_label(RegionLevel level) noexcept;
// Parses "province", "city", ... or the Chinese labels; throws invalid_argument naming field.
BANGFU_EXPORT RegionLevel parse_region_level(std::string_view text, std::string_view field);

// Parses a code given as 2, 4, 6 (GB/T 2260), 9 or 12 digits and returns the 12-digit code.
// Throws invalid_argument naming `field` for anything malformed ("5101x4", "99", "510001000000").
BANGFU_EXPORT RegionCode parse_region_code(std::string_view text,
                                           std::string_view field = "region_code");
// The same for a number: 51, 5101, 510104, 510104001, 510104001001 all accepted.
BANGFU_EXPORT RegionCode normalize_region_code(std::int64_t code,
                                               std::string_view field = "region_code");
// True when `code` is a well-formed 12-digit code (or 0 for the nation).
BANGFU_EXPORT bool region_code_well_formed(RegionCode code) noexcept;

// Level of a well-formed code. Codes like 441900003000 (a township directly under 东莞市,
// whose county digits are 00) are townships.
BANGFU_EXPORT RegionLevel region_level(RegionCode code);
// The code one level up by the code's structure; nullopt for the nation. A province's
// parent is kNationwide. A township whose county digits are 00 has the city as parent.
BANGFU_EXPORT std::optional<RegionCode> region_parent_code(RegionCode code);

// A region's subtree is a contiguous range of codes: [first, last].
struct RegionRange {
  RegionCode first = 0;
  RegionCode last = 0;
  constexpr bool contains(RegionCode c) const noexcept { return c >= first && c <= last; }
};
BANGFU_EXPORT RegionRange region_subtree(RegionCode code);
// The region at `level` that contains `code` (its province, city, …): the code with the
// digits below that level zeroed. A code at or above `level` is returned as it is.
BANGFU_EXPORT RegionCode region_ancestor_at(RegionCode code, RegionLevel level);
// ancestor == code counts as containing.
BANGFU_EXPORT bool region_contains(RegionCode ancestor, RegionCode code);

// "510104000000" (12 digits) or the shortest form that keeps the level ("510104").
BANGFU_EXPORT std::string region_code_text(RegionCode code);
BANGFU_EXPORT std::string region_code_short(RegionCode code);

// Names such as 市辖区 or 省直辖县级行政区划 stand for a level, not a place; they are left out
// of name paths ("北京市/东城区", not "北京市/市辖区/东城区").
BANGFU_EXPORT bool region_name_is_placeholder(std::string_view name) noexcept;

// A region as stored: the shipped 2022 NBS edition plus anything the host loaded.
struct Region {
  RegionCode code = 0;
  std::string name;
  RegionLevel level = RegionLevel::province;
  std::optional<RegionCode> parent;  // nullopt for provinces
  std::string path;                  // "四川省/凉山彝族自治州/甘洛县"
};

}  // namespace bangfu
