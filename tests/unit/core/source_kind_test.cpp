// Which sources count as primary: a rule on the URL's host.

#include "core/source_kind.hpp"

#include <gtest/gtest.h>

using recmap::core::isPrimarySource;
using recmap::core::Source;
using recmap::core::urlHost;

namespace {

bool primary(const std::string& url) {
    Source source;
    source.url = url;
    return isPrimarySource(source);
}

} // namespace

TEST(SourceKind, HostIsLowercasedWithoutPortOrPath) {
    EXPECT_EQ(urlHost("https://WWW.UN.org:443/en/about?x=1"), "www.un.org");
    EXPECT_EQ(urlHost("no scheme"), "");
}

TEST(SourceKind, GovernmentAndOrganisationHostsArePrimary) {
    EXPECT_TRUE(primary("https://www.un.org/press/en/2011/ga11114.doc.htm"));
    EXPECT_TRUE(primary("https://un.org/"));
    EXPECT_TRUE(primary("https://bhutan.un.org/en/145238"));
    EXPECT_TRUE(primary("https://www.nato.int/cps/en/natohq/topics_52044.htm"));
    EXPECT_TRUE(primary("https://www.state.gov/"));
    EXPECT_TRUE(primary("https://www.gov.uk/government/news/x"));
    EXPECT_TRUE(primary("https://en.mofa.gov.tw/News_Content.aspx"));
    EXPECT_TRUE(primary("https://www.diplomatie.gouv.fr/"));
    EXPECT_TRUE(primary("https://www.bmeia.gv.at/"));                    // a ministry
    EXPECT_TRUE(primary("https://api.parliament.uk/historic-hansard/")); // a parliament
    EXPECT_TRUE(primary("https://www.icj-cij.org/case/141"));            // a court
    EXPECT_TRUE(primary("https://www.gub.uy/ministerio-relaciones-exteriores/"));
}

TEST(SourceKind, AnOrganisationsNameInsideAnotherDomainIsNotPrimary) {
    EXPECT_FALSE(primary("http://www.kenyaun.org/news")); // a mission's own site
    EXPECT_FALSE(primary("https://ghanamissionun.org/"));
    EXPECT_FALSE(primary("https://en.wikipedia.org/wiki/United_Nations"));
    EXPECT_FALSE(primary("https://www.reuters.com/world/"));
    EXPECT_FALSE(primary(""));
}
