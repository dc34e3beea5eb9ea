package uk.svkit.api.directory.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.svkit.api.directory.application.DirectoryImportService.ProfileImport;
import uk.svkit.api.directory.domain.IncomeBand;
import uk.svkit.api.directory.domain.LegalForm;
import uk.svkit.api.platform.csv.Csv;
import uk.svkit.api.platform.problem.Problem;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;

/**
 * Reads the Charity Commission for England and Wales register extract ("charity" table, saved as
 * CSV) into directory imports. Columns are matched by name, in any order; others are ignored.
 *
 * <ul>
 *   <li>{@code registered_charity_number} (required) becomes the identifier {@code GB-CHC-<n>};
 *   <li>{@code charity_name} (required) the name; {@code charity_activities} the description;
 *       {@code charity_contact_web} the website; {@code charity_contact_postcode} the base postcode
 *       (it must be in svkit's postcode directory);
 *   <li>{@code latest_income} (pounds) the income band; {@code charity_is_cio} ({@code True}/{@code
 *       False}) the legal form: CIO, else registered charity;
 *   <li>rows of linked charities ({@code linked_charity_number} other than 0: subsidiaries
 *       registered under a main charity) and removed charities ({@code charity_registration_status}
 *       {@code Removed}) are skipped and listed as such, not imported.
 * </ul>
 *
 * Contact email and phone are not imported: a VCFSE enters its own contacts. At most {@value
 * #MAX_ROWS} rows per file; split a full register extract into files of that size.
 */
public final class CharityRegisterCsv {
  public static final int MAX_ROWS = 5000;
  static final String NUMBER = "registered_charity_number";
  static final String LINKED = "linked_charity_number";
  static final String NAME = "charity_name";
  static final String STATUS = "charity_registration_status";
  static final String INCOME = "latest_income";
  static final String POSTCODE = "charity_contact_postcode";
  static final String WEB = "charity_contact_web";
  static final String IS_CIO = "charity_is_cio";
  static final String ACTIVITIES = "charity_activities";
  private static final List<String> KNOWN =
      List.of(NUMBER, LINKED, NAME, STATUS, INCOME, POSTCODE, WEB, IS_CIO, ACTIVITIES);

  private CharityRegisterCsv() {}

  /** A row left out on purpose, and why. */
  public record Skipped(int line, String identifier, String reason) {}

  /** The rows to import, the rows skipped, and the problems of the file as a whole. */
  public record Parsed(
      List<ProfileImport> rows, List<Skipped> skipped, List<Problem.FieldError> fileProblems) {}

  /**
   * Reads the file. An unreadable file is a 400, one without rows or with too many a 422; problems
   * in cells are collected on their rows, named {@code line <n>.<column>}.
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
          "The CSV needs a header row and at least one charity row.");
    }
    if (rows.size() - 1 > MAX_ROWS) {
      throw ProblemException.businessRule(
          "The CSV has more than " + MAX_ROWS + " charity rows; split it into smaller files.");
    }
    Map<String, Integer> columns = new HashMap<>();
    List<String> header = rows.get(0).fields();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).trim().toLowerCase(Locale.ROOT);
      if (KNOWN.contains(name)) {
        columns.putIfAbsent(name, i);
      }
    }
    List<Problem.FieldError> fileProblems = new ArrayList<>();
    for (String required : List.of(NUMBER, NAME)) {
      if (!columns.containsKey(required)) {
        fileProblems.add(new Problem.FieldError("header", "missing column " + required));
      }
    }
    if (!fileProblems.isEmpty()) {
      return new Parsed(List.of(), List.of(), fileProblems);
    }
    List<ProfileImport> imports = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    for (Csv.Row row : rows.subList(1, rows.size())) {
      String at = "line " + row.line() + ".";
      List<Problem.FieldError> problems = new ArrayList<>();
      String number = cell(row, columns.get(NUMBER));
      String identifier = number == null ? null : "GB-CHC-" + number;
      if (number == null) {
        problems.add(new Problem.FieldError(at + NUMBER, "is empty"));
      }
      String linked = cell(row, columns.get(LINKED));
      if (linked != null && !linked.equals("0")) {
        skipped.add(
            new Skipped(
                row.line(),
                identifier,
                "a linked charity (" + LINKED + " " + linked + "), not a main charity"));
        continue;
      }
      String status = cell(row, columns.get(STATUS));
      if (status != null && status.equalsIgnoreCase("Removed")) {
        skipped.add(new Skipped(row.line(), identifier, "removed from the register"));
        continue;
      }
      String name = cell(row, columns.get(NAME));
      if (name == null) {
        problems.add(new Problem.FieldError(at + NAME, "is empty"));
      } else if (name.length() > 300) {
        problems.add(new Problem.FieldError(at + NAME, "is longer than 300 characters"));
      }
      String activities = cell(row, columns.get(ACTIVITIES));
      if (activities != null && activities.length() > 4000) {
        problems.add(new Problem.FieldError(at + ACTIVITIES, "is longer than 4000 characters"));
      }
      String web = cell(row, columns.get(WEB));
      if (web != null && web.length() > 500) {
        problems.add(new Problem.FieldError(at + WEB, "is longer than 500 characters"));
      }
      IncomeBand band = null;
      String income = cell(row, columns.get(INCOME));
      if (income != null) {
        try {
          band = band(new BigDecimal(income.replace(",", "")));
        } catch (NumberFormatException e) {
          problems.add(
              new Problem.FieldError(at + INCOME, "'" + income + "' is not an amount in pounds"));
        }
      }
      LegalForm form = LegalForm.REGISTERED_CHARITY;
      String cio = cell(row, columns.get(IS_CIO));
      if (cio != null) {
        if (cio.equalsIgnoreCase("true") || cio.equalsIgnoreCase("yes")) {
          form = LegalForm.CIO;
        } else if (!cio.equalsIgnoreCase("false") && !cio.equalsIgnoreCase("no")) {
          problems.add(
              new Problem.FieldError(at + IS_CIO, "'" + cio + "' is neither True nor False"));
        }
      }
      imports.add(
          new ProfileImport(
              at,
              identifier,
              NUMBER,
              name,
              form,
              activities,
              web,
              band,
              null,
              null,
              cell(row, columns.get(POSTCODE)),
              POSTCODE,
              null,
              problems));
    }
    return new Parsed(imports, skipped, fileProblems);
  }

  /** The band of an annual income in pounds; bands are half-open ([10k, 100k) and so on). */
  static IncomeBand band(BigDecimal income) {
    if (income.signum() < 0) {
      throw new NumberFormatException("negative");
    }
    long pounds = income.longValue();
    if (pounds < 10_000) {
      return IncomeBand.UNDER_10K;
    } else if (pounds < 100_000) {
      return IncomeBand.FROM_10K_TO_100K;
    } else if (pounds < 500_000) {
      return IncomeBand.FROM_100K_TO_500K;
    } else if (pounds < 1_000_000) {
      return IncomeBand.FROM_500K_TO_1M;
    } else if (pounds < 5_000_000) {
      return IncomeBand.FROM_1M_TO_5M;
    }
    return IncomeBand.OVER_5M;
  }

  private static String cell(Csv.Row row, Integer index) {
    if (index == null || index >= row.fields().size()) {
      return null;
    }
    String value = row.fields().get(index).trim();
    return value.isEmpty() ? null : value;
  }
}
