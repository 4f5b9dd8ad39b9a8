#include "scene/view_spec.hpp"

#include "core/error.hpp"
#include "core/text.hpp"

namespace recmap::scene {

ViewSpec ViewSpec::parse(std::string_view text) {
    ViewSpec view;
    if (text == "countries") {
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
            "where:EXPR)");
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
                               "' (countries, recognition, observer, membership, where)");
    }
    return view;
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
    }
    return "countries";
}

} // namespace recmap::scene
