#pragma once

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

// Polygons read from any GDAL vector source (world-atlas TopoJSON by default), in WGS84
// longitude/latitude (a source without a CRS is taken as EPSG:4326; others are transformed).
class BoundarySet {
  public:
    // Reads the first layer. The key is the `keyField` attribute; by default the `id` field, or
    // the `name` field where `id` is empty. Throws core::InputError naming the file.
    [[nodiscard]] static BoundarySet read(const std::filesystem::path& path,
                                          const std::string& keyField = "");
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
