#include "synth.hpp"

#include <array>
#include <cstdio>
#include <fstream>
#include <limits>
#include <stdexcept>
#include <string_view>
#include <unordered_set>

#include "bangfu/id_number.hpp"

namespace bangfu::bench {

std::int64_t Rng::uniform(std::int64_t lo, std::int64_t hi) {
  if (hi < lo) throw std::invalid_argument("Rng::uniform: empty range");
  const std::uint64_t range = static_cast<std::uint64_t>(hi) - static_cast<std::uint64_t>(lo) + 1;  // 0 = all 2^64
  if (range == 0) return static_cast<std::int64_t>(draw64());
  std::uint64_t r = 0;
  if (range <= (std::uint64_t{1} << 32)) {
    // Accept draws below the largest multiple of `range` that fits in 2^32.
    const std::uint64_t span = std::uint64_t{1} << 32;
    const std::uint64_t limit = span - span % range;
    do r = gen_(); while (r >= limit);
  } else {
    const std::uint64_t limit = std::numeric_limits<std::uint64_t>::max() -
                                std::numeric_limits<std::uint64_t>::max() % range;
    do r = draw64(); while (r >= limit);
  }
  return static_cast<std::int64_t>(static_cast<std::uint64_t>(lo) + r % range);
}

namespace {

// Days since 1970-01-01 <-> civil date (H. Hinnant's algorithms), to draw dates uniformly.
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

struct Civil {
  int y;
  unsigned m, d;
};

Civil civil_from_days(std::int64_t z) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {static_cast<int>(y + (m <= 2)), m, d};
}

std::string iso_date(std::int64_t days) {
  auto c = civil_from_days(days);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", c.y, c.m, c.d);
  return buf;
}

std::string compact_date(std::int64_t days) {
  auto c = civil_from_days(days);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d%02u%02u", c.y, c.m, c.d);
  return buf;
}

std::string pad(std::int64_t v, int width) {
  std::string s = std::to_string(v);
  if (static_cast<int>(s.size()) < width) s.insert(0, static_cast<std::size_t>(width) - s.size(), '0');
  return s;
}

// One CSV field; quoted only when it has to be.
void field(std::string& out, std::string_view v) {
  if (v.find_first_of(",\"\r\n") == std::string_view::npos) {
    out.append(v);
    return;
  }
  out.push_back('"');
  for (char c : v) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
}

class CsvOut {
 public:
  explicit CsvOut(const std::string& path) : path_(path), f_(std::fopen(path.c_str(), "wb")) {
    if (!f_) throw std::runtime_error("cannot write " + path);
  }
  ~CsvOut() {
    if (f_) std::fclose(f_);
  }
  CsvOut(const CsvOut&) = delete;
  CsvOut& operator=(const CsvOut&) = delete;
  void row(std::initializer_list<std::string_view> fields) {
    bool first = true;
    for (auto v : fields) {
      if (!first) buf_.push_back(',');
      first = false;
      field(buf_, v);
    }
    buf_.push_back('\n');
    if (buf_.size() > (1u << 20)) flush();
  }
  void close() {
    flush();
    if (std::fclose(f_) != 0) {
      f_ = nullptr;
      throw std::runtime_error("cannot write " + path_);
    }
    f_ = nullptr;
  }

 private:
  void flush() {
    if (!buf_.empty() && std::fwrite(buf_.data(), 1, buf_.size(), f_) != buf_.size())
      throw std::runtime_error("cannot write " + path_);
    buf_.clear();
  }
  std::string path_;
  std::FILE* f_;
  std::string buf_;
};

bool starts_with_any(const std::string& code, std::initializer_list<const char*> prefixes) {
  for (const char* p : prefixes)
    if (code.compare(0, 2, p) == 0) return true;
  return false;
}

bool starts_with_any(const std::string& code, const std::vector<std::string>& prefixes) {
  for (const auto& p : prefixes)
    if (code.compare(0, 2, p) == 0) return true;
  return false;
}

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// `count` picks spread evenly over `from` (by index); past its end, the cycle repeats and
// `round` (0, 1, ...) tells the caller to vary the hospital's name.
struct Pick {
  const County* county;
  std::size_t round;
};
std::vector<Pick> spread(const std::vector<County>& from, int count) {
  if (from.empty()) throw std::runtime_error("synth: no counties to place hospitals in");
  std::vector<Pick> out;
  const std::size_t n = from.size();
  const std::size_t c = static_cast<std::size_t>(count);
  for (std::size_t i = 0; i < c; ++i) {
    std::size_t round = i / n, k = i % n;
    std::size_t per_round = std::min(c - round * n, n);
    out.push_back({&from[k * n / per_round], round});
  }
  return out;
}

constexpr std::array<std::string_view, 100> kSurnames = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何",
    "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田",
    "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚",
    "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "付", "方", "白",
    "邹", "孟", "熊", "秦", "邱", "江", "尹", "薛", "闫", "段", "雷", "侯", "龙", "史", "陶", "黎", "贺",
    "顾", "毛", "郝", "龚", "邵", "万", "钱", "严", "覃", "武", "戴", "欧阳", "司马", "诸葛", "上官"};
constexpr std::array<std::string_view, 60> kGiven = {
    "伟", "芳", "娜", "秀", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟",
    "涛", "明", "超", "霞", "平", "刚", "桂", "英", "华", "玉", "萍", "红", "建", "文", "辉",
    "力", "鹏", "宇", "浩", "凯", "晨", "欣", "怡", "佳", "琳", "雪", "梅", "海", "波", "斌",
    "宁", "俊", "峰", "亮", "林", "志", "国", "春", "燕", "晓", "婷", "丹", "蕾", "卫", "东"};
struct Dept {
  std::string_view department, specialty;
};
constexpr std::array<Dept, 14> kDepts = {{{"内科", "心血管内科"}, {"内科", "消化内科"}, {"内科", "呼吸内科"},
                                          {"外科", "普通外科"}, {"外科", "神经外科"}, {"骨科", "创伤骨科"},
                                          {"妇产科", "产科"}, {"儿科", "新生儿科"}, {"急诊科", "急诊医学"},
                                          {"麻醉科", "麻醉学"}, {"医学影像科", "放射诊断"},
                                          {"检验科", "临床检验"}, {"中医科", "中医内科"}, {"护理部", "临床护理"}}};

}  // namespace

std::vector<County> read_counties(const std::string& areas_csv) {
  std::ifstream in(areas_csv);
  if (!in) throw std::runtime_error("cannot read " + areas_csv);
  std::vector<County> out;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    auto c1 = line.find(',');
    if (c1 == std::string::npos) continue;
    auto c2 = line.find(',', c1 + 1);
    std::string name = line.substr(c1 + 1, c2 == std::string::npos ? std::string::npos : c2 - c1 - 1);
    if (name.size() >= 2 && name.front() == '"' && name.back() == '"') name = name.substr(1, name.size() - 2);
    std::string code = line.substr(0, c1);
    if (code.size() == 6) out.push_back({code, name});
  }
  return out;
}

SynthFiles write_synthetic(const std::string& dir, const std::string& areas_csv, const SynthOptions& o) {
  Rng rng(o.seed);
  const auto counties = read_counties(areas_csv);
  // The programme sends doctors from the east to the west: support hospitals in eastern city
  // districts, recipient hospitals in western counties (县/旗).
  std::vector<County> east, west;
  for (const auto& c : counties) {
    if (starts_with_any(c.code, {"11", "12", "31", "32", "33", "35", "37", "44"}) && ends_with(c.name, "区"))
      east.push_back(c);
    bool recipient_province =
        o.recipient_provinces.empty()
            ? starts_with_any(c.code, {"15", "45", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65"})
            : starts_with_any(c.code, o.recipient_provinces);
    if (recipient_province && (ends_with(c.name, "县") || ends_with(c.name, "旗"))) west.push_back(c);
  }

  SynthFiles files;
  files.units_csv = dir + "/units.csv";
  files.staff_csv = dir + "/staff.csv";

  struct UnitRow {
    std::string code, county;
  };
  std::vector<UnitRow> support, recipient;
  {
    CsvOut u(files.units_csv);
    u.row({"code", "kind", "name", "region_code", "address", "grade"});
    constexpr std::array<std::string_view, 4> kSupportNames = {"人民医院", "第一人民医院", "中医院", "妇幼保健院"};
    int i = 0;
    for (auto [county, round] : spread(east, o.support_hospitals)) {
      std::string code = "12" + county->code + "MA" + pad(++i, 8);
      std::string name = county->name + std::string(kSupportNames[round % kSupportNames.size()]) +
                         (round >= kSupportNames.size() ? std::to_string(round) : std::string());
      u.row({code, "support_hospital", name, county->code, county->name + "医院路1号", "三级甲等"});
      support.push_back({code, county->code});
    }
    constexpr std::array<std::string_view, 3> kRecipientNames = {"人民医院", "中医医院", "妇幼保健院"};
    for (auto [county, round] : spread(west, o.recipient_hospitals)) {
      std::string code = "12" + county->code + "MB" + pad(++i, 8);
      std::string name = county->name + std::string(kRecipientNames[round % kRecipientNames.size()]) +
                         (round >= kRecipientNames.size() ? std::to_string(round) : std::string());
      u.row({code, "recipient_hospital", name, county->code, county->name + "城关镇", "二级甲等"});
      recipient.push_back({code, county->code});
    }
    u.close();
    files.units = static_cast<std::int64_t>(support.size() + recipient.size());
  }

  const std::int64_t birth_lo = days_from_civil(1962, 1, 1), birth_hi = days_from_civil(1996, 12, 31);
  const std::int64_t start_lo = days_from_civil(2016, 1, 1), start_hi = days_from_civil(2025, 12, 31);
  std::unordered_set<std::string> used;
  used.reserve(static_cast<std::size_t>(o.staff_rows) * 2);
  CsvOut s(files.staff_csv);
  s.row({"name", "id_number", "title", "position", "department", "specialty", "phone", "home_unit_code",
         "recipient_unit_code", "start_date", "planned_end_date"});
  std::string name, id, phone;
  for (std::int64_t row = 0; row < o.staff_rows; ++row) {
    const UnitRow& home = rng.pick(support);
    name.assign(kSurnames[static_cast<std::size_t>(rng.uniform(0, kSurnames.size() - 1))]);
    for (int k = rng.percent(70) ? 2 : 1; k > 0; --k) name.append(kGiven[static_cast<std::size_t>(rng.uniform(0, kGiven.size() - 1))]);
    // ID: where the doctor was born (mostly near the home hospital), birth date, sequence.
    do {
      id = rng.percent(70) ? home.county : rng.pick(counties).code;
      id += compact_date(rng.uniform(birth_lo, birth_hi));
      id += pad(rng.uniform(0, 999), 3);
    } while (!used.insert(id).second);
    id.push_back(bangfu::id_number_check_char(id));
    int t = static_cast<int>(rng.uniform(0, 99));
    std::string_view title = t < 10 ? "初级" : t < 50 ? "中级" : t < 85 ? "副高" : "正高";
    int p = static_cast<int>(rng.uniform(0, 99));
    std::string_view position = p < 80 ? "其他" : p < 95 ? "临床科室负责人" : "行政部门负责人";
    const Dept& dept = kDepts[static_cast<std::size_t>(rng.uniform(0, kDepts.size() - 1))];
    phone = "1" + std::to_string(rng.uniform(3, 9)) + pad(rng.uniform(0, 999999999), 9);
    if (rng.percent(o.assigned_percent)) {
      std::int64_t start = rng.uniform(start_lo, start_hi);
      std::int64_t planned = start + (rng.percent(50) ? 182 : 365);
      s.row({name, id, title, position, dept.department, dept.specialty, phone, home.code, rng.pick(recipient).code,
             iso_date(start), iso_date(planned)});
      ++files.assignments;
    } else {
      s.row({name, id, title, position, dept.department, dept.specialty, phone, home.code, "", "", ""});
    }
  }
  s.close();
  files.staff = o.staff_rows;
  return files;
}

}  // namespace bangfu::bench
