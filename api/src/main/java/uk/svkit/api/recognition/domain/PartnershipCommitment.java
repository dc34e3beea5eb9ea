package uk.svkit.api.recognition.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * What a business commits to in a partnership: a quantity of one framework measure, and the kept
 * total of what the VCFSE has confirmed so far (so reading a partnership never sums deliveries).
 */
@Embeddable
public class PartnershipCommitment {
  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "measure_code", length = 40, nullable = false)
  private String measureCode;

  @Column(name = "target_quantity", precision = 19, scale = 4, nullable = false)
  private BigDecimal targetQuantity;

  @Column(name = "confirmed_quantity", precision = 19, scale = 4, nullable = false)
  private BigDecimal confirmedQuantity;

  protected PartnershipCommitment() {}

  public PartnershipCommitment(int position, String measureCode, BigDecimal targetQuantity) {
    this.position = position;
    this.measureCode = measureCode;
    this.targetQuantity = targetQuantity;
    this.confirmedQuantity = BigDecimal.ZERO;
  }

  PartnershipCommitment withConfirmed(BigDecimal confirmed) {
    PartnershipCommitment c = new PartnershipCommitment(position, measureCode, targetQuantity);
    c.confirmedQuantity = confirmed;
    return c;
  }

  public int position() {
    return position;
  }

  public String measureCode() {
    return measureCode;
  }

  public BigDecimal targetQuantity() {
    return targetQuantity;
  }

  public BigDecimal confirmedQuantity() {
    return confirmedQuantity;
  }
}
