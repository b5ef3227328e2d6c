// The guard, error objects, memory and status names of the C ABI.
#include "c_support.hpp"

#include <SQLiteCpp/Exception.h>

#include <cstdlib>
#include <cstring>
#include <new>
#include <system_error>

// The C header and the C++ headers must agree: status values are ErrorCode values.
static_assert(BF_OK == static_cast<int>(bangfu::ErrorCode::ok));
static_assert(BF_EINVAL == static_cast<int>(bangfu::ErrorCode::invalid_argument));
static_assert(BF_ENOTFOUND == static_cast<int>(bangfu::ErrorCode::not_found));
static_assert(BF_EPERM == static_cast<int>(bangfu::ErrorCode::permission_denied));
static_assert(BF_ESTATE == static_cast<int>(bangfu::ErrorCode::invalid_state));
static_assert(BF_ELOCKED == static_cast<int>(bangfu::ErrorCode::locked));
static_assert(BF_EQUOTA == static_cast<int>(bangfu::ErrorCode::quota_exceeded));
static_assert(BF_EDEADLINE == static_cast<int>(bangfu::ErrorCode::deadline_passed));
static_assert(BF_ECONFLICT == static_cast<int>(bangfu::ErrorCode::conflict));
static_assert(BF_ESTORAGE == static_cast<int>(bangfu::ErrorCode::storage));
static_assert(BF_ECORRUPT == static_cast<int>(bangfu::ErrorCode::corrupt));
static_assert(BF_EINTERNAL == static_cast<int>(bangfu::ErrorCode::internal));
static_assert(BF_SYSTEM_ACTOR == bangfu::kSystemActor);

namespace bangfu::capi {
namespace {

// Handed out when even the error object cannot be allocated; bf_error_free skips it.
// (The message fits the string's inline buffer: building it allocates nothing.)
bf_error* out_of_memory_error() noexcept {
  static bf_error oom{BF_EINTERNAL, "out of memory", {}, {}};
  return &oom;
}

}  // namespace

bf_status fail(bf_error** err, bf_status code, const char* message, std::string_view field,
               std::string_view value) noexcept {
  if (code == BF_OK) code = BF_EINTERNAL;  // a failure must never read as success
  if (!err) return code;
  try {
    auto* e = new bf_error;
    e->code = code;
    e->message = message ? message : "";
    e->field = std::string(field);
    e->value = std::string(value);
    *err = e;
  } catch (...) {
    *err = out_of_memory_error();
  }
  return code;
}

bf_status run_guarded(bf_error** err, void (*body)(void*), void* ctx) noexcept {
  if (err) *err = nullptr;
  try {
    body(ctx);
    return BF_OK;
  } catch (const Error& e) {
    int code = static_cast<int>(e.code());
    if (code <= BF_OK || code > BF_EINTERNAL) code = BF_EINTERNAL;
    return fail(err, code, e.what(), e.field(), e.value());
  } catch (const SQLite::Exception& e) {
    // The Engine turns SQLite errors into bangfu::Error; one that gets here is still storage.
    std::string msg;
    try {
      msg = std::string("storage: ") + e.what();
    } catch (...) {
      return fail(err, BF_EINTERNAL, "out of memory");
    }
    return fail(err, BF_ESTORAGE, msg.c_str());
  } catch (const std::bad_alloc&) {
    return fail(err, BF_EINTERNAL, "out of memory");
  } catch (const std::system_error& e) {
    // Files and streams (std::filesystem, iostreams): the storage could not be used.
    return fail(err, BF_ESTORAGE, e.what());
  } catch (const std::exception& e) {
    std::string msg;
    try {
      msg = std::string("internal error (please report it): ") + e.what();
    } catch (...) {
      return fail(err, BF_EINTERNAL, "out of memory");
    }
    return fail(err, BF_EINTERNAL, msg.c_str());
  } catch (...) {
    return fail(err, BF_EINTERNAL, "internal error (please report it): unknown exception");
  }
}

void null_argument(const char* name) {
  throw Error(ErrorCode::invalid_argument, std::string(name) + ": must not be NULL", name, "NULL");
}

Date date_arg(const char* text, const char* name) { return parse_date(need(text, name), name); }

Json parse_arg(const char* text, const char* name, bool required) {
  if (!text) {
    if (required) null_argument(name);
    return Json::object();
  }
  return ::bangfu::json::parse(text, name);
}

char* copy_out(std::string_view s) {
  auto* p = static_cast<char*>(std::malloc(s.size() + 1));
  if (!p) throw std::bad_alloc();
  if (!s.empty()) std::memcpy(p, s.data(), s.size());
  p[s.size()] = '\0';
  return p;
}

std::string dump(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

}  // namespace bangfu::capi

using namespace bangfu::capi;

extern "C" {

const char* bf_status_name(bf_status status) {
  if (status < BF_OK || status > BF_EINTERNAL) return "unknown";
  return bangfu::error_code_name(static_cast<bangfu::ErrorCode>(status));
}

bf_status bf_error_code(const bf_error* err) { return err ? err->code : BF_OK; }

const char* bf_error_message(const bf_error* err) { return err ? err->message.c_str() : ""; }

const char* bf_error_field(const bf_error* err) { return err ? err->field.c_str() : ""; }

const char* bf_error_value(const bf_error* err) { return err ? err->value.c_str() : ""; }

void bf_error_free(bf_error* err) {
  if (err && err != out_of_memory_error()) delete err;
}

void bf_free(void* p) { std::free(p); }

}  // extern "C"
