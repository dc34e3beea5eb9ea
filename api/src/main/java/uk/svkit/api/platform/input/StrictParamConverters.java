package uk.svkit.api.platform.input;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.svkit.api.platform.problem.ProblemException;

/**
 * Converts query, path and header parameters exactly, or refuses them with a 400 naming the
 * parameter. Without it, JAX-RS answers a query or path parameter it cannot convert with 404 (as if
 * the path did not exist), and the built-in conversions are lax: {@code Boolean.valueOf} reads
 * anything but "true" as false, {@code Double.valueOf} takes NaN, Infinity and hexadecimal.
 */
@Provider
public class StrictParamConverters implements ParamConverterProvider {
  /** A decimal number as JSON writes it: no sign other than minus, no hex, no NaN or Infinity. */
  private static final Pattern DECIMAL =
      Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  private static final Pattern WHOLE = Pattern.compile("-?[0-9]+");

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    String name = parameterName(annotations);
    if (name == null) {
      return null;
    }
    Function<String, ?> parse;
    if (rawType == Integer.class || rawType == int.class) {
      parse = text -> whole(name, text, Integer.MIN_VALUE, Integer.MAX_VALUE).intValue();
    } else if (rawType == Long.class || rawType == long.class) {
      parse = text -> whole(name, text, Long.MIN_VALUE, Long.MAX_VALUE).longValue();
    } else if (rawType == Double.class || rawType == double.class) {
      parse = text -> finite(name, text);
    } else if (rawType == BigDecimal.class) {
      parse = text -> decimal(name, text);
    } else if (rawType == Boolean.class || rawType == boolean.class) {
      parse = text -> bool(name, text);
    } else if (rawType.isEnum()) {
      parse = text -> constant(name, (Class<? extends Enum>) rawType, text);
    } else {
      return null;
    }
    return (ParamConverter<T>) new Converter<>(parse);
  }

  private record Converter<T>(Function<String, T> parse) implements ParamConverter<T> {
    @Override
    public T fromString(String value) {
      return value == null ? null : parse.apply(value);
    }

    @Override
    public String toString(T value) {
      return value == null ? null : value instanceof Enum<?> e ? e.name() : String.valueOf(value);
    }
  }

  /** The name a JAX-RS parameter annotation gives the parameter on the wire, or null. */
  public static String parameterName(Annotation[] annotations) {
    if (annotations == null) {
      return null;
    }
    for (Annotation a : annotations) {
      if (a instanceof QueryParam q) {
        return q.value();
      } else if (a instanceof PathParam p) {
        return p.value();
      } else if (a instanceof HeaderParam h) {
        return h.value();
      } else if (a instanceof FormParam f) {
        return f.value();
      } else if (a instanceof MatrixParam m) {
        return m.value();
      } else if (a instanceof CookieParam c) {
        return c.value();
      }
    }
    return null;
  }

  static BigDecimal whole(String name, String text, long min, long max) {
    if (!WHOLE.matcher(text).matches()) {
      throw ProblemException.invalid(name, "must be a whole number from " + min + " to " + max);
    }
    BigDecimal value = new BigDecimal(text);
    if (value.compareTo(BigDecimal.valueOf(min)) < 0
        || value.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw ProblemException.invalid(name, "must be a whole number from " + min + " to " + max);
    }
    return value;
  }

  static Double finite(String name, String text) {
    double value = decimal(name, text).doubleValue();
    if (Double.isInfinite(value)) {
      throw ProblemException.invalid(name, "must be a finite number");
    }
    return value;
  }

  static BigDecimal decimal(String name, String text) {
    // The length bound keeps a crafted exponent from costing anything to parse.
    if (text.length() > 100 || !DECIMAL.matcher(text).matches()) {
      throw ProblemException.invalid(
          name, "must be a decimal number such as 12.5 (not NaN or Infinity)");
    }
    BigDecimal value = new BigDecimal(text);
    if (!StrictJson.inRange(value)) {
      throw ProblemException.invalid(name, "is out of range");
    }
    return value;
  }

  static Boolean bool(String name, String text) {
    return switch (text) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw ProblemException.invalid(name, "must be true or false");
    };
  }

  static <E extends Enum<E>> E constant(String name, Class<E> type, String text) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    throw ProblemException.invalid(name, "must be one of " + allowed(type));
  }

  static String allowed(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
