#include "scene/palette.hpp"

#include <array>

namespace recmap::scene {
namespace {

Palette okabeIto() {
    return {
        "okabe-ito",
        rgb(0x1A1A1A), // subject: near black
        rgb(0x7F7F7F), // claimant: grey
        rgb(0x0072B2), // blue
        rgb(0x9CCBEA), // light blue
        rgb(0xE69F00), // orange
        rgb(0xF0E442), // yellow
        rgb(0xD55E00), // vermillion
        rgb(0xCC79A7), // reddish purple
        rgb(0xE3E3E3), // light grey
        rgb(0xFAFAFA), // near white
        {rgb(0x0072B2), rgb(0xE69F00), rgb(0x009E73), rgb(0xCC79A7), rgb(0x56B4E9), rgb(0xD55E00)}};
}

Palette tol() {
    return {
        "tol",
        rgb(0x000000),
        rgb(0x333333),
        rgb(0x4477AA),
        rgb(0x99DDFF),
        rgb(0xCCBB44),
        rgb(0xEEDD88),
        rgb(0xEE6677),
        rgb(0xAA3377),
        rgb(0xDDDDDD),
        rgb(0xFAFAFA),
        {rgb(0x4477AA), rgb(0xCCBB44), rgb(0x228833), rgb(0xAA3377), rgb(0x66CCEE), rgb(0xEE6677)}};
}

Palette grey() {
    return {
        "grey",
        // Evenly spaced in CIE L*: 3, 26, 14.5, 37.5, 49, 60.5, 72, 83.5, 95, 100.
        rgb(0x0B0B0B),
        rgb(0x3E3E3E),
        rgb(0x252525),
        rgb(0x585858),
        rgb(0x747474),
        rgb(0x929292),
        rgb(0xB0B0B0),
        rgb(0xD0D0D0),
        rgb(0xF1F1F1),
        rgb(0xFFFFFF),
        {rgb(0x262626), rgb(0x8C8C8C), rgb(0x595959), rgb(0xBFBFBF), rgb(0x404040), rgb(0xA6A6A6)}};
}

} // namespace

std::optional<Palette> paletteNamed(std::string_view name) {
    for (const auto& palette : {okabeIto(), tol(), grey()}) {
        if (palette.name == name) {
            return palette;
        }
    }
    return std::nullopt;
}

std::string paletteNames() {
    return "okabe-ito, tol, grey";
}

} // namespace recmap::scene
