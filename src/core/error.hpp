#pragma once

#include <stdexcept>
#include <string>

namespace recmap::core {

// The root of every error recmap throws. Only cli/main.cpp turns one into an exit code.
class Error : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// The user asked for something malformed (unknown option, projection, view): exit code 2.
class UsageError : public Error {
  public:
    using Error::Error;
};

// A file could not be read, parsed or written. The message already names the file.
class InputError : public Error {
  public:
    using Error::Error;
};

} // namespace recmap::core
