// The explorer's cached layers and picking (see MapRenderer::renderLayers in the header).
#include "render/layer_textures.hpp"
#include "render/map_renderer.hpp"
#include "render/map_renderer_impl.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>

namespace recmap::render {

// Which entities' colours differ from those composed: uploaded as a flag texture for the
// recolour pass, or a full recompose when most changed.
void MapRenderer::Impl::noteChangedColours(std::vector<scene::Rgba> fills,
                                           std::vector<scene::Rgba> hatches, int width,
                                           int height) {
    if (fills.size() != uploadedFills.size()) {
        recomposeAll = true;
    } else if (!recomposeAll) {
        std::vector<uint8_t> changed(fills.size(), 0);
        size_t count = 0;
        for (size_t i = 0; i < fills.size(); ++i) {
            if (!(fills[i] == uploadedFills[i]) || !(hatches[i] == uploadedHatches[i])) {
                changed[i] = 1;
                ++count;
            }
        }
        if (count * 2 > fills.size()) {
            recomposeAll = true;
        } else if (count > 0) {
            if (!changedEntities.get()) {
                changedEntities = nearestTexture();
            }
            glBindTexture(GL_TEXTURE_2D, changedEntities.get());
            // Flags accumulate until composed (several scene changes in one frame).
            if (!recolourPending || changedFlags.size() != changed.size()) {
                changedFlags = std::move(changed);
            } else {
                for (size_t i = 0; i < changed.size(); ++i) {
                    changedFlags[i] |= changed[i];
                }
            }
            glTexImage2D(GL_TEXTURE_2D, 0, GL_R8UI, width, height, 0, GL_RED_INTEGER,
                         GL_UNSIGNED_BYTE, changedFlags.data());
            recolourPending = true;
        }
    }
    uploadedFills = std::move(fills);
    uploadedHatches = std::move(hatches);
}

// The inputs of the composite fragment shader, for either program that uses it.
void MapRenderer::Impl::bindCompositeInputs(ShaderProgram& program) {
    program.use();
    const GLuint textures[] = {idLayer.get(), linesLayer.get(), fillColours.get(),
                               hatchColours.get()};
    const char* names[] = {"u_ids", "u_lines", "u_fills", "u_hatches"};
    for (int unit = 0; unit < 4; ++unit) {
        glActiveTexture(static_cast<GLenum>(GL_TEXTURE0 + unit));
        glBindTexture(GL_TEXTURE_2D, textures[unit]);
        glUniform1i(program.uniform(names[unit]), unit);
    }
    glActiveTexture(GL_TEXTURE0);
    glUniform4f(program.uniform("u_ocean"), scene.ocean.r / 255.0f, scene.ocean.g / 255.0f,
                scene.ocean.b / 255.0f, 1.0f);
    glUniform4f(program.uniform("u_background"), scene.background.r / 255.0f,
                scene.background.g / 255.0f, scene.background.b / 255.0f, 1.0f);
    glUniform1f(program.uniform("u_hatchPeriod"), hatchPeriod);
}

namespace {

PixelRect intersection(const PixelRect& a, const PixelRect& b) {
    return {std::max(a.x0, b.x0), std::max(a.y0, b.y0), std::min(a.x1, b.x1), std::min(a.y1, b.y1)};
}

bool contains(const PixelRect& outer, const PixelRect& inner) {
    return outer.x0 <= inner.x0 && outer.y0 <= inner.y0 && inner.x1 <= outer.x1 &&
           inner.y1 <= outer.y1;
}

// Scissors to `rect`; false when it is empty.
// Lines are accumulated premultiplied into their transparent layer, so that composite() can lay
// them over any colour.
void blendLinesPremultiplied() {
    glEnable(GL_BLEND);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
}

bool scissorTo(const PixelRect& rect) {
    if (rect.x0 >= rect.x1 || rect.y0 >= rect.y1) {
        return false;
    }
    glScissor(rect.x0, rect.y0, rect.x1 - rect.x0, rect.y1 - rect.y0);
    return true;
}

} // namespace

// Brings the composed image up to date with the colour tables.
void MapRenderer::Impl::compose(const PixelRect* visible) {
    if (layerTarget.get() && idLayerDrawnFor) {
        if (markersDrawn != markersVersion) {
            refreshMarkers();
        }
        if (linesHolders != holderIds) {
            refreshBorders();
        }
    }
    const PixelRect whole{0, 0, layerWidth, layerHeight};
    const PixelRect limit = visible != nullptr ? intersection(*visible, whole) : whole;
    if (!contains(freshArea, limit)) {
        recomposeAll = true; // a part left stale by an earlier change comes into view
    }
    if (!recomposeAll && !recolourPending && dirtyRects.empty()) {
        return;
    }
    glBindFramebuffer(GL_FRAMEBUFFER, composedTarget.get());
    glViewport(0, 0, layerWidth, layerHeight);
    glDisable(GL_BLEND);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_SCISSOR_TEST);
    if (recomposeAll) {
        bindCompositeInputs(compositeProgram);
        glBindVertexArray(emptyVao.get());
        glDrawArrays(GL_TRIANGLES, 0, 3);
        freshArea = whole;
    } else {
        // Changes are composed where they are seen; the rest of the cache is left stale until
        // it comes into view.
        freshArea = limit;
        glEnable(GL_SCISSOR_TEST);
        if (!dirtyRects.empty()) {
            // Where the borders or markers changed, every pixel again.
            bindCompositeInputs(compositeProgram);
            glBindVertexArray(emptyVao.get());
            for (const auto& rect : dirtyRects) {
                if (scissorTo(intersection(rect, limit))) {
                    glDrawArrays(GL_TRIANGLES, 0, 3);
                }
            }
        }
        if (recolourPending) {
            recolour(limit);
        }
        glDisable(GL_SCISSOR_TEST);
    }
    glBindVertexArray(0);
    recomposeAll = false;
    recolourPending = false;
    dirtyRects.clear();
}

void MapRenderer::Impl::drawEntityFills(const std::vector<size_t>& entities) {
    std::vector<GLsizei> counts;
    std::vector<const void*> offsets;
    for (const size_t entity : entities) {
        for (const auto& run : fillRuns[entity]) {
            counts.push_back(run.count);
            offsets.push_back(reinterpret_cast<const void*>(static_cast<uintptr_t>(run.first) *
                                                            sizeof(uint32_t)));
        }
    }
    if (!counts.empty()) {
        glMultiDrawElements(GL_TRIANGLES, counts.data(), GL_UNSIGNED_INT, offsets.data(),
                            static_cast<GLsizei>(counts.size()));
    }
}

void MapRenderer::Impl::recolour(const PixelRect& limit) {
    // Each changed entity either by its own triangles, which cover exactly the pixels the id
    // pass gave it, or by every pixel of its bounding rectangle: on llvmpipe a triangle costs
    // about as much as 18 pixels, so a detailed coast (1:10m) is cheaper as a rectangle, and an
    // entity spread across the map (France and its overseas regions) as triangles.
    std::vector<size_t> byTriangles;
    std::vector<geo::Bounds> areas;
    for (size_t entity = 0; entity < fillRuns.size() && entity < changedFlags.size(); ++entity) {
        if (changedFlags[entity] == 0) {
            continue;
        }
        long triangles = 0;
        for (const auto& run : fillRuns[entity]) {
            triangles += run.count / 3;
        }
        if (entity < entityBounds.size()) {
            const auto rect = pixelRectOf(entityBounds[entity], 1);
            const long pixels =
                static_cast<long>(std::max(0, rect.x1 - rect.x0)) * std::max(0, rect.y1 - rect.y0);
            if (pixels < 10 * triangles) {
                areas.push_back(entityBounds[entity]);
                continue;
            }
        }
        byTriangles.push_back(entity);
    }
    if (!areas.empty()) {
        bindCompositeInputs(compositeProgram);
        glBindVertexArray(emptyVao.get());
        for (const auto& rect : rectsOf(areas, 1)) {
            if (scissorTo(intersection(rect, limit))) {
                glDrawArrays(GL_TRIANGLES, 0, 3);
            }
        }
    }
    if (scissorTo(limit)) {
        bindCompositeInputs(recolourProgram);
        setTransform(recolourProgram, layerExtent);
        glActiveTexture(GL_TEXTURE4);
        glBindTexture(GL_TEXTURE_2D, changedEntities.get());
        glUniform1i(recolourProgram.uniform("u_changed"), 4);
        glActiveTexture(GL_TEXTURE0);
        glBindVertexArray(fills.vao.get());
        drawEntityFills(byTriangles);
        if (markers.count > 0) {
            glBindVertexArray(markers.vao.get());
            glDrawArrays(GL_TRIANGLES, 0, markers.count);
        }
    }
}

void MapRenderer::Impl::drawLinesOverIds(const geo::Bounds& extent, const geo::Bounds* within) {
    if (scene.showGraticule) {
        // The graticule is kept off the land by the ids, as the fills would have cleared it.
        drawLines(graticule, extent, scene.graticule, lineWidth * 0.7f, true);
    }
    drawBorders(extent, lineWidth, within);
    drawLines(markerOutlines, extent, scene.border, lineWidth);
    drawLines(outline, extent, scene.border, lineWidth * 1.2f);
}

namespace {

// Rectangles that overlap or touch become one, and more than a few become their union: each
// costs a pass over the borders near it.
std::vector<PixelRect> merged(std::vector<PixelRect> rects) {
    const auto meet = [](const PixelRect& a, const PixelRect& b) {
        return a.x0 <= b.x1 && b.x0 <= a.x1 && a.y0 <= b.y1 && b.y0 <= a.y1;
    };
    const auto join = [](PixelRect& a, const PixelRect& b) {
        a = {std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1),
             std::max(a.y1, b.y1)};
    };
    for (bool again = true; again;) {
        again = false;
        for (size_t i = 0; i < rects.size() && !again; ++i) {
            for (size_t j = i + 1; j < rects.size(); ++j) {
                if (meet(rects[i], rects[j])) {
                    join(rects[i], rects[j]);
                    rects.erase(rects.begin() + static_cast<long>(j));
                    again = true;
                    break;
                }
            }
        }
    }
    constexpr size_t most = 16;
    if (rects.size() > most) {
        for (size_t i = 1; i < rects.size(); ++i) {
            join(rects[0], rects[i]);
        }
        rects.resize(1);
    }
    return rects;
}

// Lines reach their half width and a pixel of antialiasing beyond their segments.
int lineReach(float lineWidth) {
    return static_cast<int>(std::ceil(lineWidth * 0.6f)) + 3;
}

} // namespace

PixelRect MapRenderer::Impl::pixelRectOf(const geo::Bounds& bounds, int margin) const {
    const auto& e = layerExtent;
    const double toX = layerWidth / e.width(), toY = layerHeight / e.height();
    const double xa = (bounds.minX - e.minX) * toX, xb = (bounds.maxX - e.minX) * toX;
    const double ya = (bounds.minY - e.minY) * toY, yb = (bounds.maxY - e.minY) * toY;
    const auto clampTo = [](double value, int limit) {
        return static_cast<int>(std::clamp(value, 0.0, static_cast<double>(limit)));
    };
    return {clampTo(std::floor(std::min(xa, xb)) - margin, layerWidth),
            clampTo(std::floor(std::min(ya, yb)) - margin, layerHeight),
            clampTo(std::ceil(std::max(xa, xb)) + margin, layerWidth),
            clampTo(std::ceil(std::max(ya, yb)) + margin, layerHeight)};
}

geo::Bounds MapRenderer::Impl::boundsOf(const PixelRect& rect, int margin) const {
    const auto& e = layerExtent;
    const double toX = layerWidth / e.width(), toY = layerHeight / e.height();
    const double ax = e.minX + (rect.x0 - margin) / toX, bx = e.minX + (rect.x1 + margin) / toX;
    const double ay = e.minY + (rect.y0 - margin) / toY, by = e.minY + (rect.y1 + margin) / toY;
    return {std::min(ax, bx), std::min(ay, by), std::max(ax, bx), std::max(ay, by)};
}

std::vector<PixelRect> MapRenderer::Impl::rectsOf(const std::vector<geo::Bounds>& bounds,
                                                  int margin) const {
    std::vector<PixelRect> rects;
    for (const auto& each : bounds) {
        const auto rect = pixelRectOf(each, margin);
        if (rect.x0 < rect.x1 && rect.y0 < rect.y1) {
            rects.push_back(rect);
        }
    }
    return merged(std::move(rects));
}

void MapRenderer::Impl::refreshBorders() {
    const int margin = lineReach(lineWidth);
    const auto rects = linesHolders.size() != holderIds.size() || borderRuns.empty()
                           ? std::vector<PixelRect>{{0, 0, layerWidth, layerHeight}}
                           : rectsOf(changedRunBounds(borderRuns, linesHolders, holderIds), margin);
    linesHolders = holderIds;
    if (rects.empty()) {
        return;
    }
    GLint previous = 0;
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &previous);
    glBindFramebuffer(GL_FRAMEBUFFER, linesTarget.get());
    glViewport(0, 0, layerWidth, layerHeight);
    viewportWidth = static_cast<float>(layerWidth);
    viewportHeight = static_cast<float>(layerHeight);
    glDisable(GL_DEPTH_TEST);
    blendLinesPremultiplied();
    glEnable(GL_SCISSOR_TEST);
    const GLfloat clear[4] = {0, 0, 0, 0};
    for (const auto& rect : rects) {
        glScissor(rect.x0, rect.y0, rect.x1 - rect.x0, rect.y1 - rect.y0);
        glClearBufferfv(GL_COLOR, 0, clear);
        const auto within = boundsOf(rect, margin); // for the borders' runs that can reach it
        drawLinesOverIds(layerExtent, &within);
    }
    glDisable(GL_SCISSOR_TEST);
    glDisable(GL_BLEND);
    glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
    glBindVertexArray(0);
    glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(previous));
    if (!recomposeAll) {
        dirtyRects.insert(dirtyRects.end(), rects.begin(), rects.end());
    }
}

void MapRenderer::Impl::refreshMarkers() {
    const auto rects = rectsOf(markerDirtyBounds, lineReach(lineWidth));
    markerDirtyBounds.clear();
    markersDrawn = markersVersion;
    GLint previous = 0;
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &previous);
    for (const auto& rect : rects) {
        drawLayers(layerExtent, &rect);
    }
    glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(previous));
    if (!recomposeAll) {
        dirtyRects.insert(dirtyRects.end(), rects.begin(), rects.end());
    }
}

void MapRenderer::Impl::drawLayers(const geo::Bounds& extent, const PixelRect* rect) {
    glViewport(0, 0, layerWidth, layerHeight);
    viewportWidth = static_cast<float>(layerWidth);
    viewportHeight = static_cast<float>(layerHeight);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    std::optional<geo::Bounds> within;
    if (rect != nullptr) {
        glEnable(GL_SCISSOR_TEST);
        glScissor(rect->x0, rect->y0, rect->x1 - rect->x0, rect->y1 - rect->y0);
        within = boundsOf(*rect, lineReach(lineWidth));
    } else {
        glDisable(GL_SCISSOR_TEST);
    }
    const GLfloat clear[4] = {0, 0, 0, 0};
    glBindFramebuffer(GL_FRAMEBUFFER, layerTarget.get());
    const GLenum both[] = {GL_COLOR_ATTACHMENT0, GL_COLOR_ATTACHMENT1};
    glDrawBuffers(2, both);
    constexpr GLuint outsideId = 0xFFFFFFFFu;
    constexpr GLuint eachVertexsOwn = 0xFFFFFFFFu; // u_fixedId: each vertex's entity + 1
    glClearBufferfv(GL_COLOR, 1, clear);
    glDisable(GL_BLEND);
    idFillProgram.use();
    setTransform(idFillProgram, extent);
    if (bindSurround(extent)) {
        // Sea (0) cleared, the outside of the globe drawn over it.
        const GLuint sea[4] = {0, 0, 0, 0};
        glClearBufferuiv(GL_COLOR, 0, sea);
        glUniform1ui(idFillProgram.uniform("u_fixedId"), eachVertexsOwn);
        glVertexAttribI1ui(1, outsideId - 1);
        glDrawArrays(GL_TRIANGLES, 0, surround.count);
    } else {
        const GLuint outside[4] = {outsideId, 0, 0, 0};
        glClearBufferuiv(GL_COLOR, 0, outside);
        glUniform1ui(idFillProgram.uniform("u_fixedId"), 0u); // the globe is sea
        glBindVertexArray(globe.vao.get());
        glVertexAttribI1ui(1, 0);
        glDrawArrays(GL_TRIANGLES, 0, globe.count);
    }

    glBindFramebuffer(GL_FRAMEBUFFER, linesTarget.get());
    blendLinesPremultiplied();
    if (scene.showGraticule) {
        drawLines(graticule, extent, scene.graticule, lineWidth * 0.7f);
    }
    glDisable(GL_BLEND);
    glBindFramebuffer(GL_FRAMEBUFFER, layerTarget.get());
    glDrawBuffers(2, both);
    idFillProgram.use();
    glUniform1ui(idFillProgram.uniform("u_fixedId"), eachVertexsOwn);
    glBindVertexArray(fills.vao.get());
    if (within) {
        // Only the entities that can reach the rectangle.
        std::vector<size_t> reaching;
        for (size_t entity = 0; entity < fillRuns.size() && entity < entityBounds.size();
             ++entity) {
            if (entityBounds[entity].meets(*within)) {
                reaching.push_back(entity);
            }
        }
        drawEntityFills(reaching);
    } else {
        glDrawElements(GL_TRIANGLES, fills.count, GL_UNSIGNED_INT, nullptr);
    }
    if (markers.count > 0) {
        glBindVertexArray(markers.vao.get());
        glDrawArrays(GL_TRIANGLES, 0, markers.count);
    }
    const GLenum first[] = {GL_COLOR_ATTACHMENT0};
    glDrawBuffers(1, first);
    glBindFramebuffer(GL_FRAMEBUFFER, linesTarget.get());
    blendLinesPremultiplied();
    drawBorders(extent, lineWidth, within ? &*within : nullptr);
    drawLines(markerOutlines, extent, scene.border, lineWidth);
    drawLines(outline, extent, scene.border, lineWidth * 1.2f);
    glDisable(GL_BLEND);
    glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
    glDisable(GL_SCISSOR_TEST);
    glBindVertexArray(0);
}

void MapRenderer::renderLayers(const geo::Bounds& extent, int width, int height) {
    auto& impl = *m_impl;
    if (width != impl.layerWidth || height != impl.layerHeight || !impl.layerTarget.get()) {
        impl.idLayer = layerTexture(GL_R32UI, GL_RED_INTEGER, GL_UNSIGNED_INT, width, height);
        impl.linesLayer = layerTexture(GL_RGBA8, GL_RGBA, GL_UNSIGNED_BYTE, width, height);
        impl.composedLayer = layerTexture(GL_RGBA8, GL_RGBA, GL_UNSIGNED_BYTE, width, height);
        impl.layerTarget = framebufferOver({impl.idLayer.get(), impl.linesLayer.get()});
        impl.linesTarget = framebufferOver({impl.linesLayer.get()});
        impl.composedTarget = framebufferOver({impl.composedLayer.get()});
        impl.layerWidth = width;
        impl.layerHeight = height;
        impl.emptyVao = GlVertexArray::create();
        impl.idLayerDrawnFor.reset();
    }
    GLint previous = 0;
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &previous);
    impl.layerExtent = extent;
    const Impl::IdLayerKey key{extent, width, height};
    if (impl.idLayerDrawnFor == key) {
        // The same frame: the ids stay but where markers changed, and the lines are drawn again.
        if (impl.markersDrawn != impl.markersVersion) {
            impl.refreshMarkers();
        }
        glViewport(0, 0, width, height);
        impl.viewportWidth = static_cast<float>(width);
        impl.viewportHeight = static_cast<float>(height);
        glDisable(GL_DEPTH_TEST);
        glDisable(GL_SCISSOR_TEST);
        glBindFramebuffer(GL_FRAMEBUFFER, impl.linesTarget.get());
        const GLfloat clear[4] = {0, 0, 0, 0};
        glClearBufferfv(GL_COLOR, 0, clear);
        blendLinesPremultiplied();
        impl.drawLinesOverIds(extent);
        glDisable(GL_BLEND);
        glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
        glBindVertexArray(0);
    } else {
        impl.drawLayers(extent);
        impl.idLayerDrawnFor = key;
        impl.markersDrawn = impl.markersVersion;
        impl.markerDirtyBounds.clear();
    }
    impl.linesHolders = impl.holderIds;
    impl.dirtyRects.clear();
    impl.recomposeAll = true;
    impl.compose();
    glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(previous));
}

void MapRenderer::composite(int offsetX, int offsetY, WindowColumns columns) {
    auto& impl = *m_impl;
    if (!impl.layerTarget.get()) {
        return;
    }
    GLint target = 0;
    GLint viewport[4] = {0, 0, 0, 0};
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &target);
    glGetIntegerv(GL_VIEWPORT, viewport);
    // A copy of the visible part: window pixel (x, y) shows cache pixel (x + offsetX, y +
    // offsetY); what lies beyond the cache is background.
    const int sourceX0 = std::max(0, viewport[0] + offsetX);
    const int sourceY0 = std::max(0, viewport[1] + offsetY);
    const int sourceX1 = std::min(impl.layerWidth, viewport[0] + viewport[2] + offsetX);
    const int sourceY1 = std::min(impl.layerHeight, viewport[1] + viewport[3] + offsetY);
    // Two scenes' columns (a swipe) each recolour their own side: compose the whole cache then.
    const PixelRect visible{sourceX0, sourceY0, sourceX1, sourceY1};
    impl.compose(columns.count < 0 ? &visible : nullptr);
    glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(target));
    glViewport(viewport[0], viewport[1], viewport[2], viewport[3]);
    if (columns.count >= 0) {
        glEnable(GL_SCISSOR_TEST);
        glScissor(columns.first, viewport[1], columns.count, viewport[3]);
    }
    if (sourceX0 != viewport[0] + offsetX || sourceY0 != viewport[1] + offsetY ||
        sourceX1 != viewport[0] + viewport[2] + offsetX ||
        sourceY1 != viewport[1] + viewport[3] + offsetY) {
        const auto& background = impl.scene.background;
        glClearColor(background.r / 255.0f, background.g / 255.0f, background.b / 255.0f, 1);
        glClear(GL_COLOR_BUFFER_BIT);
    }
    if (sourceX0 >= sourceX1 || sourceY0 >= sourceY1) {
        glDisable(GL_SCISSOR_TEST);
        return;
    }
    glBindFramebuffer(GL_READ_FRAMEBUFFER, impl.composedTarget.get());
    glReadBuffer(GL_COLOR_ATTACHMENT0);
    glBlitFramebuffer(sourceX0, sourceY0, sourceX1, sourceY1, sourceX0 - offsetX,
                      sourceY0 - offsetY, sourceX1 - offsetX, sourceY1 - offsetY,
                      GL_COLOR_BUFFER_BIT, GL_NEAREST);
    glDisable(GL_SCISSOR_TEST);
    glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(target));
}

std::optional<std::string> MapRenderer::entityAt(int x, int y) {
    auto& impl = *m_impl;
    if (!impl.layerTarget.get() || x < 0 || y < 0 || x >= impl.layerWidth ||
        y >= impl.layerHeight) {
        return std::nullopt;
    }
    GLint previous = 0;
    glGetIntegerv(GL_READ_FRAMEBUFFER_BINDING, &previous);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, impl.layerTarget.get());
    glReadBuffer(GL_COLOR_ATTACHMENT0);
    GLuint id = 0;
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(x, y, 1, 1, GL_RED_INTEGER, GL_UNSIGNED_INT, &id);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, static_cast<GLuint>(previous));
    if (id == 0 || id == 0xFFFFFFFFu || id > impl.codes.size() ||
        impl.codes[id - 1].starts_with('?')) {
        return std::nullopt;
    }
    return impl.codes[id - 1];
}

} // namespace recmap::render
