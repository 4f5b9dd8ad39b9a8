#pragma once

#include "workspace/dataset_loading.hpp"

#include <functional>
#include <string>
#include <vector>

namespace recmap::cli {

// The commands that need GDAL, PROJ or EGL, and how the dataset is loaded. recmap-full runs
// them itself; `recmap`, which links none of those libraries so that a query starts at once,
// hands them over to recmap-full (and a query too when the cached database must be rebuilt).
struct Backends {
    workspace::DatasetLoader loadDataset;
    std::function<void(const std::vector<std::string>& words)> buildDatabase; // after "build-db"
    std::function<void(const std::vector<std::string>& words)> render;        // after "render"
};

// Runs `recmap WORDS...`: prints every error and returns the exit code (0 success, 1 failure,
// 2 usage error).
[[nodiscard]] int runCommandLine(const std::vector<std::string>& words, const Backends& backends);

// Replaces this process with `binary`, a file beside this one, run with `words`. Throws
// core::InputError when it cannot be started.
[[noreturn]] void handOver(const std::string& binary, const std::vector<std::string>& words);

} // namespace recmap::cli
