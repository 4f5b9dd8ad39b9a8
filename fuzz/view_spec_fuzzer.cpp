// Any text as a view name (`recmap render VIEW`, the explorer's view box): a UsageError, or a
// view that writes back to text parsing as the same view. A where: view's expression goes to
// the query parser as `recmap render` sends it.

#include "core/error.hpp"
#include "core/query.hpp"
#include "fuzz_check.hpp"
#include "scene/view_spec.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace recmap;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    scene::ViewSpec view;
    try {
        view = scene::ViewSpec::parse(text);
    } catch (const core::UsageError&) {
        return 0;
    }
    const auto again = scene::ViewSpec::parse(view.toString());
    fuzz::check(again.kind == view.kind && again.names == view.names &&
                    again.expression == view.expression && again.from == view.from &&
                    again.toString() == view.toString(),
                "a view's text parses back as the same view");
    if (view.kind == scene::ViewSpec::Kind::Where) {
        try {
            (void)core::parseQuery(view.expression);
        } catch (const core::QueryError&) {
        }
    }
    return 0;
}
