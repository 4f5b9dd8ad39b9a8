#include "render/geometry_batches.hpp"

#include <algorithm>
#include <cmath>

namespace recmap::render {

DrawBatch uploadPositions(const std::vector<geo::Vec2>& points) {
    DrawBatch batch;
    batch.vao = GlVertexArray::create();
    batch.positions = GlBuffer::create();
    glBindVertexArray(batch.vao.get());
    glBindBuffer(GL_ARRAY_BUFFER, batch.positions.get());
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(points.size() * sizeof(geo::Vec2)),
                 points.data(), GL_STATIC_DRAW);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, sizeof(geo::Vec2), nullptr);
    batch.count = static_cast<GLsizei>(points.size());
    return batch;
}

LineBatch uploadSegments(const std::vector<geo::Vec2>& pairs) {
    LineBatch batch;
    batch.vao = GlVertexArray::create();
    batch.segments = GlBuffer::create();
    glBindBuffer(GL_TEXTURE_BUFFER, batch.segments.get());
    // A buffer texture may not be empty everywhere: one zero pair stands for none.
    const std::vector<geo::Vec2> none(2);
    const auto& data = pairs.empty() ? none : pairs;
    glBufferData(GL_TEXTURE_BUFFER, static_cast<GLsizeiptr>(data.size() * sizeof(geo::Vec2)),
                 data.data(), GL_STATIC_DRAW);
    batch.segmentTexture = GlTexture::create();
    glBindTexture(GL_TEXTURE_BUFFER, batch.segmentTexture.get());
    glTexBuffer(GL_TEXTURE_BUFFER, GL_RG32F, batch.segments.get());
    glBindTexture(GL_TEXTURE_BUFFER, 0);
    glBindBuffer(GL_TEXTURE_BUFFER, 0);
    batch.count = static_cast<GLsizei>(pairs.size() / 2);
    return batch;
}

LineBatch uploadSegmentsByY(std::vector<geo::Vec2> pairs) {
    struct Segment {
        geo::Vec2 a, b;
    };
    std::vector<Segment> segments;
    segments.reserve(pairs.size() / 2);
    for (size_t i = 0; i + 1 < pairs.size(); i += 2) {
        segments.push_back({pairs[i], pairs[i + 1]});
    }
    std::sort(segments.begin(), segments.end(), [](const Segment& s, const Segment& t) {
        return std::min(s.a.y, s.b.y) < std::min(t.a.y, t.b.y);
    });
    for (size_t i = 0; i < segments.size(); ++i) {
        pairs[2 * i] = segments[i].a;
        pairs[2 * i + 1] = segments[i].b;
    }
    auto batch = uploadSegments(pairs);
    batch.lowerY.reserve(segments.size());
    for (const auto& segment : segments) {
        batch.lowerY.push_back(std::min(segment.a.y, segment.b.y));
        batch.maxSpanY = std::max(batch.maxSpanY, std::abs(segment.a.y - segment.b.y));
    }
    return batch;
}

SegmentRange segmentsReaching(const LineBatch& batch, double low, double high) {
    if (batch.lowerY.empty()) {
        return {0, batch.count};
    }
    const auto first = std::lower_bound(batch.lowerY.begin(), batch.lowerY.end(),
                                        static_cast<float>(low - batch.maxSpanY));
    const auto last = std::upper_bound(first, batch.lowerY.end(), static_cast<float>(high));
    return {static_cast<GLsizei>(first - batch.lowerY.begin()),
            static_cast<GLsizei>(last - batch.lowerY.begin())};
}

// Segments (pairs) chained where one starts at the previous one's end, keeping a vertex only
// once it lies `tolerance` map units from the last kept one: at a small output scale most 1:10m
// border segments are far shorter than a pixel. Chain ends and every corner beyond the tolerance
// are kept, so the line stays within the tolerance of the true border.
std::vector<geo::Vec2> simplifySegments(const std::vector<geo::Vec2>& pairs, float tolerance) {
    std::vector<geo::Vec2> out;
    out.reserve(pairs.size() / 2);
    const float limit = tolerance * tolerance;
    geo::Vec2 kept{};
    geo::Vec2 chainEnd{};
    bool open = false;
    for (size_t i = 0; i + 1 < pairs.size(); i += 2) {
        const auto& a = pairs[i];
        const auto& b = pairs[i + 1];
        if (!open || a.x != chainEnd.x || a.y != chainEnd.y) {
            if (open && (kept.x != chainEnd.x || kept.y != chainEnd.y)) {
                out.push_back(kept);
                out.push_back(chainEnd);
            }
            kept = a;
            open = true;
        }
        chainEnd = b;
        const float dx = b.x - kept.x;
        const float dy = b.y - kept.y;
        if (dx * dx + dy * dy >= limit) {
            out.push_back(kept);
            out.push_back(b);
            kept = b;
        }
    }
    if (open && (kept.x != chainEnd.x || kept.y != chainEnd.y)) {
        out.push_back(kept);
        out.push_back(chainEnd);
    }
    return out;
}

std::vector<geo::Vec2> stripToPairs(const std::vector<geo::Vec2>& strip) {
    std::vector<geo::Vec2> pairs;
    for (size_t i = 1; i < strip.size(); ++i) {
        pairs.push_back(strip[i - 1]);
        pairs.push_back(strip[i]);
    }
    return pairs;
}

} // namespace recmap::render
