#include "core/source_kind.hpp"

#include "core/text.hpp"

#include <array>
#include <string_view>

namespace recmap::core {
namespace {

// Hosts of governments, parliaments, courts and intergovernmental organisations (and their
// subdomains): a suffix starting with '.' ends any host, the others match on a domain boundary.
constexpr std::array<std::string_view, 39> primarySuffixes{
    ".gov", ".int", ".mil",
    // the UN and its agencies, offices and missions
    "un.org", "unvienna.org", "unric.org", "unmikonline.org", "unhcr.org", "fao.org", "icj-cij.org",
    // other intergovernmental organisations
    "europa.eu", "osce.org", "thecommonwealth.org", "oic-oci.org", "asean.org", "gcc-sg.org",
    "sectsco.org", "eaeunion.org", "odkb-csto.org",
    // governments, ministries and parliaments on hosts of their own
    "kremlin.ru", "mid.ru", "vlada.cz", "admin.ch", "bundesregierung.de", "auswaertiges-amt.de",
    "diplo.de", "regjeringen.no", "government.se", "government.nl", "government.is",
    "stjornarradid.is", "gouvernement.lu", "gv.at", "urm.lt", "parliament.uk", "mfa.gov.cn",
    "china-embassy.org", "president.gov.ua", "g7italy.it"};

constexpr std::array<std::string_view, 13> primaryParts{
    ".gov.", ".gob.", ".gub.",   ".gouv.",     ".govt.", ".go.", "gov.",
    "mfa",   "mofa",  "minbuza", "diplomatie", "mzv.",   "mae."};

} // namespace

std::string urlHost(const std::string& url) {
    const auto scheme = url.find("://");
    if (scheme == std::string::npos) {
        return {};
    }
    const auto start = scheme + 3;
    const auto end = url.find_first_of("/?#:", start);
    return toLowerAscii(
        url.substr(start, end == std::string::npos ? std::string::npos : end - start));
}

bool isPrimarySource(const Source& source) {
    const std::string host = urlHost(source.url);
    if (host.empty()) {
        return false;
    }
    for (auto suffix : primarySuffixes) {
        // ".gov" ends any host; "un.org" only a host that is it or one of its subdomains
        // (kenyaun.org is a national mission's site, not the UN's).
        if (host.ends_with(suffix) && (suffix.starts_with('.') || host.size() == suffix.size() ||
                                       host[host.size() - suffix.size() - 1] == '.')) {
            return true;
        }
    }
    for (auto part : primaryParts) {
        if (host.find(part) != std::string::npos) {
            return true;
        }
    }
    return false;
}

} // namespace recmap::core
