package uk.svkit.api.framework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * One edition of a framework. Measures are renumbered between editions, so everything that
 * refers to a measure (proxy values, questions, commitments) names the edition too. Shipped and
 * published editions never change.
 */
@Entity
@Table(name = "fwk_edition")
public class Edition {
  /** Where an edition is in its life. */
  public enum Status {
    SHIPPED,
    DRAFT,
    PUBLISHED
  }

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "framework_id")
  private Framework framework;

  @Column(name = "edition", length = 40)
  private String edition;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 16)
  private Status status;

  @Column(name = "valid_from")
  private LocalDate validFrom;

  @Column(name = "source", length = 1000)
  private String source;

  protected Edition() {}

  public String id() {
    return id;
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
}
