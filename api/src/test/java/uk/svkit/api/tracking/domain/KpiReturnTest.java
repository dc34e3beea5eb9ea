package uk.svkit.api.tracking.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.svkit.api.platform.money.Money;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;
import uk.svkit.api.platform.time.Timestamps;

/**
 * The return life cycle and what each step does to the kept totals: the totals are the running sum
 * of the changes, so after any sequence they must equal what the live returns add up to.
 */
class KpiReturnTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-04-10T09:30:00.123456789Z"), ZoneOffset.UTC);
  private static final LocalDate Q1 = LocalDate.of(2026, 1, 1);

  private final Commitment commitment =
      new Commitment(
          0,
          "LM-EMP-01",
          null,
          new BigDecimal("40"),
          TargetPeriod.WHOLE_CONTRACT,
          ReportingFrequency.QUARTERLY,
          null,
          null,
          null,
          Commitment.Adjustments.NONE);
  private final Contract contract =
      new Contract(
          "buyer-org",
          new Contract.Terms(
              "supplier-org",
              "C-1",
              null,
              "Test contract",
              new Money(new BigDecimal("1000000"), "GBP"),
              Q1,
              LocalDate.of(2027, 12, 31),
              Set.of(),
              "edition",
              null,
              null,
              null),
          List.of(commitment));

  /** The kept totals of the one period, as the repository would hold them. */
  private final List<TotalsChange> applied = new ArrayList<>();

  private KpiReturn submitted(String quantity) {
    KpiReturn r =
        KpiReturn.submit(
            "r-" + (applied.size() + 1),
            contract,
            commitment,
            Q1,
            LocalDate.of(2026, 3, 31),
            new BigDecimal(quantity),
            "narrative",
            List.of(),
            "supplier-user",
            Timestamps.now(CLOCK));
    applied.add(r.submission());
    return r;
  }

  /** A return as the store gives it back after a write: same state, next version. */
  private static KpiReturn reread(KpiReturn r) {
    return new KpiReturn(
        r.id(),
        r.version() + 1,
        r.contractId(),
        r.commitmentId(),
        r.buyerOrganisationId(),
        r.periodStart(),
        r.periodEnd(),
        r.quantity(),
        r.narrative(),
        r.evidence(),
        r.status(),
        r.rejectionReason(),
        r.supersedesId(),
        r.supersededById(),
        r.submittedBy(),
        r.submittedAt(),
        r.reviewedBy(),
        r.reviewedAt());
  }

  private TotalsChange totals() {
    return applied.stream().reduce(TotalsChange::plus).orElseThrow();
  }

  private static void assertTotals(
      TotalsChange totals, String claimed, String validated, int live) {
    assertEquals(0, new BigDecimal(claimed).compareTo(totals.claimed()), "claimed");
    assertEquals(0, new BigDecimal(validated).compareTo(totals.validated()), "validated");
    assertEquals(live, totals.liveReturns(), "live returns");
  }

  @Test
  void aSubmissionCountsAsClaimedAndLiveForItsBuyerAndPeriod() {
    KpiReturn r = submitted("12");
    assertEquals(ReturnStatus.SUBMITTED, r.status());
    assertEquals(OffsetDateTime.parse("2026-04-10T09:30:00.123456Z"), r.submittedAt());
    assertEquals("buyer-org", r.buyerOrganisationId());
    assertEquals(commitment.id(), totals().commitmentId());
    assertEquals(Q1, totals().periodStart());
    assertTotals(totals(), "12", "0", 1);
  }

  @Test
  void validatingAddsTheQuantityToValidatedAndRecordsTheReviewer() {
    KpiReturn r = submitted("12");
    applied.add(r.validate(1, "buyer-user", Timestamps.now(CLOCK)));
    assertEquals(ReturnStatus.VALIDATED, r.status());
    assertEquals("buyer-user", r.reviewedBy());
    assertEquals(Set.of("status"), r.drainChangedFields());
    assertTotals(totals(), "12", "12", 1);
  }

  @Test
  void rejectingTakesTheReturnOutOfTheTotals() {
    KpiReturn r = submitted("12");
    applied.add(r.reject(1, "buyer-user", Timestamps.now(CLOCK), "no evidence"));
    assertEquals(ReturnStatus.REJECTED, r.status());
    assertEquals("no evidence", r.rejectionReason());
    assertEquals(Set.of("status", "rejectionReason"), r.drainChangedFields());
    assertTotals(totals(), "0", "0", 0);
  }

  @Test
  void onlyASubmittedReturnIsReviewedAndARefusedStepChangesNothing() {
    KpiReturn r = reread(submitted("12"));
    applied.add(r.validate(2, "buyer-user", Timestamps.now(CLOCK)));
    ProblemException again =
        assertThrows(ProblemException.class, () -> r.reject(2, "buyer-user", null, "late"));
    assertEquals(ProblemType.CONFLICT, again.type());
    assertEquals(ReturnStatus.VALIDATED, r.status());
    assertNull(r.rejectionReason());
    assertTotals(totals(), "12", "12", 1);
  }

  @Test
  void aReviewAtAStaleVersionIsRefusedWithoutChangingTheReturn() {
    KpiReturn r = reread(submitted("12"));
    ProblemException stale =
        assertThrows(
            ProblemException.class, () -> r.validate(1, "buyer-user", Timestamps.now(CLOCK)));
    assertEquals(ProblemType.PRECONDITION_FAILED, stale.type());
    assertEquals(ReturnStatus.SUBMITTED, r.status());
    assertEquals(Set.of(), r.drainChangedFields());
  }

  @Test
  void correctingAValidatedReturnReplacesItsQuantityInBothTotals() {
    KpiReturn original = submitted("12");
    applied.add(original.validate(1, "buyer-user", Timestamps.now(CLOCK)));
    KpiReturn.Correction c =
        original.correct(
            1, "r-2", new BigDecimal("15"), "recount", List.of(), "supplier-user", null);
    applied.add(c.change());
    assertEquals(ReturnStatus.SUPERSEDED, original.status());
    assertEquals("r-2", original.supersededById());
    assertEquals(Set.of("status", "supersededById"), original.drainChangedFields());
    KpiReturn correction = c.correction();
    assertEquals(ReturnStatus.SUBMITTED, correction.status());
    assertEquals(original.id(), correction.supersedesId());
    assertEquals(original.periodStart(), correction.periodStart());
    // The correction is claimed but not yet validated; the period still has one live return.
    assertTotals(totals(), "15", "0", 1);
    applied.add(correction.validate(1, "buyer-user", Timestamps.now(CLOCK)));
    assertTotals(totals(), "15", "15", 1);
  }

  @Test
  void correctingARejectedReturnMakesThePeriodLiveAgain() {
    KpiReturn original = submitted("12");
    applied.add(original.reject(1, "buyer-user", Timestamps.now(CLOCK), "typo"));
    applied.add(
        original
            .correct(1, "r-2", new BigDecimal("21"), "fixed", List.of(), "supplier-user", null)
            .change());
    assertTotals(totals(), "21", "0", 1);
  }

  @Test
  void aReturnIsCorrectedOnce() {
    KpiReturn original = submitted("12");
    original.correct(1, "r-2", BigDecimal.ONE, "n", List.of(), "s", null);
    ProblemException twice =
        assertThrows(
            ProblemException.class,
            () -> original.correct(1, "r-3", BigDecimal.TEN, "n", List.of(), "s", null));
    assertEquals(ProblemType.CONFLICT, twice.type());
    assertEquals("r-2", original.supersededById());
  }

  @Test
  void aCorrectionWithBrokenEvidenceIsRefusedAndTheOriginalStaysLive() {
    KpiReturn original = submitted("12");
    List<EvidenceRef> evidence =
        List.of(
            new EvidenceRef(EvidenceRef.Kind.DOCUMENT, "payroll.pdf", null, null),
            new EvidenceRef(EvidenceRef.Kind.URL, "ftp://example.org/x", null, null));
    ProblemException refused =
        assertThrows(
            ProblemException.class,
            () -> original.correct(1, "r-2", BigDecimal.TEN, "n", evidence, "s", null));
    assertEquals(ProblemType.BUSINESS_RULE_VIOLATED, refused.type());
    assertEquals(
        List.of("evidence[0].sha256", "evidence[1].reference"),
        refused.errors().stream().map(e -> e.field).toList());
    assertEquals(ReturnStatus.SUBMITTED, original.status());
    assertTotals(totals(), "12", "0", 1);
  }

  private static ConfirmedDelivery answer(String status, String accepted) {
    return new ConfirmedDelivery(
        "pledge-1",
        "PLEDGE",
        "need-1",
        "Hamper packing",
        "hours",
        "vcfse-org",
        new BigDecimal("30"),
        OffsetDateTime.parse("2026-02-10T10:00:00Z"),
        status,
        new BigDecimal(accepted),
        null,
        "vcfse-user",
        Timestamps.now(CLOCK));
  }

  /** As the store gives a return of a delivery back: next version, the confirmation kept. */
  private static KpiReturn rereadDelivery(KpiReturn r) {
    return new KpiReturn(
        r.id(),
        r.version() + 1,
        r.contractId(),
        r.commitmentId(),
        r.buyerOrganisationId(),
        r.periodStart(),
        r.periodEnd(),
        r.quantity(),
        r.narrative(),
        r.evidence(),
        r.status(),
        r.rejectionReason(),
        r.supersedesId(),
        r.supersededById(),
        r.submittedBy(),
        r.submittedAt(),
        r.reviewedBy(),
        r.reviewedAt(),
        r.confirmedDelivery());
  }

  @Test
  void aConfirmedDeliveryCountsOnceWhateverTheVcfseChangesAndLeavesThePeriodUnreported() {
    KpiReturn counted =
        KpiReturn.countConfirmedDelivery(
            "d-1",
            contract,
            commitment,
            new ReportingFrequency.ReportingPeriod(Q1, LocalDate.of(2026, 3, 31)),
            new BigDecimal("25"),
            "adjusted",
            answer("ADJUSTED", "25"),
            "vcfse-user",
            Timestamps.now(CLOCK));
    applied.add(counted.submission());
    assertTotals(totals(), "25", "0", 0);

    KpiReturn read = rereadDelivery(counted);
    applied.add(read.validate(read.version(), "buyer-user", Timestamps.now(CLOCK)));
    assertTotals(totals(), "25", "25", 0);

    // The supplier cannot correct it; the VCFSE's changed answer supersedes it.
    KpiReturn validated = rereadDelivery(read);
    ProblemException refused =
        assertThrows(
            ProblemException.class,
            () ->
                validated.correct(
                    validated.version(),
                    "c-1",
                    new BigDecimal("99"),
                    null,
                    List.of(),
                    "supplier-user",
                    Timestamps.now(CLOCK)));
    assertEquals(ProblemType.CONFLICT, refused.type());
    KpiReturn.Correction confirmed =
        validated.recountConfirmedDelivery(
            "d-2",
            new BigDecimal("30"),
            "confirmed",
            answer("CONFIRMED", "30"),
            "vcfse-user",
            Timestamps.now(CLOCK));
    applied.add(confirmed.change());
    assertTotals(totals(), "30", "0", 0);
    assertEquals(ReturnStatus.SUPERSEDED, validated.status());
    assertEquals("CONFIRMED", confirmed.correction().confirmedDelivery().status());

    KpiReturn.Correction disputed =
        rereadDelivery(confirmed.correction())
            .recountConfirmedDelivery(
                "d-3",
                BigDecimal.ZERO,
                "disputed",
                answer("DISPUTED", "0"),
                "vcfse-user",
                Timestamps.now(CLOCK));
    applied.add(disputed.change());
    assertTotals(totals(), "0", "0", 0);
  }
}
