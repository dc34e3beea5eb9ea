package uk.svkit.api.directory.domain;

/**
 * Great-circle distance (haversine on a sphere of the mean Earth radius, 6371.0 km) and the
 * bounding box that prefilters candidates in SQL before the exact distance is computed (in SQL, by
 * the same formula, see {@code SearchStatements}). The box is deliberately a little generous: it
 * must never exclude a point within the radius.
 */
public final class Distance {
  public static final double EARTH_RADIUS_KM = 6371.0;

  private Distance() {}

  /** Kilometres between two points given in decimal degrees (WGS84). */
  public static double km(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2))
                * Math.sin(dLon / 2)
                * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(a)));
  }

  /** Rounded to the metre, as the API reports it. */
  public static double rounded(double km) {
    return Math.round(km * 1000.0) / 1000.0;
  }

  /** The latitude/longitude box that contains every point within {@code radiusKm} of the centre. */
  public static Box box(double lat, double lon, double radiusKm) {
    // One degree of latitude is at least 110.5 km anywhere; use 110 for margin.
    double dLat = radiusKm / 110.0;
    double maxLat = Math.min(89.9, Math.abs(lat) + dLat);
    double dLon = Math.min(180.0, radiusKm / (110.0 * Math.cos(Math.toRadians(maxLat))));
    return new Box(lat - dLat, lat + dLat, lon - dLon, lon + dLon);
  }

  /** A point (decimal degrees) and a radius around it, in km. */
  public record Circle(double lat, double lon, double radiusKm) {
    /**
     * The rectangle that contains the circle: an index-friendly prefilter for the exact distance.
     */
    public Box box() {
      return Distance.box(lat, lon, radiusKm);
    }
  }

  /** A latitude/longitude rectangle (no antimeridian wrap: svkit serves the UK). */
  public record Box(double minLat, double maxLat, double minLon, double maxLon) {
    public boolean contains(double lat, double lon) {
      return lat >= minLat && lat <= maxLat && lon >= minLon && lon <= maxLon;
    }
  }
}
