package uk.svkit.api.directory.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Ranks VCFSE organisations with open needs against what a business can offer, deterministically,
 * out of 100 points, with every point explained:
 *
 * <ul>
 *   <li>theme fit, up to 35: the share of the wanted themes the organisation works on;
 *   <li>place, up to 25: near a point, falling linearly from 25 at the centre to 0 at the radius;
 *       otherwise 25 if it serves the wanted place;
 *   <li>support fit, up to 20: it has an open need of a wanted support type;
 *   <li>need size, up to 10: how close the best-fitting open need's remaining quantity is to the
 *       quantity offered (the smaller over the larger); 5 when either has no quantity;
 *   <li>recency, up to 10: its newest open need, falling from 10 when posted today to 0 at 90 days.
 * </ul>
 *
 * Ties are broken by distance, then name, then id, so the same data always gives the same list.
 */
public final class Matcher {
  static final int THEME = 35;
  static final int PLACE = 25;
  static final int SUPPORT = 20;
  static final int SIZE = 10;
  static final int RECENCY = 10;
  static final int RECENCY_DAYS = 90;

  private Matcher() {}

  /** What is offered. Empty sets and nulls mean "not a criterion": those factors score 0. */
  public record Wanted(
      Set<String> themes, Set<SupportType> supportTypes, String placeCode, BigDecimal quantity) {}

  public record Factor(String factor, double points, int max, String reason) {}

  /** An organisation that may match, as searches show it, with its open, unexpired needs. */
  public record Candidate(
      OrganisationSummary organisation,
      Double distanceKm,
      Double radiusKm,
      List<NeedSummary> openNeeds) {}

  /** A ranked organisation, and the open needs its score considered. */
  public record Match(
      OrganisationSummary organisation,
      Double distanceKm,
      double score,
      List<Factor> factors,
      List<NeedSummary> needs) {}

  public static List<Match> rank(List<Candidate> candidates, Wanted wanted, LocalDate today) {
    List<Match> matches = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.openNeeds().isEmpty()) {
        continue;
      }
      List<Factor> factors = new ArrayList<>();
      factors.add(themeFit(c.organisation(), wanted));
      factors.add(place(c, wanted));
      List<NeedSummary> fitting =
          c.openNeeds().stream()
              .filter(
                  n ->
                      wanted.supportTypes().isEmpty()
                          || wanted.supportTypes().contains(n.supportType()))
              .toList();
      factors.add(
          wanted.supportTypes().isEmpty()
              ? new Factor("supportType", 0, SUPPORT, "no support type asked for")
              : fitting.isEmpty()
                  ? new Factor("supportType", 0, SUPPORT, "no open need of a wanted support type")
                  : new Factor(
                      "supportType",
                      SUPPORT,
                      SUPPORT,
                      "open need for "
                          + fitting.get(0).supportType().name().toLowerCase().replace('_', ' ')));
      List<NeedSummary> considered = fitting.isEmpty() ? c.openNeeds() : fitting;
      factors.add(size(considered, wanted.quantity()));
      factors.add(recency(considered, today));
      double score = round(factors.stream().mapToDouble(Factor::points).sum());
      matches.add(
          new Match(c.organisation(), c.distanceKm(), score, List.copyOf(factors), considered));
    }
    matches.sort(
        Comparator.comparingDouble(Match::score)
            .reversed()
            .thenComparing(m -> m.distanceKm() == null ? Double.MAX_VALUE : m.distanceKm())
            .thenComparing(m -> m.organisation().name().toLowerCase(Locale.ROOT))
            .thenComparing(m -> m.organisation().id()));
    return matches;
  }

  private static Factor themeFit(OrganisationSummary organisation, Wanted wanted) {
    if (wanted.themes().isEmpty()) {
      return new Factor("theme", 0, THEME, "no theme asked for");
    }
    List<String> shared =
        wanted.themes().stream().filter(organisation.themes()::contains).sorted().toList();
    double points = round(THEME * (double) shared.size() / wanted.themes().size());
    return new Factor(
        "theme",
        points,
        THEME,
        shared.isEmpty()
            ? "works on none of the wanted themes"
            : "works on "
                + String.join(", ", shared)
                + " ("
                + shared.size()
                + " of "
                + wanted.themes().size()
                + ")");
  }

  private static Factor place(Candidate c, Wanted wanted) {
    if (c.distanceKm() != null && c.radiusKm() != null) {
      double points = round(PLACE * Math.max(0, 1 - c.distanceKm() / c.radiusKm()));
      return new Factor(
          "place",
          points,
          PLACE,
          String.format("%.1f km away (radius %.0f km)", c.distanceKm(), c.radiusKm()));
    }
    if (wanted.placeCode() != null) {
      boolean serves = serves(c.organisation(), wanted.placeCode());
      return new Factor(
          "place",
          serves ? PLACE : 0,
          PLACE,
          serves ? "serves " + wanted.placeCode() : "does not serve " + wanted.placeCode());
    }
    return new Factor("place", 0, PLACE, "no place asked for");
  }

  /** Whether the organisation works in the place: it serves it or is based there. */
  private static boolean serves(OrganisationSummary organisation, String placeCode) {
    return organisation.placesServed().contains(placeCode)
        || (organisation.base() != null && placeCode.equals(organisation.base().placeCode()));
  }

  private static Factor size(List<NeedSummary> needs, BigDecimal offered) {
    double best = 0;
    String reason = "no quantity offered";
    for (NeedSummary n : needs) {
      BigDecimal remaining = n.remainingQuantity();
      if (offered == null
          || offered.signum() <= 0
          || remaining == null
          || remaining.signum() <= 0) {
        if (best < SIZE / 2.0) {
          best = SIZE / 2.0;
          reason = offered == null ? "no quantity offered" : "the need has no quantity";
        }
        continue;
      }
      double fit =
          offered
              .min(remaining)
              .divide(offered.max(remaining), 6, RoundingMode.HALF_UP)
              .doubleValue();
      if (SIZE * fit > best) {
        best = SIZE * fit;
        reason =
            "offer "
                + offered.stripTrailingZeros().toPlainString()
                + " against "
                + remaining.stripTrailingZeros().toPlainString()
                + (n.unit() == null ? "" : " " + n.unit())
                + " still needed";
      }
    }
    return new Factor("needSize", round(best), SIZE, reason);
  }

  private static Factor recency(List<NeedSummary> needs, LocalDate today) {
    long newest =
        needs.stream()
            .mapToLong(
                n -> Math.max(0, ChronoUnit.DAYS.between(n.createdAt().toLocalDate(), today)))
            .min()
            .orElse(RECENCY_DAYS);
    double points = round(RECENCY * Math.max(0, 1 - (double) newest / RECENCY_DAYS));
    return new Factor(
        "recency",
        points,
        RECENCY,
        "newest open need posted " + newest + (newest == 1 ? " day" : " days") + " ago");
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
