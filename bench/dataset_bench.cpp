// Times the dataset path as a user meets it, whole process included: `recmap build-db` and a few
// `recmap query` commands against the built database. Prints median and max of several runs.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

namespace {

double runMs(const std::string& command) {
    const auto start = std::chrono::steady_clock::now();
    if (std::system((command + " > /dev/null 2>&1").c_str()) != 0) {
        std::fprintf(stderr, "dataset_bench: failed: %s\n", command.c_str());
        std::exit(1);
    }
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
}

void report(const char* label, const std::string& command, int runs) {
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        times.push_back(runMs(command));
    }
    std::sort(times.begin(), times.end());
    std::printf("%-48s median %7.1f ms   max %7.1f ms   (%d runs)\n", label,
                times[times.size() / 2], times.back(), runs);
}

} // namespace

int main() {
    const std::string recmap = "'" RECMAP_BINARY "'";
    const auto database = std::filesystem::temp_directory_path() / "recmap_bench.gpkg";
    const std::string db = " --db '" + database.string() + "'";
    report("build-db (validate + 50m boundaries + write)",
           recmap + " build-db -o '" + database.string() + "'", 5);
    report("validate", recmap + " validate", 5);
    report("query members NATO", recmap + " query members NATO --as-of 2024-03-08" + db, 20);
    report("query recognisers XKX", recmap + " query recognisers XKX --as-of 2024-01-12" + db, 20);
    report("query where member(NATO) and not recognises(XKX)",
           recmap + " query where 'member(NATO) and not recognises(XKX)' --as-of 2024-01-12" + db,
           20);
    report("query status XKX SRB", recmap + " query status XKX SRB" + db, 20);
    std::filesystem::remove(database);
    return 0;
}
