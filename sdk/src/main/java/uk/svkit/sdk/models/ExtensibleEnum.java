package uk.svkit.sdk.models;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Base of the SDK's extensible string types, such as {@link OrganisationRole}: values the service
 * may extend, modelled as classes rather than Java {@code enum}s so that a value added by a newer
 * server is returned as a new instance instead of failing.
 *
 * <p>Instances are immutable and compared by type and wire value: two instances are equal when they
 * are of the same class and have the same value, whether or not the value is a known constant.
 * Compare with {@link #equals(Object)}, not {@code ==}, and keep a default branch.
 *
 * <p>The hierarchy is closed: only the SDK's own final types extend this class (its constructor is
 * package-private), so {@link #toString()}, {@link #equals(Object)} and {@link #hashCode()} are
 * never overridden. They are deliberately not {@code final}: the existing types declared them
 * non-final, and the binary-compatibility check (japicmp) reports METHOD_NOW_FINAL otherwise.
 */
public abstract class ExtensibleEnum {

  private final String value;

  /** Package-private so that only this package's final types can extend the class. */
  ExtensibleEnum(String value) {
    this.value = value;
  }

  /**
   * Looks a wire value up among the known constants of a type.
   *
   * @param value the wire value
   * @param known the type's constants
   * @param create makes a new instance for an unknown value
   * @param type the type, named in the error message
   * @return the matching constant, or a new instance
   * @throws NullPointerException if {@code value} is {@code null}
   * @throws IllegalArgumentException if {@code value} is blank
   */
  static <T extends ExtensibleEnum> T lookup(
      String value, List<T> known, Function<String, T> create, Class<T> type) {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException(type.getSimpleName() + " value must not be blank");
    }
    for (T k : known) {
      if (k.toString().equals(value)) {
        return k;
      }
    }
    return create.apply(value);
  }

  /**
   * Returns the wire value, such as {@code "BUYER"}.
   *
   * @return the wire value
   */
  @Override
  public String toString() {
    return value;
  }

  /**
   * Returns whether {@code o} is of the same type and has the same wire value.
   *
   * @param o the object to compare with
   * @return {@code true} if equal
   */
  @Override
  public boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && value.equals(((ExtensibleEnum) o).value);
  }

  /**
   * Returns the hash code of the wire value.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
