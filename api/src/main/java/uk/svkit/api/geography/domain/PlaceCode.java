package uk.svkit.api.geography.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import uk.svkit.api.platform.problem.ProblemException;

/**
 * An ONS area code naming a place, such as {@code E08000015} (Wirral): a letter for the nation
 * (England, Northern Ireland, Scotland, Wales) and eight digits. Every context that takes a place
 * checks it here; the JSON and the columns keep it as a plain string.
 */
public record PlaceCode(String value) {
  private static final Pattern GB = Pattern.compile("[ENSW]\\d{8}");

  /**
   * Any ONS-shaped code: the postcode directory also has pseudo-codes for the Crown Dependencies.
   */
  private static final Pattern ONS_SHAPED = Pattern.compile("[A-Z][0-9]{8}");

  /** The usual refusal, for a field that takes a place. */
  public static final String ADVICE = "must be an ONS local authority code such as E08000015";

  public PlaceCode {
    Objects.requireNonNull(value, "A place code is required.");
    if (!isValid(value)) {
      throw new IllegalArgumentException("'" + value + "' is not an ONS place code");
    }
  }

  /** Whether {@code code} is a place code, exactly as given (upper case). */
  public static boolean isValid(String code) {
    return code != null && GB.matcher(code).matches();
  }

  /** Whether {@code code} has the shape of any ONS area code, pseudo-codes included. */
  public static boolean isOnsShaped(String code) {
    return code != null && ONS_SHAPED.matcher(code).matches();
  }

  /** The code given for {@code field}, as given; {@code null} for none; 400 if it is not one. */
  public static String require(String field, String given) {
    if (given != null && !isValid(given)) {
      throw ProblemException.invalid(field, ADVICE);
    }
    return given;
  }

  /** The code given for {@code field}, upper-cased; {@code null} for none; 400 if it is not one. */
  public static String normalise(String field, String given) {
    return given == null ? null : require(field, given.toUpperCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return value;
  }
}
