package uk.svkit.api.platform.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The streaming counterpart of {@link Csv#parse}: the same RFC 4180 rules (optional quotes, "" for
 * a quote, CRLF or LF, a leading BOM ignored, blank lines skipped), but one record at a time, for
 * files too large to hold in memory (a national postcode directory has millions of rows). A record
 * may not grow past {@code maxRecordChars}, so an unclosed quote cannot swallow the file.
 */
public final class CsvReader {
  private final Reader in;
  private final int maxRecordChars;
  private int line = 1;
  private int pending = -2; // one character of look-ahead; -2 = none read yet
  private boolean started;

  /**
   * @param in read through a buffer: this reader takes one character at a time
   */
  public CsvReader(Reader in, int maxRecordChars) {
    this.in = in;
    this.maxRecordChars = maxRecordChars;
  }

  /**
   * The next non-blank record, or {@code null} at the end of the input.
   *
   * @throws IllegalArgumentException naming the line of malformed quoting or an over-long record
   * @throws UncheckedIOException if reading fails
   */
  public Csv.Row next() {
    while (true) {
      int c = read();
      if (c == -1) {
        return null;
      }
      unread(c);
      int rowStart = line;
      List<String> fields = record(rowStart);
      if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
        return new Csv.Row(rowStart, List.copyOf(fields));
      }
    }
  }

  private List<String> record(int rowStart) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    int size = 0;
    while (true) {
      int c = read();
      if (++size > maxRecordChars) {
        throw new IllegalArgumentException(
            "Line " + rowStart + ": a record longer than " + maxRecordChars + " characters.");
      }
      if (quoted) {
        if (c == -1) {
          throw new IllegalArgumentException(
              "Line " + rowStart + ": a quoted field is not closed.");
        }
        if (c == '"') {
          int after = read();
          if (after == '"') {
            field.append('"');
          } else {
            unread(after);
            quoted = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append((char) c);
        }
        continue;
      }
      switch (c) {
        case -1 -> {
          fields.add(field.toString());
          return fields;
        }
        case '\n' -> {
          line++;
          fields.add(field.toString());
          return fields;
        }
        case '\r' -> {
          // A CR is only part of a line end.
        }
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
        default -> {
          if (wasQuoted) {
            throw new IllegalArgumentException("Line " + line + ": text after a closing quote.");
          }
          field.append((char) c);
        }
      }
    }
  }

  private int read() {
    if (pending != -2) {
      int c = pending;
      pending = -2;
      return c;
    }
    try {
      int c = in.read();
      if (!started) {
        started = true;
        if (c == '\uFEFF') {
          c = in.read();
        }
      }
      return c;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void unread(int c) {
    pending = c;
  }
}
