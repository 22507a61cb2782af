#include "zhifa/record.hpp"

#include <algorithm>
#include <utility>

#include "util/file.hpp"
#include "util/json_node.hpp"
#include "zhifa/error.hpp"
#include "zhifa/hash.hpp"

namespace zhifa {
namespace detail {
extern const std::string_view kRecordingPolicyJson;
}

namespace {

void put_u32(std::string& out, std::uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8)
    out.push_back(static_cast<char>((v >> shift) & 0xff));
}

void put_u64(std::string& out, std::uint64_t v) {
  for (int shift = 56; shift >= 0; shift -= 8)
    out.push_back(static_cast<char>((v >> shift) & 0xff));
}

void put_text(std::string& out, std::string_view s) {
  put_u32(out, static_cast<std::uint32_t>(s.size()));
  out.append(s);
}

bool digits(std::string_view s, std::size_t at, int lo, int hi) {
  if (at + 2 > s.size()) return false;
  const char a = s[at], b = s[at + 1];
  if (a < '0' || a > '9' || b < '0' || b > '9') return false;
  const int v = (a - '0') * 10 + (b - '0');
  return v >= lo && v <= hi;
}

bool valid_time(std::string_view t) {
  if (t.size() != 5 && t.size() != 8) return false;
  if (!digits(t, 0, 0, 23) || t[2] != ':' || !digits(t, 3, 0, 59)) return false;
  return t.size() == 5 || (t[5] == ':' && digits(t, 6, 0, 59));
}

AvRequirement requirement_from(const detail::Node& n) {
  const std::string s = n.str();
  if (s == "required") return AvRequirement::kRequired;
  if (s == "recommended") return AvRequirement::kRecommended;
  n.fail("unknown requirement '" + s + "' (one of: required, recommended)");
}

}  // namespace

std::string encode_record(const RecordEntry& e) {
  std::string out = "ZFRE";
  out.push_back('\x01');
  put_u64(out, e.seq);
  put_text(out, iso(e.on));
  put_text(out, e.time);
  put_text(out, e.place);
  put_u32(out, static_cast<std::uint32_t>(e.officers.size()));
  for (const auto& o : e.officers) put_text(out, o);
  put_text(out, to_string(e.step));
  put_text(out, to_string(e.kind));
  put_text(out, e.description);
  put_text(out, e.media_sha256);
  put_text(out, e.media_ref);
  return out;
}

Hash record_leaf_hash(const RecordEntry& entry) { return leaf_hash(encode_record(entry)); }

std::optional<std::string> record_problem(const RecordEntry& e) {
  if (!e.time.empty() && !valid_time(e.time)) {
    return "record time '" + e.time + "' is not HH:MM or HH:MM:SS";
  }
  const bool media =
      e.kind == RecordKind::kPhoto || e.kind == RecordKind::kAudio || e.kind == RecordKind::kVideo;
  if (media && e.media_sha256.empty()) {
    return "a " + to_string(e.kind) + " entry needs the SHA-256 of its file";
  }
  if (!e.media_sha256.empty() && !is_sha256_hex(e.media_sha256)) {
    return "media_sha256 '" + e.media_sha256 + "' is not 64 lowercase hexadecimal digits";
  }
  if (e.officers.empty()) return "a record entry names the officers who made it";
  return std::nullopt;
}

MerkleLog record_log(std::span<const RecordEntry> entries) {
  MerkleLog log;
  for (const auto& e : entries) log.append_leaf_hash(record_leaf_hash(e));
  return log;
}

LogVerification verify_record_log(std::span<const RecordEntry> entries,
                                  std::span<const Hash> stored_leaf_hashes,
                                  std::span<const SignedTreeHead> heads, const VerifyingKey* key) {
  LogVerification v;
  v.entries = entries.size();
  auto bad = [&](std::optional<std::uint64_t> at, std::string why) {
    v.ok = false;
    v.first_bad = at;
    v.reason = std::move(why);
    return v;
  };
  for (std::uint64_t i = 0; i < entries.size(); ++i) {
    if (entries[i].seq != i) {
      return bad(i, "the entry at position " + std::to_string(i) + " has sequence number " +
                        std::to_string(entries[i].seq) +
                        ": an entry was deleted, inserted or moved");
    }
  }
  MerkleLog log;
  for (std::uint64_t i = 0; i < entries.size(); ++i) {
    const Hash h = record_leaf_hash(entries[i]);
    if (i < stored_leaf_hashes.size() && h != stored_leaf_hashes[i]) {
      return bad(i,
                 "entry " + std::to_string(i) +
                     " does not match the leaf hash stored when it was appended: it was changed");
    }
    log.append_leaf_hash(h);
  }
  if (stored_leaf_hashes.size() != entries.size()) {
    const auto at = std::min<std::uint64_t>(stored_leaf_hashes.size(), entries.size());
    return bad(at, std::to_string(entries.size()) + " entries but " +
                       std::to_string(stored_leaf_hashes.size()) + " stored leaf hashes");
  }
  std::vector<const SignedTreeHead*> order;
  for (const auto& h : heads) order.push_back(&h);
  std::stable_sort(order.begin(), order.end(),
                   [](const auto* a, const auto* b) { return a->head.size < b->head.size; });
  std::uint64_t covered = 0;
  for (const SignedTreeHead* h : order) {
    const std::string label =
        "the tree head of " + std::to_string(h->head.size) + " entries at " + h->head.timestamp;
    if (key && !key->verify_head(*h)) {
      return bad(std::nullopt, label + " does not verify with key " + key->key_id() +
                                   " (signed by '" + h->key_id + "')");
    }
    if (h->head.size > entries.size()) {
      return bad(entries.size(), label + " covers more than the " + std::to_string(entries.size()) +
                                     " entries stored: entries were removed at the end");
    }
    if (log.root_at(h->head.size) != h->head.root) {
      return bad(covered, "the first " + std::to_string(h->head.size) +
                              " entries do not have the root of " + label +
                              ": an entry at or after position " + std::to_string(covered) +
                              " was changed together with its stored hash");
    }
    covered = h->head.size;
    ++v.heads_checked;
  }
  return v;
}

RecordingPolicy RecordingPolicy::builtin() {
  static const RecordingPolicy policy =
      from_json(detail::kRecordingPolicyJson, "built-in recording policy.json");
  return policy;
}

RecordingPolicy RecordingPolicy::from_json(std::string_view text, std::string_view source) {
  detail::json doc = detail::parse_json(text, source);
  detail::Node root{doc, "$", source};
  detail::check_header(root, "zhifa-recording-policy", 1);
  RecordingPolicy p;
  p.name_ = root.at("name").str();
  detail::Node steps = root.at("steps");
  for (std::size_t i = 0; i < steps.size(); ++i) {
    detail::Node s = steps.item(i);
    RecordStep step;
    try {
      step = record_step_from_string(s.at("step").str());
    } catch (const ValidationError& e) {
      s.at("step").fail(e.what());
    }
    if (p.requirement(step)) s.at("step").fail("step '" + to_string(step) + "' appears twice");
    p.steps_.emplace_back(step, requirement_from(s.at("audio_video")));
  }
  return p;
}

RecordingPolicy RecordingPolicy::from_json_file(const std::string& path) {
  return from_json(detail::read_file(path), path);
}

std::optional<AvRequirement> RecordingPolicy::requirement(RecordStep step) const {
  for (const auto& [s, r] : steps_) {
    if (s == step) return r;
  }
  return std::nullopt;
}

std::vector<RecordingGap> RecordingPolicy::gaps(const Case& c, bool include_recommended) const {
  std::vector<RecordingGap> out;
  for (const auto& [step, req] : steps_) {
    if (req == AvRequirement::kRecommended && !include_recommended) continue;
    bool happened = false, recorded = false;
    for (const auto& e : c.records) {
      if (e.step != step) continue;
      happened = true;
      recorded = recorded || e.is_audio_video();
    }
    std::string what = "a " + to_string(step) + " entry";
    if (step == RecordStep::kHearing && c.hearing && c.hearing->held_on) {
      happened = true;
      what = "the hearing of " + iso(*c.hearing->held_on);
    }
    if (step == RecordStep::kService && c.served_on) {
      happened = true;
      what = "the service of " + iso(*c.served_on);
    }
    if (happened && !recorded) {
      out.push_back(
          RecordingGap{step, req,
                       what + " has no audio or video record (" +
                           (req == AvRequirement::kRequired ? "required" : "recommended") + " by " +
                           name_ + ", Art. 47)"});
    }
  }
  return out;
}

std::string to_string(AvRequirement r) {
  return r == AvRequirement::kRequired ? "required" : "recommended";
}

std::string to_json(const LogVerification& v) {
  using detail::json;
  return detail::dump_json({{"ok", v.ok},
                            {"entries", v.entries},
                            {"heads_checked", v.heads_checked},
                            {"first_bad", v.first_bad ? json(*v.first_bad) : json(nullptr)},
                            {"reason", v.reason}});
}

}  // namespace zhifa
