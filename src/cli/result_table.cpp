#include "cli/result_table.hpp"

#include "core/error.hpp"
#include "core/text.hpp"

#include <algorithm>
#include <cstdio>

namespace recmap::cli {
namespace {

// Display width in terminal columns, counting UTF-8 code points.
size_t displayWidth(const std::string& text) {
    return static_cast<size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

} // namespace

OutputFormat parseOutputFormat(const std::string& text) {
    if (text == "table") {
        return OutputFormat::Table;
    }
    if (text == "csv") {
        return OutputFormat::Csv;
    }
    if (text == "json") {
        return OutputFormat::Json;
    }
    throw core::UsageError("unknown format '" + text + "' (table, csv or json)");
}

void ResultTable::print(OutputFormat format, std::ostream& out) const {
    if (format == OutputFormat::Csv) {
        for (size_t i = 0; i < columns.size(); ++i) {
            out << (i ? "," : "") << core::csvField(columns[i]);
        }
        out << "\n";
        for (const auto& row : rows) {
            for (size_t i = 0; i < row.size(); ++i) {
                out << (i ? "," : "") << core::csvField(row[i]);
            }
            out << "\n";
        }
        return;
    }
    if (format == OutputFormat::Json) {
        out << "[";
        for (size_t r = 0; r < rows.size(); ++r) {
            out << (r ? ",\n " : "\n ") << "{";
            for (size_t i = 0; i < columns.size(); ++i) {
                out << (i ? ", " : "") << "\"" << core::jsonEscape(columns[i]) << "\": \""
                    << core::jsonEscape(rows[r][i]) << "\"";
            }
            out << "}";
        }
        out << (rows.empty() ? "]\n" : "\n]\n");
        return;
    }
    std::vector<size_t> widths;
    for (const auto& column : columns) {
        widths.push_back(displayWidth(column));
    }
    for (const auto& row : rows) {
        for (size_t i = 0; i < row.size(); ++i) {
            widths[i] = std::max(widths[i], std::min<size_t>(displayWidth(row[i]), 60));
        }
    }
    auto printRow = [&](const std::vector<std::string>& row) {
        for (size_t i = 0; i < row.size(); ++i) {
            std::string cell = row[i];
            out << cell;
            if (i + 1 < row.size()) {
                const size_t width = displayWidth(cell);
                out << std::string(width < widths[i] ? widths[i] - width : 0, ' ') << "  ";
            }
        }
        out << "\n";
    };
    printRow(columns);
    for (const auto& row : rows) {
        printRow(row);
    }
    if (!summary.empty()) {
        out << summary << "\n";
    }
}

} // namespace recmap::cli
