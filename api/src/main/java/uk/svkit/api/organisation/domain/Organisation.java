package uk.svkit.api.organisation.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import uk.svkit.api.platform.persistence.AggregateRoot;

/**
 * An organisation: buyer, supplier or VCFSE. Its primary org-id identifier is what tokens name; it
 * never changes once created (other systems key on it). An organisation owns its own record.
 */
@Entity
@Table(name = "org_organisation")
public class Organisation extends AggregateRoot {
  @Column(name = "name", length = 300, nullable = false)
  private String name;

  /** Lower-cased name, the sort and search key. */
  @Column(name = "name_key", length = 300, nullable = false)
  private String nameKey;

  @Column(name = "identifier", length = 100, nullable = false, updatable = false)
  private String identifier;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "org_organisation_role",
      joinColumns = @JoinColumn(name = "organisation_id"))
  @Column(name = "role", length = 32)
  @Enumerated(EnumType.STRING)
  private Set<OrganisationRole> roles = new LinkedHashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "org_other_identifier",
      joinColumns = @JoinColumn(name = "organisation_id"))
  @Column(name = "identifier", length = 100)
  private Set<String> otherIdentifiers = new LinkedHashSet<>();

  protected Organisation() {}

  public Organisation(
      String name,
      Set<OrganisationRole> roles,
      OrgIdentifier identifier,
      List<OrgIdentifier> others) {
    this(UUID.randomUUID().toString(), name, roles, identifier, others);
  }

  /** With a fixed id, for seed data that other records refer to. */
  public Organisation(
      String id,
      String name,
      Set<OrganisationRole> roles,
      OrgIdentifier identifier,
      List<OrgIdentifier> others) {
    // An organisation is its own tenant.
    super(id, id);
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("An organisation needs at least one role.");
    }
    this.identifier = Objects.requireNonNull(identifier, "An identifier is required.").toString();
    this.roles.addAll(roles);
    rename(name);
    replaceOtherIdentifiers(others);
  }

  @Override
  public String entityType() {
    return "organisation";
  }

  public void rename(String newName) {
    String trimmed = Objects.requireNonNull(newName, "A name is required.").trim();
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException("A name is required.");
    }
    if (!trimmed.equals(name)) {
      name = trimmed;
      nameKey = trimmed.toLowerCase(Locale.ROOT);
      changed("name");
    }
  }

  public void replaceOtherIdentifiers(List<OrgIdentifier> others) {
    Set<String> updated = new LinkedHashSet<>();
    for (OrgIdentifier other : others) {
      if (!other.toString().equals(identifier)) {
        updated.add(other.toString());
      }
    }
    if (!updated.equals(otherIdentifiers)) {
      otherIdentifiers.clear();
      otherIdentifiers.addAll(updated);
      changed("otherIdentifiers");
    }
  }

  /** Drops an identifier from the other identifiers, when its real holder is registered. */
  public void removeOtherIdentifier(String other) {
    if (otherIdentifiers.remove(other)) {
      changed("otherIdentifiers");
    }
  }

  public String name() {
    return name;
  }

  public String nameKey() {
    return nameKey;
  }

  public String identifier() {
    return identifier;
  }

  public Set<OrganisationRole> roles() {
    return Set.copyOf(roles);
  }

  public List<String> otherIdentifiers() {
    return List.copyOf(otherIdentifiers);
  }
}
