package uk.svkit.api.framework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import uk.svkit.api.platform.persistence.AggregateRoot;

/**
 * One edition of a framework. Measures are renumbered between editions, so everything that refers
 * to a measure (proxy values, questions, commitments) names the edition too. Shipped and published
 * editions never change: there is no operation that edits one, so a proxy set or a valuation made
 * against an edition stays reproducible. An imported edition belongs to the owner of its framework
 * and is published as it is imported.
 */
@Entity
@Table(name = "fwk_edition")
public class Edition extends AggregateRoot {
  /** Where an edition is in its life. */
  public enum Status {
    SHIPPED,
    DRAFT,
    PUBLISHED
  }

  @ManyToOne(optional = false)
  @JoinColumn(name = "framework_id", updatable = false)
  private Framework framework;

  @Column(name = "edition", length = 40, updatable = false)
  private String edition;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 16)
  private Status status;

  @Column(name = "valid_from", updatable = false)
  private LocalDate validFrom;

  @Column(name = "source", length = 1000, updatable = false)
  private String source;

  /** How complete a shipped edition is against its published counts, and what is missing. */
  @Column(name = "notes", length = 4000, updatable = false)
  private String notes;

  protected Edition() {}

  /** An imported edition, published at once; it belongs to its framework's owner. */
  public static Edition published(
      Framework framework, String edition, LocalDate validFrom, String source) {
    Objects.requireNonNull(framework, "The framework is required.");
    return new Edition(
        framework,
        Objects.requireNonNull(edition, "An edition name is required."),
        Status.PUBLISHED,
        validFrom,
        source);
  }

  private Edition(
      Framework framework, String edition, Status status, LocalDate validFrom, String source) {
    super(null, framework.ownerOrganisationId());
    this.framework = framework;
    this.edition = edition;
    this.status = status;
    this.validFrom = validFrom;
    this.source = source;
  }

  @Override
  public String entityType() {
    return "framework-edition";
  }

  public Framework framework() {
    return framework;
  }

  public String edition() {
    return edition;
  }

  public Status status() {
    return status;
  }

  public LocalDate validFrom() {
    return validFrom;
  }

  public String source() {
    return source;
  }

  /**
   * What the edition's publisher should know about its completeness: counts shipped against the
   * published counts, and what no source gave.
   *
   * @return the notes, or {@code null} where there are none (imported editions)
   */
  public String notes() {
    return notes;
  }
}
