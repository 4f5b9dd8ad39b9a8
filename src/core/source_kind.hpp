#pragma once

#include "core/source.hpp"

#include <string>

namespace recmap::core {

// Whether a source is primary: published by a government or an intergovernmental organisation.
// Decided by a documented rule on the URL's host (data/README.md): .gov/.gob/.gouv/.govt/.go
// domains, .int and .mil, foreign-ministry hosts (mfa, mofa, ...), and the organisations' own
// sites (un.org, europa.eu, osce.org, ...). A rule, not a reading of each page: it errs on the
// side of "not primary" for government pages on other domains.
[[nodiscard]] bool isPrimarySource(const Source& source);

// The host of an http(s) URL, lower-case ("www." kept); empty when there is none.
[[nodiscard]] std::string urlHost(const std::string& url);

} // namespace recmap::core
