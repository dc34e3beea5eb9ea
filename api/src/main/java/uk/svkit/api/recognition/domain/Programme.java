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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.svkit.api.platform.persistence.AggregateRoot;
import uk.svkit.api.platform.problem.ProblemException;

/**
 * A programme organisations sign (charter, pledge, anchor framework) or are awarded (award scheme).
 * The four Cheshire & Merseyside programmes ship with svkit and have no owner organisation
 * (platform admins administer them); an organisation may define its own, which it then administers.
 * An award scheme has themes, a validity period and the subjects of its assessors; a framework has
 * pillars and principles. Everyone may read a programme.
 */
@Entity
@Table(name = "rec_programme")
public class Programme extends AggregateRoot {
  @Column(name = "code", length = 40, nullable = false, updatable = false)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 20, nullable = false, updatable = false)
  private ProgrammeKind kind;

  @Column(name = "name", length = 300, nullable = false)
  private String name;

  @Column(name = "administered_by", length = 300, nullable = false)
  private String administeredBy;

  @Column(name = "summary", length = 4000)
  private String summary;

  @Column(name = "text_url", length = 1000)
  private String textUrl;

  @Column(name = "programme_version", length = 40, nullable = false)
  private String programmeVersion;

  @Column(name = "launched_on")
  private LocalDate launchedOn;

  @Column(name = "validity_months")
  private Integer validityMonths;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "rec_programme_element", joinColumns = @JoinColumn(name = "programme_id"))
  @OrderBy("position")
  private List<ProgrammeElement> elements = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "rec_programme_assessor",
      joinColumns = @JoinColumn(name = "programme_id"))
  @Column(name = "subject", length = 200)
  private Set<String> assessors = new LinkedHashSet<>();

  protected Programme() {}

  public Programme(
      String ownerOrganisationId,
      String code,
      ProgrammeKind kind,
      String name,
      String administeredBy,
      String summary,
      String textUrl,
      String programmeVersion,
      LocalDate launchedOn,
      Integer validityMonths,
      List<ProgrammeElement> elements) {
    super(null, ownerOrganisationId);
    this.code = code;
    this.kind = kind;
    this.name = name;
    this.administeredBy = administeredBy;
    this.summary = summary;
    this.textUrl = textUrl;
    this.programmeVersion = programmeVersion;
    this.launchedOn = launchedOn;
    this.validityMonths =
        kind == ProgrammeKind.AWARD_SCHEME
            ? (validityMonths == null ? AwardValidity.DEFAULT_MONTHS : validityMonths)
            : null;
    this.elements.addAll(elements);
  }

  @Override
  public String entityType() {
    return "programme";
  }

  /**
   * Revises the programme's description and the version of its text. Its elements stay as they are,
   * because signatures and applications refer to them; signatures and awards keep the version they
   * were made under, and a new validity period applies to awards decided from now.
   */
  public void revise(
      String name,
      String administeredBy,
      String summary,
      String textUrl,
      String programmeVersion,
      LocalDate launchedOn,
      Integer validityMonths) {
    if (kind != ProgrammeKind.AWARD_SCHEME && validityMonths != null) {
      throw ProblemException.invalid("validityMonths", "only award schemes have a validity period");
    }
    this.name = name;
    this.administeredBy = administeredBy;
    this.summary = summary;
    this.textUrl = textUrl;
    if (!programmeVersion.equals(this.programmeVersion)) {
      this.programmeVersion = programmeVersion;
      changed("programmeVersion");
    }
    this.launchedOn = launchedOn;
    if (kind == ProgrammeKind.AWARD_SCHEME) {
      this.validityMonths = validityMonths == null ? AwardValidity.DEFAULT_MONTHS : validityMonths;
    }
    changed("description");
  }

  public void assignAssessors(Set<String> subjects) {
    if (!assessors.equals(subjects)) {
      assessors.clear();
      assessors.addAll(subjects);
      changed("assessors");
    }
  }

  public boolean isAssessor(String subject) {
    return subject != null && assessors.contains(subject);
  }

  /**
   * The first day the programme existed: its launch, or the day it was defined in svkit when no
   * launch date is known. Nothing is signed before it.
   */
  public LocalDate existsSince() {
    if (launchedOn != null) {
      return launchedOn;
    }
    return createdAt() == null
        ? null
        : createdAt().atZoneSameInstant(java.time.ZoneOffset.UTC).toLocalDate();
  }

  public Optional<ProgrammeElement> element(String code) {
    return elements.stream().filter(e -> e.code().equals(code)).findFirst();
  }

  public List<ProgrammeElement> elementsOf(ElementKind kind) {
    return elements.stream().filter(e -> e.kind() == kind).toList();
  }

  public String code() {
    return code;
  }

  public ProgrammeKind kind() {
    return kind;
  }

  public String name() {
    return name;
  }

  public String administeredBy() {
    return administeredBy;
  }

  public String summary() {
    return summary;
  }

  public String textUrl() {
    return textUrl;
  }

  public String programmeVersion() {
    return programmeVersion;
  }

  public LocalDate launchedOn() {
    return launchedOn;
  }

  /** Award schemes only: how long an award lasts from its decision date, in months. */
  public Integer validityMonths() {
    return validityMonths;
  }

  public List<ProgrammeElement> elements() {
    return List.copyOf(elements);
  }

  public Set<String> assessors() {
    return Set.copyOf(assessors);
  }
}
