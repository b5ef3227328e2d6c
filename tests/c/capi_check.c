/* Helpers of the C test of the C ABI; see capi_check.h. */
#define _POSIX_C_SOURCE 200809L

#include "capi_check.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *phase = "";
char workdir[512];

void start_phase(const char *name) {
  fprintf(stderr, "=== %s\n", name);
  phase = name;
}

void fail_at(const char *file, int line, const char *what) {
  fprintf(stderr, "%s:%d: [%s] check failed: %s\n", file, line, phase, what);
  abort();
}

void check_ok(const char *file, int line, const char *call, bf_status s, bf_error *err) {
  if (s == BF_OK && err == NULL) return;
  fprintf(stderr, "%s:%d: [%s] %s\n  returned %d (%s): %s\n", file, line, phase, call, s, bf_status_name(s),
          err ? bf_error_message(err) : "(no error object)");
  abort();
}

void check_err(const char *file, int line, const char *call, bf_status s, bf_error **err,
                      bf_status want, const char *field) {
  const char *problem = NULL;
  if (s != want) problem = "wrong status";
  else if (*err == NULL) problem = "no error object";
  else if (bf_error_code(*err) != want) problem = "error object has another code";
  else if (bf_error_message(*err)[0] == '\0') problem = "empty message";
  else if (field && strcmp(bf_error_field(*err), field) != 0) problem = "error names another field";
  else if (field && strstr(bf_error_message(*err), field) == NULL) problem = "message does not name the field";
  if (problem) {
    fprintf(stderr, "%s:%d: [%s] %s\n  %s: want %s/%s, got %d (%s), field '%s': %s\n", file, line, phase, call,
            problem, bf_status_name(want), field ? field : "-", s, bf_status_name(s),
            *err ? bf_error_field(*err) : "", *err ? bf_error_message(*err) : "(no error object)");
    abort();
  }
  bf_error_free(*err);
  *err = NULL;
}

int contains(const char *haystack, const char *needle) {
  return haystack != NULL && strstr(haystack, needle) != NULL;
}

int count_of(const char *haystack, const char *needle) {
  int n = 0;
  size_t len = strlen(needle);
  const char *p = haystack;
  while (p && (p = strstr(p, needle)) != NULL) {
    ++n;
    p += len;
  }
  return n;
}

const char *fmt(char *buf, size_t size, const char *format, ...) {
  va_list ap;
  int n;
  va_start(ap, format);
  n = vsnprintf(buf, size, format, ap);
  va_end(ap);
  CHECK(n >= 0 && (size_t)n < size);
  return buf;
}

const char *work_path(char *buf, size_t size, const char *name) {
  return fmt(buf, size, "%s/%s", workdir, name);
}

void write_file(const char *path, const char *text) {
  FILE *f = fopen(path, "wb");
  CHECK(f != NULL);
  CHECK(fputs(text, f) >= 0);
  CHECK(fclose(f) == 0);
}

/* The whole file as a NUL-terminated string (malloc). */
char *read_file(const char *path, size_t *size) {
  FILE *f = fopen(path, "rb");
  char *data;
  long n;
  CHECK(f != NULL);
  CHECK(fseek(f, 0, SEEK_END) == 0);
  n = ftell(f);
  CHECK(n >= 0);
  CHECK(fseek(f, 0, SEEK_SET) == 0);
  data = malloc((size_t)n + 1);
  CHECK(data != NULL);
  CHECK(fread(data, 1, (size_t)n, f) == (size_t)n);
  data[n] = '\0';
  fclose(f);
  if (size) *size = (size_t)n;
  return data;
}

/* A valid resident ID number (GB 11643 check character) for an address, birth date, sequence. */
void make_id(char out[19], const char *address6, const char *birth8, int seq) {
  static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  int i, sum = 0;
  fmt(out, 19, "%s%s%03d", address6, birth8, seq);
  for (i = 0; i < 17; ++i) sum += (out[i] - '0') * weights[i];
  out[17] = "10X98765432"[sum % 11];
  out[18] = '\0';
}

int64_t add_unit(bf_engine *e, int64_t actor, const char *json) {
  bf_error *err = NULL;
  int64_t id = 0;
  CHECK_OK(bf_unit_add(e, actor, json, &id, &err));
  CHECK(id > 0);
  return id;
}

int64_t add_account(bf_engine *e, int64_t actor, const char *json) {
  bf_error *err = NULL;
  int64_t id = 0;
  CHECK_OK(bf_account_create(e, actor, json, &id, &err));
  CHECK(id > 0);
  return id;
}
