package uk.svkit.api.directory.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;

class OfferTest {
  static final OffsetDateTime AT = OffsetDateTime.parse("2026-03-01T12:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

  private static Offer.Terms terms(String quantity, LocalDate expiresOn) {
    return new Offer.Terms(
        SupportType.MENTORING,
        "Mentoring",
        null,
        quantity == null ? null : new BigDecimal(quantity),
        quantity == null ? null : "hours",
        new Offer.Location("E08000015", "CH41 5AB", 53.39, -3.03),
        expiresOn);
  }

  private static Offer offer(String quantity) {
    return new Offer("business-1", "Acme Ltd", terms(quantity, TODAY.plusDays(30)));
  }

  @Test
  void partClaimsLeaveItListedAsPartlyTakenUntilTakenThenDeliveriesDeliverIt() {
    Offer offer = offer("40");
    assertEquals(OfferStatus.OPEN, offer.status());
    assertEquals(new BigDecimal("10"), offer.acceptClaim(new BigDecimal("10"), TODAY));
    assertEquals(OfferStatus.PARTLY_TAKEN, offer.status());
    assertTrue(offer.isListed(TODAY));
    assertEquals(new BigDecimal("30"), offer.remainingQuantity());
    // Leaving the quantity out claims what remains.
    assertEquals(new BigDecimal("30"), offer.acceptClaim(null, TODAY));
    assertEquals(OfferStatus.TAKEN, offer.status());
    assertFalse(offer.isListed(TODAY));
    assertEquals(2, offer.claimCount());

    offer.recordDelivery(new BigDecimal("10"));
    assertEquals(OfferStatus.TAKEN, offer.status());
    offer.recordDelivery(new BigDecimal("30"));
    assertEquals(OfferStatus.DELIVERED, offer.status());
  }

  @Test
  void aClaimCannotExceedWhatRemainsNorFollowTakenOrExpiry() {
    Offer offer = offer("40");
    ProblemException tooMuch =
        assertThrows(ProblemException.class, () -> offer.acceptClaim(new BigDecimal("41"), TODAY));
    assertEquals(ProblemType.BUSINESS_RULE_VIOLATED, tooMuch.type());
    assertEquals(
        ProblemType.VALIDATION_FAILED,
        assertThrows(ProblemException.class, () -> offer.acceptClaim(BigDecimal.ZERO, TODAY))
            .type());
    offer.acceptClaim(null, TODAY);
    assertEquals(
        ProblemType.CONFLICT,
        assertThrows(ProblemException.class, () -> offer.acceptClaim(BigDecimal.ONE, TODAY))
            .type());

    Offer expiring = offer("40");
    assertEquals(
        ProblemType.BUSINESS_RULE_VIOLATED,
        assertThrows(
                ProblemException.class,
                () -> expiring.acceptClaim(BigDecimal.ONE, TODAY.plusDays(31)))
            .type());
    assertTrue(expiring.isListed(TODAY.plusDays(30)));
    assertFalse(expiring.isListed(TODAY.plusDays(31)));
  }

  @Test
  void anOfferWithoutAQuantityIsTakenWholeByOneClaim() {
    Offer offer = offer(null);
    assertEquals(
        ProblemType.VALIDATION_FAILED,
        assertThrows(ProblemException.class, () -> offer.acceptClaim(BigDecimal.ONE, TODAY))
            .type());
    assertNull(offer.acceptClaim(null, TODAY));
    assertEquals(OfferStatus.TAKEN, offer.status());
    assertNull(offer.remainingQuantity());
    offer.recordDelivery(null);
    assertEquals(OfferStatus.DELIVERED, offer.status());
  }

  @Test
  void revisingKeepsWhatIsClaimedAndResettlesTheStatus() {
    Offer offer = offer("40");
    offer.acceptClaim(new BigDecimal("30"), TODAY);
    assertEquals(
        ProblemType.BUSINESS_RULE_VIOLATED,
        assertThrows(ProblemException.class, () -> offer.revise(terms("20", TODAY.plusDays(30))))
            .type());
    assertEquals(
        ProblemType.BUSINESS_RULE_VIOLATED,
        assertThrows(ProblemException.class, () -> offer.revise(terms(null, TODAY.plusDays(30))))
            .type());
    offer.revise(terms("30", TODAY.plusDays(30)));
    assertEquals(OfferStatus.TAKEN, offer.status());
    assertEquals(
        ProblemType.CONFLICT,
        assertThrows(ProblemException.class, () -> offer.revise(terms("50", TODAY.plusDays(30))))
            .type());
  }

  @Test
  void closingWorksFromAnyStageOnce() {
    Offer offer = offer("40");
    offer.acceptClaim(new BigDecimal("5"), TODAY);
    offer.close();
    assertEquals(OfferStatus.CLOSED, offer.status());
    assertFalse(offer.isListed(TODAY));
    assertEquals(ProblemType.CONFLICT, assertThrows(ProblemException.class, offer::close).type());
    // A claim made before closing stays deliverable, and the offer stays closed.
    offer.recordDelivery(new BigDecimal("5"));
    assertEquals(OfferStatus.CLOSED, offer.status());
  }

  @Test
  void aClaimRecordsItsDeliveryOnceDefaultingToTheClaimedQuantity() {
    Offer offer = offer("40");
    OfferClaim claim =
        new OfferClaim(
            "vcfse-1", offer, offer.acceptClaim(new BigDecimal("12"), TODAY), null, null);
    assertEquals(new BigDecimal("12"), claim.recordDelivery(null, "Done", "commitment-1", AT));
    assertEquals(OfferClaimStatus.DELIVERED, claim.status());
    assertEquals("commitment-1", claim.commitmentId());
    assertEquals(
        ProblemType.CONFLICT,
        assertThrows(ProblemException.class, () -> claim.recordDelivery(null, null, null, AT))
            .type());
  }
}
