// Any bytes as a view file (`--view-file`, the explorer's saved state): an InputError naming
// the file and line, or a view that writes back to text read as the same view.

#include "core/error.hpp"
#include "fuzz_check.hpp"
#include "workspace/view_file.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace recmap;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    workspace::ViewFile view;
    try {
        view = workspace::parseViewFile(text, "fuzz.view");
    } catch (const core::InputError& error) {
        fuzz::check(std::string_view(error.what()).starts_with("fuzz.view:"),
                    "an error names the file");
        return 0;
    }
    fuzz::check(workspace::parseViewFile(workspace::formatViewFile(view), "again.view") == view,
                "a view file's text reads back as the same view");
    return 0;
}
