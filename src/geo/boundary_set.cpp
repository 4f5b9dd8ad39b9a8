#include "geo/boundary_set.hpp"

#include "core/error.hpp"
#include "geo/gdal_drivers.hpp"
#include "geo/gdal_handles.hpp"

#include <algorithm>
#include <cpl_error.h>
#include <cpl_vsi.h>
#include <ogrsf_frmts.h>

namespace recmap::geo {

struct BoundarySet::Impl {
    std::filesystem::path path;
    std::vector<BoundaryFeature> features;
    std::vector<GeometryPtr> geometries;
    size_t notValid = 0;
};

BoundarySet::BoundarySet() : m_impl(std::make_unique<Impl>()) {}
BoundarySet::~BoundarySet() = default;
BoundarySet::BoundarySet(BoundarySet&&) noexcept = default;
BoundarySet& BoundarySet::operator=(BoundarySet&&) noexcept = default;

namespace {

// A validity date as GDAL gives it: "1946-01-01", a Date field's "1946/01/01" or a datetime.
std::optional<core::Date> validityDate(const std::string& text) {
    std::string day = text.substr(0, std::min<size_t>(text.size(), 10));
    std::replace(day.begin(), day.end(), '/', '-');
    return core::Date::parse(day);
}

} // namespace

BoundarySet BoundarySet::read(const std::filesystem::path& path, const std::string& keyField,
                              const FeatureValidity* validity) {
    registerGdalDrivers();
    const std::string name = path.string();
    // VSIStat, not std::filesystem: GDAL's virtual files (/vsimem/, /vsizip/) are paths too.
    VSIStatBufL status;
    if (VSIStatL(name.c_str(), &status) != 0) {
        throw core::InputError(name + ": error: boundary file not found");
    }
    CPLErrorReset();
    CPLPushErrorHandler(CPLQuietErrorHandler);
    GdalDatasetPtr dataset(GDALDataset::Open(name.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    CPLPopErrorHandler();
    if (!dataset) {
        const std::string reason = CPLGetLastErrorMsg();
        throw core::InputError(
            name + ": error: cannot read boundaries" +
            (reason.empty() ? std::string(" (not a vector format GDAL knows)") : ": " + reason));
    }
    if (dataset->GetLayerCount() < 1) {
        throw core::InputError(name + ": error: no layer in boundary file");
    }
    OGRLayer* layer = dataset->GetLayer(0);
    const OGRFeatureDefn* definition = layer->GetLayerDefn();
    const int idField = definition->GetFieldIndex(keyField.empty() ? "id" : keyField.c_str());
    const int nameField = definition->GetFieldIndex("name");
    if (!keyField.empty() && idField < 0) {
        throw core::InputError(name + ": error: no field '" + keyField + "' in layer " +
                               layer->GetName());
    }

    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> toWgs84;
    if (const OGRSpatialReference* source = layer->GetSpatialRef();
        source != nullptr && !source->IsSame(&wgs84)) {
        OGRSpatialReference copy(*source);
        copy.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        toWgs84.reset(OGRCreateCoordinateTransformation(&copy, &wgs84));
    }

    int fromField = -1, toField = -1;
    if (validity != nullptr) {
        fromField = definition->GetFieldIndex(validity->fromField.c_str());
        toField = definition->GetFieldIndex(validity->toField.c_str());
        for (const auto& [field, index] :
             {std::pair{validity->fromField, fromField}, std::pair{validity->toField, toField}}) {
            if (index < 0) {
                throw core::InputError(name + ": error: no field '" + field + "' in layer " +
                                       layer->GetName());
            }
        }
    }

    BoundarySet set;
    set.m_impl->path = path;
    for (auto& feature : *layer) {
        if (validity != nullptr) {
            const auto fid = std::to_string(feature->GetFID());
            const std::string fromText = feature->GetFieldAsString(fromField);
            const std::string toText = feature->GetFieldAsString(toField);
            const auto from = validityDate(fromText);
            const auto to = toText.empty() ? std::nullopt : validityDate(toText);
            if (!from || (!toText.empty() && !to)) {
                throw core::InputError(name + ": error: feature " + fid + ": validity dates '" +
                                       fromText + "' to '" + toText + "' are not dates");
            }
            if (validity->date < *from || (to && !(validity->date < *to))) {
                ++set.m_impl->notValid;
                continue;
            }
        }
        BoundaryFeature info;
        if (nameField >= 0) {
            info.name = feature->GetFieldAsString(nameField);
        }
        if (idField >= 0) {
            info.key = feature->GetFieldAsString(idField);
        }
        if (info.key.empty() && keyField.empty()) {
            info.key = info.name;
        }
        // Taken from the feature, not copied: the feature is read afresh on each step.
        GeometryPtr owned(feature->StealGeometry());
        if (!owned) {
            owned.reset(new OGRPolygon());
        }
        if (toWgs84 && owned->transform(toWgs84.get()) != OGRERR_NONE) {
            throw core::InputError(name + ": error: feature " + std::to_string(feature->GetFID()) +
                                   " (" + info.name + ") cannot be transformed to WGS84");
        }
        set.m_impl->features.push_back(std::move(info));
        set.m_impl->geometries.push_back(std::move(owned));
    }
    if (set.m_impl->features.empty()) {
        throw core::InputError(name + ": error: no features in layer " + layer->GetName() +
                               (validity ? " valid on " + validity->date.toString() : ""));
    }
    return set;
}

size_t BoundarySet::notValid() const {
    return m_impl->notValid;
}

size_t BoundarySet::size() const {
    return m_impl->features.size();
}
const BoundaryFeature& BoundarySet::feature(size_t index) const {
    return m_impl->features.at(index);
}
const OGRGeometry& BoundarySet::geometry(size_t index) const {
    return *m_impl->geometries.at(index);
}
const std::filesystem::path& BoundarySet::path() const {
    return m_impl->path;
}

std::optional<size_t> BoundarySet::find(const std::string& key) const {
    for (size_t i = 0; i < m_impl->features.size(); ++i) {
        if (m_impl->features[i].key == key) {
            return i;
        }
    }
    return std::nullopt;
}

void BoundarySet::setGeometry(size_t index, std::unique_ptr<OGRGeometry> geometry) {
    m_impl->geometries.at(index) = std::move(geometry);
}

void BoundarySet::add(BoundaryFeature feature, std::unique_ptr<OGRGeometry> geometry) {
    m_impl->features.push_back(std::move(feature));
    m_impl->geometries.push_back(std::move(geometry));
}

} // namespace recmap::geo
