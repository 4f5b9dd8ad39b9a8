#pragma once

// The GL tests' synthetic map: two unit squares side by side in a 4 x 2 globe, left "AAA" on
// [-1,0]x[0,1], right "BBB" on [0,1]x[0,1], sharing a border at x = 0.

#include "geo/map_mesh.hpp"

namespace recmap::test {

inline geo::MapMesh twoSquares() {
    geo::MapMesh mesh;
    mesh.entityCodes = {"AAA", "BBB"};
    auto square = [&](float x0, uint32_t entity) {
        const auto base = static_cast<uint32_t>(mesh.fillVertices.size());
        for (const auto& v :
             {geo::Vec2{x0, 0}, geo::Vec2{x0 + 1, 0}, geo::Vec2{x0 + 1, 1}, geo::Vec2{x0, 1}}) {
            mesh.fillVertices.push_back(v);
            mesh.fillEntities.push_back(entity);
        }
        for (uint32_t i : {0u, 1u, 2u, 0u, 2u, 3u}) {
            mesh.fillIndices.push_back(base + i);
        }
    };
    square(-1, 0);
    square(0, 1);
    mesh.borderVertices = {{0, 0}, {0, 1}};
    const geo::Vec2 g0{-2, -1}, g1{2, -1}, g2{2, 1}, g3{-2, 1};
    mesh.globeTriangles = {g0, g1, g2, g0, g2, g3};
    mesh.globeOutline = {g0, g1, g2, g3, g0};
    mesh.bounds = {-2, -1, 2, 1};
    mesh.entityAreas = {1, 1};
    mesh.entityAnchors = {{-0.5f, 0.5f}, {0.5f, 0.5f}};
    return mesh;
}

} // namespace recmap::test
