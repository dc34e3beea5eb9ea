package uk.svkit.api.geography.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.svkit.api.geography.infrastructure.PostcodeDirectoryFormat;
import uk.svkit.api.platform.audit.AuditAction;
import uk.svkit.api.platform.audit.AuditTrail;
import uk.svkit.api.platform.csv.Csv;
import uk.svkit.api.platform.csv.CsvReader;
import uk.svkit.api.platform.persistence.DatabaseProduct;
import uk.svkit.api.platform.problem.Problem;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;
import uk.svkit.api.platform.request.Loggers;
import uk.svkit.api.platform.security.Caller;
import uk.svkit.api.platform.security.Tenancy;

/**
 * Loads a postcode directory CSV ({@link PostcodeDirectoryFormat}) into {@code dir_postcode}:
 * streamed row by row (the national file has about 2.7 million rows), upserted by postcode in JDBC
 * batches, all in one transaction. A bad row means nothing is stored: the file is still read to the
 * end so the 422 can name every bad line (up to {@link #MAX_REPORTED} of them). The transaction
 * gets its own timeout ({@code svkit.geography.postcode-import-timeout}), since a national file
 * takes minutes where an API call takes milliseconds.
 */
@ApplicationScoped
public class PostcodeImport {
  static final int MAX_REPORTED = 100;
  private static final int BATCH = 1000;
  private static final int MAX_RECORD_CHARS = 16_384;
  private static final Logger LOG = Loggers.of(PostcodeImport.class);

  @Resource(lookup = "jdbc/svkit")
  DataSource dataSource;

  @Resource UserTransaction transaction;

  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "svkit.geography.postcode-import-timeout", defaultValue = "PT1H")
  java.time.Duration timeout;

  /** What an import did: its id (the audit event's entity id) and the row counts. */
  public record Report(String importId, long inserted, long updated, long skipped) {}

  public Report importCsv(InputStream body) {
    Caller caller = Tenancy.caller();
    if (!caller.isPlatformAdmin()) {
      throw ProblemException.forbidden("Only platform admins load the postcode directory.");
    }
    CsvReader reader =
        new CsvReader(
            new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 1 << 16),
            MAX_RECORD_CHARS);
    try {
      transaction.setTransactionTimeout((int) Math.min(Integer.MAX_VALUE, timeout.toSeconds()));
      transaction.begin();
      Report report = load(reader);
      transaction.commit();
      LOG.info(
          () ->
              "Postcode import "
                  + report.importId()
                  + ": "
                  + report.inserted()
                  + " inserted, "
                  + report.updated()
                  + " updated, "
                  + report.skipped()
                  + " skipped");
      return report;
    } catch (ProblemException | UncheckedIOException e) {
      rollBack();
      throw e;
    } catch (Exception e) {
      rollBack();
      throw new IllegalStateException("The postcode import failed", e);
    } finally {
      try {
        transaction.setTransactionTimeout(0);
      } catch (SystemException e) {
        LOG.log(Level.WARNING, "Could not reset the transaction timeout", e);
      }
    }
  }

  private Report load(CsvReader reader) throws SQLException {
    Csv.Row header = next(reader);
    if (header == null) {
      throw invalidFile(List.of(new Problem.FieldError("header", "the file is empty")), 1);
    }
    PostcodeDirectoryFormat format;
    try {
      format = PostcodeDirectoryFormat.of(header.fields());
    } catch (IllegalArgumentException e) {
      throw invalidFile(List.of(new Problem.FieldError("header", e.getMessage())), 1);
    }
    OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    List<Problem.FieldError> errors = new ArrayList<>();
    long badLines = 0;
    long stored = 0;
    long skipped = 0;
    try (Connection c = dataSource.getConnection()) {
      long before = count(c);
      try (PreparedStatement upsert = c.prepareStatement(upsertSql(c))) {
        int batched = 0;
        for (Csv.Row row = next(reader); row != null; row = next(reader)) {
          PostcodeDirectoryFormat.Row read = format.read(row.fields());
          if (!read.problems().isEmpty()) {
            badLines++;
            for (PostcodeDirectoryFormat.Problem p : read.problems()) {
              if (errors.size() < MAX_REPORTED) {
                errors.add(
                    new Problem.FieldError("line " + row.line() + "." + p.column(), p.message()));
              }
            }
          } else if (read.skipped()) {
            skipped++;
          } else if (badLines == 0) {
            // After the first bad line nothing will be kept: only validate the rest.
            PostcodeDirectoryFormat.Entry e = read.entry();
            upsert.setString(1, e.postcode());
            upsert.setDouble(2, e.latitude());
            upsert.setDouble(3, e.longitude());
            upsert.setString(4, e.placeCode());
            upsert.setObject(5, now);
            upsert.addBatch();
            stored++;
            if (++batched == BATCH) {
              upsert.executeBatch();
              batched = 0;
            }
          }
        }
        if (badLines > 0) {
          throw invalidFile(errors, badLines);
        }
        if (batched > 0) {
          upsert.executeBatch();
        }
      }
      long inserted = count(c) - before;
      String importId = UUID.randomUUID().toString();
      audit.recordAll(c, "postcode-import", null, AuditAction.CREATED, List.of(importId), Set.of());
      return new Report(importId, inserted, stored - inserted, skipped);
    }
  }

  private static Csv.Row next(CsvReader reader) {
    try {
      return reader.next();
    } catch (IllegalArgumentException e) {
      // Malformed quoting: the rest of the file cannot be split into rows reliably.
      throw invalidFile(List.of(new Problem.FieldError("file", e.getMessage())), 1);
    }
  }

  /**
   * One upsert statement per database: PostgreSQL's {@code ON CONFLICT}, H2's {@code MERGE ...
   * KEY}. (Standard {@code MERGE} needs PostgreSQL 15; the tests also run on 14.)
   */
  private static String upsertSql(Connection c) throws SQLException {
    if (DatabaseProduct.isPostgres(c)) {
      return "INSERT INTO dir_postcode (postcode, latitude, longitude, place_code, imported_at) VALUES (?, ?, ?, ?, ?)"
          + " ON CONFLICT (postcode) DO UPDATE SET latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude,"
          + " place_code = EXCLUDED.place_code, imported_at = EXCLUDED.imported_at";
    }
    return "MERGE INTO dir_postcode (postcode, latitude, longitude, place_code, imported_at) KEY (postcode) VALUES (?, ?, ?, ?, ?)";
  }

  private static long count(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM dir_postcode");
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static ProblemException invalidFile(List<Problem.FieldError> errors, long badLines) {
    String detail =
        badLines > errors.size()
            ? badLines
                + " lines are invalid (the first "
                + errors.size()
                + " problems are listed); nothing was imported."
            : "The file has invalid lines; nothing was imported.";
    return new ProblemException(ProblemType.BUSINESS_RULE_VIOLATED, detail, errors, Map.of());
  }

  private void rollBack() {
    try {
      if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
    } catch (SystemException | IllegalStateException | SecurityException e) {
      LOG.log(Level.WARNING, "Could not roll back the postcode import", e);
    }
  }
}
