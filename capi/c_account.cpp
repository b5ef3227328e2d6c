// C ABI: accounts, roles and scopes.
#include "c_support.hpp"

using namespace bangfu::capi;
namespace bj = bangfu::json;

extern "C" {

bf_status bf_account_create(bf_engine* engine, int64_t actor, const char* account_json, int64_t* out_id,
                            bf_error** err) {
  return guard(err, [&] {
    clear_out(out_id, "out_id");
    auto& e = need_engine(engine);
    auto account = bj::new_account_from_json(parse_arg(account_json, "account_json", true));
    *out_id = e.create_account(actor, account);
  });
}

bf_status bf_account_get(bf_engine* engine, int64_t actor, int64_t id, char** out_json, bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    auto account = need_engine(engine).account(actor, id);
    *out_json = copy_out(dump(bj::to_json(account)));
  });
}

bf_status bf_account_by_login(bf_engine* engine, int64_t actor, const char* login, char** out_json,
                              bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    need(login, "login");
    auto account = need_engine(engine).account_by_login(actor, login);
    *out_json = copy_out(account ? dump(bj::to_json(*account)) : std::string("null"));
  });
}

bf_status bf_account_list(bf_engine* engine, int64_t actor, const char* filter_json, char** out_json,
                          bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    auto& e = need_engine(engine);
    auto filter = bj::account_filter_from_json(parse_arg(filter_json, "filter_json", false));
    *out_json = copy_out(dump(array_of(e.accounts(actor, filter))));
  });
}

bf_status bf_account_set_disabled(bf_engine* engine, int64_t actor, int64_t id, int disabled, bf_error** err) {
  return guard(err, [&] { need_engine(engine).set_account_disabled(actor, id, disabled != 0); });
}

}  // extern "C"
