// C ABI: the library version. This file includes bangfu.h before anything else, so that it can
// check that the header's BANGFU_VERSION_* macros equal those of <bangfu/version.hpp>.
#include "bangfu.h"

namespace {
constexpr int kHeaderMajor = BANGFU_VERSION_MAJOR;
constexpr int kHeaderMinor = BANGFU_VERSION_MINOR;
constexpr int kHeaderPatch = BANGFU_VERSION_PATCH;
constexpr int kHeaderNumber = BANGFU_VERSION_NUMBER;
}  // namespace

#undef BANGFU_VERSION_MAJOR
#undef BANGFU_VERSION_MINOR
#undef BANGFU_VERSION_PATCH
#undef BANGFU_VERSION_NUMBER
#include "bangfu/version.hpp"

static_assert(kHeaderMajor == BANGFU_VERSION_MAJOR && kHeaderMinor == BANGFU_VERSION_MINOR &&
                  kHeaderPatch == BANGFU_VERSION_PATCH && kHeaderNumber == BANGFU_VERSION_NUMBER,
              "capi/bangfu.h and include/bangfu/version.hpp must carry the same version");

extern "C" {

const char* bf_version(void) { return bangfu::version(); }

int bf_version_number(void) { return bangfu::version_number(); }

}  // extern "C"
