#include "cli/coverage_command.hpp"

#include "cli/result_table.hpp"
#include "core/error.hpp"
#include "core/source_kind.hpp"
#include "core/status.hpp"
#include "workspace/dataset_loading.hpp"

#include <cstdio>
#include <map>

namespace recmap::cli {

using workspace::Arguments;
using workspace::datasetOptions;

namespace {

struct Tally {
    int facts = 0;
    int primary = 0;
    int disputed = 0;
    std::string first;
    std::string last;

    void add(const core::Dataset& dataset, const core::Date& date,
             const std::vector<std::string>& sources, bool isDisputed) {
        ++facts;
        disputed += isDisputed ? 1 : 0;
        for (const auto& id : sources) {
            if (const auto* source = dataset.source(id); source && core::isPrimarySource(*source)) {
                ++primary;
                break;
            }
        }
        const auto text = date.toString();
        if (first.empty() || date < *core::Date::parse(first)) {
            first = text;
        }
        if (last.empty() || *core::Date::parse(last) < date) {
            last = text;
        }
    }
};

std::string percent(int part, int whole) {
    char text[16];
    std::snprintf(text, sizeof text, "%.0f%%", whole == 0 ? 0.0 : 100.0 * part / whole);
    return text;
}

// How many of today's UN members have a sourced position (any recorded event) on `subject`:
// "41/193". A presumed recognition is not a position.
std::string unPositions(const core::Dataset& dataset, const std::string& subject,
                        const core::Date& today) {
    int members = 0, positions = 0;
    for (const core::Entity* entity : core::entitiesOn(dataset, today)) {
        if (entity->code == subject || !core::isUnMember(dataset, *entity, today)) {
            continue;
        }
        ++members;
        positions += dataset.recognitionHistory(subject, entity->code).empty() ? 0 : 1;
    }
    return std::to_string(positions) + "/" + std::to_string(members);
}

} // namespace

void runCoverage(const std::vector<std::string>& words, std::ostream& out, std::ostream& log,
                 const workspace::DatasetLoader& loadDataset) {
    const Arguments args(words, {"--data", "--db", "--format", "--as-of"}, {});
    if (!args.positionals().empty()) {
        throw core::UsageError("coverage takes no positional arguments");
    }
    const auto format = parseOutputFormat(args.value("--format").value_or("table"));
    const auto options = datasetOptions(args);
    const auto dataset = loadDataset(options, log);
    const auto& today = options.asOf;
    std::map<std::pair<std::string, std::string>, Tally> tallies;
    for (const auto& event : dataset->recognitionEvents()) {
        tallies[{"recognition", event.subject}].add(*dataset, event.date, event.sources,
                                                    event.confidence == core::Confidence::Disputed);
    }
    for (const auto& event : dataset->membershipEvents()) {
        tallies[{"membership", event.organisation}].add(
            *dataset, event.date, event.sources, event.confidence == core::Confidence::Disputed);
    }
    for (const auto& note : dataset->notes()) {
        const bool isOrganisation = dataset->organisation(note.subject) &&
                                    dataset->organisation(note.subject)->code == note.subject;
        tallies[{isOrganisation ? "membership" : "recognition", note.subject}].add(
            *dataset, note.date, note.sources, false);
    }
    ResultTable table{{"kind", "subject", "name", "facts", "from", "to", "primary", "disputed",
                       "unsourced", "un_positions"},
                      {},
                      {}};
    Tally total;
    for (const auto& [key, tally] : tallies) {
        const auto& [kind, code] = key;
        const std::string name =
            kind == "membership" ? dataset->organisation(code)->name : dataset->entity(code)->name;
        // Validation refuses unsourced facts, so that column is a check, not a hope.
        table.rows.push_back({kind, code, name, std::to_string(tally.facts), tally.first,
                              tally.last, percent(tally.primary, tally.facts),
                              std::to_string(tally.disputed), "0",
                              kind == "recognition" ? unPositions(*dataset, code, today) : ""});
        total.facts += tally.facts;
        total.primary += tally.primary;
        total.disputed += tally.disputed;
    }
    table.summary = std::to_string(total.facts) + " dated facts (events and notes) from " +
                    std::to_string(dataset->sources().size()) + " sources; " +
                    std::to_string(total.primary) + " (" + percent(total.primary, total.facts) +
                    ") cite a primary source (government or intergovernmental site), " +
                    std::to_string(total.disputed) + " are disputed, none unsourced";
    table.print(format, out);
}

} // namespace recmap::cli
