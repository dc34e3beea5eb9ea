package uk.svkit.api.platform.input;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * The deserializers every JSON body is read with (the API's one JSON-B, {@code DateTimes.JSONB},
 * which {@code JsonbContext} gives JAX-RS, is configured with them). They take JSON values at their
 * word: a whole-number field takes only a JSON number without a fraction that fits the field
 * (Yasson alone truncates 75.9 to 75 and wraps 4294967371 to 75), a decimal field only a JSON
 * number within the range of a double, a boolean field only true or false (Yasson alone reads "abc"
 * as false), an enum field only one of its constants' names. Strings are not converted to numbers
 * or booleans.
 *
 * <p>Yasson applies these to boxed types only, not to primitive fields: request bodies therefore
 * declare {@code Integer}, {@code Boolean} and so on (responses may use primitives), which
 * RequestBodiesTest checks.
 */
public final class StrictJson {
  private StrictJson() {}

  /** The configuration with the strict deserializers added. */
  public static JsonbConfig withStrictDeserializers(JsonbConfig config) {
    return config.withDeserializers(
        new IntDeserializer(),
        new LongDeserializer(),
        new DoubleDeserializer(),
        new DecimalDeserializer(),
        new BooleanDeserializer(),
        new EnumDeserializer());
  }

  /** A refused JSON value; the reader names the property it was for. */
  public static final class InvalidValueException extends JsonbException {
    private static final long serialVersionUID = 1L;

    InvalidValueException(String message) {
      super(message);
    }
  }

  static BigDecimal number(JsonParser parser, String expected) {
    // Yasson's parser does not implement currentEvent(); getValue() reads the current value.
    JsonValue value = parser.getValue();
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value instanceof JsonNumber number) {
      BigDecimal decimal = number.bigDecimalValue();
      if (!inRange(decimal)) {
        throw new InvalidValueException("is out of range");
      }
      return decimal;
    }
    throw new InvalidValueException(
        "must be " + expected + ", not " + describe(value.getValueType()));
  }

  /**
   * Whether a decimal is within what any client or database column can hold: no further from zero
   * than a double reaches. 1e309 is valid JSON but no quantity; PostgreSQL would refuse it late.
   */
  static boolean inRange(BigDecimal value) {
    return value.precision() - value.scale() <= 309 && !Double.isInfinite(value.doubleValue());
  }

  static Long whole(JsonParser parser, long min, long max) {
    String expected = "a whole number from " + min + " to " + max;
    BigDecimal value = number(parser, expected);
    if (value == null) {
      return null;
    }
    try {
      long whole = value.longValueExact();
      if (whole >= min && whole <= max) {
        return whole;
      }
    } catch (ArithmeticException e) {
      // a fraction, or beyond a long: refused below
    }
    throw new InvalidValueException("must be " + expected);
  }

  private static String describe(JsonValue.ValueType type) {
    return switch (type) {
      case STRING -> "a string";
      case TRUE, FALSE -> "a boolean";
      case OBJECT -> "an object";
      case ARRAY -> "an array";
      case NULL -> "null";
      case NUMBER -> "a number";
    };
  }

  static final class IntDeserializer implements JsonbDeserializer<Integer> {
    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
      Long value = whole(parser, Integer.MIN_VALUE, Integer.MAX_VALUE);
      return value == null ? null : value.intValue();
    }
  }

  static final class LongDeserializer implements JsonbDeserializer<Long> {
    @Override
    public Long deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
      return whole(parser, Long.MIN_VALUE, Long.MAX_VALUE);
    }
  }

  static final class DoubleDeserializer implements JsonbDeserializer<Double> {
    @Override
    public Double deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
      BigDecimal number = number(parser, "a number");
      if (number == null) {
        return null;
      }
      double value = number.doubleValue();
      if (Double.isInfinite(value)) {
        throw new InvalidValueException("must be a finite number");
      }
      return value;
    }
  }

  static final class DecimalDeserializer implements JsonbDeserializer<BigDecimal> {
    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
      return number(parser, "a number");
    }
  }

  static final class BooleanDeserializer implements JsonbDeserializer<Boolean> {
    @Override
    public Boolean deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
      JsonValue value = parser.getValue();
      return switch (value.getValueType()) {
        case TRUE -> Boolean.TRUE;
        case FALSE -> Boolean.FALSE;
        case NULL -> null;
        default ->
            throw new InvalidValueException(
                "must be true or false, not " + describe(value.getValueType()));
      };
    }
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  static final class EnumDeserializer implements JsonbDeserializer<Enum> {
    @Override
    public Enum deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
      JsonValue value = parser.getValue();
      if (value.getValueType() == JsonValue.ValueType.NULL) {
        return null;
      }
      Class<? extends Enum> type = (Class<? extends Enum>) rtType;
      String allowed = StrictParamConverters.allowed((Class) type);
      if (value instanceof JsonString text) {
        for (Enum constant : type.getEnumConstants()) {
          if (constant.name().equals(text.getString())) {
            return constant;
          }
        }
      }
      throw new InvalidValueException("must be one of " + allowed);
    }
  }
}
