package uk.svkit.api.organisation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import uk.svkit.api.organisation.domain.OrgIdentifier;
import uk.svkit.api.organisation.domain.Organisation;
import uk.svkit.api.organisation.domain.OrganisationRepository;
import uk.svkit.api.organisation.domain.OrganisationRole;
import uk.svkit.api.platform.problem.Problem;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;
import uk.svkit.api.platform.security.Caller;
import uk.svkit.api.platform.security.OrganisationResolver;
import uk.svkit.api.platform.security.Tenancy;

/**
 * Registering and maintaining organisations. Platform admins register them and set their other
 * identifiers; an organisation may rename itself. Also answers the platform's question of which
 * organisation a token's identifier names.
 */
@ApplicationScoped
public class OrganisationService implements OrganisationResolver {
  @Inject OrganisationRepository organisations;

  /** Primary identifiers never change and organisations are never deleted, so hits can be kept. */
  private final ConcurrentMap<String, String> idsByIdentifier = new ConcurrentHashMap<>();

  @Transactional
  public Organisation register(
      String name, Set<OrganisationRole> roles, String identifier, List<String> otherIdentifiers) {
    OrgIdentifier primary = parse("identifier", identifier);
    List<OrgIdentifier> others = parseAll(otherIdentifiers);
    if (organisations.isPrimaryIdentifierTaken(primary.toString())) {
      throw taken(primary.toString(), "identifier");
    }
    // The holder of an identifier wins over anyone who listed it as one of their other identifiers
    // (possibly a squatter, from before only admins could set them): the listing is removed,
    // audited.
    for (Organisation claimant : organisations.listingAsOther(primary.toString())) {
      claimant.removeOtherIdentifier(primary.toString());
      organisations.store(claimant);
    }
    for (OrgIdentifier other : others) {
      requireFree(other.toString(), null, "otherIdentifiers");
    }
    return organisations.add(new Organisation(name, EnumSet.copyOf(roles), primary, others));
  }

  @Transactional
  public Organisation update(
      String id, long expectedVersion, String name, List<String> otherIdentifiers) {
    Organisation organisation = organisations.find(id);
    Caller caller = Tenancy.caller();
    if (!caller.isPlatformAdmin() && !id.equals(caller.organisationId())) {
      throw ProblemException.forbidden(
          "Only the organisation itself or a platform admin may change it.");
    }
    return organisations.update(
        organisation,
        expectedVersion,
        () -> {
          organisation.rename(name);
          // Absent means "leave as they are": a client that only renames cannot wipe them.
          if (otherIdentifiers != null) {
            List<OrgIdentifier> others = parseAll(otherIdentifiers);
            // Other identifiers are shown to everyone as the organisation's and reserve the
            // identifier; only a platform admin, who checks them, sets them. Sending the current
            // list back is fine.
            if (!caller.isPlatformAdmin() && !sameIdentifiers(organisation, others)) {
              throw ProblemException.forbidden(
                  "Only a platform admin may change an organisation's other identifiers; ask one to add them.");
            }
            for (OrgIdentifier other : others) {
              requireFree(other.toString(), id, "otherIdentifiers");
            }
            organisation.replaceOtherIdentifiers(others);
          }
        });
  }

  public Organisation get(String id) {
    return organisations.find(id);
  }

  /**
   * The managed organisation, if there is one with this id. For the organisation context only:
   * other contexts use {@link #reference} (ArchitectureTest holds them to it).
   */
  public Optional<Organisation> lookup(String id) {
    return organisations.findVisible(id);
  }

  /** The organisation as other contexts see it (read-only), if there is one with this id. */
  public Optional<OrganisationRef> reference(String id) {
    return lookup(id).map(OrganisationRef::of);
  }

  /**
   * The organisations with these ids as other contexts see them, by id, read together: for a page
   * of records that each name one. Ids of no organisation are left out.
   */
  public Map<String, OrganisationRef> references(Collection<String> ids) {
    Map<String, OrganisationRef> byId = new HashMap<>();
    organisations.findAll(new HashSet<>(ids)).forEach(o -> byId.put(o.id(), OrganisationRef.of(o)));
    return byId;
  }

  /** The organisation with this identifier (such as GB-CHC-1191234), as other contexts see it. */
  public Optional<OrganisationRef> referenceFor(String identifier) {
    return organisationIdFor(identifier).flatMap(this::reference);
  }

  /** The caller's own organisation. */
  public Organisation mine() {
    Caller caller = Tenancy.caller();
    if (caller.organisationId() == null) {
      throw ProblemException.notFound("Organisation of caller", caller.subject());
    }
    return organisations.find(caller.organisationId());
  }

  public List<Organisation> list(
      String text, OrganisationRole role, String afterNameKey, String afterId, int fetch) {
    return organisations.list(text, role, afterNameKey, afterId, fetch);
  }

  @Override
  public Optional<String> organisationIdFor(String identifier) {
    String cached = idsByIdentifier.get(identifier);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<String> id = organisations.findByIdentifier(identifier).map(Organisation::id);
    id.ifPresent(found -> idsByIdentifier.put(identifier, found));
    return id;
  }

  private void requireFree(String identifier, String exceptId, String field) {
    if (organisations.isIdentifierTaken(identifier, exceptId)) {
      throw taken(identifier, field);
    }
  }

  private static ProblemException taken(String identifier, String field) {
    return new ProblemException(
        ProblemType.CONFLICT,
        "Another organisation already holds the identifier " + identifier + ".",
        List.of(new Problem.FieldError(field, "already registered: " + identifier)),
        java.util.Map.of());
  }

  private static boolean sameIdentifiers(Organisation organisation, List<OrgIdentifier> others) {
    Set<String> wanted = new java.util.HashSet<>();
    others.forEach(o -> wanted.add(o.toString()));
    wanted.remove(organisation.identifier());
    return wanted.equals(Set.copyOf(organisation.otherIdentifiers()));
  }

  private static List<OrgIdentifier> parseAll(List<String> values) {
    List<OrgIdentifier> parsed = new ArrayList<>();
    if (values == null) {
      return parsed;
    }
    for (int i = 0; i < values.size(); i++) {
      parsed.add(parse("otherIdentifiers[" + i + "]", values.get(i)));
    }
    return parsed;
  }

  private static OrgIdentifier parse(String field, String value) {
    try {
      return OrgIdentifier.parse(value);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw ProblemException.invalid(field, e.getMessage());
    }
  }
}
