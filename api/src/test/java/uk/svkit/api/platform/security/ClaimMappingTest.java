package uk.svkit.api.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.svkit.api.platform.security.ClaimMapping.MappedIdentity;
import uk.svkit.api.platform.security.ClaimMapping.Settings;

class ClaimMappingTest {

  private static MappedIdentity map(Settings settings, Map<String, Object> claims) {
    return new ClaimMapping(settings).map(claims::get);
  }

  @Test
  void defaultsReadTheDemoTokenShape() {
    MappedIdentity identity =
        map(
            Settings.defaults(),
            Map.of("org", "GB-LAE-WRL", "groups", Set.of("buyer", "evaluator", "unrelated")));
    assertEquals(Optional.of("GB-LAE-WRL"), identity.organisationIdentifier());
    // Unknown values are kept, as before: authorisation only ever asks for svkit's roles.
    assertEquals(Set.of("buyer", "evaluator", "unrelated"), identity.roles());
  }

  @Test
  void defaultsReadJsonValuedClaimsWithoutQuotes() {
    MappedIdentity identity =
        map(
            Settings.defaults(),
            Map.of(
                "org",
                Json.createValue("GB-LAE-WRL"),
                "groups",
                Json.createArrayBuilder().add("supplier").build()));
    assertEquals(Optional.of("GB-LAE-WRL"), identity.organisationIdentifier());
    assertEquals(Set.of("supplier"), identity.roles());
  }

  @Test
  void noOrganisationAndNoRolesWhenTheClaimsAreAbsentOrBlank() {
    assertEquals(
        new MappedIdentity(Optional.empty(), Set.of()), map(Settings.defaults(), Map.of()));
    assertEquals(
        Optional.empty(), map(Settings.defaults(), Map.of("org", " ")).organisationIdentifier());
  }

  /** Keycloak: nested groups per organisation, full path on, and realm roles with a prefix. */
  private static Settings keycloak() {
    return new Settings(
        "org",
        Map.of(),
        "groups",
        "/svkit/",
        List.of("groups", "realm_access.roles"),
        "svkit-",
        Map.of());
  }

  @Test
  void keycloakGroupPathNamesTheOrganisationAndTheRole() {
    MappedIdentity identity =
        map(
            keycloak(),
            Map.of(
                "groups",
                List.of("/svkit/GB-LAE-WRL/buyer", "/svkit/GB-LAE-WRL/contract-manager", "/staff"),
                "realm_access",
                Json.createObjectBuilder()
                    .add(
                        "roles", Json.createArrayBuilder().add("offline_access").add("svkit-vcfse"))
                    .build()));
    assertEquals(Optional.of("GB-LAE-WRL"), identity.organisationIdentifier());
    assertEquals(Set.of("buyer", "contract-manager", "vcfse"), identity.roles());
  }

  @Test
  void aGroupThatIsOnlyTheOrganisationGivesNoRole() {
    MappedIdentity identity = map(keycloak(), Map.of("groups", List.of("/svkit/GB-CHC-1234567")));
    assertEquals(Optional.of("GB-CHC-1234567"), identity.organisationIdentifier());
    assertEquals(Set.of(), identity.roles());
  }

  @Test
  void realmRolesAsJsonTextAreReadToo() {
    MappedIdentity identity =
        map(keycloak(), Map.of("realm_access", "{\"roles\":[\"svkit-platform-admin\"]}"));
    assertEquals(Set.of("platform-admin"), identity.roles());
    assertEquals(Optional.empty(), identity.organisationIdentifier());
  }

  @Test
  void groupsNamingTwoOrganisationsAreRefused() {
    var e =
        assertThrows(
            ClaimMapping.AmbiguousOrganisationException.class,
            () ->
                map(
                    keycloak(),
                    Map.of(
                        "groups", List.of("/svkit/GB-LAE-WRL/buyer", "/svkit/GB-LAE-SFT/buyer"))));
    assertTrue(e.getMessage().contains("GB-LAE-WRL, GB-LAE-SFT"), e.getMessage());
  }

  @Test
  void theOrganisationClaimIsTheFallbackWhenNoGroupMatches() {
    MappedIdentity identity =
        map(keycloak(), Map.of("org", "GB-LAE-WRL", "groups", List.of("/other/GB-LAE-SFT")));
    assertEquals(Optional.of("GB-LAE-WRL"), identity.organisationIdentifier());
  }

  /** Entra ID: app roles in roles, the tenant id mapped to the council's org-id. */
  @Test
  void entraAppRolesAndTenantAreMapped() {
    Settings entra =
        new Settings(
            "tid",
            ClaimMapping.pairs("m", "72f988bf-86f1-41af-91ab-2d7cd011db47=GB-LAE-WRL"),
            "groups",
            null,
            List.of("roles"),
            null,
            ClaimMapping.pairs("m", "Svkit.Buyer=buyer, Svkit.Admin=platform-admin"));
    MappedIdentity identity =
        map(
            entra,
            Map.of(
                "tid",
                "72f988bf-86f1-41af-91ab-2d7cd011db47",
                "roles",
                List.of("Svkit.Buyer", "Other.Role"),
                "groups",
                List.of("buyer")));
    assertEquals(Optional.of("GB-LAE-WRL"), identity.organisationIdentifier());
    // Without a prefix an unmapped value counts as it is; groups is not read at all here.
    assertEquals(Set.of("buyer", "Other.Role"), identity.roles());
  }

  @Test
  void withAPrefixOnlyPrefixedOrMappedValuesCount() {
    Settings settings =
        new Settings(
            "org",
            Map.of(),
            "groups",
            null,
            List.of("roles"),
            "svkit-",
            Map.of("Admins", "platform-admin"));
    assertEquals(
        Set.of("buyer", "platform-admin"),
        map(settings, Map.of("roles", List.of("svkit-buyer", "Admins", "buyer", "svkit-")))
            .roles());
  }

  @Test
  void anExactClaimNameWithDotsWinsOverAPath() {
    Settings settings =
        new Settings("extn.orgId", Map.of(), "groups", null, List.of(), null, Map.of());
    assertEquals(
        Optional.of("GB-LAE-WRL"),
        map(settings, Map.of("extn.orgId", "GB-LAE-WRL", "extn", Map.of("orgId", "GB-X")))
            .organisationIdentifier());
    assertEquals(
        Optional.of("GB-X"),
        map(settings, Map.of("extn", Map.of("orgId", "GB-X"))).organisationIdentifier());
  }

  @Test
  void malformedPairsNameTheSetting() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ClaimMapping.pairs("svkit.identity.role-mapping", "a=b,oops"));
    assertTrue(e.getMessage().startsWith("svkit.identity.role-mapping: 'oops'"), e.getMessage());
    assertEquals(Map.of(), ClaimMapping.pairs("x", " "));
  }
}
