#include "scene/comparison_scene.hpp"

#include "core/error.hpp"
#include "scene/scene_builder.hpp"
#include "scene/thematic_scene.hpp"

#include <map>
#include <set>

namespace recmap::scene {
namespace {

// A scene's title without its trailing ", <long date>".
std::string undated(const std::string& title, const core::Date& date) {
    const std::string suffix = ", " + date.toLongString();
    return title.ends_with(suffix) ? title.substr(0, title.size() - suffix.size()) : title;
}

// The entities the comparison is about: those with a category of their own (counted) in either
// scene, with the category.
std::map<std::string, std::string> ownCategories(const MapScene& scene) {
    std::map<std::string, std::string> categories;
    for (const auto& [code, label] : scene.categoryOf) {
        if (!scene.uncounted.contains(code)) {
            categories.emplace(code, label);
        }
    }
    return categories;
}

// The scene's entities that exist on `date` (a scene gives every entity some style).
std::map<std::string, std::string>
existingCategories(const core::Dataset& dataset, const MapScene& scene, const core::Date& date) {
    auto categories = ownCategories(scene);
    std::erase_if(categories, [&](const auto& entry) {
        const core::Entity* entity = dataset.entity(entry.first);
        return entity == nullptr || !entity->existsOn(date);
    });
    return categories;
}

core::Date fromDateOf(const ViewSpec& view) {
    auto from = core::Date::parse(view.from);
    if (view.from.empty() || !from) {
        throw core::UsageError("changes: needs a first date: --from YYYY-MM-DD, or " +
                               std::string("changes@YYYY-MM-DD:VIEW") +
                               (view.from.empty() ? "" : " (got '" + view.from + "')"));
    }
    return *from;
}

// Legend wording for two views of the same kind.
struct AgreementLabels {
    std::string both, first, second, neither;
};

std::string nameIn(const core::Dataset& dataset, const ViewSpec& view) {
    if (view.kind == ViewSpec::Kind::Membership) {
        std::string joined;
        for (const auto& name : view.names) {
            const auto* organisation = dataset.organisation(name);
            joined += (joined.empty() ? "" : "+") + (organisation ? organisation->code : name);
        }
        return joined;
    }
    if (view.kind == ViewSpec::Kind::Where) {
        return view.expression;
    }
    const auto* entity = dataset.entity(view.names.front());
    return entity ? entity->name : view.names.front();
}

AgreementLabels agreementLabels(const core::Dataset& dataset, const ViewSpec& a,
                                const ViewSpec& b) {
    const auto first = nameIn(dataset, a);
    const auto second = nameIn(dataset, b);
    if (a.kind == b.kind && a.kind == ViewSpec::Kind::Observer) {
        return {"Both recognise", "Only " + first + " recognises", "Only " + second + " recognises",
                "Neither recognises"};
    }
    if (a.kind == b.kind && a.kind == ViewSpec::Kind::Membership) {
        return {"Member of both", "Member of " + first + " only", "Member of " + second + " only",
                "Member of neither"};
    }
    if (a.kind == b.kind && a.kind == ViewSpec::Kind::Recognition) {
        return {"Recognises both", "Recognises " + first + " only",
                "Recognises " + second + " only", "Recognises neither"};
    }
    return {"Both", "Only " + a.toString(), "Only " + b.toString(), "Neither"};
}

} // namespace

bool isPositiveCategory(const std::string& label) {
    return label.starts_with("Recognises") || label == "Recognised" ||
           label.starts_with("Presumed") || label == "Matches" ||
           (label.starts_with("Member") && label != "Member of none");
}

std::vector<CategoryChange> categoryChanges(const core::Dataset& dataset, const ViewSpec& view,
                                            const core::Date& from, const core::Date& to,
                                            const Palette& palette) {
    const auto before =
        existingCategories(dataset, thematicScene(dataset, view, from, palette), from);
    const auto after = existingCategories(dataset, thematicScene(dataset, view, to, palette), to);
    std::set<std::string> codes;
    for (const auto* side : {&before, &after}) {
        for (const auto& [code, label] : *side) {
            codes.insert(code);
        }
    }
    std::vector<CategoryChange> changes;
    for (const auto& code : codes) {
        CategoryChange change{code, "", "", ""};
        auto was = before.find(code);
        auto is = after.find(code);
        change.before = was == before.end() ? "" : was->second;
        change.after = is == after.end() ? "" : is->second;
        if (was == before.end()) {
            change.change = isPositiveCategory(change.after) ? "Gained (came into existence)"
                                                             : "Came into existence";
        } else if (is == after.end()) {
            change.change = isPositiveCategory(change.before) ? "Lost (went out of existence)"
                                                              : "Went out of existence";
        } else if (isPositiveCategory(change.after) && !isPositiveCategory(change.before)) {
            change.change = "Gained";
        } else if (isPositiveCategory(change.before) && !isPositiveCategory(change.after)) {
            change.change = "Lost";
        } else if (change.before != change.after) {
            change.change = "Changed category";
        } else {
            change.change = "Unchanged";
        }
        changes.push_back(std::move(change));
    }
    return changes;
}

std::vector<DetailEvent> eventsBetween(const core::Dataset& dataset, const ViewSpec& view,
                                       const std::string& code, const core::Date& from,
                                       const core::Date& to) {
    auto events = entityDetails(dataset, view, Worldview{}, to, code).events;
    const auto first = from.toString();
    const auto last = to.toString();
    std::erase_if(events, [&](const DetailEvent& event) {
        return event.date.empty() || event.date <= first || event.date > last;
    });
    return events;
}

MapScene changeScene(const core::Dataset& dataset, const ViewSpec& view, const core::Date& to,
                     const Palette& palette) {
    const auto& compared = view.parts.front();
    const auto from = fromDateOf(view);
    const auto changes = categoryChanges(dataset, compared, from, to, palette);
    SceneBuilder builder(dataset, to);
    const std::map<std::string, size_t> categories{
        {"Gained", builder.category("Gained", EntityStyle::solid(palette.positive))},
        {"Lost", builder.category("Lost", EntityStyle::solid(palette.negative))},
        {"Gained (came into existence)",
         builder.category("Gained (came into existence)",
                          EntityStyle::hatching(palette.positive, palette.presumed))},
        {"Lost (went out of existence)",
         builder.category("Lost (went out of existence)",
                          EntityStyle::hatching(palette.negative, palette.none))},
        {"Changed category",
         builder.category("Changed category", EntityStyle::solid(palette.caution))},
        {"Came into existence",
         builder.category("Came into existence",
                          EntityStyle::hatching(palette.presumed, palette.positive))},
        {"Went out of existence",
         builder.category("Went out of existence",
                          EntityStyle::hatching(palette.none, palette.negative))},
        {"Unchanged", builder.category("Unchanged", EntityStyle::solid(palette.none), true, true)}};
    for (const auto& change : changes) {
        if (const auto* entity = dataset.entity(change.code)) {
            builder.assign(*entity, categories.at(change.change));
        }
        if (change.change != "Unchanged") {
            for (const auto& event : eventsBetween(dataset, compared, change.code, from, to)) {
                for (const auto& citation : event.citations) {
                    builder.cite({citation.sourceId});
                }
            }
        }
    }
    const auto title = undated(thematicScene(dataset, compared, to, palette).title, to) +
                       ": changes from " + from.toLongString() + " to " + to.toLongString();
    auto scene = builder.finish(palette.absent, title, compared.kind != ViewSpec::Kind::Membership);
    // The title carries both dates; the builder adds nothing after it.
    return scene;
}

MapScene agreementScene(const core::Dataset& dataset, const ViewSpec& view, const core::Date& date,
                        const Palette& palette) {
    const auto& a = view.parts.front();
    const auto& b = view.parts.back();
    const auto first = thematicScene(dataset, a, date, palette);
    const auto second = thematicScene(dataset, b, date, palette);
    const auto labels = agreementLabels(dataset, a, b);
    SceneBuilder builder(dataset, date);
    const auto compared = builder.category("Itself (one of the two compared)",
                                           EntityStyle::solid(palette.subject), false);
    const auto both = builder.category(labels.both, EntityStyle::solid(palette.positive));
    const auto onlyFirst = builder.category(labels.first, EntityStyle::solid(palette.caution));
    const auto onlySecond = builder.category(labels.second, EntityStyle::solid(palette.presumed));
    const auto neither =
        builder.category(labels.neither, EntityStyle::solid(palette.none), true, true);
    // The two observers (or subjects) themselves.
    std::set<std::string> comparedCodes;
    for (const auto& part : view.parts) {
        if (part.kind == ViewSpec::Kind::Observer || part.kind == ViewSpec::Kind::Recognition) {
            if (const auto* entity = dataset.entity(part.names.front())) {
                comparedCodes.insert(entity->code);
            }
        }
    }
    auto isCompared = [&](const std::string& code) {
        return comparedCodes.contains(code);
    };
    const auto yesFirst = existingCategories(dataset, first, date);
    const auto yesSecond = existingCategories(dataset, second, date);
    std::set<std::string> codes;
    for (const auto* side : {&yesFirst, &yesSecond}) {
        for (const auto& [code, label] : *side) {
            codes.insert(code);
        }
    }
    for (const auto& code : codes) {
        const core::Entity* entity = dataset.entity(code);
        if (entity == nullptr) {
            continue;
        }
        if (isCompared(code)) {
            builder.assign(*entity, compared);
            continue;
        }
        auto inFirst = yesFirst.find(code);
        auto inSecond = yesSecond.find(code);
        const bool x = inFirst != yesFirst.end() && isPositiveCategory(inFirst->second);
        const bool y = inSecond != yesSecond.end() && isPositiveCategory(inSecond->second);
        builder.assign(*entity, x && y ? both : x ? onlyFirst : y ? onlySecond : neither);
        if (x || y) {
            for (const auto& part : view.parts) {
                for (const auto& event :
                     entityDetails(dataset, part, Worldview{}, date, code).events) {
                    for (const auto& citation : event.citations) {
                        builder.cite({citation.sourceId});
                    }
                }
            }
        }
    }
    const bool territoriesInherit =
        a.kind != ViewSpec::Kind::Membership && b.kind != ViewSpec::Kind::Membership;
    return builder.finish(palette.absent,
                          "Agreement: " + undated(first.title, date) + " and " +
                              undated(second.title, date) + ", " + date.toLongString(),
                          territoriesInherit);
}

} // namespace recmap::scene
