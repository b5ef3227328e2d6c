// Library version. The C header capi/bangfu.h carries the same numbers as BANGFU_VERSION_*.
#pragma once

#include "bangfu/visibility.hpp"

#define BANGFU_VERSION_MAJOR 0
#define BANGFU_VERSION_MINOR 1
#define BANGFU_VERSION_PATCH 0
#define BANGFU_VERSION_NUMBER \
  (BANGFU_VERSION_MAJOR * 1000000 + BANGFU_VERSION_MINOR * 1000 + BANGFU_VERSION_PATCH)

namespace bangfu {
// Version of the library actually loaded (may differ from the headers compiled against).
BANGFU_EXPORT const char* version() noexcept;
BANGFU_EXPORT int version_number() noexcept;
}  // namespace bangfu
