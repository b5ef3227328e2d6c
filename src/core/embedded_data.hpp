// Reference data compiled into the library (generated from data/ by tools/embed.cpp).
#pragma once

#include <cstddef>
#include <string_view>

namespace bangfu::internal {

struct EmbeddedFile {
  const char* name;  // path under data/, e.g. "regions/streets.csv"
  const char* data;
  std::size_t size;
};
extern const EmbeddedFile kEmbeddedFiles[];
extern const std::size_t kEmbeddedFileCount;

// The named file's bytes; throws internal if the build did not embed it.
std::string_view embedded_file(std::string_view name);

}  // namespace bangfu::internal
