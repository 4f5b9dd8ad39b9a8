#include "store/csv_reader.hpp"

#include "core/error.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace recmap::store {
namespace {

// Returns the byte offset of the first invalid UTF-8 sequence, or npos.
size_t findInvalidUtf8(std::string_view text) {
    size_t i = 0;
    while (i < text.size()) {
        const auto byte = static_cast<unsigned char>(text[i]);
        size_t length = 0;
        if (byte < 0x80) {
            length = 1;
        } else if ((byte >> 5) == 0x6 && byte >= 0xC2) {
            length = 2;
        } else if ((byte >> 4) == 0xE) {
            length = 3;
        } else if ((byte >> 3) == 0x1E && byte <= 0xF4) {
            length = 4;
        } else {
            return i;
        }
        if (i + length > text.size()) {
            return i;
        }
        for (size_t k = 1; k < length; ++k) {
            if ((static_cast<unsigned char>(text[i + k]) >> 6) != 0x2) {
                return i;
            }
        }
        i += length;
    }
    return std::string_view::npos;
}

class CsvParser {
  public:
    CsvParser(std::string_view text, const std::string& path, Findings& findings)
        : m_text(text), m_path(path), m_findings(findings) {}

    // Parses one record; returns false at end of input. On a quoting error the record is
    // reported, skipped to the end of its line, and `ok` is false.
    bool next(CsvRow& row, bool& ok) {
        if (m_pos >= m_text.size()) {
            return false;
        }
        row.line = m_line;
        row.fields.clear();
        ok = true;
        std::string field;
        bool quoted = false;
        bool afterQuote = false;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos++];
            if (quoted) {
                if (c == '"') {
                    if (m_pos < m_text.size() && m_text[m_pos] == '"') {
                        field += '"';
                        ++m_pos;
                    } else {
                        quoted = false;
                        afterQuote = true;
                    }
                } else {
                    if (c == '\n') {
                        ++m_line;
                    }
                    field += c;
                }
                continue;
            }
            if (c == ',') {
                row.fields.push_back(std::move(field));
                field.clear();
                afterQuote = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && m_pos < m_text.size() && m_text[m_pos] == '\n') {
                    ++m_pos;
                }
                ++m_line;
                row.fields.push_back(std::move(field));
                return true;
            } else if (c == '"') {
                if (!field.empty() || afterQuote) {
                    return fail(row, ok,
                                "stray double quote inside a field (quote the whole field "
                                "and double the quote)");
                }
                quoted = true;
            } else if (afterQuote) {
                return fail(row, ok, "text after a closing quote");
            } else {
                field += c;
            }
        }
        if (quoted) {
            m_findings.push_back({m_path, row.line, "unterminated quoted field"});
            ok = false;
            return true;
        }
        row.fields.push_back(std::move(field));
        return true;
    }

  private:
    bool fail(const CsvRow& row, bool& ok, const std::string& message) {
        m_findings.push_back({m_path, row.line, message});
        ok = false;
        while (m_pos < m_text.size() && m_text[m_pos] != '\n') {
            ++m_pos;
        }
        if (m_pos < m_text.size()) {
            ++m_pos;
            ++m_line;
        }
        return true;
    }

    std::string_view m_text;
    const std::string& m_path;
    Findings& m_findings;
    size_t m_pos = 0;
    size_t m_line = 1;
};

bool isBlank(const CsvRow& row) {
    return row.fields.size() == 1 && row.fields[0].empty();
}

} // namespace

std::optional<size_t> CsvTable::column(std::string_view name) const {
    for (size_t i = 0; i < header.size(); ++i) {
        if (header[i] == name) {
            return i;
        }
    }
    return std::nullopt;
}

CsvTable parseCsv(std::string_view text, const std::string& path, Findings& findings) {
    CsvTable table;
    table.path = path;
    if (const auto bad = findInvalidUtf8(text); bad != std::string_view::npos) {
        const auto line =
            1 + static_cast<size_t>(std::count(text.begin(), text.begin() + bad, '\n'));
        findings.push_back({path, line, "invalid UTF-8 (byte offset " + std::to_string(bad) + ")"});
        return table;
    }
    if (text.starts_with("\xEF\xBB\xBF")) {
        text.remove_prefix(3);
    }
    CsvParser parser(text, path, findings);
    CsvRow row;
    bool ok = true;
    bool haveHeader = false;
    while (parser.next(row, ok)) {
        if (!ok || isBlank(row)) {
            continue;
        }
        if (const auto longest =
                std::max_element(row.fields.begin(), row.fields.end(),
                                 [](const auto& a, const auto& b) { return a.size() < b.size(); });
            longest != row.fields.end() && longest->size() > maxCsvFieldBytes) {
            findings.push_back({path, row.line,
                                "field " + std::to_string(longest - row.fields.begin() + 1) +
                                    " is " + std::to_string(longest->size()) +
                                    " bytes long; a field holds at most " +
                                    std::to_string(maxCsvFieldBytes)});
            continue;
        }
        if (!haveHeader) {
            table.header = row.fields;
            haveHeader = true;
            continue;
        }
        if (row.fields.size() != table.header.size()) {
            findings.push_back({path, row.line,
                                "expected " + std::to_string(table.header.size()) +
                                    " fields, found " + std::to_string(row.fields.size())});
            continue;
        }
        table.rows.push_back(row);
    }
    if (!haveHeader) {
        findings.push_back({path, 0, "empty file: a header row is required"});
    }
    return table;
}

CsvTable readCsvFile(const std::filesystem::path& path, const std::string& displayPath,
                     Findings& findings) {
    std::ifstream stream(path, std::ios::binary);
    if (!stream) {
        throw core::InputError(displayPath + ": error: cannot open file");
    }
    std::error_code error;
    if (const auto size = std::filesystem::file_size(path, error);
        !error && size > maxCsvFileBytes) {
        findings.push_back({displayPath, 0,
                            "file is " + std::to_string(size) +
                                " bytes; a data file holds at "
                                "most " +
                                std::to_string(maxCsvFileBytes) + " (64 MiB)"});
        CsvTable table;
        table.path = displayPath;
        return table;
    }
    std::ostringstream content;
    content << stream.rdbuf();
    return parseCsv(content.str(), displayPath, findings);
}

bool expectHeader(const CsvTable& table, const std::vector<std::string_view>& expected,
                  Findings& findings) {
    bool same = table.header.size() == expected.size();
    for (size_t i = 0; same && i < expected.size(); ++i) {
        same = table.header[i] == expected[i];
    }
    if (!same && !table.header.empty()) {
        std::string wanted;
        for (auto name : expected) {
            wanted += (wanted.empty() ? "" : ",") + std::string(name);
        }
        findings.push_back({table.path, 1, "header must be '" + wanted + "'"});
    }
    return same;
}

} // namespace recmap::store
