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

namespace {

// Squared distance from p to the segment a-b.
float squaredDistanceToSegment(const geo::Vec2& p, const geo::Vec2& a, const geo::Vec2& b) {
    const float ux = b.x - a.x, uy = b.y - a.y;
    const float vx = p.x - a.x, vy = p.y - a.y;
    const float length2 = ux * ux + uy * uy;
    const float t = length2 > 0 ? std::clamp((vx * ux + vy * uy) / length2, 0.0f, 1.0f) : 0.0f;
    const float dx = vx - t * ux, dy = vy - t * uy;
    return dx * dx + dy * dy;
}

// Douglas-Peucker on one chain of points: appends the kept vertices' segments to `out`.
void simplifyChain(const std::vector<geo::Vec2>& chain, float limit,
                   std::vector<std::pair<size_t, size_t>>& stack, std::vector<geo::Vec2>& out) {
    std::vector<bool> keep(chain.size(), false);
    keep.front() = keep.back() = true;
    stack.assign(1, {0, chain.size() - 1});
    while (!stack.empty()) {
        const auto [first, last] = stack.back();
        stack.pop_back();
        float farthest = limit;
        size_t split = 0;
        for (size_t i = first + 1; i < last; ++i) {
            const float d = squaredDistanceToSegment(chain[i], chain[first], chain[last]);
            if (d > farthest) {
                farthest = d;
                split = i;
            }
        }
        if (split != 0) {
            keep[split] = true;
            stack.emplace_back(first, split);
            stack.emplace_back(split, last);
        }
    }
    size_t previous = 0;
    for (size_t i = 1; i < chain.size(); ++i) {
        if (keep[i]) {
            out.push_back(chain[previous]);
            out.push_back(chain[i]);
            previous = i;
        }
    }
}

} // namespace

std::vector<geo::Vec2> simplifySegments(const std::vector<geo::Vec2>& pairs, float tolerance) {
    if (tolerance <= 0) {
        return pairs;
    }
    std::vector<geo::Vec2> out;
    out.reserve(pairs.size() / 4);
    const float limit = tolerance * tolerance;
    std::vector<geo::Vec2> chain;
    std::vector<std::pair<size_t, size_t>> stack;
    for (size_t i = 0; i + 1 < pairs.size(); i += 2) {
        const auto& a = pairs[i];
        if (chain.empty() || a.x != chain.back().x || a.y != chain.back().y) {
            if (chain.size() > 1) {
                simplifyChain(chain, limit, stack, out);
            }
            chain.assign(1, a);
        }
        chain.push_back(pairs[i + 1]);
    }
    if (chain.size() > 1) {
        simplifyChain(chain, limit, stack, out);
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
