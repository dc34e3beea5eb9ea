package uk.svkit.api.recognition.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AwardValidityTest {
  private static final LocalDate LEAP_DAY = LocalDate.of(2024, 2, 29);

  @Test
  void fiveYearsFromALeapDayEndsOnTheLastDayOfFebruary() {
    assertEquals(
        LocalDate.of(2029, 2, 28), AwardValidity.expiresOn(LEAP_DAY, AwardValidity.DEFAULT_MONTHS));
  }

  @Test
  void fourYearsFromALeapDayLandsOnTheNextLeapDay() {
    assertEquals(LocalDate.of(2028, 2, 29), AwardValidity.expiresOn(LEAP_DAY, 48));
  }

  @Test
  void anOrdinaryDayGivesItsAnniversary() {
    assertEquals(LocalDate.of(2030, 3, 1), AwardValidity.expiresOn(LocalDate.of(2025, 3, 1), 60));
    assertEquals(LocalDate.of(2029, 2, 28), AwardValidity.expiresOn(LocalDate.of(2024, 2, 28), 60));
  }

  @Test
  void currentFromTheDecisionDayUntilTheDayBeforeExpiry() {
    LocalDate expires = AwardValidity.expiresOn(LEAP_DAY, 60);
    assertFalse(AwardValidity.isCurrent(LEAP_DAY, expires, LEAP_DAY.minusDays(1)));
    assertTrue(AwardValidity.isCurrent(LEAP_DAY, expires, LEAP_DAY));
    assertTrue(AwardValidity.isCurrent(LEAP_DAY, expires, LocalDate.of(2029, 2, 27)));
    assertFalse(AwardValidity.isCurrent(LEAP_DAY, expires, LocalDate.of(2029, 2, 28)));
    assertEquals(
        AwardStatus.EXPIRED, AwardValidity.status(LEAP_DAY, expires, LocalDate.of(2029, 3, 1)));
    assertEquals(
        AwardStatus.CURRENT, AwardValidity.status(LEAP_DAY, expires, LocalDate.of(2026, 11, 22)));
  }

  @Test
  void expiringWithinCountsDaysUntilItStopsBeingCurrent() {
    LocalDate expires = LocalDate.of(2029, 2, 28);
    LocalDate on = LocalDate.of(2029, 2, 18);
    assertTrue(AwardValidity.expiresWithin(LEAP_DAY, expires, on, 10));
    assertFalse(AwardValidity.expiresWithin(LEAP_DAY, expires, on, 9));
    assertFalse(
        AwardValidity.expiresWithin(LEAP_DAY, expires, expires, 30),
        "an expired award is not 'expiring'");
    assertThrows(
        IllegalArgumentException.class,
        () -> AwardValidity.expiresWithin(LEAP_DAY, expires, on, -1));
  }

  @Test
  void validityMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> AwardValidity.expiresOn(LEAP_DAY, 0));
    assertThrows(NullPointerException.class, () -> AwardValidity.expiresOn(null, 60));
  }
}
