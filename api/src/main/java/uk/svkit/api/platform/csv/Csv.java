package uk.svkit.api.platform.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader for the CSV files buyers and registries upload: comma separated,
 * optional double quotes (with "" for a quote), CRLF or LF line ends, a header row. Imports report
 * errors by line number, so the reader keeps the line each record starts on. And the writer the
 * exports share, so every CSV svkit produces quotes and defuses cells the same way.
 */
public final class Csv {
  private Csv() {}

  /** One record and the line (1-based) it starts on. */
  public record Row(int line, List<String> fields) {}

  /**
   * Parses the text into rows; blank lines are skipped.
   *
   * @throws IllegalArgumentException naming the line of an unterminated quote or a stray one
   */
  public static List<Row> parse(String text) {
    List<Row> rows = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    int line = 1;
    int rowStart = 1;
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
        continue;
      }
      switch (c) {
        case '"' -> {
          if (field.length() > 0 || wasQuoted) {
            throw new IllegalArgumentException(
                "Line " + line + ": a quote inside an unquoted field.");
          }
          quoted = true;
          wasQuoted = true;
        }
        case ',' -> {
          fields.add(field.toString());
          field.setLength(0);
          wasQuoted = false;
        }
        case '\r' -> {
          // A CR is only part of a line end.
        }
        case '\n' -> {
          endRecord(rows, fields, field, rowStart);
          fields = new ArrayList<>();
          wasQuoted = false;
          line++;
          rowStart = line;
        }
        default -> {
          if (wasQuoted) {
            throw new IllegalArgumentException("Line " + line + ": text after a closing quote.");
          }
          field.append(c);
        }
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("Line " + rowStart + ": a quoted field is not closed.");
    }
    endRecord(rows, fields, field, rowStart);
    return rows;
  }

  private static void endRecord(
      List<Row> rows, List<String> fields, StringBuilder field, int line) {
    fields.add(field.toString());
    field.setLength(0);
    boolean blank = fields.size() == 1 && fields.get(0).isEmpty();
    if (!blank) {
      rows.add(new Row(line, List.copyOf(fields)));
    }
  }

  /** Writes rows as RFC 4180 CSV with CRLF line ends; null cells are empty. */
  public static String write(List<List<String>> rows) {
    StringBuilder out = new StringBuilder();
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        out.append(cell(row.get(i)));
      }
      out.append("\r\n");
    }
    return out.toString();
  }

  /**
   * Quotes a cell when it must be, and defuses one a spreadsheet would run as a formula by
   * prefixing an apostrophe: starting with =, +, - or @ and not a number, or with a TAB or CR
   * (spreadsheets skip those and then read the formula character after them).
   */
  static String cell(String value) {
    String text = value == null ? "" : value;
    if (!text.isEmpty()
        && ("\t\r".indexOf(text.charAt(0)) >= 0
            || "=+-@".indexOf(text.charAt(0)) >= 0 && !isNumber(text))) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }

  private static boolean isNumber(String text) {
    try {
      new java.math.BigDecimal(text);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
