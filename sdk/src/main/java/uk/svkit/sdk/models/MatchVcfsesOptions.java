package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a business offers, to shortlist VCFSE partners for: framework measures (a KPI's measure
 * points at themes and support types), themes, support types, a place, a point and radius, and a
 * quantity. Every criterion is optional; those left out score nothing.
 */
public final class MatchVcfsesOptions {

  private final List<String> measureCodes;
  private final List<String> themes;
  private final List<SupportType> supportTypes;
  private final String placeCode;
  private final String near;
  private final Double radiusKm;
  private final BigDecimal quantity;
  private final Integer limit;

  private MatchVcfsesOptions(Builder b) {
    this.measureCodes = List.copyOf(b.measureCodes);
    this.themes = List.copyOf(b.themes);
    this.supportTypes = List.copyOf(b.supportTypes);
    this.placeCode = b.placeCode;
    this.near = b.near;
    this.radiusKm = b.radiusKm;
    this.quantity = b.quantity;
    this.limit = b.limit;
  }

  /**
   * Starts empty options.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return the measure codes, possibly empty
   */
  public List<String> getMeasureCodes() {
    return measureCodes;
  }

  /**
   * @return the theme codes, possibly empty
   */
  public List<String> getThemes() {
    return themes;
  }

  /**
   * @return the support types, possibly empty
   */
  public List<SupportType> getSupportTypes() {
    return supportTypes;
  }

  /**
   * @return the ONS place code, or {@code null}
   */
  public String getPlaceCode() {
    return placeCode;
  }

  /**
   * @return the postcode or outcode searched near, or {@code null}
   */
  public String getNear() {
    return near;
  }

  /**
   * @return the radius in km, or {@code null} for the server's default
   */
  public Double getRadiusKm() {
    return radiusKm;
  }

  /**
   * @return the quantity offered, or {@code null}
   */
  public BigDecimal getQuantity() {
    return quantity;
  }

  /**
   * @return the most matches wanted, or {@code null} for the server's default (10)
   */
  public Integer getLimit() {
    return limit;
  }

  /** Builds {@link MatchVcfsesOptions}; not thread-safe. */
  public static final class Builder {
    private final List<String> measureCodes = new ArrayList<>();
    private final List<String> themes = new ArrayList<>();
    private final List<SupportType> supportTypes = new ArrayList<>();
    private String placeCode;
    private String near;
    private Double radiusKm;
    private BigDecimal quantity;
    private Integer limit;

    private Builder() {}

    /**
     * Adds a framework measure, such as a KPI's {@code LM-VOL-01}: it points at themes and support
     * types.
     *
     * @param measureCode the measure code
     * @return this builder
     */
    public Builder addMeasureCode(String measureCode) {
      measureCodes.add(Objects.requireNonNull(measureCode, "measureCode"));
      return this;
    }

    /**
     * Adds a theme of the directory's taxonomy, such as {@code mental-health}.
     *
     * @param theme the theme code
     * @return this builder
     */
    public Builder addTheme(String theme) {
      themes.add(Objects.requireNonNull(theme, "theme"));
      return this;
    }

    /**
     * Adds a kind of support offered.
     *
     * @param supportType the support type
     * @return this builder
     */
    public Builder addSupportType(SupportType supportType) {
      supportTypes.add(Objects.requireNonNull(supportType, "supportType"));
      return this;
    }

    /**
     * Ranks organisations serving this place higher.
     *
     * @param placeCode an ONS local authority code, such as {@code E08000015}
     * @return this builder
     */
    public Builder placeCode(String placeCode) {
      this.placeCode = placeCode;
      return this;
    }

    /**
     * Limits to, and ranks by closeness to, a postcode or outcode.
     *
     * @param near a postcode or outcode, such as {@code CH41}
     * @return this builder
     */
    public Builder near(String near) {
      this.near = near;
      return this;
    }

    /**
     * Sets the radius around {@link #near(String)}.
     *
     * @param radiusKm kilometres, more than 0 and at most 200
     * @return this builder
     */
    public Builder radiusKm(double radiusKm) {
      this.radiusKm = radiusKm;
      return this;
    }

    /**
     * Sets the quantity offered, compared with what needs still lack.
     *
     * @param quantity the quantity, such as 200 (hours)
     * @return this builder
     */
    public Builder quantity(BigDecimal quantity) {
      this.quantity = quantity;
      return this;
    }

    /**
     * Sets how many matches to return.
     *
     * @param limit from 1 to 50
     * @return this builder
     */
    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    /**
     * @return the options
     */
    public MatchVcfsesOptions build() {
      return new MatchVcfsesOptions(this);
    }
  }
}
