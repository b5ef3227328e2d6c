/* The C ABI of attendance (考勤) and approvals (审批): 甘洛县人民医院 with a location and a
 * 考勤组, a 浙大一院 doctor assigned since January 2026 punching through the typed hot path
 * (inside and outside the geofence under the flag policy), a punch without an assignment,
 * 补卡 approved and the quota, leave over three workdays through two approvals, the October
 * 2026 monthly row (18 required days), the table and its export, and bad arguments.
 * Dates are taken relative to the engine's today (bf_engine_today), walking the calendar. */
#define _POSIX_C_SOURCE 200809L

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "capi_check.h"

typedef struct {
  int64_t zju, ganluo;
  int64_t national, ganluo_hospital, zju_admin, doctor_account;
  int64_t doctor, idle; /* idle: registered, never assigned */
} att_programme;

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
static int64_t days_from_civil(int y, int m, int d) {
  int64_t era, yoe, doy, doe;
  y -= m <= 2;
  era = (y >= 0 ? y : y - 399) / 400;
  yoe = y - era * 400;
  doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

/* Unix seconds of "YYYY-MM-DD" hh:mm in China Standard Time (UTC+8). */
static int64_t cst_unix(const char *date, int hh, int mm) {
  int y = 0, m = 0, d = 0;
  CHECK(sscanf(date, "%4d-%2d-%2d", &y, &m, &d) == 3);
  return days_from_civil(y, m, d) * 86400 + (int64_t)(hh - 8) * 3600 + (int64_t)mm * 60;
}

/* The n-th workday of 甘洛县人民医院 after (n > 0) or before (n < 0) today, into out[11]. */
static void workday(bf_engine *e, const att_programme *p, const char *today, int n, char out[11]) {
  bf_error *err = NULL;
  char *d = NULL;
  CHECK_OK(bf_calendar_nth_workday_after(e, today, n, p->ganluo, &d, &err));
  CHECK(strlen(d) == 10);
  memcpy(out, d, 11);
  bf_free(d);
}

static void set_up(bf_engine *e, att_programme *p) {
  bf_error *err = NULL;
  char buf[1024], arrival[256], id_a[19], id_b[19];
  int64_t id = 0;
  start_phase("attendance: set-up");
  p->zju = add_unit(e, BF_SYSTEM_ACTOR,
                    "{\"code\":\"ZJU1\",\"kind\":\"support_hospital\",\"name\":\"浙江大学医学院附属第一医院\","
                    "\"region\":330102}");
  p->ganluo = add_unit(e, BF_SYSTEM_ACTOR,
                       "{\"code\":\"GL-RMYY\",\"kind\":\"recipient_hospital\",\"name\":\"甘洛县人民医院\","
                       "\"region\":513435,\"latitude\":28.9586,\"longitude\":102.7713}");
  CHECK_OK(bf_pairing_add(e, BF_SYSTEM_ACTOR,
                          fmt(buf, sizeof buf,
                              "{\"support_unit\":%" PRId64 ",\"recipient_unit\":%" PRId64 ",\"start\":\"2021-01-01\"}",
                              p->zju, p->ganluo),
                          &id, &err));
  p->national = add_account(e, BF_SYSTEM_ACTOR,
                            "{\"name\":\"国家卫健委\",\"login\":\"national\",\"roles\":[\"national_admin\"],"
                            "\"scope_region\":0}");
  p->ganluo_hospital = add_account(e, p->national,
                                   fmt(buf, sizeof buf,
                                       "{\"name\":\"甘洛县人民医院医务科\",\"login\":\"ganluo-hospital\","
                                       "\"roles\":[\"recipient_hospital_admin\"],\"scope_unit\":%" PRId64 "}",
                                       p->ganluo));
  p->zju_admin = add_account(e, p->national,
                             fmt(buf, sizeof buf,
                                 "{\"name\":\"浙大一院医务部\",\"login\":\"zju-admin\","
                                 "\"roles\":[\"support_hospital_admin\"],\"scope_unit\":%" PRId64 "}",
                                 p->zju));
  make_id(id_a, "330102", "19800312", 11);
  make_id(id_b, "330102", "19850607", 23);
  CHECK_OK(bf_staff_add(e, p->zju_admin,
                        fmt(buf, sizeof buf,
                            "{\"name\":\"陈青\",\"id_number\":\"%s\",\"title\":\"副高\",\"home_unit\":%" PRId64 "}",
                            id_a, p->zju),
                        fmt(arrival, sizeof arrival, "{\"recipient_unit\":%" PRId64 ",\"start\":\"2026-01-10\"}", p->ganluo),
                        &p->doctor, &err));
  CHECK_OK(bf_staff_add(e, p->zju_admin,
                        fmt(buf, sizeof buf,
                            "{\"name\":\"宋希\",\"id_number\":\"%s\",\"title\":\"中级\",\"home_unit\":%" PRId64 "}",
                            id_b, p->zju),
                        NULL, &p->idle, &err));
  p->doctor_account = add_account(e, p->zju_admin,
                                  fmt(buf, sizeof buf,
                                      "{\"name\":\"陈青\",\"login\":\"doctor-a\",\"roles\":[\"support_staff\"],"
                                      "\"staff\":%" PRId64 "}",
                                      p->doctor));
}

static void groups(bf_engine *e, const att_programme *p) {
  bf_error *err = NULL;
  char buf[1024], *json = NULL;
  int64_t group = 0, id = 0;
  start_phase("attendance: groups and rules");
  fmt(buf, sizeof buf,
      "{\"unit\":%" PRId64 ",\"name\":\"默认考勤组\",\"rule\":{\"on_duty\":\"08:00\",\"grace\":5,"
      "\"field_policy\":\"flag\",\"makeup\":{\"days_back\":60}}}",
      p->ganluo);
  /* Only the recipient side manages the hospital's groups. */
  CHECK_ERR(bf_attendance_group_add(e, p->zju_admin, buf, &id, &err), BF_EPERM, NULL);
  CHECK_OK(bf_attendance_group_add(e, p->ganluo_hospital, buf, &group, &err));
  CHECK(group > 0);
  CHECK_ERR(bf_attendance_group_add(e, p->ganluo_hospital, buf, &id, &err), BF_ECONFLICT, "members");
  CHECK_ERR(bf_attendance_group_add(e, p->ganluo_hospital,
                                    fmt(buf, sizeof buf,
                                        "{\"unit\":%" PRId64 ",\"name\":\"错\",\"rule\":{\"radius_m\":50}}", p->ganluo),
                                    &id, &err),
            BF_EINVAL, "radius_m");
  CHECK_ERR(bf_attendance_group_add(e, p->ganluo_hospital, "{\"unit\":", &id, &err), BF_EINVAL, "group_json");
  /* Update: the same group, a 300 m range. */
  fmt(buf, sizeof buf,
      "{\"unit\":%" PRId64 ",\"name\":\"默认考勤组\",\"rule\":{\"grace\":5,\"radius_m\":300,"
      "\"field_policy\":\"flag\",\"makeup\":{\"days_back\":60}}}",
      p->ganluo);
  CHECK_OK(bf_attendance_group_update(e, p->ganluo_hospital, group, buf, &err));
  CHECK_OK(bf_attendance_groups(e, p->ganluo_hospital, p->ganluo, &json, &err));
  CHECK(count_of(json, "\"name\":\"默认考勤组\"") == 1);
  CHECK(contains(json, "\"unit_name\":\"甘洛县人民医院\""));
  CHECK(contains(json, "\"members\":[]"));
  bf_free(json);
  CHECK_OK(bf_attendance_rule(e, p->doctor_account, p->doctor, "2026-10-12", &json, &err));
  CHECK(contains(json, "\"grace\":5"));
  CHECK(contains(json, "\"field_policy\":\"flag\""));
  CHECK(contains(json, "\"days_back\":60"));
  bf_free(json);
  CHECK_ERR(bf_attendance_rule(e, p->doctor_account, p->doctor, "2026-13-01", &json, &err), BF_EINVAL, "day");
  CHECK(json == NULL);
  /* A second group to remove. */
  fmt(buf, sizeof buf, "{\"unit\":%" PRId64 ",\"name\":\"临时组\",\"members\":[%" PRId64 "]}", p->ganluo, p->idle);
  CHECK_OK(bf_attendance_group_add(e, p->ganluo_hospital, buf, &id, &err));
  CHECK_OK(bf_attendance_group_remove(e, p->ganluo_hospital, id, &err));
  CHECK_ERR(bf_attendance_group_remove(e, p->ganluo_hospital, id, &err), BF_ENOTFOUND, NULL);
}

static void punches(bf_engine *e, const att_programme *p, const char *today) {
  bf_error *err = NULL;
  char w1[11], w2[11], *json = NULL;
  const double lat_in = 28.9595, lon_in = 102.7720; /* ~120 m from the hospital */
  const double lat_far = 28.9800, lon_far = 102.7713; /* ~2.4 km away */
  int64_t id = 0;
  int check = -1;
  start_phase("attendance: punches");
  workday(e, p, today, -1, w1);
  workday(e, p, today, -2, w2);

  /* The staff member's own account punches as it happens; a past punch is a make-up. */
  CHECK_ERR(bf_punch_record(e, p->doctor_account, p->doctor, cst_unix(w1, 7, 55), &lat_in, &lon_in, "dingtalk", &id,
                            &check, &err),
            BF_EINVAL, "at");
  /* Inside the range (the host replays the punch): normal. */
  CHECK_OK(bf_punch_record(e, BF_SYSTEM_ACTOR, p->doctor, cst_unix(w1, 7, 55), &lat_in, &lon_in, "dingtalk", &id,
                           &check, &err));
  CHECK(id > 0);
  CHECK(check == BF_PUNCH_INSIDE);
  /* Outside under the flag policy: counted, the day is marked 外勤. */
  CHECK_OK(bf_punch_record(e, BF_SYSTEM_ACTOR, p->doctor, cst_unix(w2, 7, 50), &lat_far, &lon_far, NULL, &id, &check,
                           &err));
  CHECK(check == BF_PUNCH_FIELD);

  CHECK_OK(bf_attendance_days(e, p->doctor_account, p->doctor, w2, w1, &json, &err));
  CHECK(strncmp(json, "[{", 2) == 0);
  CHECK(contains(json, "\"status\":\"field\""));
  CHECK(contains(json, "\"status_label\":\"外勤\""));
  CHECK(contains(json, "\"status\":\"normal\""));
  CHECK(contains(json, "\"on_duty_time\":\"07:55\""));
  bf_free(json);

  CHECK_OK(bf_punches(e, p->ganluo_hospital, p->doctor, w2, w1, &json, &err));
  CHECK(count_of(json, "\"id\":") == 2);
  CHECK(contains(json, "\"check\":\"field\"") && contains(json, "\"check\":\"inside\""));
  CHECK(contains(json, "\"source\":\"dingtalk\""));
  bf_free(json);

  /* The JSON form. */
  {
    char buf[256];
    CHECK_OK(bf_punch_record_json(
        e, BF_SYSTEM_ACTOR,
        fmt(buf, sizeof buf, "{\"staff\":%" PRId64 ",\"at\":\"%s 17:40\",\"source\":\"his\"}", p->doctor, w1), &json,
        &err));
    CHECK(contains(json, "\"check\":\"field\"")); /* no location where the hospital has one */
    CHECK(contains(json, "\"latitude\":null"));
    CHECK(contains(json, "\"time\":\"17:40\""));
    bf_free(json);
    CHECK_ERR(bf_punch_record_json(e, BF_SYSTEM_ACTOR, "{\"at\":\"2026-11-02 08:00\"}", &json, &err), BF_EINVAL,
              "staff");
  }

  /* No assignment: BF_ESTATE, the message names the day. */
  id = -1;
  check = -1;
  CHECK(bf_punch_record(e, BF_SYSTEM_ACTOR, p->idle, cst_unix(w1, 8, 0), NULL, NULL, NULL, &id, &check, &err) ==
        BF_ESTATE);
  CHECK(bf_error_code(err) == BF_ESTATE);
  CHECK(contains(bf_error_message(err), "no active assignment"));
  CHECK(contains(bf_error_message(err), w1));
  CHECK(strcmp(bf_error_field(err), "at") == 0);
  bf_error_free(err);
  err = NULL;
  CHECK(id == 0 && check == 0);
  /* One coordinate only; another staff member's account; NULL out-params. */
  CHECK_ERR(bf_punch_record(e, BF_SYSTEM_ACTOR, p->doctor, cst_unix(w1, 8, 0), &lat_in, NULL, NULL, &id, &check, &err),
            BF_EINVAL, "longitude");
  CHECK_ERR(bf_punch_record(e, p->ganluo_hospital, p->doctor, cst_unix(w1, 8, 0), NULL, NULL, NULL, &id, &check, &err),
            BF_EPERM, NULL);
  CHECK_ERR(bf_punch_record(e, BF_SYSTEM_ACTOR, p->doctor, cst_unix(w1, 8, 0), NULL, NULL, NULL, &id, NULL, &err),
            BF_EINVAL, "out_check");
}

/* The first calendar month with `count` workdays among the 3rd … 24th workdays before today
 * (none punched); their dates into days[], oldest last. */
static void makeup_days(bf_engine *e, const att_programme *p, const char *today, int count, char days[][11]) {
  char d[11];
  int k, found = 0;
  for (k = 3; k <= 24 && found < count; ++k) {
    workday(e, p, today, -k, d);
    if (found > 0 && strncmp(d, days[0], 7) != 0) found = 0; /* another month: start again */
    memcpy(days[found++], d, 11);
  }
  CHECK(found == count);
}

static void makeups(bf_engine *e, const att_programme *p, const char *today) {
  bf_error *err = NULL;
  char buf[512], days[4][11], *json = NULL, *day_json = NULL;
  int64_t r1 = 0;
  start_phase("approvals: make-up");
  makeup_days(e, p, today, 4, days);

  fmt(buf, sizeof buf, "{\"day\":\"%s\",\"time\":\"08:00\",\"reason\":\"忘记打卡\"}", days[0]);
  /* Only the staff member's own account files. */
  CHECK_ERR(bf_makeup_submit(e, p->ganluo_hospital, buf, &json, &err), BF_EPERM, NULL);
  CHECK_OK(bf_makeup_submit(e, p->doctor_account, buf, &json, &err));
  CHECK(contains(json, "\"kind\":\"makeup\""));
  CHECK(contains(json, "\"state\":\"pending\""));
  CHECK(contains(json, "\"state_label\":\"审批中\""));
  fmt(buf, sizeof buf, "\"awaiting\":[%" PRId64 "]", p->ganluo_hospital);
  CHECK(contains(json, buf));
  CHECK(sscanf(strstr(json, "\"id\":") + 5, "%" SCNd64, &r1) == 1);
  bf_free(json);

  CHECK_OK(bf_requests(e, p->ganluo_hospital, NULL, &json, &err)); /* 待我审批 */
  CHECK(count_of(json, "\"kind\":\"makeup\"") == 1);
  bf_free(json);
  CHECK_OK(bf_requests(e, p->doctor_account, "{\"box\":\"submitted\"}", &json, &err));
  CHECK(count_of(json, "\"kind\":\"makeup\"") == 1);
  bf_free(json);
  CHECK_ERR(bf_requests(e, p->doctor_account, "{\"box\":\"inbox\"}", &json, &err), BF_EINVAL, "box");

  /* An unknown action names the field; the doctor may not approve their own request. */
  CHECK_ERR(bf_request_act(e, p->ganluo_hospital, r1, "approved!", NULL, &json, &err), BF_EINVAL, "action");
  CHECK(json == NULL);
  CHECK_ERR(bf_request_act(e, p->ganluo_hospital, r1, NULL, NULL, &json, &err), BF_EINVAL, "action");
  CHECK_ERR(bf_request_act(e, p->doctor_account, r1, "approve", NULL, &json, &err), BF_EPERM, NULL);
  CHECK_ERR(bf_request_act(e, p->ganluo_hospital, r1, "reject", NULL, &json, &err), BF_EINVAL, "reason");

  CHECK_OK(bf_request_act(e, p->ganluo_hospital, r1, "approve", NULL, &json, &err));
  CHECK(contains(json, "\"state\":\"approved\""));
  fmt(buf, sizeof buf, "\"cc\":[%" PRId64 "]", p->zju_admin);
  CHECK(contains(json, buf)); /* copied to the home unit */
  bf_free(json);
  CHECK_OK(bf_request_get(e, p->doctor_account, r1, &json, &err));
  CHECK(contains(json, "\"state\":\"approved\"") && contains(json, "\"reason\":\"忘记打卡\""));
  bf_free(json);
  CHECK_ERR(bf_request_get(e, p->doctor_account, 999999, &json, &err), BF_ENOTFOUND, NULL);
  CHECK_OK(bf_attendance_days(e, p->doctor_account, p->doctor, days[0], days[0], &day_json, &err));
  CHECK(contains(day_json, "\"status\":\"made_up\""));
  CHECK(contains(day_json, "\"status_label\":\"已补卡\""));
  CHECK(contains(day_json, "\"made_up\":true"));
  bf_free(day_json);

  /* Two more fill the cycle (pending counts); the fourth is over the quota. */
  CHECK_OK(bf_makeup_submit(e, p->doctor_account,
                            fmt(buf, sizeof buf, "{\"day\":\"%s\",\"time\":\"08:00\",\"reason\":\"忘记打卡\"}", days[1]),
                            &json, &err));
  bf_free(json);
  CHECK_OK(bf_makeup_submit(e, p->doctor_account,
                            fmt(buf, sizeof buf, "{\"day\":\"%s\",\"time\":\"08:00\",\"reason\":\"忘记打卡\"}", days[2]),
                            &json, &err));
  bf_free(json);
  CHECK_OK(bf_makeup_quota(e, p->doctor_account, p->doctor, days[3], &json, &err));
  CHECK(contains(json, "\"used\":3") && contains(json, "\"allowed\":3"));
  bf_free(json);
  CHECK(bf_makeup_submit(e, p->doctor_account,
                         fmt(buf, sizeof buf, "{\"day\":\"%s\",\"time\":\"08:00\",\"reason\":\"忘记打卡\"}", days[3]),
                         &json, &err) == BF_EQUOTA);
  CHECK(json == NULL);
  CHECK(bf_error_code(err) == BF_EQUOTA);
  CHECK(contains(bf_error_message(err), "本月已申请3次补卡"));
  bf_error_free(err);
  err = NULL;
  /* A future day is refused naming the field. */
  {
    char next[11];
    workday(e, p, today, 2, next);
    CHECK_ERR(bf_makeup_submit(e, p->doctor_account,
                               fmt(buf, sizeof buf, "{\"day\":\"%s\",\"time\":\"08:00\",\"reason\":\"x\"}", next), &json,
                               &err),
              BF_EINVAL, "day");
  }
  CHECK_ERR(bf_makeup_submit(e, p->doctor_account, "{\"day\":\"2026-11-02\",\"time\":\"8 o'clock\",\"reason\":\"x\"}",
                             &json, &err),
            BF_EINVAL, "time");
}

static void leave(bf_engine *e, const att_programme *p, const char *today) {
  bf_error *err = NULL;
  char buf[512], first[11], last[11], *json = NULL;
  int64_t id = 0;
  start_phase("approvals: leave over three workdays");
  workday(e, p, today, 3, first);
  workday(e, p, today, 7, last); /* five workdays */
  fmt(buf, sizeof buf, "{\"type\":\"年假\",\"first\":\"%s\",\"last\":\"%s\",\"reason\":\"家中有事\"}", first, last);
  CHECK_OK(bf_leave_submit(e, p->doctor_account, buf, &json, &err));
  CHECK(contains(json, "\"kind\":\"leave\""));
  CHECK(contains(json, "\"type\":\"annual\"") && contains(json, "\"type_label\":\"年假\""));
  CHECK(contains(json, "\"days\":5"));
  CHECK(count_of(json, "\"auto_passed\":") == 2); /* two steps */
  CHECK(sscanf(strstr(json, "\"id\":") + 5, "%" SCNd64, &id) == 1);
  bf_free(json);
  CHECK_ERR(bf_leave_submit(e, p->doctor_account, buf, &json, &err), BF_ECONFLICT, NULL);
  CHECK_ERR(bf_leave_submit(e, p->doctor_account, "{\"type\":\"度假\",\"first\":\"2026-11-02\",\"reason\":\"x\"}", &json,
                            &err),
            BF_EINVAL, "type");

  CHECK_OK(bf_request_act(e, p->ganluo_hospital, id, "approve", "", &json, &err));
  CHECK(contains(json, "\"state\":\"pending\""));
  fmt(buf, sizeof buf, "\"awaiting\":[%" PRId64 "]", p->zju_admin);
  CHECK(contains(json, buf)); /* the home unit's step */
  bf_free(json);
  CHECK_OK(bf_request_act(e, p->zju_admin, id, "approve", NULL, &json, &err));
  CHECK(contains(json, "\"state\":\"approved\""));
  bf_free(json);
  CHECK_OK(bf_attendance_days(e, p->doctor_account, p->doctor, first, first, &json, &err));
  CHECK(contains(json, "\"status\":\"leave\"") && contains(json, "\"leave_type\":\"annual\""));
  bf_free(json);
  /* Withdrawing an approved request is not possible; revoking needs a reason. */
  CHECK_ERR(bf_request_act(e, p->doctor_account, id, "withdraw", NULL, &json, &err), BF_ESTATE, NULL);
  CHECK_ERR(bf_request_act(e, p->zju_admin, id, "revoke", NULL, &json, &err), BF_EINVAL, "reason");
  CHECK_OK(bf_request_act(e, p->zju_admin, id, "revoke", "计划取消", &json, &err));
  CHECK(contains(json, "\"state\":\"revoked\""));
  bf_free(json);
}

static void workflows(bf_engine *e, const att_programme *p) {
  bf_error *err = NULL;
  char *json = NULL;
  start_phase("approvals: workflows");
  CHECK_OK(bf_workflow_get(e, "leave", &json, &err));
  CHECK(count_of(json, "\"mode\":") == 2);
  CHECK(contains(json, "\"only_over_workdays\":3"));
  bf_free(json);
  CHECK_ERR(bf_workflow_get(e, "holiday", &json, &err), BF_EINVAL, "kind");
  CHECK_ERR(bf_workflow_set(e, p->ganluo_hospital,
                            "{\"kind\":\"makeup\",\"name\":\"补卡审批\",\"steps\":[{\"name\":\"受援医院审批\","
                            "\"approvers\":[\"recipient_hospital_admin\"]}]}",
                            &err),
            BF_EPERM, NULL);
  CHECK_OK(bf_workflow_set(e, p->national,
                           "{\"kind\":\"makeup\",\"name\":\"补卡审批\",\"steps\":[{\"name\":\"受援医院审批\","
                           "\"approvers\":[\"recipient_hospital_admin\"]},{\"name\":\"县卫健局审批\","
                           "\"approvers\":[\"recipient_county_admin\"]}]}",
                           &err));
  CHECK_OK(bf_workflow_get(e, "补卡申请", &json, &err));
  CHECK(contains(json, "县卫健局审批"));
  bf_free(json);
  CHECK_ERR(bf_workflow_set(e, p->national, "{\"kind\":\"makeup\",\"name\":\"空\",\"steps\":[]}", &err), BF_EINVAL,
            "steps");
}

static void month(bf_engine *e, const att_programme *p) {
  bf_error *err = NULL;
  char buf[512], path[512], *json = NULL, *csv = NULL;
  size_t size = 0;
  start_phase("attendance: monthly statistics");
  fmt(buf, sizeof buf, "{\"year\":2026,\"month\":10,\"staff\":%" PRId64 "}", p->doctor);
  CHECK_OK(bf_attendance_month(e, p->national, buf, &json, &err));
  CHECK(count_of(json, "\"staff\":") == 1);
  CHECK(contains(json, "\"required_days\":18"));
  CHECK(contains(json, "\"staff_name\":\"陈青\""));
  CHECK(contains(json, "\"unit_name\":\"甘洛县人民医院\""));
  bf_free(json);
  CHECK_OK(bf_attendance_month_table(e, p->ganluo_hospital, "{\"year\":2026,\"month\":10}", &json, &err));
  CHECK(contains(json, "\"columns\":[") && contains(json, "\"rows\":["));
  CHECK(contains(json, "应出勤天数"));
  bf_free(json);
  CHECK_ERR(bf_attendance_month(e, p->national, "{\"year\":2026,\"month\":13}", &json, &err), BF_EINVAL, "month");
  CHECK_ERR(bf_attendance_month(e, p->national, NULL, &json, &err), BF_EINVAL, "filter_json");

  work_path(path, sizeof path, "attendance-2026-10.csv");
  CHECK_OK(bf_attendance_month_export(e, p->national, "{\"year\":2026,\"month\":10}", "csv", path, &err));
  csv = read_file(path, &size);
  CHECK(size > 3 && (unsigned char)csv[0] == 0xEF);
  CHECK(contains(csv, "应出勤天数") && contains(csv, "陈青"));
  free(csv);
  remove(path);
  CHECK_ERR(bf_attendance_month_export(e, p->national, "{\"year\":2026,\"month\":10}", "pdf", path, &err), BF_EINVAL,
            "format");
}

void test_attendance(void) {
  bf_error *err = NULL;
  bf_engine *e = NULL;
  char *today = NULL;
  att_programme p;
  memset(&p, 0, sizeof p);
  start_phase("attendance: open");
  /* A fixed clock, so that the dates below stay inside the shipped calendar (2016–2026). */
  CHECK_OK(bf_engine_open(":memory:", "{\"now\": \"2026-11-23T20:00:00+08:00\"}", &e, &err));
  CHECK_OK(bf_engine_today(e, &today, &err));
  CHECK(strcmp(today, "2026-11-23") == 0);
  {
    char *now = NULL;
    CHECK_OK(bf_engine_now(e, &now, &err));
    CHECK(strcmp(now, "2026-11-23T20:00:00+08:00") == 0);
    bf_free(now);
  }
  set_up(e, &p);
  groups(e, &p);
  punches(e, &p, today);
  makeups(e, &p, today);
  leave(e, &p, today);
  workflows(e, &p);
  month(e, &p);
  bf_free(today);
  bf_engine_close(e);
}
