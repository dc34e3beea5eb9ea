package uk.svkit.api.tracking.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.svkit.api.platform.concurrency.Versions;
import uk.svkit.api.platform.problem.Problem;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;

/**
 * A periodic return: the quantity delivered against one commitment in one reporting period, with a
 * narrative and evidence. It owns its life cycle (submitted, then validated or rejected by the
 * buyer, or superseded by a correction) and says what each step does to the kept totals, so the
 * service only checks access and stores what the return decided.
 */
public final class KpiReturn {
  private final String id;
  private final long version;
  private final String contractId;
  private final String commitmentId;
  private final String buyerOrganisationId;
  private final LocalDate periodStart;
  private final LocalDate periodEnd;
  private final BigDecimal quantity;
  private final String narrative;
  private final List<EvidenceRef> evidence;
  private ReturnStatus status;
  private String rejectionReason;
  private final String supersedesId;
  private String supersededById;
  private final String submittedBy;
  private final OffsetDateTime submittedAt;
  private String reviewedBy;
  private OffsetDateTime reviewedAt;
  private final ConfirmedDelivery confirmedDelivery;
  private final Set<String> changedFields = new LinkedHashSet<>();

  /** A return as stored that counts no confirmed delivery. */
  public KpiReturn(
      String id,
      long version,
      String contractId,
      String commitmentId,
      String buyerOrganisationId,
      LocalDate periodStart,
      LocalDate periodEnd,
      BigDecimal quantity,
      String narrative,
      List<EvidenceRef> evidence,
      ReturnStatus status,
      String rejectionReason,
      String supersedesId,
      String supersededById,
      String submittedBy,
      OffsetDateTime submittedAt,
      String reviewedBy,
      OffsetDateTime reviewedAt) {
    this(
        id,
        version,
        contractId,
        commitmentId,
        buyerOrganisationId,
        periodStart,
        periodEnd,
        quantity,
        narrative,
        evidence,
        status,
        rejectionReason,
        supersedesId,
        supersededById,
        submittedBy,
        submittedAt,
        reviewedBy,
        reviewedAt,
        null);
  }

  /**
   * A return as stored; {@link #submit} and {@link #countConfirmedDelivery} make new ones. {@code
   * confirmedDelivery} is null for a return the supplier or buyer submitted.
   */
  public KpiReturn(
      String id,
      long version,
      String contractId,
      String commitmentId,
      String buyerOrganisationId,
      LocalDate periodStart,
      LocalDate periodEnd,
      BigDecimal quantity,
      String narrative,
      List<EvidenceRef> evidence,
      ReturnStatus status,
      String rejectionReason,
      String supersedesId,
      String supersededById,
      String submittedBy,
      OffsetDateTime submittedAt,
      String reviewedBy,
      OffsetDateTime reviewedAt,
      ConfirmedDelivery confirmedDelivery) {
    this.id = id;
    this.version = version;
    this.contractId = contractId;
    this.commitmentId = commitmentId;
    this.buyerOrganisationId = buyerOrganisationId;
    this.periodStart = periodStart;
    this.periodEnd = periodEnd;
    this.quantity = quantity;
    this.narrative = narrative;
    this.evidence = List.copyOf(evidence);
    this.status = status;
    this.rejectionReason = rejectionReason;
    this.supersedesId = supersedesId;
    this.supersededById = supersededById;
    this.submittedBy = submittedBy;
    this.submittedAt = submittedAt;
    this.reviewedBy = reviewedBy;
    this.reviewedAt = reviewedAt;
    this.confirmedDelivery = confirmedDelivery;
  }

  /**
   * A new submitted return of a contract's commitment for one reporting period. The caller has
   * checked that the period is one of the commitment's and the evidence with {@link
   * #evidenceProblems}.
   */
  public static KpiReturn submit(
      String id,
      Contract contract,
      Commitment commitment,
      LocalDate periodStart,
      LocalDate periodEnd,
      BigDecimal quantity,
      String narrative,
      List<EvidenceRef> evidence,
      String submittedBy,
      OffsetDateTime at) {
    return new KpiReturn(
        id,
        1,
        contract.id(),
        commitment.id(),
        contract.ownerOrganisationId(),
        periodStart,
        periodEnd,
        quantity,
        narrative,
        evidence,
        ReturnStatus.SUBMITTED,
        null,
        null,
        null,
        submittedBy,
        at,
        null,
        null);
  }

  /**
   * A new submitted return counting a delivery the receiving VCFSE confirmed, in the reporting
   * period that holds the delivery's date. It sits beside the supplier's own return of that period
   * (the one-live-return rule is about the supplier's returns) and the buyer validates or rejects
   * it like any other; it changes only through the VCFSE's answer ({@link
   * #recountConfirmedDelivery}).
   */
  public static KpiReturn countConfirmedDelivery(
      String id,
      Contract contract,
      Commitment commitment,
      ReportingFrequency.ReportingPeriod period,
      BigDecimal quantity,
      String narrative,
      ConfirmedDelivery delivery,
      String submittedBy,
      OffsetDateTime at) {
    return new KpiReturn(
        id,
        1,
        contract.id(),
        commitment.id(),
        contract.ownerOrganisationId(),
        period.start(),
        period.end(),
        quantity,
        narrative,
        List.of(),
        ReturnStatus.SUBMITTED,
        null,
        null,
        null,
        submittedBy,
        at,
        null,
        null,
        delivery);
  }

  /** What this return's submission adds to the totals: its quantity as claimed, one live return. */
  public TotalsChange submission() {
    return change(quantity, BigDecimal.ZERO, 1);
  }

  /**
   * The buyer accepts a submitted return it read at {@code expectedVersion}: its quantity now also
   * counts as validated.
   */
  public TotalsChange validate(long expectedVersion, String reviewer, OffsetDateTime at) {
    requireSubmitted();
    Versions.requireCurrent(expectedVersion, version);
    review(ReturnStatus.VALIDATED, reviewer, at);
    return change(BigDecimal.ZERO, quantity, 0);
  }

  /** The buyer refuses a submitted return it read at {@code expectedVersion}: it stops counting. */
  public TotalsChange reject(
      long expectedVersion, String reviewer, OffsetDateTime at, String reason) {
    requireSubmitted();
    Versions.requireCurrent(expectedVersion, version);
    review(ReturnStatus.REJECTED, reviewer, at);
    rejectionReason = reason;
    if (reason != null) {
      changedFields.add("rejectionReason");
    }
    return change(quantity.negate(), BigDecimal.ZERO, -1);
  }

  /** A correction and what replacing this return with it does to the totals. */
  public record Correction(KpiReturn correction, TotalsChange change) {}

  /**
   * Replaces this return (whatever its status, unless already corrected) with a new submitted one
   * for the same commitment and period; this one becomes superseded and both stay in the history.
   * 409 if it was corrected already, 412 if it changed since {@code expectedVersion}, 422 if the
   * evidence breaks a rule.
   */
  public Correction correct(
      long expectedVersion,
      String correctionId,
      BigDecimal newQuantity,
      String newNarrative,
      List<EvidenceRef> newEvidence,
      String submitter,
      OffsetDateTime at) {
    if (confirmedDelivery != null) {
      throw new ProblemException(
          ProblemType.CONFLICT,
          "Return "
              + id
              + " counts delivery "
              + confirmedDelivery.deliveryId()
              + " as its VCFSE confirmed it; it changes only when the VCFSE changes its answer"
              + " (the buyer may still validate or reject it).");
    }
    return supersede(
        expectedVersion, correctionId, newQuantity, newNarrative, newEvidence, null, submitter, at);
  }

  /**
   * Replaces this return of a confirmed delivery with one counting the VCFSE's new answer: {@code
   * newQuantity} (zero once disputed). Like a correction, totals move by the difference, so a
   * changed answer never counts twice.
   */
  public Correction recountConfirmedDelivery(
      String correctionId,
      BigDecimal newQuantity,
      String newNarrative,
      ConfirmedDelivery delivery,
      String submitter,
      OffsetDateTime at) {
    if (confirmedDelivery == null) {
      throw new IllegalStateException("Return " + id + " counts no confirmed delivery");
    }
    return supersede(
        version, correctionId, newQuantity, newNarrative, List.of(), delivery, submitter, at);
  }

  private Correction supersede(
      long expectedVersion,
      String correctionId,
      BigDecimal newQuantity,
      String newNarrative,
      List<EvidenceRef> newEvidence,
      ConfirmedDelivery newDelivery,
      String submitter,
      OffsetDateTime at) {
    if (status == ReturnStatus.SUPERSEDED) {
      throw new ProblemException(
          ProblemType.CONFLICT,
          "Return " + id + " has already been corrected by " + supersededById + ".");
    }
    Versions.requireCurrent(expectedVersion, version);
    List<Problem.FieldError> errors = evidenceProblems(newEvidence, "");
    if (!errors.isEmpty()) {
      throw new ProblemException(
          ProblemType.BUSINESS_RULE_VIOLATED,
          "The correction cannot be accepted.",
          errors,
          Map.of());
    }
    KpiReturn correction =
        new KpiReturn(
            correctionId,
            1,
            contractId,
            commitmentId,
            buyerOrganisationId,
            periodStart,
            periodEnd,
            newQuantity,
            newNarrative,
            newEvidence,
            ReturnStatus.SUBMITTED,
            null,
            id,
            null,
            submitter,
            at,
            null,
            null,
            newDelivery);
    boolean wasLive = status.isLive();
    boolean wasValidated = status == ReturnStatus.VALIDATED;
    status = ReturnStatus.SUPERSEDED;
    supersededById = correctionId;
    changedFields.add("status");
    changedFields.add("supersededById");
    TotalsChange change =
        change(
            newQuantity.subtract(wasLive ? quantity : BigDecimal.ZERO),
            wasValidated ? quantity.negate() : BigDecimal.ZERO,
            wasLive ? 0 : 1);
    return new Correction(correction, change);
  }

  /**
   * The evidence rules: a document carries its SHA-256 (so later changes to it are detectable), a
   * URL is http(s). Problems are named {@code <at>evidence[i].field}.
   */
  public static List<Problem.FieldError> evidenceProblems(List<EvidenceRef> evidence, String at) {
    List<Problem.FieldError> errors = new ArrayList<>();
    for (int e = 0; e < evidence.size(); e++) {
      EvidenceRef ref = evidence.get(e);
      if (ref.kind() == EvidenceRef.Kind.DOCUMENT && ref.sha256() == null) {
        errors.add(
            new Problem.FieldError(
                at + "evidence[" + e + "].sha256",
                "a document needs its SHA-256, so later changes to it are detectable"));
      }
      if (ref.kind() == EvidenceRef.Kind.URL
          && !(ref.reference().startsWith("https://") || ref.reference().startsWith("http://"))) {
        errors.add(
            new Problem.FieldError(
                at + "evidence[" + e + "].reference", "a URL must start with https:// or http://"));
      }
    }
    return errors;
  }

  /** The fields changed since the return was read or made, for the audit event; clears them. */
  public Set<String> drainChangedFields() {
    Set<String> fields = Set.copyOf(changedFields);
    changedFields.clear();
    return fields;
  }

  private void requireSubmitted() {
    if (status != ReturnStatus.SUBMITTED) {
      throw new ProblemException(
          ProblemType.CONFLICT,
          "Only a submitted return can be reviewed; this one is " + status + ".");
    }
  }

  private void review(ReturnStatus to, String reviewer, OffsetDateTime at) {
    status = to;
    reviewedBy = reviewer;
    reviewedAt = at;
    changedFields.add("status");
  }

  private TotalsChange change(BigDecimal claimed, BigDecimal validated, int liveReturns) {
    // A confirmed delivery adds to the period's quantities but is not the supplier's return of it:
    // the period still counts as unreported (due and overdue) until the supplier's own return.
    return new TotalsChange(
        commitmentId,
        periodStart,
        contractId,
        buyerOrganisationId,
        claimed,
        validated,
        confirmedDelivery == null ? liveReturns : 0);
  }

  public String id() {
    return id;
  }

  /** The version the return was read at; the store moves it on with each change. */
  public long version() {
    return version;
  }

  public String contractId() {
    return contractId;
  }

  public String commitmentId() {
    return commitmentId;
  }

  public String buyerOrganisationId() {
    return buyerOrganisationId;
  }

  public LocalDate periodStart() {
    return periodStart;
  }

  public LocalDate periodEnd() {
    return periodEnd;
  }

  public BigDecimal quantity() {
    return quantity;
  }

  public String narrative() {
    return narrative;
  }

  public List<EvidenceRef> evidence() {
    return evidence;
  }

  public ReturnStatus status() {
    return status;
  }

  public String rejectionReason() {
    return rejectionReason;
  }

  public String supersedesId() {
    return supersedesId;
  }

  public String supersededById() {
    return supersededById;
  }

  public String submittedBy() {
    return submittedBy;
  }

  public OffsetDateTime submittedAt() {
    return submittedAt;
  }

  public String reviewedBy() {
    return reviewedBy;
  }

  public OffsetDateTime reviewedAt() {
    return reviewedAt;
  }

  /** The VCFSE-confirmed delivery this return counts, or null for a supplier's or buyer's own. */
  public ConfirmedDelivery confirmedDelivery() {
    return confirmedDelivery;
  }
}
