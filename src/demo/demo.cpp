#include "bangfu/demo.hpp"
#include "bangfu/engine.hpp"
namespace bangfu {
DemoSummary build_demo(Engine&, const DemoOptions&) { throw Error(ErrorCode::internal, "demo: not built yet"); }
}  // namespace bangfu
