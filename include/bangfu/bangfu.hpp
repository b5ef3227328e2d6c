// Everything of bangfu's C++ API in one include.
#pragma once

#include "bangfu/account.hpp"
#include "bangfu/audit.hpp"
#include "bangfu/calendar.hpp"
#include "bangfu/demo.hpp"
#include "bangfu/engine.hpp"
#include "bangfu/error.hpp"
#include "bangfu/id_number.hpp"
#include "bangfu/ids.hpp"
#include "bangfu/import.hpp"
#include "bangfu/org.hpp"
#include "bangfu/overview.hpp"
#include "bangfu/region.hpp"
#include "bangfu/summary.hpp"
#include "bangfu/table.hpp"
#include "bangfu/version.hpp"
