#include "render/map_renderer.hpp"

#include "render/border_runs.hpp"
#include "render/layer_textures.hpp"
#include "render/map_renderer_impl.hpp"
#include "render/markers.hpp"
#include "render/visible_borders.hpp"

#include <algorithm>
#include <cmath>

namespace recmap::render {

void setColour(ShaderProgram& program, const scene::Rgba& c) {
    glUniform4f(program.uniform("u_colour"), c.r / 255.0f, c.g / 255.0f, c.b / 255.0f,
                c.a / 255.0f);
}

void MapRenderer::Impl::bindLines(const LineBatch& batch, const geo::Bounds& extent,
                                  const scene::Rgba& colour, float width, bool overSeaOnly) {
    lineProgram.use();
    setTransform(lineProgram, extent);
    glUniform2f(lineProgram.uniform("u_viewport"), viewportWidth, viewportHeight);
    glUniform1f(lineProgram.uniform("u_width"), width);
    setColour(lineProgram, colour);
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_BUFFER, batch.segmentTexture.get());
    glUniform1i(lineProgram.uniform("u_segments"), 0);
    glUniform1i(lineProgram.uniform("u_overSeaOnly"), overSeaOnly ? 1 : 0);
    glUniform1i(lineProgram.uniform("u_ids"), 1); // never unit 0: two sampler types on one unit
    if (overSeaOnly) {
        glActiveTexture(GL_TEXTURE1);
        glBindTexture(GL_TEXTURE_2D, idLayer.get());
        glActiveTexture(GL_TEXTURE0);
    }
    glBindVertexArray(batch.vao.get());
}

void MapRenderer::Impl::drawLines(const LineBatch& batch, const geo::Bounds& extent,
                                  const scene::Rgba& colour, float width, bool overSeaOnly) {
    if (batch.count == 0) {
        return;
    }
    bindLines(batch, extent, colour, width, overSeaOnly);
    // Only the segments that can reach this extent's rows (a band of a large image), widened by
    // the line's half width and its antialiasing.
    const double margin = (width / 2 + 2) * std::abs(extent.height()) / viewportHeight;
    const auto range = segmentsReaching(batch, std::min(extent.minY, extent.maxY) - margin,
                                        std::max(extent.minY, extent.maxY) + margin);
    if (range.last > range.first) {
        glDrawArrays(GL_TRIANGLES, range.first * 6, (range.last - range.first) * 6);
    }
    glBindTexture(GL_TEXTURE_BUFFER, 0);
}

void MapRenderer::Impl::drawBorders(const geo::Bounds& extent, float width,
                                    const geo::Bounds* within) {
    if (!borders.lowerY.empty() || borderRuns.empty()) {
        // In bands: the borders between slots of one holder were left out when uploaded.
        drawLines(borders, extent, scene.border, width);
        return;
    }
    auto ranges = shownRanges(borderRuns, holderIds, within);
    if (ranges.firsts.empty()) {
        return;
    }
    for (size_t i = 0; i < ranges.firsts.size(); ++i) {
        ranges.firsts[i] *= 6; // six vertices a segment
        ranges.counts[i] *= 6;
    }
    bindLines(borders, extent, scene.border, width, false);
    glMultiDrawArrays(GL_TRIANGLES, ranges.firsts.data(), ranges.counts.data(),
                      static_cast<GLsizei>(ranges.firsts.size()));
    glBindTexture(GL_TEXTURE_BUFFER, 0);
}

void MapRenderer::Impl::prepareBandFills(double top, double unitsPerRow, int bandRows, int height) {
    const auto& vertices = mesh->fillVertices;
    const auto& indices = mesh->fillIndices;
    const int bands = (height + bandRows - 1) / bandRows;
    // The band of a map y (clamped: the fills outside the image fall in the first or last band,
    // where the viewport clips them).
    const auto bandOf = [&](float y) {
        const double row = (top - y) / unitsPerRow;
        return std::clamp(static_cast<int>(std::floor(row / bandRows)), 0, bands - 1);
    };
    std::vector<std::vector<uint32_t>> perBand(static_cast<size_t>(bands));
    for (size_t i = 0; i + 2 < indices.size(); i += 3) {
        const float y0 = vertices[indices[i]].y, y1 = vertices[indices[i + 1]].y,
                    y2 = vertices[indices[i + 2]].y;
        // One row of margin each way: a triangle's edge pixels are decided by their centres.
        const double rowMargin = unitsPerRow;
        const int first = bandOf(static_cast<float>(std::max({y0, y1, y2}) + rowMargin));
        const int last = bandOf(static_cast<float>(std::min({y0, y1, y2}) - rowMargin));
        for (int band = first; band <= last; ++band) {
            perBand[static_cast<size_t>(band)].insert(perBand[static_cast<size_t>(band)].end(),
                                                      {indices[i], indices[i + 1], indices[i + 2]});
        }
    }
    std::vector<uint32_t> all;
    bandFillRuns.clear();
    for (const auto& band : perBand) {
        bandFillRuns.push_back(
            {static_cast<GLsizei>(all.size()), static_cast<GLsizei>(band.size())});
        all.insert(all.end(), band.begin(), band.end());
    }
    if (bandFillIndices.get() == 0) {
        bandFillIndices = GlBuffer::create();
    }
    glBindVertexArray(0);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, bandFillIndices.get());
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(all.size() * sizeof(uint32_t)),
                 all.data(), GL_STREAM_DRAW);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, 0);
}

bool MapRenderer::Impl::bindSurround(const geo::Bounds& extent) {
    if (!globeSurround) {
        return false;
    }
    const double scale = globeSurround->scaleCovering(extent);
    if (scale > surroundScale) {
        surroundScale = 2 * scale; // room to zoom out without uploading again
        surround = uploadPositions(globeSurround->triangles(surroundScale));
    }
    glBindVertexArray(surround.vao.get());
    return true;
}

void MapRenderer::Impl::setTransform(ShaderProgram& program, const geo::Bounds& extent) {
    const double sx = 2.0 / extent.width();
    const double sy = 2.0 / extent.height();
    glUniform4f(program.uniform("u_transform"), static_cast<float>(sx), static_cast<float>(sy),
                static_cast<float>(-1.0 - extent.minX * sx),
                static_cast<float>(-1.0 - extent.minY * sy));
}

MapRenderer::MapRenderer(const geo::MapMesh& mesh) : m_impl(std::make_unique<Impl>()) {
    auto& impl = *m_impl;
    impl.codes = mesh.entityCodes;
    impl.fills = uploadPositions(mesh.fillVertices);
    impl.fills.entities = GlBuffer::create();
    glBindBuffer(GL_ARRAY_BUFFER, impl.fills.entities.get());
    glBufferData(GL_ARRAY_BUFFER,
                 static_cast<GLsizeiptr>(mesh.fillEntities.size() * sizeof(uint32_t)),
                 mesh.fillEntities.data(), GL_STATIC_DRAW);
    glEnableVertexAttribArray(1);
    glVertexAttribIPointer(1, 1, GL_UNSIGNED_INT, sizeof(uint32_t), nullptr);
    impl.fills.indices = GlBuffer::create();
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, impl.fills.indices.get());
    glBufferData(GL_ELEMENT_ARRAY_BUFFER,
                 static_cast<GLsizeiptr>(mesh.fillIndices.size() * sizeof(uint32_t)),
                 mesh.fillIndices.data(), GL_STATIC_DRAW);
    impl.fills.count = static_cast<GLsizei>(mesh.fillIndices.size());
    impl.entityBounds.assign(mesh.entityCodes.size(), {1, 1, -1, -1}); // empty until met
    for (size_t i = 0; i < mesh.fillVertices.size() && i < mesh.fillEntities.size(); ++i) {
        if (mesh.fillEntities[i] >= impl.entityBounds.size()) {
            continue;
        }
        auto& bounds = impl.entityBounds[mesh.fillEntities[i]];
        const auto& v = mesh.fillVertices[i];
        if (bounds.minX > bounds.maxX) {
            bounds = {v.x, v.y, v.x, v.y};
        } else {
            bounds = {std::min<double>(bounds.minX, v.x), std::min<double>(bounds.minY, v.y),
                      std::max<double>(bounds.maxX, v.x), std::max<double>(bounds.maxY, v.y)};
        }
    }
    // Runs of consecutive triangles per entity, so a recolour draws only the entities changed.
    impl.fillRuns.assign(mesh.entityCodes.size(), {});
    for (size_t first = 0; first < mesh.fillIndices.size();) {
        const uint32_t entity = mesh.fillEntities[mesh.fillIndices[first]];
        size_t end = first + 3;
        while (end < mesh.fillIndices.size() &&
               mesh.fillEntities[mesh.fillIndices[end]] == entity) {
            end += 3;
        }
        if (entity < impl.fillRuns.size()) {
            impl.fillRuns[entity].push_back(
                {static_cast<GLsizei>(first), static_cast<GLsizei>(end - first)});
        }
        first = end;
    }
    impl.globeSurround = GlobeSurround::of(mesh.globeOutline);
    if (!impl.globeSurround) {
        impl.globe = uploadPositions(mesh.globeTriangles); // drawn only without a surround
    }
    impl.borders = uploadSegments(mesh.borderVertices);
    impl.graticule = uploadSegments(mesh.graticuleVertices);
    impl.outline = uploadSegments(stripToPairs(mesh.globeOutline));
    impl.mesh = &mesh;
    glBindVertexArray(0);

    impl.fillColours = nearestTexture();
    impl.hatchColours = nearestTexture();
    setScene(scene::MapScene{});
}

MapRenderer::~MapRenderer() = default;

void MapRenderer::setScene(const scene::MapScene& scene) {
    auto& impl = *m_impl;
    if (!(scene.ocean == impl.scene.ocean) || !(scene.background == impl.scene.background)) {
        impl.recomposeAll = true;
    }
    impl.scene = scene;
    const int count = std::max<int>(1, static_cast<int>(impl.codes.size()));
    const int width = std::min(count, 4096);
    const int height = (count + width - 1) / width;
    std::vector<scene::Rgba> fills(static_cast<size_t>(width * height));
    std::vector<scene::Rgba> hatches(fills.size(), scene::Rgba{0, 0, 0, 0});
    for (size_t i = 0; i < impl.codes.size(); ++i) {
        const auto style = scene.styleOf(impl.codes[i]);
        fills[i] = style.fill;
        if (style.hatched) {
            hatches[i] = {style.hatch.r, style.hatch.g, style.hatch.b, 255};
        }
    }
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glBindTexture(GL_TEXTURE_2D, impl.fillColours.get());
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE,
                 fills.data());
    glBindTexture(GL_TEXTURE_2D, impl.hatchColours.get());
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE,
                 hatches.data());
    impl.noteChangedColours(std::move(fills), std::move(hatches), width, height);

    auto holders = holderIds(*impl.mesh, scene);
    impl.holdersChanged = holders != impl.holderIds;
    impl.holderIds = std::move(holders);
}

bool MapRenderer::bordersChanged() const {
    return m_impl->holdersChanged;
}

bool MapRenderer::prepareMarkers(double unitsPerPixel, int imageWidth) {
    auto& impl = *m_impl;
    constexpr int segments = 24;
    std::vector<geo::Vec2> fill, outline;
    std::vector<uint32_t> entities;
    auto circles = smallEntityMarkers(*impl.mesh, impl.scene, unitsPerPixel, imageWidth);
    for (const auto& marker : circles) {
        const auto centre = marker.centre;
        for (int k = 0; k < segments; ++k) {
            const double a0 = 2 * M_PI * k / segments, a1 = 2 * M_PI * (k + 1) / segments;
            const geo::Vec2 p0{centre.x + static_cast<float>(marker.radius * std::cos(a0)),
                               centre.y + static_cast<float>(marker.radius * std::sin(a0))};
            const geo::Vec2 p1{centre.x + static_cast<float>(marker.radius * std::cos(a1)),
                               centre.y + static_cast<float>(marker.radius * std::sin(a1))};
            fill.insert(fill.end(), {centre, p0, p1});
            entities.insert(entities.end(), 3, marker.entity);
            outline.insert(outline.end(), {p0, p1});
        }
    }
    if (impl.markers.vao.get() != 0 && fill.size() == impl.markerPoints.size() &&
        entities == impl.markerEntities &&
        std::equal(
            fill.begin(), fill.end(), impl.markerPoints.begin(),
            [](const geo::Vec2& a, const geo::Vec2& b) { return a.x == b.x && a.y == b.y; })) {
        return false; // the same circles as last time
    }
    impl.markerPoints = fill;
    impl.markerEntities = entities;
    // Where the circles changed, for the cached layers to draw again there alone.
    const auto same = [](const Marker& a, const Marker& b) {
        return a.entity == b.entity && a.centre.x == b.centre.x && a.centre.y == b.centre.y &&
               a.radius == b.radius;
    };
    const auto noteUnmatched = [&](const std::vector<Marker>& these,
                                   const std::vector<Marker>& others) {
        for (const auto& marker : these) {
            if (std::none_of(others.begin(), others.end(),
                             [&](const Marker& other) { return same(marker, other); })) {
                impl.markerDirtyBounds.push_back(
                    {marker.centre.x - marker.radius, marker.centre.y - marker.radius,
                     marker.centre.x + marker.radius, marker.centre.y + marker.radius});
            }
        }
    };
    noteUnmatched(impl.markerCircles, circles);
    noteUnmatched(circles, impl.markerCircles);
    impl.markerCircles = std::move(circles);
    ++impl.markersVersion;
    impl.markers = uploadPositions(fill);
    impl.markers.entities = GlBuffer::create();
    glBindBuffer(GL_ARRAY_BUFFER, impl.markers.entities.get());
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(entities.size() * sizeof(uint32_t)),
                 entities.data(), GL_STATIC_DRAW);
    glEnableVertexAttribArray(1);
    glVertexAttribIPointer(1, 1, GL_UNSIGNED_INT, sizeof(uint32_t), nullptr);
    impl.markerOutlines = uploadSegments(outline);
    glBindVertexArray(0);
    return true;
}

void MapRenderer::setPixelFrame(float originX, float originY, float hatchPeriod) {
    m_impl->pixelOriginX = originX;
    m_impl->pixelOriginY = originY;
    m_impl->hatchPeriod = hatchPeriod;
}

void MapRenderer::draw(const geo::Bounds& extent) {
    auto& impl = *m_impl;
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_BLEND);
    glDisable(GL_CULL_FACE);
    GLint viewport[4] = {0, 0, 1, 1};
    glGetIntegerv(GL_VIEWPORT, viewport);
    impl.viewportWidth = static_cast<float>(viewport[2]);
    impl.viewportHeight = static_cast<float>(viewport[3]);

    impl.solidProgram.use();
    impl.setTransform(impl.solidProgram, extent);
    if (impl.bindSurround(extent)) {
        // The sea cleared (within the caller's scissor), then the outside of the globe painted
        // as the caller's clear of the whole image would have left it: opaque.
        const auto& ocean = impl.scene.ocean;
        glClearColor(ocean.r / 255.0f, ocean.g / 255.0f, ocean.b / 255.0f, ocean.a / 255.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        auto outside = impl.scene.background;
        outside.a = 255;
        setColour(impl.solidProgram, outside);
        glDrawArrays(GL_TRIANGLES, 0, impl.surround.count);
    } else {
        setColour(impl.solidProgram, impl.scene.ocean);
        glBindVertexArray(impl.globe.vao.get());
        glDrawArrays(GL_TRIANGLES, 0, impl.globe.count);
    }

    glEnable(GL_BLEND);
    glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
    if (impl.scene.showGraticule) {
        impl.drawLines(impl.graticule, extent, impl.scene.graticule, impl.lineWidth * 0.7f);
    }
    glDisable(GL_BLEND);

    impl.fillProgram.use();
    impl.setTransform(impl.fillProgram, extent);
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, impl.fillColours.get());
    glActiveTexture(GL_TEXTURE1);
    glBindTexture(GL_TEXTURE_2D, impl.hatchColours.get());
    glUniform1i(impl.fillProgram.uniform("u_fills"), 0);
    glUniform1i(impl.fillProgram.uniform("u_hatches"), 1);
    glUniform2f(impl.fillProgram.uniform("u_pixelOrigin"), impl.pixelOriginX, impl.pixelOriginY);
    glUniform1f(impl.fillProgram.uniform("u_hatchPeriod"), impl.hatchPeriod);
    glBindVertexArray(impl.fills.vao.get());
    if (impl.fillsInBand) {
        glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, impl.bandFillIndices.get());
        glDrawElements(GL_TRIANGLES, impl.fillsInBand->count, GL_UNSIGNED_INT,
                       reinterpret_cast<void*>(impl.fillsInBand->first * sizeof(uint32_t)));
        glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, impl.fills.indices.get());
    } else {
        glDrawElements(GL_TRIANGLES, impl.fills.count, GL_UNSIGNED_INT, nullptr);
    }
    if (impl.markers.count > 0) {
        glBindVertexArray(impl.markers.vao.get());
        glDrawArrays(GL_TRIANGLES, 0, impl.markers.count);
    }

    // Every fill edge lies under a border, coast or outline: these antialiased lines are what
    // makes the map smooth without multisampling.
    glEnable(GL_BLEND);
    glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
    impl.drawBorders(extent, impl.lineWidth);
    impl.drawLines(impl.markerOutlines, extent, impl.scene.border, impl.lineWidth);
    impl.drawLines(impl.outline, extent, impl.scene.border, impl.lineWidth * 1.2f);
    glDisable(GL_BLEND);
    glBindVertexArray(0);
}

void MapRenderer::setLineWidth(float pixels) {
    m_impl->lineWidth = pixels;
}

void MapRenderer::prepareLines(double unitsPerPixel, bool inBands, float tolerancePixels) {
    auto& impl = *m_impl;
    impl.holdersChanged = false;
    const bool banded = !impl.borders.lowerY.empty();
    const auto tolerance = static_cast<float>(unitsPerPixel * tolerancePixels);
    if (impl.borders.count > 0 && tolerance == impl.bordersTolerance && inBands == banded &&
        (!inBands || impl.holderIds == impl.bordersHolderIds)) {
        return; // the same tolerance (and, in bands, the same holders) as last time
    }
    impl.bordersTolerance = tolerance;
    ++impl.linesVersion;
    if (inBands) {
        // Sorted by y, the runs are lost: the borders left out on this date are left out here.
        impl.bordersHolderIds = impl.holderIds;
        std::vector<geo::Vec2> kept;
        const auto& drawn = visibleBorders(*impl.mesh, impl.holderIds, kept);
        impl.borders = uploadSegmentsByY(simplifySegments(drawn, tolerance));
        impl.borderRuns.clear();
        return;
    }
    // All of them, whatever the date: drawBorders() draws around the runs a date hides.
    auto simplified = simplifyBorders(*impl.mesh, tolerance);
    impl.borders = uploadSegments(simplified.pairs);
    impl.borderRuns = std::move(simplified.runs);
}

} // namespace recmap::render
