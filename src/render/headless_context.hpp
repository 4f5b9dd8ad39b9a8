#pragma once

#include <future>
#include <memory>
#include <string>

namespace recmap::render {

// An OpenGL 3.3+ core context with no window and no X server, through EGL: a hardware device
// when one is present (EGL_EXT_device_enumeration), else Mesa's surfaceless platform
// (llvmpipe). Current on the creating thread until made current on another. Throws core::Error.
class HeadlessContext {
  public:
    HeadlessContext();
    // Creates one on a thread of its own, current on no thread when the future is ready, for a
    // caller with other work meanwhile: EGL and llvmpipe take about 80 ms to start. The future
    // holds the constructor's error if it fails; makeCurrent() before drawing.
    [[nodiscard]] static std::future<std::unique_ptr<HeadlessContext>> startInBackground();
    ~HeadlessContext();
    HeadlessContext(const HeadlessContext&) = delete;
    HeadlessContext& operator=(const HeadlessContext&) = delete;

    // Makes it current on the calling thread; throws core::Error if EGL refuses.
    void makeCurrent();

    // "renderer (GL version)", e.g. "llvmpipe (LLVM 15.0.6, 256 bits) (4.5 (Core Profile) Mesa)".
    [[nodiscard]] std::string description() const;

  private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace recmap::render
