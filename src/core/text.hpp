#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace recmap::core {

// Small string helpers shared by the layers (ASCII case folding only: aliases are matched
// case-insensitively on their ASCII letters, other bytes compare exactly).
[[nodiscard]] std::string toLowerAscii(std::string_view text);
[[nodiscard]] std::string_view trim(std::string_view text);
// Splits on a separator; an empty input gives an empty list; pieces are trimmed.
[[nodiscard]] std::vector<std::string> splitList(std::string_view text, char separator);
// The items with `separator` between them: the inverse of splitList.
[[nodiscard]] std::string joinList(const std::vector<std::string>& items,
                                   std::string_view separator);

// A CSV field (RFC 4180): quoted when it holds a comma, quote or line break.
[[nodiscard]] std::string csvField(const std::string& text);
// The text escaped for the inside of a JSON string.
[[nodiscard]] std::string jsonEscape(const std::string& text);

} // namespace recmap::core
