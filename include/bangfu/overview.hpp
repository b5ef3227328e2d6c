// 对口帮扶工作概况: the programme overview an official opens first — hospitals, pairings and
// staff on assignment, rolled up by recipient province and city, as the acting account sees it.
#pragma once

#include <cstdint>

#include "bangfu/org.hpp"
#include "bangfu/table.hpp"

namespace bangfu {

struct ProgrammeOverview {
  Date as_of;
  std::int64_t support_hospitals = 0;     // 支援医院 (national: all; others: paired with what they see)
  std::int64_t recipient_hospitals = 0;   // 受援医院 in view
  std::int64_t pairings_active = 0;       // 帮扶关系（在期）on as_of
  std::int64_t pairings_total = 0;        // 帮扶关系（累计）
  std::int64_t staff_registered = 0;      // 登记支援人员
  std::int64_t staff_on_duty = 0;         // 在岗支援人员 on as_of
  std::int64_t assignments_ended = 0;     // 已结束派驻（人次）
  std::int64_t staff_not_dispatched = 0;  // 尚未派驻人员
  // 受援地区派驻情况: a row per recipient city (columns province, city, recipient_hospitals,
  // pairings_active, staff_on_duty, hospitals_covered, row = "city" | "subtotal" | "total"),
  // a 小计 row after each province and a 合计 row at the end.
  Table by_region;
};

}  // namespace bangfu
