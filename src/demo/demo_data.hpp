// Reference lists for the demonstration programme: the hospitals (real names, real region
// codes of NBS 2022, approximate coordinates of their sites), the pairings between them, and
// the name and department lists the staff are drawn from. Street addresses are plausible,
// not checked; nothing here is used outside build_demo.
#pragma once

#include <array>

namespace bangfu::demo_data {

// A tertiary hospital that sends doctors (支援医院). `county` is the 6-digit district code.
struct SupportHospital {
  const char* key;      // short key used by the pairing table
  const char* name;
  int county;
  const char* street;   // appended to the region path to form the address
  double lat, lon;
  bool tcm;             // 中医院: departments are drawn from the TCM list
};

inline constexpr std::array<SupportHospital, 28> kSupportHospitals{{
    // 四川 (成都, 绵阳, 泸州, 南充, 达州)
    {"hx", "四川大学华西医院", 510107, "国学巷37号", 30.6424, 104.0637, false},
    {"scph", "四川省人民医院", 510105, "一环路西二段32号", 30.6635, 104.0402, false},
    {"cd3", "成都市第三人民医院", 510105, "青龙街82号", 30.6723, 104.0661, false},
    {"my3", "绵阳市第三人民医院", 510704, "剑南路东段190号", 31.4682, 104.7651, false},
    {"xnyk", "西南医科大学附属医院", 510502, "太平街25号", 28.8893, 105.4428, false},
    {"cbyx", "川北医学院附属医院", 511302, "文化路63号", 30.7962, 106.0803, false},
    {"ncxz", "南充市中心医院", 511302, "人民南路97号", 30.7897, 106.0829, false},
    {"dzzx", "达州市中心医院", 511702, "南岳庙街56号", 31.2152, 107.4981, false},
    // 重庆
    {"cqy1", "重庆医科大学附属第一医院", 500103, "袁家岗友谊路1号", 29.5432, 106.5157, false},
    {"cqy2", "重庆医科大学附属第二医院", 500103, "临江路76号", 29.5594, 106.5705, false},
    {"cqzy", "重庆市中医院", 500103, "道门口6号", 29.5613, 106.5782, true},
    {"sx", "重庆大学附属三峡医院", 500101, "新城路165号", 30.8063, 108.3897, false},
    // 浙江
    {"zy1", "浙江大学医学院附属第一医院", 330102, "庆春路79号", 30.2569, 120.1772, false},
    {"zy2", "浙江大学医学院附属第二医院", 330102, "解放路88号", 30.2531, 120.1731, false},
    {"zjph", "浙江省人民医院", 330105, "上塘路158号", 30.2917, 120.1624, false},
    {"syf", "浙江大学医学院附属邵逸夫医院", 330102, "庆春东路3号", 30.2632, 120.2031, false},
    {"nb1", "宁波市第一医院", 330203, "柳汀街59号", 29.8692, 121.5450, false},
    {"wy1", "温州医科大学附属第一医院", 330304, "南白象街道上蔡村", 27.9641, 120.6932, false},
    // 北京
    {"xh", "北京协和医院", 110101, "帅府园1号", 39.9120, 116.4172, false},
    {"bd1", "北京大学第一医院", 110102, "西什库大街8号", 39.9268, 116.3793, false},
    {"zr", "中日友好医院", 110105, "樱花园东街2号", 39.9731, 116.4229, false},
    {"tt", "首都医科大学附属北京天坛医院", 110106, "南四环西路119号", 39.8271, 116.2823, false},
    // 上海
    {"zs", "复旦大学附属中山医院", 310104, "枫林路180号", 31.1995, 121.4543, false},
    {"rj", "上海交通大学医学院附属瑞金医院", 310101, "瑞金二路197号", 31.2127, 121.4689, false},
    {"hs", "复旦大学附属华山医院", 310106, "乌鲁木齐中路12号", 31.2163, 121.4409, false},
    // 广东
    {"zsy1", "中山大学附属第一医院", 440104, "中山二路58号", 23.1303, 113.2922, false},
    {"gdph", "广东省人民医院", 440104, "中山二路106号", 23.1271, 113.2889, false},
    {"szph", "深圳市人民医院", 440303, "东门北路1017号", 22.5561, 114.1236, false},
}};

// A county hospital in a poverty county (受援医院).
struct RecipientHospital {
  const char* key;
  const char* name;
  int county;
  const char* street;
  double lat, lon;
  const char* grade;
};

inline constexpr std::array<RecipientHospital, 44> kRecipientHospitals{{
    // 四川: 凉山州
    {"ganluo", "甘洛县人民医院", 513435, "新市坝镇团结南路", 28.9663, 102.7714, "二级甲等"},
    {"meigu", "美姑县人民医院", 513436, "巴普镇新桥街", 28.3281, 103.1318, "二级甲等"},
    {"zhaojue", "昭觉县人民医院", 513431, "新城镇南坪街", 28.0112, 102.8403, "二级甲等"},
    {"zhaojue_tcm", "昭觉县中医医院", 513431, "新城镇解放路", 28.0146, 102.8451, "二级乙等"},
    {"butuo", "布拖县人民医院", 513429, "特木里镇交际河路", 27.7063, 102.8119, "二级甲等"},
    {"yuexi", "越西县人民医院", 513434, "越城镇北街", 28.6393, 102.5078, "二级甲等"},
    {"jinyang", "金阳县人民医院", 513430, "天地坝镇城南路", 27.6962, 103.2483, "二级甲等"},
    // 四川: 广元, 巴中, 达州
    {"qingchuan", "青川县人民医院", 510822, "乔庄镇青竹街", 32.5862, 105.2383, "二级甲等"},
    {"wangcang", "旺苍县人民医院", 510821, "东河镇红军路", 32.2290, 106.2897, "二级甲等"},
    {"nanjiang", "南江县人民医院", 511922, "南江镇朝阳路", 32.3462, 106.8281, "三级乙等"},
    {"nanjiang_tcm", "南江县中医医院", 511922, "南江镇光雾山大道", 32.3528, 106.8334, "二级甲等"},
    {"xuanhan", "宣汉县人民医院", 511722, "东乡街道西街", 31.3541, 107.7272, "三级乙等"},
    {"xuanhan_tcm", "宣汉县中医院", 511722, "东乡街道解放路", 31.3517, 107.7219, "二级甲等"},
    // 四川: 阿坝州
    {"jinchuan", "金川县人民医院", 513226, "金川镇新街", 31.4762, 102.0637, "二级甲等"},
    {"xiaojin", "小金县人民医院", 513227, "美兴镇新桥路", 30.9992, 102.3631, "二级乙等"},
    // 重庆
    {"chengkou", "城口县人民医院", 500229, "葛城街道北大街", 31.9483, 108.6642, "二级甲等"},
    {"chengkou_tcm", "城口县中医医院", 500229, "葛城街道南大街", 31.9451, 108.6610, "二级甲等"},
    {"wushan", "巫山县人民医院", 500237, "高唐街道广东中路", 31.0748, 109.8792, "二级甲等"},
    {"fengjie", "奉节县人民医院", 500236, "永安街道白帝路", 31.0183, 109.4641, "三级乙等"},
    {"fengjie_tcm", "奉节县中医院", 500236, "永安街道诗城路", 31.0207, 109.4713, "二级甲等"},
    {"wuxi", "巫溪县人民医院", 500238, "柏杨街道马镇坝", 31.3993, 109.6312, "二级甲等"},
    {"youyang", "酉阳土家族苗族自治县人民医院", 500242, "桃花源街道钟多大道", 28.8412, 108.7671, "二级甲等"},
    // 贵州
    {"weining", "威宁彝族回族苗族自治县人民医院", 520526, "草海镇建设西路", 26.8731, 104.2793, "二级甲等"},
    {"weining_tcm", "威宁彝族回族苗族自治县中医医院", 520526, "草海镇民族路", 26.8697, 104.2852, "二级甲等"},
    {"nayong", "纳雍县人民医院", 520525, "雍熙街道新街", 26.7771, 105.3829, "二级甲等"},
    {"hezhang", "赫章县人民医院", 520527, "白果街道环城路", 27.1232, 104.7271, "二级甲等"},
    {"congjiang", "从江县人民医院", 522633, "丙妹镇江东路", 25.7541, 108.9052, "二级甲等"},
    {"rongjiang", "榕江县人民医院", 522632, "古州镇古州中路", 25.9312, 108.5213, "二级甲等"},
    {"wangmo", "望谟县人民医院", 522326, "王母街道复兴路", 25.1782, 106.0921, "二级甲等"},
    {"yanhe", "沿河土家族自治县人民医院", 520627, "和平街道团结路", 28.5631, 108.4962, "二级甲等"},
    // 云南
    {"zhenxiong", "镇雄县人民医院", 530627, "乌峰街道南大街", 27.4413, 104.8731, "二级甲等"},
    {"huize", "会泽县人民医院", 530326, "金钟街道东直街", 26.4171, 103.2972, "二级甲等"},
    {"huize_tcm", "会泽县中医医院", 530326, "金钟街道西直街", 26.4143, 103.2918, "二级甲等"},
    {"lancang", "澜沧拉祜族自治县第一人民医院", 530828, "勐朗镇城北路", 22.5561, 99.9322, "二级甲等"},
    {"fugong", "福贡县人民医院", 533323, "上帕镇新城路", 26.9021, 98.8692, "二级乙等"},
    {"ninglang", "宁蒗彝族自治县人民医院", 530724, "大兴镇城中路", 27.2823, 100.8521, "二级甲等"},
    {"guangnan", "广南县人民医院", 532627, "莲城镇北京路", 24.0462, 105.0551, "二级甲等"},
    // 甘肃
    {"dongxiang", "东乡族自治县人民医院", 622926, "锁南镇东塬路", 35.6641, 103.3892, "二级甲等"},
    {"tanchang", "宕昌县人民医院", 621223, "城关镇南街", 34.0472, 104.3931, "二级甲等"},
    {"minxian", "岷县人民医院", 621126, "岷阳镇和平路", 34.4382, 104.0362, "二级甲等"},
    {"minxian_tcm", "岷县中医院", 621126, "岷阳镇西大街", 34.4351, 104.0331, "二级甲等"},
    {"lixian", "礼县人民医院", 621226, "城关镇西关街", 34.1892, 105.1781, "二级甲等"},
    {"tongwei", "通渭县人民医院", 621121, "平襄镇西大街", 35.2112, 105.2423, "二级甲等"},
    {"huining", "会宁县人民医院", 620422, "会师镇会师南路", 35.6921, 105.0532, "二级甲等"},
}};

// 对口帮扶关系: support key → recipient key, start, and (for the few that ended) end.
struct PairingRow {
  const char* support;
  const char* recipient;
  const char* start;
  const char* end;  // nullptr while in force
};

inline constexpr std::array<PairingRow, 52> kPairings{{
    {"hx", "ganluo", "2018-03-01", nullptr},
    {"hx", "meigu", "2019-01-15", nullptr},
    {"hx", "qingchuan", "2018-01-10", "2020-12-31"},
    {"scph", "zhaojue", "2018-05-01", nullptr},
    {"scph", "butuo", "2018-05-01", nullptr},
    {"scph", "yuexi", "2018-03-20", "2021-06-30"},
    {"cd3", "yuexi", "2021-07-01", nullptr},
    {"cd3", "zhaojue_tcm", "2019-09-01", nullptr},
    {"my3", "qingchuan", "2021-01-01", nullptr},
    {"xnyk", "jinyang", "2018-08-01", nullptr},
    {"xnyk", "meigu", "2020-03-01", nullptr},
    {"cbyx", "nanjiang", "2018-04-01", nullptr},
    {"cbyx", "wangcang", "2019-03-01", nullptr},
    {"ncxz", "nanjiang_tcm", "2020-06-01", nullptr},
    {"dzzx", "xuanhan", "2018-02-01", nullptr},
    {"dzzx", "xuanhan_tcm", "2019-02-01", nullptr},
    {"cqy1", "chengkou", "2018-03-01", nullptr},
    {"cqy1", "wuxi", "2019-05-01", nullptr},
    {"cqy2", "wushan", "2018-03-01", nullptr},
    {"cqy2", "youyang", "2018-06-01", "2021-05-31"},
    {"cqzy", "chengkou_tcm", "2018-09-01", nullptr},
    {"cqzy", "fengjie_tcm", "2020-01-01", nullptr},
    {"sx", "fengjie", "2018-04-01", nullptr},
    {"sx", "youyang", "2021-06-01", nullptr},
    {"zy1", "jinchuan", "2018-07-01", nullptr},
    {"zy1", "xiaojin", "2019-07-01", nullptr},
    {"zy2", "rongjiang", "2018-06-01", nullptr},
    {"zy2", "congjiang", "2018-06-01", nullptr},
    {"zjph", "yuexi", "2020-01-01", nullptr},
    {"syf", "jinchuan", "2020-09-01", nullptr},
    {"nb1", "wangmo", "2018-05-01", nullptr},
    {"wy1", "yanhe", "2019-04-01", nullptr},
    {"xh", "ninglang", "2019-01-01", nullptr},
    {"xh", "dongxiang", "2018-03-01", "2021-02-28"},
    {"bd1", "huining", "2018-09-01", nullptr},
    {"bd1", "tongwei", "2019-10-01", nullptr},
    {"zr", "minxian", "2018-06-01", nullptr},
    {"zr", "minxian_tcm", "2021-03-01", nullptr},
    {"zr", "dongxiang", "2021-03-01", nullptr},
    {"tt", "lixian", "2018-10-01", nullptr},
    {"tt", "tanchang", "2019-06-01", nullptr},
    {"zs", "zhenxiong", "2018-04-01", nullptr},
    {"rj", "huize", "2018-05-01", nullptr},
    {"rj", "huize_tcm", "2020-05-01", nullptr},
    {"hs", "lancang", "2019-02-01", nullptr},
    {"hs", "fugong", "2020-08-01", nullptr},
    {"zsy1", "weining", "2018-03-01", nullptr},
    {"gdph", "nayong", "2018-03-01", nullptr},
    {"gdph", "hezhang", "2018-09-01", nullptr},
    {"szph", "weining_tcm", "2019-03-01", "2022-02-28"},
    {"zsy1", "weining_tcm", "2022-03-01", nullptr},
    {"szph", "guangnan", "2019-03-01", nullptr},
}};

// Health commissions (卫健委) of the provinces in the programme, with their region (6 digits).
struct Commission {
  const char* name;
  int region;
  const char* street;
};

inline constexpr std::array<Commission, 10> kProvinceCommissions{{
    {"国家卫生健康委员会医政医管局", 110102, "西直门外南路1号"},
    {"四川省卫生健康委员会", 510105, "上汪家拐街39号"},
    {"重庆市卫生健康委员会", 500112, "旗山路258号"},
    {"贵州省卫生健康委员会", 520103, "中华北路242号"},
    {"云南省卫生健康委员会", 530102, "西昌路1号"},
    {"甘肃省卫生健康委员会", 620102, "白银路220号"},
    {"浙江省卫生健康委员会", 330102, "庆春路216号"},
    {"北京市卫生健康委员会", 110112, "运河东大街55号"},
    {"上海市卫生健康委员会", 310115, "世博村路300号"},
    {"广东省卫生健康委员会", 440104, "先烈南路17号"},
}};

// Pinyin abbreviations of the provinces, for login names.
struct ProvinceKey {
  int code;
  const char* key;
};
inline constexpr std::array<ProvinceKey, 9> kProvinceKeys{{
    {11, "bj"}, {31, "sh"}, {33, "zj"}, {44, "gd"}, {50, "cq"}, {51, "sc"}, {52, "gz"}, {53, "yn"}, {62, "gs"},
}};

// ---- people ----

// Common surnames, most frequent first (the first ten are given more weight by the generator).
inline constexpr std::array<const char*, 100> kSurnames{{
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡",
    "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹",
    "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏",
    "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金",
    "石", "廖", "贾", "夏", "韦", "付", "方", "白", "邹", "孟", "熊", "秦", "邱", "江", "尹",
    "薛", "闫", "段", "雷", "侯", "龙", "史", "陶", "黎", "贺", "顾", "毛", "郝", "龚", "邵",
    "万", "钱", "严", "覃", "武", "戴", "莫", "孔", "向", "汤",
}};

inline constexpr std::array<const char*, 48> kMaleChars{{
    "伟", "强", "磊", "军", "洋", "勇", "杰", "涛", "明", "超", "刚", "平", "辉", "鹏", "华", "飞",
    "鑫", "波", "斌", "宇", "浩", "凯", "健", "俊", "帆", "旭", "宁", "龙", "林", "峰", "建", "文",
    "亮", "成", "康", "志", "海", "东", "博", "锐", "毅", "晨", "翔", "昊", "国", "庆", "祥", "松",
}};

inline constexpr std::array<const char*, 40> kFemaleChars{{
    "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "燕", "玲", "婷", "雪", "琳", "颖", "倩", "洁",
    "欣", "梅", "蕾", "莉", "丹", "萍", "红", "琴", "慧", "莹", "露", "瑶", "佳", "璐", "晶", "薇",
    "萱", "岚", "悦", "青", "兰", "春", "秀", "希",
}};

// A department and a specialty typical of it.
struct Department {
  const char* name;
  const char* specialty;
  bool clinical;
};

inline constexpr std::array<Department, 26> kDepartments{{
    {"心血管内科", "冠心病介入治疗", true},
    {"呼吸与危重症医学科", "慢阻肺诊治", true},
    {"消化内科", "消化内镜", true},
    {"神经内科", "脑血管病", true},
    {"肾内科", "血液净化", true},
    {"内分泌科", "糖尿病管理", true},
    {"普外科", "腹腔镜手术", true},
    {"骨科", "创伤骨科", true},
    {"神经外科", "颅脑创伤", true},
    {"泌尿外科", "泌尿系结石微创治疗", true},
    {"胸外科", "胸腔镜手术", true},
    {"妇产科", "高危妊娠管理", true},
    {"儿科", "新生儿救治", true},
    {"麻醉科", "临床麻醉", true},
    {"重症医学科", "重症监护", true},
    {"急诊科", "急危重症救治", true},
    {"眼科", "白内障手术", true},
    {"耳鼻咽喉头颈外科", "鼻内镜手术", true},
    {"感染科", "结核病诊治", true},
    {"康复医学科", "神经康复", true},
    {"放射科", "影像诊断", true},
    {"超声医学科", "超声诊断", true},
    {"检验科", "临床检验", true},
    {"病理科", "病理诊断", true},
    {"医务部", "医疗质量管理", false},
    {"护理部", "护理管理", false},
}};

inline constexpr std::array<Department, 8> kTcmDepartments{{
    {"中医内科", "中医心病", true},
    {"针灸推拿科", "针灸", true},
    {"骨伤科", "中医正骨", true},
    {"中医妇科", "中医妇科", true},
    {"中医儿科", "小儿推拿", true},
    {"脾胃病科", "中医脾胃病", true},
    {"治未病中心", "中医体质辨识", true},
    {"医务部", "医疗质量管理", false},
}};

// Prefixes of mainland mobile numbers.
inline constexpr std::array<int, 28> kMobilePrefixes{{
    130, 131, 132, 133, 135, 136, 137, 138, 139, 150, 151, 152, 155, 156,
    157, 158, 159, 176, 177, 180, 181, 182, 183, 186, 187, 188, 189, 199,
}};

}  // namespace bangfu::demo_data
