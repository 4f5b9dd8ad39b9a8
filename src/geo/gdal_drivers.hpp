#pragma once

namespace recmap::geo {

// Registers GDAL's drivers the first time it is called in the process; later calls return at
// once. GDALAllRegister() itself re-walks every driver on each call, and re-creates any a caller
// deregistered on purpose.
void registerGdalDrivers();

} // namespace recmap::geo
