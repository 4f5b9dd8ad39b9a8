#pragma once

#include "geo/vec2.hpp"
#include "render/gl_object.hpp"

#include <vector>

// Map geometry in GL buffers: the batches the map renderer draws. Internal to render/.
namespace recmap::render {

struct DrawBatch {
    GlVertexArray vao;
    GlBuffer positions;
    GlBuffer entities;
    GlBuffer indices; // fills only: drawn indexed, each shared vertex shaded once
    GLsizei count = 0;
};

// Points (triangles or markers) in a vertex array, attribute 0.
[[nodiscard]] DrawBatch uploadPositions(const std::vector<geo::Vec2>& points);

// Line segments (pairs of points) for the antialiased line program, which reads them from a
// buffer texture and draws six vertices (two triangles) per segment.
struct LineBatch {
    GlVertexArray vao; // no attributes: core profile draws need one bound
    GlBuffer segments;
    GlTexture segmentTexture; // GL_TEXTURE_BUFFER over `segments`, RG32F
    GLsizei count = 0;
    // Sorted by y (uploadSegmentsByY): each segment's lower y in order, and the largest y span
    // of one segment, so that a band of the map draws only the segments that can reach it.
    std::vector<float> lowerY;
    float maxSpanY = 0;
};

[[nodiscard]] LineBatch uploadSegments(const std::vector<geo::Vec2>& pairs);
// The segments in order of their lower y, for drawing in bands (drawLines culls by y).
[[nodiscard]] LineBatch uploadSegmentsByY(std::vector<geo::Vec2> pairs);
// The segments [first, last) of a batch that can touch the y range [low, high] (map units).
struct SegmentRange {
    GLsizei first = 0;
    GLsizei last = 0;
};
[[nodiscard]] SegmentRange segmentsReaching(const LineBatch& batch, double low, double high);

// Segments (pairs) chained where one starts at the previous one's end, each chain simplified by
// Douglas-Peucker: a vertex is dropped when it lies within `tolerance` map units of the segment
// that replaces it, so the line stays within the tolerance of the true border. Chain ends are
// kept; with a tolerance of 0 the segments are returned as they are.
[[nodiscard]] std::vector<geo::Vec2> simplifySegments(const std::vector<geo::Vec2>& pairs,
                                                      float tolerance);

// A line strip as segment pairs.
[[nodiscard]] std::vector<geo::Vec2> stripToPairs(const std::vector<geo::Vec2>& strip);

} // namespace recmap::render
