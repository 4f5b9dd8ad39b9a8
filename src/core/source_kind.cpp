#include "core/source_kind.hpp"

#include "core/text.hpp"

#include <array>
#include <string_view>

namespace recmap::core {
namespace {

constexpr std::array<std::string_view, 22> primarySuffixes{".gov",
                                                           ".int",
                                                           ".mil",
                                                           "un.org",
                                                           "europa.eu",
                                                           "osce.org",
                                                           "thecommonwealth.org",
                                                           "oic-oci.org",
                                                           "asean.org",
                                                           "gcc-sg.org",
                                                           "sectsco.org",
                                                           "eaeunion.org",
                                                           "odkb-csto.org",
                                                           "kremlin.ru",
                                                           "vlada.cz",
                                                           "admin.ch",
                                                           "bundesregierung.de",
                                                           "regjeringen.no",
                                                           "government.se",
                                                           "mid.ru",
                                                           "mfa.gov.cn",
                                                           "president.gov.ua"};

constexpr std::array<std::string_view, 12> primaryParts{".gov.",   ".gob.",      ".gouv.", ".govt.",
                                                        ".go.",    "gov.",       "mfa",    "mofa",
                                                        "minbuza", "diplomatie", "mzv.",   "mae."};

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
