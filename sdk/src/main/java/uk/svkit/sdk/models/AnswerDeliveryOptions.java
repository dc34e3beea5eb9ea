package uk.svkit.sdk.models;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The receiving VCFSE's answer on a delivery, for {@code DirectoryClient.answerDelivery}: made with
 * {@link #confirm()}, {@link #adjust(BigDecimal, String)} or {@link #dispute(String)}. Immutable.
 */
public final class AnswerDeliveryOptions {

  private final DeliveryStatus status;
  private final BigDecimal quantity;
  private final String reason;

  private AnswerDeliveryOptions(DeliveryStatus status, BigDecimal quantity, String reason) {
    this.status = status;
    this.quantity = quantity;
    this.reason = reason;
  }

  /**
   * Confirms the delivered quantity.
   *
   * @return the answer
   */
  public static AnswerDeliveryOptions confirm() {
    return new AnswerDeliveryOptions(DeliveryStatus.CONFIRMED, null, null);
  }

  /**
   * Accepts part of the delivery.
   *
   * @param acceptedQuantity the quantity accepted, at most the delivered quantity
   * @param reason why less was accepted
   * @return the answer
   * @throws NullPointerException if an argument is {@code null}
   */
  public static AnswerDeliveryOptions adjust(BigDecimal acceptedQuantity, String reason) {
    return new AnswerDeliveryOptions(
        DeliveryStatus.ADJUSTED,
        Objects.requireNonNull(acceptedQuantity, "acceptedQuantity"),
        Objects.requireNonNull(reason, "reason"));
  }

  /**
   * Disputes the delivery: it counts for nothing.
   *
   * @param reason why
   * @return the answer
   * @throws NullPointerException if {@code reason} is {@code null}
   */
  public static AnswerDeliveryOptions dispute(String reason) {
    return new AnswerDeliveryOptions(
        DeliveryStatus.DISPUTED, null, Objects.requireNonNull(reason, "reason"));
  }

  /**
   * Returns the answer's status.
   *
   * @return {@code CONFIRMED}, {@code ADJUSTED} or {@code DISPUTED}
   */
  public DeliveryStatus getStatus() {
    return status;
  }

  /**
   * Returns the accepted quantity of an adjustment.
   *
   * @return the value, or {@code null}
   */
  public BigDecimal getQuantity() {
    return quantity;
  }

  /**
   * Returns the reason.
   *
   * @return the value, or {@code null}
   */
  public String getReason() {
    return reason;
  }
}
