#include "scene/view_spec.hpp"

#include "core/error.hpp"
#include "core/text.hpp"

namespace recmap::scene {

namespace {

constexpr const char* simpleKinds[] = {"countries",
                                       "recognition:", "observer:", "membership:", "where:"};

// agree:A,B: the comma before B is the first one followed by a view kind (membership:NATO,EU
// keeps its own commas).
std::pair<std::string_view, std::string_view> splitPair(std::string_view text) {
    for (size_t at = text.find(','); at != std::string_view::npos; at = text.find(',', at + 1)) {
        const auto rest = core::trim(text.substr(at + 1));
        for (const char* kind : simpleKinds) {
            if (rest.starts_with(kind)) {
                return {core::trim(text.substr(0, at)), rest};
            }
        }
    }
    throw core::UsageError("agree: needs two views, e.g. agree:observer:RUS,observer:USA, got '" +
                           std::string(text) + "'");
}

} // namespace

ViewSpec ViewSpec::parse(std::string_view text) {
    ViewSpec view;
    if (text == "countries") {
        return view;
    }
    if (text.starts_with("changes:") || text.starts_with("changes@")) {
        view.kind = Kind::Changes;
        auto rest = text.substr(7);
        if (rest.front() == '@') {
            const auto colon = rest.find(':');
            if (colon == std::string_view::npos) {
                throw core::UsageError("changes@DATE:VIEW needs a ':' and a view after the date, "
                                       "got '" +
                                       std::string(text) + "'");
            }
            view.from = std::string(rest.substr(1, colon - 1));
            rest = rest.substr(colon);
        }
        view.parts = {parse(core::trim(rest.substr(1)))};
        if (view.parts.front().kind == Kind::Countries ||
            view.parts.front().kind == Kind::Changes ||
            view.parts.front().kind == Kind::Agreement) {
            throw core::UsageError("changes: compares a recognition, observer, membership or "
                                   "where view, got '" +
                                   std::string(text) + "'");
        }
        return view;
    }
    if (text.starts_with("agree:")) {
        view.kind = Kind::Agreement;
        const auto [first, second] = splitPair(text.substr(6));
        view.parts = {parse(first), parse(second)};
        for (const auto& part : view.parts) {
            if (part.kind == Kind::Countries || part.kind == Kind::Changes ||
                part.kind == Kind::Agreement) {
                throw core::UsageError("agree: compares two recognition, observer, membership or "
                                       "where views, got '" +
                                       std::string(text) + "'");
            }
        }
        return view;
    }
    const auto colon = text.find(':');
    const std::string kind(text.substr(0, colon));
    const std::string_view rest =
        colon == std::string_view::npos ? std::string_view{} : text.substr(colon + 1);
    if (colon == std::string_view::npos || core::trim(rest).empty()) {
        throw core::UsageError(
            "unknown view '" + std::string(text) +
            "' (countries, recognition:SUBJECT, observer:STATE, membership:ORG[,ORG...], "
            "where:EXPR, changes:VIEW, agree:VIEW,VIEW)");
    }
    if (kind == "recognition" || kind == "observer") {
        view.kind = kind == "recognition" ? Kind::Recognition : Kind::Observer;
        view.names = {std::string(core::trim(rest))};
    } else if (kind == "membership") {
        view.kind = Kind::Membership;
        view.names = core::splitList(rest, ',');
        if (view.names.size() > 6) {
            throw core::UsageError("membership: at most 6 organisations in one view");
        }
    } else if (kind == "where") {
        view.kind = Kind::Where;
        view.expression = std::string(rest);
    } else {
        throw core::UsageError("unknown view kind '" + kind +
                               "' (countries, recognition, observer, membership, where, changes, "
                               "agree)");
    }
    return view;
}

std::vector<std::string> ViewSpec::namesAbout() const {
    auto all = names;
    for (const auto& part : parts) {
        const auto more = part.namesAbout();
        all.insert(all.end(), more.begin(), more.end());
    }
    return all;
}

std::string ViewSpec::toString() const {
    switch (kind) {
    case Kind::Countries:
        return "countries";
    case Kind::Recognition:
        return "recognition:" + names.front();
    case Kind::Observer:
        return "observer:" + names.front();
    case Kind::Membership: {
        std::string text = "membership:";
        for (size_t i = 0; i < names.size(); ++i) {
            text += (i ? "," : "") + names[i];
        }
        return text;
    }
    case Kind::Where:
        return "where:" + expression;
    case Kind::Changes:
        return "changes" + (from.empty() ? "" : "@" + from) + ":" + parts.front().toString();
    case Kind::Agreement:
        return "agree:" + parts.front().toString() + "," + parts.back().toString();
    }
    return "countries";
}

} // namespace recmap::scene
