#pragma once

#include "store/finding.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace recmap::store {

// Limits that keep a damaged or hostile file from taking the machine's memory: a data file
// holds at most 64 MiB, a field at most 64 KiB (the longest note in data/ is far shorter).
inline constexpr size_t maxCsvFileBytes = size_t{64} << 20;
inline constexpr size_t maxCsvFieldBytes = size_t{64} << 10;

struct CsvRow {
    size_t line = 0; // 1-based line on which the record starts
    std::vector<std::string> fields;
};

// A UTF-8 CSV file (RFC 4180 quoting) with a header row. Rows with the wrong number of fields,
// bad quoting or invalid UTF-8 are reported as findings and left out of `rows`.
struct CsvTable {
    std::string path;
    std::vector<std::string> header;
    std::vector<CsvRow> rows;

    // Index of a header column, or nullopt.
    [[nodiscard]] std::optional<size_t> column(std::string_view name) const;
};

// Parses CSV text; `path` is used in findings only.
[[nodiscard]] CsvTable parseCsv(std::string_view text, const std::string& path, Findings& findings);
// Reads and parses a file; throws core::InputError if it cannot be read.
[[nodiscard]] CsvTable readCsvFile(const std::filesystem::path& path,
                                   const std::string& displayPath, Findings& findings);
// Checks the header is exactly `expected`; adds a finding and returns false otherwise.
bool expectHeader(const CsvTable& table, const std::vector<std::string_view>& expected,
                  Findings& findings);

} // namespace recmap::store
