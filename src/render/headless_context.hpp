#pragma once

#include <memory>
#include <string>

namespace recmap::render {

// An OpenGL 3.3+ core context with no window and no X server, through EGL: a hardware device
// when one is present (EGL_EXT_device_enumeration), else Mesa's surfaceless platform
// (llvmpipe). Current on the creating thread for its whole life. Throws core::Error.
class HeadlessContext {
  public:
    HeadlessContext();
    ~HeadlessContext();
    HeadlessContext(const HeadlessContext&) = delete;
    HeadlessContext& operator=(const HeadlessContext&) = delete;

    // "renderer (GL version)", e.g. "llvmpipe (LLVM 15.0.6, 256 bits) (4.5 (Core Profile) Mesa)".
    [[nodiscard]] std::string description() const;

  private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace recmap::render
