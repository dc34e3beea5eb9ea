package uk.svkit.api.framework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A measurement framework such as the PPN 06/20 Social Value Model; it has editions. Shipped
 * frameworks have no owner and every caller sees them; a framework a buyer imported belongs to the
 * buyer's organisation and only it (and platform admins) can see it or add editions to it. Its
 * details are set by the first import and never change.
 */
@Entity
@Table(name = "fwk_framework")
public class Framework {
  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "code", length = 40)
  private String code;

  @Column(name = "name", length = 200)
  private String name;

  @Column(name = "publisher", length = 200)
  private String publisher;

  @Column(name = "description", length = 2000)
  private String description;

  @Column(name = "licence_note", length = 1000)
  private String licenceNote;

  @Column(name = "owner_organisation_id", length = 36, updatable = false)
  private String ownerOrganisationId;

  protected Framework() {}

  /** A framework being imported by (or, without an owner, for every tenant by an admin). */
  public Framework(
      String code,
      String name,
      String publisher,
      String description,
      String licenceNote,
      String ownerOrganisationId) {
    this.id = java.util.UUID.randomUUID().toString();
    this.code = java.util.Objects.requireNonNull(code, "A framework code is required.");
    this.name = java.util.Objects.requireNonNull(name, "A framework name is required.");
    this.publisher = publisher;
    this.description = description;
    this.licenceNote = licenceNote;
    this.ownerOrganisationId = ownerOrganisationId;
  }

  public String id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public String publisher() {
    return publisher;
  }

  public String description() {
    return description;
  }

  public String licenceNote() {
    return licenceNote;
  }

  /** The organisation that imported the framework; {@code null} for shipped frameworks. */
  public String ownerOrganisationId() {
    return ownerOrganisationId;
  }
}
