package uk.svkit.api.directory.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;

class NeedTest {
  static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

  private static Need need(String quantity) {
    return new Need(
        "vcfse-1",
        new Need.Terms(
            SupportType.VOLUNTEERING,
            "Volunteers",
            null,
            quantity == null ? null : new BigDecimal(quantity),
            quantity == null ? null : "hours",
            null,
            TODAY.plusDays(30)));
  }

  @Test
  void partPledgesKeepItOpenUntilCoveredThenDeliveriesMeetIt() {
    Need need = need("200");
    assertEquals(new BigDecimal("50"), need.acceptPledge(new BigDecimal("50"), TODAY));
    assertEquals(NeedStatus.OPEN, need.status());
    assertEquals(new BigDecimal("150"), need.remainingQuantity());
    // Leaving the quantity out pledges what remains.
    assertEquals(new BigDecimal("150"), need.acceptPledge(null, TODAY));
    assertEquals(NeedStatus.PLEDGED, need.status());
    assertEquals(
        ProblemType.CONFLICT,
        assertThrows(ProblemException.class, () -> need.acceptPledge(BigDecimal.ONE, TODAY))
            .type());
    need.recordDelivery(new BigDecimal("150"));
    assertEquals(NeedStatus.PLEDGED, need.status());
    need.recordDelivery(new BigDecimal("50"));
    assertEquals(NeedStatus.MET, need.status());
    need.close();
    assertEquals(NeedStatus.CLOSED, need.status());
    assertThrows(ProblemException.class, need::close);
  }

  @Test
  void cannotPledgeMoreThanRemains() {
    Need need = need("10");
    ProblemException e =
        assertThrows(ProblemException.class, () -> need.acceptPledge(new BigDecimal("11"), TODAY));
    assertEquals(ProblemType.BUSINESS_RULE_VIOLATED, e.type());
  }

  @Test
  void aNeedWithoutQuantityTakesOneWholePledge() {
    Need need = need(null);
    assertNull(need.acceptPledge(null, TODAY));
    assertEquals(NeedStatus.PLEDGED, need.status());
    need.recordDelivery(null);
    assertEquals(NeedStatus.MET, need.status());
    assertThrows(ProblemException.class, () -> need(null).acceptPledge(BigDecimal.ONE, TODAY));
  }

  @Test
  void expiredNeedsAreNotListedAndTakeNoPledges() {
    Need need = need("5");
    assertTrue(need.isListed(TODAY.plusDays(30)));
    assertFalse(need.isListed(TODAY.plusDays(31)));
    ProblemException e =
        assertThrows(ProblemException.class, () -> need.acceptPledge(null, TODAY.plusDays(31)));
    assertEquals(ProblemType.BUSINESS_RULE_VIOLATED, e.type());
  }

  @Test
  void onlyOpenNeedsChange() {
    Need need = need("5");
    need.acceptPledge(null, TODAY);
    assertThrows(
        ProblemException.class,
        () -> need.revise(new Need.Terms(SupportType.FUNDING, "x", null, null, null, null, TODAY)));
  }
}
