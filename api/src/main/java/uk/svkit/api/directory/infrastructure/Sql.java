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
