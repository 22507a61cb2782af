// Hashes for Python: `bytes` of length 32 in and out.
#pragma once

#include <pybind11/pybind11.h>

#include <vector>

#include "zhifa/merkle.hpp"

namespace zhifa::python {

inline pybind11::bytes to_bytes(const Hash& h) {
  return pybind11::bytes(reinterpret_cast<const char*>(h.data()), h.size());
}

inline std::vector<pybind11::bytes> to_list(const std::vector<Hash>& hashes) {
  std::vector<pybind11::bytes> out;
  out.reserve(hashes.size());
  for (const Hash& h : hashes) out.push_back(to_bytes(h));
  return out;
}

}  // namespace zhifa::python
