// bangfu staff show: one support staff member (支援人员) and their assignments (派驻).
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>

#include "context.hpp"
#include "output.hpp"

namespace bangfu::cli {

void add_staff_command(CLI::App& app, Context& ctx) {
  auto* staff = app.add_subcommand("staff", "Support staff (支援人员)");
  staff->require_subcommand(1);

  struct ShowArgs {
    std::optional<StaffId> id;
    std::string id_number;
  };
  auto show = std::make_shared<ShowArgs>();
  auto* show_cmd = staff->add_subcommand("show", "Show a staff member and their assignments, by id or by --id-number");
  auto* id_opt = show_cmd->add_option("ID", show->id, "staff id");
  auto* number_opt = show_cmd->add_option("--id-number", show->id_number, "the resident ID number (身份证号)");
  id_opt->excludes(number_opt);
  show_cmd->callback([&ctx, show] {
    Engine& e = ctx.engine();
    Staff s;
    if (show->id) {
      s = e.staff(ctx.actor, *show->id);
    } else {
      if (show->id_number.empty()) throw_invalid("ID", "", "give a staff id or --id-number");
      auto found = e.staff_by_id_number(ctx.actor, show->id_number);
      if (!found) throw_not_found("staff with id_number", mask_id_number(show->id_number));
      s = *found;
    }
    print_fields(std::cout, {
                                {"ID", std::to_string(s.id)},
                                {"姓名 name", s.name},
                                {"身份证号 id number", s.id_number},
                                {"性别 sex", sex_label(s.sex)},
                                {"出生日期 birth date", date_text(s.birth_date)},
                                {"职称 title", title_label(s.title)},
                                {"职务 position", s.position},
                                {"科室 department", s.department},
                                {"专业 specialty", s.specialty},
                                {"电话 phone", s.phone},
                                {"派出单位 home unit", std::to_string(s.home_unit) + " " + s.home_unit_name},
                            });
    auto assignments = e.assignments(ctx.actor, s.id);
    std::cout << "\n派驻 assignments (" << assignments.size() << ")\n";
    if (assignments.empty()) return;
    TextTable t;
    t.headers = {"ID", "派驻县级医院", "派驻日期", "计划结束", "实际结束", "考核", "状态"};
    t.align = {Align::right};
    for (auto& a : assignments)
      t.add({std::to_string(a.id), a.recipient_name, date_text(a.start), a.planned_end ? date_text(*a.planned_end) : "",
             a.ended ? date_text(a.ended->end) : "", a.ended ? a.ended->evaluation : "", a.ended ? "已结束" : "在岗"});
    print_table(std::cout, t);
    for (auto& a : assignments)
      if (a.ended && !a.ended->summary.empty())
        std::cout << "assignment " << a.id << " 工作总结: " << a.ended->summary << "\n";
  });
}

}  // namespace bangfu::cli
