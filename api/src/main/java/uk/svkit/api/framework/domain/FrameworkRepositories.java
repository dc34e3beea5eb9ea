package uk.svkit.api.framework.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.svkit.api.platform.persistence.Repository;
import uk.svkit.api.platform.security.Tenancy;

/** Persistence of the framework context: the read-only library, proxy sets and valuations. */
public final class FrameworkRepositories {
  private FrameworkRepositories() {}

  /** Frameworks, editions, elements and measures: shipped data, readable by every caller. */
  @ApplicationScoped
  public static class Library {
    @PersistenceContext(unitName = "svkit")
    EntityManager em;

    public List<Framework> frameworks() {
      return em.createQuery("select f from Framework f order by f.code", Framework.class).getResultList();
    }

    public List<Edition> editions() {
      return em.createQuery("select e from Edition e order by e.framework.code, e.edition", Edition.class).getResultList();
    }

    public Optional<Edition> edition(String frameworkCode, String edition) {
      return em.createQuery("select e from Edition e where e.framework.code = :code and e.edition = :edition", Edition.class)
          .setParameter("code", frameworkCode)
          .setParameter("edition", edition)
          .getResultStream()
          .findFirst();
    }

    public Optional<Edition> edition(String id) {
      return Optional.ofNullable(em.find(Edition.class, id));
    }

    public List<Element> elements(String editionId) {
      return em.createQuery("select e from Element e where e.editionId = :edition order by e.position, e.code", Element.class)
          .setParameter("edition", editionId)
          .getResultList();
    }

    public List<Measure> measures(String editionId) {
      return em.createQuery("select m from Measure m where m.editionId = :edition order by m.code", Measure.class)
          .setParameter("edition", editionId)
          .getResultList();
    }

    public Map<String, Measure> measuresByCode(String editionId) {
      return measures(editionId).stream().collect(Collectors.toMap(Measure::code, Function.identity()));
    }
  }

  /** Proxy sets: a tenant's own, plus the shipped ones that have no owner. */
  @ApplicationScoped
  public static class ProxySets extends Repository<ProxySet> {
    public ProxySets() {
      super(ProxySet.class, "Proxy set");
    }

    @Override
    protected boolean isVisible(ProxySet set) {
      return set.ownerOrganisationId() == null || Tenancy.canSee(set.ownerOrganisationId());
    }

    /** A set by id without the visibility rule; see {@code FrameworkService.proxySetNamedBy}. */
    public ProxySet bound(String id) {
      ProxySet set = em.find(ProxySet.class, id);
      if (set == null) {
        throw uk.svkit.api.platform.problem.ProblemException.notFound("Proxy set", id);
      }
      return set;
    }

    public List<ProxySet> list(String afterName, String afterId, int fetch) {
      String scope = Tenancy.listScope();
      StringBuilder jpql = new StringBuilder("select p from ProxySet p where ");
      jpql.append(scope == null ? "1 = 1" : "(p.ownerOrganisationId is null or p.ownerOrganisationId = :scope)");
      if (afterName != null) {
        jpql.append(" and (p.name > :afterName or (p.name = :afterName and p.id > :afterId))");
      }
      jpql.append(" order by p.name, p.id");
      var query = em.createQuery(jpql.toString(), ProxySet.class);
      if (scope != null) {
        query.setParameter("scope", scope);
      }
      if (afterName != null) {
        query.setParameter("afterName", afterName).setParameter("afterId", afterId);
      }
      return query.setMaxResults(fetch).getResultList();
    }
  }

  /** Valuations, private to the organisation that asked for them. */
  @ApplicationScoped
  public static class Valuations extends Repository<Valuation> {
    public Valuations() {
      super(Valuation.class, "Valuation");
    }
  }
}
