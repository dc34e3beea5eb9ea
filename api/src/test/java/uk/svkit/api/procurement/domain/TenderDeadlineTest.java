package uk.svkit.api.procurement.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import uk.svkit.api.platform.money.Money;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;
import uk.svkit.api.platform.time.Timestamps;

/**
 * Sealed bids and the deadline, read at fixed clocks either side of it: bids may change only while
 * the tender is open, nobody reads them until it has closed, and the deadline itself is the first
 * closed instant.
 */
class TenderDeadlineTest {
  private static final Instant DEADLINE = Instant.parse("2026-06-30T12:00:00Z");

  private static OffsetDateTime at(Instant instant) {
    return Timestamps.now(Clock.fixed(instant, ZoneOffset.UTC));
  }

  private static Tender tender() {
    return new Tender(
        "buyer-org",
        "T-1",
        null,
        "Grounds maintenance",
        "question-set",
        null,
        new BigDecimal("0.10"),
        new Money(new BigDecimal("250000"), "GBP"),
        at(DEADLINE));
  }

  private static ProblemType refusal(Runnable step) {
    return assertThrows(ProblemException.class, step::run).type();
  }

  @Test
  void aTenderIsOpenUntilItsDeadlineAndClosedFromIt() {
    Tender tender = tender();
    assertEquals(TenderStatus.OPEN, tender.status(at(DEADLINE.minusNanos(1000))));
    assertEquals(TenderStatus.CLOSED, tender.status(at(DEADLINE)));
    assertEquals(TenderStatus.CLOSED, tender.status(at(DEADLINE.plusSeconds(1))));
  }

  @Test
  void bidsChangeOnlyBeforeTheDeadlineAndAreReadOnlyAfterIt() {
    Tender tender = tender();
    OffsetDateTime before = at(DEADLINE.minusSeconds(1));
    OffsetDateTime deadline = at(DEADLINE);
    assertDoesNotThrow(() -> tender.requireOpen(before));
    assertEquals(ProblemType.CONFLICT, refusal(() -> tender.requireUnsealed(before)));
    assertEquals(ProblemType.CONFLICT, refusal(() -> tender.requireOpen(deadline)));
    assertDoesNotThrow(() -> tender.requireUnsealed(deadline));
  }

  @Test
  void theDeadlineMovesOnlyWhileOpenAndOnlyIntoTheFuture() {
    Tender tender = tender();
    OffsetDateTime now = at(DEADLINE.minus(Duration.ofDays(2)));
    assertEquals(
        ProblemType.VALIDATION_FAILED,
        refusal(() -> tender.changeDeadline(now.minusHours(1), now)));
    tender.changeDeadline(now.plusDays(7), now);
    assertEquals(now.plusDays(7), tender.deadline());
    // At the old deadline the tender is still open: the new one applies.
    assertEquals(TenderStatus.OPEN, tender.status(at(DEADLINE)));
    OffsetDateTime closed = now.plusDays(7);
    assertEquals(
        ProblemType.CONFLICT, refusal(() -> tender.changeDeadline(closed.plusDays(1), closed)));
  }

  @Test
  void anAwardNeedsAClosedTenderAndHappensOnce() {
    Tender tender = tender();
    assertEquals(
        ProblemType.CONFLICT, refusal(() -> tender.award("bid-1", at(DEADLINE.minusSeconds(1)))));
    assertNull(tender.awardedBidId());
    OffsetDateTime after = at(DEADLINE.plusSeconds(60));
    tender.award("bid-1", after);
    assertEquals(TenderStatus.AWARDED, tender.status(after));
    assertEquals(after, tender.awardedAt());
    assertEquals(ProblemType.CONFLICT, refusal(() -> tender.award("bid-2", after)));
    assertEquals("bid-1", tender.awardedBidId());
  }
}
