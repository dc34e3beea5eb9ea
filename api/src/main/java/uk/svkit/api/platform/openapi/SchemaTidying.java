package uk.svkit.api.platform.openapi;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Rewrites what the annotation scanner emits but validators and generators ignore or reject: the
 * {@code pattern} it derives from {@code @Digits} on a number (JSON Schema applies {@code pattern}
 * to strings only) becomes {@code multipleOf} and bounds, which clients do enforce; and a {@code
 * type} written beside a {@code $ref} is dropped, since the referenced schema says it.
 */
final class SchemaTidying {
  /** What SmallRye writes for {@code @Digits(integer = I, fraction = F)}. */
  private static final Pattern DIGITS =
      Pattern.compile("\\^\\\\d\\{1,(\\d+)\\}(?:\\(\\[\\.\\]\\\\d\\{1,(\\d+)\\}\\)\\?)?\\$");

  private SchemaTidying() {}

  static Schema tidy(Schema schema) {
    if (schema.getRef() != null && schema.getType() != null) {
      schema.setType(null);
    }
    if (schema.getPattern() != null && isNumeric(schema)) {
      Matcher digits = DIGITS.matcher(schema.getPattern());
      if (digits.matches()) {
        int integer = Integer.parseInt(digits.group(1));
        int fraction = digits.group(2) == null ? 0 : Integer.parseInt(digits.group(2));
        schema.setPattern(null);
        BigDecimal step = BigDecimal.ONE.movePointLeft(fraction);
        schema.setMultipleOf(step);
        // The largest value with `integer` digits before the point and `fraction` after it.
        BigDecimal largest =
            BigDecimal.ONE.movePointRight(integer).setScale(fraction).subtract(step);
        if (schema.getMaximum() == null && schema.getExclusiveMaximum() == null) {
          schema.setMaximum(largest);
        }
        if (schema.getMinimum() == null && schema.getExclusiveMinimum() == null) {
          schema.setMinimum(largest.negate());
        }
      }
    }
    return schema;
  }

  private static boolean isNumeric(Schema schema) {
    return schema.getType() != null
        && (schema.getType().contains(Schema.SchemaType.NUMBER)
            || schema.getType().contains(Schema.SchemaType.INTEGER));
  }
}
