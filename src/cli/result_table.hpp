#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace recmap::cli {

enum class OutputFormat { Table, Csv, Json };

// "table", "csv", "json"; throws core::UsageError.
[[nodiscard]] OutputFormat parseOutputFormat(const std::string& text);

// Rows of named columns, printed as an aligned table, RFC 4180 CSV, or a JSON array of objects.
struct ResultTable {
    std::vector<std::string> columns;
    std::vector<std::vector<std::string>> rows;
    std::string summary; // printed under a table only

    void print(OutputFormat format, std::ostream& out) const;
};

} // namespace recmap::cli
