package uk.svkit.api.recognition.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import uk.svkit.api.platform.persistence.AggregateRoot;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;

/**
 * An organisation's signature of a charter, pledge or framework: who signed (name and role), on
 * which day, which version of the programme, and an optional public statement. Signatures are
 * public commitments and everyone may read them. Withdrawing keeps the signature with its
 * withdrawal date and reason, so the history stays; signing again later is a new signature.
 */
@Entity
@Table(name = "rec_signature")
public class Signature extends AggregateRoot {
  @Column(name = "programme_id", length = 36, nullable = false, updatable = false)
  private String programmeId;

  @Column(name = "programme_version", length = 40, nullable = false, updatable = false)
  private String programmeVersion;

  @Column(name = "signed_on", nullable = false, updatable = false)
  private LocalDate signedOn;

  @Column(name = "signatory_name", length = 200, nullable = false)
  private String signatoryName;

  @Column(name = "signatory_role", length = 200, nullable = false)
  private String signatoryRole;

  @Column(name = "statement", length = 4000)
  private String statement;

  @Column(name = "place_code", length = 9)
  private String placeCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "sector", length = 30, nullable = false)
  private Sector sector;

  @Column(name = "recorded_by", length = 200, nullable = false, updatable = false)
  private String recordedBy;

  @Column(name = "withdrawn_on")
  private LocalDate withdrawnOn;

  @Column(name = "withdrawal_reason", length = 2000)
  private String withdrawalReason;

  // Null while an on-behalf signature awaits the signing organisation's confirmation.
  @Column(name = "confirmed_at")
  private OffsetDateTime confirmedAt;

  @Column(name = "confirmed_by", length = 200)
  private String confirmedBy;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "rec_signature_commitment",
      joinColumns = @JoinColumn(name = "signature_id"))
  @OrderBy("position")
  private List<SignatureCommitment> commitments = new ArrayList<>();

  protected Signature() {}

  public Signature(
      String organisationId,
      Programme programme,
      LocalDate signedOn,
      String signatoryName,
      String signatoryRole,
      String statement,
      String placeCode,
      Sector sector,
      String recordedBy,
      OffsetDateTime recordedAt,
      List<SignatureCommitment> commitments) {
    super(null, organisationId);
    this.programmeId = programme.id();
    this.programmeVersion = programme.programmeVersion();
    this.signedOn = signedOn;
    this.signatoryName = signatoryName;
    this.signatoryRole = signatoryRole;
    this.statement = statement;
    this.placeCode = placeCode;
    this.sector = sector;
    this.recordedBy = recordedBy;
    this.commitments.addAll(commitments);
    this.confirmedAt = recordedAt;
    this.confirmedBy = recordedBy;
  }

  /**
   * Marks a signature recorded on the organisation's behalf (by a programme's administrators) as
   * awaiting the organisation's confirmation: until then it stands nowhere and only the
   * organisation and platform admins see it.
   */
  public void awaitConfirmation() {
    confirmedAt = null;
    confirmedBy = null;
  }

  /** The signing organisation confirms a signature recorded on its behalf; 409 unless pending. */
  public void confirm(String by, OffsetDateTime at) {
    if (!isPending()) {
      throw new ProblemException(
          ProblemType.CONFLICT, "The signature is not awaiting confirmation.");
    }
    if (withdrawnOn != null) {
      throw new ProblemException(
          ProblemType.CONFLICT, "The signature was withdrawn on " + withdrawnOn + ".");
    }
    confirmedAt = at;
    confirmedBy = by;
    changed("confirmedAt");
  }

  public boolean isPending() {
    return confirmedAt == null;
  }

  @Override
  public String entityType() {
    return "signature";
  }

  /** Withdraws the signature on a day not before it was signed; a withdrawn one is 409. */
  public void withdraw(LocalDate on, String reason) {
    if (withdrawnOn != null) {
      throw new ProblemException(
          ProblemType.CONFLICT, "The signature was already withdrawn on " + withdrawnOn + ".");
    }
    if (on.isBefore(signedOn)) {
      throw ProblemException.invalid(
          "withdrawnOn", "must not be before the signature date " + signedOn);
    }
    withdrawnOn = on;
    withdrawalReason = reason;
    changed("withdrawnOn");
  }

  /**
   * Whether the signature stands on the given day: confirmed, signed by then and not yet withdrawn.
   */
  public boolean isActiveOn(LocalDate day) {
    return !isPending()
        && !day.isBefore(signedOn)
        && (withdrawnOn == null || day.isBefore(withdrawnOn));
  }

  public String organisationId() {
    return ownerOrganisationId();
  }

  public String programmeId() {
    return programmeId;
  }

  public String programmeVersion() {
    return programmeVersion;
  }

  public LocalDate signedOn() {
    return signedOn;
  }

  public String signatoryName() {
    return signatoryName;
  }

  public String signatoryRole() {
    return signatoryRole;
  }

  public String statement() {
    return statement;
  }

  public String placeCode() {
    return placeCode;
  }

  public Sector sector() {
    return sector;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public LocalDate withdrawnOn() {
    return withdrawnOn;
  }

  public String withdrawalReason() {
    return withdrawalReason;
  }

  public OffsetDateTime confirmedAt() {
    return confirmedAt;
  }

  public String confirmedBy() {
    return confirmedBy;
  }

  public List<SignatureCommitment> commitments() {
    return List.copyOf(commitments);
  }
}
