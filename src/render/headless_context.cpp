#include "render/headless_context.hpp"

#include "core/error.hpp"

#include <cstring>
#include <epoxy/egl.h>
#include <epoxy/gl.h>
#include <vector>

namespace recmap::render {
namespace {

bool hasExtension(const char* list, const char* name) {
    if (list == nullptr) {
        return false;
    }
    const size_t length = std::strlen(name);
    for (const char* p = std::strstr(list, name); p != nullptr; p = std::strstr(p + length, name)) {
        if ((p == list || p[-1] == ' ') && (p[length] == ' ' || p[length] == '\0')) {
            return true;
        }
    }
    return false;
}

// A hardware EGL device (NVIDIA, AMD, Intel), skipping Mesa's software device.
EGLDisplay hardwareDisplay() {
    const char* client = eglQueryString(EGL_NO_DISPLAY, EGL_EXTENSIONS);
    if (!hasExtension(client, "EGL_EXT_device_enumeration") ||
        !hasExtension(client, "EGL_EXT_platform_device")) {
        return EGL_NO_DISPLAY;
    }
    EGLint count = 0;
    if (!eglQueryDevicesEXT(0, nullptr, &count) || count <= 0) {
        return EGL_NO_DISPLAY;
    }
    std::vector<EGLDeviceEXT> devices(static_cast<size_t>(count));
    eglQueryDevicesEXT(count, devices.data(), &count);
    for (EGLDeviceEXT device : devices) {
        const char* extensions = eglQueryDeviceStringEXT(device, EGL_EXTENSIONS);
        if (hasExtension(extensions, "EGL_MESA_device_software")) {
            continue;
        }
        EGLDisplay display = eglGetPlatformDisplayEXT(EGL_PLATFORM_DEVICE_EXT, device, nullptr);
        if (display != EGL_NO_DISPLAY && eglInitialize(display, nullptr, nullptr)) {
            return display;
        }
    }
    return EGL_NO_DISPLAY;
}

EGLDisplay surfacelessDisplay() {
    const char* client = eglQueryString(EGL_NO_DISPLAY, EGL_EXTENSIONS);
    if (!hasExtension(client, "EGL_MESA_platform_surfaceless")) {
        return EGL_NO_DISPLAY;
    }
    // The EXT entry point: epoxy's core eglGetPlatformDisplay aborts on EGL 1.4 libraries.
    EGLDisplay display =
        eglGetPlatformDisplayEXT(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY, nullptr);
    if (display != EGL_NO_DISPLAY && eglInitialize(display, nullptr, nullptr)) {
        return display;
    }
    return EGL_NO_DISPLAY;
}

} // namespace

struct HeadlessContext::Impl {
    EGLDisplay display = EGL_NO_DISPLAY;
    EGLContext context = EGL_NO_CONTEXT;
};

HeadlessContext::HeadlessContext() : m_impl(std::make_unique<Impl>()) {
    m_impl->display = hardwareDisplay();
    if (m_impl->display == EGL_NO_DISPLAY) {
        m_impl->display = surfacelessDisplay();
    }
    if (m_impl->display == EGL_NO_DISPLAY) {
        throw core::Error("no EGL display: neither a GPU device nor Mesa's surfaceless platform "
                          "is available (install libegl-mesa0 and libgl1-mesa-dri)");
    }
    const EGLint configAttributes[] = {EGL_SURFACE_TYPE,
                                       EGL_PBUFFER_BIT,
                                       EGL_RENDERABLE_TYPE,
                                       EGL_OPENGL_BIT,
                                       EGL_RED_SIZE,
                                       8,
                                       EGL_GREEN_SIZE,
                                       8,
                                       EGL_BLUE_SIZE,
                                       8,
                                       EGL_ALPHA_SIZE,
                                       8,
                                       EGL_NONE};
    EGLConfig config = nullptr;
    EGLint configs = 0;
    if (!eglChooseConfig(m_impl->display, configAttributes, &config, 1, &configs) || configs < 1) {
        eglTerminate(m_impl->display);
        throw core::Error("EGL offers no OpenGL config");
    }
    if (!eglBindAPI(EGL_OPENGL_API)) {
        eglTerminate(m_impl->display);
        throw core::Error("EGL cannot bind the OpenGL API");
    }
    const EGLint contextAttributes[] = {EGL_CONTEXT_MAJOR_VERSION,
                                        3,
                                        EGL_CONTEXT_MINOR_VERSION,
                                        3,
                                        EGL_CONTEXT_OPENGL_PROFILE_MASK,
                                        EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT,
                                        EGL_NONE};
    m_impl->context = eglCreateContext(m_impl->display, config, EGL_NO_CONTEXT, contextAttributes);
    if (m_impl->context == EGL_NO_CONTEXT ||
        !eglMakeCurrent(m_impl->display, EGL_NO_SURFACE, EGL_NO_SURFACE, m_impl->context)) {
        eglTerminate(m_impl->display);
        throw core::Error("cannot create an OpenGL 3.3 core context through EGL");
    }
}

std::future<std::unique_ptr<HeadlessContext>> HeadlessContext::startInBackground() {
    return std::async(std::launch::async, [] {
        auto context = std::make_unique<HeadlessContext>();
        eglMakeCurrent(context->m_impl->display, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
        return context;
    });
}

void HeadlessContext::makeCurrent() {
    if (!eglMakeCurrent(m_impl->display, EGL_NO_SURFACE, EGL_NO_SURFACE, m_impl->context)) {
        throw core::Error("cannot make the EGL context current on this thread");
    }
}

HeadlessContext::~HeadlessContext() {
    eglMakeCurrent(m_impl->display, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
    eglDestroyContext(m_impl->display, m_impl->context);
    eglTerminate(m_impl->display);
}

std::string HeadlessContext::description() const {
    const auto* renderer = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
    const auto* version = reinterpret_cast<const char*>(glGetString(GL_VERSION));
    return std::string(renderer ? renderer : "?") + " (" + (version ? version : "?") + ")";
}

} // namespace recmap::render
