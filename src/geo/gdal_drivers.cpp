#include "geo/gdal_drivers.hpp"

#include <gdal.h>

#include <mutex>

namespace recmap::geo {

void registerGdalDrivers() {
    static std::once_flag registered;
    std::call_once(registered, [] { GDALAllRegister(); });
}

} // namespace recmap::geo
