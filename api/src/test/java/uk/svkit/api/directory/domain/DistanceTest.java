package uk.svkit.api.directory.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DistanceTest {
  // Postcode district centroids shipped in V3.
  static final double CH41_LAT = 53.39402, CH41_LON = -3.03022;
  static final double L1_LAT = 53.40254, L1_LON = -2.97928;
  static final double WA1_LAT = 53.39442, WA1_LON = -2.5685;

  @Test
  void haversineAcrossTheMersey() {
    // Birkenhead to Liverpool city centre: about 3.5 km apart.
    double km = Distance.km(CH41_LAT, CH41_LON, L1_LAT, L1_LON);
    // Equirectangular check by hand: 0.947 km north, 3.377 km east -> 3.507 km.
    assertEquals(3.508, km, 0.005);
    assertEquals(km, Distance.km(L1_LAT, L1_LON, CH41_LAT, CH41_LON), 1e-12);
    assertEquals(0.0, Distance.km(L1_LAT, L1_LON, L1_LAT, L1_LON), 1e-12);
  }

  @Test
  void oneDegreeOfLatitudeIsAbout111Km() {
    assertEquals(111.19, Distance.km(53, -3, 54, -3), 0.01);
  }

  @Test
  void roundsToTheMetre() {
    assertEquals(3.531, Distance.rounded(3.53149));
    assertEquals(3.532, Distance.rounded(3.5315));
  }

  @Test
  void boxNeverExcludesAPointWithinTheRadius() {
    Distance.Box box = Distance.box(CH41_LAT, CH41_LON, 40);
    assertTrue(box.contains(WA1_LAT, WA1_LON), "Warrington is within 40 km of Birkenhead");
    for (int bearing = 0; bearing < 360; bearing += 5) {
      // A point 39.9 km away on each bearing (flat approximation is enough at this scale).
      double dLat = 39.9 * Math.cos(Math.toRadians(bearing)) / 111.2;
      double dLon =
          39.9
              * Math.sin(Math.toRadians(bearing))
              / (111.2 * Math.cos(Math.toRadians(CH41_LAT + dLat)));
      double lat = CH41_LAT + dLat;
      double lon = CH41_LON + dLon;
      if (Distance.km(CH41_LAT, CH41_LON, lat, lon) <= 40) {
        assertTrue(box.contains(lat, lon), "bearing " + bearing);
      }
    }
    Distance.Box small = Distance.box(CH41_LAT, CH41_LON, 5);
    assertTrue(!small.contains(WA1_LAT, WA1_LON));
  }
}
