package uk.svkit.api.framework.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.svkit.api.platform.security.Tenancy;

/**
 * Frameworks, editions, elements and measures. Shipped ones (no owner) are readable by every
 * caller; imported ones only by their owner and platform admins, so reads here are limited to what
 * the caller may see and anything else reads as absent (404).
 */
@ApplicationScoped
public class FrameworkRepository {
  @PersistenceContext(unitName = "svkit")
  EntityManager em;

  public List<Framework> frameworks() {
    return scoped("select f from Framework f", "f", "order by f.code", Framework.class);
  }

  public List<Edition> editions() {
    return scoped(
        "select e from Edition e",
        "e.framework",
        "order by e.framework.code, e.edition",
        Edition.class);
  }

  /** The query limited to shipped frameworks and the caller's own (admins: no limit). */
  private <T> List<T> scoped(String select, String framework, String orderBy, Class<T> type) {
    String scope = Tenancy.listScope();
    if (scope == null) {
      return em.createQuery(select + " " + orderBy, type).getResultList();
    }
    return em.createQuery(
            select
                + " where "
                + framework
                + ".ownerOrganisationId is null or "
                + framework
                + ".ownerOrganisationId = :scope "
                + orderBy,
            type)
        .setParameter("scope", scope)
        .getResultList();
  }

  /** The edition, if the caller may see it. */
  public Optional<Edition> edition(String frameworkCode, String edition) {
    return em.createQuery(
            "select e from Edition e where e.framework.code = :code and e.edition = :edition",
            Edition.class)
        .setParameter("code", frameworkCode)
        .setParameter("edition", edition)
        .getResultStream()
        .filter(e -> isVisible(e.framework()))
        .findFirst();
  }

  /** An edition by id, for records (proxy sets) whose own visibility has been checked. */
  public Optional<Edition> edition(String id) {
    return Optional.ofNullable(em.find(Edition.class, id));
  }

  /**
   * The framework with this code whoever owns it: codes are unique across the library, so an import
   * must know whether a code is taken even when the caller cannot see the framework.
   */
  public Optional<Framework> frameworkTakingCode(String code) {
    return em.createQuery("select f from Framework f where f.code = :code", Framework.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  /** Whether the framework was shipped with svkit (has a shipped edition). */
  public boolean isShipped(Framework framework) {
    return em.createQuery(
                "select count(e) from Edition e where e.framework = :framework and e.status = :status",
                Long.class)
            .setParameter("framework", framework)
            .setParameter("status", Edition.Status.SHIPPED)
            .getSingleResult()
        > 0;
  }

  /** Whether the framework already has an edition of this name, visible or not. */
  public boolean hasEdition(Framework framework, String edition) {
    return em.createQuery(
                "select count(e) from Edition e where e.framework = :framework and e.edition = :edition",
                Long.class)
            .setParameter("framework", framework)
            .setParameter("edition", edition)
            .getSingleResult()
        > 0;
  }

  public List<Element> elements(String editionId) {
    return em.createQuery(
            "select e from Element e where e.editionId = :edition order by e.position, e.code",
            Element.class)
        .setParameter("edition", editionId)
        .getResultList();
  }

  public List<Measure> measures(String editionId) {
    return em.createQuery(
            "select m from Measure m where m.editionId = :edition order by m.code", Measure.class)
        .setParameter("edition", editionId)
        .getResultList();
  }

  public Map<String, Measure> measuresByCode(String editionId) {
    return measures(editionId).stream()
        .collect(Collectors.toMap(Measure::code, Function.identity()));
  }

  /** Stores a new framework at once, so its editions can refer to it. */
  public Framework addFramework(Framework framework) {
    em.persist(framework);
    em.flush();
    return framework;
  }

  /**
   * Stores one level of an edition's tree. Parents are plain ids, not mapped relations, so the
   * provider cannot order the inserts itself: callers add the roots first, then each level.
   */
  public void addElements(List<Element> level) {
    level.forEach(em::persist);
    em.flush();
  }

  public void addMeasures(List<Measure> measures) {
    measures.forEach(em::persist);
    em.flush();
  }

  static boolean isVisible(Framework framework) {
    return framework.ownerOrganisationId() == null
        || Tenancy.canSee(framework.ownerOrganisationId());
  }
}
