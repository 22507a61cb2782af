// Private: a JSON value with the path that led to it, so every error names the offending entry.
// Only lib/ uses it; nlohmann::json stays out of the public headers.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "zhifa/citation.hpp"
#include "zhifa/date.hpp"
#include "zhifa/error.hpp"

namespace zhifa::detail {

using nlohmann::json;

/// The text of a value the library writes for a reader (to_json): compact, UTF-8 as is, an
/// ill-formed byte sequence written as U+FFFD instead of throwing mid-output.
inline std::string dump_json(const json& j) {
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

struct Node {
  const json& j;
  std::string path;
  std::string_view source;

  [[noreturn]] void fail(const std::string& why) const {
    throw DataFileError(std::string(source) + ": " + path + ": " + why);
  }
  Node at(const char* key) const {
    if (!j.is_object()) fail("expected an object");
    auto it = j.find(key);
    if (it == j.end()) fail(std::string("missing \"") + key + "\"");
    return Node{*it, path + "." + key, source};
  }
  std::optional<Node> maybe(const char* key) const {
    if (!j.is_object()) fail("expected an object");
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) return std::nullopt;
    return Node{*it, path + "." + key, source};
  }
  Node item(std::size_t i) const {
    return Node{j[i], path + "[" + std::to_string(i) + "]", source};
  }
  std::size_t size() const {
    if (!j.is_array()) fail("expected an array");
    return j.size();
  }
  std::string str() const {
    if (!j.is_string()) fail("expected a string");
    return j.get<std::string>();
  }
  int integer() const {
    if (!j.is_number_integer()) fail("expected an integer");
    auto v = j.get<long long>();
    if (v < -1000000000LL || v > 1000000000LL) fail("integer out of range");
    return static_cast<int>(v);
  }
  std::int64_t int64() const {
    if (!j.is_number_integer()) fail("expected an integer");
    return j.get<std::int64_t>();
  }
  bool boolean() const {
    if (!j.is_boolean()) fail("expected true or false");
    return j.get<bool>();
  }
  Date date() const {
    std::string s = str();
    try {
      return parse_iso_date(s);
    } catch (const ValidationError& e) {
      fail(e.what());
    }
  }
  std::vector<Date> dates() const {
    std::vector<Date> out;
    for (std::size_t i = 0; i < size(); ++i) out.push_back(item(i).date());
    return out;
  }
  std::string str_or(const char* key, std::string dflt) const {
    auto n = maybe(key);
    return n ? n->str() : dflt;
  }
};

/// Checks the "format" and "version" fields every zhifa data document starts with.
/// Checks "format" and that "version" is one of oldest..newest; returns the version.
inline int check_header(const Node& root, const char* format, int oldest, int newest) {
  if (root.at("format").str() != format) {
    root.at("format").fail(std::string("expected \"") + format + "\"");
  }
  const int v = root.at("version").integer();
  if (v < oldest || v > newest) {
    root.at("version").fail(
        "version " + std::to_string(v) + " is not supported (this zhifa reads " +
        (oldest == newest ? std::to_string(newest)
                          : std::to_string(oldest) + " to " + std::to_string(newest)) +
        ")");
  }
  return v;
}
inline void check_header(const Node& root, const char* format, int version) {
  check_header(root, format, version, version);
}

/// Parses `text`; DataFileError naming `source` when it is not JSON.
inline json parse_json(std::string_view text, std::string_view source) {
  try {
    return json::parse(text.begin(), text.end());
  } catch (const json::parse_error& e) {
    throw DataFileError(std::string(source) + ": not valid JSON: " + e.what());
  }
}

/// A citation as the data files write it: {"law", "article", "paragraph", "item", "note"}, the
/// zero and empty parts left out.
inline json citation_json(const Citation& c) {
  json j = {{"law", c.law}};
  if (c.article) j["article"] = c.article;
  if (c.paragraph) j["paragraph"] = c.paragraph;
  if (c.item) j["item"] = c.item;
  if (!c.note.empty()) j["note"] = c.note;
  return j;
}

inline Citation read_citation(const Node& n) {
  Citation c;
  c.law = n.at("law").str();
  if (auto a = n.maybe("article")) c.article = a->integer();
  if (auto a = n.maybe("paragraph")) c.paragraph = a->integer();
  if (auto a = n.maybe("item")) c.item = a->integer();
  c.note = n.str_or("note", "");
  return c;
}

}  // namespace zhifa::detail
