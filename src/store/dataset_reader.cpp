#include "store/dataset_reader.hpp"

#include "store/data_directory_reader.hpp"

#include "core/error.hpp"

#include <algorithm>

namespace recmap::store {

DatasetReadResult DataDirectoryReader::read() {
    if (!fs::is_directory(m_directory)) {
        throw core::InputError(m_directory.string() + ": error: data directory not found");
    }
    readSources();
    readEntities();
    readOrganisations();
    if (baseFilesUnusable()) {
        // Every other file refers to these: checking it would bury the cause under follow-on
        // errors ("unknown entity" on every row).
        m_result.findings.push_back(
            {m_directory.filename().string(), 0,
             "the other data files were not checked: fix sources.csv, entities.csv and "
             "organisations.csv first"});
        return std::move(m_result);
    }
    for (const auto& file : filesIn("recognition")) {
        readEvents(file, Kind::Recognition);
    }
    for (const auto& file : filesIn("membership")) {
        readEvents(file, Kind::Membership);
    }
    for (const auto& file : filesIn("notes")) {
        readNotes(file);
    }
    readDerivedBoundaries();
    readWorldviews();
    readBoundaryHistory();
    m_result.dataset.finalise();
    checkMembershipSequences();
    checkStaleSuspensions();
    checkContradictedPresumptions();
    readExpectations();
    // CSV-level problems are found before row checks: report each file's in line order.
    std::stable_sort(m_result.findings.begin(), m_result.findings.end(),
                     [](const Finding& a, const Finding& b) {
                         return a.file != b.file ? a.file < b.file : a.line < b.line;
                     });
    return std::move(m_result);
}

bool DataDirectoryReader::baseFilesUnusable() const {
    if (m_result.dataset.entities().empty() || m_result.dataset.sources().empty()) {
        return true;
    }
    return std::any_of(m_result.findings.begin(), m_result.findings.end(), [](const Finding& f) {
        return f.message.starts_with("invalid UTF-8") || f.message.starts_with("empty file") ||
               f.message.starts_with("header must be");
    });
}

std::string DataDirectoryReader::display(const fs::path& path) const {
    return (m_directory.filename() / fs::relative(path, m_directory)).string();
}

void DataDirectoryReader::error(const CsvTable& table, const CsvRow& row,
                                const std::string& message) {
    m_result.findings.push_back({table.path, row.line, message});
}

CsvTable DataDirectoryReader::readTable(const fs::path& path) {
    return readCsvFile(path, display(path), m_result.findings);
}

std::vector<fs::path> DataDirectoryReader::filesIn(const std::string& folder) const {
    std::vector<fs::path> files;
    const fs::path path = m_directory / folder;
    if (!fs::is_directory(path)) {
        return files;
    }
    for (const auto& entry : fs::directory_iterator(path)) {
        if (entry.is_regular_file() && entry.path().extension() == ".csv") {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::optional<core::Date> DataDirectoryReader::date(const CsvTable& table, const CsvRow& row,
                                                    const std::string& text, const char* column,
                                                    bool required) {
    if (text.empty()) {
        if (required) {
            error(table, row, std::string(column) + " is empty");
        }
        return std::nullopt;
    }
    auto parsed = core::Date::parse(text);
    if (!parsed) {
        error(table, row,
              std::string(column) + ": unparsable or impossible date '" + text +
                  "' (use YYYY, YYYY-MM or YYYY-MM-DD)");
    }
    return parsed;
}

bool DataDirectoryReader::checkSources(const CsvTable& table, const CsvRow& row,
                                       const std::vector<std::string>& ids, bool needsUrl) {
    bool ok = true;
    if (ids.empty()) {
        error(table, row, "missing source: every fact cites at least one source id");
        return false;
    }
    bool anyUrl = false;
    for (const auto& id : ids) {
        const core::Source* source = m_result.dataset.source(id);
        if (source == nullptr) {
            error(table, row, "unknown source id '" + id + "'");
            ok = false;
        } else {
            anyUrl = anyUrl || !source->url.empty();
        }
    }
    if (ok && needsUrl && !anyUrl) {
        error(table, row, "none of the cited sources has a URL");
        ok = false;
    }
    return ok;
}

DatasetReadResult readDataDirectory(const std::filesystem::path& directory) {
    return DataDirectoryReader(directory).read();
}

std::optional<CsvTable>
DataDirectoryReader::optionalTable(const char* name, const std::vector<std::string_view>& columns) {
    const auto path = m_directory / name;
    if (!fs::exists(path)) {
        return std::nullopt;
    }
    auto table = readTable(path);
    if (!expectHeader(table, columns, m_result.findings)) {
        return std::nullopt;
    }
    return table;
}

void DataDirectoryReader::checkSourceDates(const CsvTable& table, const CsvRow& row,
                                           const std::vector<std::string>& ids,
                                           const core::Date& when) {
    // An advance announcement (a communique signed the day before relations take effect, a
    // press release of the accession date) is a fair source for a scheduled event, so a month
    // is tolerated with a warning; older sources cannot report the event and fail.
    constexpr long announcementDays = 31;
    for (const auto& id : ids) {
        const core::Source* source = m_result.dataset.source(id);
        // A partial date (2019, 2019-03) is before the event only when its whole period is.
        if (source == nullptr || !source->published ||
            source->published->lastDayNumber() >= when.dayNumber() ||
            (source->archived && source->archived->dayNumber() >= when.dayNumber())) {
            continue; // (an archive copy taken after the event shows the page as it was then)
        }
        const long early = when.dayNumber() - source->published->lastDayNumber();
        const std::string message = "source '" + id + "' was published " +
                                    source->published->toString() +
                                    ", before the event it supports (" + when.toString() + ")";
        if (early <= announcementDays) {
            m_result.warnings.push_back({table.path, row.line,
                                         message + ": an advance announcement; cite a later "
                                                   "source when one is found",
                                         true});
        } else {
            error(table, row, message);
        }
    }
}

} // namespace recmap::store
