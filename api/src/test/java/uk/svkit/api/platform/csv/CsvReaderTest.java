package uk.svkit.api.platform.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
  private static List<Csv.Row> all(String text, int max) {
    CsvReader reader = new CsvReader(new StringReader(text), max);
    List<Csv.Row> rows = new ArrayList<>();
    for (Csv.Row row = reader.next(); row != null; row = reader.next()) {
      rows.add(row);
    }
    return rows;
  }

  @Test
  void readsWhatTheWholeFileParserReads() {
    String text =
        "\uFEFFpcds,lat,\"long\"\r\n\"CH41 5AB\",53.39,-3.03\n\n\"multi\nline\",\"say \"\"hi\"\"\",\r\nlast,1,2";
    assertEquals(Csv.parse(text), all(text, 1000));
    List<Csv.Row> rows = all(text, 1000);
    assertEquals(List.of("pcds", "lat", "long"), rows.get(0).fields());
    assertEquals(2, rows.get(1).line());
    assertEquals(4, rows.get(2).line());
    assertEquals(List.of("multi\nline", "say \"hi\"", ""), rows.get(2).fields());
    assertEquals(6, rows.get(3).line());
  }

  @Test
  void endsWithNullAndSkipsBlankLines() {
    CsvReader reader = new CsvReader(new StringReader("\n\na,b\n\n"), 100);
    assertEquals(List.of("a", "b"), reader.next().fields());
    assertNull(reader.next());
    assertNull(reader.next());
  }

  @Test
  void malformedQuotingNamesTheLine() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> all("a,b\nx,\"open\n", 100));
    assertTrue(e.getMessage().startsWith("Line 2"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> all("a,b\nx\"y,z\n", 100));
    assertTrue(e.getMessage().startsWith("Line 2"), e.getMessage());
  }

  @Test
  void anUnclosedQuoteCannotSwallowTheFile() {
    String text = "a\n\"" + "x".repeat(5000) + "\n";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> all(text, 100));
    assertTrue(e.getMessage().contains("longer than 100"), e.getMessage());
  }
}
