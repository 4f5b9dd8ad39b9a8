#pragma once

#include "core/dataset.hpp"
#include "scene/map_scene.hpp"
#include "scene/palette.hpp"
#include "scene/view_spec.hpp"

namespace recmap::scene {

// The scene of a thematic view (recognition, observer, membership, where) as of `date`: a
// category and style per entity, legend entries with counts, title and attribution. Names in
// the view are resolved through the dataset's aliases; throws core::UsageError (or
// core::QueryError for where:) when they do not resolve. Not for `countries` (see
// countriesScene, which needs the map's adjacency).
[[nodiscard]] MapScene thematicScene(const core::Dataset& dataset, const ViewSpec& view,
                                     const core::Date& date, const Palette& palette);

} // namespace recmap::scene
