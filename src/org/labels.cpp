// Chinese labels and keys of the organisation enums; parsing accepts either.
#include <array>
#include <string>

#include "bangfu/error.hpp"
#include "bangfu/org.hpp"

namespace bangfu {

const char* unit_kind_label(UnitKind kind) noexcept {
  switch (kind) {
    case UnitKind::support_hospital: return "支援医院";
    case UnitKind::recipient_hospital: return "受援医院";
    case UnitKind::health_commission: return "卫健委";
    case UnitKind::department: return "科室";
  }
  return "?";
}

const char* unit_kind_key(UnitKind kind) noexcept {
  switch (kind) {
    case UnitKind::support_hospital: return "support_hospital";
    case UnitKind::recipient_hospital: return "recipient_hospital";
    case UnitKind::health_commission: return "health_commission";
    case UnitKind::department: return "department";
  }
  return "?";
}

UnitKind parse_unit_kind(std::string_view text, std::string_view field) {
  for (auto k : {UnitKind::support_hospital, UnitKind::recipient_hospital,
                 UnitKind::health_commission, UnitKind::department})
    if (text == unit_kind_key(k) || text == unit_kind_label(k)) return k;
  if (text == "处室" || text == "卫生健康委员会") return text == "处室" ? UnitKind::department : UnitKind::health_commission;
  throw_invalid(field, text,
                "unknown unit kind; use support_hospital (支援医院), recipient_hospital (受援医院), "
                "health_commission (卫健委) or department (科室)");
}

const char* title_label(Title t) noexcept {
  switch (t) {
    case Title::junior: return "初级";
    case Title::intermediate: return "中级";
    case Title::associate_senior: return "副高";
    case Title::senior: return "正高";
  }
  return "?";
}

Title parse_title(std::string_view text, std::string_view field) {
  static constexpr std::array<std::pair<std::string_view, Title>, 12> names{{
      {"初级", Title::junior},
      {"junior", Title::junior},
      {"中级", Title::intermediate},
      {"intermediate", Title::intermediate},
      {"副高", Title::associate_senior},
      {"副高级", Title::associate_senior},
      {"associate_senior", Title::associate_senior},
      {"正高", Title::senior},
      {"正高级", Title::senior},
      {"senior", Title::senior},
      {"副主任医师", Title::associate_senior},
      {"主任医师", Title::senior},
  }};
  for (auto& [n, t] : names)
    if (n == text) return t;
  throw_invalid(field, text, "unknown professional title; use 初级, 中级, 副高 or 正高");
}

}  // namespace bangfu
