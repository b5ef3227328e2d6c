// A program built against an installed bangfu, found with find_package(bangfu).
#include <bangfu/bangfu.hpp>
#include <cstdio>

int main() {
  auto engine = bangfu::Engine::open(":memory:");
  auto ganluo = engine->region(513435);
  std::printf("bangfu %s: %s\n", bangfu::version(), ganluo.path.c_str());
  try {
    bangfu::parse_id_number("110105194912310021");
    return 1;
  } catch (const bangfu::Error& e) {  // typeinfo of bangfu::Error crosses the library boundary
    std::printf("caught %s: %s\n", bangfu::error_code_name(e.code()), e.what());
  }
  return ganluo.path == "四川省/凉山彝族自治州/甘洛县" ? 0 : 1;
}
