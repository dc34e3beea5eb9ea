package uk.svkit.api.platform.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Money keeps its currency, its minor unit and its arithmetic honest. */
class MoneyTest {

  @Test
  void amountsAreHeldToPence() {
    assertEquals(new BigDecimal("12.50"), new Money(new BigDecimal("12.5"), "GBP").amount());
    assertEquals(new BigDecimal("1500.00"), new Money(new BigDecimal("1500"), "JPY").amount());
    assertEquals(new BigDecimal("0.00"), Money.zero("EUR").amount());
    // Equal amounts are equal whatever scale they were given at.
    assertEquals(new Money(new BigDecimal("3"), "GBP"), new Money(new BigDecimal("3.000"), "GBP"));
  }

  @Test
  void onlyOfRoundsAndItRoundsHalfUp() {
    assertEquals(new BigDecimal("0.13"), Money.of(new BigDecimal("0.125"), "GBP").amount());
    assertEquals(new BigDecimal("-0.13"), Money.of(new BigDecimal("-0.125"), "GBP").amount());
    assertThrows(IllegalArgumentException.class, () -> new Money(new BigDecimal("0.125"), "GBP"));
  }

  @Test
  void theCurrencyMustBeAnIso4217Code() {
    assertThrows(IllegalArgumentException.class, () -> Money.zero("POUNDS"));
    assertThrows(IllegalArgumentException.class, () -> Money.zero("gbp"));
    assertThrows(IllegalArgumentException.class, () -> Money.zero("£"));
    assertThrows(NullPointerException.class, () -> new Money(BigDecimal.ONE, null));
    assertThrows(NullPointerException.class, () -> new Money(null, "GBP"));
  }

  @Test
  void sumsStayInOneCurrency() {
    Money total = Money.zero("GBP").plus(Money.of(new BigDecimal("10.10"), "GBP"));
    assertEquals(Money.of(new BigDecimal("10.10"), "GBP"), total);
    IllegalArgumentException mixed =
        assertThrows(IllegalArgumentException.class, () -> total.plus(Money.zero("EUR")));
    assertTrue(mixed.getMessage().contains("GBP 10.10"), mixed.getMessage());
    assertThrows(IllegalArgumentException.class, () -> total.compareTo(Money.zero("EUR")));
  }

  @Test
  void aQuantityTimesAUnitValueIsRoundedToPence() {
    Money perHour = Money.of(new BigDecimal("15"), "GBP");
    assertEquals(new BigDecimal("1875.00"), perHour.times(new BigDecimal("125")).amount());
    assertEquals(
        new BigDecimal("0.33"),
        Money.of(BigDecimal.ONE, "GBP").times(new BigDecimal("0.333333")).amount());
  }

  @Test
  void moneyOrdersByAmountAndReadsAsCurrencyThenAmount() {
    assertTrue(Money.of(BigDecimal.ONE, "GBP").compareTo(Money.of(BigDecimal.TEN, "GBP")) < 0);
    assertTrue(Money.zero("GBP").isZero());
    assertEquals("GBP 1.50", Money.of(new BigDecimal("1.5"), "GBP").toString());
  }
}
