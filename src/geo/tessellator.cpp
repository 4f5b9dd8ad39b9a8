#include "geo/tessellator.hpp"

#include "geo/ear_clipping.hpp"

#include <array>
#include <cmath>
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

// The triangles from `firstIndex` on cover the polygon's area, to a ten-millionth of it: none
// missing (a hole never joined), none overlapping (an ear cut across an edge). The map is drawn
// in single precision, in which a ten-millionth of a polygon's area is less than a pixel.
bool coversPolygon(const std::vector<Ring>& polygon, const std::vector<Point>& vertices,
                   const std::vector<uint32_t>& indices, size_t firstIndex) {
    double expected = std::abs(signedArea(polygon.front()));
    double scale = expected;
    for (size_t r = 1; r < polygon.size(); ++r) {
        const double hole = std::abs(signedArea(polygon[r]));
        expected -= hole;
        scale += hole;
    }
    double covered = 0;
    for (size_t i = firstIndex; i + 2 < indices.size(); i += 3) {
        const Point& a = vertices[indices[i]];
        const Point& b = vertices[indices[i + 1]];
        const Point& c = vertices[indices[i + 2]];
        covered += std::abs((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x)) / 2;
    }
    return std::abs(covered - expected) <= 1e-7 * scale;
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

Triangulation triangulatePolygon(const std::vector<Ring>& polygon, std::vector<Point>& vertices,
                                 std::vector<uint32_t>& indices) {
    Triangulation result;
    if (polygon.empty()) {
        return result;
    }
    const size_t firstVertex = vertices.size();
    const size_t firstIndex = indices.size();
    const bool clipped = clipEars(polygon, vertices, indices);
    if (clipped && coversPolygon(polygon, vertices, indices, firstIndex)) {
        return result;
    }
    vertices.resize(firstVertex);
    indices.resize(firstIndex);
    result.byGlu = true;
    result.gluErrors = tessellate(polygon, vertices, indices);
    return result;
}

} // namespace recmap::geo
