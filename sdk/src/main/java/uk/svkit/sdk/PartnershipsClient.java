package uk.svkit.sdk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.svkit.sdk.exception.ApiException;
import uk.svkit.sdk.exception.BusinessRuleException;
import uk.svkit.sdk.exception.ConflictException;
import uk.svkit.sdk.exception.ConnectionException;
import uk.svkit.sdk.exception.NotFoundException;
import uk.svkit.sdk.exception.PermissionDeniedException;
import uk.svkit.sdk.exception.PreconditionFailedException;
import uk.svkit.sdk.implementation.HttpRequest;
import uk.svkit.sdk.models.CreatePartnershipOptions;
import uk.svkit.sdk.models.Partnership;
import uk.svkit.sdk.models.PartnershipDelivery;
import uk.svkit.sdk.models.PartnershipDeliveryStatus;

/**
 * Partnerships between a business and a VCFSE outside contracts: the business records one with
 * quantified commitments (measures of a framework edition) and its deliveries; the VCFSE confirms,
 * adjusts or disputes each delivery, and only what it confirmed counts towards the commitment and
 * the £ value (the same valuation engine as contracts). Each side agrees for itself to show the
 * partnership on public recognitions ({@code RecognitionsClient.getRecognitions}); it shows only
 * while both agree. Obtain from {@link SvkitClient#partnerships()}; thread-safe.
 *
 * <p>Both parties and platform admins read a partnership; anyone else gets {@link
 * NotFoundException}. Every method may also throw {@link
 * uk.svkit.sdk.exception.AuthenticationException}, {@link PermissionDeniedException}, {@link
 * uk.svkit.sdk.exception.ValidationException}, {@link uk.svkit.sdk.exception.RateLimitException},
 * {@link uk.svkit.sdk.exception.ServerException}, {@link ApiException} and {@link
 * ConnectionException}.
 *
 * @since 0.2.0
 */
public final class PartnershipsClient {

  private static final String PARTNERSHIPS = "partnerships";
  private static final String DELIVERIES = "deliveries";

  private final Operations ops;

  PartnershipsClient(Operations ops) {
    this.ops = ops;
  }

  /**
   * Records a partnership with a VCFSE (a supplier, acting for the business). A random {@code
   * Idempotency-Key} is sent.
   *
   * @param options the partnership
   * @return the partnership, with its ETag
   * @throws NullPointerException if {@code options} is {@code null}
   * @throws BusinessRuleException if the partner is not a VCFSE, a measure is not of the edition,
   *     or the proxy set is for another edition
   */
  public Partnership createPartnership(CreatePartnershipOptions options) {
    Objects.requireNonNull(options, "options");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("vcfseOrganisationId", options.getVcfseOrganisationId());
    body.put("title", options.getTitle());
    putIfSet(body, "description", options.getDescription());
    body.put("startedOn", options.getStartedOn().toString());
    if (options.getEndsOn() != null) {
      body.put("endsOn", options.getEndsOn().toString());
    }
    body.put("frameworkCode", options.getFrameworkCode());
    body.put("edition", options.getEdition());
    putIfSet(body, "proxySetId", options.getProxySetId());
    List<Map<String, Object>> commitments = new ArrayList<>();
    options
        .getCommitments()
        .forEach(
            (code, target) -> {
              Map<String, Object> c = new LinkedHashMap<>();
              c.put("measureCode", code);
              c.put("targetQuantity", target);
              commitments.add(c);
            });
    body.put("commitments", commitments);
    return ops.send(
            HttpRequest.post(ops.url(PARTNERSHIPS).build(), ops.toJson(body), true),
            Partnership.class)
        .getValue();
  }

  /**
   * Lists your partnerships, as the business or as the VCFSE, by start date.
   *
   * @return a lazy iterable; no request is sent until iteration
   */
  public PagedIterable<Partnership> listPartnerships() {
    return ops.list(ops.url(PARTNERSHIPS).build(), Partnership.class, null);
  }

  /**
   * Returns a partnership with its ETag: commitments, confirmed delivery and its value.
   *
   * @param partnershipId the partnership
   * @return the partnership
   * @throws NullPointerException if {@code partnershipId} is {@code null}
   * @throws NotFoundException if there is none you may read
   */
  public Partnership getPartnership(String partnershipId) {
    return ops.send(
            HttpRequest.get(
                ops.url(PARTNERSHIPS, Operations.pathSegment(partnershipId, "partnershipId"))
                    .build()),
            Partnership.class)
        .getValue();
  }

  /**
   * Agrees for your side (business or VCFSE) to show the partnership on public recognitions, or
   * withdraws that agreement. It is public only while both sides agree.
   *
   * @param current the partnership as last read (with its ETag)
   * @param shown {@code true} to agree, {@code false} to withdraw
   * @return the partnership, with its new ETag
   * @throws NullPointerException if {@code current} is {@code null}
   * @throws IllegalArgumentException if {@code current} carries no ETag
   * @throws PreconditionFailedException if it changed since it was read
   */
  public Partnership setPartnershipVisibility(Partnership current, boolean shown) {
    Objects.requireNonNull(current, "current");
    String eTag =
        Operations.eTagOf(current.getETag(), "Partnership", current.getId(), "getPartnership");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("shown", shown);
    return ops.send(
            HttpRequest.put(
                    ops.url(PARTNERSHIPS, current.getId(), "visibility").build(), ops.toJson(body))
                .ifMatch(eTag),
            Partnership.class)
        .getValue();
  }

  /**
   * Records a delivery on one of the partnership's commitments (the business); it counts once the
   * VCFSE confirms it. A random {@code Idempotency-Key} is sent.
   *
   * @param partnershipId the partnership
   * @param measureCode the committed measure
   * @param quantity the quantity delivered
   * @param deliveredOn the day (not in the future)
   * @param note a note for the VCFSE, or {@code null}
   * @return the delivery, {@code PENDING}, with its ETag
   * @throws NullPointerException if an argument other than {@code note} is {@code null}
   * @throws BusinessRuleException if the measure is not committed to or the day is in the future
   */
  public PartnershipDelivery recordPartnershipDelivery(
      String partnershipId,
      String measureCode,
      BigDecimal quantity,
      LocalDate deliveredOn,
      String note) {
    Operations.pathSegment(partnershipId, "partnershipId");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("measureCode", Objects.requireNonNull(measureCode, "measureCode"));
    body.put("quantity", Objects.requireNonNull(quantity, "quantity"));
    body.put("deliveredOn", Objects.requireNonNull(deliveredOn, "deliveredOn").toString());
    putIfSet(body, "note", note);
    return ops.send(
            HttpRequest.post(
                ops.url(PARTNERSHIPS, partnershipId, DELIVERIES).build(), ops.toJson(body), true),
            PartnershipDelivery.class)
        .getValue();
  }

  /**
   * Lists a partnership's deliveries by delivery date.
   *
   * @param partnershipId the partnership
   * @param status only deliveries with this status ({@code PENDING}: awaiting the VCFSE), or {@code
   *     null} for all
   * @return a lazy iterable; no request is sent until iteration
   * @throws NullPointerException if {@code partnershipId} is {@code null}
   */
  public PagedIterable<PartnershipDelivery> listPartnershipDeliveries(
      String partnershipId, PartnershipDeliveryStatus status) {
    return ops.list(
        ops.url(PARTNERSHIPS, Operations.pathSegment(partnershipId, "partnershipId"), DELIVERIES)
            .query("status", status == null ? null : status.toString())
            .build(),
        PartnershipDelivery.class,
        null);
  }

  /**
   * Returns a partnership delivery with its ETag.
   *
   * @param partnershipId the partnership
   * @param deliveryId the delivery
   * @return the delivery
   * @throws NullPointerException if an argument is {@code null}
   * @throws NotFoundException if there is none you may read
   */
  public PartnershipDelivery getPartnershipDelivery(String partnershipId, String deliveryId) {
    return ops.send(
            HttpRequest.get(
                ops.url(
                        PARTNERSHIPS,
                        Operations.pathSegment(partnershipId, "partnershipId"),
                        DELIVERIES,
                        Operations.pathSegment(deliveryId, "deliveryId"))
                    .build()),
            PartnershipDelivery.class)
        .getValue();
  }

  /**
   * Confirms a delivery as recorded (the VCFSE); its quantity counts.
   *
   * @param current the delivery as last read (with its ETag)
   * @return the decided delivery
   * @throws NullPointerException if {@code current} is {@code null}
   * @throws ConflictException if it was decided already
   * @throws PreconditionFailedException if it changed since it was read
   */
  public PartnershipDelivery confirmPartnershipDelivery(PartnershipDelivery current) {
    return decide(current, "CONFIRMED", null, null);
  }

  /**
   * Confirms a different quantity than recorded, with a reason (the VCFSE); that quantity counts.
   *
   * @param current the delivery as last read (with its ETag)
   * @param quantity the quantity the VCFSE confirms
   * @param reason why, for the business
   * @return the decided delivery
   * @throws NullPointerException if an argument is {@code null}
   * @throws ConflictException if it was decided already
   * @throws PreconditionFailedException if it changed since it was read
   */
  public PartnershipDelivery adjustPartnershipDelivery(
      PartnershipDelivery current, BigDecimal quantity, String reason) {
    return decide(
        current,
        "ADJUSTED",
        Objects.requireNonNull(quantity, "quantity"),
        Objects.requireNonNull(reason, "reason"));
  }

  /**
   * Disputes a delivery, with a reason (the VCFSE); nothing of it counts.
   *
   * @param current the delivery as last read (with its ETag)
   * @param reason why, for the business
   * @return the decided delivery
   * @throws NullPointerException if an argument is {@code null}
   * @throws ConflictException if it was decided already
   * @throws PreconditionFailedException if it changed since it was read
   */
  public PartnershipDelivery disputePartnershipDelivery(
      PartnershipDelivery current, String reason) {
    return decide(current, "DISPUTED", null, Objects.requireNonNull(reason, "reason"));
  }

  private PartnershipDelivery decide(
      PartnershipDelivery current, String outcome, BigDecimal quantity, String reason) {
    Objects.requireNonNull(current, "current");
    String eTag =
        Operations.eTagOf(
            current.getETag(), "PartnershipDelivery", current.getId(), "getPartnershipDelivery");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("outcome", outcome);
    if (quantity != null) {
      body.put("quantity", quantity);
    }
    putIfSet(body, "reason", reason);
    return ops.send(
            HttpRequest.post(
                    ops.url(
                            PARTNERSHIPS,
                            current.getPartnershipId(),
                            DELIVERIES,
                            current.getId(),
                            "decision")
                        .build(),
                    ops.toJson(body),
                    false)
                .ifMatch(eTag),
            PartnershipDelivery.class)
        .getValue();
  }

  private static void putIfSet(Map<String, Object> body, String key, String value) {
    if (value != null) {
      body.put(key, value);
    }
  }
}
