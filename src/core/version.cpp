#include "bangfu/version.hpp"

namespace bangfu {
const char* version() noexcept { return BANGFU_VERSION_STRING_; }
int version_number() noexcept { return BANGFU_VERSION_NUMBER; }
}  // namespace bangfu
