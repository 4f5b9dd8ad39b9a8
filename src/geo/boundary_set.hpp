#pragma once

#include "core/date.hpp"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

class OGRGeometry;

namespace recmap::geo {

// One boundary feature: its key (the value matched against entities' boundary_key) and name.
struct BoundaryFeature {
    std::string key;
    std::string name;
};

// A time-aware boundary file (the CShapes 2.0 layout): each feature is valid from the date in
// `fromField` (inclusive) to the date in `toField` (exclusive; empty: still valid). Only the
// features valid on `date` are read.
struct FeatureValidity {
    std::string fromField;
    std::string toField;
    core::Date date;
};

// Polygons read from any GDAL vector source (world-atlas TopoJSON by default), in WGS84
// longitude/latitude (a source without a CRS is taken as EPSG:4326; others are transformed).
class BoundarySet {
  public:
    // Reads the first layer of a file or a GDAL virtual file (/vsimem/...). The key is the
    // `keyField` attribute; by default the `id` field, or the `name` field where `id` is empty.
    // Throws core::InputError naming the file.
    [[nodiscard]] static BoundarySet read(const std::filesystem::path& path,
                                          const std::string& keyField = "",
                                          const FeatureValidity* validity = nullptr);
    // Features left out as not valid on the date (time-aware files), for the report.
    [[nodiscard]] size_t notValid() const;
    ~BoundarySet();
    BoundarySet(BoundarySet&&) noexcept;
    BoundarySet& operator=(BoundarySet&&) noexcept;

    [[nodiscard]] size_t size() const;
    [[nodiscard]] const BoundaryFeature& feature(size_t index) const;
    [[nodiscard]] const OGRGeometry& geometry(size_t index) const;
    [[nodiscard]] const std::filesystem::path& path() const;
    // Index of the feature with this key, if any.
    [[nodiscard]] std::optional<size_t> find(const std::string& key) const;

    // For derived boundaries: replace a feature's geometry, or add a feature.
    void setGeometry(size_t index, std::unique_ptr<OGRGeometry> geometry);
    void add(BoundaryFeature feature, std::unique_ptr<OGRGeometry> geometry);

  private:
    BoundarySet();
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace recmap::geo
