#include "store/schema.hpp"

#include <string>
#include <vector>

#include "bangfu/error.hpp"

namespace bangfu::store {
namespace {

// Each entry is one schema version. Never edit a released entry: add a new one.
const std::vector<const char*> kMigrations = {
    // v1: reference data, organisation, staff, the audit log.
    R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE region(
  code    INTEGER PRIMARY KEY,           -- 12-digit statistical code
  name    TEXT NOT NULL,
  level   INTEGER NOT NULL,              -- 1 province .. 5 village
  parent  INTEGER,                       -- NULL for provinces
  path    TEXT NOT NULL,                 -- 四川省/凉山彝族自治州/甘洛县
  edition TEXT NOT NULL                  -- e.g. nbs-2022
);
CREATE INDEX region_parent ON region(parent);
CREATE INDEX region_name ON region(name);
CREATE TABLE unit(
  id        INTEGER PRIMARY KEY,
  code      TEXT NOT NULL UNIQUE,
  kind      INTEGER NOT NULL,
  name      TEXT NOT NULL,
  region    INTEGER NOT NULL REFERENCES region(code),
  address   TEXT NOT NULL DEFAULT '',
  grade     TEXT NOT NULL DEFAULT '',
  latitude  REAL,
  longitude REAL,
  parent    INTEGER REFERENCES unit(id),
  pre       INTEGER NOT NULL DEFAULT 0,  -- DFS numbering of the unit forest
  post      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX unit_region ON unit(region);
CREATE INDEX unit_pre ON unit(pre);
CREATE INDEX unit_parent ON unit(parent);
CREATE TABLE pairing(
  id             INTEGER PRIMARY KEY,
  support_unit   INTEGER NOT NULL REFERENCES unit(id),
  recipient_unit INTEGER NOT NULL REFERENCES unit(id),
  start_date     TEXT NOT NULL,          -- YYYY-MM-DD
  end_date       TEXT                    -- inclusive; NULL = open
);
CREATE INDEX pairing_support ON pairing(support_unit);
CREATE INDEX pairing_recipient ON pairing(recipient_unit);
CREATE TABLE staff(
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  id_number  TEXT NOT NULL UNIQUE,
  sex        INTEGER NOT NULL,
  birth_date TEXT NOT NULL,
  title      INTEGER NOT NULL,
  position   TEXT NOT NULL DEFAULT '',
  department TEXT NOT NULL DEFAULT '',
  specialty  TEXT NOT NULL DEFAULT '',
  phone      TEXT NOT NULL DEFAULT '',
  home_unit  INTEGER NOT NULL REFERENCES unit(id)
);
CREATE INDEX staff_home_unit ON staff(home_unit);
CREATE TABLE assignment(
  id             INTEGER PRIMARY KEY,
  staff          INTEGER NOT NULL REFERENCES staff(id),
  recipient_unit INTEGER NOT NULL REFERENCES unit(id),
  start_date     TEXT NOT NULL,
  planned_end    TEXT,
  end_date       TEXT,                   -- NULL while active
  end_summary    TEXT,
  end_evaluation TEXT
);
CREATE INDEX assignment_staff ON assignment(staff);
CREATE INDEX assignment_recipient ON assignment(recipient_unit);
-- At most one active assignment per staff member, whatever the caller does.
CREATE UNIQUE INDEX assignment_one_active ON assignment(staff) WHERE end_date IS NULL;
CREATE TABLE audit(
  id        INTEGER PRIMARY KEY,
  actor     INTEGER NOT NULL,
  at        TEXT NOT NULL,               -- UTC ISO 8601
  action    TEXT NOT NULL,
  entity    TEXT NOT NULL,
  entity_id INTEGER,
  before    TEXT,
  after     TEXT
);
CREATE INDEX audit_entity ON audit(entity, entity_id);
CREATE INDEX audit_actor ON audit(actor);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)sql",
    // v2: accounts, roles and scopes; the system actor (id 0) for host imports.
    R"sql(
CREATE TABLE account(
  id           INTEGER PRIMARY KEY,
  name         TEXT NOT NULL,
  login        TEXT UNIQUE,
  phone        TEXT NOT NULL DEFAULT '',
  scope_kind   INTEGER NOT NULL,         -- 1 region, 2 unit
  scope_region INTEGER NOT NULL,         -- region code (for unit scopes: the unit's region)
  scope_unit   INTEGER REFERENCES unit(id),
  staff        INTEGER REFERENCES staff(id),
  created_by   INTEGER NOT NULL,
  created_at   TEXT NOT NULL,
  disabled     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX account_scope_region ON account(scope_region);
CREATE UNIQUE INDEX account_staff ON account(staff) WHERE staff IS NOT NULL;
CREATE TABLE account_role(
  account INTEGER NOT NULL REFERENCES account(id),
  role    INTEGER NOT NULL,
  PRIMARY KEY(account, role)
) WITHOUT ROWID;
INSERT INTO account(id, name, login, scope_kind, scope_region, created_by, created_at)
  VALUES (0, '系统', 'system', 1, 0, 0, '1970-01-01T00:00:00.000Z');
INSERT INTO account_role(account, role) VALUES (0, 1);
)sql",
    // v3: the work calendar — national holidays and adjusted workdays per year, units' own days.
    R"sql(
CREATE TABLE holiday_year(
  year      INTEGER PRIMARY KEY,
  edition   TEXT NOT NULL,               -- e.g. state-council (shipped) or the host's label
  loaded_at TEXT NOT NULL                -- UTC; '' for the data shipped with the library
);
CREATE TABLE holiday(
  date    TEXT PRIMARY KEY,              -- YYYY-MM-DD; only dates that differ from Mon–Fri work
  workday INTEGER NOT NULL,              -- 1 调休上班, 0 day off
  name    TEXT NOT NULL                  -- 春节, 国庆节 ...
) WITHOUT ROWID;
CREATE TABLE unit_calendar(
  unit    INTEGER NOT NULL REFERENCES unit(id),
  date    TEXT NOT NULL,
  workday INTEGER NOT NULL,
  name    TEXT NOT NULL,
  PRIMARY KEY(unit, date)
) WITHOUT ROWID;
)sql",
    // v4: attendance — groups and rules, punches, approval workflows and requests.
    R"sql(
CREATE TABLE attendance_group(
  id         INTEGER PRIMARY KEY,
  unit       INTEGER NOT NULL REFERENCES unit(id),   -- the recipient hospital
  name       TEXT NOT NULL,
  is_default INTEGER NOT NULL,                       -- 1: no member list, everyone at the unit
  rule       TEXT NOT NULL                           -- AttendanceRule as JSON
);
CREATE UNIQUE INDEX attendance_group_default ON attendance_group(unit) WHERE is_default = 1;
-- A rule changed on a day applies from that day on: past days keep the rule they were lived under.
CREATE TABLE attendance_rule_version(
  grp        INTEGER NOT NULL REFERENCES attendance_group(id),
  valid_from TEXT NOT NULL,                          -- YYYY-MM-DD; 1400-01-01 for the first
  rule       TEXT NOT NULL,
  PRIMARY KEY(grp, valid_from)
) WITHOUT ROWID;
CREATE TABLE attendance_member(
  grp   INTEGER NOT NULL REFERENCES attendance_group(id),
  staff INTEGER NOT NULL REFERENCES staff(id),
  PRIMARY KEY(grp, staff)
) WITHOUT ROWID;
CREATE INDEX attendance_member_staff ON attendance_member(staff);
CREATE TABLE punch(
  id          INTEGER PRIMARY KEY,
  staff       INTEGER NOT NULL REFERENCES staff(id),
  assignment  INTEGER NOT NULL REFERENCES assignment(id),
  unit        INTEGER NOT NULL REFERENCES unit(id),
  at          INTEGER NOT NULL,                      -- UTC, seconds since 1970-01-01
  day         TEXT NOT NULL,                         -- CST YYYY-MM-DD
  minute      INTEGER NOT NULL,                      -- CST minute of the day
  latitude    REAL,
  longitude   REAL,
  distance    INTEGER,                               -- metres from the hospital
  checked     INTEGER NOT NULL,                      -- PunchCheck
  source      TEXT NOT NULL DEFAULT '',
  recorded_by INTEGER NOT NULL
);
CREATE INDEX punch_staff_day ON punch(staff, day);
CREATE UNIQUE INDEX punch_staff_at ON punch(staff, at);    -- a device's retry is the same punch
CREATE INDEX punch_unit_day ON punch(unit, day);
-- A punch is a fact, recorded with who recorded it: its own audit trail. Only the outcome of
-- a field-check-in approval may change afterwards.
CREATE TRIGGER punch_no_delete BEFORE DELETE ON punch
  BEGIN SELECT RAISE(ABORT, 'punches are append-only'); END;
CREATE TRIGGER punch_fixed BEFORE UPDATE OF id, staff, assignment, unit, at, day, minute, latitude,
  longitude, distance, source, recorded_by ON punch
  BEGIN SELECT RAISE(ABORT, 'punches are append-only'); END;
CREATE TABLE workflow(
  kind       INTEGER PRIMARY KEY,                    -- RequestKind
  definition TEXT NOT NULL,                          -- Workflow as JSON
  updated_by INTEGER NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE request(
  id           INTEGER PRIMARY KEY,
  kind         INTEGER NOT NULL,                     -- RequestKind
  state        INTEGER NOT NULL,                     -- RequestState
  staff        INTEGER NOT NULL REFERENCES staff(id),
  applicant    INTEGER NOT NULL REFERENCES account(id),
  assignment   INTEGER NOT NULL REFERENCES assignment(id),
  unit         INTEGER NOT NULL REFERENCES unit(id),
  first_day    TEXT NOT NULL,                        -- make-up / field: the day; leave: first day
  last_day     TEXT NOT NULL,
  punch_kind   INTEGER,                              -- make-up: PunchKind
  minute       INTEGER,                              -- make-up: the time to record
  leave_type   INTEGER,
  first_half   INTEGER,                              -- leave: HalfDay
  last_half    INTEGER,
  halves       INTEGER NOT NULL DEFAULT 0,           -- leave: workday halves covered
  punch        INTEGER REFERENCES punch(id),         -- field: the punch awaiting approval
  reason       TEXT NOT NULL,
  progress     TEXT NOT NULL,                        -- RequestProgress as JSON
  workflow     TEXT NOT NULL,                        -- the Workflow it was submitted under (CC, auto-pass)
  submitted_at TEXT NOT NULL,
  finished_at  TEXT
);
CREATE INDEX request_staff ON request(staff, kind, first_day);
CREATE INDEX request_staff_state ON request(staff, state, first_day);
CREATE INDEX request_unit ON request(unit, first_day);
-- Who sees a request in which box: 1 awaiting (may act now), 2 decided, 3 copied.
CREATE TABLE request_party(
  account INTEGER NOT NULL,
  box     INTEGER NOT NULL,
  request INTEGER NOT NULL REFERENCES request(id),
  PRIMARY KEY(account, box, request)
) WITHOUT ROWID;
CREATE INDEX request_party_request ON request_party(request);
)sql",
    // v5: reports (数据上报): template versions, reports, who may review, province packages.
    R"sql(
-- Every version of every template, as JSON. A report names the version it was filed under.
CREATE TABLE report_template(
  key        TEXT NOT NULL,
  version    INTEGER NOT NULL,
  definition TEXT NOT NULL,                          -- ReportTemplate as JSON
  created_by INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY(key, version)
) WITHOUT ROWID;
CREATE TABLE report_package(
  id           INTEGER PRIMARY KEY,
  template     TEXT NOT NULL,
  period       TEXT NOT NULL,                        -- '2026-10' / '2026'
  province     INTEGER NOT NULL,                     -- 12-digit province code
  state        INTEGER NOT NULL,                     -- PackageState
  report_count INTEGER NOT NULL,
  submitted_by INTEGER NOT NULL,
  submitted_at TEXT NOT NULL
);
CREATE UNIQUE INDEX report_package_key ON report_package(template, period, province);
CREATE TABLE report(
  id                 INTEGER PRIMARY KEY,
  template           TEXT NOT NULL,
  template_version   INTEGER NOT NULL,
  period             TEXT NOT NULL,                  -- '2026-10' / '2026'
  unit               INTEGER NOT NULL REFERENCES unit(id),
  staff              INTEGER REFERENCES staff(id),   -- staff reports; NULL for a hospital's
  state              INTEGER NOT NULL,               -- ReportState
  vals               TEXT NOT NULL,                  -- ReportValues as JSON
  deadline           TEXT NOT NULL,                  -- YYYY-MM-DD (CST)
  first_submitted_at TEXT,                           -- timeliness is judged by this one
  submitted_at       TEXT,
  late               INTEGER NOT NULL DEFAULT 0,
  decided_at         TEXT,
  return_reason      TEXT NOT NULL DEFAULT '',
  review             TEXT,                           -- RequestProgress of the latest submission
  workflow           TEXT,                           -- the Workflow it was submitted under
  package            INTEGER REFERENCES report_package(id),
  created_by         INTEGER NOT NULL,
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL,
  FOREIGN KEY(template, template_version) REFERENCES report_template(key, version)
);
CREATE UNIQUE INDEX report_key ON report(template, period, unit, ifnull(staff, 0));
CREATE INDEX report_staff ON report(staff, template, period);
-- Who may review a report now (待我审核).
CREATE TABLE report_awaiting(
  account INTEGER NOT NULL,
  report  INTEGER NOT NULL REFERENCES report(id),
  PRIMARY KEY(account, report)
) WITHOUT ROWID;
CREATE INDEX report_awaiting_report ON report_awaiting(report);
-- A locked report is the national level's: the only change it accepts is the unlock, back to
-- returned, out of its package, with its values as they were.
CREATE TRIGGER report_locked_fixed BEFORE UPDATE ON report
  WHEN OLD.state = 5 AND NOT (NEW.state = 3 AND NEW.package IS NULL AND NEW.vals IS OLD.vals
    AND NEW.template_version IS OLD.template_version AND NEW.template IS OLD.template
    AND NEW.period IS OLD.period AND NEW.unit IS OLD.unit AND NEW.staff IS OLD.staff
    AND NEW.first_submitted_at IS OLD.first_submitted_at AND NEW.late IS OLD.late)
  BEGIN SELECT RAISE(ABORT, 'report is locked'); END;
CREATE TRIGGER report_no_delete BEFORE DELETE ON report
  WHEN OLD.state <> 1
  BEGIN SELECT RAISE(ABORT, 'a filed report cannot be deleted'); END;
)sql",
};

}  // namespace

int latest_schema_version() noexcept { return static_cast<int>(kMigrations.size()); }

int schema_version(Database& db) {
  SQLite::Statement st(db.raw(), "PRAGMA user_version");
  st.executeStep();
  return st.getColumn(0).getInt();
}

void migrate(Database& db, int target) {
  if (target < 0) target = latest_schema_version();
  int current = schema_version(db);
  if (current > latest_schema_version())
    throw Error(ErrorCode::invalid_state,
                "path '" + db.path() + "': the database has schema version " + std::to_string(current) +
                    ", newer than this bangfu (" + std::to_string(latest_schema_version()) +
                    "); open it with a newer bangfu");
  if (current == 0) {
    SQLite::Statement st(db.raw(), "SELECT count(*) FROM sqlite_master WHERE type='table'");
    st.executeStep();
    if (st.getColumn(0).getInt() > 0)
      throw Error(ErrorCode::corrupt,
                  "path '" + db.path() + "': holds tables but no bangfu schema version; not a bangfu database");
  }
  for (int v = current; v < target; ++v) {
    db.exec(kMigrations[static_cast<std::size_t>(v)]);
    db.exec("PRAGMA user_version = " + std::to_string(v + 1));
  }
}

}  // namespace bangfu::store
