// The time model on a hand-built dataset: the edge cases of "last confirmed event on or before".

#include "core/status.hpp"

#include <gtest/gtest.h>

using namespace recmap::core;

namespace {

Date d(const char* text) {
    return *Date::parse(text);
}

Entity entity(const char* code, EntityKind kind, std::optional<Date> from = {},
              std::optional<Date> to = {}) {
    Entity e;
    e.code = code;
    e.name = code;
    e.kind = kind;
    e.existsFrom = from;
    e.existsTo = to;
    return e;
}

RecognitionEvent recognition(const char* subject, const char* recogniser, const char* date,
                             RecognitionAction action,
                             Confidence confidence = Confidence::Confirmed) {
    return {subject, recogniser, d(date), action, confidence, {"s1"}, "", {}};
}

MembershipEvent membership(const char* organisation, const char* member, const char* date,
                           MembershipAction action, Confidence confidence = Confidence::Confirmed) {
    return {organisation, member, d(date), action, confidence, {"s1"}, "", {}};
}

class TimeModel : public ::testing::Test {
  protected:
    void SetUp() override {
        data.addEntity(entity("AAA", EntityKind::UnMember));
        data.addEntity(entity("BBB", EntityKind::UnMember));
        data.addEntity(entity("CCC", EntityKind::UnMember));
        data.addEntity(entity("XXA", EntityKind::PartiallyRecognised, d("2008-02-17")));
        data.addEntity(entity("OLD", EntityKind::Historical, {}, d("1991-12-26")));
        Organisation org;
        org.code = "ORG";
        org.name = "Organisation";
        data.addOrganisation(org);
        data.addRecognition(recognition("XXA", "AAA", "2008-02-18", RecognitionAction::Recognise));
        data.addRecognition(recognition("XXA", "BBB", "2008-03", RecognitionAction::Recognise));
        data.addRecognition(recognition("XXA", "BBB", "2018-11-02", RecognitionAction::Withdraw,
                                        Confidence::Disputed));
        data.addRecognition(recognition("XXA", "CCC", "2009", RecognitionAction::Recognise));
        data.addRecognition(recognition("XXA", "CCC", "2012-05-01", RecognitionAction::Withdraw));
        data.addRecognition(recognition("XXA", "CCC", "2014-06-30", RecognitionAction::Recognise));
        data.addRecognition(recognition("BBB", "AAA", "1992-01-01", RecognitionAction::Refuse));
        data.addRecognition(recognition("XXA", "OLD", "1990", RecognitionAction::Recognise));
        data.addMembership(membership("ORG", "AAA", "1949-04-04", MembershipAction::Join));
        data.addMembership(membership("ORG", "BBB", "2010-06-17", MembershipAction::Candidate));
        data.addMembership(membership("ORG", "BBB", "2015-03-12", MembershipAction::Lapse));
        data.addMembership(membership("ORG", "CCC", "2000-01-01", MembershipAction::Join));
        data.addMembership(membership("ORG", "CCC", "2011-11-16", MembershipAction::Suspend));
        data.addMembership(membership("ORG", "CCC", "2023-05-07", MembershipAction::Resume));
        data.addMembership(
            membership("ORG", "CCC", "2024-01-01", MembershipAction::Leave, Confidence::Disputed));
        data.finalise();
    }
    Dataset data;
};

} // namespace

TEST_F(TimeModel, TheDayOfTheEventCounts) {
    EXPECT_EQ(recognitionStatus(data, "XXA", "AAA", d("2008-02-17")).status,
              RecognitionStatus::NoRecord);
    const auto state = recognitionStatus(data, "XXA", "AAA", d("2008-02-18"));
    EXPECT_EQ(state.status, RecognitionStatus::Recognises);
    ASSERT_NE(state.decisive, nullptr);
    EXPECT_EQ(state.decisive->date.toString(), "2008-02-18");
}

TEST_F(TimeModel, WithdrawalThenRecognitionAgain) {
    EXPECT_TRUE(recognitionStatus(data, "XXA", "CCC", d("2012-04-30")).recognises());
    EXPECT_EQ(recognitionStatus(data, "XXA", "CCC", d("2012-05-01")).status,
              RecognitionStatus::Withdrawn);
    EXPECT_EQ(recognitionStatus(data, "XXA", "CCC", d("2014-06-29")).status,
              RecognitionStatus::Withdrawn);
    EXPECT_TRUE(recognitionStatus(data, "XXA", "CCC", d("2014-06-30")).recognises());
}

TEST_F(TimeModel, PartialDatesTakeEffectAtTheStartOfTheirPeriod) {
    EXPECT_FALSE(recognitionStatus(data, "XXA", "BBB", d("2008-02-29")).recognises());
    EXPECT_TRUE(recognitionStatus(data, "XXA", "BBB", d("2008-03-01")).recognises());
    EXPECT_EQ(recognitionStatus(data, "XXA", "BBB", d("2008-03-01")).decisive->date.toString(),
              "2008-03");
    EXPECT_TRUE(recognitionStatus(data, "XXA", "CCC", d("2009-01-01")).recognises());
}

TEST_F(TimeModel, DisputedEventsAreReportedButDoNotDecide) {
    const auto state = recognitionStatus(data, "XXA", "BBB", d("2020-01-01"));
    EXPECT_EQ(state.status, RecognitionStatus::Recognises);
    ASSERT_NE(state.disputed, nullptr);
    EXPECT_EQ(state.disputed->action, RecognitionAction::Withdraw);
    EXPECT_EQ(recognitionStatus(data, "XXA", "BBB", d("2018-11-01")).disputed, nullptr);
}

TEST_F(TimeModel, EntitiesThatDoNotExistHaveNoStatus) {
    // The subject did not exist yet; the observer ceased to exist.
    EXPECT_EQ(recognitionStatus(data, "XXA", "AAA", d("2000-01-01")).status,
              RecognitionStatus::NotExisting);
    EXPECT_EQ(recognitionStatus(data, "XXA", "OLD", d("2010-01-01")).status,
              RecognitionStatus::NotExisting);
    EXPECT_EQ(recognitionStatus(data, "XXA", "XXA", d("2010-01-01")).status,
              RecognitionStatus::Itself);
}

TEST_F(TimeModel, RecognitionBetweenUnMembersIsPresumedUnlessRecorded) {
    const auto presumed = recognitionStatus(data, "CCC", "AAA", d("2000-01-01"));
    EXPECT_EQ(presumed.status, RecognitionStatus::Presumed);
    EXPECT_TRUE(presumed.recognises());
    EXPECT_EQ(presumed.decisive, nullptr);
    EXPECT_EQ(recognitionStatus(data, "BBB", "AAA", d("2000-01-01")).status,
              RecognitionStatus::Refuses);
    // No presumption for an entity that is not a UN member.
    EXPECT_EQ(recognitionStatus(data, "XXA", "BBB", d("2008-02-20")).status,
              RecognitionStatus::NoRecord);
}

TEST_F(TimeModel, MembershipStates) {
    EXPECT_FALSE(membershipStatus(data, "ORG", "AAA", d("1949-04-03")).member());
    EXPECT_TRUE(membershipStatus(data, "ORG", "AAA", d("1949-04-04")).member());
    EXPECT_EQ(membershipStatus(data, "ORG", "BBB", d("2012-01-01")).status,
              MembershipStatus::Candidate);
    EXPECT_EQ(membershipStatus(data, "ORG", "BBB", d("2016-01-01")).status, MembershipStatus::None);
    EXPECT_EQ(membershipStatus(data, "ORG", "CCC", d("2015-01-01")).status,
              MembershipStatus::Suspended);
    EXPECT_TRUE(membershipStatus(data, "ORG", "CCC", d("2023-05-07")).member());
    const auto disputedLeave = membershipStatus(data, "ORG", "CCC", d("2025-01-01"));
    EXPECT_TRUE(disputedLeave.member());
    ASSERT_NE(disputedLeave.disputed, nullptr);
}

TEST_F(TimeModel, EntitiesOnADateLeaveOutThoseNotExisting) {
    std::vector<std::string> codes;
    for (const auto* e : entitiesOn(data, d("1990-01-01"))) {
        codes.push_back(e->code);
    }
    EXPECT_EQ(codes, (std::vector<std::string>{"AAA", "BBB", "CCC", "OLD"}));
}
