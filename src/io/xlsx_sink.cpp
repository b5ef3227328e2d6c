// XLSX export through libxlsxwriter in constant-memory mode: rows go to disk as they come.
#include <xlsxwriter.h>

#include "bangfu/error.hpp"
#include "bangfu/table.hpp"

namespace bangfu {
namespace {

class XlsxSink final : public TableSink {
 public:
  XlsxSink(const std::string& path, const std::string& sheet_name) : path_(path) {
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    wb_ = workbook_new_opt(path.c_str(), &options);
    if (!wb_) throw Error(ErrorCode::storage, "path '" + path + "': cannot create the XLSX file");
    ws_ = workbook_add_worksheet(wb_, sheet_name.empty() ? nullptr : sheet_name.c_str());
    if (!ws_) {
      workbook_close(wb_);
      wb_ = nullptr;
      throw_invalid("sheet_name", sheet_name, "not a valid worksheet name");
    }
    header_ = workbook_add_format(wb_);
    format_set_bold(header_);
    format_set_bg_color(header_, 0xDDEBF7);
    format_set_border(header_, LXW_BORDER_THIN);
    format_set_text_wrap(header_);
    format_set_align(header_, LXW_ALIGN_VERTICAL_CENTER);
  }
  ~XlsxSink() override {
    if (wb_) workbook_close(wb_);
  }
  void begin(const std::vector<Column>& columns) override {
    ncols_ = columns.size();
    for (std::size_t c = 0; c < columns.size(); ++c) {
      worksheet_set_column(ws_, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                           columns[c].width, nullptr);
      worksheet_write_string(ws_, 0, static_cast<lxw_col_t>(c), columns[c].label.c_str(), header_);
    }
    worksheet_freeze_panes(ws_, 1, 0);
  }
  void row(const Row& row) override {
    ++row_;
    for (std::size_t c = 0; c < row.size(); ++c) {
      auto col = static_cast<lxw_col_t>(c);
      if (auto* n = std::get_if<std::int64_t>(&row[c]))
        worksheet_write_number(ws_, row_, col, static_cast<double>(*n), nullptr);
      else if (auto* s = std::get_if<std::string>(&row[c]))
        worksheet_write_string(ws_, row_, col, s->c_str(), nullptr);
    }
  }
  void end() override {
    if (ncols_ > 0)
      worksheet_autofilter(ws_, 0, 0, row_, static_cast<lxw_col_t>(ncols_ - 1));
    lxw_error e = workbook_close(wb_);
    wb_ = nullptr;
    if (e != LXW_NO_ERROR)
      throw Error(ErrorCode::storage,
                  "path '" + path_ + "': writing the XLSX file failed: " + lxw_strerror(e));
  }

 private:
  std::string path_;
  lxw_workbook* wb_ = nullptr;
  lxw_worksheet* ws_ = nullptr;
  lxw_format* header_ = nullptr;
  lxw_row_t row_ = 0;
  std::size_t ncols_ = 0;
};

}  // namespace

std::unique_ptr<TableSink> make_xlsx_sink(const std::string& path, const std::string& sheet_name) {
  return std::make_unique<XlsxSink>(path, sheet_name);
}

}  // namespace bangfu
