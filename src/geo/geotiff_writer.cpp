#include "geo/geotiff_writer.hpp"

#include "core/atomic_output.hpp"
#include "core/error.hpp"
#include "geo/gdal_drivers.hpp"
#include "geo/gdal_handles.hpp"

#include <cpl_string.h>
#include <ogr_spatialref.h>

namespace recmap::geo {

void writeGeoTiff(const std::filesystem::path& path, const uint8_t* pixels, int pixelBytes,
                  int width, int height, const Bounds& extent, const std::string& crsWkt) {
    registerGdalDrivers();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GTiff");
    if (driver == nullptr) {
        throw core::Error("GDAL has no GTiff driver");
    }
    core::AtomicOutput output(path);
    const std::string fail = path.string() + ": error: cannot write GeoTIFF";
    {
        CPLStringList options;
        options.SetNameValue("COMPRESS", "DEFLATE");
        options.SetNameValue("PREDICTOR", "2");
        options.SetNameValue("PHOTOMETRIC", "RGB");
        options.SetNameValue("TILED", "YES");
        OGRSpatialReference srs;
        if (srs.importFromWkt(crsWkt.c_str()) != OGRERR_NONE) {
            throw core::Error("cannot read back the map's CRS for the GeoTIFF");
        }
        if (srs.GetAuthorityCode(nullptr) == nullptr) {
            // Robinson, Natural Earth, ... have no GeoTIFF keys: store the CRS as an ESRI PE
            // string inside the file rather than in a .aux.xml sidecar that could be lost.
            options.SetNameValue("GEOTIFF_KEYS_FLAVOR", "ESRI_PE");
        }
        CPLErrorReset();
        CPLPushErrorHandler(CPLQuietErrorHandler);
        GdalDatasetPtr dataset(
            driver->Create(output.temp().c_str(), width, height, 3, GDT_Byte, options.List()));
        CPLPopErrorHandler();
        if (!dataset) {
            throw core::InputError(fail + ": " + CPLGetLastErrorMsg());
        }
        double transform[6] = {extent.minX, extent.width() / width,   0, extent.maxY,
                               0,           -extent.height() / height};
        dataset->SetGeoTransform(transform);
        dataset->SetSpatialRef(&srs);
        int bands[3] = {1, 2, 3};
        const CPLErr status = dataset->RasterIO(
            GF_Write, 0, 0, width, height, const_cast<uint8_t*>(pixels), width, height, GDT_Byte, 3,
            bands, pixelBytes, static_cast<GSpacing>(width) * pixelBytes, 1, nullptr);
        if (status != CE_None) {
            throw core::InputError(fail + ": " + CPLGetLastErrorMsg());
        }
        CPLErrorReset();
        dataset.reset(); // flushes and closes
        if (CPLGetLastErrorType() >= CE_Failure) {
            throw core::InputError(fail + ": " + CPLGetLastErrorMsg());
        }
    }
    // A CRS GeoTIFF cannot encode (Equal Earth off Greenwich) goes to GDAL's standard .aux.xml
    // sidecar, which must follow the file to its final name.
    std::filesystem::path sidecar = output.temp();
    sidecar += ".aux.xml";
    std::filesystem::path target = path;
    target += ".aux.xml";
    std::error_code error;
    if (!std::filesystem::exists(sidecar)) {
        std::filesystem::remove(target, error); // a stale one would override the new CRS
    } else {
        std::filesystem::rename(sidecar, target, error);
        if (error) {
            std::filesystem::remove(sidecar, error);
            throw core::InputError(fail + ": cannot write " + target.string());
        }
    }
    output.commit();
}

} // namespace recmap::geo
