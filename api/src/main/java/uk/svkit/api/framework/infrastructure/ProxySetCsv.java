package uk.svkit.api.framework.infrastructure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.svkit.api.framework.application.FrameworkService;
import uk.svkit.api.platform.csv.Csv;
import uk.svkit.api.platform.problem.Problem;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;

/**
 * Reads a proxy set from CSV, the shape a buyer exports from a spreadsheet: one row per measure,
 * with the set's details repeated on every row (they must agree).
 *
 * <pre>
 * frameworkCode,edition,name,currency,priceYear,source,licenceNote,measureCode,valuePerUnit,multiplier
 * SVK-LOCAL,1,Wirral 2026,GBP,2026,Wirral policy,Council use,LM-SUP-01,1,1.76
 * </pre>
 *
 * Column order does not matter and {@code multiplier} may be empty or absent. Every problem in the
 * file is reported, by line, before anything is loaded.
 */
public final class ProxySetCsv {
  static final List<String> SET_COLUMNS =
      List.of("frameworkCode", "edition", "name", "currency", "priceYear", "source", "licenceNote");
  static final List<String> REQUIRED =
      List.of(
          "frameworkCode",
          "edition",
          "name",
          "currency",
          "priceYear",
          "source",
          "licenceNote",
          "measureCode",
          "valuePerUnit");
  static final int MAX_ROWS = 2000;

  private ProxySetCsv() {}

  /** The set's details and its values, as read from the file. */
  public record Parsed(Map<String, String> set, List<FrameworkService.ProxyValueInput> values) {
    public String get(String column) {
      return set.get(column);
    }
  }

  public static Parsed parse(String text) {
    List<Csv.Row> rows;
    try {
      rows = Csv.parse(text);
    } catch (IllegalArgumentException e) {
      throw new ProblemException(
          ProblemType.MALFORMED_REQUEST, "The CSV cannot be read. " + e.getMessage());
    }
    if (rows.size() < 2) {
      throw ProblemException.businessRule("The CSV needs a header row and at least one value row.");
    }
    if (rows.size() - 1 > MAX_ROWS) {
      throw ProblemException.businessRule("The CSV has more than " + MAX_ROWS + " value rows.");
    }
    Map<String, Integer> columns = new HashMap<>();
    List<String> header = rows.get(0).fields();
    for (int i = 0; i < header.size(); i++) {
      for (String known : concat(REQUIRED, List.of("multiplier"))) {
        if (known.toLowerCase(Locale.ROOT).equals(header.get(i).trim().toLowerCase(Locale.ROOT))) {
          columns.put(known, i);
        }
      }
    }
    List<Problem.FieldError> errors = new ArrayList<>();
    for (String required : REQUIRED) {
      if (!columns.containsKey(required)) {
        errors.add(new Problem.FieldError("header", "missing column " + required));
      }
    }
    if (!errors.isEmpty()) {
      throw invalid(errors);
    }
    Map<String, String> set = new HashMap<>();
    List<FrameworkService.ProxyValueInput> values = new ArrayList<>();
    for (Csv.Row row : rows.subList(1, rows.size())) {
      String at = "line " + row.line();
      for (String column : SET_COLUMNS) {
        String value = cell(row, columns.get(column));
        String first = set.putIfAbsent(column, value);
        if (first != null && !first.equals(value)) {
          errors.add(
              new Problem.FieldError(
                  at + "." + column, "differs from the first row ('" + first + "')"));
        }
      }
      String code = cell(row, columns.get("measureCode"));
      int errorsBefore = errors.size();
      BigDecimal valuePerUnit =
          number(row, columns.get("valuePerUnit"), at + ".valuePerUnit", errors);
      BigDecimal multiplier =
          columns.containsKey("multiplier")
              ? number(row, columns.get("multiplier"), at + ".multiplier", errors)
              : null;
      if (errors.size() > errorsBefore) {
        continue; // a cell that is not a number has been reported
      }
      if (code.isEmpty()) {
        errors.add(new Problem.FieldError(at + ".measureCode", "is empty"));
      } else if (valuePerUnit == null) {
        errors.add(new Problem.FieldError(at + ".valuePerUnit", "is empty"));
      } else if (valuePerUnit.signum() < 0) {
        errors.add(new Problem.FieldError(at + ".valuePerUnit", "must be zero or more"));
      } else if (multiplier != null && multiplier.signum() <= 0) {
        errors.add(new Problem.FieldError(at + ".multiplier", "must be greater than zero"));
      } else {
        values.add(new FrameworkService.ProxyValueInput(code, valuePerUnit, multiplier));
      }
    }
    if (!errors.isEmpty()) {
      throw invalid(errors);
    }
    return new Parsed(set, values);
  }

  private static String cell(Csv.Row row, int index) {
    return index < row.fields().size() ? row.fields().get(index).trim() : "";
  }

  private static BigDecimal number(
      Csv.Row row, int index, String field, List<Problem.FieldError> errors) {
    String text = cell(row, index);
    if (text.isEmpty()) {
      return null;
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      errors.add(new Problem.FieldError(field, "'" + text + "' is not a number"));
      return null;
    }
  }

  private static ProblemException invalid(List<Problem.FieldError> errors) {
    return new ProblemException(
        ProblemType.BUSINESS_RULE_VIOLATED,
        "The CSV has " + errors.size() + " problem(s); nothing was loaded.",
        errors,
        Map.of());
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
