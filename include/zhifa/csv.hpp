// CSV as every zhifa export writes it and every zhifa loader reads it: RFC 4180, fields quoted
// only when they must be, records ended by CRLF. One writer and one reader for the whole library,
// so that disclosure records, statistics, audit reports and inspection lists open alike in a
// spreadsheet.
//
// Thread-safety: every function is pure and thread-safe.
#pragma once

#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace zhifa {

/// One field, quoted per RFC 4180 when it holds a comma, a quote, CR or LF. Text a spreadsheet
/// would run as a formula (it starts with =, +, -, @, tab or CR and is not a plain number) is
/// quoted with a leading apostrophe, so that it stays text; negative numbers stay numbers.
std::string csv_field(std::string_view value);

/// Appends one record: the fields, each through csv_field, joined by commas, then CRLF.
void append_csv_row(std::string& out, std::span<const std::string> fields);
void append_csv_row(std::string& out, std::initializer_list<std::string_view> fields);

/// The records of CSV text (RFC 4180 quoting; records ended by CRLF, LF or CR; a last record
/// without an ending is read too). Blank lines are records of one empty field; a leading UTF-8
/// BOM is skipped. Throws DataFileError naming `source` and the line of an unterminated quote.
std::vector<std::vector<std::string>> parse_csv(std::string_view text,
                                                std::string_view source = "<csv>");

}  // namespace zhifa
