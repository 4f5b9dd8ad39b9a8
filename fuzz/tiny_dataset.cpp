#include "tiny_dataset.hpp"

namespace recmap::fuzz {
namespace {

core::Date day(const char* text) {
    return *core::Date::parse(text);
}

core::Entity entity(const char* code, const char* name, core::EntityKind kind) {
    core::Entity e;
    e.code = code;
    e.name = name;
    e.kind = kind;
    return e;
}

core::Organisation organisation(const char* code, const char* name) {
    core::Organisation o;
    o.code = code;
    o.name = name;
    return o;
}

} // namespace

core::Dataset tinyDataset() {
    using core::Confidence;
    using core::MembershipAction;
    using core::RecognitionAction;
    core::Dataset data;
    data.addEntity(entity("AAA", "Aland", core::EntityKind::UnMember));
    data.addEntity(entity("BBB", "Bland", core::EntityKind::UnMember));
    data.addEntity(entity("CCC", "Cland", core::EntityKind::UnMember));
    data.addEntity(entity("XNC", "Northern Cyprus", core::EntityKind::PartiallyRecognised));
    data.addEntity(entity("TER", "Territory", core::EntityKind::Territory));
    data.addOrganisation(organisation("NATO", "North Atlantic Treaty Organization"));
    data.addOrganisation(organisation("EU", "European Union"));
    for (const auto& [org, member, date, action] :
         {std::tuple{"NATO", "AAA", "1949-04-04", MembershipAction::Join},
          {"NATO", "BBB", "1999", MembershipAction::Join},
          {"NATO", "BBB", "2005-06", MembershipAction::Suspend},
          {"NATO", "CCC", "2001-01-01", MembershipAction::Candidate},
          {"EU", "AAA", "1995-01-01", MembershipAction::Join},
          {"EU", "AAA", "2020-01-31", MembershipAction::Leave},
          {"EU", "CCC", "2004-05-01", MembershipAction::Observer}}) {
        data.addMembership({org, member, day(date), action, Confidence::Confirmed, {"s"}, "", {}});
    }
    for (const auto& [subject, recogniser, date, action] :
         {std::tuple{"XNC", "BBB", "1983-11-15", RecognitionAction::Recognise},
          {"XNC", "CCC", "1990", RecognitionAction::Recognise},
          {"XNC", "CCC", "2005-05-05", RecognitionAction::Withdraw},
          {"AAA", "BBB", "1950", RecognitionAction::BreakRelations}}) {
        data.addRecognition(
            {subject, recogniser, day(date), action, Confidence::Confirmed, {"s"}, "", {}});
    }
    data.finalise();
    return data;
}

} // namespace recmap::fuzz
