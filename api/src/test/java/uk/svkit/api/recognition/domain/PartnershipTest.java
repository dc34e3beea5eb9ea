package uk.svkit.api.recognition.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.svkit.api.platform.problem.ProblemException;

class PartnershipTest {
  static final OffsetDateTime AT = OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);

  private static Partnership partnership() {
    return new Partnership(
        "business",
        new Partnership.Terms(
            "vcfse", "STEM", null, LocalDate.of(2026, 1, 1), null, "edition", null),
        List.of(new PartnershipCommitment(0, "LM-VOL-01", new BigDecimal("100"))));
  }

  private static PartnershipDelivery delivery() {
    return new PartnershipDelivery(
        partnership(), "LM-VOL-01", new BigDecimal("30"), LocalDate.of(2026, 2, 1), null);
  }

  @Test
  void publicOnlyWhileBothSidesAgree() {
    Partnership p = partnership();
    p.showPublicly(PartnershipSide.BUSINESS, true);
    assertFalse(p.isPublic());
    p.showPublicly(PartnershipSide.VCFSE, true);
    assertTrue(p.isPublic());
    p.showPublicly(PartnershipSide.VCFSE, false);
    assertFalse(p.isPublic());
  }

  @Test
  void whatCountsIsWhatTheVcfseDecided() {
    assertEquals(
        0,
        new BigDecimal("30")
            .compareTo(delivery().decide(PartnershipDeliveryStatus.CONFIRMED, null, null, AT)));
    assertEquals(
        0,
        new BigDecimal("20")
            .compareTo(
                delivery()
                    .decide(PartnershipDeliveryStatus.ADJUSTED, new BigDecimal("20"), "less", AT)));
    assertEquals(
        0,
        BigDecimal.ZERO.compareTo(
            delivery().decide(PartnershipDeliveryStatus.DISPUTED, null, "never happened", AT)));
  }

  @Test
  void adjustingOrDisputingNeedsAReasonAndADecisionIsFinal() {
    PartnershipDelivery d = delivery();
    assertThrows(
        ProblemException.class,
        () -> d.decide(PartnershipDeliveryStatus.ADJUSTED, new BigDecimal("20"), " ", AT));
    assertThrows(
        ProblemException.class, () -> d.decide(PartnershipDeliveryStatus.DISPUTED, null, null, AT));
    assertThrows(
        ProblemException.class, () -> d.decide(PartnershipDeliveryStatus.PENDING, null, null, AT));
    d.decide(PartnershipDeliveryStatus.CONFIRMED, null, null, AT);
    assertThrows(
        ProblemException.class,
        () -> d.decide(PartnershipDeliveryStatus.DISPUTED, null, "changed my mind", AT));
  }

  @Test
  void confirmedQuantitiesAddUpOnTheCommitment() {
    Partnership p = partnership();
    p.countConfirmed("LM-VOL-01", new BigDecimal("30"));
    p.countConfirmed("LM-VOL-01", new BigDecimal("20"));
    assertEquals(0, new BigDecimal("50").compareTo(p.commitments().get(0).confirmedQuantity()));
  }
}
