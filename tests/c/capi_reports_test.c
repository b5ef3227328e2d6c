/* The C ABI of reports (数据上报): 浙大一院 sends two doctors to 甘洛县人民医院 (四川省凉山州); the
 * engine's clock is fixed at 2026-11-23 20:00 CST. The templates (the two shipped ones, a
 * host's own, a field added as version 2), the October 2026 工作量月报 of both doctors (drafts
 * pre-filled from attendance, values saved and refused by field, submitted on time by the host
 * replaying the time and late by the hospital), review by the 四川 recipient province admin
 * (returned, corrected, accepted), 填报情况 with its 催报名单, the 汇总表 with 合计 and the CSV
 * exports, the province package that locks the reports, and the national unlock. */
#define _POSIX_C_SOURCE 200809L

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "capi_check.h"

typedef struct {
  int64_t zju, ganluo;
  int64_t national, sichuan, ganluo_hospital, zju_admin;
  int64_t doctor, second, idle; /* idle: registered, never assigned */
  int64_t report, second_report;
} rep_programme;

/* The first "id" of a JSON object (objects come out with their keys in alphabetical order,
 * and no member before "id" of a report or package holds an object with one). */
static int64_t id_of(const char *json) {
  int64_t id = 0;
  const char *at = strstr(json, "\"id\":");
  CHECK(at != NULL);
  CHECK(sscanf(at + 5, "%" SCNd64, &id) == 1);
  return id;
}

/* Does the CSV file at `path` start with the UTF-8 BOM and contain `text`? Removes the file. */
static void check_csv(const char *path, const char *text) {
  size_t size = 0;
  char *csv = read_file(path, &size);
  CHECK(size > 3);
  CHECK((unsigned char)csv[0] == 0xEF && (unsigned char)csv[1] == 0xBB && (unsigned char)csv[2] == 0xBF);
  CHECK(contains(csv, text));
  free(csv);
  remove(path);
}

static void set_up(bf_engine *e, rep_programme *p) {
  bf_error *err = NULL;
  char buf[1024], arrival[256], id_a[19], id_b[19], id_c[19];
  int64_t id = 0;
  start_phase("reports: set-up");
  p->zju = add_unit(e, BF_SYSTEM_ACTOR,
                    "{\"code\":\"ZJU1\",\"kind\":\"support_hospital\",\"name\":\"浙江大学医学院附属第一医院\","
                    "\"region\":330102}");
  p->ganluo = add_unit(e, BF_SYSTEM_ACTOR,
                       "{\"code\":\"GL-RMYY\",\"kind\":\"recipient_hospital\",\"name\":\"甘洛县人民医院\","
                       "\"region\":513435}");
  CHECK_OK(bf_pairing_add(
      e, BF_SYSTEM_ACTOR,
      fmt(buf, sizeof buf, "{\"support_unit\":%" PRId64 ",\"recipient_unit\":%" PRId64 ",\"start\":\"2021-01-01\"}",
          p->zju, p->ganluo),
      &id, &err));
  p->national = add_account(e, BF_SYSTEM_ACTOR,
                            "{\"name\":\"国家卫健委\",\"login\":\"national\",\"roles\":[\"national_admin\"],"
                            "\"scope_region\":0}");
  p->sichuan = add_account(e, p->national,
                           "{\"name\":\"四川省卫健委\",\"login\":\"sichuan\",\"roles\":[\"recipient_province_admin\"],"
                           "\"scope_region\":51}");
  p->ganluo_hospital = add_account(e, p->national,
                                   fmt(buf, sizeof buf,
                                       "{\"name\":\"甘洛县人民医院医务科\",\"login\":\"ganluo-hospital\","
                                       "\"phone\":\"0834-7801234\",\"roles\":[\"recipient_hospital_admin\"],"
                                       "\"scope_unit\":%" PRId64 "}",
                                       p->ganluo));
  p->zju_admin = add_account(e, p->national,
                             fmt(buf, sizeof buf,
                                 "{\"name\":\"浙大一院医务部\",\"login\":\"zju-admin\","
                                 "\"roles\":[\"support_hospital_admin\"],\"scope_unit\":%" PRId64 "}",
                                 p->zju));
  make_id(id_a, "330102", "19800312", 11);
  make_id(id_b, "330102", "19850607", 23);
  make_id(id_c, "330102", "19900101", 35);
  CHECK_OK(bf_staff_add(
      e, p->zju_admin,
      fmt(buf, sizeof buf, "{\"name\":\"陈青\",\"id_number\":\"%s\",\"title\":\"副高\",\"home_unit\":%" PRId64 "}",
          id_a, p->zju),
      fmt(arrival, sizeof arrival, "{\"recipient_unit\":%" PRId64 ",\"start\":\"2026-01-10\"}", p->ganluo), &p->doctor,
      &err));
  CHECK_OK(bf_staff_add(
      e, p->zju_admin,
      fmt(buf, sizeof buf, "{\"name\":\"宋希\",\"id_number\":\"%s\",\"title\":\"中级\",\"home_unit\":%" PRId64 "}",
          id_b, p->zju),
      fmt(arrival, sizeof arrival, "{\"recipient_unit\":%" PRId64 ",\"start\":\"2026-03-01\"}", p->ganluo), &p->second,
      &err));
  CHECK_OK(bf_staff_add(
      e, p->zju_admin,
      fmt(buf, sizeof buf, "{\"name\":\"李明\",\"id_number\":\"%s\",\"title\":\"初级\",\"home_unit\":%" PRId64 "}",
          id_c, p->zju),
      NULL, &p->idle, &err));
}

static void templates(bf_engine *e, const rep_programme *p) {
  bf_error *err = NULL;
  char *json = NULL;
  const char *own =
      "{\"key\":\"monthly_training\",\"title\":\"带教月报\",\"subject\":\"支援人员\","
      "\"period_type\":\"month\",\"deadline\":{\"months_after\":1,\"day\":10},"
      "\"fields\":[{\"key\":\"sessions\",\"label\":\"带教次数\",\"unit\":\"次\",\"required\":true},"
      "{\"key\":\"hours\",\"label\":\"带教学时\",\"type\":\"decimal\",\"scale\":1,\"max\":200}]}";
  start_phase("reports: templates");
  CHECK_OK(bf_report_templates(e, &json, &err));
  CHECK(json[0] == '[');
  CHECK(count_of(json, "\"key\":\"annual_effectiveness\"") == 1);
  CHECK(count_of(json, "\"key\":\"monthly_workload\"") == 1);
  CHECK(count_of(json, "\"shipped\":true") == 2);
  CHECK(strstr(json, "\"key\":\"annual_effectiveness\"") < strstr(json, "\"key\":\"monthly_workload\""));
  bf_free(json);

  CHECK_OK(bf_report_template_get(e, "monthly_workload", 0, &json, &err));
  CHECK(contains(json, "\"title\":\"支援人员工作量月报\""));
  CHECK(contains(json, "\"deadline\":{\"day\":15,\"months_after\":1}"));
  CHECK(contains(json, "\"source\":\"attendance.required_days\""));
  CHECK(contains(json, "\"part_of\":\"operations\""));
  CHECK(contains(json, "\"version\":1"));
  bf_free(json);
  CHECK_OK(bf_report_template_get(e, "annual_effectiveness", 1, &json, &err));
  CHECK(contains(json, "\"period_type\":\"year\"") && contains(json, "\"subject\":\"hospital\""));
  bf_free(json);
  CHECK_ERR(bf_report_template_get(e, "weekly", 0, &json, &err), BF_ENOTFOUND, "template");
  CHECK(json == NULL);
  CHECK_ERR(bf_report_template_get(e, "monthly_workload", 2, &json, &err), BF_ENOTFOUND, "template");
  CHECK_ERR(bf_report_template_get(e, "monthly_workload", -1, &json, &err), BF_EINVAL, "version");
  CHECK_ERR(bf_report_template_get(e, NULL, 0, &json, &err), BF_EINVAL, "key");

  /* A host's own template: national only; the reader names the member at fault. */
  CHECK_ERR(bf_report_template_put(e, p->sichuan, own, &json, &err), BF_EPERM, NULL);
  CHECK_OK(bf_report_template_put(e, p->national, own, &json, &err));
  CHECK(contains(json, "\"key\":\"monthly_training\""));
  CHECK(contains(json, "\"subject\":\"staff\""));
  CHECK(contains(json, "\"version\":1") && contains(json, "\"shipped\":false"));
  CHECK(contains(json, "\"max\":\"200\""));
  bf_free(json);
  CHECK_ERR(bf_report_template_put(e, p->national,
                                   "{\"key\":\"monthly_training\",\"title\":\"带教月报\","
                                   "\"fields\":[{\"key\":\"sessions\",\"label\":\"带教次数\",\"type\":\"count\"}]}",
                                   &json, &err),
            BF_EINVAL, "fields[0].type");
  CHECK_ERR(bf_report_template_put(e, p->national, "{\"key\":", &json, &err), BF_EINVAL, "template_json");
  CHECK_OK(bf_report_templates(e, &json, &err));
  CHECK(count_of(json, "\"title\":") == 3);
  bf_free(json);
}

static void open_and_save(bf_engine *e, rep_programme *p) {
  bf_error *err = NULL;
  char key[256], buf[512], *json = NULL;
  start_phase("reports: open a draft and save values");
  fmt(key, sizeof key,
      "{\"template\":\"monthly_workload\",\"period\":\"2026-10\",\"unit\":%" PRId64 ",\"staff\":%" PRId64 "}",
      p->ganluo, p->doctor);
  /* The support side does not file. */
  CHECK_ERR(bf_report_open(e, p->zju_admin, key, &json, &err), BF_EPERM, NULL);
  CHECK_OK(bf_report_open(e, p->ganluo_hospital, key, &json, &err));
  p->report = id_of(json);
  CHECK(p->report > 0);
  CHECK(contains(json, "\"state\":\"draft\"") && contains(json, "\"state_label\":\"草稿\""));
  CHECK(contains(json, "\"required_days\":18")); /* October 2026: 18 workdays, pre-filled */
  CHECK(contains(json, "\"attended_days\":0"));  /* no punches */
  CHECK(contains(json, "\"deadline\":\"2026-11-15\""));
  CHECK(contains(json, "\"staff_name\":\"陈青\"") && contains(json, "\"unit_name\":\"甘洛县人民医院\""));
  CHECK(contains(json, "\"period_label\":\"2026年10月\""));
  CHECK(contains(json, "\"template_version\":1"));
  bf_free(json);
  /* Opening again gives the same report. */
  CHECK_OK(bf_report_open(e, p->ganluo_hospital, key, &json, &err));
  CHECK(id_of(json) == p->report);
  bf_free(json);

  /* The key is checked: period type, a period not begun, staff, assignment. */
  CHECK_ERR(bf_report_open(e, p->ganluo_hospital,
                           fmt(buf, sizeof buf,
                               "{\"template\":\"monthly_workload\",\"period\":\"2026\",\"unit\":%" PRId64
                               ",\"staff\":%" PRId64 "}",
                               p->ganluo, p->doctor),
                           &json, &err),
            BF_EINVAL, "period");
  CHECK_ERR(bf_report_open(e, p->ganluo_hospital,
                           fmt(buf, sizeof buf,
                               "{\"template\":\"monthly_workload\",\"period\":\"2026-12\",\"unit\":%" PRId64
                               ",\"staff\":%" PRId64 "}",
                               p->ganluo, p->doctor),
                           &json, &err),
            BF_ESTATE, "period");
  CHECK_ERR(
      bf_report_open(e, p->ganluo_hospital,
                     fmt(buf, sizeof buf,
                         "{\"template\":\"monthly_workload\",\"period\":\"2026-10\",\"unit\":%" PRId64 "}", p->ganluo),
                     &json, &err),
      BF_EINVAL, "staff");
  CHECK_ERR(bf_report_open(e, p->ganluo_hospital,
                           fmt(buf, sizeof buf,
                               "{\"template\":\"monthly_workload\",\"period\":\"2026-10\",\"unit\":%" PRId64
                               ",\"staff\":%" PRId64 "}",
                               p->ganluo, p->idle),
                           &json, &err),
            BF_ESTATE, "staff");
  CHECK_ERR(bf_report_open(e, p->ganluo_hospital, "{\"template\":\"monthly_workload\",\"unit\":1}", &json, &err),
            BF_EINVAL, "period");
  CHECK_ERR(bf_report_open(e, p->ganluo_hospital, NULL, &json, &err), BF_EINVAL, "key_json");
  CHECK(json == NULL);

  /* A field added now makes version 2; this report keeps version 1. */
  CHECK_ERR(
      bf_report_field_add(e, p->sichuan, "monthly_workload",
                          "{\"key\":\"remote_consultations\",\"label\":\"远程会诊次数\",\"unit\":\"次\"}", &json, &err),
      BF_EPERM, NULL);
  CHECK_ERR(bf_report_field_add(e, p->national, "monthly_workload", "{\"label\":\"远程会诊次数\"}", &json, &err),
            BF_EINVAL, "key");
  CHECK_ERR(bf_report_field_add(e, p->national, "weekly", "{\"key\":\"x\",\"label\":\"x\"}", &json, &err), BF_ENOTFOUND,
            "template");
  CHECK_OK(bf_report_field_add(e, p->national, "monthly_workload",
                               "{\"key\":\"remote_consultations\",\"label\":\"远程会诊次数\",\"unit\":\"次\"}", &json,
                               &err));
  CHECK(contains(json, "\"version\":2") && contains(json, "\"key\":\"remote_consultations\""));
  CHECK(contains(json, "\"aggregate\":\"sum\""));
  bf_free(json);

  /* Values: integers as numbers; a decimal field (leave_days, one decimal) also as a number. */
  CHECK_OK(bf_report_save(e, p->ganluo_hospital, p->report,
                          "{\"outpatient_visits\":320,\"inpatients\":40,\"operations\":12,\"grade34_operations\":5,"
                          "\"leave_days\":1.5,\"summary\":\"开展带教查房\"}",
                          &json, &err));
  CHECK(contains(json, "\"outpatient_visits\":320"));
  CHECK(contains(json, "\"leave_days\":\"1.5\""));
  CHECK(contains(json, "\"summary\":\"开展带教查房\""));
  CHECK(contains(json, "\"required_days\":18")); /* untouched values stay */
  bf_free(json);

  /* Refused values name the field (and the value); nothing is written. */
  CHECK_ERR(bf_report_save(e, p->ganluo_hospital, p->report, "{\"grade34_operations\":20}", &json, &err), BF_EINVAL,
            "grade34_operations");
  CHECK(bf_report_save(e, p->ganluo_hospital, p->report, "{\"grade34_operations\":20}", &json, &err) == BF_EINVAL);
  CHECK(contains(bf_error_message(err), "20"));
  bf_error_free(err);
  err = NULL;
  CHECK_ERR(bf_report_save(e, p->ganluo_hospital, p->report, "{\"operations\":\"many\"}", &json, &err), BF_EINVAL,
            "operations");
  CHECK_ERR(bf_report_save(e, p->ganluo_hospital, p->report, "{\"outpatient_visits\":1.5}", &json, &err), BF_EINVAL,
            "outpatient_visits");
  CHECK_ERR(bf_report_save(e, p->ganluo_hospital, p->report, "{\"leave_days\":1.25}", &json, &err), BF_EINVAL,
            "leave_days");
  CHECK_ERR(bf_report_save(e, p->ganluo_hospital, p->report, "{\"outpatient_visits\":99999}", &json, &err), BF_EINVAL,
            "outpatient_visits");
  /* Version 2's field is unknown to a version-1 report. */
  CHECK_ERR(bf_report_save(e, p->ganluo_hospital, p->report, "{\"remote_consultations\":3}", &json, &err), BF_EINVAL,
            "remote_consultations");
  CHECK_ERR(bf_report_save(e, p->ganluo_hospital, p->report, "{\"operations\":", &json, &err), BF_EINVAL,
            "values_json");
  CHECK_ERR(bf_report_save(e, p->ganluo_hospital, 999999, "{}", &json, &err), BF_ENOTFOUND, NULL);
  CHECK_ERR(bf_report_save(e, p->zju_admin, p->report, "{\"operations\":13}", &json, &err), BF_EPERM, NULL);
  CHECK(json == NULL);
  CHECK_OK(bf_report_get(e, p->ganluo_hospital, p->report, &json, &err));
  CHECK(contains(json, "\"grade34_operations\":5") && contains(json, "\"operations\":12"));
  bf_free(json);
  /* null clears a value. */
  CHECK_OK(bf_report_save(e, p->ganluo_hospital, p->report, "{\"summary\":null}", &json, &err));
  CHECK(!contains(json, "\"summary\""));
  bf_free(json);
  CHECK_ERR(bf_report_get(e, p->ganluo_hospital, p->report, NULL, &err), BF_EINVAL, "out_json");
}

static void submit_and_review(bf_engine *e, const rep_programme *p) {
  bf_error *err = NULL;
  char buf[256], *json = NULL;
  start_phase("reports: submit and review");
  /* A required field empty: refused naming it. */
  CHECK_OK(bf_report_save(e, p->ganluo_hospital, p->report, "{\"inpatients\":null}", &json, &err));
  bf_free(json);
  CHECK_ERR(bf_report_submit(e, p->ganluo_hospital, p->report, NULL, &json, &err), BF_EINVAL, "inpatients");
  CHECK_OK(bf_report_save(e, p->ganluo_hospital, p->report, "{\"inpatients\":40}", &json, &err));
  bf_free(json);
  /* Only the host replays a submission time; it may not lie in the future. */
  CHECK(bf_report_submit(e, p->ganluo_hospital, p->report, "2026-11-14T09:00:00+08:00", &json, &err) == BF_EPERM);
  CHECK(bf_error_code(err) == BF_EPERM && strcmp(bf_error_field(err), "at") == 0);
  CHECK(contains(bf_error_message(err), "submission time"));
  bf_error_free(err);
  err = NULL;
  CHECK(json == NULL);
  CHECK_ERR(bf_report_submit(e, BF_SYSTEM_ACTOR, p->report, "yesterday", &json, &err), BF_EINVAL, "at");
  CHECK_ERR(bf_report_submit(e, BF_SYSTEM_ACTOR, p->report, "2026-12-01T09:00:00+08:00", &json, &err), BF_EINVAL, "at");
  CHECK_OK(bf_report_submit(e, BF_SYSTEM_ACTOR, p->report, "2026-11-14T09:00:00+08:00", &json, &err));
  CHECK(contains(json, "\"state\":\"submitted\"") && contains(json, "\"state_label\":\"待审核\""));
  CHECK(contains(json, "\"late\":false"));
  CHECK(contains(json, "\"first_submitted_at\":\"2026-11-14T01:00:00.000Z\""));
  fmt(buf, sizeof buf, "\"awaiting\":[%" PRId64 "]", p->sichuan); /* 受援省份审核 */
  CHECK(contains(json, buf));
  bf_free(json);
  /* Under review: not editable. */
  CHECK_ERR(bf_report_save(e, p->ganluo_hospital, p->report, "{\"operations\":13}", &json, &err), BF_ESTATE, NULL);

  CHECK_OK(bf_workflow_get(e, "report_review", &json, &err));
  CHECK(contains(json, "受援省份审核") && contains(json, "recipient_province_admin"));
  bf_free(json);

  /* 待我审核. */
  CHECK_OK(bf_reports(e, p->sichuan, "{\"awaiting_me\":true}", &json, &err));
  CHECK(count_of(json, "\"template\":\"monthly_workload\"") == 1);
  bf_free(json);
  CHECK_OK(bf_reports(e, p->ganluo_hospital, "{\"awaiting_me\":true}", &json, &err));
  CHECK(strcmp(json, "[]") == 0);
  bf_free(json);

  /* Returned with a reason (by its Chinese label), corrected, resubmitted late but judged by the
   * first submission, accepted. */
  CHECK_ERR(bf_report_act(e, p->ganluo_hospital, p->report, "approve", NULL, &json, &err), BF_EPERM, NULL);
  CHECK_ERR(bf_report_act(e, p->sichuan, p->report, "reject", NULL, &json, &err), BF_EINVAL, "reason");
  CHECK_ERR(bf_report_act(e, p->sichuan, p->report, "return", "x", &json, &err), BF_EINVAL, "action");
  CHECK_ERR(bf_report_act(e, p->sichuan, p->report, NULL, "x", &json, &err), BF_EINVAL, "action");
  CHECK_ERR(bf_report_act(e, p->sichuan, p->report, "submit", NULL, &json, &err), BF_EINVAL, "action");
  CHECK_OK(bf_report_act(e, p->sichuan, p->report, "拒绝", "门急诊人次与HIS不符", &json, &err));
  CHECK(contains(json, "\"state\":\"returned\""));
  CHECK(contains(json, "\"return_reason\":\"门急诊人次与HIS不符\""));
  bf_free(json);
  CHECK_OK(bf_report_save(e, p->ganluo_hospital, p->report, "{\"outpatient_visits\":340}", &json, &err));
  bf_free(json);
  CHECK_OK(bf_report_submit(e, p->ganluo_hospital, p->report, NULL, &json, &err));
  CHECK(contains(json, "\"state\":\"submitted\"") && contains(json, "\"late\":false"));
  CHECK(contains(json, "\"submitted_at\":\"2026-11-23T12:00:00.000Z\""));
  bf_free(json);
  CHECK_OK(bf_report_act(e, p->sichuan, p->report, "approve", NULL, &json, &err));
  CHECK(contains(json, "\"state\":\"accepted\"") && contains(json, "\"state_label\":\"已通过\""));
  CHECK(contains(json, "\"outpatient_visits\":340"));
  bf_free(json);
  CHECK_ERR(bf_report_act(e, p->sichuan, p->report, "approve", NULL, &json, &err), BF_ESTATE, NULL);
  CHECK_ERR(bf_report_act(e, p->sichuan, 999999, "approve", NULL, &json, &err), BF_ENOTFOUND, NULL);

  /* The lists: by state (key or label), by staff; the support side sees its own staff's. */
  CHECK_OK(bf_reports(e, p->sichuan, "{\"state\":\"已通过\",\"period\":\"2026-10\"}", &json, &err));
  CHECK(count_of(json, "\"state\":\"accepted\"") == 1);
  bf_free(json);
  CHECK_OK(bf_reports(e, p->zju_admin, NULL, &json, &err));
  CHECK(count_of(json, "\"staff_name\":\"陈青\"") == 1);
  bf_free(json);
  CHECK_ERR(bf_reports(e, p->sichuan, "{\"state\":\"finished\"}", &json, &err), BF_EINVAL, "state");
  CHECK_ERR(bf_reports(e, p->sichuan, "{\"period\":\"2026-13\"}", &json, &err), BF_EINVAL, "period");
  CHECK_ERR(bf_reports(e, p->sichuan, "{\"template\":\"weekly\"}", &json, &err), BF_ENOTFOUND, "template");
}

static void completeness(bf_engine *e, rep_programme *p) {
  bf_error *err = NULL;
  char path[512], key[256], *json = NULL;
  const char *filter = "{\"template\":\"monthly_workload\",\"period\":\"2026-10\",\"region\":51}";
  start_phase("reports: completeness (填报情况) and the chase list (催报名单)");
  /* 宋希's report is a draft: not filed. */
  fmt(key, sizeof key,
      "{\"template\":\"monthly_workload\",\"period\":\"2026-10\",\"unit\":%" PRId64 ",\"staff\":%" PRId64 "}",
      p->ganluo, p->second);
  CHECK_OK(bf_report_open(e, p->ganluo_hospital, key, &json, &err));
  p->second_report = id_of(json);
  CHECK(contains(json, "\"template_version\":2"));
  bf_free(json);

  CHECK_OK(bf_report_completeness(e, p->sichuan, filter, &json, &err));
  CHECK(contains(json, "\"title\":\"支援人员工作量月报\""));
  CHECK(contains(json, "\"deadline\":\"2026-11-15\""));
  CHECK(contains(json, "\"region_name\":\"四川省\""));
  CHECK(contains(json, "\"name\":\"四川省/凉山彝族自治州\""));
  CHECK(count_of(json, "\"expected\":2") == 3); /* the row (凉山), the total, the missing unit */
  CHECK(count_of(json, "\"on_time\":1") == 2);
  CHECK(count_of(json, "\"missing\":1") == 3); /* row, total, the missing unit */
  CHECK(count_of(json, "\"units_complete\":0") == 2);
  CHECK(contains(json, "\"filed_rate\":\"50.0%\""));
  CHECK(contains(json, "\"missing_staff\":[\"宋希\"]"));
  CHECK(contains(json, "\"unit_name\":\"甘洛县人民医院\""));
  CHECK(contains(json, "甘洛县人民医院医务科"));
  bf_free(json);

  CHECK_OK(bf_report_completeness_table(e, p->sichuan, filter, &json, &err));
  CHECK(contains(json, "\"columns\":[") && contains(json, "\"rows\":["));
  CHECK(contains(json, "\"label\":\"上报率\""));
  CHECK(contains(json, "\"name\":\"合计\""));
  bf_free(json);
  CHECK_OK(bf_report_missing_table(e, p->sichuan, filter, &json, &err));
  CHECK(contains(json, "\"label\":\"未报人员\""));
  CHECK(contains(json, "\"missing_staff\":\"宋希\""));
  bf_free(json);

  /* A county's rows are its hospitals. */
  CHECK_OK(bf_report_completeness(
      e, p->national, "{\"template\":\"monthly_workload\",\"period\":\"2026-10\",\"region\":513435}", &json, &err));
  {
    char want[64];
    CHECK(contains(json, fmt(want, sizeof want, "\"unit\":%" PRId64, p->ganluo)));
  }
  bf_free(json);

  CHECK_ERR(bf_report_completeness(e, p->zju_admin, filter, &json, &err), BF_EPERM, NULL);
  CHECK_ERR(bf_report_completeness(e, p->sichuan, NULL, &json, &err), BF_EINVAL, "filter_json");
  CHECK_ERR(bf_report_completeness(e, p->sichuan, "{\"template\":\"monthly_workload\"}", &json, &err), BF_EINVAL,
            "period");
  CHECK_ERR(bf_report_completeness(e, p->sichuan, "{\"template\":\"weekly\",\"period\":\"2026-10\"}", &json, &err),
            BF_ENOTFOUND, "template");
  CHECK(json == NULL);

  work_path(path, sizeof path, "completeness-2026-10.csv");
  CHECK_OK(bf_report_completeness_export(e, p->sichuan, filter, "csv", path, &err));
  check_csv(path, "合计");
  work_path(path, sizeof path, "missing-2026-10.csv");
  CHECK_OK(bf_report_missing_export(e, p->sichuan, filter, "csv", path, &err));
  check_csv(path, "宋希");
  CHECK_ERR(bf_report_missing_export(e, p->sichuan, filter, "pdf", path, &err), BF_EINVAL, "format");
  CHECK_ERR(bf_report_completeness_export(e, p->sichuan, filter, "csv", NULL, &err), BF_EINVAL, "path");
}

static void packages(bf_engine *e, const rep_programme *p) {
  bf_error *err = NULL;
  char *json = NULL;
  int64_t package = 0;
  start_phase("reports: the province package (省级汇总上报) and unlocking");
  /* Not every expected report is accepted: refused, the message counts them. */
  CHECK(bf_report_package_submit(e, p->sichuan, "monthly_workload", "2026-10", 51, &json, &err) == BF_ESTATE);
  CHECK(json == NULL);
  CHECK(contains(bf_error_message(err), "1 of 2"));
  CHECK(contains(bf_error_message(err), "宋希"));
  bf_error_free(err);
  err = NULL;

  /* 宋希's report filed late by the hospital (today is after the deadline), then accepted. */
  CHECK_OK(bf_report_save(e, p->ganluo_hospital, p->second_report,
                          "{\"outpatient_visits\":210,\"inpatients\":25,\"operations\":8,\"grade34_operations\":2,"
                          "\"remote_consultations\":3}",
                          &json, &err));
  CHECK(contains(json, "\"remote_consultations\":3")); /* a version-2 report */
  bf_free(json);
  CHECK_OK(bf_report_submit(e, p->ganluo_hospital, p->second_report, NULL, &json, &err));
  CHECK(contains(json, "\"late\":true"));
  bf_free(json);
  CHECK_OK(bf_report_act(e, p->sichuan, p->second_report, "同意", NULL, &json, &err));
  CHECK(contains(json, "\"state\":\"accepted\""));
  bf_free(json);

  CHECK_ERR(bf_report_package_submit(e, p->ganluo_hospital, "monthly_workload", "2026-10", 51, &json, &err), BF_EPERM,
            NULL);
  CHECK_ERR(bf_report_package_submit(e, p->sichuan, "monthly_workload", "2026-10", 513435, &json, &err), BF_EINVAL,
            "province");
  CHECK_ERR(bf_report_package_submit(e, p->sichuan, "monthly_workload", "2026", 51, &json, &err), BF_EINVAL, "period");
  CHECK_ERR(bf_report_package_submit(e, p->sichuan, "monthly_workload", NULL, 51, &json, &err), BF_EINVAL, "period");
  CHECK_ERR(bf_report_package_submit(e, p->sichuan, NULL, "2026-10", 51, &json, &err), BF_EINVAL, "template_key");
  CHECK_OK(bf_report_package_submit(e, p->sichuan, "monthly_workload", "2026-10", 51, &json, &err));
  package = id_of(json);
  CHECK(contains(json, "\"state\":\"submitted\"") && contains(json, "\"report_count\":2"));
  CHECK(contains(json, "\"province\":510000000000") && contains(json, "\"province_name\":\"四川省\""));
  bf_free(json);
  CHECK_ERR(bf_report_package_submit(e, p->sichuan, "monthly_workload", "2026-10", 51, &json, &err), BF_ECONFLICT,
            NULL);

  /* Locked: nobody below the national level changes it. */
  CHECK_ERR(bf_report_save(e, p->ganluo_hospital, p->report, "{\"operations\":13}", &json, &err), BF_ELOCKED, NULL);
  CHECK_ERR(bf_report_act(e, p->sichuan, p->report, "revoke", "改", &json, &err), BF_ELOCKED, NULL);
  CHECK_OK(bf_report_get(e, p->ganluo_hospital, p->report, &json, &err));
  CHECK(contains(json, "\"state\":\"locked\"") && contains(json, "\"state_label\":\"已上报\""));
  {
    char want[64];
    CHECK(contains(json, fmt(want, sizeof want, "\"package\":%" PRId64, package)));
  }
  bf_free(json);

  CHECK_OK(bf_report_packages(e, p->sichuan, NULL, &json, &err));
  CHECK(count_of(json, "\"report_count\":2") == 1);
  bf_free(json);
  CHECK_OK(
      bf_report_packages(e, p->national, "{\"template\":\"monthly_workload\",\"period\":\"2026-09\"}", &json, &err));
  CHECK(strcmp(json, "[]") == 0);
  bf_free(json);
  CHECK_ERR(bf_report_packages(e, p->national, "{\"period\":\"October\"}", &json, &err), BF_EINVAL, "period");
  CHECK_ERR(bf_report_packages(e, p->national, "[]", &json, &err), BF_EINVAL, NULL);

  /* The national level unlocks (a reason is needed); the package is reopened. */
  CHECK_ERR(bf_report_unlock(e, p->sichuan, p->report, "数据核对", &json, &err), BF_EPERM, NULL);
  CHECK_ERR(bf_report_unlock(e, p->national, p->report, NULL, &json, &err), BF_EINVAL, "reason");
  CHECK_OK(bf_report_unlock(e, p->national, p->report, "数据核对", &json, &err));
  CHECK(contains(json, "\"state\":\"returned\"") && contains(json, "\"return_reason\":\"数据核对\""));
  CHECK(contains(json, "\"package\":null"));
  bf_free(json);
  CHECK_ERR(bf_report_unlock(e, p->national, p->report, "again", &json, &err), BF_ESTATE, NULL);
  CHECK_OK(bf_report_packages(e, p->sichuan, "{\"template\":\"monthly_workload\"}", &json, &err));
  CHECK(contains(json, "\"state\":\"reopened\"") && contains(json, "\"state_label\":\"已解锁\""));
  bf_free(json);
}

static void summary(bf_engine *e, const rep_programme *p) {
  bf_error *err = NULL;
  char path[512], *json = NULL;
  const char *filter = "{\"template\":\"monthly_workload\",\"period\":\"2026-10\"}";
  start_phase("reports: summary tables (汇总表)");
  CHECK_OK(bf_report_summary(e, p->sichuan, filter, &json, &err));
  CHECK(contains(json, "\"columns\":[") && contains(json, "\"rows\":["));
  CHECK(contains(json, "\"label\":\"门急诊人次(人次)\""));
  CHECK(contains(json, "\"region_path\":\"合计\""));
  CHECK(contains(json, "\"outpatient_visits\":550")); /* 340 + 210 */
  CHECK(count_of(json, "\"seq\":") == 3);             /* two reports and 合计 */
  CHECK(contains(json, "\"staff_name\":\"陈青\"") && contains(json, "\"staff_name\":\"宋希\""));
  bf_free(json);
  CHECK_OK(bf_report_summary(e, p->zju_admin,
                             "{\"template\":\"monthly_workload\",\"first\":\"2026-09\",\"last\":\"2026-10\","
                             "\"group_by\":\"province\"}",
                             &json, &err));
  CHECK(contains(json, "\"region_path\":\"四川省\""));
  CHECK(count_of(json, "\"report_count\":2") == 2); /* 四川省 and 合计 */
  CHECK(contains(json, "\"staff_count\":2"));
  bf_free(json);
  CHECK_ERR(bf_report_summary(e, p->sichuan,
                              "{\"template\":\"monthly_workload\",\"period\":\"2026-10\",\"group_by\":\"ward\"}", &json,
                              &err),
            BF_EINVAL, "group_by");
  CHECK_ERR(bf_report_summary(e, p->sichuan, "{\"template\":\"monthly_workload\",\"first\":\"2026\"}", &json, &err),
            BF_EINVAL, "first");
  CHECK_ERR(bf_report_summary(e, p->sichuan, NULL, &json, &err), BF_EINVAL, "filter_json");
  CHECK(json == NULL);

  work_path(path, sizeof path, "workload-2026-10.csv");
  CHECK_OK(bf_report_summary_export(e, p->sichuan, filter, "csv", path, &err));
  check_csv(path, "合计");
  CHECK_ERR(bf_report_summary_export(e, p->sichuan, filter, "pdf", path, &err), BF_EINVAL, "format");
}

static void annual(bf_engine *e, const rep_programme *p) {
  bf_error *err = NULL;
  char buf[256], *json = NULL;
  start_phase("reports: the annual report of a hospital");
  CHECK_OK(bf_report_open(
      e, p->ganluo_hospital,
      fmt(buf, sizeof buf, "{\"template\":\"annual_effectiveness\",\"period\":2026,\"unit\":%" PRId64 "}", p->ganluo),
      &json, &err));
  CHECK(contains(json, "\"staff\":null"));
  CHECK(contains(json, "\"staff_count\":2")); /* 陈青 and 宋希 at 甘洛 */
  CHECK(contains(json, "\"deadline\":\"2026-12-05\""));
  CHECK(contains(json, "\"period_label\":\"2026年度\""));
  bf_free(json);
  CHECK_ERR(bf_report_open(e, p->ganluo_hospital,
                           fmt(buf, sizeof buf,
                               "{\"template\":\"annual_effectiveness\",\"period\":\"2026\",\"unit\":%" PRId64
                               ",\"staff\":%" PRId64 "}",
                               p->ganluo, p->doctor),
                           &json, &err),
            BF_EINVAL, "staff");
}

void test_reports(void) {
  bf_error *err = NULL;
  bf_engine *e = NULL;
  rep_programme p;
  memset(&p, 0, sizeof p);
  start_phase("reports: open");
  /* A fixed clock: today is 2026-11-23, after October's deadline (2026-11-15). */
  CHECK_OK(bf_engine_open(":memory:", "{\"now\": \"2026-11-23T20:00:00+08:00\"}", &e, &err));
  set_up(e, &p);
  templates(e, &p);
  open_and_save(e, &p);
  submit_and_review(e, &p);
  completeness(e, &p);
  packages(e, &p);
  summary(e, &p);
  annual(e, &p);
  bf_engine_close(e);
}
