#include "core/embedded_data.hpp"

#include <string>

#include "bangfu/error.hpp"

namespace bangfu::internal {

std::string_view embedded_file(std::string_view name) {
  for (std::size_t i = 0; i < kEmbeddedFileCount; ++i)
    if (name == kEmbeddedFiles[i].name) return {kEmbeddedFiles[i].data, kEmbeddedFiles[i].size};
  throw Error(ErrorCode::internal, "embedded data file '" + std::string(name) + "' is missing from this build");
}

}  // namespace bangfu::internal
