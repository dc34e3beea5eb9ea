package uk.svkit.api.framework.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValuationEngineTest {
  private static final Map<String, Measure> MEASURES =
      Map.of(
          "JOBS", new Measure("e", "JOBS", "Local jobs", UnitType.FTE, "FTE", true),
          "TRAIN", new Measure("e", "TRAIN", "Training", UnitType.WEEKS, "weeks", true),
          "SPEND", new Measure("e", "SPEND", "Local spend", UnitType.GBP, "£", true),
          "WELL", new Measure("e", "WELL", "Wellbeing", UnitType.GBP, "£", true),
          "SHARE", new Measure("e", "SHARE", "Local share", UnitType.PERCENT, "%", false));

  private static ProxySet set(ProxyValue... values) {
    return new ProxySet("owner", "e", "test", "GBP", 2026, "test", "test", List.of(values));
  }

  private static ValuationEngine.Item item(String code, String quantity) {
    return new ValuationEngine.Item(code, new BigDecimal(quantity), null, null, null, null);
  }

  @Test
  void oneWirralIsExactlyTheSumOfQuantityTimesProxy() {
    ProxySet proxies =
        set(
            new ProxyValue("JOBS", new BigDecimal("28213.00"), null),
            new ProxyValue("TRAIN", new BigDecimal("234.87"), null),
            new ProxyValue("SPEND", BigDecimal.ONE, new BigDecimal("1.76")),
            new ProxyValue("WELL", BigDecimal.ONE, null));

    ValuationEngine.Result result =
        ValuationEngine.value(
            proxies,
            MEASURES,
            List.of(
                item("JOBS", "5"),
                item("TRAIN", "27"),
                item("SPEND", "10000"),
                item("WELL", "8000")));

    assertEquals(new BigDecimal("173006.49"), result.total());
    assertEquals(
        List.of(
            new BigDecimal("141065.00"),
            new BigDecimal("6341.49"),
            new BigDecimal("17600.00"),
            new BigDecimal("8000.00")),
        result.terms().stream().map(ValuationEngine.Term::value).toList());
  }

  @Test
  void adjustmentsMultiplyTheRemainingShares() {
    ProxySet proxies = set(new ProxyValue("JOBS", new BigDecimal("1000"), null));

    ValuationEngine.Result result =
        ValuationEngine.value(
            proxies,
            MEASURES,
            List.of(
                new ValuationEngine.Item(
                    "JOBS",
                    BigDecimal.ONE,
                    new BigDecimal("10"),
                    new BigDecimal("20"),
                    null,
                    new BigDecimal("50"))));

    // 1000 x 0.9 x 0.8 x 0.5
    assertEquals(new BigDecimal("360.00"), result.total());
  }

  @Test
  void recordOnlyAndUnpricedMeasuresAreListedWithoutValue() {
    ValuationEngine.Result result =
        ValuationEngine.value(
            set(new ProxyValue("JOBS", BigDecimal.TEN, null)),
            MEASURES,
            List.of(item("SHARE", "40"), item("TRAIN", "3")));

    assertEquals(new BigDecimal("0.00"), result.total());
    assertNull(result.terms().get(0).value());
    assertEquals("record-only measure: not monetised", result.terms().get(0).note());
    assertEquals("no proxy value in this set", result.terms().get(1).note());
  }

  @Test
  void termsAreRoundedToPenceAndTheTotalIsTheirSum() {
    ProxySet proxies = set(new ProxyValue("TRAIN", new BigDecimal("0.3333"), null));

    ValuationEngine.Result result =
        ValuationEngine.value(
            proxies, MEASURES, List.of(item("TRAIN", "1"), item("TRAIN", "1"), item("TRAIN", "1")));

    assertEquals(new BigDecimal("0.99"), result.total());
  }

  @Test
  void adjustmentOutsideZeroToHundredIsRejected() {
    ProxySet proxies = set(new ProxyValue("JOBS", BigDecimal.TEN, null));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ValuationEngine.value(
                proxies,
                MEASURES,
                List.of(
                    new ValuationEngine.Item(
                        "JOBS", BigDecimal.ONE, new BigDecimal("120"), null, null, null))));
  }
}
