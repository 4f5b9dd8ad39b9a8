#include "core/error.hpp"
#include "store/database.hpp"
#include "store/dataset_reader.hpp"

#include "support/test_files.hpp"
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>
#include <sstream>

using namespace recmap;
namespace fs = std::filesystem;

namespace {

const std::string fixtures = RECMAP_SOURCE_DIR "/tests/fixtures/";

fs::path scratch(const std::string& name) {
    return recmap::test::scratchDirectory("database_" + name);
}

core::EntityBoundary square(const std::string& code) {
    // ISO WKB, little-endian: MultiPolygon of one polygon, one ring of 5 points.
    core::EntityBoundary boundary{code, {}, 0, 0, 1, 1};
    auto put = [&](const void* data, size_t size) {
        const auto* bytes = static_cast<const uint8_t*>(data);
        boundary.wkb.insert(boundary.wkb.end(), bytes, bytes + size);
    };
    const uint8_t order = 1;
    const uint32_t multi = 6, polygon = 3, one = 1, five = 5;
    put(&order, 1);
    put(&multi, 4);
    put(&one, 4);
    put(&order, 1);
    put(&polygon, 4);
    put(&one, 4);
    put(&five, 4);
    for (double xy : {0.0, 0.0, 1.0, 0.0, 1.0, 1.0, 0.0, 1.0, 0.0, 0.0}) {
        put(&xy, 8);
    }
    return boundary;
}

} // namespace

TEST(Database, RoundTripsTheDataset) {
    const auto dir = scratch("round_trip");
    const auto original = store::readDataDirectory(fixtures + "data_small");
    ASSERT_TRUE(original.findings.empty());
    store::writeDatabase(dir / "r.gpkg", original.dataset, {square("AAA")}, {"abc123", "test"});
    const auto read = store::readDatabase(dir / "r.gpkg");
    EXPECT_EQ(read.entities().size(), original.dataset.entities().size());
    EXPECT_EQ(read.sources().size(), 2U);
    ASSERT_EQ(read.recognitionEvents().size(), 3U);
    const auto& disputed = read.recognitionEvents()[2];
    EXPECT_EQ(disputed.recogniser, "CCC");
    EXPECT_EQ(disputed.confidence, core::Confidence::Disputed);
    EXPECT_EQ(disputed.sources, (std::vector<std::string>{"src-one", "src-two"}));
    EXPECT_EQ(read.recognitionEvents()[1].date.toString(), "2008-03"); // precision kept
    EXPECT_EQ(read.entity("Break Away Republic")->code, "XXA");
    EXPECT_EQ(read.notes().size(), 1U);
    ASSERT_EQ(read.derivedBoundaries().size(), 1U);
    EXPECT_EQ(read.derivedBoundaries()[0].fromKey, "724");
    EXPECT_EQ(read.derivedBoundaries()[0].rule.kind, core::BoundaryRule::Kind::SouthOf);
    EXPECT_DOUBLE_EQ(read.derivedBoundaries()[0].rule.latitude, 40.0);
    ASSERT_EQ(read.territoryPositions().size(), 2U);
    EXPECT_EQ(read.territoryPositions()[0].worldview, "de-facto"); // sorted by worldview
    EXPECT_EQ(read.territoryPositions()[0].from->toString(), "2008-02-17");
    EXPECT_EQ(read.territoryPositions()[1].drawnAs, "AAA");
    EXPECT_FALSE(read.territoryPositions()[1].from.has_value());
    EXPECT_EQ(store::databaseFingerprint(dir / "r.gpkg"), "abc123");
}

TEST(Database, BuildsAreDeterministic) {
    const auto dir = scratch("deterministic");
    const auto data = store::readDataDirectory(fixtures + "data_small");
    store::writeDatabase(dir / "a.gpkg", data.dataset, {square("AAA")}, {"f", "b"});
    store::writeDatabase(dir / "b.gpkg", data.dataset, {square("AAA")}, {"f", "b"});
    EXPECT_EQ(recmap::test::readFile(dir / "a.gpkg"), recmap::test::readFile(dir / "b.gpkg"));
}

TEST(Database, AGarbageFileIsNamedInTheError) {
    const auto dir = scratch("garbage");
    std::ofstream(dir / "junk.gpkg") << "this is not a database at all, not even close to one";
    try {
        (void)store::readDatabase(dir / "junk.gpkg");
        FAIL() << "garbage accepted";
    } catch (const core::InputError& error) {
        EXPECT_NE(std::string(error.what()).find("junk.gpkg"), std::string::npos) << error.what();
    }
    EXPECT_FALSE(store::databaseFingerprint(dir / "junk.gpkg"));
    EXPECT_FALSE(store::databaseFingerprint(dir / "missing.gpkg"));
    EXPECT_THROW((void)store::readDatabase(dir / "missing.gpkg"), core::InputError);
}

TEST(Database, AFailedWriteLeavesTheOldDatabase) {
    const auto dir = scratch("failed_write");
    const auto data = store::readDataDirectory(fixtures + "data_small");
    store::writeDatabase(dir / "r.gpkg", data.dataset, {}, {"old", "b"});
    const auto before = recmap::test::readFile(dir / "r.gpkg");
    // A boundary for an entity code twice violates the UNIQUE code... use a duplicate entity
    // instead: the dataset below has one, so the transaction fails half-way.
    core::Dataset broken = store::readDataDirectory(fixtures + "data_small").dataset;
    core::Entity duplicate = broken.entities().front();
    broken.addEntity(duplicate);
    broken.finalise();
    EXPECT_THROW(store::writeDatabase(dir / "r.gpkg", broken, {}, {"new", "b"}), core::InputError);
    EXPECT_EQ(recmap::test::readFile(dir / "r.gpkg"), before);
    EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator()), 1);
}

TEST(Database, FingerprintFollowsTheData) {
    const auto dir = scratch("fingerprint");
    fs::copy(fixtures + "data_small", dir / "data", fs::copy_options::recursive);
    const auto first = store::dataFingerprint(dir / "data", "50m");
    EXPECT_EQ(first, store::dataFingerprint(dir / "data", "50m"));
    EXPECT_NE(first, store::dataFingerprint(dir / "data", "10m"));
    std::ofstream(dir / "data" / "recognition" / "XXA.csv", std::ios::app)
        << "AAA,2020-01-01,recognise,confirmed,src-one,\n";
    EXPECT_NE(first, store::dataFingerprint(dir / "data", "50m"));
}

TEST(Database, RememberedFingerprintIsTheDataFingerprintAndFollowsEdits) {
    const auto dir = scratch("memo");
    fs::copy(fixtures + "data_small", dir / "data", fs::copy_options::recursive);
    const auto memo = dir / "memo";
    const auto none = std::chrono::seconds(0);
    EXPECT_EQ(store::rememberedDataFingerprint(dir / "data", "50m", memo, none),
              store::dataFingerprint(dir / "data", "50m"));
    EXPECT_TRUE(fs::exists(memo));
    EXPECT_EQ(store::rememberedDataFingerprint(dir / "data", "10m", memo, none),
              store::dataFingerprint(dir / "data", "10m"));
    std::ofstream(dir / "data" / "recognition" / "XXA.csv", std::ios::app)
        << "AAA,2020-01-01,recognise,confirmed,src-one,\n";
    EXPECT_EQ(store::rememberedDataFingerprint(dir / "data", "10m", memo, none),
              store::dataFingerprint(dir / "data", "10m"));
    fs::remove(dir / "data" / "recognition" / "XXA.csv");
    EXPECT_EQ(store::rememberedDataFingerprint(dir / "data", "10m", memo, none),
              store::dataFingerprint(dir / "data", "10m"));
}

TEST(Database, ARememberedFingerprintSparesReadingUnchangedData) {
    const auto dir = scratch("memo_trusted");
    fs::copy(fixtures + "data_small", dir / "data", fs::copy_options::recursive);
    const auto memo = dir / "memo";
    (void)store::rememberedDataFingerprint(dir / "data", "50m", memo, std::chrono::seconds(0));
    // Replace the remembered value: while the files are as they were, it is what comes back.
    std::string signature;
    {
        std::ifstream stored(memo);
        std::string first;
        std::getline(stored, first);
        signature.assign(std::istreambuf_iterator<char>(stored), std::istreambuf_iterator<char>());
    }
    std::ofstream(memo, std::ios::trunc) << "remembered\n" << signature;
    EXPECT_EQ(store::rememberedDataFingerprint(dir / "data", "50m", memo), "remembered");
    std::ofstream(memo, std::ios::trunc) << "damaged";
    EXPECT_EQ(store::rememberedDataFingerprint(dir / "data", "50m", memo),
              store::dataFingerprint(dir / "data", "50m"));
}

TEST(Database, FreshlyChangedDataIsNotRemembered) {
    const auto dir = scratch("memo_fresh");
    fs::copy(fixtures + "data_small", dir / "data", fs::copy_options::recursive);
    const auto memo = dir / "memo";
    EXPECT_EQ(store::rememberedDataFingerprint(dir / "data", "50m", memo, std::chrono::hours(1)),
              store::dataFingerprint(dir / "data", "50m"));
    EXPECT_FALSE(fs::exists(memo));
}
