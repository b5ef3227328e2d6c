/* Helpers of the C test of the C ABI (LevelDB db/c_test.c style): each phase sets `phase`,
 * every check names file, line and phase, and the first failure aborts.
 *
 * Convention: a function that calls bangfu declares `bf_error *err = NULL;` and passes `&err`;
 * CHECK_OK and CHECK_ERR read that variable. */
#ifndef BANGFU_CAPI_CHECK_H
#define BANGFU_CAPI_CHECK_H

#include <stddef.h>
#include <stdint.h>

#include "bangfu.h"

extern const char *phase;
extern char workdir[512]; /* a fresh directory for the files the test writes */

void start_phase(const char *name);
void fail_at(const char *file, int line, const char *what);
void check_ok(const char *file, int line, const char *call, bf_status s, bf_error *err);
/* The call failed with `want`; the error object agrees, names `field` (when not NULL) and its
 * message mentions the field. Frees the error and resets *err. */
void check_err(const char *file, int line, const char *call, bf_status s, bf_error **err, bf_status want,
               const char *field);

#define CHECK(cond)                                  \
  do {                                               \
    if (!(cond)) fail_at(__FILE__, __LINE__, #cond); \
  } while (0)
#define CHECK_OK(call) check_ok(__FILE__, __LINE__, #call, (call), err)
#define CHECK_ERR(call, want, field) check_err(__FILE__, __LINE__, #call, (call), &err, (want), (field))

int contains(const char *haystack, const char *needle);
int count_of(const char *haystack, const char *needle);
/* snprintf into buf, checking it fits; returns buf. */
const char *fmt(char *buf, size_t size, const char *format, ...);
const char *work_path(char *buf, size_t size, const char *name);
void write_file(const char *path, const char *text);
char *read_file(const char *path, size_t *size); /* NUL-terminated, malloc */
/* A valid resident ID number (GB 11643 check character). */
void make_id(char out[19], const char *address6, const char *birth8, int seq);
int64_t add_unit(bf_engine *e, int64_t actor, const char *json);
int64_t add_account(bf_engine *e, int64_t actor, const char *json);

/* The phases, by file. */
void test_version(void);             /* capi_test.c */
void test_status_names(void);
void test_id_numbers(void);
void test_open(void);
void test_regions(bf_engine *e);
void test_demo(void);
void test_programme(bf_engine *e);   /* capi_programme_test.c */
void test_calendar(void);             /* capi_calendar_test.c */
void test_attendance(void);           /* capi_attendance_test.c */
void test_reports(void);              /* capi_reports_test.c */
void test_threads(void);             /* capi_threads_test.c */

#endif
