#include "geo/mesh_cache.hpp"

#include "core/atomic_output.hpp"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <type_traits>

namespace recmap::geo {
namespace {

constexpr char magic[8] = {'R', 'M', 'M', 'E', 'S', 'H', '0', '5'};

class Writer {
  public:
    explicit Writer(std::ostream& out) : m_out(out) {}
    template <typename T> void value(const T& v) {
        static_assert(std::is_trivially_copyable_v<T>);
        m_out.write(reinterpret_cast<const char*>(&v), sizeof v);
    }
    template <typename T> void vector(const std::vector<T>& items) {
        value<uint64_t>(items.size());
        m_out.write(reinterpret_cast<const char*>(items.data()),
                    static_cast<std::streamsize>(items.size() * sizeof(T)));
    }
    void string(const std::string& text) {
        value<uint64_t>(text.size());
        m_out.write(text.data(), static_cast<std::streamsize>(text.size()));
    }
    void strings(const std::vector<std::string>& texts) {
        value<uint64_t>(texts.size());
        for (const auto& text : texts) {
            string(text);
        }
    }

  private:
    std::ostream& m_out;
};

class Reader {
  public:
    explicit Reader(std::istream& in) : m_in(in) {}
    template <typename T> bool value(T& v) {
        return static_cast<bool>(m_in.read(reinterpret_cast<char*>(&v), sizeof v));
    }
    template <typename T> bool vector(std::vector<T>& items) {
        uint64_t count = 0;
        if (!value(count) || count > (1ULL << 32)) {
            return false;
        }
        items.resize(count);
        return static_cast<bool>(m_in.read(reinterpret_cast<char*>(items.data()),
                                           static_cast<std::streamsize>(count * sizeof(T))));
    }
    bool string(std::string& text) {
        uint64_t size = 0;
        if (!value(size) || size > (1ULL << 20)) {
            return false;
        }
        text.resize(size);
        return static_cast<bool>(m_in.read(text.data(), static_cast<std::streamsize>(size)));
    }
    bool strings(std::vector<std::string>& texts) {
        uint64_t count = 0;
        if (!value(count) || count > (1ULL << 20)) {
            return false;
        }
        texts.resize(count);
        for (auto& text : texts) {
            if (!string(text)) {
                return false;
            }
        }
        return true;
    }

  private:
    std::istream& m_in;
};

} // namespace

bool writeMeshCache(const std::filesystem::path& path, const MapMesh& mesh,
                    const MeshReport& report) {
    try {
        std::filesystem::create_directories(path.parent_path());
        core::AtomicOutput output(path);
        {
            std::ofstream file(output.temp(), std::ios::binary);
            file.write(magic, sizeof magic);
            Writer w(file);
            w.strings(mesh.entityCodes);
            w.vector(mesh.fillVertices);
            w.vector(mesh.fillEntities);
            w.vector(mesh.fillIndices);
            w.vector(mesh.borderVertices);
            w.vector(mesh.borderSides);
            w.vector(mesh.globeTriangles);
            w.vector(mesh.globeOutline);
            w.vector(mesh.graticuleVertices);
            w.vector(mesh.adjacency);
            w.value<uint64_t>(mesh.rings.size());
            for (const auto& ring : mesh.rings) {
                w.value(ring.entity);
                w.vector(ring.points);
            }
            w.vector(mesh.entityAreas);
            w.vector(mesh.entityAnchors);
            w.value(mesh.bounds);
            w.value(report.features);
            w.value(report.unwrapped);
            w.value(report.madeValid);
            w.value(report.empty);
            w.value(report.tessErrors);
            w.strings(report.unmatched);
            w.value<uint64_t>(0x5245434D41504D45ULL); // end marker: a truncated file is refused
            if (!file.flush()) {
                return false;
            }
        }
        output.commit();
        return true;
    } catch (const std::exception&) {
        return false;
    }
}

std::optional<MapMesh> readMeshCache(const std::filesystem::path& path, MeshReport& report) {
    std::ifstream file(path, std::ios::binary);
    char header[sizeof magic] = {};
    if (!file || !file.read(header, sizeof header) ||
        std::memcmp(header, magic, sizeof magic) != 0) {
        return std::nullopt;
    }
    Reader r(file);
    MapMesh mesh;
    MeshReport read;
    uint64_t rings = 0;
    bool ok = r.strings(mesh.entityCodes) && r.vector(mesh.fillVertices) &&
              r.vector(mesh.fillEntities) && r.vector(mesh.fillIndices) &&
              r.vector(mesh.borderVertices) && r.vector(mesh.borderSides) &&
              r.vector(mesh.globeTriangles) && r.vector(mesh.globeOutline) &&
              r.vector(mesh.graticuleVertices) && r.vector(mesh.adjacency) && r.value(rings) &&
              rings < (1ULL << 32);
    for (uint64_t i = 0; ok && i < rings; ++i) {
        MapMesh::Ring ring;
        ok = r.value(ring.entity) && r.vector(ring.points);
        mesh.rings.push_back(std::move(ring));
    }
    uint64_t end = 0;
    ok = ok && r.vector(mesh.entityAreas) && r.vector(mesh.entityAnchors) && r.value(mesh.bounds) &&
         r.value(read.features) && r.value(read.unwrapped) && r.value(read.madeValid) &&
         r.value(read.empty) && r.value(read.tessErrors) && r.strings(read.unmatched) &&
         r.value(end) && end == 0x5245434D41504D45ULL;
    if (!ok || mesh.fillEntities.size() != mesh.fillVertices.size() ||
        mesh.borderSides.size() * 2 != mesh.borderVertices.size()) {
        return std::nullopt;
    }
    for (uint32_t entity : mesh.fillEntities) {
        if (entity >= mesh.entityCodes.size()) {
            return std::nullopt;
        }
    }
    for (uint32_t index : mesh.fillIndices) {
        if (index >= mesh.fillVertices.size()) {
            return std::nullopt;
        }
    }
    report = read;
    return mesh;
}

size_t pruneMeshCache(const std::filesystem::path& directory, const std::filesystem::path& keep,
                      std::uintmax_t budgetBytes) {
    struct CacheFile {
        std::filesystem::path path;
        std::filesystem::file_time_type used;
        std::uintmax_t size;
    };
    std::vector<CacheFile> files;
    std::uintmax_t total = 0;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(directory, error)) {
        const auto name = entry.path().filename().string();
        if (!name.starts_with("mesh-") || !name.ends_with(".bin") ||
            !entry.is_regular_file(error)) {
            continue;
        }
        const auto size = entry.file_size(error);
        const auto used = entry.last_write_time(error);
        if (error) {
            continue;
        }
        total += size;
        if (entry.path() != keep) {
            files.push_back({entry.path(), used, size});
        }
    }
    std::sort(files.begin(), files.end(),
              [](const CacheFile& a, const CacheFile& b) { return a.used < b.used; });
    size_t removed = 0;
    for (const auto& file : files) {
        if (total <= budgetBytes) {
            break;
        }
        if (std::filesystem::remove(file.path, error)) {
            total -= file.size;
            ++removed;
        }
    }
    return removed;
}

void markMeshCacheUsed(const std::filesystem::path& path) {
    std::error_code ignored; // a read-only cache still works; it is only pruned less well
    std::filesystem::last_write_time(path, std::filesystem::file_time_type::clock::now(), ignored);
}

} // namespace recmap::geo
