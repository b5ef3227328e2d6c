/* bangfu.h — the C interface of bangfu (帮扶), an embeddable engine for China's health
 * poverty-alleviation programmes: counterpart support between tertiary and county hospitals.
 *
 * This header is C99 and C++ clean. It is the whole C ABI; the C++ API lives in
 * <bangfu/engine.hpp> and friends, and both call the same engine.
 *
 * ================================================================================================
 * CONVENTIONS (stated once, true of every function below unless its comment says otherwise)
 * ================================================================================================
 *
 * Names.      bf_<noun>_<verb>: bf_unit_add, bf_staff_summary_export. Handles are opaque
 *             (bf_engine, bf_error); no struct is passed by value.
 *
 * Status.     Every fallible function returns a bf_status: BF_OK (0) on success, otherwise one
 *             of the BF_E* codes below. The values equal bangfu::ErrorCode in
 *             <bangfu/error.hpp> and are fixed forever: a code never changes meaning and is never
 *             reused. New codes may be added, so treat an unknown non-zero value as a failure
 *             (bf_status_name() returns "unknown" for it).
 *
 * Errors.     The last parameter of a fallible function is `bf_error **err`. It may be NULL.
 *             When it is not NULL, the function first sets *err to NULL and, if it fails, stores
 *             a new error object there: the status again (bf_error_code), a message in English
 *             that names the field and the value at fault (bf_error_message), and that field and
 *             value on their own (bf_error_field, bf_error_value). The caller owns the object and
 *             frees it with bf_error_free() — free an old error before passing the same variable
 *             again, or it leaks. There is NO thread-local "last error": everything about a
 *             failure is in the returned status and the object the caller asked for, so a call
 *             may move between OS threads (goroutines, async runtimes) without losing it.
 *             Nothing unwinds through C: every exception inside bangfu becomes a status.
 *
 * Ownership.  Input strings are only read during the call and copied where kept; the caller
 *             may free or reuse them as soon as the call returns. Every string bangfu returns
 *             through a `char **out...` parameter is newly allocated and belongs to the caller,
 *             who frees it with bf_free() — never with their own free(): allocators must not mix.
 *             Strings returned as `const char *` (bf_version, bf_status_name, bf_error_*) are
 *             not to be freed: they live as long as the library or the error object.
 *
 * Out-params. Every `out...` pointer is required (NULL is BF_EINVAL naming the parameter).
 *             On entry bangfu sets *out to NULL / 0; it is filled only on success (the single
 *             exception is bf_import_csv_file's report, filled on BF_EINVAL too; see there).
 *             Arguments are checked before anything is written, so a call refused for a NULL
 *             argument or malformed JSON changes nothing.
 *
 * Strings.    UTF-8, NUL-terminated. Chinese text (names, labels, addresses) travels as UTF-8.
 *
 * Records.    Records travel as JSON documents (UTF-8 text). Input documents are JSON objects;
 *             unknown keys are ignored; a key given as null counts as absent. A filter or
 *             options argument may be NULL, meaning {} (every default). Each function's comment
 *             lists the fields it reads and returns; docs/c-api.md has the full tables.
 *               - Ids (units, staff, accounts, ...) are JSON integers (int64).
 *               - Dates are strings "YYYY-MM-DD" (calendar days in China Standard Time).
 *               - Region codes are the 12-digit statistical codes as JSON integers
 *                 (513435000000 = 甘洛县). On input the GB/T 2260 six-digit form (513435) and the
 *                 2-, 4- and 9-digit forms are accepted as integers or digit strings and padded.
 *               - Absent optional values come back as null.
 *             Typed C parameters follow the same rules: a region code parameter (int64_t)
 *             accepts 513435 or 513435000000; a date parameter (const char *) is "YYYY-MM-DD".
 *
 * Actors.     bangfu authorizes; the host authenticates. Every command except the region and
 *             work-calendar reads (public reference data) and bf_unit_is_under takes the acting
 *             account's id (`int64_t actor`) right after the engine. The id 0
 *             (BF_SYSTEM_ACTOR) is the host itself: national reach, for imports and set-up; its
 *             actions are audited too. An unknown or disabled actor is BF_EPERM.
 *
 * Threads.    bf_engine: one handle may be shared by any number of threads at once; the engine
 *             serializes its commands internally (each runs in one SQLite transaction). The only
 *             exception is bf_engine_close(), which must be called once, after every other call
 *             on that handle has returned. Several handles may be open on one database file
 *             (also from several processes); writers then wait for SQLite's lock.
 *             bf_error: owned by the one caller that received it; not to be shared between
 *             threads without the caller's own synchronization. Returned strings: plain memory,
 *             the caller's. Free functions (bf_version, bf_status_name, bf_id_number_*) may be
 *             called from any thread at any time.
 *
 * Stability.  The ABI only grows. Functions are added, never removed or changed in signature
 *             or meaning; status values never change; JSON documents may gain fields but never
 *             lose or rename one. Code written against this header keeps working with every
 *             later libbangfu of the same major version (BANGFU_VERSION_MAJOR).
 */
#ifndef BANGFU_H
#define BANGFU_H

#include <stddef.h>
#include <stdint.h>

/* BF_API marks the functions libbangfu exports; everything else in the library is hidden. */
#ifndef BF_API
#if defined(_WIN32)
#define BF_API
#elif defined(__GNUC__) || defined(__clang__)
#define BF_API __attribute__((visibility("default")))
#else
#define BF_API
#endif
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Version -------------------------------------------------------------------------------
 * The version of the header compiled against. The same macros (same values) are defined by
 * <bangfu/version.hpp>; including both is fine. */
#ifndef BANGFU_VERSION_MAJOR
#define BANGFU_VERSION_MAJOR 0
#endif
#ifndef BANGFU_VERSION_MINOR
#define BANGFU_VERSION_MINOR 1
#endif
#ifndef BANGFU_VERSION_PATCH
#define BANGFU_VERSION_PATCH 0
#endif
#ifndef BANGFU_VERSION_NUMBER
#define BANGFU_VERSION_NUMBER \
  (BANGFU_VERSION_MAJOR * 1000000 + BANGFU_VERSION_MINOR * 1000 + BANGFU_VERSION_PATCH)
#endif

/* The version of the library actually loaded, which may be newer than the header:
 * "0.1.0" and 1000 (MAJOR*1000000 + MINOR*1000 + PATCH). Never fail. */
BF_API const char *bf_version(void);
BF_API int bf_version_number(void);

/* ---- Status codes ---------------------------------------------------------------------------
 * Values equal bangfu::ErrorCode and never change. */
typedef int bf_status;
enum {
  BF_OK = 0,        /* success */
  BF_EINVAL = 1,    /* bad input: a field or argument is missing, malformed or out of range */
  BF_ENOTFOUND = 2, /* the thing named does not exist */
  BF_EPERM = 3,     /* the acting account lacks the role or the reach (or is unknown/disabled) */
  BF_ESTATE = 4,    /* the action does not apply in the current state */
  BF_ELOCKED = 5,   /* the record is locked */
  BF_EQUOTA = 6,    /* a counted allowance is used up */
  BF_EDEADLINE = 7, /* too late for this action */
  BF_ECONFLICT = 8, /* duplicates or overlaps an existing record */
  BF_ESTORAGE = 9,  /* the database or a file could not be read or written */
  BF_ECORRUPT = 10, /* the database or a data file is damaged or not bangfu's */
  BF_EINTERNAL = 11 /* a bug in bangfu (please report it), or memory exhausted ("out of memory") */
};

/* The short English name of a status: "ok", "invalid_argument", "not_found",
 * "permission_denied", "invalid_state", "locked", "quota_exceeded", "deadline_passed",
 * "conflict", "storage", "corrupt", "internal"; "unknown" for any other value. Static; never
 * NULL. (Like sqlite3_errstr.) */
BF_API const char *bf_status_name(bf_status status);

/* ---- Error objects -------------------------------------------------------------------------- */
typedef struct bf_error bf_error;

/* The status of the failed call; BF_OK when err is NULL. */
BF_API bf_status bf_error_code(const bf_error *err);
/* What went wrong, naming the field and value, e.g.
 * "id_number '11010519491231002Y': check character should be X". Never NULL ("" for NULL err).
 * Valid until bf_error_free(err). */
BF_API const char *bf_error_message(const bf_error *err);
/* The input field (JSON key, CSV column, parameter name) at fault, e.g. "id_number", or ""
 * when the error is not about one field. Never NULL. */
BF_API const char *bf_error_field(const bf_error *err);
/* The offending value as given, or "". Never NULL. */
BF_API const char *bf_error_value(const bf_error *err);
/* Frees an error object. NULL is ignored. */
BF_API void bf_error_free(bf_error *err);

/* Frees a string (or any memory) that bangfu returned through an out-parameter. NULL is
 * ignored. */
BF_API void bf_free(void *p);

/* ---- ID numbers (身份证号, GB 11643): typed helpers, no engine needed -------------------------- */

/* BF_OK when `id_number` is a valid 18-character resident ID number (check character, birth
 * date; 15-digit numbers are upgraded first), else BF_EINVAL with a message naming
 * "id_number" and saying what is wrong (length, character, birth date, check digit). */
BF_API bf_status bf_id_number_check(const char *id_number, bf_error **err);
/* The masked form shown in exports: the first 6 and last 4 characters kept
 * ("513435********1234"); anything not 18 characters long is masked whole. Does not validate.
 * *out_masked is the caller's (bf_free). BF_EINVAL only for NULL arguments. */
BF_API bf_status bf_id_number_mask(const char *id_number, char **out_masked, bf_error **err);

/* ---- Engine --------------------------------------------------------------------------------- */
typedef struct bf_engine bf_engine;

/* The acting account id of the host itself (national reach). */
#define BF_SYSTEM_ACTOR ((int64_t)0)

/* Opens (creating or upgrading as needed) the database at `path`, a file name (UTF-8) or
 * ":memory:". options_json may be NULL; fields:
 *   create_if_missing  bool, default true: create the file and schema when absent; when false
 *                      a missing file is BF_ENOTFOUND.
 *   now                instant string ("2026-11-23T20:00:00+08:00"; no offset = China Standard
 *                      Time), optional: a fixed clock for this handle — every "now" and "today"
 *                      (audit times, punch checks, make-up deadlines) — for tests and replays.
 * On success *out_engine is a new handle, released with bf_engine_close().
 * Statuses: BF_EINVAL (NULL path/out_engine, bad options), BF_ENOTFOUND, BF_ESTORAGE (cannot
 * open), BF_ECORRUPT (not a bangfu database), BF_ESTATE (written by a newer bangfu). */
BF_API bf_status bf_engine_open(const char *path, const char *options_json, bf_engine **out_engine,
                                bf_error **err);
/* Closes the handle and frees it. NULL is ignored. No other call on the handle may be running
 * or follow. */
BF_API void bf_engine_close(bf_engine *engine);
/* The schema version of the open database. */
BF_API bf_status bf_engine_schema_version(bf_engine *engine, int *out_version, bf_error **err);
/* "Today" in China Standard Time by the engine's clock, as "YYYY-MM-DD" (bf_free). */
BF_API bf_status bf_engine_today(bf_engine *engine, char **out_date, bf_error **err);
/* Now by the engine's clock, as "2026-11-23T20:00:00+08:00" (China Standard Time; bf_free). */
BF_API bf_status bf_engine_now(bf_engine *engine, char **out_instant, bf_error **err);

/* ---- Regions (行政区划): public reference data, no actor ------------------------------------------
 * Region JSON: {"code":513435000000, "name":"甘洛县", "level":3, "level_label":"县",
 *               "parent":513400000000 (null for provinces), "path":"四川省/凉山彝族自治州/甘洛县"}
 * Levels: 0 nation, 1 province 省, 2 city 市, 3 county 县, 4 township 乡, 5 village 村. */

/* One region. Statuses: BF_EINVAL (malformed code, field "region_code"), BF_ENOTFOUND (no
 * such region, field "region_code"). */
BF_API bf_status bf_region_get(bf_engine *engine, int64_t code, char **out_json, bf_error **err);
/* JSON array of the regions directly under `code` (0 = the provinces), in code order.
 * Statuses: BF_EINVAL, BF_ENOTFOUND. */
BF_API bf_status bf_region_children(bf_engine *engine, int64_t code, char **out_json,
                                    bf_error **err);
/* JSON array of the regions whose name contains `name` (e.g. "甘洛"), inside `within` (0 = the
 * whole country), at most `limit` of them (0 = the default, 50). Statuses: BF_EINVAL (empty
 * name, negative limit, malformed within), BF_ENOTFOUND (no region `within`). */
BF_API bf_status bf_region_find(bf_engine *engine, const char *name, int64_t within, int limit,
                                char **out_json, bf_error **err);
/* The number of regions at `level` (0–5), or of all regions when level is -1.
 * Statuses: BF_EINVAL (other levels, field "level"). */
BF_API bf_status bf_region_count(bf_engine *engine, int level, int64_t *out_count, bf_error **err);

/* ---- Units (支援医院, 受援医院, 卫健委, 科室) ----------------------------------------------------------
 * Unit input JSON (add, update):
 *   code      string, required: the host's unique key (e.g. 统一社会信用代码)
 *   kind      string, required: "support_hospital" (支援医院), "recipient_hospital" (受援医院),
 *             "health_commission" (卫健委) or "department" (科室); the Chinese labels also work
 *   name      string, required
 *   region    region code, required; hospitals sit in a county-level region or below
 *   address, grade          strings (grade: 医院等级, e.g. "三级甲等")
 *   latitude, longitude     numbers (WGS-84), both or neither
 *   parent    unit id: the unit this one belongs to (departments, offices)
 * Unit JSON returned: the same fields (region as 12 digits, parent/latitude/longitude null when
 *   absent) plus "id", "kind_label" (Chinese) and "region_path" ("四川省/凉山彝族自治州/甘洛县"). */

/* Adds a unit; *out_id is its id. Statuses: BF_EINVAL, BF_ENOTFOUND (region, parent),
 * BF_EPERM (outside the actor's reach), BF_ECONFLICT (code already used). */
BF_API bf_status bf_unit_add(bf_engine *engine, int64_t actor, const char *unit_json,
                             int64_t *out_id, bf_error **err);
/* Replaces unit `id`'s fields with unit_json (all fields, as for add). Statuses: as add, and
 * BF_ENOTFOUND for an unknown id, BF_EINVAL (field "parent") for a cycle. */
BF_API bf_status bf_unit_update(bf_engine *engine, int64_t actor, int64_t id, const char *unit_json,
                                bf_error **err);
/* Unit JSON of unit `id`. The directory of units is open to every active account.
 * Statuses: BF_ENOTFOUND, BF_EPERM (unknown or disabled actor). */
BF_API bf_status bf_unit_get(bf_engine *engine, int64_t actor, int64_t id, char **out_json,
                             bf_error **err);
/* Unit JSON of the unit whose code is `code`. Statuses: BF_ENOTFOUND, BF_EPERM. */
BF_API bf_status bf_unit_get_by_code(bf_engine *engine, int64_t actor, const char *code,
                                     char **out_json, bf_error **err);
/* JSON array of units matching filter_json (NULL = all, up to 1000). Filter fields:
 *   kind           unit kind (as above)
 *   region         region code: units whose region lies in this subtree
 *   under          unit id: that unit and the units under it
 *   name_contains  string
 *   limit          integer, default 1000
 * Statuses: BF_EINVAL, BF_ENOTFOUND (under), BF_EPERM. */
BF_API bf_status bf_unit_list(bf_engine *engine, int64_t actor, const char *filter_json,
                              char **out_json, bf_error **err);
/* *out_is_under = 1 when `unit` is `ancestor` or lies under it in the unit hierarchy, else 0.
 * Reveals only the hierarchy, so (as in the C++ API) it takes no actor. O(1).
 * Statuses: BF_ENOTFOUND (field "unit" or "ancestor"). */
BF_API bf_status bf_unit_is_under(bf_engine *engine, int64_t unit, int64_t ancestor,
                                  int *out_is_under, bf_error **err);

/* ---- Pairings (对口帮扶关系) -------------------------------------------------------------------------
 * Pairing input JSON: support_unit (unit id, a 支援医院, required), recipient_unit (unit id, a
 *   受援医院, required), start (date, required), end (date, inclusive; absent = open-ended).
 * Pairing JSON returned: {"id", "support_unit", "support_name", "recipient_unit",
 *   "recipient_name", "start", "end" (null while open)}. */

/* Statuses: BF_EINVAL, BF_ENOTFOUND (a unit), BF_EPERM (needs a province admin or national
 * reaching either hospital), BF_ECONFLICT (overlaps a pairing of the same two units). */
BF_API bf_status bf_pairing_add(bf_engine *engine, int64_t actor, const char *pairing_json,
                                int64_t *out_id, bf_error **err);
/* Ends pairing `id` on `end_date` ("YYYY-MM-DD", inclusive). Statuses: BF_EINVAL (field "end"),
 * BF_ENOTFOUND, BF_EPERM. */
BF_API bf_status bf_pairing_end(bf_engine *engine, int64_t actor, int64_t id, const char *end_date,
                                bf_error **err);
/* JSON array of pairings. Filter fields: unit (unit id: pairings where it is either side),
 * active_on (date). Statuses: BF_EINVAL, BF_ENOTFOUND (unit), BF_EPERM. */
BF_API bf_status bf_pairing_list(bf_engine *engine, int64_t actor, const char *filter_json,
                                 char **out_json, bf_error **err);

/* ---- Work calendar (工作日历): public data, no actor to read it ------------------------------
 * Is a day a workday? Weekends, the State Council's statutory holidays and adjusted working days
 * (调休上班), and a unit's own days (a local holiday, a Saturday clinic), which apply to the unit
 * and every unit under it. National years 2016–2026 ship with the library; a new year is loaded
 * with bf_import_csv_file(..., "calendar", ...). See docs/calendar.md.
 * `unit`: 0 asks the national calendar; a unit id asks that unit's (the national one with the
 *   unit's own days and those of the units above it), BF_ENOTFOUND (field "unit") when unknown.
 * Dates are "YYYY-MM-DD"; a malformed one is BF_EINVAL naming the parameter ("date", "first",
 *   "last"). A date in a year without calendar data is BF_ENOTFOUND (field "date") naming the
 *   date and the years loaded — an explicit error, never a guess.
 * Day JSON: {"date", "kind": "workday" | "weekend" | "holiday" | "adjusted_workday",
 *   "kind_label": 工作日 | 休息日 | 节假日 | 调休上班, "workday" (bool), "name" (the holiday or the
 *   unit's day, "" when none), "local" (bool: decided by a unit's own day)}.
 * Entry JSON (a date that differs from Monday–Friday work, Saturday–Sunday rest):
 *   {"date", "workday" (bool: true = a worked day, false = a day off), "name"}. */

/* *out_is_workday = 1 when `date` is a workday, else 0. Statuses: BF_EINVAL, BF_ENOTFOUND. */
BF_API bf_status bf_calendar_is_workday(bf_engine *engine, const char *date, int64_t unit,
                                        int *out_is_workday, bf_error **err);
/* Day JSON of `date`. Statuses: BF_EINVAL, BF_ENOTFOUND. */
BF_API bf_status bf_calendar_day(bf_engine *engine, const char *date, int64_t unit, char **out_json,
                                 bf_error **err);
/* *out_count = the number of workdays from `first` to `last`, both included (February 2026: 16).
 * Statuses: BF_EINVAL (also last before first, field "last"), BF_ENOTFOUND. */
BF_API bf_status bf_calendar_workdays(bf_engine *engine, const char *first, const char *last,
                                      int64_t unit, int *out_count, bf_error **err);
/* JSON array of the day JSON of every day from `first` to `last`, both included (at most ten
 * years). Statuses: BF_EINVAL (last before first, a longer range; field "last"), BF_ENOTFOUND. */
BF_API bf_status bf_calendar_days(bf_engine *engine, const char *first, const char *last,
                                  int64_t unit, char **out_json, bf_error **err);
/* *out_date ("YYYY-MM-DD", bf_free) = the n-th workday after `date` (n >= 1; `date` itself is
 * not counted), or before it for n <= -1. Statuses: BF_EINVAL (n = 0, field "n"), BF_ENOTFOUND
 * (the walk reaches a year without data). */
BF_API bf_status bf_calendar_nth_workday_after(bf_engine *engine, const char *date, int n,
                                               int64_t unit, char **out_date, bf_error **err);
/* The whole calendar: {"years": [2016, ..., 2026] (the years with national data),
 * "entries": [entry JSON, ...] (the national dates that differ from the plain rule, in date
 * order), "local_entries": [entry JSON, ...] (the unit's own days, inherited ones included;
 * [] for the national calendar)}. Statuses: BF_ENOTFOUND (unit). */
BF_API bf_status bf_calendar_years(bf_engine *engine, int64_t unit, char **out_json, bf_error **err);
/* Sets a unit's own day from entry JSON (date and workday required; name required by the
 * engine, e.g. "彝族年", "周六门诊"), replacing the unit's earlier entry for that date. It
 * applies to the unit and every unit under it. The actor must manage the unit (an
 * administrator whose scope holds it). Audited. Statuses: BF_EINVAL (fields "date", "workday",
 * "name", "day_json"), BF_ENOTFOUND (unit), BF_EPERM. */
BF_API bf_status bf_calendar_set_unit_day(bf_engine *engine, int64_t actor, int64_t unit,
                                          const char *day_json, bf_error **err);
/* Removes the unit's own day on `date`. Audited. Statuses: BF_EINVAL, BF_ENOTFOUND (unit; no
 * own day on that date, field "date"), BF_EPERM. */
BF_API bf_status bf_calendar_remove_unit_day(bf_engine *engine, int64_t actor, int64_t unit,
                                             const char *date, bf_error **err);

/* ---- Support staff (支援人员) -------------------------------------------------------------------------
 * Staff input JSON (add, update):
 *   name        string, required
 *   id_number   string, required: 身份证号, validated (check digit, birth date); sex and birth
 *               date are derived from it
 *   title       string, required: 初级, 中级, 副高, 正高 (or junior, intermediate,
 *               associate_senior, senior)
 *   position    string, default "其他" (职务: 临床科室负责人, 行政部门负责人, 其他, ...)
 *   department, specialty, phone   strings
 *   home_unit   unit id, required: 派出单位, a 支援医院 or one of its departments
 * Staff JSON returned: {"id", "name", "id_number" (full), "sex" ("男"/"女"), "birth_date",
 *   "title" (Chinese label), "position", "department", "specialty", "phone", "home_unit",
 *   "home_unit_name"}. */

/* Adds a staff member; *out_id is the new id. arrival_json may be NULL; when given (an
 * assignment JSON, see below; its "staff" is ignored) the assignment starts in the same
 * transaction: 新增帮扶人员, a recipient hospital registering an arriving doctor.
 * Statuses: BF_EINVAL (e.g. id_number check digit), BF_ENOTFOUND (home_unit, recipient_unit),
 * BF_EPERM, BF_ECONFLICT (ID number already registered). */
BF_API bf_status bf_staff_add(bf_engine *engine, int64_t actor, const char *staff_json,
                              const char *arrival_json, int64_t *out_id, bf_error **err);
/* Replaces staff `id`'s fields. Statuses: as add, BF_ENOTFOUND for an unknown id. */
BF_API bf_status bf_staff_update(bf_engine *engine, int64_t actor, int64_t id,
                                 const char *staff_json, bf_error **err);
/* Staff JSON of staff `id`. Statuses: BF_ENOTFOUND, BF_EPERM (outside the actor's reach). */
BF_API bf_status bf_staff_get(bf_engine *engine, int64_t actor, int64_t id, char **out_json,
                              bf_error **err);
/* Staff JSON of the staff member with this ID number, or the JSON text "null" when there is
 * none (still BF_OK). Needs the right to add staff. Statuses: BF_EINVAL (malformed number),
 * BF_EPERM. */
BF_API bf_status bf_staff_by_id_number(bf_engine *engine, int64_t actor, const char *id_number,
                                       char **out_json, bf_error **err);

/* ---- Assignments (派驻) ---------------------------------------------------------------------------
 * Assignment input JSON: staff (staff id: the staff member, for bf_assignment_start; ignored
 *   in bf_staff_add's arrival), recipient_unit (unit id, a 受援医院, required), start (date,
 *   required), planned_end (date, not before start).
 * End-of-task JSON (结束任务人员信息上报): end (date, required: the actual last day, not after
 *   today), summary (工作总结), evaluation (考核结果, e.g. 优秀 / 合格).
 * Assignment JSON returned: {"id", "staff", "staff_name", "recipient_unit", "recipient_name",
 *   "start", "planned_end", "active" (bool), "ended": null or {"end", "summary", "evaluation"}}. */

/* Starts an assignment. Statuses: BF_EINVAL, BF_ENOTFOUND (staff, recipient_unit), BF_EPERM,
 * BF_ECONFLICT (the staff member already has an active assignment; field "staff"). */
BF_API bf_status bf_assignment_start(bf_engine *engine, int64_t actor, const char *assignment_json,
                                     int64_t *out_id, bf_error **err);
/* Ends assignment `id` with the end-of-task report. Statuses: BF_EINVAL, BF_ENOTFOUND,
 * BF_EPERM, BF_ESTATE (already ended). */
BF_API bf_status bf_assignment_end(bf_engine *engine, int64_t actor, int64_t id,
                                   const char *end_of_task_json, bf_error **err);
/* Assignment JSON. Statuses: BF_ENOTFOUND, BF_EPERM. */
BF_API bf_status bf_assignment_get(bf_engine *engine, int64_t actor, int64_t id, char **out_json,
                                   bf_error **err);
/* JSON array of staff `staff`'s assignments, oldest first. Statuses: BF_ENOTFOUND, BF_EPERM. */
BF_API bf_status bf_assignment_list(bf_engine *engine, int64_t actor, int64_t staff,
                                    char **out_json, bf_error **err);

/* ---- Accounts ------------------------------------------------------------------------------------
 * Account input JSON:
 *   name          string, required (display name)
 *   login         string: the host's login key (e.g. DingTalk userid), unique
 *   phone         string
 *   roles         array of role keys or Chinese labels, required: national_admin,
 *                 support_province_admin, support_hospital_admin, recipient_province_admin,
 *                 recipient_city_admin, recipient_county_admin, recipient_hospital_admin,
 *                 support_staff, registry_province_admin, registry_city_admin,
 *                 registry_county_admin, three_batches_filler, city_medical_filler,
 *                 county_medical_filler, county_survey_filler
 *   scope_region  region code (0 = nationwide)  } one of the two, except for support_staff
 *   scope_unit    unit id                       } accounts, whose scope is the staff's home unit
 *   staff         staff id: required for (and only for) support_staff accounts
 * Account JSON returned: {"id", "name", "login", "phone", "roles": [keys], "role_labels":
 *   [Chinese], "scope": {"kind": "region"|"unit", "region", "unit", "name"}, "staff",
 *   "created_by", "created_at" (UTC ISO 8601), "disabled" (bool)}. */

/* Creates an account: at the creator's own level or below, inside the creator's scope.
 * Statuses: BF_EINVAL (e.g. a role that does not fit the scope, field "scope"), BF_ENOTFOUND
 * (scope region or unit, staff), BF_EPERM (e.g. a county admin creating a city account),
 * BF_ECONFLICT (login used, staff already has an account). */
BF_API bf_status bf_account_create(bf_engine *engine, int64_t actor, const char *account_json,
                                   int64_t *out_id, bf_error **err);
/* Account JSON. Statuses: BF_ENOTFOUND, BF_EPERM. */
BF_API bf_status bf_account_get(bf_engine *engine, int64_t actor, int64_t id, char **out_json,
                                bf_error **err);
/* Account JSON of the account with this login, or "null" when there is none (BF_OK).
 * Statuses: BF_EPERM. */
BF_API bf_status bf_account_by_login(bf_engine *engine, int64_t actor, const char *login,
                                     char **out_json, bf_error **err);
/* JSON array of the accounts the actor may see. Filter fields: region (region code), role
 * (role key), include_disabled (bool, default false), limit (default 1000).
 * Statuses: BF_EINVAL, BF_EPERM. */
BF_API bf_status bf_account_list(bf_engine *engine, int64_t actor, const char *filter_json,
                                 char **out_json, bf_error **err);
/* Disables (disabled != 0) or enables account `id`. Statuses: BF_EINVAL (self, the system
 * actor), BF_ENOTFOUND, BF_EPERM. */
BF_API bf_status bf_account_set_disabled(bf_engine *engine, int64_t actor, int64_t id, int disabled,
                                         bf_error **err);

/* ---- Staff information summary (支援人员信息汇总表) ------------------------------------------------
 * Filter JSON:
 *   recipient_region  region code: the dispatched hospital lies in this province/city/county
 *   support_unit      unit id: staff sent by this support hospital (or a unit under it)
 *   active_on         date: only assignments active that day (else all, history included,
 *                     and staff not yet dispatched)
 * Only what the actor may see is included; ID numbers are masked unless the actor may see them
 * in full. */

/* The summary as JSON: {"columns": [{"key", "label" (Chinese), "type": "text"|"integer"|
 * "date"|"decimal"}, ...], "rows": [{key: value, ...}, ...]}. Column keys: seq, home_province,
 * home_city, home_county, name, sex, id_number, title, position, department, home_unit,
 * home_address, recipient_unit, recipient_address, start, planned_end, end, status; empty cells
 * are null. Statuses: BF_EINVAL, BF_ENOTFOUND (region, unit), BF_EPERM. */
BF_API bf_status bf_staff_summary(bf_engine *engine, int64_t actor, const char *filter_json,
                                  char **out_json, bf_error **err);
/* Writes the summary to the file `path` as "csv" (UTF-8 with BOM, CRLF, Chinese headers) or
 * "xlsx". The file appears whole or not at all. Statuses: as bf_staff_summary, BF_EINVAL
 * (format), BF_ESTORAGE (cannot write). */
BF_API bf_status bf_staff_summary_export(bf_engine *engine, int64_t actor, const char *filter_json,
                                         const char *format, const char *path, bf_error **err);

/* 对口帮扶工作概况, the programme overview, as the actor sees it on `as_of` ("YYYY-MM-DD"; NULL
 * = today in China Standard Time). *out_json: {"as_of", "support_hospitals",
 * "recipient_hospitals", "pairings_active", "pairings_total", "staff_registered",
 * "staff_on_duty", "assignments_ended", "staff_not_dispatched", "by_region": a table as in
 * bf_staff_summary with columns province, city, recipient_hospitals, pairings_active,
 * staff_on_duty, hospitals_covered, row ("city" | "subtotal" | "total")}.
 * Statuses: BF_EINVAL (as_of), BF_EPERM. */
BF_API bf_status bf_programme_overview(bf_engine *engine, int64_t actor, const char *as_of,
                                       char **out_json, bf_error **err);

/* ---- Attendance (考勤) ------------------------------------------------------------------------------
 * A support doctor punches in (打卡) at the recipient hospital of their active assignment; the
 * hospital's 考勤组 rule and the work calendar decide each day's result; 考勤统计 sums a month.
 * Times are China Standard Time (UTC+8): "08:30" clock times, instants "2026-11-02T08:05:00+08:00"
 * (on input also "...Z" or "2026-11-02 08:05", taken as CST).
 * Rule JSON (every field optional on input, a missing one keeps its default): name, on_duty
 *   ("08:00"), earliest / latest (minutes before / after on_duty a punch still counts, 120 / 240),
 *   grace (弹性 minutes, 0), serious_late (30), absence (minutes late that make 旷工, 60),
 *   off_duty_required (bool, false), off_duty ("17:30"), off_duty_latest (360), radius_m
 *   (考勤范围 metres around the hospital's location, 100–3000, 300), field_policy ("accept" |
 *   "flag" | "require_approval", default "flag": what a punch outside the range does),
 *   makeup: {allowed (true), per_cycle (3), cycle_start_day (1–28, 1), days_back (30),
 *   look_back ("natural_days" | "workdays"), correctable (["missing", "late", ...])}.
 * Group JSON: input {unit (a 受援医院 id, required), name, members ([staff ids]; empty = the
 *   hospital's default group), rule (rule JSON)}; returned also with "id" and "unit_name".
 * Punch JSON returned: {"id", "staff", "assignment", "unit", "at", "day", "time", "latitude",
 *   "longitude" (null when unknown), "distance_m" (null when unknown), "check" ("inside" |
 *   "field" | "field_pending" | "field_approved" | "field_rejected"), "check_label" (范围内,
 *   外勤, ...), "counts" (bool), "source", "recorded_by"}.
 * Day JSON: {"date", "status" ("normal", "late", "serious_late", "absent", "missing",
 *   "made_up", "leave", "field", "rest_day", "holiday", "outside_assignment", "early",
 *   "upcoming"), "status_label" (正常, 迟到, ..., 已补卡, 请假, 外勤, 休息日, 节假日, 不在派驻期, 未到),
 *   "required" (bool: 应出勤), "on_duty_time", "off_duty_time" ("HH:MM" or null), "on_duty",
 *   "off_duty" (punch results or null), "late_minutes", "early_minutes", "field" (bool),
 *   "made_up" (bool), "leave_type" (key or null), "leave_days" (0, 0.5, 1), "holiday_name"}.
 * Month filter JSON: year (required), month (1–12, required), region (region code: recipient
 *   hospitals there), unit (one recipient hospital), staff (one person).
 * Month row JSON: {"staff", "staff_name", "home_unit_name", "unit", "unit_name", "region_path",
 *   "year", "month", "required_days" (应出勤天数), "attended_days", "rest_days", "late_count",
 *   "late_minutes", "serious_late_count", "early_count", "on_duty_missing", "off_duty_missing",
 *   "absent_days", "field_count", "makeup_count", "leave_days": {leave type key: days, ...},
 *   "upcoming_days"}. */

/* The values of a punch's check (*out_check of bf_punch_record); fixed forever. */
#define BF_PUNCH_INSIDE 1         /* 范围内 (or the hospital has no location set) */
#define BF_PUNCH_FIELD 2          /* 外勤, counted (policy accept or flag) */
#define BF_PUNCH_FIELD_PENDING 3  /* 外勤, awaiting approval (not counted yet) */
#define BF_PUNCH_FIELD_APPROVED 4 /* 外勤, approved */
#define BF_PUNCH_FIELD_REJECTED 5 /* 外勤, refused (not counted) */

/* Adds a 考勤组 from group JSON; *out_id is its id. The actor must manage the recipient
 * hospital. Audited. Statuses: BF_EINVAL (rule fields, e.g. grace not below serious_late),
 * BF_ENOTFOUND (unit, a member), BF_EPERM, BF_ECONFLICT (a second default group, a member
 * already in another group of the hospital; field "members"). */
BF_API bf_status bf_attendance_group_add(bf_engine *engine, int64_t actor, const char *group_json,
                                         int64_t *out_id, bf_error **err);
/* Replaces group `id`'s name, members and rule. Statuses: as add, BF_ENOTFOUND for the id. */
BF_API bf_status bf_attendance_group_update(bf_engine *engine, int64_t actor, int64_t id,
                                            const char *group_json, bf_error **err);
/* Removes group `id`. Statuses: BF_ENOTFOUND, BF_EPERM. */
BF_API bf_status bf_attendance_group_remove(bf_engine *engine, int64_t actor, int64_t id,
                                            bf_error **err);
/* JSON array of the group JSON of the recipient hospital `unit`. Statuses: BF_ENOTFOUND,
 * BF_EPERM. */
BF_API bf_status bf_attendance_groups(bf_engine *engine, int64_t actor, int64_t unit,
                                      char **out_json, bf_error **err);
/* Rule JSON that staff `staff` works under on `day` ("YYYY-MM-DD"): their group's, the
 * hospital's default group's, or bangfu's default rule. Statuses: BF_EINVAL (day),
 * BF_ENOTFOUND, BF_EPERM, BF_ESTATE (no assignment that day). */
BF_API bf_status bf_attendance_rule(bf_engine *engine, int64_t actor, int64_t staff,
                                    const char *day, char **out_json, bf_error **err);

/* THE HOT PATH, typed: records a punch of staff `staff` at `unix_seconds` (UTC seconds since
 * 1970) under their active assignment. latitude and longitude (WGS-84 degrees) are both NULL
 * (location unknown: a field punch where the hospital has a location) or both given. source
 * may be NULL ("dingtalk", "his", "device-3F", ...). The actor is the staff member's own account
 * or BF_SYSTEM_ACTOR (a device, the host). *out_punch_id = the punch's id, *out_check = one of
 * BF_PUNCH_* (under the require_approval policy a field punch opens a 外勤 request and is
 * BF_PUNCH_FIELD_PENDING). Statuses: BF_EINVAL (one coordinate only; a future time, field
 * "at"), BF_ENOTFOUND (staff), BF_EPERM (another staff member's account, an admin),
 * BF_ESTATE (no active assignment that day; field "at", the message names the day). */
BF_API bf_status bf_punch_record(bf_engine *engine, int64_t actor, int64_t staff,
                                 int64_t unix_seconds, const double *latitude,
                                 const double *longitude, const char *source,
                                 int64_t *out_punch_id, int *out_check, bf_error **err);
/* The same from punch JSON {staff (required), at (instant, required), latitude, longitude,
 * source}; *out_json = the punch JSON recorded. Statuses: as bf_punch_record. */
BF_API bf_status bf_punch_record_json(bf_engine *engine, int64_t actor, const char *punch_json,
                                      char **out_json, bf_error **err);
/* JSON array of the punch JSON of staff `staff` from `first` to `last` (dates, inclusive), in
 * time order. Statuses: BF_EINVAL, BF_ENOTFOUND, BF_EPERM. */
BF_API bf_status bf_punches(bf_engine *engine, int64_t actor, int64_t staff, const char *first,
                            const char *last, char **out_json, bf_error **err);
/* JSON array of the day JSON of staff `staff` from `first` to `last` (at most 366 days). Staff
 * accounts see their own, administrators those in their reach. Statuses: BF_EINVAL (dates,
 * field "first"/"last"), BF_ENOTFOUND, BF_EPERM. */
BF_API bf_status bf_attendance_days(bf_engine *engine, int64_t actor, int64_t staff,
                                    const char *first, const char *last, char **out_json,
                                    bf_error **err);
/* 考勤统计: JSON array of month row JSON, one per staff member and assignment active in the
 * month, in the actor's reach. Statuses: BF_EINVAL (filter, e.g. month 13, field "month"),
 * BF_ENOTFOUND, BF_EPERM (a region outside the actor's reach). */
BF_API bf_status bf_attendance_month(bf_engine *engine, int64_t actor, const char *filter_json,
                                     char **out_json, bf_error **err);
/* The same as a table JSON like bf_staff_summary's ({"columns": [{"key", "label", "type"}],
 * "rows": [...]}), with Chinese labels (应出勤天数, 出勤天数, 迟到次数, 事假(天), ...).
 * Statuses: as bf_attendance_month. */
BF_API bf_status bf_attendance_month_table(bf_engine *engine, int64_t actor,
                                           const char *filter_json, char **out_json,
                                           bf_error **err);
/* Writes the table to `path` as "csv" (UTF-8 with BOM, CRLF) or "xlsx"; whole or not at all.
 * Statuses: as bf_attendance_month, BF_EINVAL (format), BF_ESTORAGE (cannot write). */
BF_API bf_status bf_attendance_month_export(bf_engine *engine, int64_t actor,
                                            const char *filter_json, const char *format,
                                            const char *path, bf_error **err);

/* ---- Approvals (审批): 补卡, 请假, 外勤 ----------------------------------------------------------------
 * kind: "makeup" (补卡申请), "leave" (请假申请), "field_punch" (外勤申请); Chinese labels accepted.
 *   "report_review" (报表审核) is the review of reports (see Reports below): bf_workflow_get and
 *   bf_workflow_set take it too.
 * Workflow JSON: {kind, name (required), steps: [{name, mode ("single" | "all" | "any" |
 *   "in_turn"), approvers: [resolver, ...], only_over_workdays (0 = always; N = only for leave
 *   longer than N workdays)}, ...] (at least one), cc: [{who: resolver, when ("on_submit" |
 *   "on_finish" | "both")}], applicant_auto_pass (bool, default true)}. A resolver is
 *   {"kind": "recipient_hospital_admin" | "home_unit_admin" | "recipient_county_admin" |
 *   "recipient_city_admin" | "recipient_province_admin" | "account", "account": id (for
 *   "account")} or the kind alone as a string.
 * Make-up JSON (input): day (date, required), kind ("on_duty" | "off_duty", default on_duty),
 *   time ("HH:MM", required: the missed punch's time), reason (required).
 * Leave JSON (input): type (personal 事假, sick 病假, annual 年假, marriage 婚假, maternity 产假,
 *   bereavement 丧假, family_visit 探亲假, paternity 陪产假; key or label, required), first
 *   (date, required), first_half ("am" | "pm", default am), last (date, default first),
 *   last_half (default pm), reason (required).
 * Request JSON returned: {"id", "kind", "kind_label", "state" ("pending", "approved",
 *   "rejected", "withdrawn", "revoked"), "state_label" (审批中, 已通过, ...), "staff",
 *   "staff_name", "applicant", "assignment", "unit", "unit_name", "submitted_at",
 *   "finished_at" (null while pending), "progress": {"state", "applicant", "steps": [{"name",
 *   "mode", "approvers", "approved", "auto_passed", "done"}], "current", "decided_by",
 *   "reason"}, "awaiting" ([account ids who may act now]), "cc" ([account ids copied]),
 *   "punch" (外勤: the punch id, else null), and "makeup": {"day", "kind", "time", "reason"} or
 *   "leave": {"type", "type_label", "first", "first_half", "last", "last_half", "days",
 *   "reason"}}. */

/* Workflow JSON of `kind`: the host's, or bangfu's default (补卡 and 外勤: one step by the
 * recipient hospital; 请假: plus a step by the home unit for leave over three workdays).
 * Statuses: BF_EINVAL (kind). */
BF_API bf_status bf_workflow_get(bf_engine *engine, const char *kind, char **out_json,
                                 bf_error **err);
/* Replaces the workflow of its kind. Needs a national admin or BF_SYSTEM_ACTOR; requests
 * already submitted keep their steps. Audited. Statuses: BF_EINVAL (e.g. no steps, field
 * "steps"), BF_EPERM. */
BF_API bf_status bf_workflow_set(bf_engine *engine, int64_t actor, const char *workflow_json,
                                 bf_error **err);
/* Files a 补卡 request by the staff member's own account; *out_json = the request JSON.
 * Statuses: BF_EINVAL (a future day, field "day"; no reason), BF_EPERM (another account),
 * BF_ESTATE (a rest day, no assignment, nothing to correct, no approver), BF_EDEADLINE (beyond
 * the look-back), BF_EQUOTA ("本月已申请3次补卡": the cycle's make-ups are used),
 * BF_ECONFLICT (a live make-up for the same punch). */
BF_API bf_status bf_makeup_submit(bf_engine *engine, int64_t actor, const char *makeup_json,
                                  char **out_json, bf_error **err);
/* Files a 请假 request by the staff member's own account; *out_json = the request JSON.
 * Statuses: BF_EINVAL (no workday covered, last before first), BF_EPERM, BF_ESTATE,
 * BF_ECONFLICT (overlaps a live leave; the message names it). */
BF_API bf_status bf_leave_submit(bf_engine *engine, int64_t actor, const char *leave_json,
                                 char **out_json, bf_error **err);
/* Acts on request `id`: action "approve" or "reject" (a current approver; reject needs a
 * reason), "withdraw" (the applicant, while pending) or "revoke" (an approver who agreed, with
 * a reason). reason may be NULL. *out_json = the request JSON after the action.
 * Statuses: BF_EINVAL (unknown action, field "action"; missing reason, field "reason"),
 * BF_ENOTFOUND, BF_EPERM (not the one who may act), BF_ESTATE (the state does not allow it). */
BF_API bf_status bf_request_act(bf_engine *engine, int64_t actor, int64_t id, const char *action,
                                const char *reason, char **out_json, bf_error **err);
/* Request JSON of request `id`. Statuses: BF_ENOTFOUND, BF_EPERM. */
BF_API bf_status bf_request_get(bf_engine *engine, int64_t actor, int64_t id, char **out_json,
                                bf_error **err);
/* JSON array of request JSON. Filter fields: box ("awaiting_me" 待我审批, the
 * default; "submitted" 我发起的; "copied" 抄送我的; "decided_by_me" 我已审批; "in_scope": every
 * request of staff in the actor's reach), kind, state, staff, limit (default 200).
 * Statuses: BF_EINVAL, BF_EPERM. */
BF_API bf_status bf_requests(bf_engine *engine, int64_t actor, const char *filter_json,
                             char **out_json, bf_error **err);
/* 本月已申请N次补卡: {"cycle_first", "cycle_last", "used" (pending + approved), "allowed"} for
 * the make-up cycle of staff `staff` that contains `day`. Statuses: BF_EINVAL, BF_ENOTFOUND,
 * BF_EPERM, BF_ESTATE (no assignment that day). */
BF_API bf_status bf_makeup_quota(bf_engine *engine, int64_t actor, int64_t staff, const char *day,
                                 char **out_json, bf_error **err);

/* ---- Reports (数据上报): templates, filling, review, packages, 填报情况, 汇总表 -----------------------
 * A recipient hospital's admin (受援医院管理员) files reports from templates: 支援人员工作量月报
 * ("monthly_workload": one per staff member on assignment at the hospital, per month, due the
 * 15th of the next month) and 受援医院帮扶成效年报 ("annual_effectiveness": one per paired
 * hospital, per year, due 5 December). A report is opened as a draft pre-filled from its
 * sources, saved, submitted, reviewed (approval workflow kind "report_review", see
 * bf_workflow_get / bf_workflow_set; by default one step 受援省份审核 by the recipient province
 * admin of the hospital's province), and, once every report of a province is accepted, locked
 * into the province's package (省级汇总上报); only the national level unlocks one.
 * States: "draft" 草稿, "submitted" 待审核, "returned" 已退回, "accepted" 已通过, "locked" 已上报.
 * Periods are strings: a month "2026-10" (also "2026-1", "202610") or a year "2026" (also the
 *   JSON integers 202610 and 2026), years 2016–2100; a template is filed per month or per year.
 * Template JSON: {"key" ([a-z][a-z0-9_]*, required), "title" (required), "subject" ("staff"
 *   支援人员 | "hospital" 受援医院, default staff), "subject_label", "period_type" ("month" |
 *   "year", default month), "period_type_label", "deadline": {"months_after" (0–24, default 1),
 *   "day" (1–31, default 15; beyond the month's end = its last day)}, "fields": [field JSON,
 *   ...] (required), "version" (set by bangfu: 1, 2, ...), "shipped" (bool: one of bangfu's)}.
 * Field JSON: {"key" ([a-z][a-z0-9_]*, unique, required), "label" (Chinese, required), "type"
 *   ("integer" | "decimal" | "text" | "choice" | "date", default integer), "type_label",
 *   "unit" (人次, 台, 天, % ...), "required" (bool: needed to submit), "min", "max" (bounds,
 *   inclusive, as strings or numbers: decimal text for numbers, "YYYY-MM-DD" for dates, a
 *   length for text; "" = unbounded, integers >= 0), "scale" (decimal: digits after the point,
 *   0–6), "choices" ([strings], choice fields), "source" (pre-fill: "attendance.required_days",
 *   "attendance.attended_days", "attendance.leave_days", "attendance.absent_days",
 *   "attendance.late_count" for staff reports; "staff.on_assignment" and "monthly.<field key>"
 *   for hospital reports; "" = none), "part_of" (其中: the key of an earlier numeric field this
 *   one may not exceed), "aggregate" ("sum" 合计 | "average" 平均 | "none"; default sum for
 *   numeric fields, none for others), "help"}. Outputs carry every member.
 * Values JSON: {field key: value, ...}: integer fields take JSON integers; decimal fields text
 *   ("12.5") or a JSON number; text, choice and date fields strings; null clears a value.
 *   Returned with decimals normalised to the field's scale ("1.5"), empty values left out.
 * Report key JSON: {"template" (key, required), "period" (required), "unit" (the recipient
 *   hospital's id, required), "staff" (staff id: required for staff reports, absent for
 *   hospital reports)}.
 * Report JSON returned: {"id", "template", "template_version", "title", "period",
 *   "period_label" ("2026年10月" / "2026年度"), "unit", "unit_name", "region", "region_path",
 *   "staff" (null for hospital reports), "staff_name", "home_unit_name" (派出单位), "state",
 *   "state_label", "values" (values JSON), "deadline" (date), "first_submitted_at",
 *   "submitted_at" (UTC ISO 8601, "2026-11-14T01:00:00.000Z"; "" until submitted), "late" (bool: the FIRST submission was
 *   after the deadline day, China Standard Time), "decided_at", "return_reason" (why it was
 *   returned or unlocked), "review" (the progress JSON of the latest submission, as a request's
 *   "progress"), "awaiting" ([account ids who may review now]), "package" (package id once
 *   locked, else null), "created_by", "created_at", "updated_at"}.
 * Package JSON: {"id", "template", "period", "period_label", "province" (region code),
 *   "province_name", "state" ("submitted" 已上报 | "reopened" 已解锁: a report in it was
 *   unlocked), "state_label", "report_count", "submitted_by", "submitted_at"}.
 * Completeness filter JSON (填报情况): {"template" (required), "period" (required), "region"
 *   (region code, default 0 = nationwide: the rows are its subordinate regions, or its
 *   hospitals for a county)}. The region must lie in the actor's recipient-side reach
 *   (national: any).
 * Summary filter JSON (汇总表): {"template" (required), "period" (one period) or "first" and
 *   "last" (a range, inclusive; last defaults to first), "region" (recipient hospitals there),
 *   "unit" (one recipient hospital), "support_unit" (staff of, or hospitals paired with, this
 *   support hospital), "group_by" ("report" 明细 (default), "hospital", "county", "city",
 *   "province"), "accepted_only" (bool, default false: every filed report; true: accepted and
 *   locked only)}. Only what the actor sees; ID numbers masked unless the actor may see them. */

/* JSON array of the template JSON of the latest version of every template (the two shipped
 * ones and the host's), in key order. Reading templates needs no account. */
BF_API bf_status bf_report_templates(bf_engine *engine, char **out_json, bf_error **err);
/* Template JSON of template `key`, version `version` (0 = the latest). Statuses: BF_EINVAL
 * (NULL key; negative version, field "version"), BF_ENOTFOUND (no such template or version,
 * field "template"; the message lists the known keys). */
BF_API bf_status bf_report_template_get(bf_engine *engine, const char *key, int version,
                                        char **out_json, bf_error **err);
/* Stores template JSON as a new template (version 1) or as the next version of the template
 * with that key: fields may be added and their labels, bounds, units and help changed, but
 * none removed or retyped, and key, subject and period type stay. "version" and "shipped" in
 * the input are ignored. Reports keep the version they were opened under. National admins and
 * BF_SYSTEM_ACTOR. Audited. *out_json = the template JSON stored.
 * Statuses: BF_EINVAL (the message names the member, e.g. "fields[3].min", "deadline.day",
 * and the value), BF_EPERM. */
BF_API bf_status bf_report_template_put(bf_engine *engine, int64_t actor, const char *template_json,
                                        char **out_json, bf_error **err);
/* Adds the field of field JSON to the latest version of template `template_key`, making a new
 * version; *out_json = the new template JSON. Statuses: as bf_report_template_put, and
 * BF_ENOTFOUND (template_key, field "template"). */
BF_API bf_status bf_report_field_add(bf_engine *engine, int64_t actor, const char *template_key,
                                     const char *field_json, char **out_json, bf_error **err);

/* The report for report key JSON: the existing one, or a new draft pre-filled from the
 * template's sources (a staff member's 考勤统计 for the month; staff on assignment and the filed
 * monthly reports for a hospital's year). *out_json = the report JSON. The hospital's admin
 * (or a national admin, BF_SYSTEM_ACTOR) opens; a staff report needs the staff member on
 * assignment at the hospital in the period, a hospital report a pairing in the period; a new
 * report only for a period that has begun (by the engine's today). Audited when created.
 * Statuses: BF_EINVAL (template/period mismatch, field "period"; not a recipient hospital,
 * field "unit"; staff missing or not wanted, field "staff"), BF_ENOTFOUND (template, unit,
 * staff), BF_EPERM, BF_ESTATE (no assignment or pairing in the period; a period not begun). */
BF_API bf_status bf_report_open(bf_engine *engine, int64_t actor, const char *key_json,
                                char **out_json, bf_error **err);
/* Sets values JSON in report `id` (a draft or returned one): given fields replace, null
 * clears, others stay. Read and checked against the report's own template version; required
 * fields may stay empty until submission. *out_json = the report JSON. Audited.
 * Statuses: BF_EINVAL (an unknown key, a wrong type, a value out of bounds, too many decimals,
 * an unknown choice, a 其中 value above its whole: field = the field key, the message names
 * its label and the value), BF_ENOTFOUND, BF_EPERM (not the hospital's filer), BF_ELOCKED (in
 * a submitted package: only the national level unlocks it), BF_ESTATE (under review: withdraw
 * it first; accepted). Nothing is written on failure. */
BF_API bf_status bf_report_save(bf_engine *engine, int64_t actor, int64_t id, const char *values_json,
                                char **out_json, bf_error **err);
/* Submits report `id` (a draft or returned one): every required field must be filled. A
 * report submitted after its deadline is accepted for review and marked late (judged by the
 * first submission, the deadline day counting whole in China Standard Time). Review starts
 * with the report_review workflow. `at` is NULL (now), or an instant ("2026-11-14T09:00:00+08:00";
 * no offset = CST) that only BF_SYSTEM_ACTOR may give: the host replaying a submission made
 * elsewhere. *out_json = the report JSON ("submitted", or "accepted" when the workflow
 * auto-passes). Audited. Statuses: BF_EINVAL (a required field empty, field = its key; `at`
 * malformed or in the future, field "at"), BF_ENOTFOUND, BF_EPERM (also `at` from another
 * actor, field "at"), BF_ELOCKED, BF_ESTATE (already under review or accepted; no reviewer). */
BF_API bf_status bf_report_submit(bf_engine *engine, int64_t actor, int64_t id, const char *at,
                                  char **out_json, bf_error **err);
/* Review of report `id`: action "approve" (accept) or "reject" (return for correction, reason
 * required) by a current reviewer, "withdraw" (the filer, while under review: back to draft),
 * or "revoke" (a reviewer who accepted it, with a reason: back to returned); the Chinese labels
 * (同意, 拒绝, ...) also work. reason may be NULL. *out_json = the report JSON after the action.
 * Audited. Statuses: BF_EINVAL (unknown action, field "action"; missing reason, field
 * "reason"), BF_ENOTFOUND, BF_EPERM (not the one who may act), BF_ESTATE (a draft or returned
 * report; a state that does not allow it), BF_ELOCKED. */
BF_API bf_status bf_report_act(bf_engine *engine, int64_t actor, int64_t id, const char *action,
                               const char *reason, char **out_json, bf_error **err);
/* National admins and BF_SYSTEM_ACTOR: locked report `id` goes back to "returned" with
 * `reason` (required) as its return reason; the hospital corrects and resubmits, and its
 * province package is reopened. *out_json = the report JSON. Audited. Statuses: BF_EINVAL (no
 * reason, field "reason"), BF_ENOTFOUND, BF_EPERM, BF_ESTATE (not locked). */
BF_API bf_status bf_report_unlock(bf_engine *engine, int64_t actor, int64_t id, const char *reason,
                                  char **out_json, bf_error **err);
/* Report JSON of report `id`, for an account that would find it with bf_reports (the report is
 * in its reach) or that is one of its reviewers. Statuses: BF_ENOTFOUND, BF_EPERM. */
BF_API bf_status bf_report_get(bf_engine *engine, int64_t actor, int64_t id, char **out_json,
                               bf_error **err);
/* JSON array of the report JSON in the actor's reach. Filter fields: template, period, region
 * (recipient hospitals there), unit (one recipient hospital), support_unit (staff of this
 * support hospital), staff, state (key or label), awaiting_me (bool: 待我审核, only the reports
 * the actor may review now), limit (default 1000). Statuses: BF_EINVAL, BF_ENOTFOUND (template,
 * region, unit), BF_EPERM. */
BF_API bf_status bf_reports(bf_engine *engine, int64_t actor, const char *filter_json,
                            char **out_json, bf_error **err);

/* 省级汇总上报: the recipient province admin of `province` (or a national admin,
 * BF_SYSTEM_ACTOR) submits the province's reports of template `template_key` for `period`
 * ("2026-10") to the national level once every expected report is accepted; they become
 * "locked". `province` is a province's region code (51 or 510000000000). *out_json = the
 * package JSON. Audited. Statuses: BF_EINVAL (not a province, field "province"; a period of
 * the wrong type, field "period"), BF_ENOTFOUND (template, province), BF_EPERM (another
 * province), BF_ESTATE (nothing expected; reports not accepted yet: the message counts them
 * and names up to three), BF_ECONFLICT (already submitted and not reopened). */
BF_API bf_status bf_report_package_submit(bf_engine *engine, int64_t actor, const char *template_key,
                                          const char *period, int64_t province, char **out_json,
                                          bf_error **err);
/* JSON array of package JSON: a province's own (national: all). Filter fields (filter_json may
 * be NULL): template, period. Statuses: BF_EINVAL, BF_EPERM. */
BF_API bf_status bf_report_packages(bf_engine *engine, int64_t actor, const char *filter_json,
                                    char **out_json, bf_error **err);

/* 填报情况查询: {"template", "title", "period", "period_label", "deadline", "region",
 * "region_name", "rows": [row JSON, ...] (one per subordinate region, or per hospital for a
 * county, in code order), "total": counts JSON, "missing_units": [{"unit", "unit_name",
 * "region", "region_path", "expected", "missing", "missing_staff" ([names]), "admins"
 * (["name phone"] of the hospital's admins)}, ...] (催报名单)}. Counts JSON: {"units_expected",
 * "units_complete", "expected", "on_time", "late", "missing" (no report, or a draft),
 * "returned", "accepted" (accepted or locked), "filed_rate" and "on_time_rate" ("66.7%", null
 * when nothing is expected)}; a row JSON is counts JSON plus "region", "name" and "unit" (the
 * hospital's id for hospital rows, else null). Statuses: BF_EINVAL (filter), BF_ENOTFOUND
 * (template, region), BF_EPERM (a region outside the actor's reach). */
BF_API bf_status bf_report_completeness(bf_engine *engine, int64_t actor, const char *filter_json,
                                        char **out_json, bf_error **err);
/* The rows and a 合计 row as a table JSON like bf_staff_summary's: columns name (地区/单位),
 * units_expected (应报单位数), units_complete, expected (应报份数), on_time (按时上报), late
 * (逾期上报), missing (未上报), returned, accepted, filed_rate (上报率), on_time_rate (及时率).
 * Statuses: as bf_report_completeness. */
BF_API bf_status bf_report_completeness_table(bf_engine *engine, int64_t actor,
                                              const char *filter_json, char **out_json,
                                              bf_error **err);
/* 催报名单, the units that have not filed everything, as a table JSON: columns region_path (地区),
 * unit_name (受援医院), expected (应报份数), missing (未报份数), missing_staff (未报人员, names
 * joined by "、"), admins (联系人, joined by "；"). Statuses: as bf_report_completeness. */
BF_API bf_status bf_report_missing_table(bf_engine *engine, int64_t actor, const char *filter_json,
                                         char **out_json, bf_error **err);
/* Writes the completeness table to `path` as "csv" (UTF-8 with BOM, CRLF) or "xlsx"; whole or
 * not at all. Statuses: as bf_report_completeness, BF_EINVAL (format), BF_ESTORAGE. */
BF_API bf_status bf_report_completeness_export(bf_engine *engine, int64_t actor,
                                               const char *filter_json, const char *format,
                                               const char *path, bf_error **err);
/* Writes the 催报名单 table to `path` ("csv" or "xlsx"). Statuses: as
 * bf_report_completeness_export. */
BF_API bf_status bf_report_missing_export(bf_engine *engine, int64_t actor, const char *filter_json,
                                          const char *format, const char *path, bf_error **err);

/* 汇总表 of the filed reports as a table JSON like bf_staff_summary's, ending with a 合计 row.
 * group_by "report": one row per report, columns seq (序号; null on 合计), region_path (地区;
 * "合计" on the total row), unit_name, [staff reports: staff_name, id_number, home_unit_name],
 * period, state, late (是否逾期), then one column per template field (key = field key, label
 * "门急诊人次(人次)"). Grouped: columns region_path (the group's region path, "合计" on the
 * total row), [hospital: unit_name], report_count (报表份数), [staff reports: staff_count
 * (人数)], then one column per numeric field summed (or averaged, label "…(平均)"). Statuses:
 * BF_EINVAL (filter, e.g. a period of the wrong type, field "first"), BF_ENOTFOUND (template,
 * region, unit), BF_EPERM. */
BF_API bf_status bf_report_summary(bf_engine *engine, int64_t actor, const char *filter_json,
                                   char **out_json, bf_error **err);
/* Writes the summary to `path` as "csv" (UTF-8 with BOM, CRLF, Chinese headers) or "xlsx";
 * whole or not at all. Statuses: as bf_report_summary, BF_EINVAL (format), BF_ESTORAGE. */
BF_API bf_status bf_report_summary_export(bf_engine *engine, int64_t actor, const char *filter_json,
                                          const char *format, const char *path, bf_error **err);

/* ---- Import (CSV: UTF-8, optional BOM, first row = column names) ---------------------------------
 * kind: "regions" (code,name — national admins / the system actor only), "units"
 *   (code,kind,name,region_code[,address,grade,latitude,longitude,parent_code]), "staff"
 *   (name,id_number,title,home_unit_code[,position,department,specialty,phone,
 *   recipient_unit_code,start_date,planned_end_date]) or "calendar" (date,kind,holiday: a
 *   State Council holiday notice, kind "off" or "work"; every year in the file replaces the
 *   year held — national admins / the system actor only).
 * Options JSON: keep_good_rows (bool, default false: a file with any bad row writes nothing),
 *   dry_run (bool: check every row, write nothing), edition (string, regions and calendar
 *   only: the edition label stored with each row, default "host").
 * Report JSON: {"rows_read", "rows_valid" (rows that passed every check: what a dry run would
 *   import), "rows_imported", "rows_rejected", "committed" (bool),
 *   "problems": [{"line" (1-based; the header is line 1), "field" (CSV column), "value",
 *   "message"}, ...]} (the first 1000 problems, in file order). */

/* Imports the CSV file at `path`.
 *   BF_OK      the file was read; *out_report_json holds the report. Either it was committed
 *              (with keep_good_rows, rejected rows are listed in "problems"), or it was a
 *              clean dry run.
 *   BF_EINVAL  also when rows were rejected and therefore nothing was written (the default
 *              without keep_good_rows, and any dry run that found bad rows): *out_report_json is
 *              STILL filled with the report, and the error names the first problem's field and
 *              value. Free the report in this case too.
 *   Other failures (BF_ENOTFOUND: no such file; BF_EINVAL with no report: unknown kind, bad
 *   options, missing header column; BF_EPERM; BF_ESTORAGE) leave *out_report_json NULL. */
BF_API bf_status bf_import_csv_file(bf_engine *engine, int64_t actor, const char *kind,
                                    const char *path, const char *options_json,
                                    char **out_report_json, bf_error **err);
/* The same for CSV held in memory: `size` bytes at `data` (need not be NUL-terminated). */
BF_API bf_status bf_import_csv_buffer(bf_engine *engine, int64_t actor, const char *kind,
                                      const char *data, size_t size, const char *options_json,
                                      char **out_report_json, bf_error **err);

/* ---- Audit log ------------------------------------------------------------------------------------
 * Filter JSON: entity (string: "unit", "staff", "assignment", "pairing", "account", ...),
 *   entity_id, actor (account id), after_id (for paging: entries with id > after_id),
 *   limit (1–10000, default 100).
 * Entry JSON: {"id", "actor", "at" (UTC ISO 8601), "action" ("unit.add", ...), "entity",
 *   "entity_id", "before" (the record's JSON, null when created), "after"}. */

/* JSON array of audit entries, oldest first. National admins and the system actor read all
 * entries; other accounts read only their own. Statuses: BF_EINVAL, BF_EPERM. */
BF_API bf_status bf_audit_list(bf_engine *engine, int64_t actor, const char *filter_json,
                               char **out_json, bf_error **err);

/* ---- Demonstration data -------------------------------------------------------------------------- */

/* Fills an empty database with a realistic, deterministic demonstration programme (as the
 * system actor). Options JSON: seed (integer 0–4294967295, default 20261123), staff_count
 * (integer, default 360). Result JSON: {"support_hospitals", "recipient_hospitals",
 * "pairings", "staff", "assignments", "accounts", "punches", "requests", "reports",
 * "report_packages"} (counts; later versions may add keys).
 * Statuses: BF_EINVAL, BF_ESTATE (the database already holds units). */
BF_API bf_status bf_demo_build(bf_engine *engine, const char *options_json, char **out_json,
                               bf_error **err);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* BANGFU_H */
