package uk.svkit.api.directory.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;

/** Issue 13, findings 4 and 5, at the domain: delivery caps and what clears verification. */
class DeliveryCapTest {
  private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-01T12:00:00Z");

  private static Need need() {
    return new Need(
        "vcfse-1",
        new Need.Terms(
            SupportType.VOLUNTEERING,
            "Volunteers",
            null,
            new BigDecimal("100"),
            "hours",
            "E08000015",
            LocalDate.of(2026, 12, 31)));
  }

  @Test
  void aPledgeDeliversAtMostWhatWasPledged() {
    Pledge pledge = new Pledge("business-1", need(), new BigDecimal("0.01"), null, null);
    ProblemException inflated =
        assertThrows(
            ProblemException.class,
            () -> pledge.recordDelivery(new BigDecimal("999999999"), null, NOW));
    assertEquals(ProblemType.BUSINESS_RULE_VIOLATED, inflated.type());
    assertEquals("deliveredQuantity", inflated.errors().get(0).field);
    assertEquals(new BigDecimal("0.01"), pledge.recordDelivery(new BigDecimal("0.01"), null, NOW));
  }

  @Test
  void anOfferClaimDeliversAtMostWhatWasClaimed() {
    Offer offer =
        new Offer(
            "business-1",
            "Acme Ltd",
            new Offer.Terms(
                SupportType.MENTORING,
                "Mentoring",
                null,
                new BigDecimal("40"),
                "hours",
                new Offer.Location("E08000015", "CH41 5AB", 53.39, -3.03),
                LocalDate.of(2026, 12, 31)));
    OfferClaim claim = new OfferClaim("vcfse-1", offer, new BigDecimal("10"), null, null);
    assertEquals(
        ProblemType.BUSINESS_RULE_VIOLATED,
        assertThrows(
                ProblemException.class,
                () -> claim.recordDelivery(new BigDecimal("10.01"), null, null, NOW))
            .type());
    assertEquals(new BigDecimal("10"), claim.recordDelivery(null, null, null, NOW));
  }

  private static VcfseProfile.Details details(String email) {
    return new VcfseProfile.Details(
        LegalForm.CIO,
        "A charity",
        null,
        null,
        Set.of(),
        Set.of(),
        Set.of(),
        null,
        false,
        List.of(new Contact(0, "Pat Example", "Manager", email, null)));
  }

  @Test
  void changingOnlyTheContactsClearsVerification() {
    VcfseProfile profile =
        new VcfseProfile("org-1", "Charity", "GB-CHC-1", details("pat@example.invalid"));
    profile.verify("admin", NOW);
    profile.revise("Charity", "GB-CHC-1", details("pat@example.invalid"));
    assertEquals(
        VerificationStatus.VERIFIED, profile.verificationStatus(), "the same content keeps it");
    profile.revise("Charity", "GB-CHC-1", details("someone-else@example.invalid"));
    assertEquals(VerificationStatus.UNVERIFIED, profile.verificationStatus());
  }
}
