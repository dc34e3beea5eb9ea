package uk.svkit.api.framework.infrastructure;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.svkit.api.platform.csv.Csv;
import uk.svkit.api.platform.problem.Problem;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;

/**
 * Reads a framework edition from CSV, the shape a buyer keeps in a spreadsheet: one row per element
 * or measure, with the edition's details repeated on every row (they must agree).
 *
 * <pre>
 * frameworkCode,frameworkName,edition,source,type,code,title,kind,parentCode,unitType,unitLabel,monetised
 * WIRRAL-SV,Wirral social value,2026,Cabinet paper 12/2025,element,JOBS,Local jobs,THEME,,,,
 * WIRRAL-SV,Wirral social value,2026,Cabinet paper 12/2025,measure,WRL-EMP-01,Local hires,,JOBS,FTE,FTE hired,true
 * </pre>
 *
 * {@code type} is {@code element} or {@code measure}. Element rows fill {@code kind} and optionally
 * {@code parentCode}; measure rows fill {@code unitType}, {@code unitLabel} and {@code monetised},
 * and {@code parentCode} names the element the measure belongs to. Optional columns: {@code
 * publisher, description, licenceNote, validFrom}. Column order does not matter.
 *
 * <p>Reading does not stop at the first problem: cell problems are collected in {@link
 * Parsed#problems()} for the caller to report with the content's own problems, all by line.
 */
public final class FrameworkEditionCsv {
  static final List<String> EDITION_COLUMNS =
      List.of("frameworkCode", "frameworkName", "edition", "source");
  static final List<String> OPTIONAL_EDITION_COLUMNS =
      List.of("publisher", "description", "licenceNote", "validFrom");
  static final List<String> ROW_COLUMNS =
      List.of("type", "code", "title", "kind", "parentCode", "unitType", "unitLabel", "monetised");
  static final List<String> ELEMENT_ONLY = List.of("kind");
  static final List<String> MEASURE_ONLY = List.of("unitType", "unitLabel", "monetised");
  static final int MAX_ROWS = 4000;
  private static final Pattern INDEXED =
      Pattern.compile("(elements|measures)\\[(\\d+)\\](?:\\.(\\w+))?(.*)");

  private FrameworkEditionCsv() {}

  /** An element row; empty cells read as {@code null}. */
  public record ElementRow(int line, String code, String kind, String title, String parentCode) {}

  /** A measure row; {@code monetised} is {@code null} when the cell is empty or not a boolean. */
  public record MeasureRow(
      int line,
      String code,
      String title,
      String unitType,
      String unitLabel,
      Boolean monetised,
      String elementCode) {}

  /**
   * What the file says: the edition's details (by column, {@code null} when empty), its rows, and
   * the problems found in cells so far.
   */
  public record Parsed(
      Map<String, String> edition,
      LocalDate validFrom,
      int firstLine,
      List<ElementRow> elements,
      List<MeasureRow> measures,
      List<Problem.FieldError> problems) {
    public String get(String column) {
      return edition.get(column);
    }

    /**
     * The problem of the request built from this file, named by line: {@code elements[3].title}
     * becomes {@code line 5.title}; the edition's own fields name the first data line. A measure's
     * {@code elementCode} is the file's {@code parentCode} column.
     */
    public Problem.FieldError byLine(Problem.FieldError error) {
      Matcher indexed = INDEXED.matcher(error.field);
      if (indexed.matches()) {
        int index = Integer.parseInt(indexed.group(2));
        boolean element = indexed.group(1).equals("elements");
        int line = element ? elements.get(index).line() : measures.get(index).line();
        String column =
            indexed.group(3) == null
                ? "row"
                : "elementCode".equals(indexed.group(3)) ? "parentCode" : indexed.group(3);
        return new Problem.FieldError("line " + line + "." + column, error.message);
      }
      if (error.field.equals("elements") || error.field.equals("measures")) {
        return new Problem.FieldError("file", error.field + " " + error.message);
      }
      return new Problem.FieldError("line " + firstLine + "." + error.field, error.message);
    }
  }

  /**
   * Reads the file. Problems that stop reading altogether (not CSV, no rows, too many rows, missing
   * columns) are thrown at once; problems in cells are collected.
   */
  public static Parsed parse(String text) {
    List<Csv.Row> rows;
    try {
      rows = Csv.parse(text);
    } catch (IllegalArgumentException e) {
      throw new ProblemException(
          ProblemType.MALFORMED_REQUEST, "The CSV cannot be read. " + e.getMessage());
    }
    if (rows.size() < 2) {
      throw ProblemException.businessRule(
          "The CSV needs a header row and at least one element row.");
    }
    if (rows.size() - 1 > MAX_ROWS) {
      throw ProblemException.businessRule(
          "The CSV has more than " + MAX_ROWS + " element and measure rows.");
    }
    Map<String, Integer> columns = columns(rows.get(0));
    List<Problem.FieldError> problems = new ArrayList<>();
    for (String required : concat(EDITION_COLUMNS, ROW_COLUMNS)) {
      if (!columns.containsKey(required)) {
        problems.add(new Problem.FieldError("header", "missing column " + required));
      }
    }
    if (!problems.isEmpty()) {
      throw invalid(problems);
    }
    Map<String, String> edition = new LinkedHashMap<>();
    List<ElementRow> elements = new ArrayList<>();
    List<MeasureRow> measures = new ArrayList<>();
    for (Csv.Row row : rows.subList(1, rows.size())) {
      String at = "line " + row.line() + ".";
      for (String column : concat(EDITION_COLUMNS, OPTIONAL_EDITION_COLUMNS)) {
        if (!columns.containsKey(column)) {
          continue;
        }
        String value = cell(row, columns.get(column));
        if (edition.containsKey(column)) {
          String first = edition.get(column);
          if (!java.util.Objects.equals(first, value)) {
            problems.add(
                new Problem.FieldError(
                    at + column,
                    "differs from the first row ('" + (first == null ? "" : first) + "')"));
          }
        } else {
          edition.put(column, value);
        }
      }
      String type = cell(row, columns.get("type"));
      String kind = cell(row, columns.get("kind"));
      if ("element".equalsIgnoreCase(type)) {
        notFor(row, columns, MEASURE_ONLY, "element", at, problems);
        elements.add(
            new ElementRow(
                row.line(),
                cell(row, columns.get("code")),
                kind,
                cell(row, columns.get("title")),
                cell(row, columns.get("parentCode"))));
      } else if ("measure".equalsIgnoreCase(type)) {
        notFor(row, columns, ELEMENT_ONLY, "measure", at, problems);
        measures.add(
            new MeasureRow(
                row.line(),
                cell(row, columns.get("code")),
                cell(row, columns.get("title")),
                cell(row, columns.get("unitType")),
                cell(row, columns.get("unitLabel")),
                bool(cell(row, columns.get("monetised")), at + "monetised", problems),
                cell(row, columns.get("parentCode"))));
      } else {
        problems.add(
            new Problem.FieldError(
                at + "type",
                type == null
                    ? "is empty; use element or measure"
                    : "'" + type + "' is neither element nor measure"));
      }
    }
    LocalDate validFrom =
        date(edition.get("validFrom"), "line " + rows.get(1).line() + ".validFrom", problems);
    return new Parsed(edition, validFrom, rows.get(1).line(), elements, measures, problems);
  }

  /** The one problem answer for a file: every problem by line, nothing stored. */
  public static ProblemException invalid(List<Problem.FieldError> errors) {
    List<Problem.FieldError> sorted = new ArrayList<>(errors);
    sorted.sort(
        Comparator.comparingInt(FrameworkEditionCsv::lineOf)
            .thenComparing(e -> e.field)
            .thenComparing(e -> e.message));
    return new ProblemException(
        ProblemType.BUSINESS_RULE_VIOLATED,
        "The CSV has " + sorted.size() + " problem(s); nothing was imported.",
        sorted,
        Map.of());
  }

  private static int lineOf(Problem.FieldError error) {
    if (!error.field.startsWith("line ")) {
      return 0;
    }
    int dot = error.field.indexOf('.');
    return Integer.parseInt(error.field.substring(5, dot < 0 ? error.field.length() : dot));
  }

  private static Map<String, Integer> columns(Csv.Row header) {
    Map<String, Integer> columns = new HashMap<>();
    List<String> known = concat(concat(EDITION_COLUMNS, OPTIONAL_EDITION_COLUMNS), ROW_COLUMNS);
    for (int i = 0; i < header.fields().size(); i++) {
      String name = header.fields().get(i).trim().toLowerCase(Locale.ROOT);
      for (String column : known) {
        if (column.toLowerCase(Locale.ROOT).equals(name)) {
          columns.putIfAbsent(column, i);
        }
      }
    }
    return columns;
  }

  private static void notFor(
      Csv.Row row,
      Map<String, Integer> columns,
      List<String> others,
      String type,
      String at,
      List<Problem.FieldError> problems) {
    for (String column : others) {
      if (cell(row, columns.get(column)) != null) {
        problems.add(
            new Problem.FieldError(
                at + column,
                "must be empty on a" + ("element".equals(type) ? "n " : " ") + type + " row"));
      }
    }
  }

  /** The trimmed cell, or {@code null} when it is empty or the row is short. */
  private static String cell(Csv.Row row, Integer index) {
    if (index == null || index < 0 || index >= row.fields().size()) {
      return null;
    }
    String value = row.fields().get(index).trim();
    return value.isEmpty() ? null : value;
  }

  private static Boolean bool(String text, String field, List<Problem.FieldError> problems) {
    if (text == null) {
      return null; // reported as a missing value by the request's constraints
    }
    if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
      return Boolean.valueOf(text.toLowerCase(Locale.ROOT));
    }
    problems.add(new Problem.FieldError(field, "'" + text + "' is neither true nor false"));
    return Boolean.FALSE; // reported; a placeholder so the same cell is not reported twice
  }

  private static LocalDate date(String text, String field, List<Problem.FieldError> problems) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problems.add(new Problem.FieldError(field, "'" + text + "' is not a date (YYYY-MM-DD)"));
      return null;
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
