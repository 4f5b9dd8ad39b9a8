#pragma once

// The default palette's colours (okabe-ito, src/scene/palette.cpp) as the image tests expect
// them, and the map's fixed colours they meet.

#include "support/raster_probe.hpp"

namespace recmap::test::okabe_ito {

inline const Rgb subject = hexColour(0x1A1A1A);   // the view's subject
inline const Rgb claimant = hexColour(0x7F7F7F);  // claims the subject's territory
inline const Rgb positive = hexColour(0x0072B2);  // recognises / member
inline const Rgb candidate = hexColour(0x9CCBEA); // presumed / candidate
inline const Rgb refused = hexColour(0xCC79A7);   // does not recognise (on record)
inline const Rgb none = hexColour(0xE3E3E3);      // no record / not a member
inline const Rgb border = hexColour(0x4D4D4D);    // borders, and stripes on light fills

} // namespace recmap::test::okabe_ito
