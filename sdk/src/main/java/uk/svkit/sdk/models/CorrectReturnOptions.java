package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Input of {@code ContractsClient.correctReturn}: the corrected content of a return, which the
 * service records as a new return for the same period. Immutable; build with {@link
 * #builder(BigDecimal)}, or start from the return being corrected with {@link
 * #builder(ContractReturn)}:
 *
 * <pre>{@code
 * CorrectReturnOptions.builder(current).quantity(new BigDecimal("4.5")).build();
 * }</pre>
 *
 * <p>The correction replaces the whole content: a narrative or evidence not set here is not carried
 * over, which is why {@link #builder(ContractReturn)} copies them.
 */
public final class CorrectReturnOptions {

  private final BigDecimal quantity;
  private final String narrative;
  private final List<EvidenceRef> evidence;

  private CorrectReturnOptions(Builder b) {
    this.quantity = b.quantity;
    this.narrative = b.narrative;
    this.evidence = List.copyOf(b.evidence);
  }

  /**
   * Starts a builder for a correction.
   *
   * @param quantity the corrected quantity, in the measure's unit
   * @return a new builder
   * @throws NullPointerException if {@code quantity} is {@code null}
   */
  public static Builder builder(BigDecimal quantity) {
    return new Builder(Objects.requireNonNull(quantity, "quantity"));
  }

  /**
   * Starts a builder pre-filled with the quantity, narrative and evidence of {@code current}, to
   * change part of it.
   *
   * @param current the return as last read
   * @return a new builder
   * @throws NullPointerException if {@code current} is {@code null}
   * @throws IllegalArgumentException if {@code current} has no quantity
   */
  public static Builder builder(ContractReturn current) {
    Objects.requireNonNull(current, "current");
    if (current.getQuantity() == null) {
      throw new IllegalArgumentException("return " + current + " has no quantity");
    }
    Builder b = new Builder(current.getQuantity());
    b.narrative = current.getNarrative();
    b.evidence.addAll(current.getEvidence());
    return b;
  }

  /**
   * Returns the corrected quantity.
   *
   * @return the quantity
   */
  public BigDecimal getQuantity() {
    return quantity;
  }

  /**
   * Returns the corrected narrative.
   *
   * @return the narrative, or {@code null} if not set (then not sent)
   */
  public String getNarrative() {
    return narrative;
  }

  /**
   * Returns the corrected evidence, in the order added.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<EvidenceRef> getEvidence() {
    return evidence;
  }

  /** Builder for {@link CorrectReturnOptions}; not thread-safe. */
  public static final class Builder {

    private BigDecimal quantity;
    private String narrative;
    private final List<EvidenceRef> evidence = new ArrayList<>();

    private Builder(BigDecimal quantity) {
      this.quantity = quantity;
    }

    /**
     * Replaces the quantity.
     *
     * @param quantity the corrected quantity, at least 0
     * @return this builder
     * @throws NullPointerException if {@code quantity} is {@code null}
     */
    public Builder quantity(BigDecimal quantity) {
      this.quantity = Objects.requireNonNull(quantity, "quantity");
      return this;
    }

    /**
     * Sets the narrative.
     *
     * @param narrative up to 4000 characters
     * @return this builder
     * @throws NullPointerException if {@code narrative} is {@code null}
     */
    public Builder narrative(String narrative) {
      this.narrative = Objects.requireNonNull(narrative, "narrative");
      return this;
    }

    /**
     * Adds evidence (up to 20 per return).
     *
     * @param evidence the evidence
     * @return this builder
     * @throws NullPointerException if {@code evidence} is {@code null}
     */
    public Builder addEvidence(EvidenceRef evidence) {
      this.evidence.add(Objects.requireNonNull(evidence, "evidence"));
      return this;
    }

    /**
     * Builds the options.
     *
     * @return immutable options
     */
    public CorrectReturnOptions build() {
      return new CorrectReturnOptions(this);
    }
  }
}
