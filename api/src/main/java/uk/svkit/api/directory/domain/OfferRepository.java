package uk.svkit.api.directory.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import uk.svkit.api.platform.persistence.Repository;

/** Offers on the noticeboard: public, like needs. Changing one is up to its business. */
@ApplicationScoped
public class OfferRepository extends Repository<Offer> {
  public OfferRepository() {
    super(Offer.class, "Offer");
  }

  @Override
  protected boolean isVisible(Offer offer) {
    return true;
  }

  /**
   * The filters of an offer search, validated: lower-cased terms (all must match), and the rest
   * optional.
   */
  public record Query(
      List<String> terms,
      SupportType supportType,
      String placeCode,
      String businessOrganisationId,
      Distance.Box box) {
    public Query {
      terms = List.copyOf(terms);
    }
  }

  /**
   * Listed offers (open or partly taken, not expired) matching the filters, unordered: the caller
   * computes exact distances within the box and orders and pages them.
   */
  public List<Offer> candidates(Query q, LocalDate today) {
    StringBuilder jpql =
        new StringBuilder(
            "select o from Offer o where o.status in :listed and o.expiresOn >= :today");
    if (q.supportType() != null) {
      jpql.append(" and o.supportType = :supportType");
    }
    if (q.placeCode() != null) {
      jpql.append(" and o.placeCode = :place");
    }
    if (q.businessOrganisationId() != null) {
      jpql.append(" and o.ownerOrganisationId = :business");
    }
    if (q.box() != null) {
      jpql.append(
          " and o.latitude between :minLat and :maxLat and o.longitude between :minLon and :maxLon");
    }
    for (int i = 0; i < q.terms().size(); i++) {
      jpql.append(" and o.searchText like :t").append(i).append(" escape '\\'");
    }
    TypedQuery<Offer> query =
        em.createQuery(jpql.toString(), Offer.class)
            .setParameter("listed", List.of(OfferStatus.OPEN, OfferStatus.PARTLY_TAKEN))
            .setParameter("today", today);
    if (q.supportType() != null) {
      query.setParameter("supportType", q.supportType());
    }
    if (q.placeCode() != null) {
      query.setParameter("place", q.placeCode());
    }
    if (q.businessOrganisationId() != null) {
      query.setParameter("business", q.businessOrganisationId());
    }
    if (q.box() != null) {
      query
          .setParameter("minLat", q.box().minLat())
          .setParameter("maxLat", q.box().maxLat())
          .setParameter("minLon", q.box().minLon())
          .setParameter("maxLon", q.box().maxLon());
    }
    for (int i = 0; i < q.terms().size(); i++) {
      query.setParameter(
          "t" + i,
          "%"
              + q.terms().get(i).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
              + "%");
    }
    // Bounded work for a public search: at most MAX_CANDIDATES + 1 rows are read; the caller is
    // told to narrow a search that matches more (see OfferService.search).
    return query.setMaxResults(MAX_CANDIDATES + 1).getResultList();
  }

  /** The most offers one search ranks in memory. */
  public static final int MAX_CANDIDATES = 5_000;
}
