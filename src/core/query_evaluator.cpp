// Binding a parsed query to a dataset, and evaluating it per entity.

#include "core/query.hpp"
#include "core/status.hpp"

#include <algorithm>

namespace recmap::core {
namespace {

enum class Predicate {
    Member,
    Candidate,
    Recognises,
    RecognisedBy,
    Is,
    Kind,
    Joined,
    Left,
    Withdrew,
    Suspended,
    Observer,
    Former,
    RelationsBroken
};

struct FunctionInfo {
    std::string_view name;
    Predicate predicate;
    bool takesRange;
};

constexpr FunctionInfo functions[] = {
    {"member", Predicate::Member, false},
    {"candidate", Predicate::Candidate, false},
    {"recognises", Predicate::Recognises, false},
    {"recognizes", Predicate::Recognises, false},
    {"recognised_by", Predicate::RecognisedBy, false},
    {"recognized_by", Predicate::RecognisedBy, false},
    {"is", Predicate::Is, false},
    {"kind", Predicate::Kind, false},
    {"joined", Predicate::Joined, true},
    {"left", Predicate::Left, true},
    {"withdrew", Predicate::Withdrew, true},
    {"suspended", Predicate::Suspended, false},
    {"observer", Predicate::Observer, false},
    {"former", Predicate::Former, false},
    {"relations_broken", Predicate::RelationsBroken, false},
};

bool takesOrganisation(Predicate p) {
    return p == Predicate::Member || p == Predicate::Candidate || p == Predicate::Joined ||
           p == Predicate::Left || p == Predicate::Suspended || p == Predicate::Observer ||
           p == Predicate::Former;
}

bool inRange(const Date& date, const std::optional<Date>& from, const std::optional<Date>& to,
             const Date& asOf) {
    if (from && date.dayNumber() < from->dayNumber()) {
        return false;
    }
    if (to) {
        return date.dayNumber() <= to->dayNumber();
    }
    return date.dayNumber() <= asOf.dayNumber();
}

} // namespace

struct CompiledQuery::Bound {
    QueryNode::Kind kind = QueryNode::Kind::Call;
    Predicate predicate = Predicate::Is;
    std::string code;
    std::optional<Date> from;
    std::optional<Date> to;
    std::vector<std::unique_ptr<Bound>> children;
};

namespace {

std::unique_ptr<CompiledQuery::Bound> bind(const QueryNode& node, const Dataset& dataset);

} // namespace

CompiledQuery::CompiledQuery(std::string_view text, const Dataset& dataset)
    : m_dataset(&dataset), m_root(bind(*parseQuery(text), dataset)) {}

CompiledQuery::~CompiledQuery() = default;
CompiledQuery::CompiledQuery(CompiledQuery&&) noexcept = default;

namespace {

std::unique_ptr<CompiledQuery::Bound> bind(const QueryNode& node, const Dataset& dataset) {
    auto bound = std::make_unique<CompiledQuery::Bound>();
    bound->kind = node.kind;
    if (node.kind != QueryNode::Kind::Call) {
        for (const auto& child : node.children) {
            bound->children.push_back(bind(*child, dataset));
        }
        return bound;
    }
    const FunctionInfo* info = nullptr;
    for (const auto& candidate : functions) {
        if (candidate.name == node.function) {
            info = &candidate;
        }
    }
    if (info == nullptr) {
        throw QueryError(node.column,
                         "unknown predicate '" + node.function +
                             "' (member, candidate, suspended, observer, former, recognises, "
                             "recognised_by, relations_broken, is, kind, joined, left, withdrew)");
    }
    bound->predicate = info->predicate;
    const size_t count = node.arguments.size();
    if (!(count == 1 || (info->takesRange && count == 3))) {
        throw QueryError(node.column, node.function + "() takes " +
                                          (info->takesRange ? "1 or 3 arguments (NAME, FROM, TO)"
                                                            : "1 argument"));
    }
    const auto& name = node.arguments[0];
    if (takesOrganisation(info->predicate)) {
        const Organisation* organisation = dataset.organisation(name.text);
        if (organisation == nullptr) {
            throw QueryError(name.column, "unknown organisation '" + name.text + "'");
        }
        bound->code = organisation->code;
    } else if (info->predicate == Predicate::Kind) {
        if (!parseEntityKind(name.text)) {
            throw QueryError(name.column, "unknown kind '" + name.text +
                                              "' (un_member, un_observer, partially_recognised, "
                                              "unrecognised, territory, historical)");
        }
        bound->code = name.text;
    } else {
        const Entity* entity = dataset.entity(name.text);
        if (entity == nullptr) {
            throw QueryError(name.column, "unknown entity '" + name.text + "'");
        }
        bound->code = entity->code;
    }
    if (count == 3) {
        for (size_t i = 1; i < 3; ++i) {
            auto date = Date::parse(node.arguments[i].text);
            if (!date) {
                throw QueryError(node.arguments[i].column,
                                 "expected a date YYYY[-MM[-DD]], found '" +
                                     node.arguments[i].text + "'");
            }
            (i == 1 ? bound->from : bound->to) = date;
        }
    }
    return bound;
}

bool evaluate(const CompiledQuery::Bound& node, const Dataset& dataset, const Entity& row,
              const Date& date) {
    switch (node.kind) {
    case QueryNode::Kind::And:
        return std::ranges::all_of(
            node.children, [&](const auto& child) { return evaluate(*child, dataset, row, date); });
    case QueryNode::Kind::Or:
        return std::ranges::any_of(
            node.children, [&](const auto& child) { return evaluate(*child, dataset, row, date); });
    case QueryNode::Kind::Not:
        return !evaluate(*node.children[0], dataset, row, date);
    case QueryNode::Kind::Call:
        break;
    }
    switch (node.predicate) {
    case Predicate::Member:
        return membershipStatus(dataset, node.code, row.code, date).member();
    case Predicate::Candidate:
        return membershipStatus(dataset, node.code, row.code, date).status ==
               MembershipStatus::Candidate;
    case Predicate::Suspended:
        return membershipStatus(dataset, node.code, row.code, date).status ==
               MembershipStatus::Suspended;
    case Predicate::Observer: {
        const auto status = membershipStatus(dataset, node.code, row.code, date).status;
        return status == MembershipStatus::Observer || status == MembershipStatus::Partner;
    }
    case Predicate::Former:
        return membershipStatus(dataset, node.code, row.code, date).status ==
               MembershipStatus::Former;
    case Predicate::RelationsBroken:
        return relationsBrokenBetween(dataset, row.code, node.code, date) != nullptr;
    case Predicate::Recognises:
        return recognitionStatus(dataset, node.code, row.code, date).recognises();
    case Predicate::RecognisedBy:
        return recognitionStatus(dataset, row.code, node.code, date).recognises();
    case Predicate::Is:
        return row.code == node.code;
    case Predicate::Kind:
        return toString(row.kind) == node.code;
    case Predicate::Joined:
    case Predicate::Left: {
        const auto wanted =
            node.predicate == Predicate::Joined ? MembershipAction::Join : MembershipAction::Leave;
        for (const auto* event : dataset.membershipHistory(node.code, row.code)) {
            if (event->action == wanted && event->confidence == Confidence::Confirmed &&
                inRange(event->date, node.from, node.to, date)) {
                return true;
            }
        }
        return false;
    }
    case Predicate::Withdrew:
        for (const auto* event : dataset.recognitionHistory(node.code, row.code)) {
            if (event->action == RecognitionAction::Withdraw &&
                event->confidence == Confidence::Confirmed &&
                inRange(event->date, node.from, node.to, date)) {
                return true;
            }
        }
        return false;
    }
    return false;
}

} // namespace

bool CompiledQuery::matches(const Entity& row, const Date& date) const {
    return evaluate(*m_root, *m_dataset, row, date);
}

std::vector<const Entity*> CompiledQuery::select(const Date& date) const {
    std::vector<const Entity*> result;
    for (const Entity* entity : entitiesOn(*m_dataset, date)) {
        if (matches(*entity, date)) {
            result.push_back(entity);
        }
    }
    return result;
}

} // namespace recmap::core
