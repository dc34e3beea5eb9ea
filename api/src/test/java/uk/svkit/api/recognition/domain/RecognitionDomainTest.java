package uk.svkit.api.recognition.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;
import uk.svkit.api.platform.security.Caller;
import uk.svkit.api.platform.security.Roles;

class RecognitionDomainTest {
  private static final String LEAD_ORG = "org-lead";

  private static Programme scheme(Integer validityMonths) {
    return new Programme(
        LEAD_ORG,
        "T-AWARD",
        ProgrammeKind.AWARD_SCHEME,
        "Test award",
        "Lead",
        null,
        null,
        "1",
        null,
        validityMonths,
        List.of(new ProgrammeElement("SOC", ElementKind.THEME, "Social", null, 0)));
  }

  private static Programme charter() {
    return new Programme(
        null,
        "T-CHARTER",
        ProgrammeKind.CHARTER,
        "Charter",
        "Partnership",
        null,
        null,
        "2019",
        null,
        null,
        List.of());
  }

  @Test
  void anAwardSchemeLastsFiveYearsUnlessItSaysOtherwise() {
    assertEquals(60, scheme(null).validityMonths());
    assertEquals(36, scheme(36).validityMonths());
    assertNull(charter().validityMonths());
  }

  @Test
  void aDecisionIsTakenOnceAndAnAwardRunsFromIt() {
    AwardApplication a =
        new AwardApplication(
            "org-1", scheme(null), null, Sector.PRIVATE, "Sam", null, "sam", List.of());
    a.decide(true, LocalDate.of(2024, 2, 29), "Good", "ann", 60);
    assertEquals(ApplicationStatus.AWARDED, a.status());
    assertEquals(LocalDate.of(2029, 2, 28), a.expiresOn());
    assertTrue(a.isCurrentOn(LocalDate.of(2029, 2, 27)));
    assertFalse(a.isCurrentOn(LocalDate.of(2029, 2, 28)));
    assertEquals(AwardStatus.EXPIRED, a.awardStatus(LocalDate.of(2030, 1, 1)));
    ProblemException again =
        assertThrows(
            ProblemException.class,
            () -> a.decide(false, LocalDate.of(2024, 3, 1), "No", "bob", 60));
    assertEquals(ProblemType.CONFLICT, again.type());
  }

  @Test
  void aRefusalHasNoExpiryAndIsNeverCurrent() {
    AwardApplication a =
        new AwardApplication(
            "org-1", scheme(null), null, Sector.VCFSE, "Sam", null, "sam", List.of());
    a.decide(false, LocalDate.of(2025, 1, 10), "Environment not evidenced", "ann", 60);
    assertNull(a.expiresOn());
    assertNull(a.awardStatus(LocalDate.of(2025, 1, 10)));
    assertFalse(a.isCurrentOn(LocalDate.of(2025, 1, 10)));
  }

  @Test
  void aWithdrawnSignatureStandsUntilTheDayOfWithdrawal() {
    Signature s =
        new Signature(
            "org-1",
            charter(),
            LocalDate.of(2024, 1, 15),
            "Jo",
            "Chair",
            null,
            null,
            Sector.VCFSE,
            "jo",
            OffsetDateTime.parse("2024-01-15T09:00:00Z"),
            List.of());
    assertEquals("2019", s.programmeVersion());
    assertFalse(s.isActiveOn(LocalDate.of(2024, 1, 14)));
    assertTrue(s.isActiveOn(LocalDate.of(2024, 1, 15)));
    assertThrows(ProblemException.class, () -> s.withdraw(LocalDate.of(2024, 1, 14), "too early"));
    s.withdraw(LocalDate.of(2025, 6, 1), "Merged");
    assertTrue(s.isActiveOn(LocalDate.of(2025, 5, 31)));
    assertFalse(s.isActiveOn(LocalDate.of(2025, 6, 1)));
    assertEquals(
        ProblemType.CONFLICT,
        assertThrows(ProblemException.class, () -> s.withdraw(LocalDate.of(2025, 6, 2), "again"))
            .type());
  }

  @Test
  void onlyAssignedAssessorsAssessAndOnlyTheOwnersLeadsAdminister() {
    Programme scheme = scheme(null);
    scheme.assignAssessors(Set.of("ann"));
    Caller ann = new Caller("ann", LEAD_ORG, "GB-L", Set.of(Roles.EVALUATOR));
    Caller namesake = new Caller("ann", "org-other", "GB-X", Set.of(Roles.EVALUATOR));
    assertFalse(
        RecognitionAccess.assesses(namesake, scheme),
        "an assessor acts for the administering organisation; the same subject elsewhere does not");
    Caller leadBuyer = new Caller("lee", LEAD_ORG, "GB-L", Set.of(Roles.BUYER));
    Caller leadEvaluator = new Caller("eve", LEAD_ORG, "GB-L", Set.of(Roles.EVALUATOR));
    Caller admin = new Caller("root", null, null, Set.of(Roles.PLATFORM_ADMIN));
    assertTrue(RecognitionAccess.assesses(ann, scheme));
    assertFalse(RecognitionAccess.assesses(leadBuyer, scheme));
    assertFalse(RecognitionAccess.assesses(admin, scheme));
    assertTrue(RecognitionAccess.administers(leadBuyer, scheme));
    assertFalse(RecognitionAccess.administers(leadEvaluator, scheme));
    assertTrue(RecognitionAccess.administers(admin, charter()));
    assertFalse(
        RecognitionAccess.administers(leadBuyer, charter()),
        "shipped programmes are the platform's");
    assertFalse(RecognitionAccess.administers(null, scheme));
  }
}
