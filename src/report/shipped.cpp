// The two templates bangfu ships (DOMAIN.md A4). The seed does not list their fields; these
// are what such forms plausibly ask, with bounds wide enough for a busy county hospital and
// narrow enough to catch a typed extra zero. Hosts add fields in later versions.
#include "bangfu/report.hpp"

namespace bangfu {
namespace {

ReportField count(std::string key, std::string label, std::string unit, std::string max, std::string help,
                  bool required = false) {
  ReportField f;
  f.key = std::move(key);
  f.label = std::move(label);
  f.type = FieldType::integer;
  f.unit = std::move(unit);
  f.required = required;
  f.max = std::move(max);
  f.help = std::move(help);
  return f;
}

ReportField with_source(ReportField f, std::string source) {
  f.source = std::move(source);
  return f;
}

ReportField summary(std::string label, std::string help) {
  ReportField f;
  f.key = "summary";
  f.label = std::move(label);
  f.type = FieldType::text;
  f.max = "2000";
  f.aggregate = FieldAggregate::none;
  f.help = std::move(help);
  return f;
}

ReportTemplate monthly_workload() {
  ReportTemplate t;
  t.key = "monthly_workload";
  t.title = "支援人员工作量月报";
  t.subject = ReportSubject::staff;
  t.period_type = PeriodType::month;
  t.deadline = {1, 15};
  t.version = 1;
  t.shipped = true;

  ReportField leave;
  leave.key = "leave_days";
  leave.label = "请假天数";
  leave.type = FieldType::decimal;
  leave.unit = "天";
  leave.max = "31";
  leave.scale = 1;
  leave.source = "attendance.leave_days";
  leave.help = "本月请假天数，半天记 0.5；由考勤统计预填";

  ReportField grade34 = count("grade34_operations", "其中三四级手术台次", "台", "500", "手术台次中的三、四级手术");
  grade34.part_of = "operations";

  t.fields = {
      with_source(count("required_days", "应出勤天数", "天", "31", "本月派驻期内的工作日；由考勤统计预填", true),
                  "attendance.required_days"),
      with_source(count("attended_days", "出勤天数", "天", "31", "本月实际出勤天数；由考勤统计预填", true),
                  "attendance.attended_days"),
      leave,
      with_source(count("absent_days", "旷工天数", "天", "31", "由考勤统计预填"), "attendance.absent_days"),
      count("outpatient_visits", "门急诊人次", "人次", "5000", "本人接诊的门诊和急诊人次", true),
      count("inpatients", "住院诊疗人次", "人次", "3000", "本人主管或参与诊疗的住院患者人次", true),
      count("operations", "手术台次", "台", "500", "本人主刀或参与的手术台次", true),
      grade34,
      count("teaching_rounds", "教学查房次数", "次", "100", "带教受援医院医师的查房次数"),
      count("lectures", "专题讲座/培训次数", "次", "100", "举办的专题讲座和业务培训次数"),
      count("trainees", "培训人次", "人次", "5000", "讲座和培训的受训人次合计"),
      count("consultations", "会诊次数", "次", "500", "院内外会诊和疑难病例讨论次数"),
      count("new_techniques", "新技术新项目数", "项", "50", "本月在受援医院开展的新技术、新项目"),
      summary("工作小结", "本月工作的简要小结，2000 字以内"),
  };
  return t;
}

ReportTemplate annual_effectiveness() {
  ReportTemplate t;
  t.key = "annual_effectiveness";
  t.title = "受援医院帮扶成效年报";
  t.subject = ReportSubject::hospital;
  t.period_type = PeriodType::year;
  t.deadline = {11, 5};
  t.version = 1;
  t.shipped = true;

  ReportField retention;
  retention.key = "county_retention_rate";
  retention.label = "县域内就诊率";
  retention.type = FieldType::decimal;
  retention.unit = "%";
  retention.required = true;
  retention.min = "0";
  retention.max = "100";
  retention.scale = 1;
  retention.aggregate = FieldAggregate::average;
  retention.help = "县域内就诊人次占县域居民就诊总人次的百分比，如 90.5";

  t.fields = {
      with_source(count("staff_count", "派驻人数", "人", "1000", "年内在本院派驻过的支援人员；自动统计"),
                  "staff.on_assignment"),
      with_source(count("staff_outpatient_visits", "帮扶人员门急诊人次", "人次", "1000000",
                        "帮扶人员全年门急诊人次；由工作量月报汇总"),
                  "monthly.outpatient_visits"),
      with_source(count("staff_operations", "帮扶人员手术台次", "台", "100000", "帮扶人员全年手术台次；由工作量月报汇总"),
                  "monthly.operations"),
      count("new_specialties", "新建临床专科数", "个", "100", "帮扶下新建的临床专科", true),
      count("new_techniques", "新技术新项目数", "项", "500", "全院年内开展的新技术、新项目", true),
      count("outpatient_visits", "门急诊人次", "人次", "10000000", "全院全年门急诊人次", true),
      count("discharges", "出院人次", "人次", "1000000", "全院全年出院人次", true),
      count("grade34_operations", "三四级手术台次", "台", "500000", "全院全年三、四级手术台次", true),
      retention,
      count("trainees", "培训人次", "人次", "100000", "帮扶人员培训本院人员的人次"),
      summary("帮扶成效总结", "年度帮扶成效的简要总结，2000 字以内"),
  };
  return t;
}

}  // namespace

const std::vector<ReportTemplate>& shipped_report_templates() {
  static const std::vector<ReportTemplate> all{monthly_workload(), annual_effectiveness()};
  return all;
}

}  // namespace bangfu
