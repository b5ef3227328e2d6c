#include "bangfu/error.hpp"

#include <string>
#include <utility>

namespace bangfu {

const char* error_code_name(ErrorCode code) noexcept {
  switch (code) {
    case ErrorCode::ok: return "ok";
    case ErrorCode::invalid_argument: return "invalid_argument";
    case ErrorCode::not_found: return "not_found";
    case ErrorCode::permission_denied: return "permission_denied";
    case ErrorCode::invalid_state: return "invalid_state";
    case ErrorCode::locked: return "locked";
    case ErrorCode::quota_exceeded: return "quota_exceeded";
    case ErrorCode::deadline_passed: return "deadline_passed";
    case ErrorCode::conflict: return "conflict";
    case ErrorCode::storage: return "storage";
    case ErrorCode::corrupt: return "corrupt";
    case ErrorCode::internal: return "internal";
  }
  return "unknown";
}

Error::Error(ErrorCode code, const std::string& message, std::string field, std::string value)
    : std::runtime_error(message), code_(code), field_(std::move(field)), value_(std::move(value)) {}

void throw_invalid(std::string_view field, std::string_view value, std::string_view why) {
  std::string msg(field);
  msg += " '";
  msg += value;
  msg += "': ";
  msg += why;
  throw Error(ErrorCode::invalid_argument, msg, std::string(field), std::string(value));
}

void throw_not_found(std::string_view what, std::string_view key) {
  std::string msg(what);
  msg += " '";
  msg += key;
  msg += "' does not exist";
  throw Error(ErrorCode::not_found, msg, std::string(what), std::string(key));
}

}  // namespace bangfu
