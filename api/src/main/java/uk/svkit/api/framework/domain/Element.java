package uk.svkit.api.framework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A node of an edition's tree: theme or mission, outcome, award criterion, or pillar. */
@Entity
@Table(name = "fwk_element")
public class Element {
  /** The levels frameworks use. */
  public enum Kind {
    THEME,
    MISSION,
    PILLAR,
    OUTCOME,
    CRITERION
  }

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "edition_id", length = 36)
  private String editionId;

  @Column(name = "parent_id", length = 36)
  private String parentId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 16)
  private Kind kind;

  @Column(name = "code", length = 40)
  private String code;

  @Column(name = "title", length = 500)
  private String title;

  @Column(name = "position")
  private int position;

  /** Where the code and title come from; shipped national editions cite a source per element. */
  @Column(name = "source", length = 1000)
  private String source;

  protected Element() {}

  /** An element of an edition being imported; its parent must be stored first. */
  public Element(
      String editionId, String parentId, Kind kind, String code, String title, int position) {
    this.id = java.util.UUID.randomUUID().toString();
    this.editionId = java.util.Objects.requireNonNull(editionId, "The edition is required.");
    this.parentId = parentId;
    this.kind = java.util.Objects.requireNonNull(kind, "An element kind is required.");
    this.code = java.util.Objects.requireNonNull(code, "An element code is required.");
    this.title = java.util.Objects.requireNonNull(title, "An element title is required.");
    this.position = position;
  }

  public String id() {
    return id;
  }

  public String editionId() {
    return editionId;
  }

  public String parentId() {
    return parentId;
  }

  public Kind kind() {
    return kind;
  }

  public String code() {
    return code;
  }

  public String title() {
    return title;
  }

  public int position() {
    return position;
  }

  /**
   * The citation for this element's code and title.
   *
   * @return the source, or {@code null} where none was recorded (imported editions)
   */
  public String source() {
    return source;
  }
}
