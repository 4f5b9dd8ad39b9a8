// Any bytes as a data/ CSV file: findings, never a crash, and the table keeps its promises.

#include "fuzz_check.hpp"
#include "store/csv_reader.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace recmap;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    store::Findings findings;
    const auto table = store::parseCsv(text, "fuzz.csv", findings);
    size_t previousLine = 0;
    for (const auto& row : table.rows) {
        fuzz::check(row.fields.size() == table.header.size(), "every row has the header's width");
        fuzz::check(row.line > previousLine, "rows are in line order");
        fuzz::check(row.line <= size + 1, "a row's line is inside the text");
        previousLine = row.line;
    }
    fuzz::check(!table.header.empty() || !findings.empty(), "a table without a header says why");
    (void)store::expectHeader(table, {"code", "name"}, findings);
    return 0;
}
