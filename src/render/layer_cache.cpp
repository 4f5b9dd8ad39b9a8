// The explorer's cached layers and picking (see MapRenderer::renderLayers in the header).
#include "render/layer_textures.hpp"
#include "render/map_renderer.hpp"
#include "render/map_renderer_impl.hpp"

#include <cstdint>

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

// Brings the composed image up to date with the colour tables.
void MapRenderer::Impl::compose() {
    if (!recomposeAll && !recolourPending) {
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
    } else {
        // The changed entities' own triangles cover exactly the pixels the id pass gave them.
        bindCompositeInputs(recolourProgram);
        setTransform(recolourProgram, layerExtent);
        glActiveTexture(GL_TEXTURE4);
        glBindTexture(GL_TEXTURE_2D, changedEntities.get());
        glUniform1i(recolourProgram.uniform("u_changed"), 4);
        glActiveTexture(GL_TEXTURE0);
        glBindVertexArray(fills.vao.get());
        std::vector<GLsizei> counts;
        std::vector<const void*> offsets;
        for (size_t entity = 0; entity < fillRuns.size() && entity < changedFlags.size();
             ++entity) {
            if (changedFlags[entity] == 0) {
                continue;
            }
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
        if (markers.count > 0) {
            glBindVertexArray(markers.vao.get());
            glDrawArrays(GL_TRIANGLES, 0, markers.count);
        }
    }
    glBindVertexArray(0);
    recomposeAll = false;
    recolourPending = false;
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
    glViewport(0, 0, width, height);
    impl.viewportWidth = static_cast<float>(width);
    impl.viewportHeight = static_cast<float>(height);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_SCISSOR_TEST);
    glDisable(GL_CULL_FACE);
    const GLfloat clear[4] = {0, 0, 0, 0};
    const Impl::IdLayerKey key{extent, width, height, impl.markersVersion};
    // Lines are accumulated premultiplied, so composite() can lay them over any colour.
    const auto blendLines = [] {
        glEnable(GL_BLEND);
        glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    };
    if (impl.idLayerDrawnFor == key) {
        // Only the borders changed (the boundary history on a new date): the ids stay, and the
        // graticule is kept off the land by them, as the fills would have cleared it.
        glBindFramebuffer(GL_FRAMEBUFFER, impl.linesTarget.get());
        glClearBufferfv(GL_COLOR, 0, clear);
        blendLines();
        if (impl.scene.showGraticule) {
            impl.drawLines(impl.graticule, extent, impl.scene.graticule, impl.lineWidth * 0.7f,
                           true);
        }
    } else {
        glBindFramebuffer(GL_FRAMEBUFFER, impl.layerTarget.get());
        const GLenum both[] = {GL_COLOR_ATTACHMENT0, GL_COLOR_ATTACHMENT1};
        glDrawBuffers(2, both);
        const GLuint outside[4] = {0xFFFFFFFFu, 0, 0, 0};
        glClearBufferuiv(GL_COLOR, 0, outside);
        glClearBufferfv(GL_COLOR, 1, clear);

        glDisable(GL_BLEND);
        impl.idFillProgram.use();
        impl.setTransform(impl.idFillProgram, extent);
        glUniform1ui(impl.idFillProgram.uniform("u_fixedId"), 0u); // the globe is sea
        glBindVertexArray(impl.globe.vao.get());
        glVertexAttribI1ui(1, 0);
        glDrawArrays(GL_TRIANGLES, 0, impl.globe.count);

        glBindFramebuffer(GL_FRAMEBUFFER, impl.linesTarget.get());
        blendLines();
        if (impl.scene.showGraticule) {
            impl.drawLines(impl.graticule, extent, impl.scene.graticule, impl.lineWidth * 0.7f);
        }
        glDisable(GL_BLEND);
        glBindFramebuffer(GL_FRAMEBUFFER, impl.layerTarget.get());
        glDrawBuffers(2, both);
        impl.idFillProgram.use();
        glUniform1ui(impl.idFillProgram.uniform("u_fixedId"), 0xFFFFFFFFu);
        glBindVertexArray(impl.fills.vao.get());
        glDrawElements(GL_TRIANGLES, impl.fills.count, GL_UNSIGNED_INT, nullptr);
        if (impl.markers.count > 0) {
            glBindVertexArray(impl.markers.vao.get());
            glDrawArrays(GL_TRIANGLES, 0, impl.markers.count);
        }
        const GLenum first[] = {GL_COLOR_ATTACHMENT0};
        glDrawBuffers(1, first);
        glBindFramebuffer(GL_FRAMEBUFFER, impl.linesTarget.get());
        blendLines();
        impl.idLayerDrawnFor = key;
    }
    impl.drawLines(impl.borders, extent, impl.scene.border, impl.lineWidth);
    impl.drawLines(impl.markerOutlines, extent, impl.scene.border, impl.lineWidth);
    impl.drawLines(impl.outline, extent, impl.scene.border, impl.lineWidth * 1.2f);
    glDisable(GL_BLEND);
    glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
    glBindVertexArray(0);
    impl.layerExtent = extent;
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
    impl.compose();
    glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(target));
    glViewport(viewport[0], viewport[1], viewport[2], viewport[3]);
    // A copy of the visible part: window pixel (x, y) shows cache pixel (x + offsetX, y +
    // offsetY); what lies beyond the cache is background.
    const int sourceX0 = std::max(0, viewport[0] + offsetX);
    const int sourceY0 = std::max(0, viewport[1] + offsetY);
    const int sourceX1 = std::min(impl.layerWidth, viewport[0] + viewport[2] + offsetX);
    const int sourceY1 = std::min(impl.layerHeight, viewport[1] + viewport[3] + offsetY);
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
