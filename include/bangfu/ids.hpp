// Row identifiers. Plain integers so that they cross the C ABI and JSON unchanged.
#pragma once

#include <cstdint>

namespace bangfu {
using AccountId = std::int64_t;
using UnitId = std::int64_t;
using PairingId = std::int64_t;
using StaffId = std::int64_t;
using AssignmentId = std::int64_t;
using GroupId = std::int64_t;    // attendance group (考勤组)
using PunchId = std::int64_t;
using RequestId = std::int64_t;  // an approval request (补卡, 请假, 外勤)

// The explicit actor for imports and set-up done by the host itself (not a person).
// It has national reach; its actions are audited under this id like anyone else's.
inline constexpr AccountId kSystemActor = 0;
}  // namespace bangfu
