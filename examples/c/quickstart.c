/* quickstart.c — bangfu from C: open a database, look up a region, add two hospitals and a
 * doctor, print the staff summary as JSON.
 *
 *   cc -std=c99 quickstart.c -lbangfu -o quickstart && ./quickstart [database.sqlite]
 *
 * Every call returns a bf_status (BF_OK = 0). Pass &err to get an error object that names the
 * field at fault; free it with bf_error_free. Strings bangfu returns are yours: bf_free them. */
#include <inttypes.h>
#include <stdio.h>

#include "bangfu.h"

/* On failure: print the error and jump to the clean-up at the end. */
#define TRY(call)                                                                          \
  do {                                                                                     \
    if ((call) != BF_OK) {                                                                 \
      fprintf(stderr, "%s failed: %s (%s)\n", #call, bf_error_message(err),               \
              bf_status_name(bf_error_code(err)));                                         \
      goto done;                                                                           \
    }                                                                                      \
  } while (0)

int main(int argc, char **argv) {
  const char *path = argc > 1 ? argv[1] : ":memory:";
  bf_engine *engine = NULL;
  bf_error *err = NULL;
  char *json = NULL, buf[512];
  int64_t hospital = 0, county_hospital = 0, doctor = 0;
  int rc = 1;

  printf("bangfu %s\n", bf_version());
  TRY(bf_engine_open(path, NULL, &engine, &err));

  /* 1. Regions are built in; six-digit GB/T 2260 codes work as well as 12-digit ones. */
  TRY(bf_region_get(engine, 513435, &json, &err));
  printf("region: %s\n", json);
  bf_free(json);
  json = NULL;

  /* 2. Units, added by the host itself (BF_SYSTEM_ACTOR). Records are JSON. */
  TRY(bf_unit_add(engine, BF_SYSTEM_ACTOR,
                  "{\"code\":\"ZJU1\",\"kind\":\"support_hospital\","
                  "\"name\":\"浙江大学医学院附属第一医院\",\"region\":330102}",
                  &hospital, &err));
  TRY(bf_unit_add(engine, BF_SYSTEM_ACTOR,
                  "{\"code\":\"GL-RMYY\",\"kind\":\"recipient_hospital\","
                  "\"name\":\"甘洛县人民医院\",\"region\":513435,\"address\":\"甘洛县新市坝镇\"}",
                  &county_hospital, &err));
  printf("units: %" PRId64 " and %" PRId64 "\n", hospital, county_hospital);

  /* 3. A doctor sent from Hangzhou to Ganluo, registered on arrival with the assignment. */
  snprintf(buf, sizeof buf,
           "{\"name\":\"陈青\",\"id_number\":\"11010519491231002X\",\"title\":\"副高\","
           "\"department\":\"心血管内科\",\"home_unit\":%" PRId64 "}",
           hospital);
  {
    char arrival[256];
    snprintf(arrival, sizeof arrival, "{\"recipient_unit\":%" PRId64 ",\"start\":\"2026-03-01\"}",
             county_hospital);
    TRY(bf_staff_add(engine, BF_SYSTEM_ACTOR, buf, arrival, &doctor, &err));
  }

  /* 4. The staff information summary (支援人员信息汇总表) as JSON. */
  TRY(bf_staff_summary(engine, BF_SYSTEM_ACTOR, "{\"recipient_region\":513435}", &json, &err));
  printf("summary: %s\n", json);

  /* 5. Errors name the field and the value. */
  if (bf_id_number_check("110105194912310021", &err) != BF_OK) {
    printf("as expected: %s (field %s)\n", bf_error_message(err), bf_error_field(err));
    bf_error_free(err);
    err = NULL;
  }
  rc = 0;

done:
  bf_free(json);
  bf_error_free(err);
  bf_engine_close(engine);
  return rc;
}
