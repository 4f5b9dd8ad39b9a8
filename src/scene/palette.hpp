#pragma once

#include "scene/rgba.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace recmap::scene {

// Colours for the thematic views. Every palette keeps its categories apart for readers with
// deuteranopia or protanopia (checked in tests/unit/scene/palette_test.cpp).
//   okabe-ito (default): Okabe & Ito's colour-blind-safe set, with light variants
//   tol:                 Paul Tol's "bright" and "light" schemes
//   grey:                greys only, for print
struct Palette {
    std::string name;
    Rgba subject;             // the entity a recognition view is about, or the observer itself
    Rgba claimant;            // states claiming the subject's territory
    Rgba positive;            // recognises / member
    Rgba presumed;            // presumed recognition / candidate
    Rgba caution;             // withdrawal disputed / observer, partner
    Rgba suspended;           // suspended or frozen
    Rgba negative;            // withdrawn / former member
    Rgba refused;             // does not recognise (on record)
    Rgba none;                // no record / non-member / not matching
    Rgba absent;              // did not exist on the date
    std::vector<Rgba> series; // one colour per organisation in a multi-organisation view
};

[[nodiscard]] std::optional<Palette> paletteNamed(std::string_view name);
[[nodiscard]] std::string paletteNames(); // "okabe-ito, tol, grey"

} // namespace recmap::scene
