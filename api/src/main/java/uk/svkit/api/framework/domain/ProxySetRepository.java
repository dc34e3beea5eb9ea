package uk.svkit.api.framework.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.svkit.api.platform.persistence.Repository;
import uk.svkit.api.platform.security.Tenancy;

@ApplicationScoped
public class ProxySetRepository extends Repository<ProxySet> {
  public ProxySetRepository() {
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
    jpql.append(
        scope == null
            ? "1 = 1"
            : "(p.ownerOrganisationId is null or p.ownerOrganisationId = :scope)");
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
