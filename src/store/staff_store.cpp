#include "store/staff_store.hpp"

#include "store/unit_store.hpp"

namespace bangfu::store {
namespace {

constexpr const char* kStaffSelect =
    "SELECT s.id, s.name, s.id_number, s.sex, s.birth_date, s.title, s.position, s.department, "
    "s.specialty, s.phone, s.home_unit, u.name FROM staff s JOIN unit u ON u.id = s.home_unit ";

Staff read_staff(SQLite::Statement& st) {
  Staff s;
  s.id = st.getColumn(0).getInt64();
  s.name = st.getColumn(1).getString();
  s.id_number = st.getColumn(2).getString();
  s.sex = static_cast<Sex>(st.getColumn(3).getInt());
  s.birth_date = date_from_text(st.getColumn(4).getString());
  s.title = static_cast<Title>(st.getColumn(5).getInt());
  s.position = st.getColumn(6).getString();
  s.department = st.getColumn(7).getString();
  s.specialty = st.getColumn(8).getString();
  s.phone = st.getColumn(9).getString();
  s.home_unit = st.getColumn(10).getInt64();
  s.home_unit_name = st.getColumn(11).getString();
  return s;
}

void bind_staff(SQLite::Statement& st, const Staff& s) {
  st.bind(1, s.name);
  st.bind(2, s.id_number);
  st.bind(3, static_cast<int>(s.sex));
  st.bind(4, date_text(s.birth_date));
  st.bind(5, static_cast<int>(s.title));
  st.bind(6, s.position);
  st.bind(7, s.department);
  st.bind(8, s.specialty);
  st.bind(9, s.phone);
  st.bind(10, static_cast<std::int64_t>(s.home_unit));
}

constexpr const char* kAssignmentSelect =
    "SELECT a.id, a.staff, a.recipient_unit, a.start_date, a.planned_end, a.end_date, "
    "a.end_summary, a.end_evaluation, s.name, u.name FROM assignment a "
    "JOIN staff s ON s.id = a.staff JOIN unit u ON u.id = a.recipient_unit ";

Assignment read_assignment(SQLite::Statement& st) {
  Assignment a;
  a.id = st.getColumn(0).getInt64();
  a.staff = st.getColumn(1).getInt64();
  a.recipient_unit = st.getColumn(2).getInt64();
  a.start = date_from_text(st.getColumn(3).getString());
  if (!st.getColumn(4).isNull()) a.planned_end = date_from_text(st.getColumn(4).getString());
  if (!st.getColumn(5).isNull())
    a.ended = EndOfTask{date_from_text(st.getColumn(5).getString()), text_or_empty(st.getColumn(6)),
                        text_or_empty(st.getColumn(7))};
  a.staff_name = st.getColumn(8).getString();
  a.recipient_name = st.getColumn(9).getString();
  return a;
}

}  // namespace

StaffId staff_insert(Database& db, const Staff& s) {
  auto& st = db.prepare(
      "INSERT INTO staff(name, id_number, sex, birth_date, title, position, department, specialty, "
      "phone, home_unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  bind_staff(st, s);
  st.exec();
  return db.last_insert_id();
}

void staff_update(Database& db, StaffId id, const Staff& s) {
  auto& st = db.prepare(
      "UPDATE staff SET name = ?, id_number = ?, sex = ?, birth_date = ?, title = ?, position = ?, "
      "department = ?, specialty = ?, phone = ?, home_unit = ? WHERE id = ?");
  bind_staff(st, s);
  st.bind(11, static_cast<std::int64_t>(id));
  st.exec();
}

std::optional<Staff> staff_get(Database& db, StaffId id) {
  auto& st = db.prepare(std::string(kStaffSelect) + "WHERE s.id = ?");
  st.bind(1, static_cast<std::int64_t>(id));
  if (!st.executeStep()) return std::nullopt;
  return read_staff(st);
}

std::optional<Staff> staff_by_id_number(Database& db, const std::string& id_number) {
  auto& st = db.prepare(std::string(kStaffSelect) + "WHERE s.id_number = ?");
  st.bind(1, id_number);
  if (!st.executeStep()) return std::nullopt;
  return read_staff(st);
}

AssignmentId assignment_insert(Database& db, const NewAssignment& a) {
  auto& st = db.prepare(
      "INSERT INTO assignment(staff, recipient_unit, start_date, planned_end) VALUES (?, ?, ?, ?)");
  st.bind(1, static_cast<std::int64_t>(a.staff));
  st.bind(2, static_cast<std::int64_t>(a.recipient_unit));
  st.bind(3, date_text(a.start));
  if (a.planned_end) st.bind(4, date_text(*a.planned_end));
  else st.bind(4);
  st.exec();
  return db.last_insert_id();
}

void assignment_end(Database& db, AssignmentId id, const EndOfTask& e) {
  auto& st = db.prepare(
      "UPDATE assignment SET end_date = ?, end_summary = ?, end_evaluation = ? WHERE id = ?");
  st.bind(1, date_text(e.end));
  st.bind(2, e.summary);
  st.bind(3, e.evaluation);
  st.bind(4, static_cast<std::int64_t>(id));
  st.exec();
}

std::optional<Assignment> assignment_get(Database& db, AssignmentId id) {
  auto& st = db.prepare(std::string(kAssignmentSelect) + "WHERE a.id = ?");
  st.bind(1, static_cast<std::int64_t>(id));
  if (!st.executeStep()) return std::nullopt;
  return read_assignment(st);
}

std::vector<Assignment> assignment_list(Database& db, StaffId staff) {
  auto& st = db.prepare(std::string(kAssignmentSelect) + "WHERE a.staff = ? ORDER BY a.start_date, a.id");
  st.bind(1, static_cast<std::int64_t>(staff));
  std::vector<Assignment> out;
  while (st.executeStep()) out.push_back(read_assignment(st));
  return out;
}

std::optional<Assignment> assignment_active(Database& db, StaffId staff) {
  auto& st = db.prepare(std::string(kAssignmentSelect) + "WHERE a.staff = ? AND a.end_date IS NULL");
  st.bind(1, static_cast<std::int64_t>(staff));
  if (!st.executeStep()) return std::nullopt;
  return read_assignment(st);
}

std::optional<Date> assignment_last_end(Database& db, StaffId staff) {
  auto& st = db.prepare("SELECT max(end_date) FROM assignment WHERE staff = ?");
  st.bind(1, static_cast<std::int64_t>(staff));
  st.executeStep();
  if (st.getColumn(0).isNull()) return std::nullopt;
  return date_from_text(st.getColumn(0).getString());
}

}  // namespace bangfu::store
