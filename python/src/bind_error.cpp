// The one place where C++ exceptions become Python exceptions. Each zhifa error class has a
// Python class under zhifa.Error; some also derive from the built-in that Python code expects
// (ValidationError is a ValueError, NotFoundError a KeyError, OverflowError an OverflowError).
#include <boost/date_time/gregorian/greg_date.hpp>

#include "bindings.hpp"
#include "zhifa/error.hpp"

namespace py = pybind11;

namespace zhifa::python {
namespace {

struct PyErrors {
  PyObject* error = nullptr;
  PyObject* validation = nullptr;
  PyObject* overflow = nullptr;
  PyObject* legal_guard = nullptr;
  PyObject* not_found = nullptr;
  PyObject* conflict = nullptr;
  PyObject* coverage = nullptr;
  PyObject* data_file = nullptr;
  PyObject* storage = nullptr;
  PyObject* integrity = nullptr;
  PyObject* archive = nullptr;
};

PyErrors& errors() {
  static PyErrors e;  // the classes live as long as the interpreter (owned by the module)
  return e;
}

PyObject* make(py::module_& m, const char* name, const char* doc,
               std::initializer_list<PyObject*> bases) {
  py::tuple b(bases.size());
  std::size_t i = 0;
  for (PyObject* base : bases) b[i++] = py::reinterpret_borrow<py::object>(base);
  std::string qualified = std::string("zhifa.") + name;
  PyObject* cls = PyErr_NewExceptionWithDoc(qualified.c_str(), doc, b.ptr(), nullptr);
  if (!cls) throw py::error_already_set();
  m.add_object(name, py::reinterpret_borrow<py::object>(cls));
  return cls;  // the module holds a reference; keep ours for the interpreter's lifetime
}

}  // namespace

void bind_error(py::module_& m) {
  auto& e = errors();
  e.error = make(m, "Error", "Root of all zhifa errors.", {PyExc_RuntimeError});
  e.validation =
      make(m, "ValidationError", "Malformed or out-of-range input.", {e.error, PyExc_ValueError});
  e.overflow = make(m, "OverflowError", "Arithmetic beyond the representable range.",
                    {e.validation, PyExc_OverflowError});
  e.legal_guard = make(m, "LegalGuardError",
                       "A step the law forbids; the message cites the article.", {e.error});
  e.not_found =
      make(m, "NotFoundError", "A named thing that does not exist.", {e.error, PyExc_KeyError});
  e.conflict = make(m, "ConflictError", "Data that contradict each other.", {e.error});
  e.coverage =
      make(m, "CalendarCoverageError",
           "A date outside the calendar's official data; never answered with a guess.", {e.error});
  e.data_file = make(m, "DataFileError", "A data file that cannot be read or breaks its format.",
                     {e.validation});
  e.storage = make(m, "StorageError",
                   "The database failed (cannot open, locked, newer schema, ...).", {e.error});
  e.integrity = make(m, "IntegrityError",
                     "Data that do not match their hash, signature or log (tampering or "
                     "corruption).",
                     {e.error});

  e.archive = make(m, "ArchiveError",
                   "An electronic case file that cannot be read or written (truncated, wrong "
                   "magic or version, hash or signature mismatch, undecodable or inconsistent).",
                   {e.error});

  py::register_exception_translator([](std::exception_ptr p) {
    auto& x = errors();
    try {
      if (p) std::rethrow_exception(p);
    } catch (const CalendarCoverageError& err) {
      PyErr_SetString(x.coverage, err.what());
    } catch (const DataFileError& err) {
      PyErr_SetString(x.data_file, err.what());
    } catch (const OverflowError& err) {
      PyErr_SetString(x.overflow, err.what());
    } catch (const ValidationError& err) {
      PyErr_SetString(x.validation, err.what());
    } catch (const LegalGuardError& err) {
      PyErr_SetString(x.legal_guard, err.what());
    } catch (const NotFoundError& err) {
      // KeyError would repr() a plain string argument; the message reads better as given.
      PyErr_SetObject(x.not_found, py::str(err.what()).ptr());
    } catch (const StorageError& err) {
      PyErr_SetString(x.storage, err.what());
    } catch (const IntegrityError& err) {
      PyErr_SetString(x.integrity, err.what());
    } catch (const ArchiveError& err) {
      PyErr_SetString(x.archive, err.what());
    } catch (const ConflictError& err) {
      PyErr_SetString(x.conflict, err.what());
    } catch (const Error& err) {
      PyErr_SetString(x.error, err.what());
    } catch (const boost::gregorian::bad_year& err) {
      PyErr_SetString(x.validation, err.what());
    } catch (const boost::gregorian::bad_month& err) {
      PyErr_SetString(x.validation, err.what());
    } catch (const boost::gregorian::bad_day_of_month& err) {
      PyErr_SetString(x.validation, err.what());
    }
  });
}

}  // namespace zhifa::python
