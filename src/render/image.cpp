#include "render/image.hpp"

#include <new>
#include <sys/mman.h>
#include <utility>

namespace recmap::render {

PixelBuffer::PixelBuffer(size_t bytes) : m_size(bytes) {
    if (bytes == 0) {
        return;
    }
    void* memory = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (memory == MAP_FAILED) {
        throw std::bad_alloc();
    }
    madvise(memory, bytes, MADV_HUGEPAGE); // a hint: without it the buffer still works
    m_data = static_cast<uint8_t*>(memory);
}

PixelBuffer::~PixelBuffer() {
    if (m_data != nullptr) {
        munmap(m_data, m_size);
    }
}

PixelBuffer::PixelBuffer(PixelBuffer&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0)) {}

PixelBuffer& PixelBuffer::operator=(PixelBuffer&& other) noexcept {
    if (this != &other) {
        if (m_data != nullptr) {
            munmap(m_data, m_size);
        }
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

} // namespace recmap::render
