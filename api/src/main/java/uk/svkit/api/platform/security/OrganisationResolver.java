package uk.svkit.api.platform.security;

import java.util.Optional;

/**
 * Turns the org-id identifier a token carries into the svkit organisation id. Implemented by the
 * organisation context; the platform only needs this one question answered.
 */
public interface OrganisationResolver {
  Optional<String> organisationIdFor(String identifier);
}
