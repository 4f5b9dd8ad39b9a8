#include "scene/thematic_scene.hpp"

#include "scene/comparison_scene.hpp"

#include <algorithm>

#include "core/error.hpp"
#include "core/query.hpp"
#include "core/status.hpp"
#include "scene/scene_builder.hpp"

namespace recmap::scene {
namespace {

const core::Entity& entityNamed(const core::Dataset& dataset, const std::string& name) {
    const core::Entity* entity = dataset.entity(name);
    if (entity == nullptr) {
        throw core::UsageError("unknown entity '" + name + "' in the view");
    }
    return *entity;
}

// Recognition of `subject` by every entity (recognition:X), or of every entity by `observer`
// (observer:S): the same statuses, seen from either side.
MapScene recognitionScene(const core::Dataset& dataset, const core::Entity& focus,
                          bool focusIsSubject, const core::Date& date, const Palette& p) {
    SceneBuilder builder(dataset, date);
    const auto itself = builder.category(focus.name + (focusIsSubject ? "" : " (observer)"),
                                         EntityStyle::solid(p.subject), false);
    const auto claimant = builder.category("Claims its territory", EntityStyle::solid(p.claimant));
    const auto recognises = builder.category(focusIsSubject ? "Recognises" : "Recognised",
                                             EntityStyle::solid(p.positive));
    const auto disputedWithdrawal = builder.category("Recognises; withdrawal disputed",
                                                     EntityStyle::hatching(p.positive, p.caution));
    const auto brokenOff = builder.category("Recognises; diplomatic relations broken off",
                                            EntityStyle::hatching(p.positive, p.refused));
    const auto presumed =
        builder.category("Presumed (UN members, no record)", EntityStyle::solid(p.presumed));
    const auto suspended =
        builder.category("Recognition suspended or frozen", EntityStyle::solid(p.suspended));
    const auto withdrawn =
        builder.category("Recognition withdrawn", EntityStyle::solid(p.negative));
    const auto refused =
        builder.category("Does not recognise (on record)", EntityStyle::solid(p.refused));
    const auto disputedRecognition =
        builder.category("Recognition disputed", EntityStyle::hatching(p.none, p.caution));
    const auto none =
        builder.category("No recognition recorded", EntityStyle::solid(p.none), true, true);

    // States, and territories with a recognition of their own on record (the Cook Islands and
    // Niue recognise Kosovo): the same entities `query recognisers` lists.
    auto entities = core::entitiesOn(dataset, date);
    for (const auto& entity : dataset.entities()) {
        if (entity.kind == core::EntityKind::Territory && entity.existsOn(date) &&
            !(focusIsSubject ? dataset.recognitionHistory(focus.code, entity.code)
                             : dataset.recognitionHistory(entity.code, focus.code))
                 .empty()) {
            entities.push_back(&entity);
        }
    }
    for (const core::Entity* entity : entities) {
        if (entity->code == focus.code) {
            builder.assign(*entity, itself);
            continue;
        }
        if (focusIsSubject && std::find(focus.claimedBy.begin(), focus.claimedBy.end(),
                                        entity->code) != focus.claimedBy.end()) {
            builder.assign(*entity, claimant);
            continue;
        }
        const auto state = focusIsSubject
                               ? core::recognitionStatus(dataset, focus.code, entity->code, date)
                               : core::recognitionStatus(dataset, entity->code, focus.code, date);
        if (state.decisive) {
            builder.cite(state.decisive->sources);
        }
        if (state.disputed) {
            builder.cite(state.disputed->sources);
        }
        const bool disputedNegative =
            state.disputed && state.disputed->action != core::RecognitionAction::Recognise &&
            state.disputed->action != core::RecognitionAction::Resume;
        if (state.relations) {
            builder.cite(state.relations->sources);
        }
        if (state.recognises() && state.relationsBroken() && !disputedNegative) {
            builder.assign(*entity, brokenOff);
            continue;
        }
        switch (state.status) {
        case core::RecognitionStatus::Recognises:
            builder.assign(*entity, disputedNegative ? disputedWithdrawal : recognises);
            break;
        case core::RecognitionStatus::Presumed:
            builder.assign(*entity, presumed);
            break;
        case core::RecognitionStatus::Suspended:
            builder.assign(*entity, suspended);
            break;
        case core::RecognitionStatus::Withdrawn:
            builder.assign(*entity, withdrawn);
            break;
        case core::RecognitionStatus::Refuses:
            builder.assign(*entity, refused);
            break;
        case core::RecognitionStatus::NoRecord:
            builder.assign(*entity, state.disputed ? disputedRecognition : none);
            break;
        case core::RecognitionStatus::Itself:
        case core::RecognitionStatus::NotExisting:
            break;
        }
    }
    const std::string title =
        focusIsSubject ? "Recognition of " + focus.name : "Recognition by " + focus.name;
    auto scene = builder.finish(p.absent, title + ", " + date.toLongString(), true);
    if (focusIsSubject) {
        scene.focus = focus.code;
    }
    return scene;
}

MapScene membershipScene(const core::Dataset& dataset, const std::vector<std::string>& names,
                         const core::Date& date, const Palette& p) {
    std::vector<const core::Organisation*> organisations;
    for (const auto& name : names) {
        const core::Organisation* organisation = dataset.organisation(name);
        if (organisation == nullptr) {
            throw core::UsageError("unknown organisation '" + name + "' in the view");
        }
        organisations.push_back(organisation);
    }
    SceneBuilder builder(dataset, date);
    std::string joinedCodes;
    for (size_t i = 0; i < organisations.size(); ++i) {
        joinedCodes += (i == 0                          ? ""
                        : i + 1 == organisations.size() ? " and "
                                                        : ", ") +
                       organisations[i]->code;
    }
    if (organisations.size() == 1) {
        const auto& code = organisations.front()->code;
        const auto member = builder.category("Member", EntityStyle::solid(p.positive));
        const auto memberDisputed = builder.category("Member; leaving or suspension disputed",
                                                     EntityStyle::hatching(p.positive, p.caution));
        const auto candidate = builder.category("Candidate", EntityStyle::solid(p.presumed));
        const auto associate =
            builder.category("Observer or partner", EntityStyle::solid(p.caution));
        const auto suspended = builder.category("Suspended", EntityStyle::solid(p.suspended));
        const auto former = builder.category("Former member", EntityStyle::solid(p.negative));
        const auto disputedJoin =
            builder.category("Membership disputed", EntityStyle::hatching(p.none, p.caution));
        const auto none = builder.category("Not a member", EntityStyle::solid(p.none), true, true);
        for (const core::Entity* entity : core::entitiesOn(dataset, date)) {
            const auto state = core::membershipStatus(dataset, code, entity->code, date);
            if (state.decisive) {
                builder.cite(state.decisive->sources);
            }
            switch (state.status) {
            case core::MembershipStatus::Member:
                builder.assign(*entity, state.disputed ? memberDisputed : member);
                break;
            case core::MembershipStatus::Candidate:
                builder.assign(*entity, candidate);
                break;
            case core::MembershipStatus::Observer:
            case core::MembershipStatus::Partner:
                builder.assign(*entity, associate);
                break;
            case core::MembershipStatus::Suspended:
                builder.assign(*entity, suspended);
                break;
            case core::MembershipStatus::Former:
                builder.assign(*entity, former);
                break;
            case core::MembershipStatus::None:
                builder.assign(*entity, state.disputed ? disputedJoin : none);
                break;
            }
        }
        return builder.finish(
            p.absent, "Members of " + organisations.front()->name + ", " + date.toLongString(),
            false);
    }
    // Several organisations: a category per combination met, members of two or more hatched with
    // the colours of the first two.
    std::map<std::vector<size_t>, size_t> categoryOf;
    std::vector<const core::Entity*> inNone;
    for (const core::Entity* entity : core::entitiesOn(dataset, date)) {
        std::vector<size_t> memberOf;
        for (size_t i = 0; i < organisations.size(); ++i) {
            const auto state =
                core::membershipStatus(dataset, organisations[i]->code, entity->code, date);
            if (state.member()) {
                memberOf.push_back(i);
                builder.cite(state.decisive->sources);
            }
        }
        if (memberOf.empty()) {
            inNone.push_back(entity);
            continue;
        }
        auto found = categoryOf.find(memberOf);
        if (found == categoryOf.end()) {
            std::string label;
            for (size_t k = 0; k < memberOf.size(); ++k) {
                label += (k == 0                     ? ""
                          : k + 1 == memberOf.size() ? " and "
                                                     : ", ") +
                         organisations[memberOf[k]]->code;
            }
            const Rgba first = p.series[memberOf[0] % p.series.size()];
            const EntityStyle style =
                memberOf.size() == 1
                    ? EntityStyle::solid(first)
                    : EntityStyle::hatching(first, p.series[memberOf[1] % p.series.size()]);
            found = categoryOf.emplace(memberOf, builder.category(label, style)).first;
        }
        builder.assign(*entity, found->second);
    }
    const auto none = builder.category("Member of none", EntityStyle::solid(p.none), true, true);
    for (const auto* entity : inNone) {
        builder.assign(*entity, none);
    }
    return builder.finish(p.absent, "Members of " + joinedCodes + ", " + date.toLongString(),
                          false);
}

MapScene whereScene(const core::Dataset& dataset, const std::string& expression,
                    const core::Date& date, const Palette& p) {
    const core::CompiledQuery query(expression, dataset);
    SceneBuilder builder(dataset, date);
    const auto matches = builder.category("Matches", EntityStyle::solid(p.positive));
    const auto rest = builder.category("Does not match", EntityStyle::solid(p.none), true, true);
    for (const core::Entity* entity : core::entitiesOn(dataset, date)) {
        builder.assign(*entity, query.matches(*entity, date) ? matches : rest);
    }
    return builder.finish(p.absent, expression + ", " + date.toLongString(), false);
}

} // namespace

MapScene thematicScene(const core::Dataset& dataset, const ViewSpec& view, const core::Date& date,
                       const Palette& palette) {
    switch (view.kind) {
    case ViewSpec::Kind::Recognition:
        return recognitionScene(dataset, entityNamed(dataset, view.names.front()), true, date,
                                palette);
    case ViewSpec::Kind::Observer:
        return recognitionScene(dataset, entityNamed(dataset, view.names.front()), false, date,
                                palette);
    case ViewSpec::Kind::Membership:
        return membershipScene(dataset, view.names, date, palette);
    case ViewSpec::Kind::Where:
        return whereScene(dataset, view.expression, date, palette);
    case ViewSpec::Kind::Changes:
        return changeScene(dataset, view, date, palette);
    case ViewSpec::Kind::Agreement:
        return agreementScene(dataset, view, date, palette);
    case ViewSpec::Kind::Countries:
        break;
    }
    throw core::UsageError("the countries view has no thematic scene");
}

} // namespace recmap::scene
