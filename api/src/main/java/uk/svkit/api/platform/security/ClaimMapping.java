package uk.svkit.api.platform.security;

import jakarta.json.JsonException;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import uk.svkit.api.platform.json.JsonObjects;

/**
 * How a verified token's claims name the caller's organisation and roles. Identity providers put
 * these in different places: svkit's demo tokens carry {@code org} and {@code groups}; Keycloak
 * puts group paths such as {@code /svkit/GB-LAE-WRL/buyer} in {@code groups} and realm roles in
 * {@code realm_access.roles}; Microsoft Entra ID puts app roles in {@code roles} and the tenant in
 * {@code tid}. The defaults read exactly the demo shape.
 *
 * <p>The organisation comes from the first of: a group under {@link
 * Settings#organisationGroupPrefix} (its next path segment; the segment after that, if any, is a
 * role), then the {@link Settings#organisationClaim}. Either value may be translated to an org-id
 * by {@link Settings#organisationMapping} (e.g. an Entra tenant id to {@code GB-LAE-WRL}).
 *
 * <p>Roles come from every claim in {@link Settings#roleClaims} (dotted paths reach into JSON
 * objects). A value listed in {@link Settings#roleMapping} becomes that role; otherwise, with a
 * {@link Settings#rolePrefix}, only values starting with it count, without it; without a prefix a
 * value counts as it is.
 */
public final class ClaimMapping {

  /** What the mapping reads; every field has the default that reads svkit's demo tokens. */
  public record Settings(
      String organisationClaim,
      Map<String, String> organisationMapping,
      String organisationGroupClaim,
      String organisationGroupPrefix,
      List<String> roleClaims,
      String rolePrefix,
      Map<String, String> roleMapping) {

    public static final String DEFAULT_ORGANISATION_CLAIM = "org";
    public static final String DEFAULT_GROUP_CLAIM = "groups";

    public Settings {
      organisationMapping = Map.copyOf(organisationMapping);
      roleClaims = List.copyOf(roleClaims);
      roleMapping = Map.copyOf(roleMapping);
    }

    /** Today's token shape: {@code org} names the organisation, {@code groups} holds the roles. */
    public static Settings defaults() {
      return new Settings(
          DEFAULT_ORGANISATION_CLAIM,
          Map.of(),
          DEFAULT_GROUP_CLAIM,
          null,
          List.of(DEFAULT_GROUP_CLAIM),
          null,
          Map.of());
    }
  }

  /** The organisation identifier (an org-id such as {@code GB-LAE-WRL}, or none) and roles. */
  public record MappedIdentity(Optional<String> organisationIdentifier, Set<String> roles) {}

  /** The token names more than one organisation; svkit will not guess which one is meant. */
  public static final class AmbiguousOrganisationException extends RuntimeException {
    AmbiguousOrganisationException(Set<String> organisations) {
      super("The token names several organisations (" + String.join(", ", organisations) + ").");
    }
  }

  private final Settings settings;

  public ClaimMapping(Settings settings) {
    this.settings = settings;
  }

  public Settings settings() {
    return settings;
  }

  /**
   * Maps a token's claims.
   *
   * @param claims a claim's value by name (as {@code JsonWebToken.getClaim} gives it), or null
   * @throws AmbiguousOrganisationException if groups name more than one organisation
   */
  public MappedIdentity map(Function<String, Object> claims) {
    Set<String> roles = new LinkedHashSet<>();
    for (String claim : settings.roleClaims()) {
      for (String value : values(claim(claims, claim))) {
        role(value).ifPresent(roles::add);
      }
    }
    String organisation = organisationFromGroups(claims, roles);
    if (organisation == null && settings.organisationClaim() != null) {
      List<String> named = values(claim(claims, settings.organisationClaim()));
      organisation = named.isEmpty() ? null : named.get(0);
    }
    if (organisation != null && !organisation.isBlank()) {
      organisation = settings.organisationMapping().getOrDefault(organisation, organisation);
    } else {
      organisation = null;
    }
    return new MappedIdentity(Optional.ofNullable(organisation), Set.copyOf(roles));
  }

  /** Says where this mapping looks for the organisation, for a 403 that helps the operator. */
  public String organisationSource() {
    String claim =
        settings.organisationClaim() == null
            ? null
            : "'" + settings.organisationClaim() + "' claim";
    if (settings.organisationGroupPrefix() == null) {
      return claim;
    }
    String group =
        "'"
            + settings.organisationGroupClaim()
            + "' entry under '"
            + settings.organisationGroupPrefix()
            + "'";
    return claim == null ? group : group + " or " + claim;
  }

  private String organisationFromGroups(Function<String, Object> claims, Set<String> roles) {
    String prefix = settings.organisationGroupPrefix();
    if (prefix == null) {
      return null;
    }
    Set<String> organisations = new LinkedHashSet<>();
    for (String group : values(claim(claims, settings.organisationGroupClaim()))) {
      if (!group.startsWith(prefix)) {
        continue;
      }
      String[] segments = group.substring(prefix.length()).split("/");
      if (segments.length == 0 || segments[0].isBlank()) {
        continue;
      }
      organisations.add(segments[0]);
      if (segments.length > 1 && !segments[1].isBlank()) {
        roles.add(settings.roleMapping().getOrDefault(segments[1], segments[1]));
      }
    }
    if (organisations.size() > 1) {
      throw new AmbiguousOrganisationException(organisations);
    }
    return organisations.isEmpty() ? null : organisations.iterator().next();
  }

  private Optional<String> role(String value) {
    String mapped = settings.roleMapping().get(value);
    if (mapped != null) {
      return Optional.of(mapped);
    }
    String prefix = settings.rolePrefix();
    if (prefix == null) {
      return Optional.of(value);
    }
    return value.startsWith(prefix) && value.length() > prefix.length()
        ? Optional.of(value.substring(prefix.length()))
        : Optional.empty();
  }

  /**
   * A claim by name, or, when no claim has that exact name, by a dotted path into JSON objects
   * ({@code realm_access.roles}). Exact names come first because some providers' claim names hold
   * dots themselves (Entra's {@code extn.orgId}, URIs).
   */
  static Object claim(Function<String, Object> claims, String path) {
    Object value = claims.apply(path);
    if (value != null || !path.contains(".")) {
      return value;
    }
    String[] segments = path.split("\\.");
    value = claims.apply(segments[0]);
    for (int i = 1; i < segments.length && value != null; i++) {
      Object object = asObject(value);
      value = object instanceof Map<?, ?> map ? map.get(segments[i]) : null;
    }
    return value;
  }

  /** Some runtimes hand JSON object claims over as their JSON text. */
  private static Object asObject(Object value) {
    if (value instanceof String text && text.trim().startsWith("{")) {
      try {
        return JsonObjects.read(text);
      } catch (JsonException notJson) {
        return null;
      }
    }
    return value;
  }

  /** A claim's values as strings: one for a single value, each element of an array. */
  static List<String> values(Object claim) {
    List<String> values = new ArrayList<>();
    collect(claim, values);
    return values;
  }

  private static void collect(Object claim, List<String> values) {
    if (claim == null || claim == JsonValue.NULL) {
      return;
    }
    if (claim instanceof JsonString string) {
      values.add(string.getString());
    } else if (claim instanceof Collection<?> many) {
      many.forEach(each -> collect(each, values));
    } else if (claim instanceof Object[] many) {
      for (Object each : many) {
        collect(each, values);
      }
    } else {
      values.add(claim.toString().replace("\"", ""));
    }
  }

  /**
   * Reads {@code key=value} pairs separated by commas ({@code
   * svkit-buyer=buyer,Admin=platform-admin}), the form the mapping settings take in configuration.
   *
   * @throws IllegalArgumentException naming the pair that has no {@code =}
   */
  public static Map<String, String> pairs(String setting, String text) {
    Map<String, String> pairs = new LinkedHashMap<>();
    if (text == null || text.isBlank()) {
      return pairs;
    }
    for (String pair : text.split(",")) {
      if (pair.isBlank()) {
        continue;
      }
      int equals = pair.indexOf('=');
      if (equals <= 0 || equals == pair.length() - 1) {
        throw new IllegalArgumentException(
            setting + ": '" + pair.trim() + "' is not of the form value=mapped-value");
      }
      pairs.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
    }
    return pairs;
  }
}
