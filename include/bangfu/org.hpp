// Organisation of the counterpart-support programme (对口帮扶): units, pairings, support
// staff and their assignments (DOMAIN.md A1).
#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "bangfu/id_number.hpp"
#include "bangfu/ids.hpp"
#include "bangfu/region.hpp"
#include "bangfu/visibility.hpp"

namespace bangfu {

using Date = boost::gregorian::date;

// Parses a calendar date: 2026-03-01, also 2026-3-1 and 2026/3/1 (as Excel writes them).
// Throws invalid_argument naming `field` and the value.
BANGFU_EXPORT Date parse_date(std::string_view text, std::string_view field = "date");
// YYYY-MM-DD.
BANGFU_EXPORT std::string date_text(Date d);

enum class UnitKind : int {
  support_hospital = 1,    // 支援医院 (tertiary hospital sending doctors)
  recipient_hospital = 2,  // 受援医院 (county hospital in a poverty county)
  health_commission = 3,   // 卫健委 (at any level)
  department = 4,          // 科室/处室 (a part of another unit)
};
BANGFU_EXPORT const char* unit_kind_label(UnitKind kind) noexcept;  // Chinese
BANGFU_EXPORT const char* unit_kind_key(UnitKind kind) noexcept;    // "support_hospital"
// Accepts the key or the Chinese label.
BANGFU_EXPORT UnitKind parse_unit_kind(std::string_view text, std::string_view field = "kind");

struct GeoPoint {
  double latitude = 0;   // WGS-84 degrees, for check-in geofences
  double longitude = 0;
};

struct NewUnit {
  std::string code;                  // host's unique key, e.g. 统一社会信用代码
  UnitKind kind = UnitKind::recipient_hospital;
  std::string name;
  RegionCode region = 0;             // where the unit is (county or deeper for hospitals)
  std::string address;
  std::string grade;                 // 医院等级, e.g. 三级甲等 (free text)
  std::optional<GeoPoint> location;
  std::optional<UnitId> parent;      // for departments and offices
};

struct Unit : NewUnit {
  UnitId id = 0;
  std::string region_path;           // "四川省/凉山彝族自治州/甘洛县"
};

struct NewPairing {
  UnitId support_unit = 0;
  UnitId recipient_unit = 0;
  Date start;
  std::optional<Date> end;           // inclusive; open-ended when absent
};

struct Pairing : NewPairing {
  PairingId id = 0;
  std::string support_name;
  std::string recipient_name;
  bool active_on(Date d) const { return d >= start && (!end || d <= *end); }
};

enum class Title : int { junior = 1, intermediate = 2, associate_senior = 3, senior = 4 };
BANGFU_EXPORT const char* title_label(Title t) noexcept;  // 初级 中级 副高 正高
BANGFU_EXPORT Title parse_title(std::string_view text, std::string_view field = "title");

struct NewStaff {
  std::string name;
  std::string id_number;             // validated; sex and birth date derive from it
  Title title = Title::intermediate;
  std::string position;              // 职务: 临床科室负责人, 行政部门负责人, 其他 (the default) ...
  std::string department;            // 科室
  std::string specialty;             // 专业
  std::string phone;
  UnitId home_unit = 0;              // 派出单位 (a support hospital or one of its departments)
};

struct Staff : NewStaff {
  StaffId id = 0;
  Sex sex = Sex::male;
  Date birth_date;
  std::string home_unit_name;
};

struct NewAssignment {
  StaffId staff = 0;
  UnitId recipient_unit = 0;         // 派驻县级医院
  Date start;
  std::optional<Date> planned_end;
};

// 结束任务人员信息上报: what the recipient hospital files when a task ends.
struct EndOfTask {
  Date end;                          // actual last day
  std::string summary;               // 工作总结
  std::string evaluation;            // 考核结果, e.g. 优秀 / 合格
};

struct Assignment : NewAssignment {
  AssignmentId id = 0;
  std::optional<EndOfTask> ended;    // absent while the assignment is active
  std::string staff_name;
  std::string recipient_name;
  bool active() const { return !ended.has_value(); }
};

struct UnitFilter {
  std::optional<UnitKind> kind;
  std::optional<RegionCode> region;   // units whose region lies in this subtree
  std::optional<UnitId> under;        // units in this unit's hierarchy (itself included)
  std::string name_contains;
  int limit = 1000;
};

struct PairingFilter {
  std::optional<UnitId> unit;         // pairings where this unit is either side
  std::optional<Date> active_on;
};

}  // namespace bangfu
