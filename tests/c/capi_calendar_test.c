/* The C ABI of the work calendar (工作日历) on the real data: 2026's Spring Festival and
 * National Day, a year without data, bad dates, and a unit's own day set and removed by an
 * administrator and refused to a filler account. */
#define _POSIX_C_SOURCE 200809L

#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "capi_check.h"

static void calendar_questions(bf_engine *e) {
  bf_error *err = NULL;
  char *json = NULL;
  int yes = -1, n = -1;

  /* February 2026: 春节 takes six weekdays, Saturdays 14 and 28 are worked. */
  CHECK_OK(bf_calendar_workdays(e, "2026-02-01", "2026-02-28", 0, &n, &err));
  CHECK(n == 16);
  CHECK_OK(bf_calendar_workdays(e, "2026-10-01", "2026-10-31", 0, &n, &err));
  CHECK(n == 18);
  CHECK_OK(bf_calendar_workdays(e, "2025-01-01", "2025-12-31", 0, &n, &err));
  CHECK(n == 248);

  /* Saturday 2026-02-14 is worked in exchange (调休上班). */
  CHECK_OK(bf_calendar_is_workday(e, "2026-02-14", 0, &yes, &err));
  CHECK(yes == 1);
  CHECK_OK(bf_calendar_day(e, "2026-02-14", 0, &json, &err));
  CHECK(contains(json, "\"kind\":\"adjusted_workday\""));
  CHECK(contains(json, "\"kind_label\":\"调休上班\""));
  CHECK(contains(json, "\"name\":\"春节\""));
  CHECK(contains(json, "\"workday\":true"));
  CHECK(contains(json, "\"local\":false"));
  bf_free(json);

  /* 2026-10-01 is a holiday; an ordinary Saturday is a weekend. */
  CHECK_OK(bf_calendar_is_workday(e, "2026-10-01", 0, &yes, &err));
  CHECK(yes == 0);
  CHECK_OK(bf_calendar_day(e, "2026-10-01", 0, &json, &err));
  CHECK(contains(json, "\"kind\":\"holiday\""));
  CHECK(contains(json, "\"kind_label\":\"节假日\""));
  CHECK(contains(json, "\"name\":\"国庆节\""));
  CHECK(contains(json, "\"date\":\"2026-10-01\""));
  bf_free(json);
  CHECK_OK(bf_calendar_day(e, "2026-11-21", 0, &json, &err));
  CHECK(contains(json, "\"kind\":\"weekend\"") && contains(json, "\"workday\":false"));
  bf_free(json);

  /* The days of a range, in order. */
  CHECK_OK(bf_calendar_days(e, "2026-02-01", "2026-02-28", 0, &json, &err));
  CHECK(count_of(json, "\"date\":") == 28);
  CHECK(count_of(json, "\"workday\":true") == 16);
  CHECK(count_of(json, "\"kind\":\"adjusted_workday\"") == 2);
  CHECK(strncmp(json, "[{", 2) == 0 && contains(json, "\"date\":\"2026-02-01\""));
  bf_free(json);

  /* Counting workdays: after the National Day holiday, and back. */
  CHECK_OK(bf_calendar_nth_workday_after(e, "2026-09-30", 1, 0, &json, &err));
  CHECK(strcmp(json, "2026-10-08") == 0);
  bf_free(json);
  CHECK_OK(bf_calendar_nth_workday_after(e, "2026-10-08", -1, 0, &json, &err));
  CHECK(strcmp(json, "2026-09-30") == 0);
  bf_free(json);
  CHECK_ERR(bf_calendar_nth_workday_after(e, "2026-10-08", 0, 0, &json, &err), BF_EINVAL, "n");
  CHECK(json == NULL);
  /* So far back that the walk leaves the years with data. */
  CHECK_ERR(bf_calendar_nth_workday_after(e, "2026-10-08", INT_MIN, 0, &json, &err), BF_ENOTFOUND, "date");

  /* The whole calendar. */
  CHECK_OK(bf_calendar_years(e, 0, &json, &err));
  CHECK(contains(json, "\"years\":[2016,2017,2018,2019,2020,2021,2022,2023,2024,2025,2026]"));
  CHECK(contains(json, "{\"date\":\"2026-02-14\",\"name\":\"春节\",\"workday\":true}"));
  CHECK(contains(json, "{\"date\":\"2026-10-01\",\"name\":\"国庆节\",\"workday\":false}"));
  CHECK(contains(json, "\"local_entries\":[]"));
  bf_free(json);
}

static void calendar_errors(bf_engine *e) {
  bf_error *err = NULL;
  char *json = NULL;
  int yes = -1, n = -1;

  /* A year without data is an explicit error naming the date, never a guess. */
  yes = -1;
  CHECK_ERR(bf_calendar_is_workday(e, "2027-03-01", 0, &yes, &err), BF_ENOTFOUND, "date");
  CHECK(yes == 0);
  CHECK(bf_calendar_is_workday(e, "2027-03-01", 0, &yes, &err) == BF_ENOTFOUND);
  CHECK(contains(bf_error_message(err), "2027-03-01"));
  CHECK(strcmp(bf_error_value(err), "2027-03-01") == 0);
  bf_error_free(err);
  err = NULL;
  CHECK_ERR(bf_calendar_workdays(e, "2026-12-01", "2027-01-31", 0, &n, &err), BF_ENOTFOUND, "date");
  CHECK_ERR(bf_calendar_nth_workday_after(e, "2026-12-31", 1, 0, &json, &err), BF_ENOTFOUND, "date");
  CHECK(json == NULL);

  /* Bad dates name the parameter. */
  CHECK_ERR(bf_calendar_is_workday(e, "2026-02-30", 0, &yes, &err), BF_EINVAL, "date");
  CHECK(bf_calendar_day(e, "tomorrow", 0, &json, &err) == BF_EINVAL);
  CHECK(strcmp(bf_error_field(err), "date") == 0 && strcmp(bf_error_value(err), "tomorrow") == 0);
  bf_error_free(err);
  err = NULL;
  CHECK_ERR(bf_calendar_workdays(e, "2026-02-01", "2026-02-31", 0, &n, &err), BF_EINVAL, "last");
  CHECK_ERR(bf_calendar_workdays(e, "2026-13-01", "2026-02-28", 0, &n, &err), BF_EINVAL, "first");
  CHECK_ERR(bf_calendar_workdays(e, "2026-03-01", "2026-02-01", 0, &n, &err), BF_EINVAL, "last");
  CHECK_ERR(bf_calendar_days(e, "2016-01-01", "2026-12-31", 0, &json, &err), BF_EINVAL, "last");
  CHECK_ERR(bf_calendar_day(e, NULL, 0, &json, &err), BF_EINVAL, "date");
  CHECK_ERR(bf_calendar_is_workday(e, "2026-02-14", 0, NULL, &err), BF_EINVAL, "out_is_workday");
  CHECK_ERR(bf_calendar_years(NULL, 0, &json, &err), BF_EINVAL, "engine");
  /* An unknown unit. */
  CHECK_ERR(bf_calendar_is_workday(e, "2026-02-14", 999999, &yes, &err), BF_ENOTFOUND, "unit");
  /* err may be NULL. */
  CHECK(bf_calendar_is_workday(e, "2027-03-01", 0, &yes, NULL) == BF_ENOTFOUND);
}

static void calendar_unit_days(bf_engine *e) {
  bf_error *err = NULL;
  char buf[512], *json = NULL;
  int yes = -1, national = 0, local = 0;
  int64_t ganluo, county_admin, filler;

  ganluo = add_unit(e, BF_SYSTEM_ACTOR,
                    "{\"code\":\"GL-RMYY\",\"kind\":\"recipient_hospital\",\"name\":\"甘洛县人民医院\","
                    "\"region\":513435}");
  county_admin = add_account(e, BF_SYSTEM_ACTOR,
                             "{\"name\":\"甘洛县卫健局\",\"login\":\"ganluo-county\","
                             "\"roles\":[\"recipient_county_admin\"],\"scope_region\":513435}");
  filler = add_account(e, BF_SYSTEM_ACTOR,
                       "{\"name\":\"填报员\",\"login\":\"filler\",\"roles\":[\"three_batches_filler\"],"
                       "\"scope_region\":513435}");

  /* 彝族年: a local holiday in 甘洛 on Friday 2026-11-20, set by the county. */
  CHECK_OK(bf_calendar_set_unit_day(e, county_admin, ganluo,
                                    "{\"date\":\"2026-11-20\",\"workday\":false,\"name\":\"彝族年\"}", &err));
  CHECK_OK(bf_calendar_is_workday(e, "2026-11-20", ganluo, &yes, &err));
  CHECK(yes == 0);
  CHECK_OK(bf_calendar_is_workday(e, "2026-11-20", 0, &yes, &err));
  CHECK(yes == 1);
  CHECK_OK(bf_calendar_workdays(e, "2026-11-01", "2026-11-30", 0, &national, &err));
  CHECK_OK(bf_calendar_workdays(e, "2026-11-01", "2026-11-30", ganluo, &local, &err));
  CHECK(local == national - 1);
  CHECK_OK(bf_calendar_day(e, "2026-11-20", ganluo, &json, &err));
  CHECK(contains(json, "\"local\":true") && contains(json, "\"name\":\"彝族年\""));
  CHECK(contains(json, "\"kind\":\"holiday\""));
  bf_free(json);
  CHECK_OK(bf_calendar_years(e, ganluo, &json, &err));
  CHECK(contains(json, "\"local_entries\":[{\"date\":\"2026-11-20\",\"name\":\"彝族年\",\"workday\":false}]"));
  bf_free(json);

  /* A filler account may not touch a unit's calendar. */
  CHECK_ERR(bf_calendar_set_unit_day(e, filler, ganluo, "{\"date\":\"2026-11-21\",\"workday\":true,\"name\":\"x\"}",
                                     &err),
            BF_EPERM, NULL);
  CHECK_ERR(bf_calendar_remove_unit_day(e, filler, ganluo, "2026-11-20", &err), BF_EPERM, NULL);
  CHECK_OK(bf_calendar_is_workday(e, "2026-11-20", ganluo, &yes, &err));
  CHECK(yes == 0);

  /* Bad input names the field. */
  CHECK_ERR(bf_calendar_set_unit_day(e, county_admin, ganluo, "{\"date\":\"2026-11-21\",\"name\":\"x\"}", &err),
            BF_EINVAL, "workday");
  CHECK_ERR(bf_calendar_set_unit_day(e, county_admin, ganluo, "{\"date\":\"2026-11-31\",\"workday\":true}", &err),
            BF_EINVAL, "date");
  CHECK_ERR(bf_calendar_set_unit_day(e, county_admin, ganluo, "{\"date\":\"2026-11-21\",\"workday\":1}", &err),
            BF_EINVAL, "workday");
  CHECK_ERR(bf_calendar_set_unit_day(e, county_admin, ganluo, "{\"date\":\"2026-11-21\",\"workday\":true}", &err),
            BF_EINVAL, "name");
  CHECK_ERR(bf_calendar_set_unit_day(e, county_admin, ganluo, NULL, &err), BF_EINVAL, "day_json");
  CHECK_ERR(bf_calendar_set_unit_day(e, county_admin, 999999,
                                     "{\"date\":\"2026-11-21\",\"workday\":true,\"name\":\"x\"}", &err),
            BF_ENOTFOUND, "unit");

  /* Removed by the county: the national rule again; removing it twice is not found. */
  CHECK_OK(bf_calendar_remove_unit_day(e, county_admin, ganluo, "2026-11-20", &err));
  CHECK_OK(bf_calendar_is_workday(e, "2026-11-20", ganluo, &yes, &err));
  CHECK(yes == 1);
  CHECK_ERR(bf_calendar_remove_unit_day(e, county_admin, ganluo, "2026-11-20", &err), BF_ENOTFOUND, "date");
  CHECK_ERR(bf_calendar_remove_unit_day(e, county_admin, ganluo, "20.11.2026", &err), BF_EINVAL, "date");

  /* Both changes are in the audit log. */
  fmt(buf, sizeof buf, "{\"entity\":\"unit\",\"entity_id\":%" PRId64 "}", ganluo);
  CHECK_OK(bf_audit_list(e, BF_SYSTEM_ACTOR, buf, &json, &err));
  CHECK(contains(json, "\"action\":\"calendar.unit_day\""));
  CHECK(contains(json, "\"action\":\"calendar.unit_day_removed\""));
  bf_free(json);
}

void test_calendar(void) {
  bf_error *err = NULL;
  bf_engine *e = NULL;
  start_phase("work calendar");
  CHECK_OK(bf_engine_open(":memory:", NULL, &e, &err));
  calendar_questions(e);
  calendar_errors(e);
  calendar_unit_days(e);
  bf_engine_close(e);
}
