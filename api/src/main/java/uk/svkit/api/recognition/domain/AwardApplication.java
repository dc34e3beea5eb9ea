package uk.svkit.api.recognition.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.svkit.api.platform.persistence.AggregateRoot;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;

/**
 * An organisation's application for an award, with evidence for every theme of the scheme. Life
 * cycle: SUBMITTED, then one assessor decision, AWARDED or NOT_AWARDED, with reasons. An awarded
 * application is the award: it runs from the decision date for the scheme's validity period (see
 * {@link AwardValidity}). A renewal is a new application naming the award it renews; once awarded
 * it runs from its own decision date. The application, its evidence and the reasons are private to
 * the applicant, the scheme's administrators and its assessors; the award itself is public.
 */
@Entity
@Table(name = "rec_award_application")
public class AwardApplication extends AggregateRoot {
  @Column(name = "programme_id", length = 36, nullable = false, updatable = false)
  private String programmeId;

  @Column(name = "programme_version", length = 40, nullable = false, updatable = false)
  private String programmeVersion;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 20, nullable = false)
  private ApplicationStatus status;

  @Column(name = "place_code", length = 9)
  private String placeCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "sector", length = 30, nullable = false)
  private Sector sector;

  @Column(name = "contact_name", length = 200, nullable = false)
  private String contactName;

  @Column(name = "renewal_of", length = 36, updatable = false)
  private String renewalOf;

  @Column(name = "submitted_by", length = 200, nullable = false, updatable = false)
  private String submittedBy;

  @Column(name = "decided_on")
  private LocalDate decidedOn;

  @Column(name = "decided_by", length = 200)
  private String decidedBy;

  @Column(name = "reasons", length = 4000)
  private String reasons;

  @Column(name = "expires_on")
  private LocalDate expiresOn;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "rec_award_evidence", joinColumns = @JoinColumn(name = "application_id"))
  private List<ThemeEvidence> evidence = new ArrayList<>();

  protected AwardApplication() {}

  public AwardApplication(
      String organisationId,
      Programme scheme,
      String placeCode,
      Sector sector,
      String contactName,
      String renewalOf,
      String submittedBy,
      List<ThemeEvidence> evidence) {
    super(null, organisationId);
    this.programmeId = scheme.id();
    this.programmeVersion = scheme.programmeVersion();
    this.status = ApplicationStatus.SUBMITTED;
    this.placeCode = placeCode;
    this.sector = sector;
    this.contactName = contactName;
    this.renewalOf = renewalOf;
    this.submittedBy = submittedBy;
    this.evidence.addAll(evidence);
  }

  @Override
  public String entityType() {
    return "award-application";
  }

  /**
   * Records the assessors' decision, once. Awarded, the award runs from {@code decidedOn} for
   * {@code validityMonths}.
   */
  public void decide(
      boolean awarded, LocalDate decidedOn, String reasons, String assessor, int validityMonths) {
    if (status != ApplicationStatus.SUBMITTED) {
      throw new ProblemException(
          ProblemType.CONFLICT,
          "The application was already decided: " + status + " on " + this.decidedOn + ".");
    }
    this.status = awarded ? ApplicationStatus.AWARDED : ApplicationStatus.NOT_AWARDED;
    this.decidedOn = decidedOn;
    this.decidedBy = assessor;
    this.reasons = reasons;
    this.expiresOn = awarded ? AwardValidity.expiresOn(decidedOn, validityMonths) : null;
    changed("status");
  }

  public boolean isAwarded() {
    return status == ApplicationStatus.AWARDED;
  }

  /** Whether this is an award current on the given day. */
  public boolean isCurrentOn(LocalDate day) {
    return isAwarded() && AwardValidity.isCurrent(decidedOn, expiresOn, day);
  }

  /**
   * For an award: CURRENT or EXPIRED on the given day; {@code null} for an application not awarded.
   */
  public AwardStatus awardStatus(LocalDate day) {
    return isAwarded() ? AwardValidity.status(decidedOn, expiresOn, day) : null;
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

  public ApplicationStatus status() {
    return status;
  }

  public String placeCode() {
    return placeCode;
  }

  public Sector sector() {
    return sector;
  }

  public String contactName() {
    return contactName;
  }

  public String renewalOf() {
    return renewalOf;
  }

  public String submittedBy() {
    return submittedBy;
  }

  public LocalDate decidedOn() {
    return decidedOn;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public String reasons() {
    return reasons;
  }

  public LocalDate expiresOn() {
    return expiresOn;
  }

  public List<ThemeEvidence> evidence() {
    return List.copyOf(evidence);
  }
}
