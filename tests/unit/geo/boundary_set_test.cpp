#include "geo/boundary_set.hpp"

#include "core/error.hpp"

#include <cpl_vsi.h>
#include <gtest/gtest.h>

#include <string>

using namespace recmap;

namespace {

// A GDAL in-memory file holding `text`, removed at the end of the test.
class MemoryFile {
  public:
    MemoryFile(const std::string& path, const std::string& text) : m_path(path), m_text(text) {
        VSIFCloseL(VSIFileFromMemBuffer(m_path.c_str(), reinterpret_cast<GByte*>(m_text.data()),
                                        m_text.size(), FALSE));
    }
    ~MemoryFile() { VSIUnlink(m_path.c_str()); }
    MemoryFile(const MemoryFile&) = delete;
    MemoryFile& operator=(const MemoryFile&) = delete;

  private:
    std::string m_path;
    std::string m_text;
};

} // namespace

// The boundary fuzzer (fuzz/boundary_set_fuzzer.cpp) hands GDAL's virtual files to
// BoundarySet::read: they are paths GDAL opens although std::filesystem does not see them.
TEST(BoundarySet, ReadsGdalVirtualFiles) {
    const MemoryFile file("/vsimem/boundary_set_test.geojson",
                          R"({"type":"FeatureCollection","features":[{"type":"Feature",
        "properties":{"id":"250","name":"France"},
        "geometry":{"type":"Polygon","coordinates":[[[0,40],[10,40],[10,50],[0,40]]]}}]})");
    const auto set = geo::BoundarySet::read("/vsimem/boundary_set_test.geojson");
    ASSERT_EQ(set.size(), 1U);
    EXPECT_EQ(set.feature(0).key, "250");
    EXPECT_EQ(set.feature(0).name, "France");
}

TEST(BoundarySet, AMissingVirtualFileIsNotFound) {
    try {
        (void)geo::BoundarySet::read("/vsimem/missing.geojson");
        FAIL() << "read";
    } catch (const core::InputError& error) {
        EXPECT_STREQ(error.what(), "/vsimem/missing.geojson: error: boundary file not found");
    }
}
