/* The C ABI (capi/bangfu.h) tested from C, compiled as strict C99. Modelled on LevelDB's
 * db/c_test.c: phases run in order, each check names its line and phase, and the first failure
 * aborts. This file: version, status names, ID numbers, opening, regions, the demo, and main.
 * capi_programme_test.c: the records and commands; capi_calendar_test.c: the work calendar;
 * capi_attendance_test.c: attendance and approvals; capi_reports_test.c: reports (数据上报);
 * capi_threads_test.c: a shared handle. */
#define _POSIX_C_SOURCE 200809L

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "capi_check.h"

void test_version(void) {
  start_phase("version");
  CHECK(bf_version_number() == BANGFU_VERSION_NUMBER);
  CHECK(BANGFU_VERSION_NUMBER ==
        BANGFU_VERSION_MAJOR * 1000000 + BANGFU_VERSION_MINOR * 1000 + BANGFU_VERSION_PATCH);
  {
    char want[32];
    fmt(want, sizeof want, "%d.%d.%d", BANGFU_VERSION_MAJOR, BANGFU_VERSION_MINOR, BANGFU_VERSION_PATCH);
    CHECK(strcmp(bf_version(), want) == 0);
  }
}

void test_status_names(void) {
  start_phase("status names");
  CHECK(BF_OK == 0);
  CHECK(strcmp(bf_status_name(BF_OK), "ok") == 0);
  CHECK(strcmp(bf_status_name(BF_EINVAL), "invalid_argument") == 0);
  CHECK(strcmp(bf_status_name(BF_ENOTFOUND), "not_found") == 0);
  CHECK(strcmp(bf_status_name(BF_EPERM), "permission_denied") == 0);
  CHECK(strcmp(bf_status_name(BF_ECONFLICT), "conflict") == 0);
  CHECK(strcmp(bf_status_name(BF_EINTERNAL), "internal") == 0);
  CHECK(strcmp(bf_status_name(12345), "unknown") == 0);
  CHECK(strcmp(bf_status_name(-1), "unknown") == 0);
  /* The values are the ABI: they never change. */
  CHECK(BF_EINVAL == 1 && BF_ENOTFOUND == 2 && BF_EPERM == 3 && BF_ESTATE == 4 && BF_ELOCKED == 5 &&
        BF_EQUOTA == 6 && BF_EDEADLINE == 7 && BF_ECONFLICT == 8 && BF_ESTORAGE == 9 && BF_ECORRUPT == 10 &&
        BF_EINTERNAL == 11);
  /* A NULL error object reads as "no error". */
  CHECK(bf_error_code(NULL) == BF_OK);
  CHECK(strcmp(bf_error_message(NULL), "") == 0);
  CHECK(strcmp(bf_error_field(NULL), "") == 0);
  CHECK(strcmp(bf_error_value(NULL), "") == 0);
  bf_error_free(NULL);
  bf_free(NULL);
  bf_engine_close(NULL);
}

void test_id_numbers(void) {
  bf_error *err = NULL;
  char *masked = NULL;
  char id[19];
  start_phase("id numbers");
  CHECK_OK(bf_id_number_check("11010519491231002X", &err));
  make_id(id, "513435", "19800312", 11);
  CHECK_OK(bf_id_number_check(id, &err));
  /* A wrong check digit: BF_EINVAL, naming id_number and the value. */
  CHECK_ERR(bf_id_number_check("110105194912310021", &err), BF_EINVAL, "id_number");
  CHECK(bf_id_number_check("110105194912310021", &err) == BF_EINVAL);
  CHECK(strcmp(bf_error_value(err), "110105194912310021") == 0);
  CHECK(contains(bf_error_message(err), "check"));
  bf_error_free(err);
  err = NULL;
  CHECK_ERR(bf_id_number_check("12345", &err), BF_EINVAL, "id_number");
  /* err may be NULL: the status alone. */
  CHECK(bf_id_number_check("110105194912310021", NULL) == BF_EINVAL);
  CHECK_ERR(bf_id_number_check(NULL, &err), BF_EINVAL, "id_number");

  CHECK_OK(bf_id_number_mask("11010519491231002X", &masked, &err));
  CHECK(strcmp(masked, "110105********002X") == 0);
  bf_free(masked);
  CHECK_ERR(bf_id_number_mask("11010519491231002X", NULL, &err), BF_EINVAL, "out_masked");
}

void test_open(void) {
  bf_error *err = NULL;
  bf_engine *e = NULL;
  char path[600], *json = NULL;
  int version = 0;
  int64_t id = 0;
  start_phase("open");
  CHECK_OK(bf_engine_open(":memory:", NULL, &e, &err));
  CHECK(e != NULL);
  CHECK_OK(bf_engine_schema_version(e, &version, &err));
  CHECK(version >= 1);
  CHECK_OK(bf_engine_today(e, &json, &err));
  CHECK(strlen(json) == 10 && json[4] == '-' && json[7] == '-');
  bf_free(json);
  bf_engine_close(e);

  /* A file that does not exist, without create_if_missing. */
  work_path(path, sizeof path, "reopen.sqlite");
  e = (bf_engine *)&e; /* must be overwritten with NULL */
  CHECK_ERR(bf_engine_open(path, "{\"create_if_missing\":false}", &e, &err), BF_ENOTFOUND, NULL);
  CHECK(e == NULL);
  CHECK(access(path, F_OK) != 0);
  /* Bad options name the field. */
  CHECK_ERR(bf_engine_open(path, "{\"create_if_missing\":1}", &e, &err), BF_EINVAL, "create_if_missing");
  CHECK_ERR(bf_engine_open(path, "{create_if_missing", &e, &err), BF_EINVAL, "options");
  CHECK_ERR(bf_engine_open(path, "[]", &e, &err), BF_EINVAL, "options");
  CHECK_ERR(bf_engine_open(NULL, NULL, &e, &err), BF_EINVAL, "path");
  CHECK_ERR(bf_engine_open(path, NULL, NULL, &err), BF_EINVAL, "out_engine");
  CHECK(access(path, F_OK) != 0);

  /* Create, write, close, reopen: the data is there. */
  CHECK_OK(bf_engine_open(path, "{\"create_if_missing\":true}", &e, &err));
  CHECK_OK(bf_unit_add(e, BF_SYSTEM_ACTOR,
                       "{\"code\":\"GL-RMYY\",\"kind\":\"recipient_hospital\",\"name\":\"甘洛县人民医院\","
                       "\"region\":513435}",
                       &id, &err));
  CHECK(id > 0);
  bf_engine_close(e);
  e = NULL;
  CHECK_OK(bf_engine_open(path, "{\"create_if_missing\":false}", &e, &err));
  CHECK_OK(bf_unit_get_by_code(e, BF_SYSTEM_ACTOR, "GL-RMYY", &json, &err));
  CHECK(contains(json, "\"name\":\"甘洛县人民医院\""));
  CHECK(contains(json, "\"region\":513435000000"));
  CHECK(contains(json, "\"region_path\":\"四川省/凉山彝族自治州/甘洛县\""));
  bf_free(json);
  bf_engine_close(e);

  /* A file that is not a database. */
  work_path(path, sizeof path, "not-a-db.sqlite");
  write_file(path, "this is not an SQLite database, it is a text file of some length ............");
  {
    bf_status s = bf_engine_open(path, NULL, &e, &err);
    CHECK(s == BF_ECORRUPT || s == BF_ESTORAGE);
    CHECK(e == NULL && bf_error_code(err) == s);
  }
  bf_error_free(err);
  err = NULL;
}

void test_regions(bf_engine *e) {
  bf_error *err = NULL;
  char *json = NULL;
  int64_t n = 0;
  start_phase("regions");
  /* 6-digit GB/T 2260 code and 12-digit statistical code name the same county. */
  CHECK_OK(bf_region_get(e, 513435, &json, &err));
  CHECK(contains(json, "\"code\":513435000000"));
  CHECK(contains(json, "\"name\":\"甘洛县\""));
  CHECK(contains(json, "\"path\":\"四川省/凉山彝族自治州/甘洛县\""));
  CHECK(contains(json, "\"level\":3"));
  CHECK(contains(json, "\"parent\":513400000000"));
  bf_free(json);
  CHECK_OK(bf_region_get(e, 513435000000, &json, &err));
  CHECK(contains(json, "\"path\":\"四川省/凉山彝族自治州/甘洛县\""));
  bf_free(json);

  /* Unknown and malformed codes. */
  json = (char *)"sentinel";
  CHECK_ERR(bf_region_get(e, 513499, &json, &err), BF_ENOTFOUND, "region_code");
  CHECK(json == NULL);
  CHECK(bf_region_get(e, 513499, &json, &err) == BF_ENOTFOUND);
  CHECK(strcmp(bf_error_value(err), "513499000000") == 0);
  bf_error_free(err);
  err = NULL;
  CHECK_ERR(bf_region_get(e, 5134351, &json, &err), BF_EINVAL, "region_code");
  /* err may be NULL. */
  CHECK(bf_region_get(e, 513499, &json, NULL) == BF_ENOTFOUND);
  CHECK(json == NULL);

  CHECK_OK(bf_region_children(e, 513400, &json, &err));
  CHECK(contains(json, "\"name\":\"甘洛县\""));
  CHECK(contains(json, "\"name\":\"美姑县\""));
  CHECK(!contains(json, "\"name\":\"四川省\""));
  bf_free(json);
  CHECK_OK(bf_region_children(e, 0, &json, &err));
  CHECK(count_of(json, "\"level\":1") == 31);
  bf_free(json);

  CHECK_OK(bf_region_find(e, "甘洛", 0, 0, &json, &err));
  CHECK(contains(json, "\"code\":513435000000"));
  bf_free(json);
  CHECK_OK(bf_region_find(e, "甘洛", 330000, 0, &json, &err));
  CHECK(strcmp(json, "[]") == 0);
  bf_free(json);
  CHECK_ERR(bf_region_find(e, "", 0, 0, &json, &err), BF_EINVAL, "name");
  CHECK_ERR(bf_region_find(e, NULL, 0, 0, &json, &err), BF_EINVAL, "name");

  CHECK_OK(bf_region_count(e, 1, &n, &err));
  CHECK(n == 31);
  CHECK_OK(bf_region_count(e, 2, &n, &err));
  CHECK(n == 342);
  {
    int64_t all = 0;
    CHECK_OK(bf_region_count(e, -1, &all, &err));
    CHECK(all > n);
  }
  CHECK_ERR(bf_region_count(e, 9, &n, &err), BF_EINVAL, "level");
  CHECK_ERR(bf_region_count(e, 1, NULL, &err), BF_EINVAL, "out_count");
  CHECK_ERR(bf_region_count(NULL, 1, &n, &err), BF_EINVAL, "engine");
}

/* ---- demo ---------------------------------------------------------------------------------- */

/* Builds a small demonstration programme into a fresh engine; returns its staff summary. */
static char *demo_summary(int64_t *staff_count_out) {
  bf_error *err = NULL;
  bf_engine *e = NULL;
  char *json = NULL, *summary = NULL;
  CHECK_OK(bf_engine_open(":memory:", NULL, &e, &err));
  CHECK_ERR(bf_demo_build(e, "{\"seed\":\"x\"}", &json, &err), BF_EINVAL, "seed");
  CHECK_ERR(bf_demo_build(e, "{\"seed\":-1}", &json, &err), BF_EINVAL, "seed");
  CHECK_ERR(bf_demo_build(e, "{\"staff_count\":1.5}", &json, &err), BF_EINVAL, "staff_count");
  CHECK_ERR(bf_demo_build(e, NULL, NULL, &err), BF_EINVAL, "out_json");
  CHECK_OK(bf_demo_build(e, "{\"seed\":7,\"staff_count\":20}", &json, &err));
  CHECK(contains(json, "\"staff\":20"));
  CHECK(contains(json, "\"support_hospitals\":") && contains(json, "\"recipient_hospitals\":"));
  CHECK(!contains(json, "\"accounts\":0"));
  /* A year of reports (工作量月报, 帮扶成效年报) and the province packages. */
  CHECK(contains(json, "\"reports\":") && !contains(json, "\"reports\":0"));
  CHECK(contains(json, "\"report_packages\":"));
  bf_free(json);
  /* Only into an empty database. */
  CHECK_ERR(bf_demo_build(e, NULL, &json, &err), BF_ESTATE, NULL);
  CHECK(json == NULL);
  CHECK_OK(bf_staff_summary(e, BF_SYSTEM_ACTOR, NULL, &summary, &err));
  *staff_count_out = count_of(summary, "\"seq\":");
  bf_engine_close(e);
  return summary;
}

void test_demo(void) {
  char *first, *second;
  int64_t n1 = 0, n2 = 0;
  start_phase("demo");
  first = demo_summary(&n1);
  second = demo_summary(&n2);
  CHECK(n1 >= 20);
  /* Deterministic: the same seed gives the same programme. */
  CHECK(n1 == n2 && strcmp(first, second) == 0);
  bf_free(first);
  bf_free(second);
}

/* ---- main ------------------------------------------------------------------------------------ */

static void remove_workdir(void) {
  static const char *files[] = {"reopen.sqlite",   "reopen.sqlite-wal",  "reopen.sqlite-shm",
                                "not-a-db.sqlite", "summary.csv",        "summary.xlsx",
                                "units-bad.csv",   "threads.sqlite",     "threads.sqlite-wal",
                                "threads.sqlite-shm"};
  char path[600];
  size_t i;
  for (i = 0; i < sizeof files / sizeof files[0]; ++i) unlink(work_path(path, sizeof path, files[i]));
  rmdir(workdir);
}

int main(void) {
  bf_error *err = NULL;
  bf_engine *e = NULL;
  const char *tmp = getenv("TMPDIR");
  fmt(workdir, sizeof workdir, "%s/bangfu-capi-test-XXXXXX", tmp && *tmp ? tmp : "/tmp");
  CHECK(mkdtemp(workdir) != NULL);

  test_version();
  test_status_names();
  test_id_numbers();
  test_open();

  start_phase("shared engine");
  CHECK_OK(bf_engine_open(":memory:", NULL, &e, &err));
  test_regions(e);
  test_programme(e);
  bf_engine_close(e);

  test_calendar();
  test_attendance();
  test_reports();
  test_demo();
  test_threads();

  remove_workdir();
  fprintf(stderr, "PASS\n");
  return 0;
}
