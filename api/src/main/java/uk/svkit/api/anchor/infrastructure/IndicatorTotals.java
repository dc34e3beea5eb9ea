package uk.svkit.api.anchor.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.svkit.api.anchor.domain.Declaration;
import uk.svkit.api.anchor.domain.IndicatorTotalsChange;

/**
 * The kept indicator totals (per declaration and period) and each declaration's latest validated
 * figure, written in the transaction of every return write; dashboards, benchmarks and the
 * collective view read only these, so their cost follows declarations and periods, never returns.
 */
@ApplicationScoped
public class IndicatorTotals {
  @PersistenceContext(unitName = "svkit")
  EntityManager em;

  /** One declaration's figures for one period. */
  public record Period(
      LocalDate periodStart,
      BigDecimal claimed,
      BigDecimal validated,
      int liveReturns,
      int validatedReturns) {}

  /** A signatory's latest validated figure for an indicator, as peers and the collective see it. */
  public record Latest(String indicatorCode, String organisationId, BigDecimal value) {}

  /** Adds a change to the period's totals and refreshes the declaration's latest figure. */
  public void apply(Declaration declaration, IndicatorTotalsChange change) {
    int updated =
        em.createNativeQuery(
                "UPDATE anc_indicator_total SET claimed_value = claimed_value + ?,"
                    + " validated_value = validated_value + ?, live_returns = live_returns + ?,"
                    + " validated_returns = validated_returns + ?"
                    + " WHERE declaration_id = ? AND period_start = ?")
            .setParameter(1, change.claimed())
            .setParameter(2, change.validated())
            .setParameter(3, change.liveReturns())
            .setParameter(4, change.validatedReturns())
            .setParameter(5, change.declarationId())
            .setParameter(6, change.periodStart())
            .executeUpdate();
    if (updated == 0) {
      em.createNativeQuery(
              "INSERT INTO anc_indicator_total (declaration_id, period_start, claimed_value,"
                  + " validated_value, live_returns, validated_returns) VALUES (?, ?, ?, ?, ?, ?)")
          .setParameter(1, change.declarationId())
          .setParameter(2, change.periodStart())
          .setParameter(3, change.claimed())
          .setParameter(4, change.validated())
          .setParameter(5, change.liveReturns())
          .setParameter(6, change.validatedReturns())
          .executeUpdate();
    }
    refreshLatest(declaration);
  }

  private void refreshLatest(Declaration declaration) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT period_start, validated_value FROM anc_indicator_total"
                    + " WHERE declaration_id = ? AND validated_returns > 0"
                    + " ORDER BY period_start DESC")
            .setParameter(1, declaration.id())
            .setMaxResults(1)
            .getResultList();
    em.createNativeQuery("DELETE FROM anc_indicator_latest WHERE declaration_id = ?")
        .setParameter(1, declaration.id())
        .executeUpdate();
    if (!rows.isEmpty()) {
      Object[] row = (Object[]) rows.get(0);
      em.createNativeQuery(
              "INSERT INTO anc_indicator_latest (declaration_id, programme_id, indicator_code,"
                  + " organisation_id, period_start, validated_value) VALUES (?, ?, ?, ?, ?, ?)")
          .setParameter(1, declaration.id())
          .setParameter(2, declaration.programmeId())
          .setParameter(3, declaration.indicatorCode())
          .setParameter(4, declaration.organisationId())
          .setParameter(5, date(row[0]))
          .setParameter(6, (BigDecimal) row[1])
          .executeUpdate();
    }
  }

  /** The declarations' kept figures by period, oldest first. */
  public Map<String, List<Period>> series(List<String> declarationIds) {
    Map<String, List<Period>> series = new LinkedHashMap<>();
    if (declarationIds.isEmpty()) {
      return series;
    }
    var query =
        em.createNativeQuery(
            "SELECT declaration_id, period_start, claimed_value, validated_value, live_returns,"
                + " validated_returns FROM anc_indicator_total WHERE declaration_id IN ("
                + String.join(",", java.util.Collections.nCopies(declarationIds.size(), "?"))
                + ") ORDER BY declaration_id, period_start");
    for (int i = 0; i < declarationIds.size(); i++) {
      query.setParameter(i + 1, declarationIds.get(i));
    }
    for (Object o : query.getResultList()) {
      Object[] row = (Object[]) o;
      series
          .computeIfAbsent((String) row[0], k -> new ArrayList<>())
          .add(
              new Period(
                  date(row[1]),
                  (BigDecimal) row[2],
                  (BigDecimal) row[3],
                  ((Number) row[4]).intValue(),
                  ((Number) row[5]).intValue()));
    }
    return series;
  }

  /** Every signatory's latest validated figure under a programme, by indicator. */
  public List<Latest> latest(String programmeId) {
    List<Latest> latest = new ArrayList<>();
    for (Object o :
        em.createNativeQuery(
                "SELECT indicator_code, organisation_id, validated_value FROM anc_indicator_latest"
                    + " WHERE programme_id = ? ORDER BY indicator_code")
            .setParameter(1, programmeId)
            .getResultList()) {
      Object[] row = (Object[]) o;
      latest.add(new Latest((String) row[0], (String) row[1], (BigDecimal) row[2]));
    }
    return latest;
  }

  private static LocalDate date(Object value) {
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    return (LocalDate) value;
  }
}
