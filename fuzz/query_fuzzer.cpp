// Any text as a query (`recmap query where`, `where:` views): a QueryError, or a query that
// binds to the dataset (or throws QueryError for an unknown name) and evaluates.

#include "core/query.hpp"
#include "fuzz_check.hpp"
#include "tiny_dataset.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace recmap;
    static const core::Dataset dataset = fuzz::tinyDataset();
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const auto tree = core::parseQuery(text);
        fuzz::check(tree != nullptr, "a parsed query has a tree");
        const core::CompiledQuery query(text, dataset);
        for (const char* date : {"1960-01-01", "2010-06-15"}) {
            (void)query.select(*core::Date::parse(date));
        }
    } catch (const core::QueryError& error) {
        fuzz::check(error.column() >= 1 && error.column() <= size + 1,
                    "an error's column is inside the query or just after it");
    }
    return 0;
}
