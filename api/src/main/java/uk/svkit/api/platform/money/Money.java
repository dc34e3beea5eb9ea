package uk.svkit.api.platform.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount of money in one currency, held to two decimal places (pence), the precision the schema
 * stores money at ({@code NUMERIC(19, 2)}) and the valuation engine has always rounded to: values
 * are rounded half-up where they are made ({@link #of}, {@link #times}), so a total is exactly the
 * sum of the rounded terms a reader sees. Adding money in two currencies is a programming error,
 * not a conversion.
 *
 * @param amount the amount, at two decimal places
 * @param currency an ISO 4217 code, e.g. {@code GBP}: three upper-case letters, the rule the API
 *     checks currencies with
 */
public record Money(BigDecimal amount, String currency) implements Comparable<Money> {
  /** Decimal places of every amount. */
  public static final int SCALE = 2;

  private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

  /** Checks the currency and brings the amount to two places without rounding. */
  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    if (!CODE.matcher(currency).matches()) {
      throw new IllegalArgumentException("'" + currency + "' is not an ISO 4217 currency code");
    }
    try {
      amount = amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          amount.toPlainString() + " has more than " + SCALE + " decimals; use Money.of to round",
          e);
    }
  }

  /** The amount rounded half-up to two places. */
  public static Money of(BigDecimal amount, String currency) {
    return new Money(amount.setScale(SCALE, RoundingMode.HALF_UP), currency);
  }

  public static Money zero(String currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  /** The sum; both amounts must be in the same currency. */
  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  /** This amount times a factor (a quantity, a rate), rounded half-up to two places. */
  public Money times(BigDecimal factor) {
    return of(amount.multiply(factor), currency);
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  /** Orders amounts of the same currency. */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  @Override
  public String toString() {
    return currency + " " + amount.toPlainString();
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "Cannot combine " + this + " with " + other + ": the currencies differ");
    }
  }
}
