#pragma once

// What a fuzz target does when a property it checks does not hold: print it and abort, so
// libFuzzer saves the input as a crash (assert() would vanish in a Release build).

#include <cstdio>
#include <cstdlib>

namespace recmap::fuzz {

inline void check(bool holds, const char* property) {
    if (!holds) {
        std::fprintf(stderr, "fuzz check failed: %s\n", property);
        std::abort();
    }
}

} // namespace recmap::fuzz
