package uk.svkit.api.directory.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MatcherTest {
  private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

  private static OrganisationSummary profile(
      String id, String name, Set<String> themes, Set<String> places) {
    VcfseProfile profile =
        new VcfseProfile(
            id,
            name,
            "GB-CHC-" + id,
            new VcfseProfile.Details(
                LegalForm.CIO,
                "d",
                null,
                null,
                themes,
                Set.of(),
                places,
                new VcfseProfile.Location("CH41 1AA", 53.39, -3.02, "E08000015"),
                false,
                List.of()));
    return OrganisationSummary.of(profile, List.of());
  }

  private static NeedSummary need(String owner, SupportType type, String quantity) {
    Need need =
        new Need(
            owner,
            new Need.Terms(
                type,
                "need",
                null,
                quantity == null ? null : new BigDecimal(quantity),
                "hours",
                null,
                TODAY.plusDays(30)));
    return NeedSummary.of(need, null);
  }

  private static Map<String, Double> points(Matcher.Match m) {
    return m.factors().stream()
        .collect(Collectors.toMap(Matcher.Factor::factor, Matcher.Factor::points));
  }

  @Test
  void scoresEachFactorAndExplainsIt() {
    OrganisationSummary a =
        profile("1", "Alpha", Set.of("community-cohesion", "environment"), Set.of("E08000015"));
    Matcher.Wanted wanted =
        new Matcher.Wanted(
            Set.of("community-cohesion", "employment"),
            Set.of(SupportType.VOLUNTEERING),
            "E08000015",
            new BigDecimal("50"));
    List<Matcher.Match> ranked =
        Matcher.rank(
            List.of(
                new Matcher.Candidate(
                    a, null, null, List.of(need("1", SupportType.VOLUNTEERING, "100")))),
            wanted,
            TODAY);
    Map<String, Double> p = points(ranked.get(0));
    assertEquals(17.5, p.get("theme"), "one of two wanted themes");
    assertEquals(25.0, p.get("place"), "serves the wanted place");
    assertEquals(20.0, p.get("supportType"));
    assertEquals(5.0, p.get("needSize"), "50 offered against 100 needed");
    assertEquals(10.0, p.get("recency"));
    assertEquals(77.5, ranked.get(0).score());
  }

  @Test
  void distanceScoresLinearlyAndBreaksTiesDeterministically() {
    OrganisationSummary near = profile("2", "Zed", Set.of(), Set.of());
    OrganisationSummary far = profile("3", "Able", Set.of(), Set.of());
    OrganisationSummary sameAsFar = profile("4", "Baker", Set.of(), Set.of());
    Matcher.Wanted wanted = new Matcher.Wanted(Set.of(), Set.of(), null, null);
    List<Matcher.Match> ranked =
        Matcher.rank(
            List.of(
                new Matcher.Candidate(
                    sameAsFar, 5.0, 10.0, List.of(need("4", SupportType.SPACE, null))),
                new Matcher.Candidate(far, 5.0, 10.0, List.of(need("3", SupportType.SPACE, null))),
                new Matcher.Candidate(
                    near, 2.5, 10.0, List.of(need("2", SupportType.SPACE, null)))),
            wanted,
            TODAY);
    assertEquals(
        List.of("Zed", "Able", "Baker"),
        ranked.stream().map(m -> m.organisation().name()).toList());
    assertEquals(18.75, points(ranked.get(0)).get("place"), "2.5 of 10 km: three quarters of 25");
    assertEquals(12.5, points(ranked.get(1)).get("place"));
  }

  @Test
  void organisationsWithoutOpenNeedsAreNotMatched() {
    OrganisationSummary idle = profile("5", "Idle", Set.of("employment"), Set.of());
    assertEquals(
        List.of(),
        Matcher.rank(
            List.of(new Matcher.Candidate(idle, null, null, List.of())),
            new Matcher.Wanted(Set.of("employment"), Set.of(), null, null),
            TODAY));
  }
}
