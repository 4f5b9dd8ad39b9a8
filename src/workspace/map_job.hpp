#pragma once

#include "core/dataset.hpp"
#include "core/entity_boundary.hpp"
#include "geo/map_mesh.hpp"
#include "render/map_renderer.hpp"
#include "scene/map_scene.hpp"
#include "scene/worldview.hpp"
#include "workspace/boundary_matching.hpp"
#include "workspace/gdal_services.hpp"
#include "workspace/map_export.hpp"
#include "workspace/render_request.hpp"

#include <filesystem>
#include <future>
#include <memory>
#include <optional>
#include <ostream>
#include <unordered_map>
#include <vector>

namespace recmap::render {
class Font;
class HeadlessContext;
class MapRenderer;
} // namespace recmap::render

namespace recmap::workspace {

// One map prepared for drawing: the dataset, the projected mesh and the font are loaded once;
// each call to write() colours it for a date and writes one file. The GL context and renderer
// are created on the first raster write and kept, so an animation recolours without re-uploading.
class MapJob {
  public:
    MapJob(const RenderRequest& request, const GdalServices& gdal, std::ostream& log);
    ~MapJob();

    // The scene of a date; with a time-aware boundary file, the features valid then are
    // prepared first (cached per date) and the renderer takes the new mesh.
    [[nodiscard]] scene::MapScene sceneOn(const core::Date& date);
    void write(const scene::MapScene& scene, const core::Date& date,
               const std::filesystem::path& output);
    // Animation frames: with overlap on, write() returns once a PNG is drawn, and its last
    // bands are compressed and the file renamed into place while the next frame draws (at most
    // one frame behind). finishWrites() waits for it and throws its error, if any; turning
    // overlap off finishes first.
    void setOverlappedWrites(bool overlap);
    void finishWrites();
    // Dates of the events the view shows, within [from, to] (for --step event).
    [[nodiscard]] std::vector<core::Date> eventDates(const core::Date& from,
                                                     const core::Date& to) const;

  private:
    // The view's scene on the date over the current mesh (in `worldview`, default the map's).
    [[nodiscard]] scene::MapScene sceneFor(const core::Date& date,
                                           const scene::Worldview* worldview = nullptr) const;
    // --side-by-side: the other date's or worldview's scene left of `scene`, one legend.
    void writeSideBySide(const scene::MapScene& scene, const core::Date& date,
                         const std::filesystem::path& output, OutputFormat format);
    // The interactive page: the slider's dates are the view's event dates up to `date` (or
    // within --from/--to), the map itself `scene` on `date`.
    void writeHtml(const scene::MapScene& scene, const core::Date& date,
                   const std::filesystem::path& output);
    // CSV, GeoJSON or GeoPackage: the data behind the map.
    void writeData(const scene::MapScene& scene, const core::Date& date,
                   const std::filesystem::path& output, OutputFormat format);
    // Each slot's WGS84 boundary (read once, for the vector data exports).
    [[nodiscard]] const std::unordered_map<std::string, core::EntityBoundary>& shapes();
    // The GL context, current on this thread: the one started in the background, else a new one.
    void ensureContext();
    // The projected box the map must show: --extent's, else the whole mesh.
    [[nodiscard]] geo::Bounds contentBounds() const;
    // A zoomed inset of the view's subject when it is too small to read at this scale.
    [[nodiscard]] std::optional<render::RenderOptions::Inset>
    insetFor(const scene::MapScene& scene, const geo::Bounds& extent, int width,
             const render::Overlay& overlay) const;

    const RenderRequest& m_request;
    const GdalServices& m_gdal;
    std::ostream& m_log;
    std::unique_ptr<core::Dataset> m_dataset;
    geo::MapMesh m_mesh;
    std::filesystem::path m_boundaryPath;
    BoundaryMatching m_matching;
    std::optional<std::unordered_map<std::string, core::EntityBoundary>> m_shapes;
    std::optional<core::Date> m_meshDate; // time-aware files: the date m_mesh was prepared for
    scene::Worldview m_worldview;
    std::unique_ptr<render::Font> m_font;
    // Raster output: the GL context starts while the dataset and mesh are read.
    std::future<std::unique_ptr<render::HeadlessContext>> m_contextStart;
    std::unique_ptr<render::HeadlessContext> m_context;
    std::unique_ptr<render::MapRenderer> m_renderer;
    bool m_overlapWrites = false;
    std::future<void> m_pendingWrite; // the last frame's PNG, finishing
};

} // namespace recmap::workspace
