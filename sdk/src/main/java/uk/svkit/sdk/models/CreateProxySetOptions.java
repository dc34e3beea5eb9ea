package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Input of {@code ProxySetsClient.createProxySet}: a proxy value set for the monetised measures of
 * one framework edition. Immutable; build with {@link #builder()}:
 *
 * <pre>{@code
 * CreateProxySetOptions.builder()
 *     .frameworkCode("PPN0620")
 *     .edition("2020-12")
 *     .name("Wirral local values 2024")
 *     .currency("GBP")
 *     .priceYear(2024)
 *     .source("Wirral Council social value team, agreed March 2024")
 *     .licenceNote("Internal use by Wirral Council")
 *     .addValue("LM-EMP-01", new BigDecimal("20000"))
 *     .addValue("LM-SUP-01", BigDecimal.ONE, new BigDecimal("1.5"))
 *     .build();
 * }</pre>
 *
 * <p>Amounts are {@link BigDecimal}s and are sent exactly as given. Only presence of the required
 * fields is checked here; the service validates the rest and answers with a {@code
 * ValidationException}, or a {@code BusinessRuleException} whose field errors (such as {@code
 * values[0].measureCode}) name the values that do not fit the edition.
 */
public final class CreateProxySetOptions {

  private final String frameworkCode;
  private final String edition;
  private final String name;
  private final String currency;
  private final int priceYear;
  private final String source;
  private final String licenceNote;
  private final List<ProxyValue> values;

  private CreateProxySetOptions(Builder b) {
    this.frameworkCode = b.frameworkCode;
    this.edition = b.edition;
    this.name = b.name;
    this.currency = b.currency;
    this.priceYear = b.priceYear;
    this.source = b.source;
    this.licenceNote = b.licenceNote;
    this.values = List.copyOf(b.values);
  }

  /**
   * Starts a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the framework code.
   *
   * @return the code, such as {@code PPN0620}
   */
  public String getFrameworkCode() {
    return frameworkCode;
  }

  /**
   * Returns the framework edition.
   *
   * @return the edition, such as {@code 2020-12}
   */
  public String getEdition() {
    return edition;
  }

  /**
   * Returns the display name.
   *
   * @return the name
   */
  public String getName() {
    return name;
  }

  /**
   * Returns the currency.
   *
   * @return the ISO 4217 code, such as {@code GBP}
   */
  public String getCurrency() {
    return currency;
  }

  /**
   * Returns the price year.
   *
   * @return the year, such as {@code 2024}
   */
  public int getPriceYear() {
    return priceYear;
  }

  /**
   * Returns where the values come from.
   *
   * @return the source
   */
  public String getSource() {
    return source;
  }

  /**
   * Returns the terms under which the values may be used.
   *
   * @return the licence note
   */
  public String getLicenceNote() {
    return licenceNote;
  }

  /**
   * Returns the proxy values, in the order added.
   *
   * @return an unmodifiable, non-empty list
   */
  public List<ProxyValue> getValues() {
    return values;
  }

  /** Builder for {@link CreateProxySetOptions}; not thread-safe. */
  public static final class Builder {

    private String frameworkCode;
    private String edition;
    private String name;
    private String currency;
    private Integer priceYear;
    private String source;
    private String licenceNote;
    private final List<ProxyValue> values = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the code of the framework whose measures the set values (required).
     *
     * @param frameworkCode the code, such as {@code PPN0620}
     * @return this builder
     * @throws NullPointerException if {@code frameworkCode} is {@code null}
     */
    public Builder frameworkCode(String frameworkCode) {
      this.frameworkCode = Objects.requireNonNull(frameworkCode, "frameworkCode");
      return this;
    }

    /**
     * Sets the framework edition whose measures the set values (required).
     *
     * @param edition the edition, such as {@code 2020-12}
     * @return this builder
     * @throws NullPointerException if {@code edition} is {@code null}
     */
    public Builder edition(String edition) {
      this.edition = Objects.requireNonNull(edition, "edition");
      return this;
    }

    /**
     * Sets the display name (required).
     *
     * @param name the name
     * @return this builder
     * @throws NullPointerException if {@code name} is {@code null}
     */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets the currency of the values (required).
     *
     * @param currency an ISO 4217 code, such as {@code GBP}
     * @return this builder
     * @throws NullPointerException if {@code currency} is {@code null}
     */
    public Builder currency(String currency) {
      this.currency = Objects.requireNonNull(currency, "currency");
      return this;
    }

    /**
     * Sets the year whose prices the values are expressed in (required).
     *
     * @param priceYear the year, such as {@code 2024}
     * @return this builder
     */
    public Builder priceYear(int priceYear) {
      this.priceYear = priceYear;
      return this;
    }

    /**
     * Sets where the values come from (required), cited beside every valuation made with the set.
     *
     * @param source the source, such as a publication or an internal decision
     * @return this builder
     * @throws NullPointerException if {@code source} is {@code null}
     */
    public Builder source(String source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * Sets the terms under which the values may be used (required).
     *
     * @param licenceNote the licence note
     * @return this builder
     * @throws NullPointerException if {@code licenceNote} is {@code null}
     */
    public Builder licenceNote(String licenceNote) {
      this.licenceNote = Objects.requireNonNull(licenceNote, "licenceNote");
      return this;
    }

    /**
     * Adds the value of one unit of a measure, without a multiplier.
     *
     * @param measureCode the measure code, such as {@code LM-EMP-01}
     * @param valuePerUnit the value of one unit, in the set's currency
     * @return this builder
     * @throws NullPointerException if an argument is {@code null}
     */
    public Builder addValue(String measureCode, BigDecimal valuePerUnit) {
      values.add(
          new ProxyValue(
              Objects.requireNonNull(measureCode, "measureCode"),
              Objects.requireNonNull(valuePerUnit, "valuePerUnit"),
              null));
      return this;
    }

    /**
     * Adds the value of one unit of a measure with a multiplier, such as a local multiplier on
     * spend.
     *
     * @param measureCode the measure code, such as {@code LM-SUP-01}
     * @param valuePerUnit the value of one unit, in the set's currency
     * @param multiplier the multiplier applied on top, such as {@code 1.5}
     * @return this builder
     * @throws NullPointerException if an argument is {@code null}
     */
    public Builder addValue(String measureCode, BigDecimal valuePerUnit, BigDecimal multiplier) {
      values.add(
          new ProxyValue(
              Objects.requireNonNull(measureCode, "measureCode"),
              Objects.requireNonNull(valuePerUnit, "valuePerUnit"),
              Objects.requireNonNull(multiplier, "multiplier")));
      return this;
    }

    /**
     * Builds the options.
     *
     * @return immutable options
     * @throws IllegalStateException if a required field is not set or no value was added
     */
    public CreateProxySetOptions build() {
      StringJoiner missing = new StringJoiner(", ");
      if (frameworkCode == null) {
        missing.add(".frameworkCode(...)");
      }
      if (edition == null) {
        missing.add(".edition(...)");
      }
      if (name == null) {
        missing.add(".name(...)");
      }
      if (currency == null) {
        missing.add(".currency(...)");
      }
      if (priceYear == null) {
        missing.add(".priceYear(...)");
      }
      if (source == null) {
        missing.add(".source(...)");
      }
      if (licenceNote == null) {
        missing.add(".licenceNote(...)");
      }
      if (values.isEmpty()) {
        missing.add(".addValue(...)");
      }
      if (missing.length() > 0) {
        throw new IllegalStateException(
            "CreateProxySetOptions is incomplete: call "
                + missing
                + " on CreateProxySetOptions.builder() before build()");
      }
      return new CreateProxySetOptions(this);
    }
  }
}
