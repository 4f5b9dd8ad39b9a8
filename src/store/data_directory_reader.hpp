#pragma once

// The reader of a data directory, shared by the files that read its parts: dataset_reader.cpp
// (the walk and the row helpers), entity_rows.cpp (sources, entities, organisations),
// event_rows.cpp (recognition, membership and notes) and territory_rows.cpp (derived boundaries
// and worldviews). Internal to store/.
#include "store/csv_reader.hpp"
#include "store/dataset_reader.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace recmap::store {

namespace fs = std::filesystem;

inline const std::vector<std::string_view> organisationColumns{
    "code", "qid", "name", "aliases", "kind", "founded", "dissolved", "sources"};
inline const std::vector<std::string_view> sourceColumns{"id",        "publisher", "title", "url",
                                                         "published", "accessed",  "note"};
// sources.csv may add an archive copy's URL and date.
inline const std::vector<std::string_view> sourceArchiveColumns{
    "id", "publisher", "title", "url", "published", "accessed", "note", "archive_url", "archived"};
inline const std::vector<std::string_view> recognitionColumns{"recogniser", "date",    "event",
                                                              "confidence", "sources", "note"};
inline const std::vector<std::string_view> membershipColumns{"member",     "date",    "event",
                                                             "confidence", "sources", "note"};
inline const std::vector<std::string_view> noteColumns{"date", "event", "sources", "note"};
inline const std::vector<std::string_view> derivedColumns{"key", "from_key", "rule", "sources",
                                                          "note"};
inline const std::vector<std::string_view> expectationColumns{
    "kind", "subject", "date", "scope", "count", "members", "sources", "note"};
inline const std::vector<std::string_view> holdingColumns{"boundary_key", "entity",  "role", "from",
                                                          "to",           "sources", "note"};
inline const std::vector<std::string_view> worldviewColumns{"territory", "drawn_as", "worldview",
                                                            "from",      "sources",  "note"};

class DataDirectoryReader {
  public:
    explicit DataDirectoryReader(const fs::path& directory) : m_directory(directory) {}

    DatasetReadResult read();

  private:
    enum class Kind { Recognition, Membership };

    // sources.csv, entities.csv or organisations.csv could not be read as a whole (empty,
    // invalid UTF-8, a wrong header): nothing else can be checked against them.
    [[nodiscard]] bool baseFilesUnusable() const;
    std::string display(const fs::path& path) const;

    void error(const CsvTable& table, const CsvRow& row, const std::string& message);

    CsvTable readTable(const fs::path& path);

    // An optional file of the directory with its header checked; nullopt when it is absent or
    // its header is wrong (reported).
    std::optional<CsvTable> optionalTable(const char* name,
                                          const std::vector<std::string_view>& columns);

    std::vector<fs::path> filesIn(const std::string& folder) const;

    std::optional<core::Date> date(const CsvTable& table, const CsvRow& row,
                                   const std::string& text, const char* column, bool required);

    bool checkSources(const CsvTable& table, const CsvRow& row, const std::vector<std::string>& ids,
                      bool needsUrl);

    // A source cannot report an event it was published before (an archive copy of a later date
    // is cited with its own, later, date).
    void checkSourceDates(const CsvTable& table, const CsvRow& row,
                          const std::vector<std::string>& ids, const core::Date& when);

    void readSources();

    void readEntities();

    void readOrganisations();

    // An event must fall within the life of the entity it concerns.
    void checkExistence(const CsvTable& table, const CsvRow& row, const core::Date& when,
                        const core::Entity& entity);

    void checkNotCeased(const CsvTable& table, const CsvRow& row, const core::Date& when,
                        const core::Entity& entity);

    // Two events of one pair on the same day that cannot both hold.
    static bool contradict(Kind kind, const std::string& a, const std::string& b);

    void readEvents(const fs::path& path, Kind kind);

    void readNotes(const fs::path& path);

    // data/derived_boundaries.csv (optional): every key is some entity's boundary_key.
    void readDerivedBoundaries();

    const core::Entity* entityCode(const CsvTable& table, const CsvRow& row,
                                   const std::string& text, const char* column);

    // data/worldviews.csv (optional): how each worldview draws a disputed territory.
    void readWorldviews();

    // data/boundary_history.csv (optional): which entity covered a boundary feature, and when.
    void readBoundaryHistory();

    // Membership must make sense in order: a leave or suspension needs a membership. A disputed
    // join counts here: the dispute is about its date, not about whether it happened.
    void checkMembershipSequences();

    // A suspension still open today, decided over five years ago, should cite a source from
    // the last year confirming it (or be closed by its reinstatement): warned otherwise.
    void checkStaleSuspensions();

    // A first recorded `recognise` between two states that were UN members before it means the
    // presumption drew a recognition that had not happened yet: warned once per subject, naming
    // the pairs, so a `refuse` with its source can be recorded for the time before.
    void checkContradictedPresumptions();

    // data/expectations.csv (optional): published counts and lists the events must reproduce;
    // read after the dataset is finalised.
    void readExpectations();
    // Warns for each organisation and recognition subject with fewer than two expectation
    // dates, or none within the last year: a count nobody wrote down is a count nobody checks.
    void warnThinExpectations(const CsvTable& table);

    fs::path m_directory;
    DatasetReadResult m_result;
};

} // namespace recmap::store
