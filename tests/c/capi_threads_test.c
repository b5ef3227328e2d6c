/* One bf_engine shared by four threads doing writes, reads and failing calls at once. */
#define _POSIX_C_SOURCE 200809L

#include <inttypes.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "capi_check.h"

enum { kThreads = 4, kRounds = 25 };

typedef struct {
  bf_engine *engine;
  int64_t hospital;
  int index;
  int failures;
  char failure[512];
} worker;

static void worker_fail(worker *w, const char *what, bf_status s, bf_error *err) {
  if (w->failures++ == 0)
    snprintf(w->failure, sizeof w->failure, "thread %d: %s: %s: %s", w->index, what, bf_status_name(s),
             err ? bf_error_message(err) : "-");
}

static void *worker_main(void *arg) {
  worker *w = (worker *)arg;
  int round;
  for (round = 0; round < kRounds; ++round) {
    bf_error *err = NULL;
    char buf[512], *json = NULL;
    int64_t id = 0, missing = 900000 + w->index * 1000 + round;
    bf_status s;

    /* Write: a department of the shared hospital. */
    fmt(buf, sizeof buf,
        "{\"code\":\"T%d-%d\",\"kind\":\"department\",\"name\":\"科室%d-%d\",\"region\":330102,"
        "\"parent\":%" PRId64 "}",
        w->index, round, w->index, round, w->hospital);
    s = bf_unit_add(w->engine, BF_SYSTEM_ACTOR, buf, &id, &err);
    if (s != BF_OK || id <= 0) worker_fail(w, "unit_add", s, err);
    bf_error_free(err);

    /* Read back what this thread wrote. */
    s = bf_unit_get(w->engine, BF_SYSTEM_ACTOR, id, &json, &err);
    fmt(buf, sizeof buf, "\"code\":\"T%d-%d\"", w->index, round);
    if (s != BF_OK || !contains(json, buf)) worker_fail(w, "unit_get", s, err);
    bf_free(json);
    bf_error_free(err);
    {
      int under = 0;
      s = bf_unit_is_under(w->engine, id, w->hospital, &under, &err);
      if (s != BF_OK || under != 1) worker_fail(w, "unit_is_under", s, err);
      bf_error_free(err);
    }

    /* Read reference data. */
    s = bf_region_get(w->engine, 513435, &json, &err);
    if (s != BF_OK || !contains(json, "四川省/凉山彝族自治州/甘洛县")) worker_fail(w, "region_get", s, err);
    bf_free(json);
    bf_error_free(err);

    /* Errors belong to the call that failed, whatever other threads do meanwhile. */
    s = bf_unit_get(w->engine, BF_SYSTEM_ACTOR, missing, &json, &err);
    fmt(buf, sizeof buf, "%" PRId64, missing);
    if (s != BF_ENOTFOUND || json != NULL || !contains(bf_error_message(err), buf) ||
        strcmp(bf_error_value(err), buf) != 0)
      worker_fail(w, "unit_get(missing)", s, err);
    bf_error_free(err);

    /* A list that other threads are growing. */
    fmt(buf, sizeof buf, "{\"under\":%" PRId64 ",\"limit\":10000}", w->hospital);
    s = bf_unit_list(w->engine, BF_SYSTEM_ACTOR, buf, &json, &err);
    if (s != BF_OK || count_of(json, "\"id\":") < round + 2) worker_fail(w, "unit_list", s, err);
    bf_free(json);
    bf_error_free(err);
  }
  return NULL;
}

void test_threads(void) {
  bf_error *err = NULL;
  bf_engine *e = NULL;
  char path[600], buf[256], *json = NULL;
  int64_t hospital = 0;
  worker workers[kThreads];
  pthread_t threads[kThreads];
  int i;
  start_phase("threads");
  work_path(path, sizeof path, "threads.sqlite");
  CHECK_OK(bf_engine_open(path, NULL, &e, &err));
  hospital = add_unit(e, BF_SYSTEM_ACTOR,
                      "{\"code\":\"ZJU1\",\"kind\":\"support_hospital\",\"name\":\"浙江大学医学院附属第一医院\","
                      "\"region\":330102}");
  for (i = 0; i < kThreads; ++i) {
    memset(&workers[i], 0, sizeof workers[i]);
    workers[i].engine = e;
    workers[i].hospital = hospital;
    workers[i].index = i;
    CHECK(pthread_create(&threads[i], NULL, worker_main, &workers[i]) == 0);
  }
  for (i = 0; i < kThreads; ++i) CHECK(pthread_join(threads[i], NULL) == 0);
  for (i = 0; i < kThreads; ++i) {
    if (workers[i].failures) fprintf(stderr, "%s (%d failures)\n", workers[i].failure, workers[i].failures);
    CHECK(workers[i].failures == 0);
  }
  /* Every write landed exactly once. */
  fmt(buf, sizeof buf, "{\"under\":%" PRId64 ",\"limit\":10000}", hospital);
  CHECK_OK(bf_unit_list(e, BF_SYSTEM_ACTOR, buf, &json, &err));
  CHECK(count_of(json, "\"id\":") == 1 + kThreads * kRounds);
  CHECK(count_of(json, "\"kind\":\"department\"") == kThreads * kRounds);
  bf_free(json);
  CHECK_OK(bf_audit_list(e, BF_SYSTEM_ACTOR, "{\"entity\":\"unit\",\"limit\":10000}", &json, &err));
  CHECK(count_of(json, "\"action\":\"unit.add\"") == 1 + kThreads * kRounds);
  bf_free(json);
  bf_engine_close(e);
}
