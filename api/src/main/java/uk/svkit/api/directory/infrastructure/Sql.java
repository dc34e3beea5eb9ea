package uk.svkit.api.directory.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * An SQL statement written together with its parameters, in the order they appear, so that a query
 * assembled from optional filters can never bind a value to the wrong placeholder.
 */
public final class Sql {
  private final StringBuilder text = new StringBuilder();
  private final List<Object> params = new ArrayList<>();

  /** Appends text whose placeholders take {@code values}, in order. */
  Sql add(String fragment, Object... values) {
    long marks = fragment.chars().filter(ch -> ch == '?').count();
    if (marks != values.length) {
      throw new IllegalArgumentException(
          marks + " placeholders but " + values.length + " values in: " + fragment);
    }
    text.append(fragment);
    params.addAll(List.of(values));
    return this;
  }

  /** Appends another statement, text and parameters. */
  Sql add(Sql other) {
    text.append(other.text);
    params.addAll(other.params);
    return this;
  }

  /**
   * The same statement with its numbers written into the text instead of bound: each distinct
   * statement is then planned for its own values. PostgreSQL may otherwise settle on one generic
   * plan for a statement the driver has prepared a few times, whatever the values.
   */
  Sql withNumbersWritten() {
    Sql written = new Sql();
    int next = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch != '?') {
        written.text.append(ch);
        continue;
      }
      Object value = params.get(next++);
      if (value instanceof Double d && Double.isFinite(d)) {
        written.text.append("CAST(").append(d.toString()).append(" AS DOUBLE PRECISION)");
      } else if (value instanceof Integer || value instanceof Long) {
        written.text.append(value);
      } else {
        written.text.append('?');
        written.params.add(value);
      }
    }
    return written;
  }

  public String text() {
    return text.toString();
  }

  public List<Object> params() {
    return List.copyOf(params);
  }

  public PreparedStatement prepare(Connection c) throws SQLException {
    PreparedStatement statement = c.prepareStatement(text.toString());
    for (int i = 0; i < params.size(); i++) {
      statement.setObject(i + 1, params.get(i));
    }
    return statement;
  }

  @Override
  public String toString() {
    return text + " " + params;
  }
}
