#include "core/query.hpp"

#include <gtest/gtest.h>

using namespace recmap::core;

namespace {

size_t errorColumn(const std::string& text) {
    try {
        (void)parseQuery(text);
    } catch (const QueryError& error) {
        return error.column();
    }
    return 0;
}

Dataset smallDataset() {
    Dataset data;
    for (const char* code : {"AAA", "BBB", "CCC"}) {
        Entity e;
        e.code = code;
        e.name = std::string("Name ") + code;
        e.kind = EntityKind::UnMember;
        data.addEntity(e);
    }
    Entity contested;
    contested.code = "XNC";
    contested.name = "Northern Cyprus";
    contested.kind = EntityKind::PartiallyRecognised;
    data.addEntity(contested);
    Organisation org;
    org.code = "NATO";
    org.name = "North Atlantic Treaty Organization";
    data.addOrganisation(org);
    auto date = *Date::parse("2000-01-01");
    data.addMembership(
        {"NATO", "AAA", date, MembershipAction::Join, Confidence::Confirmed, {"s"}, "", {}});
    data.addMembership(
        {"NATO", "BBB", date, MembershipAction::Join, Confidence::Confirmed, {"s"}, "", {}});
    data.addRecognition(
        {"XNC", "BBB", date, RecognitionAction::Recognise, Confidence::Confirmed, {"s"}, "", {}});
    data.addRecognition(
        {"XNC", "CCC", date, RecognitionAction::Recognise, Confidence::Confirmed, {"s"}, "", {}});
    data.addRecognition({"XNC",
                         "CCC",
                         *Date::parse("2005-05-05"),
                         RecognitionAction::Withdraw,
                         Confidence::Confirmed,
                         {"s"},
                         "",
                         {}});
    data.finalise();
    return data;
}

std::vector<std::string> select(const Dataset& data, const std::string& query,
                                const char* date = "2010-01-01") {
    std::vector<std::string> codes;
    for (const auto* entity : CompiledQuery(query, data).select(*Date::parse(date))) {
        codes.push_back(entity->code);
    }
    return codes;
}

} // namespace

TEST(QueryParser, ParsesPrecedenceAndParentheses) {
    const auto tree = parseQuery("member(NATO) or not recognises(XKX) and is(FRA)");
    ASSERT_EQ(tree->kind, QueryNode::Kind::Or); // and binds tighter than or
    EXPECT_EQ(tree->children[1]->kind, QueryNode::Kind::And);
    EXPECT_EQ(tree->children[1]->children[0]->kind, QueryNode::Kind::Not);
    const auto grouped = parseQuery("(member(NATO) or is(FRA)) AND NOT kind(territory)");
    EXPECT_EQ(grouped->kind, QueryNode::Kind::And);
    const auto quoted =
        parseQuery("recognises('Northern Cyprus') and joined(EU, 2004, 2007-12-31)");
    EXPECT_EQ(quoted->children[0]->arguments[0].text, "Northern Cyprus");
    EXPECT_EQ(quoted->children[1]->arguments.size(), 3U);
}

TEST(QueryParser, ChainsOfOneOperatorAreOneNode) {
    const auto tree = parseQuery("is(A) or is(B) or is(C) and is(D) and is(E)");
    ASSERT_EQ(tree->kind, QueryNode::Kind::Or);
    ASSERT_EQ(tree->children.size(), 3U);
    EXPECT_EQ(tree->children[2]->kind, QueryNode::Kind::And);
    EXPECT_EQ(tree->children[2]->children.size(), 3U);
}

TEST(QueryParser, SyntaxErrorsPointAtTheColumn) {
    EXPECT_EQ(errorColumn("member(NATO"), 12U);
    EXPECT_EQ(errorColumn("member(NATO) and"), 17U);
    EXPECT_EQ(errorColumn("member NATO"), 8U);
    EXPECT_EQ(errorColumn("member(NATO) xor is(FRA)"), 14U);
    EXPECT_EQ(errorColumn("recognises('Northern Cyprus)"), 12U);
    EXPECT_EQ(errorColumn("is(FRA) ; drop table entities"), 9U);
    EXPECT_EQ(errorColumn(""), 1U);
    EXPECT_EQ(errorColumn("()"), 2U);
}

TEST(QueryParser, SurvivesAdversarialInput) {
    EXPECT_GT(errorColumn(std::string(100000, '(')), 0U); // nesting limit, no stack overflow
    EXPECT_GT(errorColumn(std::string(300, '(') + "is(A)" + std::string(300, ')')), 0U);
    std::string deepNot;
    for (int i = 0; i < 1000; ++i) {
        deepNot += "not ";
    }
    EXPECT_GT(errorColumn(deepNot + "is(A)"), 0U);
    EXPECT_GT(errorColumn("is(\x01)"), 0U);
    EXPECT_EQ(errorColumn("is('x'' or 1=1 --')"),
              7U); // quotes do not escape: a second string follows
}

// Found by running fuzz/query_fuzzer on a generated input (its 4 KB inputs are too short to
// get there): 100 000 terms joined by `and` made a tree 100 000 deep, and binding it overflowed
// the stack (ASan: stack-overflow in bind()).
TEST(CompiledQuery, LongChainsDoNotOverflowTheStack) {
    const auto data = smallDataset();
    std::string allOf = "is(AAA)";
    std::string anyOf = "is(XNC)";
    for (int i = 0; i < 100000; ++i) {
        allOf += " and member(NATO)";
        anyOf += " or is(BBB)";
    }
    EXPECT_EQ(select(data, allOf), std::vector<std::string>{"AAA"});
    EXPECT_EQ(select(data, anyOf), (std::vector<std::string>{"BBB", "XNC"}));
}

// 10 000 opening parentheses: a clear error at the 201st, not a stack overflow.
TEST(QueryParser, DeepNestingIsAClearError) {
    const std::string text = std::string(10000, '(') + "is(A)" + std::string(10000, ')');
    try {
        (void)parseQuery(text);
        FAIL() << "parsed";
    } catch (const QueryError& error) {
        EXPECT_EQ(error.column(), 201U);
        EXPECT_NE(error.message().find("nested too deeply"), std::string::npos) << error.what();
    }
}

TEST(CompiledQuery, EvaluatesPredicates) {
    const auto data = smallDataset();
    EXPECT_EQ(select(data, "member(NATO)"), (std::vector<std::string>{"AAA", "BBB"}));
    EXPECT_EQ(select(data, "member(nato) and not recognises('Northern Cyprus')"),
              (std::vector<std::string>{"AAA"}));
    EXPECT_EQ(select(data, "recognises(XNC)"), (std::vector<std::string>{"BBB"}));
    EXPECT_EQ(select(data, "withdrew(XNC)"), (std::vector<std::string>{"CCC"}));
    EXPECT_TRUE(select(data, "withdrew(XNC, 2006, 2010)").empty());
    EXPECT_EQ(select(data, "joined(NATO, 1999, 2000-01-01)"),
              (std::vector<std::string>{"AAA", "BBB"}));
    EXPECT_EQ(select(data, "recognised_by(BBB)"), (std::vector<std::string>{"AAA", "CCC", "XNC"}));
    EXPECT_EQ(select(data, "kind(partially_recognised) or is(CCC)"),
              (std::vector<std::string>{"CCC", "XNC"}));
    EXPECT_EQ(select(data, "member(NATO)", "1999-12-31"), std::vector<std::string>{});
}

TEST(CompiledQuery, UnknownNamesPointAtTheirColumn) {
    const auto data = smallDataset();
    auto columnOf = [&](const std::string& text) -> size_t {
        try {
            CompiledQuery query(text, data);
        } catch (const QueryError& error) {
            return error.column();
        }
        return 0;
    };
    EXPECT_EQ(columnOf("member(NATO) and member(WARSAW)"), 25U);
    EXPECT_EQ(columnOf("recognises(Atlantis)"), 12U);
    EXPECT_EQ(columnOf("frobnicate(NATO)"), 1U);
    EXPECT_EQ(columnOf("kind(empire)"), 6U);
    EXPECT_EQ(columnOf("joined(NATO, 2000)"), 1U);
    EXPECT_EQ(columnOf("joined(NATO, 2000, soon)"), 20U);
}
