// GLFW must not pull in GL headers: GL comes from epoxy.
#define GLFW_INCLUDE_NONE
#include "app/explorer_window.hpp"

#include "app/camera.hpp"
#include "app/details_panel.hpp"
#include "app/search_panel.hpp"
#include "app/timeline_panel.hpp"
#include "core/error.hpp"
#include "render/map_renderer.hpp"
#include "render/png_writer.hpp"
#include "workspace/view_file.hpp"

#include <GLFW/glfw3.h>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <epoxy/gl.h>
#include <filesystem>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>
#include <memory>

namespace recmap::app {
namespace {

struct GlfwSession {
    GlfwSession() {
        if (!glfwInit()) {
            throw core::Error(
                "cannot open a window: no display (set DISPLAY, or run under xvfb-run)");
        }
    }
    ~GlfwSession() { glfwTerminate(); }
    GlfwSession(const GlfwSession&) = delete;
    GlfwSession& operator=(const GlfwSession&) = delete;
};

struct WindowDeleter {
    void operator()(GLFWwindow* window) const { glfwDestroyWindow(window); }
};

struct ImGuiSession {
    // layoutFile: where ImGui keeps window positions and sizes; empty: not kept.
    ImGuiSession(GLFWwindow* window, const std::string& layoutFile) {
        IMGUI_CHECKVERSION();
        ImGui::CreateContext();
        ImGui::GetIO().IniFilename = layoutFile.empty() ? nullptr : layoutFile.c_str();
        ImGui_ImplGlfw_InitForOpenGL(window, true);
        ImGui_ImplOpenGL3_Init("#version 330 core");
    }
    ~ImGuiSession() {
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplGlfw_Shutdown();
        ImGui::DestroyContext();
    }
    ImGuiSession(const ImGuiSession&) = delete;
    ImGuiSession& operator=(const ImGuiSession&) = delete;
};

// The back buffer as an image (GL rows are bottom-up: flipped while copying).
render::Image readWindow(int width, int height) {
    render::Image image;
    image.width = width;
    image.height = height;
    const size_t row = static_cast<size_t>(width) * render::Image::channels;
    render::PixelBuffer bottomUp(row * static_cast<size_t>(height));
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, bottomUp.data());
    image.pixels = render::PixelBuffer(row * static_cast<size_t>(height));
    for (int y = 0; y < height; ++y) {
        std::memcpy(image.pixels.data() + row * static_cast<size_t>(y),
                    bottomUp.data() + row * static_cast<size_t>(height - 1 - y), row);
    }
    return image;
}

} // namespace

ExplorerWindow::ExplorerWindow(ExplorerOptions options, ExplorerModel& model)
    : m_options(std::move(options)), m_model(model), m_fixedHover(m_options.hoverPoint) {}

std::optional<geo::Point> ExplorerWindow::projected(double lon, double lat) const {
    const auto& projection = m_options.projection;
    return geo::Projector(projection)
        .forward(geo::relativeLongitude(lon, projection.centerLon), lat);
}

int ExplorerWindow::run() {
    GlfwSession glfw;
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    std::unique_ptr<GLFWwindow, WindowDeleter> window(
        glfwCreateWindow(m_options.width, m_options.height, "recmap explorer", nullptr, nullptr));
    if (!window) {
        throw core::Error("cannot create an OpenGL 3.3 window");
    }
    glfwMakeContextCurrent(window.get());
    glfwSwapInterval(m_options.screenshot || m_options.benchmark ? 0 : 1);
    if (m_options.stateDir) {
        std::error_code ignored; // a directory that cannot be made: the layout is not kept
        std::filesystem::create_directories(*m_options.stateDir, ignored);
        m_layoutFile = (*m_options.stateDir / "explorer-layout.ini").string();
    }
    ImGuiSession imgui(window.get(), m_layoutFile);

    auto renderer = std::make_unique<render::MapRenderer>(m_model.mesh());
    renderer->setScene(m_model.scene());
    AppState state;
    state.projection = m_options.projection.kind;
    state.viewInput = m_model.viewText();
    TimelinePanel timeline;
    DetailsPanel details;
    SearchPanel search;
    Camera camera;
    struct {
        bool valid = false;
        geo::Bounds view;
        double unitsPerPixel = 0;
        int width = 0;
        int height = 0;
    } layers;                  // what the cached layers show
    bool sceneChanged = true;  // markers depend on the scene too (neutral entities get none)
    bool bordersMoved = false; // a new date changed the borders: markers may change too
    int framebufferWidth = 0, framebufferHeight = 0;
    glfwGetFramebufferSize(window.get(), &framebufferWidth, &framebufferHeight);
    camera.fit(m_options.startExtent ? *m_options.startExtent : m_model.mesh().bounds,
               framebufferWidth, framebufferHeight);
    std::string status;

    for (int frame = 1; !glfwWindowShouldClose(window.get()); ++frame) {
        glfwPollEvents();
        int windowWidth = 0, windowHeight = 0;
        glfwGetWindowSize(window.get(), &windowWidth, &windowHeight);
        glfwGetFramebufferSize(window.get(), &framebufferWidth, &framebufferHeight);
        const double scale =
            windowWidth > 0 ? double(framebufferWidth) / windowWidth : 1.0; // HiDPI

        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        bool globeDragged = false;
        const ImGuiIO& io = ImGui::GetIO();
        if (!io.WantCaptureMouse) {
            if (ImGui::IsMouseDragging(ImGuiMouseButton_Left)) {
                camera.pan(io.MouseDelta.x * scale, io.MouseDelta.y * scale);
            }
            if (io.MouseWheel != 0) {
                camera.zoomAt(io.MousePos.x * scale, io.MousePos.y * scale, framebufferWidth,
                              framebufferHeight, io.MouseWheel > 0 ? 1.25 : 0.8);
            }
            const ImVec2 dragged = ImGui::GetMouseDragDelta(ImGuiMouseButton_Left, 0.0f);
            if (ImGui::IsMouseReleased(ImGuiMouseButton_Left)) {
                if (dragged.x == 0 && dragged.y == 0) {
                    state.selected = state.hovered;
                } else if (m_options.projection.kind == geo::ProjectionKind::Orthographic) {
                    globeDragged = true; // the globe turns to what the drag brought to the middle
                }
            }
        }
        if (!io.WantCaptureKeyboard) {
            // GLFW key codes, as Dear ImGui 1.86's GLFW backend reports them.
            const double step = 40 * scale;
            if (ImGui::IsKeyDown(GLFW_KEY_LEFT))
                camera.pan(step / 4, 0);
            if (ImGui::IsKeyDown(GLFW_KEY_RIGHT))
                camera.pan(-step / 4, 0);
            if (ImGui::IsKeyDown(GLFW_KEY_UP))
                camera.pan(0, step / 4);
            if (ImGui::IsKeyDown(GLFW_KEY_DOWN))
                camera.pan(0, -step / 4);
            if (ImGui::IsKeyPressed(GLFW_KEY_EQUAL) || ImGui::IsKeyPressed(GLFW_KEY_KP_ADD)) {
                camera.zoomAt(framebufferWidth / 2.0, framebufferHeight / 2.0, framebufferWidth,
                              framebufferHeight, 1.25);
            }
            if (ImGui::IsKeyPressed(GLFW_KEY_MINUS) || ImGui::IsKeyPressed(GLFW_KEY_KP_SUBTRACT)) {
                camera.zoomAt(framebufferWidth / 2.0, framebufferHeight / 2.0, framebufferWidth,
                              framebufferHeight, 0.8);
            }
            if (ImGui::IsKeyPressed(GLFW_KEY_ESCAPE)) {
                state.selected.reset();
                state.searchOpen = false;
                state.helpOpen = false;
            }
        }
        bool saveRequested = io.KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_S, false);
        bool exportRequested = io.KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_E, false);
        if (!status.empty()) {
            ImGui::SetNextWindowPos(ImVec2(10, 10), ImGuiCond_Always);
            ImGui::Begin("Status", nullptr,
                         ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar);
            ImGui::TextUnformatted(status.c_str());
            ImGui::End();
        }
        if (ImGui::IsKeyPressed(GLFW_KEY_F1)) {
            state.helpOpen = !state.helpOpen;
        }
        ExplorerCommands commands;
        const bool scripting = playScript(state, commands);
        if (m_fixedHover) {
            state.hovered = m_model.pick(*m_fixedHover);
        }
        timeline.draw(m_model, state, commands);
        details.draw(m_model, state, commands);
        search.draw(m_model, state, commands);
        drawHelpOverlay(state.helpOpen);
        if (m_options.benchmark) {
            benchmarkStep(frame, camera, commands);
        }
        if (commands.flyTo) {
            if (auto where = m_model.locate(*commands.flyTo)) {
                camera.centreOn(where->first, where->second, framebufferWidth);
            }
        }
        if (commands.view) {
            if (auto error = m_model.setView(*commands.view)) {
                state.viewError = *error;
            } else {
                state.viewError.clear();
                renderer->setScene(m_model.scene());
                sceneChanged = true;
            }
        }
        if (saveRequested || commands.saveView) {
            status = saveView(camera.extent(framebufferWidth, framebufferHeight));
            std::printf("%s\n", status.c_str());
        }
        if (exportRequested || commands.exportImage) {
            status = exportView(camera.extent(framebufferWidth, framebufferHeight),
                                framebufferWidth, framebufferHeight, state.exportFormat);
            std::printf("%s\n", status.c_str());
        }
        std::optional<geo::ProjectionSpec> newProjection;
        if (commands.projection) {
            newProjection = m_options.projection;
            newProjection->kind = *commands.projection;
        }
        if (commands.centreGlobe || globeDragged) {
            const auto view = camera.extent(framebufferWidth, framebufferHeight);
            if (const auto middle =
                    geo::Projector(m_options.projection)
                        .inverse((view.minX + view.maxX) / 2, (view.minY + view.maxY) / 2)) {
                newProjection = m_options.projection;
                std::tie(newProjection->centerLon, newProjection->centerLat) = *middle;
            }
        }
        if (newProjection && m_options.prepareMesh) {
            // The map in the new projection (from the mesh cache when prepared before); the
            // renderer is rebuilt over it, the scene (by entity) stays.
            try {
                auto mesh = m_options.prepareMesh(*newProjection);
                renderer.reset();
                m_model.setMesh(std::move(mesh));
                renderer = std::make_unique<render::MapRenderer>(m_model.mesh());
                renderer->setScene(m_model.scene());
                m_options.projection = *newProjection;
                state.projection = newProjection->kind;
                m_fixedHover.reset();
                if (commands.projection) {
                    camera.fit(m_model.mesh().bounds, framebufferWidth, framebufferHeight);
                } else {
                    camera.moveTo({0, 0}); // the new centre, at the same zoom
                }
                layers.valid = false;
                sceneChanged = true;
            } catch (const std::exception& error) {
                status = error.what();
            }
        }
        if (commands.toggleCategory) {
            m_model.toggleCategory(*commands.toggleCategory);
            renderer->setScene(m_model.scene()); // a colour-table upload: the layers stay
        }
        if (commands.worldview) {
            if (auto error = m_model.setWorldview(*commands.worldview)) {
                state.viewError = *error;
            } else {
                renderer->setScene(m_model.scene()); // a colour-table upload: the layers stay
            }
        }
        if (commands.compare) {
            using Compare = ExplorerModel::Compare;
            m_model.setCompare(*commands.compare == "changes" ? Compare::Changes
                               : *commands.compare == "swipe" ? Compare::Swipe
                                                              : Compare::Off,
                               commands.compareFrom);
            renderer->setScene(m_model.scene());
            sceneChanged = sceneChanged || renderer->bordersChanged();
        }
        if (commands.date) {
            m_model.setDate(*commands.date);
            renderer->setScene(m_model.scene()); // a colour-table upload: the layers stay
            // If the borders moved (the boundary history), composite() redraws the lines where
            // they did, and the layers where markers changed (prepareMarkers() below).
            bordersMoved = bordersMoved || renderer->bordersChanged();
        }
        const bool swiping = m_model.compareMode() == ExplorerModel::Compare::Swipe;
        const int divider = static_cast<int>(std::lround(state.swipeAt * framebufferWidth));
        if (swiping) {
            // The divider, dragged with the mouse; each side names its date.
            auto* front = ImGui::GetForegroundDrawList();
            const float x = static_cast<float>(divider / scale);
            front->AddLine(ImVec2(x, 0), ImVec2(x, io.DisplaySize.y), IM_COL32(20, 20, 20, 255), 3);
            front->AddText(ImVec2(x - 110, 40), IM_COL32(20, 20, 20, 255),
                           m_model.compareDate().toString().c_str());
            front->AddText(ImVec2(x + 10, 40), IM_COL32(20, 20, 20, 255),
                           m_model.date().toString().c_str());
            if (!io.WantCaptureMouse && ImGui::IsMouseDown(ImGuiMouseButton_Left) &&
                std::abs(io.MousePos.x - x) < 12) {
                state.swipeAt = std::clamp(io.MousePos.x * static_cast<float>(scale) /
                                               static_cast<float>(framebufferWidth),
                                           0.0f, 1.0f);
            }
        }
        ImGui::Render();

        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        glViewport(0, 0, framebufferWidth, framebufferHeight);
        const auto& background = m_model.scene().background;
        glClearColor(background.r / 255.0f, background.g / 255.0f, background.b / 255.0f, 1);
        glClear(GL_COLOR_BUFFER_BIT);
        glDisable(GL_SCISSOR_TEST);
        // The map is drawn into cached layers (entity ids, lines) with a margin around the
        // window, and only again when the zoom, the size or the view changes, or a pan leaves
        // the margin; every frame composites the layers through the current colour tables.
        const int margin = std::max(64, framebufferWidth / 4);
        const auto view = camera.extent(framebufferWidth, framebufferHeight);
        int offsetX = margin, offsetY = margin;
        if (bordersMoved) {
            bordersMoved = false;
            // New circles are drawn into the cached layers where they changed, by composite().
            (void)renderer->prepareMarkers(camera.unitsPerPixel(), framebufferWidth);
        }
        if (layers.valid && layers.unitsPerPixel == camera.unitsPerPixel() &&
            layers.width == framebufferWidth && layers.height == framebufferHeight &&
            !sceneChanged) {
            offsetX = margin + static_cast<int>(std::lround((view.minX - layers.view.minX) /
                                                            camera.unitsPerPixel()));
            offsetY = margin + static_cast<int>(std::lround((view.minY - layers.view.minY) /
                                                            camera.unitsPerPixel()));
        } else {
            layers.valid = false;
        }
        if (!layers.valid || std::abs(offsetX - margin) > margin ||
            std::abs(offsetY - margin) > margin) {
            if (camera.unitsPerPixel() != layers.unitsPerPixel ||
                framebufferWidth != layers.width || sceneChanged) {
                renderer->prepareMarkers(camera.unitsPerPixel(), framebufferWidth);
                renderer->prepareLines(camera.unitsPerPixel());
            }
            renderer->setLineWidth(static_cast<float>(std::max(1.0, scale)));
            const double grow = margin * camera.unitsPerPixel();
            renderer->renderLayers(
                {view.minX - grow, view.minY - grow, view.maxX + grow, view.maxY + grow},
                framebufferWidth + 2 * margin, framebufferHeight + 2 * margin);
            layers = {true, view, camera.unitsPerPixel(), framebufferWidth, framebufferHeight};
            sceneChanged = false;
            offsetX = offsetY = margin;
        }
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        glViewport(0, 0, framebufferWidth, framebufferHeight);
        if (swiping) {
            // Left of the divider the compare date's colours, right of it the date's: one set
            // of layers, two colour tables.
            renderer->setScene(m_model.compareScene());
            renderer->composite(offsetX, offsetY, {0, divider});
            renderer->setScene(m_model.scene());
            renderer->composite(offsetX, offsetY, {divider, framebufferWidth - divider});
        } else {
            renderer->composite(offsetX, offsetY);
        }
        if (!io.WantCaptureMouse && !m_fixedHover) {
            // Picking by the id layer: the pixel under the mouse, in the cache's bottom-up rows.
            state.hovered = renderer->entityAt(
                static_cast<int>(io.MousePos.x * scale) + offsetX,
                framebufferHeight - 1 - static_cast<int>(io.MousePos.y * scale) + offsetY);
        }
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

        if (m_options.benchmark) {
            glFinish();
            if (benchmarkDone(frame)) {
                return 0;
            }
        }
        if (m_options.screenshot && frame >= m_options.frames && !scripting) {
            rememberView();
            render::writePng(*m_options.screenshot,
                             readWindow(framebufferWidth, framebufferHeight));
            if (const auto& code = state.selected ? state.selected : state.hovered;
                m_options.printDetails && code) {
                const auto shown = m_model.details(*code);
                std::printf("%s (%s)\n%s\n", shown.name.c_str(), shown.code.c_str(),
                            shown.status.c_str());
                for (const auto& event : shown.events) {
                    std::printf("%s %s%s\n", event.date.c_str(), event.what.c_str(),
                                event.disputed ? " (disputed)" : "");
                }
            }
            return 0;
        }
        glfwSwapBuffers(window.get());
    }
    rememberView();
    return 0;
}

} // namespace recmap::app
