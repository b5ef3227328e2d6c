#include "demo/demo_attendance.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>
#include <boost/date_time/posix_time/posix_time.hpp>
#include <cmath>
#include <map>

namespace bangfu::demo {
namespace {

using boost::gregorian::date_duration;

const char* const kMakeupReasons[] = {"忘记打卡", "手机没电，未能打卡", "出外勤（下乡义诊）", "打卡时网络故障"};
const char* const kLeaveReasons[] = {"家中有事", "身体不适，需就医", "回派出单位参加培训考核", "子女入学"};

// A few hospitals start later or refuse unapproved field punches, so the rules differ.
AttendanceRule rule_for(Rng& rng) {
  AttendanceRule r;
  r.name = "默认考勤规则";
  r.on_duty = rng.percent(70) ? 8 * 60 : 8 * 60 + 30;
  r.grace = rng.percent(50) ? 5 : 10;
  r.field_policy = rng.percent(25) ? FieldPolicy::require_approval : FieldPolicy::flag;
  return r;
}

// About 300 m east per 0.003° of longitude at these latitudes: far enough to be 外勤.
GeoPoint nearby(Rng& rng, const GeoPoint& site, bool far) {
  double spread = far ? 0.03 : 0.0012;
  double dx = (static_cast<int>(rng.below(2001)) - 1000) / 1000.0 * spread;
  double dy = (static_cast<int>(rng.below(2001)) - 1000) / 1000.0 * spread;
  if (far && std::abs(dx) < 0.01) dx = dx < 0 ? -0.012 : 0.012;
  return {site.latitude + dy, site.longitude + dx};
}

}  // namespace

void add_attendance(Engine& e, Rng& rng, const std::vector<Hospital>& hospitals,
                    const std::vector<Attendee>& people, Date today, DemoSummary& summary) {
  std::map<UnitId, AttendanceRule> rules;
  std::map<UnitId, GeoPoint> sites;
  for (const auto& h : hospitals) {
    NewAttendanceGroup g;
    g.unit = h.id;
    g.name = "支援人员考勤组";
    g.rule = rule_for(rng);
    e.add_attendance_group(h.admin, g);
    rules[h.id] = g.rule;
    sites[h.id] = h.location;
  }
  // From the first of last month, so that last month's statistics are complete.
  // Days of a year without calendar data (a notice not loaded yet) get no punches: whether
  // they were workdays is unknown, and the engine refuses to guess.
  auto national = e.calendar();
  Date last_month = today - boost::gregorian::months(1);
  Date first(last_month.year(), last_month.month(), 1);
  for (const auto& a : people) {
    const auto& rule = rules.at(a.hospital);
    Date from = std::max(first, a.start);
    std::vector<Date> missed;
    for (Date d = from; d < today; d += date_duration(1)) {
      if (!national.covers(d.year()) || !e.is_workday(d, a.hospital)) continue;
      // on time, late, serious late, missing, field, 旷工 (more than an hour late)
      std::size_t kind = rng.weighted({84, 6, 2, 5, 3, 1});
      if (kind == 3) {
        missed.push_back(d);
        continue;
      }
      int minute = rule.on_duty - rng.between(2, 35);
      if (kind == 1) minute = rule.on_duty + rule.grace + rng.between(1, 20);
      if (kind == 2) minute = rule.on_duty + rng.between(30, 55);
      if (kind == 5) minute = rule.on_duty + rng.between(65, 150);
      NewPunch p;
      p.staff = a.staff;
      p.at = cst_instant(d, minute) + boost::posix_time::seconds(rng.between(0, 59));
      p.location = nearby(rng, sites.at(a.hospital), kind == 4);
      p.source = a.account == kSystemActor ? "punch-machine" : "dingtalk";
      // The mini-app backend (the host) replays the days' punches: the system actor may
      // record past ones, a staff account only as they happen.
      auto punch = e.record_punch(kSystemActor, p);
      ++summary.punches;
      if (punch.check == PunchCheck::field_pending) {
        // The hospital decides on most field punches; a few still wait.
        auto waiting = e.requests(a.hospital_admin);
        for (const auto& r : waiting)
          if (r.punch == punch.id && !rng.percent(15))
            e.act_on_request(a.hospital_admin, r.id,
                             rng.percent(85) ? RequestAction::approve : RequestAction::reject,
                             "外勤地点与工作安排不符");
      }
    }
    if (a.account == kSystemActor) continue;  // requests are filed from the staff member's own account
    // Make-ups for some of the missed days, inside the look-back and the monthly quota.
    for (Date d : missed) {
      if ((today - d).days() > rule.makeup.days_back || !rng.percent(60)) continue;
      auto quota = e.makeup_quota(a.account, a.staff, d);
      if (quota.used >= quota.allowed) continue;
      MakeupRequest m;
      m.day = d;
      m.minute = rule.on_duty - 10;
      m.reason = kMakeupReasons[rng.below(4)];
      auto r = e.submit_makeup(a.account, m);
      ++summary.requests;
      std::size_t outcome = rng.weighted({75, 10, 15});  // approved, rejected, still pending
      if (outcome == 0) e.act_on_request(a.hospital_admin, r.id, RequestAction::approve);
      if (outcome == 1) e.act_on_request(a.hospital_admin, r.id, RequestAction::reject, "当日未见到岗记录");
    }
    // One in eight takes leave; long leave also goes to the home hospital.
    if (rng.percent(12)) {
      Date start = today - date_duration(rng.between(3, 30));
      if (start < a.start || !national.covers(start.year())) continue;
      LeaveRequest l;
      static const LeaveType kTypes[] = {LeaveType::personal, LeaveType::sick, LeaveType::annual,
                                         LeaveType::family_visit};
      l.type = kTypes[rng.weighted({40, 35, 15, 10})];
      l.span.first = start;
      l.span.last = start + date_duration(rng.percent(70) ? 0 : rng.between(1, 6));
      if (rng.percent(20)) l.span.last_half = HalfDay::am;
      l.reason = kLeaveReasons[rng.below(4)];
      try {
        auto r = e.submit_leave(a.account, l);
        ++summary.requests;
        if (r.state == RequestState::pending && rng.percent(90)) {
          r = e.act_on_request(a.hospital_admin, r.id, RequestAction::approve);
          if (r.state == RequestState::pending) e.act_on_request(a.home_admin, r.id, RequestAction::approve);
        }
      } catch (const Error& err) {
        // A span with no workday (all holiday), or reaching into a year without calendar
        // data, is refused; the demo just skips it.
        if (err.code() != ErrorCode::invalid_argument && err.code() != ErrorCode::conflict &&
            err.code() != ErrorCode::not_found)
          throw;
      }
    }
  }
}

}  // namespace bangfu::demo
