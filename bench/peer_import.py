#!/usr/bin/python3
"""Peer for bench/import_bench: the same staff CSV into an equivalent SQLite schema with
Python's csv and sqlite3 modules only -- plain executemany inserts in one transaction.

    peer_import.py STAFF_CSV DB [UNITS_CSV]

It does no validation, no permission check, no duplicate check beyond the UNIQUE index and
writes no audit log: it is the floor a bulk import into SQLite can reach from a scripting
language. With UNITS_CSV the unit table is filled first (home and recipient unit codes are
resolved through a dict); without it, units are created on first sight of a code. Sex and
birth date are sliced out of the ID number (no check digit test). Prints one line:
"peer: <staff> staff, <assignments> assignments". Standard library only.
"""
import csv
import os
import sqlite3
import sys

SCHEMA = """
CREATE TABLE unit(
  id        INTEGER PRIMARY KEY,
  code      TEXT NOT NULL UNIQUE,
  kind      INTEGER NOT NULL,
  name      TEXT NOT NULL,
  region    INTEGER NOT NULL,
  address   TEXT NOT NULL DEFAULT '',
  grade     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX unit_region ON unit(region);
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
  end_date       TEXT
);
CREATE INDEX assignment_staff ON assignment(staff);
CREATE INDEX assignment_recipient ON assignment(recipient_unit);
CREATE UNIQUE INDEX assignment_one_active ON assignment(staff) WHERE end_date IS NULL;
"""

TITLES = {"初级": 1, "中级": 2, "副高": 3, "正高": 4}
KINDS = {"support_hospital": 1, "recipient_hospital": 2, "health_commission": 3, "department": 4}


def main(argv):
    if len(argv) not in (3, 4):
        sys.stderr.write("usage: peer_import.py STAFF_CSV DB [UNITS_CSV]\n")
        return 2
    staff_csv, db_path = argv[1], argv[2]
    units_csv = argv[3] if len(argv) == 4 else None
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db_path + suffix):
            os.remove(db_path + suffix)

    con = sqlite3.connect(db_path, isolation_level=None)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = NORMAL")
    con.execute("PRAGMA foreign_keys = ON")
    con.executescript(SCHEMA)

    con.execute("BEGIN IMMEDIATE")
    unit_ids = {}
    if units_csv:
        with open(units_csv, newline="", encoding="utf-8-sig") as f:
            units = []
            for r in csv.DictReader(f):
                unit_ids[r["code"]] = len(unit_ids) + 1
                units.append((unit_ids[r["code"]], r["code"], KINDS[r["kind"]], r["name"],
                              int(r["region_code"]), r.get("address", ""), r.get("grade", "")))
        con.executemany("INSERT INTO unit(id, code, kind, name, region, address, grade) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?)", units)

    def unit_id(code):
        uid = unit_ids.get(code)
        if uid is None:
            uid = unit_ids[code] = len(unit_ids) + 1
            con.execute("INSERT INTO unit(id, code, kind, name, region) VALUES (?, ?, 0, ?, 0)",
                        (uid, code, code))
        return uid

    staff, assignments = [], []
    with open(staff_csv, newline="", encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            sid = len(staff) + 1
            idn = r["id_number"]
            staff.append((sid, r["name"], idn, 1 if int(idn[16]) % 2 else 2,
                          idn[6:10] + "-" + idn[10:12] + "-" + idn[12:14], TITLES[r["title"]],
                          r["position"] or "其他", r["department"], r["specialty"], r["phone"],
                          unit_id(r["home_unit_code"])))
            if r.get("recipient_unit_code"):
                assignments.append((sid, unit_id(r["recipient_unit_code"]), r["start_date"],
                                    r["planned_end_date"] or None))
    con.executemany(
        "INSERT INTO staff(id, name, id_number, sex, birth_date, title, position, department, "
        "specialty, phone, home_unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", staff)
    con.executemany(
        "INSERT INTO assignment(staff, recipient_unit, start_date, planned_end) VALUES (?, ?, ?, ?)",
        assignments)
    con.execute("COMMIT")
    con.close()
    print(f"peer: {len(staff)} staff, {len(assignments)} assignments")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
