#pragma once

#include "geo/map_mesh.hpp"

#include <cstdint>
#include <vector>

// The mesh's borders as runs of consecutive segments between the same two slots, so that a date
// whose boundary history joins two slots (Ukraine inside the Soviet Union) hides their runs by
// drawing around them, and a change of date redraws only the areas whose runs appeared or
// disappeared. Geometry stays uploaded once per scale. Internal to render/.
namespace recmap::render {

struct BorderRun {
    uint32_t a = geo::noBorderSide; // the slots either side; b is noBorderSide for a coast
    uint32_t b = geo::noBorderSide;
    size_t first = 0; // in the simplified segments
    size_t count = 0;
    geo::Bounds bounds; // of those segments, map units
};

// The mesh's border segments, simplified (simplifySegments) run by run, and the runs: at most
// 64 segments each, so that their bounds stay close to their line. Without sides in the mesh,
// every segment is in runs shown on every date.
struct SimplifiedBorders {
    std::vector<geo::Vec2> pairs;
    std::vector<BorderRun> runs;
};
[[nodiscard]] SimplifiedBorders simplifyBorders(const geo::MapMesh& mesh, float tolerance);

// Is the run drawn when slot i is drawn as entity holders[i]: not between two slots of one?
[[nodiscard]] bool runShown(const BorderRun& run, const std::vector<uint32_t>& holders);

// The segment ranges [first, first + count) to draw: the shown runs, only those whose bounds
// meet `area` when given, consecutive ones merged.
struct SegmentRanges {
    std::vector<int> firsts;
    std::vector<int> counts;
};
[[nodiscard]] SegmentRanges shownRanges(const std::vector<BorderRun>& runs,
                                        const std::vector<uint32_t>& holders,
                                        const geo::Bounds* area = nullptr);

// The bounds of the runs shown under one holder set and not the other.
[[nodiscard]] std::vector<geo::Bounds> changedRunBounds(const std::vector<BorderRun>& runs,
                                                        const std::vector<uint32_t>& before,
                                                        const std::vector<uint32_t>& after);

} // namespace recmap::render
