#include "store/entity_table.hpp"

#include <gtest/gtest.h>

using namespace recmap::store;

namespace {

const char* const header =
    "code,qid,name,aliases,kind,claimed_by,exists_from,exists_to,boundary_key,sources\n";

EntityTable load(const std::string& rows, Findings& findings) {
    return EntityTable::fromCsv(parseCsv(header + rows, "entities.csv", findings), findings);
}

} // namespace

TEST(EntityTable, FindsEntitiesByAnyName) {
    Findings findings;
    const auto table = load("XKX,Q1246,Kosovo,XK|Republic of Kosovo,partially_recognised,SRB,"
                            "2008-02-17,,Kosovo,src-a\n"
                            "SRB,Q403,Serbia,RS|688,un_member,,,,688,\n",
                            findings);
    EXPECT_TRUE(findings.empty());
    ASSERT_EQ(table.entities().size(), 2U);
    for (const char* name : {"XKX", "xk", "Kosovo", "q1246", "Republic of Kosovo"}) {
        ASSERT_NE(table.find(name), nullptr) << name;
        EXPECT_EQ(table.find(name)->code, "XKX");
    }
    EXPECT_EQ(table.find("688")->code, "SRB");
    EXPECT_EQ(table.find("XKX")->claimedBy, std::vector<std::string>{"SRB"});
    EXPECT_EQ(table.find("XKX")->existsFrom->toString(), "2008-02-17");
}

TEST(EntityTable, ReportsEveryBadRow) {
    Findings findings;
    const auto table = load("xk,Q1,Lower,,un_member,,,,,\n"
                            "AAA,1246,Bad qid,,un_member,,,,,\n"
                            "BBB,Q2,Bad kind,,empire,,,,,\n"
                            "CCC,Q3,Bad date,,un_member,,2008-02-30,,,src\n"
                            "DDD,Q4,Unsourced,,un_member,,2008-02-01,,,\n"
                            "EEE,Q5,Shared,Kosovo,un_member,,,,,\n"
                            "FFF,Q6,Other,Kosovo,un_member,,,,,\n",
                            findings);
    ASSERT_EQ(findings.size(), 6U);
    EXPECT_EQ(findings[0].line, 2U);
    EXPECT_NE(findings[0].message.find("three capital letters"), std::string::npos);
    EXPECT_NE(findings[1].message.find("qid"), std::string::npos);
    EXPECT_NE(findings[2].message.find("unknown kind 'empire'"), std::string::npos);
    EXPECT_NE(findings[3].message.find("impossible date"), std::string::npos);
    EXPECT_NE(findings[4].message.find("need a source"), std::string::npos);
    EXPECT_EQ(findings[5].toString(),
              "entities.csv:8: error: name 'Kosovo' already belongs to EEE");
    EXPECT_EQ(table.entities().size(), 2U);
}
