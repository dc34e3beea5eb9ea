package uk.svkit.api.organisation.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.svkit.api.platform.persistence.Repository;

/**
 * Organisations. They are visible to every authenticated caller (buyers look suppliers up, the
 * directory lists VCFSEs); only changing one is restricted, by the application service.
 */
@ApplicationScoped
public class OrganisationRepository extends Repository<Organisation> {
  public OrganisationRepository() {
    super(Organisation.class, "Organisation");
  }

  @Override
  protected boolean isVisible(Organisation organisation) {
    return true;
  }

  /** One query for the organisation and its collections (a plain find would issue three). */
  @Override
  protected Organisation load(String id) {
    return em.createQuery(
            "select distinct o from Organisation o left join fetch o.roles left join fetch o.otherIdentifiers"
                + " where o.id = :id",
            Organisation.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** The organisations with these ids, in one query (for a page that names many). */
  public List<Organisation> findAll(Collection<String> ids) {
    List<String> wanted = ids.stream().filter(id -> id != null && id.length() <= 36).toList();
    if (wanted.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select distinct o from Organisation o left join fetch o.roles left join fetch o.otherIdentifiers"
                + " where o.id in :ids",
            Organisation.class)
        .setParameter("ids", wanted)
        .getResultList();
  }

  public Optional<Organisation> findByIdentifier(String identifier) {
    return em.createQuery(
            "select o from Organisation o where o.identifier = :identifier", Organisation.class)
        .setParameter("identifier", identifier)
        .getResultStream()
        .findFirst();
  }

  /** Whether an organisation holds this identifier as its primary identifier. */
  public boolean isPrimaryIdentifierTaken(String identifier) {
    return em.createQuery(
                "select count(o) from Organisation o where o.identifier = :identifier", Long.class)
            .setParameter("identifier", identifier)
            .getSingleResult()
        > 0;
  }

  /** The organisations that list this identifier among their other identifiers. */
  public List<Organisation> listingAsOther(String identifier) {
    return em.createQuery(
            "select distinct o from Organisation o join o.otherIdentifiers i where i = :identifier",
            Organisation.class)
        .setParameter("identifier", identifier)
        .getResultList();
  }

  /**
   * Whether any organisation other than {@code exceptId} holds this identifier, as primary or
   * other.
   */
  public boolean isIdentifierTaken(String identifier, String exceptId) {
    long primary =
        em.createQuery(
                "select count(o) from Organisation o where o.identifier = :identifier and o.id <> :except",
                Long.class)
            .setParameter("identifier", identifier)
            .setParameter("except", exceptId == null ? "" : exceptId)
            .getSingleResult();
    if (primary > 0) {
      return true;
    }
    long other =
        em.createQuery(
                "select count(o) from Organisation o join o.otherIdentifiers i where i = :identifier and o.id <> :except",
                Long.class)
            .setParameter("identifier", identifier)
            .setParameter("except", exceptId == null ? "" : exceptId)
            .getSingleResult();
    return other > 0;
  }

  /** Organisations by name (then id), after the given sort key; {@code fetch} rows at most. */
  public List<Organisation> list(
      String text, OrganisationRole role, String afterNameKey, String afterId, int fetch) {
    StringBuilder jpql = new StringBuilder("select distinct o from Organisation o");
    if (role != null) {
      jpql.append(" join o.roles r");
    }
    jpql.append(" where 1 = 1");
    if (role != null) {
      jpql.append(" and r = :role");
    }
    if (text != null) {
      jpql.append(" and (o.nameKey like :text escape '\\' or o.identifier = :identifier)");
    }
    if (afterNameKey != null) {
      jpql.append(" and (o.nameKey > :afterName or (o.nameKey = :afterName and o.id > :afterId))");
    }
    jpql.append(" order by o.nameKey, o.id");
    var query = em.createQuery(jpql.toString(), Organisation.class);
    if (role != null) {
      query.setParameter("role", role);
    }
    if (text != null) {
      String key =
          text.toLowerCase(Locale.ROOT)
              .replace("\\", "\\\\")
              .replace("%", "\\%")
              .replace("_", "\\_");
      query.setParameter("text", "%" + key + "%");
      query.setParameter("identifier", text.toUpperCase(Locale.ROOT));
    }
    if (afterNameKey != null) {
      query.setParameter("afterName", afterNameKey);
      query.setParameter("afterId", afterId);
    }
    return query.setMaxResults(fetch).getResultList();
  }
}
