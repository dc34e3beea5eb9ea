package uk.svkit.api.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Set;
import uk.svkit.api.platform.security.Tenancy;

/**
 * Reads numbered events in commit order for the caller's organisation (all organisations' for
 * platform admins acting for none). Pings are not part of the feed.
 */
@ApplicationScoped
public class EventFeed {
  @PersistenceContext(unitName = "svkit")
  EntityManager em;

  public List<StoredEvent> after(long after, Set<String> types, int fetch) {
    String scope = Tenancy.listScope();
    StringBuilder jpql =
        new StringBuilder(
            "select e from StoredEvent e where e.sequence > :after and e.targetSubscriptionId is null");
    if (scope != null) {
      jpql.append(" and e.recipientOrganisationId in (:scope, '" + StoredEvent.PUBLIC + "')");
    }
    if (!types.isEmpty()) {
      jpql.append(" and e.type in :types");
    }
    jpql.append(" order by e.sequence");
    TypedQuery<StoredEvent> query =
        em.createQuery(jpql.toString(), StoredEvent.class).setParameter("after", after);
    if (scope != null) {
      query.setParameter("scope", scope);
    }
    if (!types.isEmpty()) {
      query.setParameter("types", types);
    }
    return query.setMaxResults(fetch).getResultList();
  }
}
