// Shared fixtures: an in-memory engine with a fixed clock and a small programme.
#pragma once

#include <gtest/gtest.h>

#include <boost/date_time/posix_time/posix_time.hpp>
#include <functional>
#include <memory>
#include <string>

#include "bangfu/bangfu.hpp"

namespace bangfu::testing {

// 2026-11-23 12:00 UTC (20:00 in Beijing).
boost::posix_time::ptime fixed_now();
// With a clock of the test's own (e.g. one it moves), else fixed_now.
std::unique_ptr<Engine> open_memory(std::function<boost::posix_time::ptime()> clock = {});
Date d(const char* iso);
// A valid ID number for a birth date and sequence (check digit computed).
std::string make_id(const std::string& address6, const std::string& birth8, int seq);

// A small programme in 四川 (recipient) and 浙江 (support):
//   support: 浙江大学医学院附属第一医院 (杭州 上城区) with a department; 四川大学华西医院 (成都 武侯区)
//   recipient: 甘洛县人民医院 (凉山 甘洛县), 美姑县人民医院 (凉山 美姑县), 青川县人民医院 (广元 青川县)
// and accounts for each role.
struct Programme {
  std::unique_ptr<Engine> engine;
  UnitId zju = 0, zju_cardiology = 0, huaxi = 0, ganluo = 0, meigu = 0, qingchuan = 0;
  AccountId national = 0, sichuan_recipient = 0, liangshan_city = 0, ganluo_county = 0, meigu_county = 0,
            ganluo_hospital = 0, zhejiang_support = 0, zju_admin = 0, huaxi_admin = 0;
  StaffId doctor_a = 0, doctor_b = 0;  // zju staff dispatched to 甘洛 / 美姑
  StaffId doctor_c = 0;                // huaxi staff dispatched to 青川
};
Programme make_programme(std::function<boost::posix_time::ptime()> clock = {});

// Runs f, which must throw a bangfu::Error, and returns the error (a test failure if none).
template <class F>
Error catch_error(F&& f) {
  try {
    f();
  } catch (const Error& e) {
    return e;
  }
  ADD_FAILURE() << "no error thrown";
  return Error(ErrorCode::ok, "");
}

}  // namespace bangfu::testing
