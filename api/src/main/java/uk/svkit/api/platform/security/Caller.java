package uk.svkit.api.platform.security;

import java.util.Set;

/**
 * The authenticated caller: the token's subject, its roles, and the organisation it acts for (its
 * tenant). A platform admin may act without an organisation.
 */
public final class Caller {
  private final String subject;
  private final String organisationId;
  private final String organisationIdentifier;
  private final Set<String> roles;

  public Caller(
      String subject, String organisationId, String organisationIdentifier, Set<String> roles) {
    this.subject = subject;
    this.organisationId = organisationId;
    this.organisationIdentifier = organisationIdentifier;
    this.roles = Set.copyOf(roles);
  }

  public String subject() {
    return subject;
  }

  /**
   * The svkit id of the caller's organisation; {@code null} only for a platform admin without one.
   */
  public String organisationId() {
    return organisationId;
  }

  /** The org-id identifier the token named, e.g. {@code GB-LAE-WRL}. */
  public String organisationIdentifier() {
    return organisationIdentifier;
  }

  public Set<String> roles() {
    return roles;
  }

  public boolean isPlatformAdmin() {
    return roles.contains(Roles.PLATFORM_ADMIN);
  }
}
