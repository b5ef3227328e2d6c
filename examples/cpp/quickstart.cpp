// bangfu from C++: open a database, set up a pairing, dispatch a doctor, print the staff
// information summary as a county health official would see it.
#include <bangfu/bangfu.hpp>
#include <boost/date_time/gregorian/gregorian.hpp>
#include <iostream>

int main() {
  using namespace bangfu;
  using boost::gregorian::date;
  auto engine = Engine::open(":memory:");  // or a file path: WAL, one transaction per command

  // Reference data ships with the library: 31 provinces down to 41 351 townships.
  std::cout << engine->region(513435).path << "\n";  // 四川省/凉山彝族自治州/甘洛县

  // The host sets up the organisation as the explicit system actor.
  NewUnit support{"WCH", UnitKind::support_hospital, "四川大学华西医院", 510107, "成都市武侯区国学巷37号", "三级甲等", {}, {}};
  NewUnit recipient{"GL-RMYY", UnitKind::recipient_hospital, "甘洛县人民医院", 513435, "甘洛县新市坝镇", "二级甲等",
                    GeoPoint{28.96, 102.77}, {}};
  UnitId huaxi = engine->add_unit(kSystemActor, support);
  UnitId ganluo = engine->add_unit(kSystemActor, recipient);
  engine->add_pairing(kSystemActor, {huaxi, ganluo, date(2021, 1, 1), std::nullopt});

  // Accounts: the county admin sees what is dispatched into 甘洛县, nothing else.
  NewAccount county;
  county.name = "甘洛县卫健局";
  county.roles = {Role::recipient_county_admin};
  county.scope = Scope::of_region(513435);
  AccountId official = engine->create_account(kSystemActor, county);

  NewStaff doctor;
  doctor.name = "何秦";
  doctor.id_number = "11010519491231002X";  // validated: GB 11643 check digit
  doctor.title = Title::senior;
  doctor.position = "临床科室负责人";
  doctor.home_unit = huaxi;
  StaffId id = engine->add_staff(kSystemActor, doctor);
  engine->start_assignment(kSystemActor, {id, ganluo, date(2026, 3, 1), date(2027, 2, 28)});

  try {  // a second active assignment is refused, and nothing is written
    engine->start_assignment(kSystemActor, {id, ganluo, date(2026, 4, 1), std::nullopt});
  } catch (const Error& e) {
    std::cout << error_code_name(e.code()) << ": " << e.what() << "\n";
  }

  Table summary = engine->staff_summary(official);  // ID numbers masked for a county admin
  for (auto& row : summary.rows)
    std::cout << std::get<std::string>(row[summary.column_index("name")]) << " | "
              << std::get<std::string>(row[summary.column_index("id_number")]) << " | "
              << std::get<std::string>(row[summary.column_index("recipient_unit")]) << "\n";
  engine->export_staff_summary(official, {}, ExportFormat::xlsx, "staff_summary.xlsx");
  return 0;
}
