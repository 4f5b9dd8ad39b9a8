#include "cli/query_command.hpp"

#include "cli/result_table.hpp"
#include "core/error.hpp"
#include "core/query.hpp"
#include "core/status.hpp"
#include "core/text.hpp"
#include "scene/comparison_scene.hpp"
#include "scene/palette.hpp"
#include "scene/view_spec.hpp"
#include "scene/worldview.hpp"
#include "store/dataset_reader.hpp"
#include "workspace/data_paths.hpp"
#include "workspace/dataset_loading.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace recmap::cli {

using workspace::Arguments;
using workspace::dataDirectory;
using workspace::datasetOptions;
using workspace::requireEntity;
using workspace::requireOrganisation;

namespace {

const std::set<std::string> commonValued{"--data",   "--db",   "--as-of", "--format",
                                         "--status", "--from", "--to"};

std::string recognitionLabel(const core::RecognitionState& state) {
    std::string label(core::toString(state.status));
    if (state.disputed != nullptr) {
        label += " (" + std::string(core::toString(state.disputed->action)) + " disputed " +
                 state.disputed->date.toString() + ")";
    }
    if (state.relationsBroken()) {
        label += "; relations broken off " + state.relations->date.toString();
    }
    return label;
}

std::vector<std::string> entityRow(const core::Entity& entity) {
    return {entity.code, entity.name, entity.qid};
}

ResultTable recognisers(const core::Dataset& dataset, const core::Entity& subject,
                        const core::Date& date) {
    ResultTable table{{"code", "name", "qid", "status", "since", "sources"}, {}, {}};
    int unMembers = 0;
    int disputed = 0;
    for (const core::Entity* entity : core::recognisersOf(dataset, subject.code, date)) {
        const auto state = core::recognitionStatus(dataset, subject.code, entity->code, date);
        auto row = entityRow(*entity);
        row.push_back(recognitionLabel(state));
        row.push_back(state.decisive ? state.decisive->date.toString() : "");
        row.push_back(state.decisive ? core::joinList(state.decisive->sources, "|") : "");
        table.rows.push_back(std::move(row));
        unMembers += core::isUnMember(dataset, *entity, date) ? 1 : 0;
        disputed += state.disputed ? 1 : 0;
    }
    table.summary = std::to_string(table.rows.size()) + " recognise " + subject.name + " on " +
                    date.toString() + " (" + std::to_string(unMembers) + " UN members; " +
                    std::to_string(disputed) + " with a later disputed event)";
    return table;
}

ResultTable recognisedBy(const core::Dataset& dataset, const core::Entity& observer,
                         const core::Date& date) {
    ResultTable table{{"code", "name", "qid", "status", "since", "sources"}, {}, {}};
    for (const auto& code : dataset.recognitionSubjects()) {
        const auto state = core::recognitionStatus(dataset, code, observer.code, date);
        if (!state.recognises()) {
            continue;
        }
        auto row = entityRow(*dataset.entity(code));
        row.push_back(recognitionLabel(state));
        row.push_back(state.decisive ? state.decisive->date.toString() : "");
        row.push_back(state.decisive ? core::joinList(state.decisive->sources, "|") : "");
        table.rows.push_back(std::move(row));
    }
    table.summary = observer.name + " recognises " + std::to_string(table.rows.size()) +
                    " of the " + std::to_string(dataset.recognitionSubjects().size()) +
                    " subjects with recognition data on " + date.toString();
    return table;
}

// --status of `query members`: which membership statuses are listed.
bool listedStatus(core::MembershipStatus status, const std::string& wanted) {
    using core::MembershipStatus;
    if (wanted == "all") {
        return status != MembershipStatus::None;
    }
    if (wanted == "observer") {
        return status == MembershipStatus::Observer || status == MembershipStatus::Partner;
    }
    if (wanted == "former") {
        return status == MembershipStatus::Former;
    }
    return core::toString(status) == wanted;
}

ResultTable members(const core::Dataset& dataset, const core::Organisation& organisation,
                    const core::Date& date, const std::string& wanted) {
    ResultTable table{{"code", "name", "qid", "status", "since", "sources"}, {}, {}};
    for (const core::Entity* entity : core::entitiesOn(dataset, date)) {
        const auto state = core::membershipStatus(dataset, organisation.code, entity->code, date);
        if (!listedStatus(state.status, wanted)) {
            continue;
        }
        auto row = entityRow(*entity);
        row.push_back(std::string(core::toString(state.status)) +
                      (state.disputed ? " (" + std::string(core::toString(state.disputed->action)) +
                                            " disputed)"
                                      : ""));
        row.push_back(state.decisive->date.toString());
        row.push_back(core::joinList(state.decisive->sources, "|"));
        table.rows.push_back(std::move(row));
    }
    std::sort(table.rows.begin(), table.rows.end());
    const std::string what = wanted == "member"   ? "members"
                             : wanted == "all"    ? "entities with a status in"
                             : wanted == "former" ? "former members of"
                                                  : wanted + " entities in";
    table.summary = std::to_string(table.rows.size()) + " " + what +
                    (wanted == "member" ? " of " : " ") + organisation.code + " on " +
                    date.toString();
    return table;
}

void printStatus(const core::Dataset& dataset, const core::Entity& subject,
                 const core::Entity& observer, const core::Date& date, OutputFormat format,
                 std::ostream& out) {
    const auto state = core::recognitionStatus(dataset, subject.code, observer.code, date);
    ResultTable table{
        {"date", "event", "confidence", "source", "publisher", "title", "url", "note"}, {}, {}};
    for (const auto* event : dataset.recognitionHistory(subject.code, observer.code)) {
        for (const auto& id : event->sources) {
            const core::Source* source = dataset.source(id);
            table.rows.push_back({event->date.toString(),
                                  std::string(core::toString(event->action)),
                                  std::string(core::toString(event->confidence)), id,
                                  source->publisher, source->title, source->url, event->note});
        }
    }
    if (format == OutputFormat::Json) {
        out << "{\"subject\": \"" << subject.code << "\", \"observer\": \"" << observer.code
            << "\", \"as_of\": \"" << date.toString() << "\", \"status\": \""
            << core::toString(state.status) << "\", \"since\": \""
            << (state.decisive ? state.decisive->date.toString() : "")
            << "\", \"disputed\": " << (state.disputed ? "true" : "false") << ", \"events\": ";
        table.print(format, out);
        out << "}\n";
        return;
    }
    if (format == OutputFormat::Table) {
        out << observer.name << " (" << observer.code << ") on " << date.toString() << ": "
            << recognitionLabel(state) << " " << subject.name << " (" << subject.code << ")";
        if (state.status == core::RecognitionStatus::Presumed) {
            out << " [presumed between UN members; no recorded event]";
        } else if (state.decisive) {
            out << " since " << state.decisive->date.toString();
        }
        out << "\n";
        if (table.rows.empty()) {
            return;
        }
        out << "\n";
    }
    table.print(format, out);
}

// Every recorded position on a disputed territory, those in force on the date marked, and how
// the UN and de facto worldviews draw it then.
ResultTable worldviewPositions(const core::Dataset& dataset, const core::Entity& territory,
                               const core::Date& date) {
    ResultTable table{{"worldview", "from", "drawn_as", "in_force", "sources", "note"}, {}, {}};
    const auto inForce = scene::positionsInForce(dataset, territory.code, date);
    for (const auto& position : dataset.territoryPositions()) {
        if (position.territory != territory.code) {
            continue;
        }
        const auto found = inForce.find(position.worldview);
        const bool current = found != inForce.end() && found->second == &position;
        table.rows.push_back({position.worldview, position.from ? position.from->toString() : "",
                              position.drawnAs, current ? "yes" : "no",
                              core::joinList(position.sources, "|"), position.note});
    }
    const auto un = scene::territoryDrawing(dataset, territory, {}, date);
    const auto deFacto =
        scene::territoryDrawing(dataset, territory, {scene::Worldview::Kind::DeFacto, ""}, date);
    table.summary = territory.name + " (" + territory.code + ") on " + date.toString() +
                    ": UN worldview " + (un ? un->drawnAs : territory.code) + ", de facto " +
                    (deFacto ? deFacto->drawnAs : territory.code) +
                    (un && un->disputed ? "; disputed" : "");
    return table;
}

// query changes VIEW --from D1 --to D2: every entity whose category changed, with the events
// between the dates and their sources.
ResultTable changes(const core::Dataset& dataset, const std::string& viewText,
                    const core::Date& from, const core::Date& to) {
    auto view = scene::ViewSpec::parse(viewText);
    if (view.kind == scene::ViewSpec::Kind::Changes) {
        view = view.parts.front();
    }
    if (view.kind == scene::ViewSpec::Kind::Countries ||
        view.kind == scene::ViewSpec::Kind::Agreement) {
        throw core::UsageError("query changes takes a recognition, observer, membership or "
                               "where view, got '" +
                               viewText + "'");
    }
    ResultTable table{{"code", "name", "change", "before", "after", "events", "sources"}, {}, {}};
    std::map<std::string, int> counts;
    for (const auto& change :
         scene::categoryChanges(dataset, view, from, to, *scene::paletteNamed("okabe-ito"))) {
        if (change.change == "Unchanged") {
            continue;
        }
        ++counts[change.change];
        std::vector<std::string> events;
        std::vector<std::string> urls;
        for (const auto& event : scene::eventsBetween(dataset, view, change.code, from, to)) {
            std::vector<std::string> ids;
            for (const auto& citation : event.citations) {
                ids.push_back(citation.sourceId);
                if (!citation.url.empty()) {
                    urls.push_back(citation.url);
                }
            }
            events.push_back(event.date + " " + event.what + (event.disputed ? " (disputed)" : "") +
                             " [" + core::joinList(ids, ", ") + "]");
        }
        const core::Entity* entity = dataset.entity(change.code);
        table.rows.push_back({change.code, entity ? entity->name : change.code, change.change,
                              change.before, change.after, core::joinList(events, "; "),
                              core::joinList(urls, " ")});
    }
    std::string summary;
    for (const auto& [what, count] : counts) {
        summary += (summary.empty() ? "" : ", ") + what + " " + std::to_string(count);
    }
    table.summary = view.toString() + " from " + from.toString() + " to " + to.toString() + ": " +
                    (summary.empty() ? "no change" : summary);
    return table;
}

} // namespace

std::string queryUsage() {
    return "usage: recmap query recognisers SUBJECT | recognised-by OBSERVER | members ORG |\n"
           "                    status SUBJECT OBSERVER | worldviews TERRITORY | where 'EXPR' |\n"
           "                    changes VIEW --from DATE [--to DATE]\n"
           "       [--as-of YYYY-MM-DD] [--format table|csv|json] [--data DIR] [--db FILE]\n"
           "       members: [--status member|suspended|observer|candidate|former|all]\n"
           "EXPR: member(ORG) candidate(ORG) suspended(ORG) observer(ORG) former(ORG)\n"
           "      recognises(X) recognised_by(X) relations_broken(X) is(X) kind(K)\n"
           "      joined(ORG[,FROM,TO]) left(ORG[,FROM,TO]) withdrew(X[,FROM,TO]); and, or, not, ( "
           ")\n";
}

void runQuery(const std::vector<std::string>& words, std::ostream& out, std::ostream& log,
              const workspace::DatasetLoader& loadDataset) {
    const Arguments args(words, commonValued, {});
    const auto& positional = args.positionals();
    if (positional.empty()) {
        throw core::UsageError(
            "query needs a kind: recognisers, recognised-by, members, status, worldviews, where or "
            "changes");
    }
    const std::string& kind = positional[0];
    const size_t expected = kind == "status" ? 3 : 2;
    if (kind != "recognisers" && kind != "recognised-by" && kind != "members" && kind != "status" &&
        kind != "worldviews" && kind != "where" && kind != "changes") {
        throw core::UsageError(
            "unknown query '" + kind +
            "' (recognisers, recognised-by, members, status, worldviews, where, changes)");
    }
    if (positional.size() != expected) {
        throw core::UsageError("query " + kind + " takes " + std::to_string(expected - 1) +
                               " argument(s)");
    }
    const auto format = parseOutputFormat(args.value("--format").value_or("table"));
    const std::string status = args.value("--status").value_or("member");
    if (status != "member" && status != "suspended" && status != "observer" &&
        status != "candidate" && status != "former" && status != "all") {
        throw core::UsageError("--status must be member, suspended, observer, candidate, former "
                               "or all, got '" +
                               status + "'");
    }
    if (args.value("--status") && kind != "members") {
        throw core::UsageError("--status goes with query members");
    }
    if ((args.value("--from") || args.value("--to")) && kind != "changes") {
        throw core::UsageError("--from and --to go with query changes");
    }
    if (kind == "changes" && !args.value("--from")) {
        throw core::UsageError("query changes needs --from DATE (and --to DATE, default today)");
    }
    const auto options = datasetOptions(args);
    if (kind == "where") {
        (void)core::parseQuery(positional[1]); // syntax errors before any loading
    }
    const auto dataset = loadDataset(options, log);
    const auto& date = options.asOf;
    if (kind == "changes") {
        const auto from = core::Date::parse(*args.value("--from"));
        const auto to = args.value("--to") ? core::Date::parse(*args.value("--to")) : date;
        if (!from || !to) {
            throw core::UsageError("--from and --to take YYYY-MM-DD");
        }
        if (to->dayNumber() < from->dayNumber()) {
            throw core::UsageError("--to is before --from");
        }
        changes(*dataset, positional[1], *from, *to).print(format, out);
        return;
    }
    if (kind == "recognisers") {
        recognisers(*dataset, requireEntity(*dataset, positional[1]), date).print(format, out);
    } else if (kind == "recognised-by") {
        recognisedBy(*dataset, requireEntity(*dataset, positional[1]), date).print(format, out);
    } else if (kind == "members") {
        members(*dataset, requireOrganisation(*dataset, positional[1]), date, status)
            .print(format, out);
    } else if (kind == "worldviews") {
        worldviewPositions(*dataset, requireEntity(*dataset, positional[1]), date)
            .print(format, out);
    } else if (kind == "status") {
        printStatus(*dataset, requireEntity(*dataset, positional[1]),
                    requireEntity(*dataset, positional[2]), date, format, out);
    } else {
        const core::CompiledQuery query(positional[1], *dataset);
        ResultTable table{{"code", "name", "qid"}, {}, {}};
        for (const core::Entity* entity : query.select(date)) {
            table.rows.push_back(entityRow(*entity));
        }
        table.summary = std::to_string(table.rows.size()) + " match on " + date.toString();
        table.print(format, out);
    }
}

void runValidate(const std::vector<std::string>& words, std::ostream& out) {
    const Arguments args(words, {"--data"}, {});
    if (!args.positionals().empty()) {
        throw core::UsageError("validate takes no arguments besides --data DIR");
    }
    const auto directory = dataDirectory(args.value("--data"));
    auto result = store::readDataDirectory(directory);
    for (const auto& warning : result.warnings) {
        out << warning.toString() << "\n";
    }
    if (!result.findings.empty()) {
        std::string message;
        for (const auto& finding : result.findings) {
            message += finding.toString() + "\n";
        }
        message += std::to_string(result.findings.size()) +
                   (result.findings.size() == 1 ? " error" : " errors");
        throw core::InputError(message);
    }
    const auto& dataset = result.dataset;
    out << directory.string() << ": ok: " << dataset.entities().size() << " entities, "
        << dataset.organisations().size() << " organisations, " << dataset.sources().size()
        << " sources, " << dataset.recognitionEvents().size() << " recognition events, "
        << dataset.membershipEvents().size() << " membership events, " << dataset.notes().size()
        << " notes, " << dataset.derivedBoundaries().size() << " derived boundaries, "
        << dataset.territoryPositions().size() << " worldview positions\n";
}

void runSources(const std::vector<std::string>& words, std::ostream& out, std::ostream& log,
                const workspace::DatasetLoader& loadDataset) {
    const Arguments args(words, commonValued, {});
    if (args.positionals().size() > 1) {
        throw core::UsageError("sources takes at most one SUBJECT or ORG");
    }
    const auto format = parseOutputFormat(args.value("--format").value_or("table"));
    const auto dataset = loadDataset(datasetOptions(args), log);
    std::string scope;
    if (!args.positionals().empty()) {
        const std::string& name = args.positionals()[0];
        if (const auto* organisation = dataset->organisation(name);
            organisation && organisation->code == name) {
            scope = organisation->code;
        } else if (const auto* entity = dataset->entity(name)) {
            scope = entity->code;
        } else if (organisation) {
            scope = organisation->code;
        } else {
            throw core::UsageError("unknown subject or organisation '" + name + "'");
        }
    }
    std::map<std::string, int> citations;
    auto cite = [&](const std::vector<std::string>& ids) {
        for (const auto& id : ids) {
            ++citations[id];
        }
    };
    for (const auto& event : dataset->recognitionEvents()) {
        if (scope.empty() || event.subject == scope || event.recogniser == scope) {
            cite(event.sources);
        }
    }
    for (const auto& event : dataset->membershipEvents()) {
        if (scope.empty() || event.organisation == scope || event.member == scope) {
            cite(event.sources);
        }
    }
    for (const auto& note : dataset->notes()) {
        if (scope.empty() || note.subject == scope) {
            cite(note.sources);
        }
    }
    ResultTable table{
        {"id", "facts", "publisher", "title", "url", "published", "accessed"}, {}, {}};
    for (const auto& [id, count] : citations) {
        const core::Source* source = dataset->source(id);
        table.rows.push_back({id, std::to_string(count), source->publisher, source->title,
                              source->url, source->published ? source->published->toString() : "",
                              source->accessed ? source->accessed->toString() : ""});
    }
    table.summary =
        std::to_string(table.rows.size()) + " sources" + (scope.empty() ? "" : " behind " + scope);
    table.print(format, out);
}

} // namespace recmap::cli
