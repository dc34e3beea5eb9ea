package uk.svkit.api.procurement.domain;

import java.math.BigDecimal;

/**
 * A bidder's answer to one question; the field that applies depends on the question's type: {@code
 * text} for method statements and single choice, {@code yes} for yes/no, {@code number} for numbers
 * and {@code commitment} for quantified commitments.
 */
public record Answer(
    String questionKey, String text, Boolean yes, BigDecimal number, Commitment commitment) {

  /**
   * A quantified commitment. The measure is the question's, so a bidder cannot answer a commitment
   * question with a different measure.
   */
  public record Commitment(
      String measureCode,
      BigDecimal quantity,
      CommitmentPeriod period,
      String placeCode,
      String vcfsePartnerOrganisationId) {}
}
