#include "workspace/map_job.hpp"

#include "core/error.hpp"
#include "render/font.hpp"
#include "render/headless_context.hpp"
#include "render/html_writer.hpp"
#include "render/labels.hpp"
#include "render/map_renderer.hpp"
#include "render/png_writer.hpp"
#include "render/svg_writer.hpp"
#include "render/view_frame.hpp"
#include "scene/view_events.hpp"
#include "scene/view_scene.hpp"
#include "scene/worldview.hpp"
#include "workspace/boundary_matching.hpp"
#include "workspace/data_paths.hpp"
#include "workspace/database_cache.hpp"
#include "workspace/dataset_loading.hpp"
#include "workspace/html_export.hpp"
#include "workspace/map_data_export.hpp"
#include "workspace/map_facts.hpp"
#include "workspace/prepared_mesh.hpp"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cmath>
#include <set>

namespace recmap::workspace {

namespace {

// RECMAP_TIMINGS=1 prints where a render spends its time, phase by phase, on stderr.
class PhaseClock {
  public:
    explicit PhaseClock(std::ostream& log)
        : m_log(log), m_enabled(std::getenv("RECMAP_TIMINGS") != nullptr) {}
    void mark(const char* phase) {
        const auto now = std::chrono::steady_clock::now();
        if (m_enabled) {
            m_log << "timing: " << phase << " "
                  << std::chrono::duration<double, std::milli>(now - m_last).count() << " ms\n";
        }
        m_last = now;
    }

  private:
    std::ostream& m_log;
    bool m_enabled;
    std::chrono::steady_clock::time_point m_last = std::chrono::steady_clock::now();
};

} // namespace

MapJob::MapJob(const RenderRequest& request, const GdalServices& gdal, std::ostream& log)
    : m_request(request), m_gdal(gdal), m_log(log) {
    PhaseClock clock(log);
    // Animations are drawn as PNG frames.
    const auto format =
        isAnimation(request.output) ? OutputFormat::Png : outputFormatOf(request.output);
    if (format == OutputFormat::Png || format == OutputFormat::GeoTiff) {
        m_contextStart = render::HeadlessContext::startInBackground();
    }
    m_boundaryPath = request.boundaries ? *request.boundaries
                                        : boundaryFile(request.dataDir, request.resolution);
    std::optional<geo::FeatureValidity> validity;
    if (!request.validFromField.empty()) {
        validity = geo::FeatureValidity{request.validFromField, request.validToField, request.asOf};
        m_meshDate = request.asOf;
    }
    const DatasetOptions datasetRequest{request.dataDir, request.database, request.asOf};
    std::unique_ptr<ReadBoundaries> boundariesRead;
    if (meshCachedFor(m_boundaryPath, request.keyField, validity, request.projection)) {
        m_dataset = loadDataset(datasetRequest, gdal, log);
    } else {
        // A cold start: the dataset loads on a second thread while this one reads the boundaries.
        // This way round, the large allocations of the read stay in the main thread's heap, where
        // the rest of the job reuses them. The dataset's error, if any, comes first as before.
        auto loading = std::async(std::launch::async, [&datasetRequest, &gdal, &log] {
            return loadDataset(datasetRequest, gdal, log);
        });
        std::exception_ptr readFailed;
        try {
            boundariesRead = gdal.readBoundaries(m_boundaryPath, request.keyField, validity);
        } catch (...) {
            readFailed = std::current_exception();
        }
        m_dataset = loading.get();
        if (readFailed) {
            std::rethrow_exception(readFailed);
        }
    }
    m_worldview = scene::parseWorldview(request.worldview, *m_dataset);
    clock.mark("dataset");
    m_matching = boundaryMatching(*m_dataset, request.keyField);
    m_matching.validity = validity;
    m_mesh = prepareMesh(m_boundaryPath, m_matching, request.projection, gdal, log, true,
                         std::move(boundariesRead));
    clock.mark("mesh");
    // Text needs a font; a map without a legend can do without one (and without title).
    try {
        m_font = std::make_unique<render::Font>();
    } catch (const core::Error&) {
        if (request.legend) {
            throw;
        }
    }
}

MapJob::~MapJob() {
    // Only while an error unwinds past a frame still finishing: its own error is the lesser.
    if (m_pendingWrite.valid()) {
        m_pendingWrite.wait();
    }
}

void MapJob::ensureContext() {
    if (m_context) {
        return;
    }
    if (m_contextStart.valid()) {
        m_context = m_contextStart.get();
        m_context->makeCurrent();
    } else {
        m_context = std::make_unique<render::HeadlessContext>();
    }
}

scene::MapScene MapJob::sceneOn(const core::Date& date) {
    if (m_meshDate && m_meshDate->dayNumber() != date.dayNumber()) {
        auto matching = boundaryMatching(*m_dataset, m_request.keyField);
        matching.validity =
            geo::FeatureValidity{m_request.validFromField, m_request.validToField, date};
        m_renderer.reset(); // it holds the old mesh
        m_mesh = prepareMesh(*m_request.boundaries, matching, m_request.projection, m_gdal, m_log);
        m_meshDate = date;
    }
    return sceneFor(date);
}

scene::MapScene MapJob::sceneFor(const core::Date& date, const scene::Worldview* worldview) const {
    auto scene = scene::viewScene(
        *m_dataset, m_request.view, date, *scene::paletteNamed(m_request.palette),
        worldview ? *worldview : m_worldview, {m_mesh.entityCodes, m_mesh.adjacency});
    scene.showGraticule = m_request.graticule;
    if (m_request.title) {
        scene.title = *m_request.title;
    }
    return scene;
}

geo::Bounds MapJob::contentBounds() const {
    if (!m_request.extent) {
        return m_mesh.bounds;
    }
    const auto& [west, south, east, north] = *m_request.extent;
    const auto box = m_gdal.projectedBounds(m_request.projection, west, south, east, north);
    if (!box) {
        throw core::UsageError("--extent: nothing of that box is visible in this projection");
    }
    return *box;
}

std::optional<render::RenderOptions::Inset> MapJob::insetFor(const scene::MapScene& scene,
                                                             const geo::Bounds& extent, int width,
                                                             const render::Overlay& overlay) const {
    const auto found = std::find(m_mesh.entityCodes.begin(), m_mesh.entityCodes.end(), scene.focus);
    if (scene.focus.empty() || found == m_mesh.entityCodes.end() || !m_request.legend) {
        return std::nullopt;
    }
    const auto entity = static_cast<uint32_t>(found - m_mesh.entityCodes.begin());
    const double pixelsPerUnit = width / extent.width();
    if (std::sqrt(m_mesh.entityAreas[entity]) * pixelsPerUnit >= 40) {
        return std::nullopt; // big enough to read on the map itself
    }
    geo::Bounds box{1e30, 1e30, -1e30, -1e30};
    for (const auto& ring : m_mesh.rings) {
        if (ring.entity != entity) {
            continue;
        }
        for (const auto& p : ring.points) {
            box = {std::min(box.minX, double(p.x)), std::min(box.minY, double(p.y)),
                   std::max(box.maxX, double(p.x)), std::max(box.maxY, double(p.y))};
        }
    }
    if (box.minX > box.maxX) {
        return std::nullopt;
    }
    // The subject with its neighbours: its bounding box enlarged, in the inset's aspect.
    render::RenderOptions::Inset inset;
    inset.width = std::round(static_cast<float>(width) * 0.24f);
    inset.height = std::round(inset.width * 0.75f);
    const float margin = std::round(static_cast<float>(width) / 110.0f);
    inset.x = static_cast<float>(width) - margin - inset.width;
    inset.y = overlay.mapBottom - margin * 0.5f - inset.height;
    const double centreX = (box.minX + box.maxX) / 2, centreY = (box.minY + box.maxY) / 2;
    const double half =
        std::max({box.width(), box.height() * inset.width / inset.height, 1.0}) * 3.5 / 2;
    const double halfHeight = half * inset.height / inset.width;
    inset.extent = {centreX - half, centreY - halfHeight, centreX + half, centreY + halfHeight};
    return inset;
}

void MapJob::write(const scene::MapScene& scene, const core::Date& date,
                   const std::filesystem::path& output) {
    PhaseClock clock(m_log);
    const auto format = outputFormatOf(output);
    if (format == OutputFormat::Html) {
        writeHtml(scene, date, output);
        return;
    }
    if (format == OutputFormat::Csv || format == OutputFormat::GeoJson ||
        format == OutputFormat::GeoPackage) {
        writeData(scene, date, output, format);
        return;
    }
    if (!m_request.sideBySide.empty()) {
        writeSideBySide(scene, date, output, format);
        return;
    }
    const int width = m_request.width;
    const int height = m_request.height;
    auto overlay = render::layoutOverlay(scene, width, height, m_font.get(), m_request.legend);
    const auto content = contentBounds();
    const auto extent =
        render::fitExtentBetween(content, width, height, overlay.mapTop, overlay.mapBottom);
    const auto inset = insetFor(scene, extent, width, overlay);
    if (inset) {
        // A frame around the inset, and the subject's name in it; labels keep clear of both.
        overlay.rects.push_back({inset->x,
                                 inset->y,
                                 inset->width,
                                 inset->height,
                                 {scene::Rgba{0, 0, 0, 0}, {}, false},
                                 true,
                                 scene.border});
        if (m_font) {
            const float size = std::round(std::max(10.0f, inset->height / 14.0f));
            overlay.texts.push_back(
                {inset->x + size * 0.5f, inset->y + size * 1.3f, size,
                 scene.names.contains(scene.focus) ? scene.names.at(scene.focus) : scene.focus,
                 scene.text, false});
            overlay.texts.back().halo = true;
        }
    }
    if (m_request.labels && m_font) {
        auto labels = render::placeLabels(m_mesh, overlay, render::slotLabelNames(m_mesh, scene),
                                          extent, width, height, *m_font, scene.text);
        overlay.texts.insert(overlay.texts.end(), labels.begin(), labels.end());
    }
    if (format == OutputFormat::Svg) {
        render::SvgOptions options;
        for (const auto& fact :
             mapFacts(*m_dataset, m_request.view, m_worldview, date, scene, m_mesh)) {
            const render::EntityNote note{factTitle(fact), factDescription(fact, date)};
            for (const auto& slot : fact.slots) {
                options.notes.try_emplace(slot, note);
            }
            options.notes[fact.code] = note; // a slot's own facts before its holder's
        }
        render::writeSvg(output, m_mesh, scene, overlay, extent, inset, width, height,
                         m_font ? m_font->family() : "sans-serif", options);
        return;
    }
    if (!m_renderer) {
        if (!m_context) {
            ensureContext();
            clock.mark("context");
        }
        m_renderer = std::make_unique<render::MapRenderer>(m_mesh);
        clock.mark("upload");
    }
    m_renderer->setScene(scene);
    render::RenderOptions options;
    options.width = width;
    options.height = height;
    options.extent = extent;
    options.overlay = &overlay;
    options.font = m_font.get();
    options.inset = inset;
    options.reuseLayers = m_overlapWrites; // an animation: frames differ in colours, mostly
    render::RenderTimings timings;
    const auto logTimings = [&] {
        if (std::getenv("RECMAP_TIMINGS") != nullptr) {
            m_log << "timing:   draw " << timings.drawMs << " ms, read back " << timings.readbackMs
                  << " ms\n";
        }
    };
    if (format == OutputFormat::GeoTiff) {
        const auto image = m_renderer->render(options, &timings);
        clock.mark("render");
        logTimings();
        m_gdal.writeGeoTiff(output, image.pixels.data(), render::Image::channels, image.width,
                            image.height, extent, m_request.projection);
        clock.mark("write");
        return;
    }
    render::PngOptions png;
    png.text = {{"Title", scene.title},
                {"Description", "View " + m_request.view.toString() + " as of " + date.toString() +
                                    " (" + std::string(geo::toString(m_request.projection.kind)) +
                                    ", worldview " + m_worldview.key() + ")"},
                {"Source", scene.attribution},
                {"Software", "recmap " RECMAP_VERSION}};
    // Band by band: drawing the next band overlaps compressing the last, and the whole image
    // is never held.
    auto stream = std::make_unique<render::PngStream>(output, width, height, png);
    m_renderer->renderBands(
        options,
        [&stream](const uint8_t* pixels, int rows, size_t stride) {
            stream->addRows(pixels, rows, stride);
        },
        &timings);
    finishWrites(); // the frame before, if still finishing
    if (m_overlapWrites) {
        m_pendingWrite =
            std::async(std::launch::async, [stream = std::move(stream)] { stream->finish(); });
    } else {
        stream->finish();
    }
    clock.mark("render and write");
    logTimings();
}

void MapJob::setOverlappedWrites(bool overlap) {
    if (!overlap) {
        finishWrites();
    }
    m_overlapWrites = overlap;
}

void MapJob::finishWrites() {
    if (m_pendingWrite.valid()) {
        m_pendingWrite.get();
    }
}

void MapJob::writeHtml(const scene::MapScene& scene, const core::Date& date,
                       const std::filesystem::path& output) {
    // The slider: the view's event dates from the first (or --from) to the map's date (or --to).
    const core::Date last = m_request.to ? *m_request.to : date;
    // A change view's slider moves its second date, from its first on.
    std::optional<core::Date> first = m_request.from;
    if (m_request.view.kind == scene::ViewSpec::Kind::Changes) {
        first = core::Date::parse(m_request.view.from);
    }
    auto dates = eventDates(first ? *first : core::Date::fromYmd(1, 1, 1), last);
    if (first && (dates.empty() || dates.front().dayNumber() != first->dayNumber())) {
        dates.insert(dates.begin(), *first);
    }
    if (dates.empty() || dates.back().dayNumber() != last.dayNumber()) {
        dates.push_back(last);
    }
    size_t initial = dates.size() - 1;
    for (size_t i = 0; i < dates.size(); ++i) {
        if (dates[i].dayNumber() <= date.dayNumber()) {
            initial = i;
        }
    }
    const auto timeline = htmlTimeline({*m_dataset, m_request.view, m_worldview, m_mesh, dates,
                                        initial, [this](const core::Date& day) {
                                            return sceneFor(day);
                                        }});
    const auto content = contentBounds();
    const int width = m_request.width;
    const int height = m_request.height;
    render::HtmlPage page;
    const auto shown = initial == dates.size() - 1 || dates[initial].dayNumber() == date.dayNumber()
                           ? scene
                           : sceneFor(dates[initial]);
    page.mesh = &m_mesh;
    page.scene = &shown;
    page.extent = render::fitExtentBetween(content, width, height, 0, static_cast<float>(height));
    page.width = width;
    page.height = height;
    page.fontFamily = m_font ? m_font->family() : "sans-serif";
    page.styles = timeline.styles;
    page.dataJson = timeline.json;
    page.attribution = scene.attribution;
    render::writeHtml(output, page);
    m_log << output.string() << ": note: interactive map with " << dates.size() << " dates from "
          << dates.front().toString() << " to " << dates.back().toString() << "\n";
}

namespace {

// One legend for two panels: every category of either, "label: left | right" counts.
std::vector<scene::LegendEntry> sharedLegend(const scene::MapScene& left,
                                             const scene::MapScene& right) {
    std::vector<scene::LegendEntry> legend;
    auto countIn = [](const scene::MapScene& scene, const std::string& label) -> std::string {
        for (const auto& entry : scene.legend) {
            if (entry.label == label) {
                return std::to_string(entry.count);
            }
        }
        return "0";
    };
    std::set<std::string> seen;
    for (const auto* side : {&right, &left}) {
        for (const auto& entry : side->legend) {
            if (!seen.insert(entry.label).second) {
                continue;
            }
            auto shared = entry;
            if (entry.showCount) {
                shared.label = entry.label + ": " + countIn(left, entry.label) + " | " +
                               countIn(right, entry.label);
                shared.showCount = false;
            }
            legend.push_back(std::move(shared));
        }
    }
    return legend;
}

} // namespace

void MapJob::writeSideBySide(const scene::MapScene& scene, const core::Date& date,
                             const std::filesystem::path& output, OutputFormat format) {
    if (format != OutputFormat::Png && format != OutputFormat::Svg) {
        throw core::UsageError("--side-by-side writes a .png or .svg");
    }
    // The other panel: a date, or a worldview.
    scene::MapScene other;
    std::string leftCaption;
    std::string rightCaption;
    std::string title;
    if (const auto otherDate = core::Date::parse(m_request.sideBySide)) {
        other = sceneFor(*otherDate);
        leftCaption = otherDate->toLongString();
        rightCaption = date.toLongString();
        std::string base = scene.title;
        if (const auto suffix = ", " + date.toLongString(); base.ends_with(suffix)) {
            base.resize(base.size() - suffix.size());
        }
        title = base + ": " + leftCaption + " and " + rightCaption;
    } else {
        const auto worldview = scene::parseWorldview(m_request.sideBySide, *m_dataset);
        other = sceneFor(date, &worldview);
        leftCaption = "Worldview: " + worldview.describe(*m_dataset);
        rightCaption = "Worldview: " + m_worldview.describe(*m_dataset);
        title = scene.title;
    }
    if (m_request.title) {
        title = *m_request.title;
    }
    scene::MapScene shared = scene;
    shared.title = title;
    shared.legend = sharedLegend(other, scene);
    const int width = m_request.width;
    const int height = m_request.height;
    auto overlay = render::layoutOverlay(shared, width, height, m_font.get(), m_request.legend);
    const float half = static_cast<float>(width) / 2;
    const float captionSize = std::round(std::max(10.0f, static_cast<float>(height) / 60));
    const float captionTop = overlay.mapTop + captionSize * 1.4f;
    if (m_font) {
        for (const auto& [text, x] :
             {std::pair{leftCaption, 0.0f}, std::pair{rightCaption, half}}) {
            const float w = m_font->measure(text, captionSize);
            overlay.texts.push_back(
                {x + (half - w) / 2, captionTop, captionSize, text, scene.text, false});
        }
    }
    const auto content = contentBounds();
    const auto panelExtent = render::fitExtentBetween(
        content, width / 2, height, captionTop + captionSize * 0.4f, overlay.mapBottom);
    std::vector<render::RenderOptions::Panel> panels{
        {&other, panelExtent, 0, 0, half, static_cast<float>(height)},
        {&scene, panelExtent, half, 0, half, static_cast<float>(height)}};
    // A thin rule between the panels.
    overlay.rects.push_back({half - 1,
                             overlay.mapTop,
                             2,
                             overlay.mapBottom - overlay.mapTop,
                             {scene.border, scene.border, false},
                             false,
                             scene.border});
    if (format == OutputFormat::Svg) {
        render::SvgOptions options;
        options.panels = panels;
        render::writeSvg(output, m_mesh, shared, overlay, panelExtent, std::nullopt, width, height,
                         m_font ? m_font->family() : "sans-serif", options);
        return;
    }
    if (!m_renderer) {
        ensureContext();
        m_renderer = std::make_unique<render::MapRenderer>(m_mesh);
    }
    m_renderer->setScene(shared);
    render::RenderOptions options;
    options.width = width;
    options.height = height;
    options.extent = panelExtent;
    options.overlay = &overlay;
    options.font = m_font.get();
    options.panels = panels;
    const auto image = m_renderer->render(options);
    render::PngOptions png;
    png.text = {{"Title", title},
                {"Description", "View " + m_request.view.toString() +
                                    " side by side: " + leftCaption + " | " + rightCaption},
                {"Source", scene.attribution},
                {"Software", "recmap " RECMAP_VERSION}};
    render::writePng(output, image, png);
}

const std::unordered_map<std::string, core::EntityBoundary>& MapJob::shapes() {
    if (!m_shapes) {
        m_shapes.emplace();
        for (auto& boundary : m_gdal.entityShapes(m_boundaryPath, m_matching, nullptr)) {
            auto code = boundary.code;
            m_shapes->emplace(std::move(code), std::move(boundary));
        }
    }
    return *m_shapes;
}

void MapJob::writeData(const scene::MapScene& scene, const core::Date& date,
                       const std::filesystem::path& output, OutputFormat format) {
    const auto facts = mapFacts(*m_dataset, m_request.view, m_worldview, date, scene, m_mesh);
    const auto categories = styleCategories(scene, facts);
    std::string layer = m_request.view.toString();
    for (auto& c : layer) {
        if (!std::isalnum(static_cast<unsigned char>(c))) {
            c = '_';
        }
    }
    static const std::unordered_map<std::string, core::EntityBoundary> none;
    const auto& geometry = format == OutputFormat::Csv ? none : shapes();
    const DataFormat kind = format == OutputFormat::Csv       ? DataFormat::Csv
                            : format == OutputFormat::GeoJson ? DataFormat::GeoJson
                                                              : DataFormat::GeoPackage;
    writeMapData(output, kind, facts, categories, geometry,
                 {layer, scene.title, date, scene.border}, m_gdal);
    m_log << output.string() << ": note: " << facts.size() << " entities\n";
}

std::vector<core::Date> MapJob::eventDates(const core::Date& from, const core::Date& to) const {
    std::vector<core::Date> dates;
    for (long day : scene::eventDaysAbout(*m_dataset, m_request.view.namesAbout())) {
        if (from.dayNumber() <= day && day <= to.dayNumber()) {
            dates.push_back(core::Date::fromDayNumber(day));
        }
    }
    return dates;
}

} // namespace recmap::workspace
