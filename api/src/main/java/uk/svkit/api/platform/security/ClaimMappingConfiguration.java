package uk.svkit.api.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the {@link ClaimMapping} from MicroProfile Config ({@code svkit.identity.*}, e.g. {@code
 * SVKIT_IDENTITY_ROLE_CLAIMS}). Unset keys keep the demo token shape: {@code org} and {@code
 * groups}. A malformed mapping fails the first authenticated request with a message naming the key,
 * rather than silently mapping nobody.
 */
@ApplicationScoped
public class ClaimMappingConfiguration {
  @Inject
  @ConfigProperty(name = "svkit.identity.organisation-claim", defaultValue = "org")
  String organisationClaim;

  @Inject
  @ConfigProperty(name = "svkit.identity.organisation-mapping")
  Optional<String> organisationMapping;

  @Inject
  @ConfigProperty(name = "svkit.identity.organisation-group-claim", defaultValue = "groups")
  String organisationGroupClaim;

  @Inject
  @ConfigProperty(name = "svkit.identity.organisation-group-prefix")
  Optional<String> organisationGroupPrefix;

  @Inject
  @ConfigProperty(name = "svkit.identity.role-claims", defaultValue = "groups")
  String roleClaims;

  @Inject
  @ConfigProperty(name = "svkit.identity.role-prefix")
  Optional<String> rolePrefix;

  @Inject
  @ConfigProperty(name = "svkit.identity.role-mapping")
  Optional<String> roleMapping;

  private ClaimMapping mapping;

  @PostConstruct
  void read() {
    List<String> claims =
        Arrays.stream(roleClaims.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    mapping =
        new ClaimMapping(
            new ClaimMapping.Settings(
                organisationClaim.trim(),
                ClaimMapping.pairs(
                    "svkit.identity.organisation-mapping", organisationMapping.orElse(null)),
                organisationGroupClaim.trim(),
                organisationGroupPrefix.map(String::trim).filter(s -> !s.isEmpty()).orElse(null),
                claims,
                rolePrefix.map(String::trim).filter(s -> !s.isEmpty()).orElse(null),
                ClaimMapping.pairs("svkit.identity.role-mapping", roleMapping.orElse(null))));
  }

  public ClaimMapping mapping() {
    return mapping;
  }
}
