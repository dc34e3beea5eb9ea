package uk.svkit.api.directory.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import uk.svkit.api.platform.problem.ProblemException;

/**
 * Needs and offers share one fulfilment model ({@link Listing}, {@link Uptake}); each still speaks
 * its own words, and the delivery event names what was delivered.
 */
class FulfilmentTest {
  static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
  static final OffsetDateTime AT = OffsetDateTime.parse("2026-03-02T09:30:00.1234567+01:00");

  private static Need need() {
    return new Need(
        "vcfse-1",
        new Need.Terms(
            SupportType.VOLUNTEERING,
            "Volunteers",
            null,
            new BigDecimal("10"),
            "hours",
            null,
            TODAY.plusDays(30)));
  }

  private static Offer offer() {
    return new Offer(
        "business-1",
        "Acme Ltd",
        new Offer.Terms(
            SupportType.MENTORING,
            "Mentoring",
            null,
            new BigDecimal("10"),
            "hours",
            Offer.Location.NONE,
            TODAY.plusDays(30)));
  }

  @Test
  void eachListingRefusesInItsOwnWords() {
    assertEquals(
        "The need asks for 10 hours more; pledge at most that.",
        assertThrows(ProblemException.class, () -> need().acceptPledge(new BigDecimal("11"), TODAY))
            .getMessage());
    assertEquals(
        "The offer has 10 hours left; claim at most that.",
        assertThrows(ProblemException.class, () -> offer().acceptClaim(new BigDecimal("11"), TODAY))
            .getMessage());
    Need closed = need();
    closed.close();
    assertEquals(
        "The need is CLOSED and takes no more pledges.",
        assertThrows(ProblemException.class, () -> closed.acceptPledge(null, TODAY)).getMessage());
  }

  @Test
  void revisionsKeepToWhatWasTakenUp() {
    Offer offer = offer();
    offer.acceptClaim(new BigDecimal("6"), TODAY);
    Offer.Terms smaller =
        new Offer.Terms(
            SupportType.MENTORING,
            "Mentoring",
            null,
            new BigDecimal("5"),
            "hours",
            Offer.Location.NONE,
            TODAY.plusDays(30));
    assertEquals(
        "The quantity cannot drop below what has been claimed (6).",
        assertThrows(ProblemException.class, () -> offer.revise(smaller)).getMessage());
    assertEquals(OfferStatus.PARTLY_TAKEN, offer.status());
    assertEquals(new BigDecimal("6"), offer.claimedQuantity());
  }

  @Test
  void theDeliveryEventNamesAClaimAsAClaimAndAPledgeAsAPledge() {
    Offer offer = offer();
    OfferClaim claim =
        new OfferClaim("vcfse-1", offer, offer.acceptClaim(null, TODAY), null, "commitment-1");
    claim.recordDelivery(null, "Done", null, AT);
    SupportDelivered claimed =
        SupportDelivered.of(SupportDelivered.Through.OFFER_CLAIM, claim, offer, "vcfse-1", "b-1");
    assertEquals(SupportDelivered.Through.OFFER_CLAIM, claimed.through());
    assertEquals(claim.id(), claimed.uptakeId());
    assertEquals(offer.id(), claimed.listingId());
    assertEquals("Mentoring", claimed.listingTitle());
    assertEquals(new BigDecimal("10"), claimed.deliveredQuantity());
    // Stored in UTC to the microsecond, whatever the clock's zone.
    assertEquals(OffsetDateTime.parse("2026-03-02T08:30:00.123456Z"), claimed.deliveredAt());

    Need need = need();
    Pledge pledge = new Pledge("b-1", need, need.acceptPledge(null, TODAY), null, "commitment-1");
    pledge.recordDelivery(new BigDecimal("4"), null, AT);
    SupportDelivered pledged =
        SupportDelivered.of(SupportDelivered.Through.PLEDGE, pledge, need, "vcfse-1", "b-1");
    assertEquals(pledge.id(), pledged.uptakeId());
    assertEquals(need.id(), pledged.listingId());
    assertEquals(new BigDecimal("4"), pledged.deliveredQuantity());
  }
}
