// The CLI commands of the three systems that work on a store's cases: verify, proof and
// checkpoint (the full-process record, 行政处罚法 Art. 47) and review (legality review, Art. 58).
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli.hpp"
#include "zhifa/procedure.hpp"
#include "zhifa/record.hpp"
#include "zhifa/review.hpp"

namespace zhifa::cli {
namespace {

using nlohmann::json;

std::uint64_t count_arg(const po::variables_map& vm, const char* key) {
  return static_cast<std::uint64_t>(
      parse_count(vm[key].as<std::string>(), std::string("--") + key));
}

json head_json(const SignedTreeHead& h) { return json::parse(to_json(h)); }

json hex_list(const std::vector<Hash>& hashes) {
  json out = json::array();
  for (const auto& h : hashes) out.push_back(to_hex(h));
  return out;
}

}  // namespace

int cmd_verify(const std::vector<std::string>& args) {
  po::options_description d(
      "usage: zhifa verify [--db PATH] [--case NUMBER|ID] [--key PUBLIC.pem] [--json]\n\n"
      "Checks the full-process record (Art. 47) of one case or of every case: each entry against\n"
      "the leaf hash stored when it was appended, and the record against its tree heads (with\n"
      "--key, every head must carry a valid signature by that key). Exit code 1 when any record\n"
      "was tampered with, naming the case and the first bad position.\n\noptions");
  d.add_options()("help", "this text")("case", po::value<std::string>(), "one case")(
      "key", po::value<std::string>(), "the agency's Ed25519 public key (PEM)")(
      "json", "one JSON object per case on stdout");
  add_db_option(d);
  auto vm = parse(args, d, {});
  if (help(vm, d)) return kOk;
  CaseStore store = open_existing(vm);
  std::optional<VerifyingKey> key;
  if (vm.count("key")) key = VerifyingKey::from_pem_file(vm["key"].as<std::string>());
  const VerifyingKey* k = key ? &*key : nullptr;
  // Only counters are kept: the cases are listed a page at a time (for_each_summary).
  std::size_t bad = 0, done = 0, total = 1;
  auto check = [&](std::int64_t id, const std::string& number) {
    const LogVerification v = store.verify_records(id, {}, k);
    show_progress("verifying", ++done, total);
    if (!v.ok) ++bad;
    if (vm.count("json")) {
      json line = json::parse(to_json(v));
      line["id"] = id;
      line["number"] = number;
      std::cout << line.dump() << "\n";
    } else if (!v.ok) {
      std::cout << (number.empty() ? "case " + std::to_string(id) : number) << ": TAMPERED"
                << (v.first_bad ? " at entry " + std::to_string(*v.first_bad) : "") << ": "
                << v.reason << "\n";
    }
  };
  if (vm.count("case")) {
    const Case c = case_of(store, vm["case"].as<std::string>(), "--case");
    check(c.id, c.number);
  } else {
    total = static_cast<std::size_t>(store.count());
    for_each_summary(store, {}, [&](const CaseSummary& s) { check(s.id, s.number); });
  }
  if (!vm.count("json")) {
    std::cout << done << " record(s) checked, " << bad << " tampered"
              << (k ? ", heads verified with key " + k->key_id() : "") << "\n";
  }
  return bad ? kFinding : kOk;
}

int cmd_proof(const std::vector<std::string>& args) {
  po::options_description d(
      "usage: zhifa proof --case NUMBER|ID --index I [--size N] [--db PATH]\n"
      "       zhifa proof --case NUMBER|ID --from M [--size N] [--db PATH]\n\n"
      "Prints, as JSON, an inclusion proof of entry I in the first N entries of the case's record\n"
      "(default N: all), or a consistency proof that the first M entries are a prefix of the\n"
      "first N (RFC 9162 §2.1.3, §2.1.4; see docs/merkle.md to check one without zhifa).\n\n"
      "options");
  d.add_options()("help", "this text")("case", po::value<std::string>(), "the case")(
      "index", po::value<std::string>(), "the entry (from 0)")("from", po::value<std::string>(),
                                                               "the older tree size")(
      "size", po::value<std::string>(), "the tree size (default: the whole record)");
  add_db_option(d);
  auto vm = parse(args, d, {});
  if (help(vm, d)) return kOk;
  if (!vm.count("case")) throw UsageError("zhifa proof: --case is required");
  if (vm.count("index") == vm.count("from")) {
    throw UsageError("zhifa proof: give either --index (inclusion) or --from (consistency)");
  }
  CaseStore store = open_existing(vm);
  const Case c = case_of(store, vm["case"].as<std::string>(), "--case");
  const auto log = MerkleLog::from_leaf_hashes(store.record_leaf_hashes(c.id));
  const std::uint64_t size = vm.count("size") ? count_arg(vm, "size") : log.size();
  json out{{"case", c.number}, {"id", c.id}, {"tree_size", size}};
  if (vm.count("index")) {
    const std::uint64_t index = count_arg(vm, "index");
    const auto proof = log.inclusion_proof(index, size);  // ValidationError names bad values
    out["leaf_index"] = index;
    out["leaf_hash"] = to_hex(log.leaf_hash_at(index));
    out["root"] = to_hex(log.root_at(size));
    out["inclusion_proof"] = hex_list(proof);
  } else {
    const std::uint64_t from = count_arg(vm, "from");
    const auto proof = log.consistency_proof(from, size);
    out["old_size"] = from;
    out["old_root"] = to_hex(log.root_at(from));
    out["root"] = to_hex(log.root_at(size));
    out["consistency_proof"] = hex_list(proof);
  }
  std::cout << out.dump(1) << "\n";
  return kOk;
}

int cmd_checkpoint(const std::vector<std::string>& args) {
  po::options_description d(
      "usage: zhifa checkpoint --case NUMBER|ID --at YYYY-MM-DDThh:mm:ssZ [--key PRIVATE.pem]\n"
      "                        [--db PATH]\n\n"
      "Takes a tree head of the case's record as stored now, signs it with the agency's Ed25519\n"
      "key when given, stores it and prints it as JSON for a supervisor to keep.\n\noptions");
  d.add_options()("help", "this text")("case", po::value<std::string>(), "the case")(
      "at", po::value<std::string>(), "the time of the head, UTC")(
      "key", po::value<std::string>(), "the agency's Ed25519 private key (PKCS #8 PEM)");
  add_db_option(d);
  auto vm = parse(args, d, {});
  if (help(vm, d)) return kOk;
  if (!vm.count("case") || !vm.count("at")) {
    throw UsageError("zhifa checkpoint: --case and --at are required");
  }
  std::optional<SigningKey> key;
  if (vm.count("key")) key = SigningKey::from_pem_file(vm["key"].as<std::string>());
  CaseStore store = open_existing(vm);
  const Case c = case_of(store, vm["case"].as<std::string>(), "--case");
  const auto head =
      store.checkpoint_records(c.id, vm["at"].as<std::string>(), key ? &*key : nullptr);
  json out = head_json(head);
  out["case"] = c.number;
  std::cout << out.dump(1) << "\n";
  return kOk;
}

int cmd_review(const std::vector<std::string>& args) {
  po::options_description d(
      "usage: zhifa review --case NUMBER|ID [--criteria FILE] [--db PATH] [--json]\n\n"
      "Whether the case's decision (or, before it, the notified penalties) needs legality review\n"
      "under Art. 58 and the list of major decisions, which criteria matched and why, and the\n"
      "case's review records. Default criteria: the shipped example (data/review/criteria.json),\n"
      "whose local thresholds are examples, not law. Exit code 1 when a review is required but\n"
      "no passing one is on file.\n\noptions");
  d.add_options()("help", "this text")("case", po::value<std::string>(), "the case")(
      "criteria", po::value<std::string>(), "a zhifa-review-criteria JSON file")("json",
                                                                                 "print JSON");
  add_db_option(d);
  auto vm = parse(args, d, {});
  if (help(vm, d)) return kOk;
  if (!vm.count("case")) throw UsageError("zhifa review: --case is required");
  const ReviewCriteria criteria =
      vm.count("criteria") ? ReviewCriteria::from_json_file(vm["criteria"].as<std::string>())
                           : ReviewCriteria::example();
  CaseStore store = open_existing(vm);
  const Case c = case_of(store, vm["case"].as<std::string>(), "--case");
  static const std::vector<Penalty> none;
  const auto& penalties = c.decision ? c.decision->penalties : c.notice ? c.notice->proposed : none;
  const auto grounds =
      criteria.match(c, penalties, c.decision ? c.decision->mitigation : Mitigation::kNone);
  const bool passed = !c.reviews.empty() && c.reviews.back().passed();
  if (vm.count("json")) {
    json g = json::array(), r = json::array();
    for (const auto& x : grounds) {
      g.push_back({{"criterion", x.criterion_id}, {"basis", x.basis}, {"reason", x.reason}});
    }
    for (const auto& x : c.reviews) {
      json f = json::array();
      for (const auto& y : x.findings) {
        f.push_back({{"item", y.item}, {"satisfied", y.satisfied}, {"note", y.note}});
      }
      r.push_back({{"reviewed_on", iso(x.reviewed_on)},
                   {"reviewer_id", x.reviewer_id},
                   {"verdict", to_string(x.verdict)},
                   {"opinion", x.opinion},
                   {"findings", f}});
    }
    std::cout << json{{"case", c.number},
                      {"criteria", criteria.name()},
                      {"required", !grounds.empty()},
                      {"grounds", g},
                      {"reviews", r}}
                     .dump(1)
              << "\n";
  } else {
    std::cout << c.number << " (" << c.title << ")\n";
    if (grounds.empty()) {
      std::cout << "legality review: not required under " << criteria.name() << "\n";
    } else {
      std::cout << "legality review: REQUIRED (Art. 58)\n";
      for (const auto& x : grounds) std::cout << "  - " << x.text() << "\n";
    }
    for (const auto& x : c.reviews) {
      std::cout << "review " << iso(x.reviewed_on) << " by " << x.reviewer_id << ": "
                << to_string(x.verdict) << (x.opinion.empty() ? "" : " (" + x.opinion + ")")
                << "\n";
      for (const auto& y : x.findings) {
        std::cout << "    " << (y.satisfied ? "ok  " : "FAIL") << " " << y.item
                  << (y.note.empty() ? "" : ": " + y.note) << "\n";
      }
    }
  }
  return !grounds.empty() && !passed ? kFinding : kOk;
}

}  // namespace zhifa::cli
