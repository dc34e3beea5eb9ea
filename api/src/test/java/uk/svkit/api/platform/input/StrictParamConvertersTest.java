package uk.svkit.api.platform.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.svkit.api.platform.problem.ProblemException;

class StrictParamConvertersTest {
  enum Status {
    OPEN,
    CLOSED
  }

  @QueryParam("p")
  private static final Object ANNOTATED = null;

  private static Annotation[] queryParam() throws NoSuchFieldException {
    return StrictParamConvertersTest.class.getDeclaredField("ANNOTATED").getAnnotations();
  }

  private static <T> ParamConverter<T> converter(Class<T> type) throws NoSuchFieldException {
    return new StrictParamConverters().getConverter(type, type, queryParam());
  }

  @Test
  void convertsExactValues() throws Exception {
    assertEquals(42, converter(Integer.class).fromString("42"));
    assertEquals(-7, converter(int.class).fromString("-7"));
    assertEquals(9_000_000_000L, converter(Long.class).fromString("9000000000"));
    assertEquals(53.41, converter(Double.class).fromString("53.41"));
    assertEquals(new BigDecimal("1.50"), converter(BigDecimal.class).fromString("1.50"));
    assertEquals(true, converter(boolean.class).fromString("true"));
    assertEquals(false, converter(Boolean.class).fromString("false"));
    assertEquals(Status.OPEN, converter(Status.class).fromString("OPEN"));
    assertNull(
        new StrictParamConverters().getConverter(Integer.class, Integer.class, new Annotation[0]));
  }

  @ParameterizedTest
  @CsvSource({
    "java.lang.Integer, abc", "java.lang.Integer, 75.9", "java.lang.Integer, 2147483648",
        "java.lang.Integer, 1e3",
    "java.lang.Integer, ''", "java.lang.Long, 9223372036854775808", "java.lang.Double, NaN",
        "java.lang.Double, Infinity",
    "java.lang.Double, -Infinity", "java.lang.Double, 1e309", "java.lang.Double, 0x10",
        "java.lang.Double, 1d",
    "java.lang.Double, ' 1'", "java.math.BigDecimal, NaN", "java.lang.Boolean, maybe",
        "java.lang.Boolean, TRUE",
    "java.lang.Boolean, 1"
  })
  void refusesInexactValues(String type, String value) throws Exception {
    ProblemException e =
        assertThrows(
            ProblemException.class, () -> converter(Class.forName(type)).fromString(value));
    assertEquals("p", e.errors().get(0).field);
  }

  @Test
  void namesTheAllowedEnumValues() throws Exception {
    ProblemException e =
        assertThrows(ProblemException.class, () -> converter(Status.class).fromString("open"));
    assertEquals("must be one of OPEN, CLOSED", e.errors().get(0).message);
  }
}
