package uk.svkit.api.platform.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
  @Test
  void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
    List<Csv.Row> rows =
        Csv.parse("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n\n1,,3\n");

    assertEquals(3, rows.size());
    assertEquals(List.of("x, y", "say \"hi\"", "two\nlines"), rows.get(1).fields());
    assertEquals(List.of("1", "", "3"), rows.get(2).fields());
    assertEquals(5, rows.get(2).line());
  }

  @Test
  void skipsAByteOrderMark() {
    assertEquals(List.of("measureCode"), Csv.parse("\uFEFFmeasureCode").get(0).fields());
  }

  @Test
  void namesTheLineOfBrokenQuoting() {
    IllegalArgumentException open =
        assertThrows(IllegalArgumentException.class, () -> Csv.parse("a\n\"unclosed,b\n"));
    IllegalArgumentException stray =
        assertThrows(IllegalArgumentException.class, () -> Csv.parse("a\nab\"c\n"));

    assertTrue(open.getMessage().startsWith("Line 2"), open.getMessage());
    assertTrue(stray.getMessage().startsWith("Line 2"), stray.getMessage());
  }

  @Test
  void writesWhatItReadsAndDefusesFormulas() {
    String csv =
        Csv.write(
            List.of(
                List.of("a", "b, c", "say \"hi\""), List.of("=SUM(A1)", "-12.5", "line\nbreak")));
    assertEquals("a,\"b, c\",\"say \"\"hi\"\"\"\r\n'=SUM(A1),-12.5,\"line\nbreak\"\r\n", csv);
    List<Csv.Row> back = Csv.parse(csv);
    assertEquals(List.of("a", "b, c", "say \"hi\""), back.get(0).fields());
    assertEquals(List.of("'=SUM(A1)", "-12.5", "line\nbreak"), back.get(1).fields());
  }

  @Test
  void defusesCellsStartingWithTabOrCarriageReturn() {
    assertEquals("'\t=1+1\r\n", Csv.write(List.of(List.of("\t=1+1"))));
    assertEquals("\"'\r=1+1\"\r\n", Csv.write(List.of(List.of("\r=1+1"))));
    assertEquals("a\tb\r\n", Csv.write(List.of(List.of("a\tb"))));
  }
}
