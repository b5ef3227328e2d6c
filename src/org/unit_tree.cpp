#include "org/unit_tree.hpp"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/depth_first_search.hpp>
#include <string>

#include "bangfu/error.hpp"

namespace bangfu::internal {
namespace {

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;

// Records discovery order and, at finish, the last number handed out inside the subtree.
class Numbering : public boost::default_dfs_visitor {
 public:
  Numbering(std::vector<std::int64_t>& pre, std::vector<std::int64_t>& post, std::int64_t& counter,
            bool& cycle)
      : pre_(pre), post_(post), counter_(counter), cycle_(cycle) {}
  void discover_vertex(Vertex v, const Graph&) { pre_[v] = ++counter_; }
  void finish_vertex(Vertex v, const Graph&) { post_[v] = counter_; }
  void back_edge(boost::graph_traits<Graph>::edge_descriptor, const Graph&) { cycle_ = true; }

 private:
  std::vector<std::int64_t>& pre_;
  std::vector<std::int64_t>& post_;
  std::int64_t& counter_;
  bool& cycle_;
};

}  // namespace

std::unordered_map<UnitId, DfsNumber> number_unit_forest(const std::vector<UnitLink>& units) {
  std::vector<UnitLink> sorted = units;
  std::sort(sorted.begin(), sorted.end(), [](auto& a, auto& b) { return a.id < b.id; });
  std::unordered_map<UnitId, Vertex> index;
  for (std::size_t i = 0; i < sorted.size(); ++i) index[sorted[i].id] = i;

  Graph g(sorted.size());
  std::vector<Vertex> roots;
  for (std::size_t i = 0; i < sorted.size(); ++i) {
    if (!sorted[i].parent) {
      roots.push_back(i);
      continue;
    }
    auto it = index.find(*sorted[i].parent);
    if (it == index.end())
      throw_invalid("parent", std::to_string(*sorted[i].parent),
                    "unit " + std::to_string(sorted[i].id) + " names a parent unit that does not exist");
    boost::add_edge(it->second, i, g);  // children are added in id order
  }

  std::vector<std::int64_t> pre(sorted.size(), 0), post(sorted.size(), 0);
  std::int64_t counter = 0;
  bool cycle = false;
  Numbering vis(pre, post, counter, cycle);
  std::vector<boost::default_color_type> colors(sorted.size(), boost::white_color);
  auto color_map = boost::make_iterator_property_map(colors.begin(), boost::get(boost::vertex_index, g));
  for (Vertex r : roots) boost::depth_first_visit(g, r, vis, color_map);
  // Units never reached from a root sit on a cycle.
  for (std::size_t i = 0; i < sorted.size(); ++i)
    if (pre[i] == 0) cycle = true;
  if (cycle) throw_invalid("parent", "", "the unit hierarchy would contain a cycle");

  std::unordered_map<UnitId, DfsNumber> out;
  out.reserve(sorted.size());
  for (std::size_t i = 0; i < sorted.size(); ++i) out[sorted[i].id] = {pre[i], post[i]};
  return out;
}

}  // namespace bangfu::internal
