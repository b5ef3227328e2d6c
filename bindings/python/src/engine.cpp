// bangfu.Engine: opening, closing, the clock. The commands of each area are added to the
// class by that area's init function.
#include "common.hpp"

namespace bangfu::python {
namespace {

// The engine's clock backed by a Python callable (or a fixed datetime). Called by the
// engine with the GIL released, so it takes the GIL; the Python object is released with
// the GIL held, whichever thread drops the last reference.
class PyClock {
 public:
  explicit PyClock(py::object source)
      : callable_(PyCallable_Check(source.ptr()) != 0),
        source_(new py::object(std::move(source)), [](py::object* p) {
          py::gil_scoped_acquire gil;
          delete p;
        }) {}

  boost::posix_time::ptime operator()() const {
    py::gil_scoped_acquire gil;
    py::object now;
    try {
      now = callable_ ? (*source_)() : *source_;
    } catch (py::error_already_set& e) {
      std::string what = e.what();
      throw Error(ErrorCode::invalid_argument, "clock: the clock callable raised " + what, "clock", "");
    }
    return ptime_from_py(now, "clock");
  }

 private:
  bool callable_;
  std::shared_ptr<py::object> source_;
};

}  // namespace

std::shared_ptr<Engine> EngineHandle::get() const {
  if (!engine)
    throw Error(ErrorCode::invalid_state,
                "engine: the engine for '" + path + "' is closed; open it again with bangfu.Engine.open(path)",
                "engine", path);
  return engine;
}

EngineClass engine_class(py::module_& m) { return py::reinterpret_borrow<EngineClass>(m.attr("Engine")); }

void init_engine(py::module_& m) {
  EngineClass cls(m, "Engine",
                  "A bangfu database. Open one with Engine.open(path); every command takes the acting "
                  "account's id first (bangfu.SYSTEM_ACTOR for the host itself). One Engine may be used by "
                  "many threads; calls release the GIL.");
  cls.def_static(
         "open",
         [](py::handle path_arg, py::object clock, bool create_if_missing) {
           std::string path = path_from_py(path_arg, "path");
           OpenOptions options;
           options.create_if_missing = create_if_missing;
           if (!clock.is_none()) {
             if (!PyCallable_Check(clock.ptr())) ptime_from_py(clock, "clock");  // a fixed datetime: check it now
             options.clock = PyClock(std::move(clock));
           }
           EngineHandle h;
           h.path = path;
           h.engine = nogil([&] { return std::shared_ptr<Engine>(Engine::open(path, std::move(options))); });
           return h;
         },
         py::arg("path"), py::arg("clock") = py::none(), py::arg("create_if_missing") = true,
         "Opens (creating when allowed) a database file, or ':memory:'. clock: a callable returning the current "
         "time as a datetime.datetime (UTC, or timezone-aware), or a fixed datetime; default: the system clock.")
      .def(
          "close", [](EngineHandle& h) { h.engine.reset(); },
          "Closes the database. Later calls raise bangfu.InvalidState. Also done by `with`.")
      .def_property_readonly("closed", [](const EngineHandle& h) { return !h.engine; })
      .def_property_readonly("path", [](const EngineHandle& h) { return h.path; })
      .def("__enter__", [](py::object self) { return self; })
      .def("__exit__", [](EngineHandle& h, py::args) { h.engine.reset(); return false; })
      .def("__repr__",
           [](const EngineHandle& h) {
             return "<bangfu.Engine " + std::string(py::repr(py::str(h.path))) + (h.engine ? "" : " closed") + ">";
           })
      .def(
          "schema_version", [](const EngineHandle& h) { return call(h, [](Engine& e) { return e.schema_version(); }); },
          "Schema version of the open database.")
      .def_static("supported_schema_version", &Engine::supported_schema_version,
                  "Newest schema version this build reads and writes.")
      .def(
          "today", [](const EngineHandle& h) { return call(h, [](Engine& e) { return e.today(); }); },
          "Today in China Standard Time, from the engine's clock (datetime.date).");
}

}  // namespace bangfu::python
