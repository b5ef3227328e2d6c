/* bangfu.h must compile on its own as strict C99: nothing is included before it. */
#include "bangfu.h"

/* Every type the header uses is declared by the header itself. */
int bangfu_header_only_check(bf_engine *engine, bf_error *err, int64_t id, size_t size);
int bangfu_header_only_check(bf_engine *engine, bf_error *err, int64_t id, size_t size) {
  (void)engine;
  (void)id;
  (void)size;
  return bf_error_code(err) == BF_OK && BANGFU_VERSION_NUMBER >= 0 && BF_SYSTEM_ACTOR == 0;
}
