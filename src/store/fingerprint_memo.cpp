#include "core/atomic_output.hpp"
#include "store/database.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <ctime>
#include <fstream>
#include <sstream>

namespace recmap::store {
namespace {

int64_t nanoseconds(const timespec& time) {
    return static_cast<int64_t>(time.tv_sec) * 1000000000 + time.tv_nsec;
}

// Every .csv under dataDir, by path, device, inode, size, modification and status-change time:
// an edit, a rename over a file or a new file changes it. The status-change time is set by the
// kernel on every change and cannot be set back by a user (as `touch -d` or `cp -p` set mtime).
struct DataSignature {
    std::string text;
    int64_t newestChange = 0; // nanoseconds since the epoch
};

DataSignature dataSignature(const std::filesystem::path& dataDir, const std::string& extra) {
    const auto files = dataFiles(dataDir);
    DataSignature signature;
    std::ostringstream text;
    text << "schema " << databaseSchemaVersion << "\nextra " << extra << "\n";
    for (const auto& file : files) {
        struct stat status {};
        if (stat(file.c_str(), &status) != 0) {
            text << "unreadable " << file.lexically_relative(dataDir).string() << "\n";
            continue;
        }
        const int64_t modified = nanoseconds(status.st_mtim);
        const int64_t changed = nanoseconds(status.st_ctim);
        signature.newestChange = std::max({signature.newestChange, modified, changed});
        text << file.lexically_relative(dataDir).string() << ' ' << status.st_dev << ' '
             << status.st_ino << ' ' << status.st_size << ' ' << modified << ' ' << changed << "\n";
    }
    signature.text = text.str();
    return signature;
}

int64_t nowNanoseconds() {
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    return nanoseconds(now);
}

} // namespace

std::string rememberedDataFingerprint(const std::filesystem::path& dataDir,
                                      const std::string& extra, const std::filesystem::path& memo,
                                      std::chrono::seconds settle) {
    const auto signature = dataSignature(dataDir, extra);
    {
        std::ifstream stored(memo, std::ios::binary);
        std::string fingerprint;
        if (stored && std::getline(stored, fingerprint)) {
            const std::string rest{std::istreambuf_iterator<char>(stored),
                                   std::istreambuf_iterator<char>()};
            if (rest == signature.text && !fingerprint.empty()) {
                return fingerprint;
            }
        }
    }
    const auto fingerprint = dataFingerprint(dataDir, extra);
    // A file changed within `settle` of now might change again within the same tick of the
    // file system's clock, leaving its signature as it was: remember only data that has settled.
    const int64_t settled =
        nowNanoseconds() - std::chrono::duration_cast<std::chrono::nanoseconds>(settle).count();
    if (signature.newestChange < settled) {
        try {
            core::AtomicOutput output(memo);
            {
                std::ofstream file(output.temp(), std::ios::binary);
                file << fingerprint << "\n" << signature.text;
                if (!file.flush()) {
                    return fingerprint;
                }
            }
            output.commit();
        } catch (const std::exception&) {
            // An unwritable cache directory only costs the next command a read of data/.
        }
    }
    return fingerprint;
}

} // namespace recmap::store
