package uk.svkit.api.organisation.application;

import java.util.Set;
import uk.svkit.api.organisation.domain.Organisation;
import uk.svkit.api.organisation.domain.OrganisationRole;

/**
 * How other contexts see an organisation: a read-only copy of what they read, never the managed
 * entity (a change made through the entity from another context would be saved unaudited). Changes
 * go through {@link OrganisationService}, which audits them; {@code version} is what such a change
 * expects.
 */
public record OrganisationRef(
    String id, String name, String identifier, Set<OrganisationRole> roles, long version) {
  public OrganisationRef {
    roles = Set.copyOf(roles);
  }

  /** The reference to an organisation the organisation context just read or wrote. */
  public static OrganisationRef of(Organisation o) {
    return new OrganisationRef(o.id(), o.name(), o.identifier(), o.roles(), o.version());
  }

  public boolean hasRole(OrganisationRole role) {
    return roles.contains(role);
  }
}
