package uk.svkit.api.directory.domain;

import jakarta.enterprise.context.ApplicationScoped;
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
   * The filters of an offer search but the circle, validated: lower-cased terms (all must match),
   * and the rest optional.
   */
  public record Query(
      List<String> terms,
      SupportType supportType,
      String placeCode,
      String businessOrganisationId) {
    public Query {
      terms = List.copyOf(terms);
    }
  }
}
