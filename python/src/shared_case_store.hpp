// The object behind Python's zhifa.CaseStore: a CaseStore and the mutex that lets Python threads
// share it while the GIL is released.
//
// A CaseStore is one SQLite connection, to be used by one thread at a time. A call may wait for
// another process's write lock (the busy timeout, 10 s by default) or read a large store; holding
// the GIL meanwhile would freeze every other Python thread. So every binding that uses the store
// goes through run(): it releases the GIL first and only then takes the mutex. It never waits for
// the mutex with the GIL held: the thread holding the mutex may need the GIL for a callback
// (progress, timestamp), and the two would wait for each other. A callback into Python takes the
// GIL around the call (py::gil_scoped_acquire; pybind11's std::function wrapper does the same) and
// drops it again before the store goes on. The mutex is recursive, so that such a callback may
// call the same store again (on the thread that already holds it: the connection is not shared
// with another thread, as it was not when the GIL stayed held).
//
// Why a type of its own rather than py::class_<CaseStore> and a table of mutexes keyed by store:
// the mutex lives and dies with its connection, and a binding cannot reach the connection
// without run(), as every function that takes a store from Python takes this type.
//
// What run() passes to `f` must not touch Python objects (no py::object, no kwargs): convert
// the arguments before. Arguments bound by reference (a Case, an AuditContext) are C++ objects
// owned by Python objects the call keeps alive; another thread changing the same object during
// the call is a data race, as it is for any pybind11 function that releases the GIL.
#pragma once

#include <pybind11/pybind11.h>

#include <mutex>
#include <utility>

#include "zhifa/case_store.hpp"

namespace zhifa::python {

class SharedCaseStore {
 public:
  explicit SharedCaseStore(CaseStore store) : store_(std::move(store)) {}

  /// f(store), called with the GIL released and this store's mutex held; the GIL is taken back
  /// after the mutex is let go. Call with the GIL held.
  template <typename F>
  decltype(auto) run(F&& f) {
    pybind11::gil_scoped_release release;
    std::lock_guard<std::recursive_mutex> lock(mutex_);
    return std::forward<F>(f)(store_);
  }

  /// What never changes after opening (path, schema version, options), read without the lock.
  const CaseStore& fixed() const { return store_; }

 private:
  CaseStore store_;
  std::recursive_mutex mutex_;
};

}  // namespace zhifa::python
