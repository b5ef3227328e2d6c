#!/usr/bin/env bash
# Tests of the `bangfu` command: what a user types and what they get back (output, exit
# status, files). Usage: cli_test.sh BANGFU_BINARY SOURCE_DIR GROUP
# GROUP is one of: demo region import export account calendar attendance reports help errors (each uses its own
# database, so ctest may run them in parallel).
set -u

BANGFU=${1:?path to the bangfu binary}
SRC=${2:?path to the source tree}
GROUP=${3:?test group}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/bangfu-cli-test.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
unset BANGFU_DB

passed=0
failed=0
OUT="$WORK/out"
ERR="$WORK/err"
STATUS=0

# run ARGS...: runs bangfu, keeping stdout, stderr and the exit status.
run() {
  "$BANGFU" "$@" >"$OUT" 2>"$ERR"
  STATUS=$?
}
ok() { passed=$((passed + 1)); echo "ok - $1"; }
not_ok() {
  failed=$((failed + 1))
  echo "not ok - $1"
  echo "  command status: $STATUS"
  echo "  --- stdout (first 20 lines)"; head -n 20 "$OUT" | sed 's/^/  | /'
  echo "  --- stderr"; sed 's/^/  | /' "$ERR"
}
# expect_status N NAME
expect_status() { if [ "$STATUS" -eq "$1" ]; then ok "$2 (exit $1)"; else not_ok "$2: expected exit $1"; fi; }
# expect_out TEXT NAME / expect_err TEXT NAME / expect_no_out TEXT NAME
expect_out() { if grep -qF -- "$1" "$OUT"; then ok "$2"; else not_ok "$2: stdout lacks '$1'"; fi; }
expect_err() { if grep -qF -- "$1" "$ERR"; then ok "$2"; else not_ok "$2: stderr lacks '$1'"; fi; }
expect_no_out() { if grep -qF -- "$1" "$OUT"; then not_ok "$2: stdout has '$1'"; else ok "$2"; fi; }
# Errors are one line "bangfu: error: ...", never a crash report.
expect_clean_error() {
  if head -n 1 "$ERR" | grep -q '^bangfu: error: ' && ! grep -qiE 'terminate|abort|exception|what\(\)' "$ERR"; then
    ok "$1: error message format"
  else
    not_ok "$1: error message is not 'bangfu: error: ...'"
  fi
}
# Value of the "ID" line of a key/value block.
field_id() { awk '$1 == "ID" { print $2; exit }' "$OUT"; }

DB="$WORK/test.db"

group_demo() {
  run --db "$DB" demo
  expect_status 0 "demo on a new file"
  expect_out "支援医院 support hospitals    28" "demo counts support hospitals"
  expect_out "受援医院 recipient hospitals  44" "demo counts recipient hospitals"
  expect_out "支援人员 staff                360" "demo creates 360 staff by default"
  expect_out "对口帮扶工作概况" "demo prints the report"

  run --db "$DB" report
  expect_status 0 "report"
  expect_out "今日在岗支援人员" "report overview"
  expect_out "受援省份" "report has the per-region table"
  expect_out "凉山彝族自治州" "report lists recipient cities"
  expect_out "合计" "report has a total row"

  run --db "$DB" demo
  expect_status 1 "demo refuses a database that holds units"
  expect_err "already holds units" "demo explains the refusal"
  expect_clean_error "demo twice"

  # Same seed, same day: the same programme.
  run --db "$WORK/a.db" demo --seed 7 --staff 40
  expect_status 0 "demo with --seed and --staff"
  expect_out "支援人员 staff                40" "demo --staff 40"
  run --db "$WORK/b.db" demo --seed 7 --staff 40
  "$BANGFU" --db "$WORK/a.db" summary staff --all-columns >"$WORK/a.txt" 2>&1
  "$BANGFU" --db "$WORK/b.db" summary staff --all-columns >"$WORK/b.txt" 2>&1
  if cmp -s "$WORK/a.txt" "$WORK/b.txt" && [ -s "$WORK/a.txt" ]; then ok "demo is deterministic for a seed"
  else not_ok "demo is deterministic for a seed: summaries differ"; fi

  # A recipient county administrator sees the report of their own county only.
  run --db "$DB" account show --login county.513435.admin
  local county_admin
  county_admin=$(field_id)
  run --db "$DB" --actor "$county_admin" report
  expect_status 0 "report as a county administrator"
  expect_out "凉山彝族自治州" "a county report rolls up its own city"
  expect_no_out "重庆市" "a county report leaves out other provinces"
  expect_no_out "广元市" "a county report leaves out other cities"
}

group_region() {
  run --db "$DB" init
  expect_status 0 "init"
  expect_out "schema version" "init prints the schema version"
  expect_out "provinces (省)  31" "init prints region counts"

  run --db "$DB" region get 513435
  expect_status 0 "region get"
  expect_out "四川省/凉山彝族自治州/甘洛县" "region get shows the path"
  expect_out "513435000000" "region get shows the 12-digit code"

  run --db "$DB" region children 5134
  expect_status 0 "region children"
  expect_out "甘洛县" "children of 凉山州 include 甘洛县"
  expect_out "17 regions" "凉山州 has 17 counties"

  run --db "$DB" region children 0
  expect_out "31 regions" "children of 0 are the 31 provinces"

  run --db "$DB" region find 甘洛 --within 51
  expect_status 0 "region find --within"
  expect_out "513435000000" "find 甘洛 in 四川"
  expect_out "1 region" "find 甘洛 in 四川 finds one region"

  run --db "$DB" region get 99
  expect_status 1 "region get of a malformed code"
  expect_err "'99'" "the message quotes the code"
  expect_clean_error "region get 99"

  run --db "$DB" region get 513499
  expect_status 1 "region get of an unknown code"
  expect_err "no such region" "unknown region message"
}

group_import() {
  run --db "$DB" init
  run --db "$DB" import units "$SRC/examples/data/units.csv" --dry-run
  expect_status 0 "dry run of a good units file"
  run --db "$DB" unit list
  expect_out "0 units" "a dry run writes nothing"

  run --db "$DB" import units "$SRC/examples/data/units.csv"
  expect_status 0 "import of a good units file"
  expect_out "rows imported  5" "five units imported"
  expect_out "committed      yes" "the import is committed"

  run --db "$DB" import staff "$SRC/examples/data/staff.csv"
  expect_status 0 "import of a good staff file"
  expect_out "rows imported  3" "three staff imported"

  run --db "$DB" import units "$SRC/tests/cli/data/bad_units.csv"
  expect_status 1 "import of a bad units file"
  expect_out "rows rejected  4" "four bad unit rows"
  expect_out "committed      no" "the bad units file is not committed"
  expect_out "line 3, field kind ('hospital'): unknown unit kind" "bad unit kind reported with its line"
  expect_out "line 4, field region_code" "hospital in a city-level region reported"
  expect_out "line 5, field latitude" "swapped coordinates reported"
  expect_out "line 6, field parent_code ('NO-SUCH-UNIT')" "unknown parent reported"
  run --db "$DB" unit list --name 测试
  expect_out "0 units" "nothing of the bad units file was written (not even its good row)"

  run --db "$DB" import staff "$SRC/tests/cli/data/bad_staff.csv"
  expect_status 1 "import of a bad staff file"
  expect_out "rows rejected  5" "five bad staff rows"
  expect_out "line 3, field id_number" "wrong check digit reported"
  expect_out "line 4, field title ('教授')" "unknown title reported"
  expect_out "line 5, field phone ('138-abc')" "bad phone reported"
  expect_out "line 6, field home_unit_code ('NO-SUCH-UNIT')" "unknown home unit reported"
  expect_out "line 7, field start_date ('2026-13-01')" "bad date reported"
  run --db "$DB" summary staff
  expect_out "3 rows" "nothing of the bad staff file was written"
  expect_no_out "赵一" "the good row of a refused file is not written"

  run --db "$DB" import staff "$SRC/tests/cli/data/bad_staff.csv" --keep-good-rows
  expect_status 0 "--keep-good-rows"
  expect_out "rows imported  1" "--keep-good-rows writes the good row"
  run --db "$DB" summary staff
  expect_out "赵一" "the good row is there"

  run --db "$DB" import staff "$WORK/missing.csv"
  expect_status 1 "import of a missing file"
  expect_clean_error "import missing file"

  printf 'code,name\n513435100201,新市坝测试村\n' >"$WORK/regions.csv"
  run --db "$DB" import regions "$WORK/regions.csv" --edition test-1
  expect_status 0 "import regions"
  run --db "$DB" region get 513435100201
  expect_out "四川省/凉山彝族自治州/甘洛县/新市坝镇/新市坝测试村" "imported village is found under its township"
}

group_export() {
  run --db "$DB" demo --staff 60
  expect_status 0 "demo for exports"

  run --db "$DB" export staff-summary --format csv --out "$WORK/s.csv"
  expect_status 0 "export csv"
  if [ -s "$WORK/s.csv" ]; then ok "csv file exists"; else not_ok "csv file exists"; fi
  if [ "$(head -c 3 "$WORK/s.csv" | od -An -tx1 | tr -d ' \n')" = "efbbbf" ]; then ok "csv starts with the UTF-8 BOM"
  else not_ok "csv starts with the UTF-8 BOM"; fi
  if head -n 1 "$WORK/s.csv" | grep -q "支援医务人员姓名"; then ok "csv has the Chinese header"
  else not_ok "csv has the Chinese header"; fi

  run --db "$DB" export staff-summary --format xlsx --out "$WORK/s.xlsx" --recipient-region 5134 --active-on today
  expect_status 0 "export xlsx with filters"
  if [ "$(head -c 2 "$WORK/s.xlsx")" = "PK" ]; then ok "xlsx file is a zip package"; else not_ok "xlsx file is a zip package"; fi

  run --db "$DB" export staff-summary --out "$WORK/by-extension.csv" --active-on 2026-01-01
  expect_status 0 "format taken from the file extension"
  if [ -s "$WORK/by-extension.csv" ]; then ok "csv by extension exists"; else not_ok "csv by extension exists"; fi

  run --db "$DB" export staff-summary --format pdf --out "$WORK/s.pdf"
  expect_status 1 "unknown export format"
  expect_err "pdf" "the message names the format"

  run --db "$DB" summary staff --active-on 2026-02-30
  expect_status 1 "an impossible date"
  expect_err "active-on '2026-02-30'" "the message names the option and value"

  run --db "$DB" account show --login county.513435.admin
  local county_admin
  county_admin=$(field_id)
  run --db "$DB" --actor "$county_admin" export staff-summary --format csv --out "$WORK/refused.csv" --recipient-region 50
  expect_status 1 "export outside the account's jurisdiction is refused"
  expect_err "outside the account's jurisdiction" "the refusal says why"
  if [ -e "$WORK/refused.csv" ]; then not_ok "a refused export leaves no file"; else ok "a refused export leaves no file"; fi

  run --db "$DB" --actor "$county_admin" summary staff --columns name,id_number,recipient_unit
  expect_status 0 "summary as a county administrator"
  expect_out "********" "ID numbers are masked for a recipient administrator"
  expect_no_out "城口县" "a county administrator sees only their county"

  run --db "$DB" summary staff --support-unit 四川大学华西医院
  expect_status 1 "a unit is named by id or code, not by name"
  run --db "$DB" summary staff --columns name,nosuch
  expect_status 1 "unknown column"
  expect_err "no such column" "unknown column message"
}

group_account() {
  run --db "$DB" demo --staff 30
  run --db "$DB" account show --login county.513435.admin
  expect_status 0 "account show --login"
  local county_admin
  county_admin=$(field_id)

  run --db "$DB" --actor "$county_admin" account add --name 张三 --role recipient_province_admin --region 51
  expect_status 1 "a county administrator may not create a province administrator"
  expect_err "may not create a 受援省份管理员" "the refusal names the role"
  expect_err "own level or below" "the refusal states the rule"
  expect_clean_error "account add refused"

  run --db "$DB" unit list --name 甘洛县人民医院
  local hospital
  hospital=$(awk 'NR == 3 { print $1 }' "$OUT")
  run --db "$DB" --actor "$county_admin" account add --name 李四 --role recipient_hospital_admin --unit "$hospital" --login test.ganluo
  expect_status 0 "a county administrator creates a hospital administrator in the county"
  expect_out "created account" "account add confirms"
  local new_id
  new_id=$(awk '/^created account/ { print $3 }' "$OUT")

  run --db "$DB" --actor "$county_admin" account add --name 王五 --role recipient_county_admin --region 500229
  expect_status 1 "a county administrator may not create accounts in another county"
  expect_err "outside the creator's scope" "the refusal names the scope"

  run --db "$DB" --actor "$county_admin" account list
  expect_status 0 "account list"
  expect_out "test.ganluo" "the new account is listed"

  run --db "$DB" --actor "$county_admin" account disable "$new_id"
  expect_status 0 "account disable"
  run --db "$DB" --actor "$new_id" report
  expect_status 1 "a disabled account cannot act"
  expect_err "disabled" "the message says the account is disabled"
  run --db "$DB" --actor "$county_admin" account enable "$new_id"
  expect_status 0 "account enable"

  run --db "$DB" account add --name 赵六 --role no_such_role --region 51
  expect_status 1 "unknown role"
  expect_err "unknown role" "unknown role message"

  run --db "$DB" staff show 1
  expect_status 0 "staff show"
  expect_out "派驻 assignments" "staff show lists assignments"
  run --db "$DB" unit show 1
  expect_status 0 "unit show"
  run --db "$DB" audit --entity account --limit 5
  expect_status 0 "audit"
  expect_out "account.create" "audit lists account creation"
}

group_calendar() {
  run --db "$DB" init
  run --db "$DB" calendar day 2026-02-14
  expect_status 0 "calendar day"
  expect_out "调休上班 adjusted_workday" "Saturday 2026-02-14 is an adjusted workday"
  expect_out "春节" "the adjusted workday is named"
  expect_out "是 yes" "the adjusted workday is worked"
  run --db "$DB" calendar day 2026-10-01
  expect_out "节假日 holiday" "2026-10-01 is a holiday"
  expect_out "国庆节" "the holiday is named"

  run --db "$DB" calendar workdays 2026-02-01 2026-02-28
  expect_status 0 "calendar workdays"
  expect_out "工作日 workdays  16" "February 2026 has 16 workdays"
  run --db "$DB" calendar month 2026-02
  expect_status 0 "calendar month"
  expect_out "2026-02-14  周六  调休上班  班    春节" "the month lists the adjusted workday"
  expect_out "16 workdays (工作日) of 28 days" "the month counts its workdays"
  run --db "$DB" calendar month 2026-10
  expect_out "18 workdays (工作日) of 31 days" "October 2026 has 18 workdays"
  run --db "$DB" calendar next 2026-09-30 --n 1
  expect_status 0 "calendar next"
  expect_out "2026-10-08" "the first workday after 2026-09-30 is 2026-10-08"
  run --db "$DB" calendar next 2026-10-08 --n -1
  expect_out "2026-09-30" "the workday before 2026-10-08 is 2026-09-30"
  run --db "$DB" calendar years
  expect_status 0 "calendar years"
  if [ "$(awk '$1 == "2024" { print $NF }' "$OUT")" = "251" ]; then ok "2024 has 251 workdays"
  else not_ok "2024 has 251 workdays"; fi
  if [ "$(awk '$1 == "2026" { print $NF }' "$OUT")" = "248" ]; then ok "2026 has 248 workdays"
  else not_ok "2026 has 248 workdays"; fi

  run --db "$DB" calendar day 2027-03-01
  expect_status 1 "a year without calendar data"
  expect_err "date '2027-03-01': no work calendar for 2027" "the message names the date"
  expect_clean_error "calendar day 2027"
  run --db "$DB" calendar day 2026-02-30
  expect_status 1 "an impossible date"
  expect_err "DATE '2026-02-30'" "the message names the argument and value"
  run --db "$DB" calendar month 2026-13
  expect_status 1 "an impossible month"
  expect_err "MONTH '2026-13'" "the message names the month"
  run --db "$DB" calendar next 2026-10-08 --n 0
  expect_status 1 "--n 0"
  expect_err "n '0'" "the message names n"

  # A unit's own day: set and removed by the county, refused to a filler account.
  run --db "$DB" unit add --code GL-RMYY --kind recipient_hospital --name 甘洛县人民医院 --region 513435
  run --db "$DB" account add --name 甘洛县卫健局 --role recipient_county_admin --region 513435 --login ganluo
  local county filler
  county=$(awk '/^created account/ { print $3 }' "$OUT")
  run --db "$DB" account add --name 填报员 --role three_batches_filler --region 513435 --login filler
  filler=$(awk '/^created account/ { print $3 }' "$OUT")

  run --db "$DB" --actor "$county" calendar set-unit-day GL-RMYY 2026-11-20 --off --name 彝族年
  expect_status 0 "a county administrator sets a hospital's own day"
  expect_out "节假日 holiday 彝族年" "set-unit-day confirms the day"
  run --db "$DB" calendar day 2026-11-20 --unit GL-RMYY
  expect_out "否 no" "the unit's own day off is not a workday"
  expect_out "本单位规定" "the day is marked as the unit's own"
  run --db "$DB" calendar day 2026-11-20
  expect_out "是 yes" "the national calendar is unchanged"
  run --db "$DB" calendar workdays 2026-11-01 2026-11-30 --unit GL-RMYY
  expect_out "工作日 workdays  20" "the unit has one workday less in November"
  run --db "$DB" calendar years --unit GL-RMYY
  expect_out "彝族年" "years --unit lists the unit's own days"

  run --db "$DB" --actor "$filler" calendar set-unit-day GL-RMYY 2026-11-21 --work --name 加班
  expect_status 1 "a filler account may not set a unit's day"
  expect_err "may not set a unit's calendar" "the refusal says why"
  expect_clean_error "set-unit-day refused"
  run --db "$DB" --actor "$filler" calendar remove-unit-day GL-RMYY 2026-11-20
  expect_status 1 "a filler account may not remove a unit's day"
  run --db "$DB" --actor "$county" calendar set-unit-day GL-RMYY 2026-11-21 --name 加班
  expect_status 2 "set-unit-day needs --off or --work"

  run --db "$DB" --actor "$county" calendar remove-unit-day GL-RMYY 2026-11-20
  expect_status 0 "the county removes the day"
  expect_out "工作日 workday" "the day is a workday again"
  run --db "$DB" --actor "$county" calendar remove-unit-day GL-RMYY 2026-11-20
  expect_status 1 "removing it twice"
  expect_err "no own calendar day" "the message says there is none"
  run --db "$DB" audit --entity unit
  expect_out "calendar.unit_day" "unit days are audited"

  # A new year from the State Council's notice.
  printf 'date,kind,holiday\n2027-01-01,off,元旦\n2027-02-06,work,春节\n2027-02-08,off,春节\n' >"$WORK/notice-2027.csv"
  run --db "$DB" import calendar "$WORK/notice-2027.csv" --edition test-2027 --dry-run
  expect_status 0 "dry run of a calendar notice"
  run --db "$DB" calendar day 2027-02-06
  expect_status 1 "a dry run loads nothing"
  run --db "$DB" import calendar "$WORK/notice-2027.csv" --edition test-2027
  expect_status 0 "import calendar"
  expect_out "rows imported  3" "three dates imported"
  run --db "$DB" calendar day 2027-02-06
  expect_status 0 "the new year is there"
  expect_out "调休上班 adjusted_workday" "the new year's adjusted workday"
}

group_attendance() {
  # A small programme from the example files: 四川省人民医院 sends 王芳 (assigned from
  # 2026-03-01) and 李建国 to 布拖县人民医院; 张磊 is not assigned. The clock is fixed so that
  # the dates stay inside the shipped calendar (2016–2026).
  export BANGFU_NOW="2026-11-23T20:00:00+08:00"
  run --db "$DB" init
  run --db "$DB" import units "$SRC/examples/data/units.csv"
  run --db "$DB" import staff "$SRC/examples/data/staff.csv"
  expect_status 0 "the example programme is imported"
  local hospital_code=12513429808301666F wf zl hospital support doctor w1 w2 w3 f3 f7 req leave_id
  run --db "$DB" staff show --id-number 510105197908223220
  wf=$(field_id)
  run --db "$DB" staff show --id-number 510105198806071531
  zl=$(field_id)
  run --db "$DB" account add --name 布拖县人民医院医务科 --role recipient_hospital_admin --unit "$hospital_code" --login bt.hospital
  hospital=$(awk '/^created account/ { print $3 }' "$OUT")
  run --db "$DB" account add --name 四川省人民医院医务部 --role support_hospital_admin --unit 12510105626018157B --login scph.admin
  support=$(awk '/^created account/ { print $3 }' "$OUT")
  run --db "$DB" --actor "$support" account add --name 王芳 --role support_staff --staff "$wf" --unit 12510105626018157B-02 --login wangfang
  expect_status 0 "a staff account for 王芳"
  doctor=$(awk '/^created account/ { print $3 }' "$OUT")
  # Workdays before and after today, from the work calendar.
  run --db "$DB" calendar next today --n -1; w1=$(awk '{ print $1; exit }' "$OUT")
  run --db "$DB" calendar next today --n -2; w2=$(awk '{ print $1; exit }' "$OUT")
  run --db "$DB" calendar next today --n -3; w3=$(awk '{ print $1; exit }' "$OUT")
  run --db "$DB" calendar next today --n 3; f3=$(awk '{ print $1; exit }' "$OUT")
  run --db "$DB" calendar next today --n 7; f7=$(awk '{ print $1; exit }' "$OUT")

  run --db "$DB" --actor "$hospital" attendance group-add --unit "$hospital_code" --name 默认考勤组 --grace 5 \
    --field-policy flag --makeup-days-back 60
  expect_status 0 "attendance group-add"
  expect_out "attendance group 1 added" "group-add confirms"
  run --db "$DB" --actor "$hospital" attendance groups --unit "$hospital_code"
  expect_status 0 "attendance groups"
  expect_out "默认考勤组" "the group is listed"
  run --db "$DB" --actor "$hospital" attendance group-add --unit "$hospital_code" --name 第二组 --radius 50
  expect_status 1 "a range below 100 m"
  expect_err "radius_m" "the refusal names the field"
  expect_clean_error "group-add refused"

  # Punches: inside the range, and 2.4 km away (flagged 外勤).
  run --db "$DB" --actor "$doctor" attendance punch --staff "$wf" --at "$w1 07:55" --lat 27.7065 --lon 102.8121
  expect_status 1 "the staff member's own account cannot punch for a past day"
  expect_err "补卡" "the refusal points to a make-up"
  run --db "$DB" --actor "$doctor" attendance punch --staff "$wf" --lat 27.7065 --lon 102.8121
  expect_status 0 "the staff member punches now from their own account"
  run --db "$DB" attendance punch --staff "$wf" --at "$w1 07:55" --lat 27.7065 --lon 102.8121
  expect_status 0 "attendance punch inside the range (replayed by the host)"
  expect_out "范围内 inside" "the punch is inside the range"
  run --db "$DB" attendance punch --staff "$wf" --at "$w2 07:50" --lat 27.7280 --lon 102.8119 --source door-1
  expect_status 0 "attendance punch outside the range"
  expect_out "外勤 field" "the punch is a field punch"
  run --db "$DB" attendance punch --staff "$zl" --at "$w1 08:00"
  expect_status 1 "a punch without an assignment"
  expect_err "no active assignment" "the refusal says why"
  expect_clean_error "punch refused"
  run --db "$DB" attendance punch --staff "$wf" --lat 27.7
  expect_status 1 "--lat without --lon"
  expect_err "lon" "the message names --lon"
  run --db "$DB" --actor "$doctor" attendance days --staff "$wf" --from "$w2" --to "$w1"
  expect_status 0 "attendance days"
  expect_out "外勤" "the field day is marked 外勤"
  expect_out "正常" "the day punched inside is 正常"

  # 补卡: filed by the doctor, approved by the hospital, the day becomes 已补卡.
  run --db "$DB" --actor "$doctor" approvals makeup --day "$w3" --time 08:00 --reason 忘记打卡
  expect_status 0 "approvals makeup"
  expect_out "审批中 pending" "the make-up is pending"
  req=$(awk '$1 == "申请" { print $3; exit }' "$OUT")
  run --db "$DB" --actor "$hospital" approvals list
  expect_status 0 "approvals list"
  expect_out "补卡申请" "the hospital sees the make-up awaiting it"
  expect_out "王芳" "the list names the applicant"
  run --db "$DB" --actor "$doctor" approvals approve "$req"
  expect_status 1 "the applicant may not approve"
  expect_clean_error "approve refused"
  run --db "$DB" --actor "$hospital" approvals approve "$req"
  expect_status 0 "approvals approve"
  expect_out "已通过 approved" "the make-up is approved"
  run --db "$DB" --actor "$hospital" approvals approve "$req"
  expect_status 1 "approving twice"
  expect_clean_error "approve twice"
  run --db "$DB" --actor "$doctor" approvals show "$req"
  expect_status 0 "approvals show"
  expect_out "受援医院审批" "show prints the step"
  run --db "$DB" --actor "$doctor" attendance days --staff "$wf" --from "$w3" --to "$w3"
  expect_out "已补卡" "the day is made up"
  run --db "$DB" --actor "$doctor" approvals quota --staff "$wf" --day "$w3"
  expect_status 0 "approvals quota"
  expect_out "已申请 used   1" "one make-up used"
  run --db "$DB" --actor "$hospital" approvals list --box in_scope --state approved
  expect_out "1 request" "the approved request is in scope"
  run --db "$DB" --actor "$hospital" approvals list --box inbox
  expect_status 1 "an unknown box"
  expect_err "box 'inbox'" "the message names the box"
  run --db "$DB" --actor "$hospital" approvals reject "$req"
  expect_status 2 "reject without --reason"

  # 请假 over three workdays: two steps.
  run --db "$DB" --actor "$doctor" approvals leave --type 病假 --from "$f3" --to "$f7" --reason 手术
  expect_status 0 "approvals leave"
  expect_out "步骤 2" "leave over three workdays has a second step"
  leave_id=$(awk '$1 == "申请" { print $3; exit }' "$OUT")
  run --db "$DB" --actor "$doctor" approvals withdraw "$leave_id"
  expect_status 0 "approvals withdraw"
  expect_out "已撤回 withdrawn" "the leave is withdrawn"
  run --db "$DB" approvals workflow leave
  expect_status 0 "approvals workflow"
  expect_out "超过3个工作日" "the second step applies to long leave"

  # 考勤统计.
  run --db "$DB" attendance month 2026-10
  expect_status 0 "attendance month"
  expect_out "考勤统计 2026-10" "the month is titled"
  expect_out "应出勤天数" "the table has 应出勤天数"
  expect_out "王芳" "the assigned doctor has a row"
  run --db "$DB" attendance month 2026-10 --export "$WORK/kaoqin.csv"
  expect_status 0 "attendance month --export"
  if grep -qF "应出勤天数" "$WORK/kaoqin.csv"; then ok "the export has Chinese headers"
  else not_ok "the export has Chinese headers"; fi
  run --db "$DB" attendance month 2026-13
  expect_status 1 "an impossible month"
  expect_err "MONTH '2026-13'" "the message names the month"
}

group_reports() {
  # The example programme (as in group_attendance): 王芳 and 李建国 of 四川省人民医院 are on
  # assignment at 布拖县人民医院 (四川 凉山) all through October 2026; the clock is fixed in
  # November, so October's 工作量月报 is due on 2026-11-15 and this filing is late.
  export BANGFU_NOW="2026-11-23T20:00:00+08:00"
  run --db "$DB" init
  run --db "$DB" import units "$SRC/examples/data/units.csv"
  run --db "$DB" import staff "$SRC/examples/data/staff.csv"
  expect_status 0 "the example programme is imported"
  local hospital_code=12513429808301666F wf lj hospital province report_id other_id
  run --db "$DB" staff show --id-number 510105197908223220
  wf=$(field_id)
  run --db "$DB" staff show --id-number 510105198203142513
  lj=$(field_id)
  run --db "$DB" account add --name 布拖县人民医院医务科 --role recipient_hospital_admin --unit "$hospital_code" --login bt.hospital --phone 13800000001
  hospital=$(awk '/^created account/ { print $3 }' "$OUT")
  run --db "$DB" account add --name 四川省卫健委医政处 --role recipient_province_admin --region 51 --login sc.recipient
  province=$(awk '/^created account/ { print $3 }' "$OUT")

  # Templates.
  run --db "$DB" report templates
  expect_status 0 "report templates"
  expect_out "monthly_workload" "the monthly template is listed"
  expect_out "次月15日" "the monthly deadline in words"
  expect_out "当年12月5日" "the annual deadline in words"
  run --db "$DB" report template monthly_workload
  expect_status 0 "report template"
  expect_out "grade34_operations" "the template lists its fields"
  expect_out "应出勤天数" "a pre-filled field shows its source"
  run --db "$DB" report template nosuch
  expect_status 1 "an unknown template"
  expect_err "KEY 'nosuch'" "the message names the argument"
  expect_clean_error "unknown template"
  run --db "$DB" report add-field monthly_workload --key remote_consults --label 远程会诊次数 --type integer --max abc
  expect_status 1 "add-field with a bad bound"
  expect_err "max 'abc'" "the message names the option"
  run --db "$DB" --actor "$hospital" report add-field monthly_workload --key remote_consults --label 远程会诊次数 --type integer
  expect_status 1 "a hospital administrator may not change a template"
  expect_clean_error "add-field refused"
  run --db "$DB" report add-field monthly_workload --key remote_consults --label 远程会诊次数 --type integer --unit 次 --max 200
  expect_status 0 "add-field"
  expect_out "version 2: field remote_consults added" "add-field makes version 2"
  run --db "$DB" report template annual_effectiveness --json
  expect_status 0 "report template --json"
  sed 's/"title": "受援医院帮扶成效年报"/"title": "受援医院帮扶成效年度报告"/' "$OUT" >"$WORK/annual.json"
  run --db "$DB" report put-template "$WORK/annual.json"
  expect_status 0 "put-template"
  expect_out "受援医院帮扶成效年度报告" "the new title is stored"
  expect_out "template annual_effectiveness version 2 stored" "put-template makes version 2"
  printf '{"key": "x", "title": "x", "fields": [' >"$WORK/broken.json"
  run --db "$DB" report put-template "$WORK/broken.json"
  expect_status 1 "put-template of broken JSON"
  expect_err "broken.json: template: is not valid JSON" "the message names the file"

  # Filing: open (pre-filled from attendance), set, submit.
  run --db "$DB" --actor "$hospital" report open monthly_workload 2026-10 --unit "$hospital_code" --staff "$wf"
  expect_status 0 "report open"
  report_id=$(field_id)
  expect_out "草稿 draft" "a new report is a draft"
  expect_out "2026-11-15" "the deadline is the 15th of the next month"
  expect_out "已逾期" "past the deadline and not filed"
  expect_out "* 应出勤天数" "required fields are marked"
  # October 2026 has 18 workdays, all of them in the assignment.
  if awk '$1 == "required_days" { found = ($2 == "*" && $4 == "18") } END { exit !found }' "$OUT"; then
    ok "required_days is pre-filled from attendance (18)"
  else not_ok "required_days is pre-filled from attendance (18)"; fi
  run --db "$DB" --actor "$hospital" report open monthly_workload 2026 --unit "$hospital_code" --staff "$wf"
  expect_status 1 "a year for a monthly report"
  expect_err "PERIOD '2026'" "the message names PERIOD"
  run --db "$DB" --actor "$hospital" report submit "$report_id"
  expect_status 1 "submitting without the required values"
  expect_err "is required before submission" "the refusal says what is missing"
  run --db "$DB" --actor "$hospital" report set "$report_id" outpatient_visits=abc
  expect_status 1 "a value that is not a number"
  expect_err "outpatient_visits" "the message names the field"
  expect_clean_error "bad value"
  run --db "$DB" --actor "$hospital" report set "$report_id" operations=12 grade34_operations=20
  expect_status 1 "其中 above its whole"
  expect_err "grade34_operations" "the message names the part"
  run --db "$DB" --actor "$hospital" report set "$report_id" nosuch=1
  expect_status 1 "an unknown field"
  expect_err "no such field" "the message lists the fields"
  run --db "$DB" --actor "$hospital" report set "$report_id" outpatient_visits
  expect_status 1 "a value without ="
  expect_err "KEY=VALUE" "the message shows the form"
  run --db "$DB" --actor "$hospital" report set "$report_id" outpatient_visits=320 inpatients=45 operations=12 \
    grade34_operations=5 leave_days=1.5 summary=开展高危妊娠管理培训
  expect_status 0 "report set"
  expect_out "1.5" "a decimal value"
  run --db "$DB" --actor "$hospital" report set "$report_id" summary=
  expect_status 0 "KEY= clears a value"
  expect_no_out "开展高危妊娠管理培训" "the cleared value is gone"
  run --db "$DB" --actor "$hospital" report submit "$report_id"
  expect_status 0 "report submit"
  expect_out "待审核 submitted" "the report is under review"
  expect_out "受援省份审核" "the review step is the province's"
  expect_out "是 逾期上报" "filed after the deadline"

  # Review by the recipient province administrator.
  run --db "$DB" --actor "$province" report list --awaiting-me
  expect_status 0 "report list --awaiting-me"
  expect_out "1 report" "one report awaits the province"
  expect_out "王芳" "the list names the staff member"
  run --db "$DB" --actor "$hospital" report approve "$report_id"
  expect_status 1 "the filer may not approve"
  expect_clean_error "approve refused"
  run --db "$DB" --actor "$province" report return "$report_id"
  expect_status 2 "return without --reason"
  run --db "$DB" --actor "$province" report approve "$report_id"
  expect_status 0 "report approve"
  expect_out "已通过 accepted" "the report is accepted"
  run --db "$DB" --actor "$hospital" report set "$report_id" inpatients=50
  expect_status 1 "an accepted report cannot be edited"

  # 填报情况: two reports expected, one filed (late) and accepted, one missing.
  run --db "$DB" report status monthly_workload 2026-10 --region 51
  expect_status 0 "report status"
  expect_out "应报份数" "the counts are labelled in Chinese"
  expect_out "合计" "the counts have a total"
  if awk '$1 == "合计" { ok = ($2 == 1 && $3 == 0 && $4 == 2 && $5 == 0 && $6 == 1 && $7 == 1) } END { exit !ok }' "$OUT"; then
    ok "合计: 1 unit, 0 complete, 2 expected, 0 on time, 1 late, 1 missing"
  else not_ok "合计: 1 unit, 0 complete, 2 expected, 0 on time, 1 late, 1 missing"; fi
  expect_out "催报名单" "the units to chase"
  expect_out "李建国" "the staff member without a report"
  expect_out "13800000001" "the hospital administrator's phone"
  run --db "$DB" report status monthly_workload 2026-10 --region 51 --missing --export "$WORK/cuibao.csv"
  expect_status 0 "report status --missing --export"
  if grep -qF "李建国" "$WORK/cuibao.csv"; then ok "the 催报名单 export names the staff"; else not_ok "the 催报名单 export names the staff"; fi
  run --db "$DB" report status monthly_workload 2026-10 --export "$WORK/status.xlsx"
  expect_status 0 "report status --export xlsx"
  if [ "$(head -c 2 "$WORK/status.xlsx")" = "PK" ]; then ok "the status xlsx exists"; else not_ok "the status xlsx exists"; fi
  run --db "$DB" report
  expect_status 0 "the overview"
  expect_out "工作量月报填报情况（2026年10月" "the overview ends with last month's filing"

  # 汇总表.
  run --db "$DB" report summary monthly_workload 2026-10 --group-by province
  expect_status 0 "report summary --group-by province"
  expect_out "四川省" "a row per province"
  expect_out "合计" "the summary has a total"
  expect_out "门急诊人次" "the fields are the columns"
  run --db "$DB" report summary monthly_workload 2026-10
  expect_status 0 "report summary per report"
  expect_out "王芳" "a row per report"
  run --db "$DB" report summary monthly_workload 2026-10 --export "$WORK/huizong.csv"
  expect_status 0 "report summary --export csv"
  if grep -qF "门急诊人次" "$WORK/huizong.csv"; then ok "the csv has the Chinese headers"; else not_ok "the csv has the Chinese headers"; fi
  run --db "$DB" report summary monthly_workload 2026-09 2026-10 --group-by city --export "$WORK/huizong.xlsx"
  expect_status 0 "report summary --export xlsx"
  if [ "$(head -c 2 "$WORK/huizong.xlsx")" = "PK" ]; then ok "the summary xlsx exists"; else not_ok "the summary xlsx exists"; fi
  run --db "$DB" report summary monthly_workload 2026
  expect_status 1 "a year for a monthly summary"
  expect_err "FIRST '2026'" "the message names FIRST"
  run --db "$DB" report summary monthly_workload 2026-10 2026-09
  expect_status 1 "a range that ends before it starts"
  expect_err "LAST '2026-09'" "the message names LAST"
  run --db "$DB" report summary monthly_workload 2026-10 --group-by township
  expect_status 1 "an unknown grouping"
  expect_err "group-by 'township'" "the message names --group-by"

  # The province package: refused while a report is missing; then filed, accepted, locked.
  run --db "$DB" --actor "$province" report package monthly_workload 2026-10 --province 51
  expect_status 1 "a package with a report missing"
  expect_err "not accepted yet" "the refusal says why"
  run --db "$DB" --actor "$hospital" report open monthly_workload 2026-10 --unit "$hospital_code" --staff "$lj"
  other_id=$(field_id)
  run --db "$DB" --actor "$hospital" report set "$other_id" outpatient_visits=280 inpatients=30 operations=8
  run --db "$DB" --actor "$hospital" report submit "$other_id"
  run --db "$DB" --actor "$province" report approve "$other_id"
  expect_status 0 "the second report is accepted"
  run --db "$DB" --actor "$province" report package monthly_workload 2026-10 --province 51
  expect_status 0 "report package"
  expect_out "份数 reports" "the package counts its reports"
  run --db "$DB" --actor "$province" report packages
  expect_status 0 "report packages"
  expect_out "1 package" "the package is listed"
  run --db "$DB" --actor "$hospital" report set "$report_id" inpatients=50
  expect_status 1 "a locked report cannot be edited"
  expect_err "locked" "the refusal says it is locked"
  run --db "$DB" --actor "$province" report unlock "$report_id" --reason 数据有误
  expect_status 1 "only the national level unlocks"
  run --db "$DB" report unlock "$report_id" --reason 数据有误
  expect_status 0 "report unlock"
  expect_out "已退回 returned" "the unlocked report goes back to the hospital"
  expect_out "数据有误" "with the reason"
  run --db "$DB" report list --state returned
  expect_out "1 report" "report list --state"
}

group_help() {
  local cmds=(
    "" "init" "demo" "report" "version" "audit"
    "region" "region get" "region children" "region find"
    "import" "import regions" "import units" "import staff"
    "export" "export staff-summary" "summary" "summary staff"
    "account" "account add" "account list" "account show" "account disable" "account enable"
    "unit" "unit add" "unit list" "unit show" "staff" "staff show" "import calendar"
    "calendar" "calendar day" "calendar workdays" "calendar month" "calendar next" "calendar years"
    "calendar set-unit-day" "calendar remove-unit-day"
    "attendance" "attendance group-add" "attendance groups" "attendance punch" "attendance days" "attendance month"
    "approvals" "approvals makeup" "approvals leave" "approvals list" "approvals show" "approvals approve"
    "approvals reject" "approvals withdraw" "approvals revoke" "approvals quota" "approvals workflow"
    "report templates" "report template" "report add-field" "report put-template" "report open" "report show"
    "report set" "report submit" "report approve" "report return" "report withdraw" "report revoke" "report unlock"
    "report list" "report package" "report packages" "report status" "report summary"
  )
  for c in "${cmds[@]}"; do
    # shellcheck disable=SC2086
    run $c --help
    if [ "$STATUS" -eq 0 ] && grep -q "Usage:" "$OUT"; then ok "bangfu $c --help"
    else not_ok "bangfu $c --help"; fi
  done
  run version
  expect_status 0 "version"
  expect_out "bangfu " "version prints the version"
}

group_errors() {
  run --db "$DB" region get 51
  expect_status 1 "a missing database is not created by other commands"
  expect_err "bangfu --db" "the message says how to create it"
  if [ -e "$DB" ]; then not_ok "no database file was created"; else ok "no database file was created"; fi

  run --db "$DB" init
  run --db "$DB" region get
  expect_status 2 "missing argument is a usage error"
  expect_clean_error "missing argument"
  run --db "$DB" region get 51 --no-such-option
  expect_status 2 "unknown option is a usage error"
  run --db "$DB" no-such-command
  expect_status 2 "unknown command is a usage error"
  expect_err "'no-such-command' is not a command" "unknown command message"
  run --db "$DB" report no-such-command
  expect_status 2 "unknown report subcommand is a usage error"
  expect_err "'no-such-command' is not a command of 'bangfu report'" "unknown report subcommand message"
  run --db "$DB" --actor 12345 report
  expect_status 1 "unknown actor"
  expect_err "no such account" "unknown actor message"
  run --db "$DB" region get 51 --actor 0
  expect_status 0 "global options after the command"
  BANGFU_DB="$DB" "$BANGFU" region get 51 >"$OUT" 2>"$ERR"
  STATUS=$?
  expect_status 0 "BANGFU_DB names the database"
  printf 'not a database' >"$WORK/junk.db"
  run --db "$WORK/junk.db" report
  expect_status 1 "a file that is not a database"
  expect_clean_error "junk database"
}

case "$GROUP" in
  demo | region | import | export | account | calendar | attendance | reports | help | errors) "group_$GROUP" ;;
  *) echo "unknown group '$GROUP'"; exit 2 ;;
esac

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
