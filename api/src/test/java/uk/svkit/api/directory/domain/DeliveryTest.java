package uk.svkit.api.directory.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;

/** The receiving VCFSE's answers on a delivery and what the delivery then counts for. */
class DeliveryTest {
  private static final OffsetDateTime AT = OffsetDateTime.parse("2026-12-04T10:00:00Z");

  private static Delivery delivered(String quantity) {
    return new Delivery(
        new SupportDelivered(
            SupportDelivered.Through.PLEDGE,
            "pledge-1",
            "need-1",
            "Hamper packing",
            SupportType.VOLUNTEERING,
            quantity == null ? null : "hours",
            "vcfse-org",
            "business-org",
            "kpi-1",
            quantity == null ? null : new BigDecimal(quantity),
            "Three Saturdays",
            AT));
  }

  private static Delivery.Answer answer(DeliveryStatus status, String quantity, String reason) {
    return new Delivery.Answer(status, quantity == null ? null : new BigDecimal(quantity), reason);
  }

  @Test
  void onlyConfirmedOrAcceptedDeliveryCounts() {
    Delivery d = delivered("30");
    assertEquals(DeliveryStatus.AWAITING_CONFIRMATION, d.status());
    assertEquals(0, d.countedQuantity().signum());
    assertTrue(d.answer(answer(DeliveryStatus.ADJUSTED, "25", "rain"), "v", AT));
    assertEquals(0, new BigDecimal("25").compareTo(d.countedQuantity()));
    assertFalse(
        d.answer(answer(DeliveryStatus.ADJUSTED, "25.00", " rain "), "v", AT),
        "the same answer again changes nothing");
    assertTrue(d.answer(answer(DeliveryStatus.CONFIRMED, null, null), "v", AT));
    assertEquals(0, new BigDecimal("30").compareTo(d.countedQuantity()));
    assertTrue(d.answer(answer(DeliveryStatus.DISPUTED, null, "nobody came"), "v", AT));
    assertEquals(0, d.countedQuantity().signum());
  }

  @Test
  void anAnswerThatDoesNotFitTheDeliveryIsRefused() {
    Delivery d = delivered("30");
    ProblemException above =
        assertThrows(
            ProblemException.class,
            () -> d.answer(answer(DeliveryStatus.ADJUSTED, "31", "more"), "v", AT));
    assertEquals(ProblemType.BUSINESS_RULE_VIOLATED, above.type());
    assertThrows(
        ProblemException.class,
        () -> d.answer(answer(DeliveryStatus.ADJUSTED, "20", null), "v", AT));
    assertThrows(
        ProblemException.class, () -> d.answer(answer(DeliveryStatus.DISPUTED, null, ""), "v", AT));
    assertThrows(
        ProblemException.class,
        () -> d.answer(answer(DeliveryStatus.CONFIRMED, "29", null), "v", AT));
    assertThrows(
        ProblemException.class,
        () -> d.answer(answer(DeliveryStatus.AWAITING_CONFIRMATION, null, null), "v", AT));
    assertThrows(
        ProblemException.class,
        () -> delivered(null).answer(answer(DeliveryStatus.ADJUSTED, "1", "x"), "v", AT));
    assertEquals(DeliveryStatus.AWAITING_CONFIRMATION, d.status());
  }
}
