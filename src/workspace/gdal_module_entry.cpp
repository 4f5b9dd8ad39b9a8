// librecmap_gdal.so: the GDAL side of recmap-full, loaded by GdalModule on first use.

#include "workspace/gdal_module_entry.hpp"
#include "workspace/linked_gdal_services.hpp"

extern "C" __attribute__((visibility("default"))) recmap::workspace::GdalServices*
recmap_make_gdal_services() {
    return new recmap::workspace::LinkedGdalServices();
}
