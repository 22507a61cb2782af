// Private: the store's column tables. Each table's columns are declared once, as a list of
// Column<T>: its name, how a value of T is bound to it and how it is read back. The list drives
// the schema check at open (every declared column must exist), the INSERT and SELECT statements
// and the binding and reading, by the same index: there is no second list to keep in step.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "store/backend.hpp"
#include "zhifa/case.hpp"
#include "zhifa/date.hpp"
#include "zhifa/money.hpp"

namespace zhifa::detail {

/// A JSON array of strings (lists of officer ids), as the store keeps them.
std::string json_list(const std::vector<std::string>& v);
std::vector<std::string> list_from_json(std::string_view text);

/// How a C++ value is bound to a parameter and read from a column.
template <typename V>
struct Codec;

template <>
struct Codec<std::string> {
  static void bind(Statement& s, int i, const std::string& v) { s.bind_text(i, v); }
  static std::string read(const Statement& r, int i) { return std::string(r.text(i)); }
};
template <>
struct Codec<bool> {
  static void bind(Statement& s, int i, bool v) { s.bind_int(i, v ? 1 : 0); }
  static bool read(const Statement& r, int i) { return r.int64(i) != 0; }
};
template <>
struct Codec<int> {
  static void bind(Statement& s, int i, int v) { s.bind_int(i, v); }
  static int read(const Statement& r, int i) { return static_cast<int>(r.int64(i)); }
};
template <>
struct Codec<std::uint64_t> {
  static void bind(Statement& s, int i, std::uint64_t v) {
    s.bind_int(i, static_cast<std::int64_t>(v));
  }
  static std::uint64_t read(const Statement& r, int i) {
    return static_cast<std::uint64_t>(r.int64(i));
  }
};
template <>
struct Codec<Date> {
  static void bind(Statement& s, int i, const Date& v) { s.bind_text(i, iso(v)); }
  static Date read(const Statement& r, int i) { return parse_iso_date(r.text(i)); }
};
template <>
struct Codec<std::optional<Date>> {
  static void bind(Statement& s, int i, const std::optional<Date>& v) {
    if (v) {
      s.bind_text(i, iso(*v));
    } else {
      s.bind_null(i);
    }
  }
  static std::optional<Date> read(const Statement& r, int i) {
    if (r.null(i)) return std::nullopt;
    return parse_iso_date(r.text(i));
  }
};
template <>
struct Codec<Money> {
  static void bind(Statement& s, int i, const Money& v) { s.bind_int(i, v.fen()); }
  static Money read(const Statement& r, int i) { return Money::from_fen(r.int64(i)); }
};
template <>
struct Codec<std::optional<Money>> {
  static void bind(Statement& s, int i, const std::optional<Money>& v) {
    if (v) {
      s.bind_int(i, v->fen());
    } else {
      s.bind_null(i);
    }
  }
  static std::optional<Money> read(const Statement& r, int i) {
    if (r.null(i)) return std::nullopt;
    return Money::from_fen(r.int64(i));
  }
};
template <>
struct Codec<std::vector<std::string>> {
  static void bind(Statement& s, int i, const std::vector<std::string>& v) {
    s.bind_text(i, json_list(v));
  }
  static std::vector<std::string> read(const Statement& r, int i) {
    return list_from_json(r.text(i));
  }
};

/// An enumeration kept as its zhifa name.
template <typename E, E (*from)(std::string_view)>
struct EnumCodec {
  static void bind(Statement& s, int i, E v) { s.bind_text(i, to_string(v)); }
  static E read(const Statement& r, int i) { return from(r.text(i)); }
};
// clang-format off
template <> struct Codec<CaseStatus> : EnumCodec<CaseStatus, case_status_from_string> {};
template <> struct Codec<PenaltyKind> : EnumCodec<PenaltyKind, penalty_kind_from_string> {};
template <> struct Codec<Outcome> : EnumCodec<Outcome, outcome_from_string> {};
template <> struct Codec<EvidenceKind> : EnumCodec<EvidenceKind, evidence_kind_from_string> {};
template <> struct Codec<DocumentType> : EnumCodec<DocumentType, document_type_from_string> {};
template <> struct Codec<ServiceMethod> : EnumCodec<ServiceMethod, service_method_from_string> {};
template <> struct Codec<CaseSource> : EnumCodec<CaseSource, case_source_from_string> {};
template <> struct Codec<PartyKind> : EnumCodec<PartyKind, party_kind_from_string> {};
template <> struct Codec<ProcedureKind> : EnumCodec<ProcedureKind, procedure_kind_from_string> {};
template <> struct Codec<Mitigation> : EnumCodec<Mitigation, mitigation_from_string> {};
template <> struct Codec<ReviewVerdict> : EnumCodec<ReviewVerdict, review_verdict_from_string> {};
template <> struct Codec<RecordStep> : EnumCodec<RecordStep, record_step_from_string> {};
template <> struct Codec<RecordKind> : EnumCodec<RecordKind, record_kind_from_string> {};
template <> struct Codec<DecisionChangeKind>
    : EnumCodec<DecisionChangeKind, decision_change_kind_from_string> {};
// clang-format on

/// One column of a table of T.
template <typename T>
struct Column {
  const char* name;
  void (*bind)(Statement&, int, const T&);
  void (*read)(const Statement&, int, T&);
};

template <typename>
struct MemberOf;
template <typename C, typename V>
struct MemberOf<V C::*> {
  using Owner = C;
  using Value = V;
};

/// A member of T kept as it is.
template <auto M>
constexpr auto field(const char* name) {
  using T = typename MemberOf<decltype(M)>::Owner;
  using V = typename MemberOf<decltype(M)>::Value;
  return Column<T>{name, [](Statement& s, int i, const T& t) { Codec<V>::bind(s, i, t.*M); },
                   [](const Statement& r, int i, T& t) { t.*M = Codec<V>::read(r, i); }};
}

/// A member of a member of T that is always there (the case's flags).
template <auto Part, auto M>
constexpr auto sub_field(const char* name) {
  using T = typename MemberOf<decltype(Part)>::Owner;
  using V = typename MemberOf<decltype(M)>::Value;
  return Column<T>{name,
                   [](Statement& s, int i, const T& t) { Codec<V>::bind(s, i, (t.*Part).*M); },
                   [](const Statement& r, int i, T& t) { (t.*Part).*M = Codec<V>::read(r, i); }};
}

/// Binds a member of an optional part of T, NULL when the part is absent.
template <auto Part, auto M, typename T>
void bind_part_member(Statement& s, int i, const T& t) {
  using V = typename MemberOf<decltype(M)>::Value;
  if (t.*Part) {
    Codec<V>::bind(s, i, (*(t.*Part)).*M);
  } else {
    s.bind_null(i);
  }
}

/// A member of an optional part of T (the notice, the hearing, a document's service, ...): NULL
/// when the part is absent, and read only into a part that an earlier column opened.
template <auto Part, auto M>
constexpr auto part_field(const char* name) {
  using T = typename MemberOf<decltype(Part)>::Owner;
  using V = typename MemberOf<decltype(M)>::Value;
  return Column<T>{name, bind_part_member<Part, M, T>, [](const Statement& r, int i, T& t) {
                     if (t.*Part) (*(t.*Part)).*M = Codec<V>::read(r, i);
                   }};
}

/// The member of an optional part whose presence tells whether the part is there: NULL for an
/// absent part, and a value opens the part. It comes before the part's other columns.
template <auto Part, auto M>
constexpr auto part_key(const char* name) {
  using T = typename MemberOf<decltype(Part)>::Owner;
  using V = typename MemberOf<decltype(M)>::Value;
  return Column<T>{name, bind_part_member<Part, M, T>, [](const Statement& r, int i, T& t) {
                     if (r.null(i)) return;
                     (t.*Part).emplace();
                     (*(t.*Part)).*M = Codec<V>::read(r, i);
                   }};
}

/// "a, b, c" of the columns, each prefixed with `prefix` (a table alias with its dot, or "").
template <typename T>
std::string column_list(std::span<const Column<T>> columns, std::string_view prefix = "") {
  std::string out;
  for (const auto& c : columns) {
    if (!out.empty()) out += ", ";
    out += prefix;
    out += c.name;
  }
  return out;
}

/// Binds the columns' values of `t` to parameters first, first + 1, ...
template <typename T>
void bind_columns(Statement& s, int first, std::span<const Column<T>> columns, const T& t) {
  for (const auto& c : columns) c.bind(s, first++, t);
}

/// Reads columns first, first + 1, ... of the current row into `t`.
template <typename T>
void read_columns(const Statement& r, int first, std::span<const Column<T>> columns, T& t) {
  for (const auto& c : columns) c.read(r, first++, t);
}

/// Adds to `missing` the declared columns that `have` (a table's columns) lacks, as "table.col".
template <typename T>
void missing_columns(const std::string& table, std::span<const Column<T>> columns,
                     const std::vector<std::string>& have, std::vector<std::string>& missing) {
  for (const auto& c : columns) {
    bool found = false;
    for (const auto& h : have) found = found || h == c.name;
    if (!found) missing.push_back(table + "." + c.name);
  }
}

}  // namespace zhifa::detail
