#include "render/border_runs.hpp"

#include "render/geometry_batches.hpp"

#include <algorithm>

namespace recmap::render {

namespace {

void include(geo::Bounds& bounds, const geo::Vec2& point) {
    bounds.minX = std::min(bounds.minX, static_cast<double>(point.x));
    bounds.minY = std::min(bounds.minY, static_cast<double>(point.y));
    bounds.maxX = std::max(bounds.maxX, static_cast<double>(point.x));
    bounds.maxY = std::max(bounds.maxY, static_cast<double>(point.y));
}

} // namespace

SimplifiedBorders simplifyBorders(const geo::MapMesh& mesh, float tolerance) {
    constexpr size_t longest = 64;
    const auto& vertices = mesh.borderVertices;
    const size_t segments = vertices.size() / 2;
    const bool sided = mesh.borderSides.size() == segments;
    const auto sidesOf = [&](size_t i) {
        return sided ? mesh.borderSides[i] : std::pair{geo::noBorderSide, geo::noBorderSide};
    };
    SimplifiedBorders out;
    std::vector<geo::Vec2> part;
    for (size_t begin = 0; begin < segments;) {
        const auto sides = sidesOf(begin);
        size_t end = begin + 1;
        while (end < segments && sidesOf(end) == sides) {
            ++end;
        }
        part.assign(vertices.begin() + static_cast<long>(2 * begin),
                    vertices.begin() + static_cast<long>(2 * end));
        const auto simplified = simplifySegments(part, tolerance);
        const size_t offset = out.pairs.size() / 2;
        for (size_t i = 0; i < simplified.size() / 2; ++i) {
            if (i % longest == 0) {
                BorderRun run;
                run.a = sides.first;
                run.b = sides.second;
                run.first = offset + i;
                run.bounds = {simplified[2 * i].x, simplified[2 * i].y, simplified[2 * i].x,
                              simplified[2 * i].y};
                out.runs.push_back(run);
            }
            auto& run = out.runs.back();
            ++run.count;
            include(run.bounds, simplified[2 * i]);
            include(run.bounds, simplified[2 * i + 1]);
        }
        out.pairs.insert(out.pairs.end(), simplified.begin(), simplified.end());
        begin = end;
    }
    return out;
}

bool runShown(const BorderRun& run, const std::vector<uint32_t>& holders) {
    return run.b == geo::noBorderSide || run.a >= holders.size() || run.b >= holders.size() ||
           holders[run.a] != holders[run.b];
}

SegmentRanges shownRanges(const std::vector<BorderRun>& runs, const std::vector<uint32_t>& holders,
                          const geo::Bounds* area) {
    SegmentRanges ranges;
    for (const auto& run : runs) {
        if (run.count == 0 || !runShown(run, holders) ||
            (area != nullptr && !run.bounds.meets(*area))) {
            continue;
        }
        const int first = static_cast<int>(run.first);
        if (!ranges.firsts.empty() && ranges.firsts.back() + ranges.counts.back() == first) {
            ranges.counts.back() += static_cast<int>(run.count);
        } else {
            ranges.firsts.push_back(first);
            ranges.counts.push_back(static_cast<int>(run.count));
        }
    }
    return ranges;
}

std::vector<geo::Bounds> changedRunBounds(const std::vector<BorderRun>& runs,
                                          const std::vector<uint32_t>& before,
                                          const std::vector<uint32_t>& after) {
    std::vector<geo::Bounds> changed;
    for (const auto& run : runs) {
        if (runShown(run, before) != runShown(run, after)) {
            changed.push_back(run.bounds);
        }
    }
    return changed;
}

} // namespace recmap::render
