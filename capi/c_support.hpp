// What every C function of bangfu.h shares: the handle and error structs, the guard that
// turns every exception into a status (nothing unwinds through C), argument checks, and the
// conversions between C strings, JSON documents and C++ records. Translation only: no rule of
// the programme belongs here.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "bangfu.h"
#include "bangfu/engine.hpp"
#include "bangfu/error.hpp"
#include "json/attendance_json.hpp"
#include "json/calendar_json.hpp"
#include "json/records.hpp"
#include "json/report_json.hpp"

struct bf_engine {
  std::unique_ptr<bangfu::Engine> engine;
};

struct bf_error {
  bf_status code = BF_OK;
  std::string message;
  std::string field;
  std::string value;
};

namespace bangfu::capi {

using Json = nlohmann::json;

// Stores a new error in *err (when err is not NULL) and returns `code`. Never throws: if the
// error object cannot be allocated, *err receives a static "out of memory" object that
// bf_error_free recognizes.
bf_status fail(bf_error** err, bf_status code, const char* message, std::string_view field = {},
               std::string_view value = {}) noexcept;

// Runs `body` and returns BF_OK, or the status of whatever it threw:
//   bangfu::Error            → its ErrorCode, message, field, value
//   SQLite::Exception, std::system_error (files, streams) → BF_ESTORAGE
//   std::bad_alloc           → BF_EINTERNAL "out of memory"
//   any other exception      → BF_EINTERNAL
// Sets *err to NULL first.
bf_status run_guarded(bf_error** err, void (*body)(void*), void* ctx) noexcept;

template <class F>
bf_status guard(bf_error** err, F&& f) noexcept {
  using Body = std::remove_reference_t<F>;  // may be const
  return run_guarded(
      err, [](void* c) { (*static_cast<Body*>(c))(); },
      const_cast<void*>(static_cast<const void*>(std::addressof(f))));
}

// Throws invalid_argument "<name>: must not be NULL" naming the parameter.
[[noreturn]] void null_argument(const char* name);

template <class T>
T* need(T* p, const char* name) {
  if (!p) null_argument(name);
  return p;
}

inline Engine& need_engine(bf_engine* e) {
  if (!e || !e->engine) null_argument("engine");
  return *e->engine;
}

// Clears an out-param on entry (after checking it is not NULL).
template <class T>
T* clear_out(T* out, const char* name) {
  need(out, name);
  *out = T{};
  return out;
}

// A date argument "YYYY-MM-DD": NULL or malformed is invalid_argument naming `name`.
Date date_arg(const char* text, const char* name);

// A JSON argument: NULL means {} when optional, invalid_argument naming `name` when required.
Json parse_arg(const char* text, const char* name, bool required);

// A copy of `s` in memory the caller frees with bf_free (malloc). Throws std::bad_alloc.
char* copy_out(std::string_view s);
// Serializes a document (invalid UTF-8 from stored data is replaced, never thrown).
std::string dump(const Json& j);

// JSON array of records.
template <class Records>
Json array_of(const Records& records) {
  Json a = Json::array();
  for (const auto& r : records) a.push_back(::bangfu::json::to_json(r));
  return a;
}

}  // namespace bangfu::capi
