// BANGFU_EXPORT marks the C++ API that libbangfu exports; everything else is hidden.
#pragma once

#if defined(_WIN32)
#define BANGFU_EXPORT
#else
#define BANGFU_EXPORT __attribute__((visibility("default")))
#endif
