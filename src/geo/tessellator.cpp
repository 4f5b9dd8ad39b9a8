#include "geo/tessellator.hpp"

#include <array>
#include <deque>
#include <memory>
#include <unordered_map>

// GLU's Windows calling convention macro; empty on Linux.
#define CALLBACK
#include <GL/glu.h>

namespace recmap::geo {
namespace {

using Vertex = std::array<GLdouble, 3>;

struct TessContext {
    std::vector<Point>* vertices = nullptr;
    std::vector<uint32_t>* indices = nullptr;
    std::unordered_map<const GLdouble*, uint32_t> indexOf; // GLU hands back our vertex pointers
    std::deque<Vertex> combined;                           // deque: pointers stay valid as it grows
    int errors = 0;
};

void CALLBACK onBegin(GLenum, void*) {}
void CALLBACK onEnd(void*) {}
// Registering an edge-flag callback makes GLU emit independent triangles only.
void CALLBACK onEdgeFlag(GLboolean, void*) {}

void CALLBACK onVertex(void* vertex, void* data) {
    const auto* v = static_cast<const GLdouble*>(vertex);
    auto* context = static_cast<TessContext*>(data);
    auto [found, inserted] =
        context->indexOf.try_emplace(v, static_cast<uint32_t>(context->vertices->size()));
    if (inserted) {
        context->vertices->push_back({v[0], v[1]});
    }
    context->indices->push_back(found->second);
}

void CALLBACK onCombine(GLdouble coords[3], void* [4], GLfloat[4], void** out, void* data) {
    auto* context = static_cast<TessContext*>(data);
    context->combined.push_back({coords[0], coords[1], 0.0});
    *out = context->combined.back().data();
}

void CALLBACK onError(GLenum, void* data) {
    ++static_cast<TessContext*>(data)->errors;
}

struct TessDeleter {
    void operator()(GLUtesselator* tess) const { gluDeleteTess(tess); }
};

} // namespace

int tessellate(const std::vector<Ring>& rings, std::vector<Point>& vertices,
               std::vector<uint32_t>& indices) {
    std::unique_ptr<GLUtesselator, TessDeleter> tess(gluNewTess());
    using Callback = void(CALLBACK*)();
    gluTessCallback(tess.get(), GLU_TESS_BEGIN_DATA, reinterpret_cast<Callback>(onBegin));
    gluTessCallback(tess.get(), GLU_TESS_END_DATA, reinterpret_cast<Callback>(onEnd));
    gluTessCallback(tess.get(), GLU_TESS_EDGE_FLAG_DATA, reinterpret_cast<Callback>(onEdgeFlag));
    gluTessCallback(tess.get(), GLU_TESS_VERTEX_DATA, reinterpret_cast<Callback>(onVertex));
    gluTessCallback(tess.get(), GLU_TESS_COMBINE_DATA, reinterpret_cast<Callback>(onCombine));
    gluTessCallback(tess.get(), GLU_TESS_ERROR_DATA, reinterpret_cast<Callback>(onError));
    gluTessProperty(tess.get(), GLU_TESS_WINDING_RULE, GLU_TESS_WINDING_ODD);
    gluTessNormal(tess.get(), 0, 0, 1);

    size_t total = 0;
    for (const auto& ring : rings) {
        total += ring.size();
    }
    std::vector<Vertex> input;
    input.reserve(total); // no reallocation: GLU keeps pointers into it
    TessContext context;
    context.vertices = &vertices;
    context.indices = &indices;
    gluTessBeginPolygon(tess.get(), &context);
    for (const auto& ring : rings) {
        gluTessBeginContour(tess.get());
        // The closing point repeats the first: GLU closes contours itself.
        const size_t count =
            ring.size() > 1 && ring.front().x == ring.back().x && ring.front().y == ring.back().y
                ? ring.size() - 1
                : ring.size();
        for (size_t i = 0; i < count; ++i) {
            input.push_back({ring[i].x, ring[i].y, 0.0});
            gluTessVertex(tess.get(), input.back().data(), input.back().data());
        }
        gluTessEndContour(tess.get());
    }
    gluTessEndPolygon(tess.get());
    return context.errors;
}

} // namespace recmap::geo
