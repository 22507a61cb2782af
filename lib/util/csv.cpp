#include "zhifa/csv.hpp"

#include "zhifa/error.hpp"

namespace zhifa {

std::string csv_field(std::string_view value) {
  const bool formula = !value.empty() &&
                       std::string_view("=+-@\t\r").find(value[0]) != std::string_view::npos &&
                       value.find_first_not_of("+-0123456789.,") != std::string_view::npos;
  if (!formula && value.find_first_of(",\"\r\n") == std::string_view::npos) {
    return std::string(value);
  }
  std::string out = formula ? "\"'" : "\"";
  for (char ch : value) {
    if (ch == '"') out += '"';
    out += ch;
  }
  return out + "\"";
}

namespace {

template <typename Fields>
void append_row(std::string& out, const Fields& fields) {
  bool first = true;
  for (const auto& f : fields) {
    if (!first) out += ',';
    first = false;
    out += csv_field(f);
  }
  out += "\r\n";
}

}  // namespace

void append_csv_row(std::string& out, std::span<const std::string> fields) {
  append_row(out, fields);
}

void append_csv_row(std::string& out, std::initializer_list<std::string_view> fields) {
  append_row(out, fields);
}

std::vector<std::vector<std::string>> parse_csv(std::string_view text, std::string_view source) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false, was_quoted = false;
  std::size_t line = 1, quote_line = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char ch = text[i];
    if (quoted) {
      if (ch == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (ch == '"') {
        quoted = false;
      } else {
        if (ch == '\n') ++line;
        field += ch;
      }
    } else if (ch == '"' && field.empty() && !was_quoted) {
      quoted = was_quoted = true;
      quote_line = line;
    } else if (ch == ',') {
      rows.back().push_back(std::move(field));
      field.clear();
      was_quoted = false;
    } else if (ch == '\n' || ch == '\r') {
      if (ch == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      rows.back().push_back(std::move(field));
      field.clear();
      was_quoted = false;
      rows.emplace_back();
      ++line;
    } else {
      field += ch;
    }
  }
  if (quoted) {
    throw DataFileError(std::string(source) + ": line " + std::to_string(quote_line) +
                        ": unterminated quote");
  }
  if (!field.empty() || was_quoted || !rows.back().empty()) rows.back().push_back(std::move(field));
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

}  // namespace zhifa
