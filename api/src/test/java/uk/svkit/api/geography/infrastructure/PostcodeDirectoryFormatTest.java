package uk.svkit.api.geography.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PostcodeDirectoryFormatTest {
  // A slice of ONSPD's real header (2024 editions), in its order.
  static final List<String> ONSPD_HEADER =
      List.of(
          "pcd", "pcd2", "pcds", "dointr", "doterm", "oscty", "ced", "oslaua", "osward", "lat",
          "long");

  private static List<String> onspd(String pcds, String lat, String lon, String laua) {
    return List.of(
        pcds.replace(" ", "  "), pcds, pcds, "198001", "", "E99999999", "", laua, "", lat, lon);
  }

  @Test
  void readsOnspdColumnsByNameAmongOthers() {
    PostcodeDirectoryFormat format = PostcodeDirectoryFormat.of(ONSPD_HEADER);
    PostcodeDirectoryFormat.Row row =
        format.read(onspd("CH41 5AB", "53.393912", "-3.029404", "E08000015"));
    assertTrue(row.problems().isEmpty(), row.problems().toString());
    assertFalse(row.skipped());
    assertEquals(
        new PostcodeDirectoryFormat.Entry("CH41 5AB", 53.393912, -3.029404, "E08000015"),
        row.entry());
  }

  @Test
  void acceptsLaterEditionsLadColumnAndPcdAloneInAnyCase() {
    PostcodeDirectoryFormat format =
        PostcodeDirectoryFormat.of(List.of("LONG", "lad25cd", "PCD", "Lat"));
    PostcodeDirectoryFormat.Row row =
        format.read(List.of("-2.98", "e08000012", "L1  0AA", "53.40"));
    assertEquals(
        new PostcodeDirectoryFormat.Entry("L1 0AA", 53.40, -2.98, "E08000012"), row.entry());
  }

  @Test
  void missingColumnsAreNamed() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PostcodeDirectoryFormat.of(List.of("postcode", "lat")));
    assertEquals("missing column pcds (or pcd), long, oslaua (or ladYYcd)", e.getMessage());
  }

  @Test
  void rowsWithoutCoordinatesAreSkippedNotErrors() {
    PostcodeDirectoryFormat format = PostcodeDirectoryFormat.of(ONSPD_HEADER);
    PostcodeDirectoryFormat.Row noGrid =
        format.read(onspd("GY1 1AA", "99.999999", "0.000000", "L99999999"));
    assertTrue(noGrid.skipped());
    assertTrue(noGrid.problems().isEmpty());
    assertNull(noGrid.entry());
    assertTrue(format.read(onspd("CH41 5AB", "", "", "E08000015")).skipped());
  }

  @Test
  void badFieldsAreReportedByColumn() {
    PostcodeDirectoryFormat format = PostcodeDirectoryFormat.of(ONSPD_HEADER);
    PostcodeDirectoryFormat.Row row = format.read(onspd("NOT A PC", "north", "-200", "Wirral"));
    assertFalse(row.skipped());
    assertNull(row.entry());
    assertEquals(
        List.of("pcds", "lat", "long", "oslaua"),
        row.problems().stream().map(PostcodeDirectoryFormat.Problem::column).toList());
    // A missing coordinate with the other present is an error, not a skip.
    assertEquals(
        "lat", format.read(onspd("CH41 5AB", "", "-3.0", "E08000015")).problems().get(0).column());
    // A short row has empty fields.
    assertFalse(format.read(List.of("CH41 5AB")).problems().isEmpty());
  }

  @Test
  void normalisesAnySpacing() {
    assertEquals(Optional.of("CH41 5AB"), PostcodeDirectoryFormat.normalise("ch415ab"));
    assertEquals(Optional.of("SW1A 1AA"), PostcodeDirectoryFormat.normalise(" SW1A  1AA "));
    assertEquals(Optional.of("M1 1AE"), PostcodeDirectoryFormat.normalise("M11AE"));
    assertEquals(Optional.empty(), PostcodeDirectoryFormat.normalise("CH41"));
    assertEquals(Optional.empty(), PostcodeDirectoryFormat.normalise("CH41 5A"));
    assertEquals(Optional.empty(), PostcodeDirectoryFormat.normalise(null));
  }
}
