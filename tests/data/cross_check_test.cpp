// Cross-checks of the repository's dataset against totals that reference works state. Each
// expectation names its reference; a wrong or missing row makes one of these fail.

#include "core/status.hpp"
#include "store/dataset_reader.hpp"

#include <fstream>
#include <gtest/gtest.h>
#include <set>

using namespace recmap;

namespace {

class RepositoryData : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        auto result = store::readDataDirectory(RECMAP_SOURCE_DIR "/data");
        // A failed assertion here would skip every test; each test fails in SetUp instead.
        for (const auto& finding : result.findings) {
            s_findings += finding.toString() + "\n";
        }
        s_data = new core::Dataset(std::move(result.dataset));
    }
    static void TearDownTestSuite() {
        delete s_data;
        s_data = nullptr;
    }

    void SetUp() override {
        ASSERT_TRUE(s_findings.empty()) << "data/ does not validate:\n" << s_findings;
    }

    static core::Date d(const char* text) { return *core::Date::parse(text); }

    static std::set<std::string> members(const char* organisation, const char* date) {
        std::set<std::string> codes;
        for (const auto* entity : core::entitiesOn(*s_data, d(date))) {
            if (core::membershipStatus(*s_data, organisation, entity->code, d(date)).member()) {
                codes.insert(entity->code);
            }
        }
        return codes;
    }

    // UN members recognising `subject` on the date: confirmed, and those whose latest event is a
    // disputed recognition.
    static std::pair<std::set<std::string>, std::set<std::string>>
    unRecognisers(const char* subject, const char* date) {
        std::set<std::string> confirmed, disputed;
        for (const auto* entity : core::entitiesOn(*s_data, d(date))) {
            if (!core::isUnMember(*s_data, *entity, d(date))) {
                continue;
            }
            const auto state = core::recognitionStatus(*s_data, subject, entity->code, d(date));
            if (state.status == core::RecognitionStatus::Recognises) {
                confirmed.insert(entity->code);
            } else if (state.disputed &&
                       state.disputed->action == core::RecognitionAction::Recognise) {
                disputed.insert(entity->code);
            }
        }
        return {confirmed, disputed};
    }

    static core::Dataset* s_data;
    static std::string s_findings;
};

core::Dataset* RepositoryData::s_data = nullptr;
std::string RepositoryData::s_findings;

} // namespace

// NATO, "Enlargement and Article 10", https://www.nato.int/cps/ru/natohq/topics_49212.htm
// (source nato-enlargement-art10): 12 founders, then each enlargement up to 32 members.
TEST_F(RepositoryData, NatoSizeAfterEachEnlargement) {
    const std::pair<const char*, size_t> sizes[] = {
        {"1949-04-04", 12}, {"1952-02-18", 14}, {"1955-05-06", 15}, {"1982-05-30", 16},
        {"1999-03-12", 19}, {"2004-03-29", 26}, {"2009-04-01", 28}, {"2017-06-05", 29},
        {"2020-03-27", 30}, {"2023-04-04", 31}, {"2024-03-07", 32}};
    for (const auto& [date, size] : sizes) {
        EXPECT_EQ(members("NATO", date).size(), size) << date;
    }
    EXPECT_EQ(members("NATO", "2024-03-06").size(), 31U);
}

// European Union, "The 27 member countries of the EU" with years of entry (source
// eu-europa-countries); the UK left on 2020-01-31.
TEST_F(RepositoryData, EuSizeAfterEachEnlargement) {
    const std::pair<const char*, size_t> sizes[] = {
        {"1958-01-01", 6},  {"1973-01-01", 9},  {"1981-01-01", 10}, {"1986-01-01", 12},
        {"1995-01-01", 15}, {"2004-05-01", 25}, {"2007-01-01", 27}, {"2013-07-01", 28},
        {"2020-01-30", 28}, {"2020-01-31", 27}};
    for (const auto& [date, size] : sizes) {
        EXPECT_EQ(members("EU", date).size(), size) << date;
    }
    EXPECT_FALSE(members("EU", "2020-01-31").contains("GBR"));
}

// Wikipedia, "Enlargement of the United Nations",
// https://en.wikipedia.org/wiki/Enlargement_of_the_United_Nations (read 2026-11-23): 51 original
// members joined in 1945; 193 members as of 1 January 2025. South Sudan, the latest, was admitted
// on 2011-07-14 (source un-press data in UN.csv).
TEST_F(RepositoryData, UnMembershipTotals) {
    EXPECT_EQ(members("UN", "1945-12-31").size(), 51U);
    EXPECT_EQ(members("UN", "2011-07-13").size(), 192U);
    EXPECT_EQ(members("UN", "2011-07-14").size(), 193U);
    EXPECT_EQ(members("UN", "2025-01-01").size(), 193U);
    EXPECT_TRUE(members("UN", "1971-10-25").contains("CHN"));
    EXPECT_FALSE(members("UN", "1971-10-25").contains("TWN"));
}

// AP, "Nauru switches diplomatic recognition from Taiwan to China", 2024-01-15,
// https://keyt.com/news/2024/01/14/nauru-switches-diplomatic-recognition-from-taiwan-to-china/ :
// 12 allies, 11 countries and the Vatican; 7 in Latin America and the Caribbean, 3 in the
// Pacific Islands, 1 in Africa.
TEST_F(RepositoryData, TheRocsTwelvePartnersAfterNauruSwitched) {
    std::set<std::string> partners;
    for (const auto* entity : core::entitiesOn(*s_data, d("2024-01-16"))) {
        if (core::recognitionStatus(*s_data, "TWN", entity->code, d("2024-01-16")).recognises()) {
            partners.insert(entity->code);
        }
    }
    EXPECT_EQ(partners,
              (std::set<std::string>{"BLZ", "GTM", "HTI", "KNA", "LCA", "PRY", "VCT", // Americas
                                     "MHL", "PLW", "TUV",                             // Pacific
                                     "SWZ",                                           // Africa
                                     "VAT"}));
}

// Kosovo: the four NATO members that do not recognise it (the seed fact, as of
// 2024-01-12), and the NATO-wide picture: every other member has a dated recognition.
TEST_F(RepositoryData, NatoMembersWithoutRecognitionOfKosovo) {
    std::set<std::string> without;
    for (const auto& code : members("NATO", "2024-01-12")) {
        if (!core::recognitionStatus(*s_data, "XKX", code, d("2024-01-12")).recognises()) {
            without.insert(code);
        }
    }
    EXPECT_EQ(without, (std::set<std::string>{"ESP", "GRC", "ROU", "SVK"}));
}

// Wikipedia, "International recognition of Palestine" (via mirror, source pse-wp-intl-recog-2025):
// "As of September 2025 ... 157" UN members. recmap counts 154 confirmed and marks four more
// disputed: Mexico, Belgium and Andorra (counted by Wikipedia) and the Czech Republic (counted
// by some lists through Czechoslovakia, denied by its foreign ministry). 154 + 3 = 157.
TEST_F(RepositoryData, PalestineRecognitionAfterTheSeptember2025Wave) {
    const auto [confirmed, disputed] = unRecognisers("PSE", "2025-10-01");
    EXPECT_EQ(confirmed.size(), 154U);
    EXPECT_EQ(disputed, (std::set<std::string>{"AND", "BEL", "CZE", "MEX"}));
    for (const char* code :
         {"GBR", "CAN", "AUS", "PRT", "FRA", "ESP", "IRL", "NOR", "SVN", "ARM"}) {
        EXPECT_TRUE(confirmed.contains(code)) << code;
    }
    EXPECT_FALSE(confirmed.contains("USA"));
    EXPECT_FALSE(confirmed.contains("DEU"));
}

// One decision for `query status`, `query recognisers` and the map: over every subject and
// every entity, on dates across the coverage, recognisersOf() lists exactly the entities whose
// status recognises the subject, territories included.
TEST_F(RepositoryData, StatusAndRecognisersAgreeOnEverySubject) {
    for (const auto& subject : s_data->recognitionSubjects()) {
        for (const char* date : {"1975-01-01", "1995-06-01", "2010-01-01", "2026-12-01"}) {
            std::set<std::string> listed, byStatus;
            for (const auto* entity : core::recognisersOf(*s_data, subject, d(date))) {
                listed.insert(entity->code);
            }
            for (const auto& entity : s_data->entities()) {
                if (entity.existsOn(d(date)) &&
                    core::recognitionStatus(*s_data, subject, entity.code, d(date)).recognises()) {
                    byStatus.insert(entity.code);
                }
            }
            EXPECT_EQ(listed, byStatus) << subject << " on " << date;
        }
    }
}

// Every expectation in data/expectations.csv holds (validate checks it too; this names the
// organisations and subjects it covers, so a file emptied by mistake fails here).
TEST_F(RepositoryData, ExpectationsCoverTheOrganisationsAudited) {
    std::ifstream file(RECMAP_SOURCE_DIR "/data/expectations.csv");
    std::set<std::string> covered;
    for (std::string line; std::getline(file, line);) {
        const auto first = line.find(',');
        const auto second = line.find(',', first + 1);
        covered.insert(line.substr(first + 1, second - first - 1));
    }
    for (const char* code : {"UN", "NATO", "EU", "COE", "OSCE", "G7", "G20", "COMMONWEALTH", "OIC",
                             "ARAB_LEAGUE", "GCC", "XKX", "TWN"}) {
        EXPECT_TRUE(covered.contains(code)) << code << " has no expectation";
    }
}
