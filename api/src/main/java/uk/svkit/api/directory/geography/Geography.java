package uk.svkit.api.directory.geography;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import uk.svkit.api.platform.problem.ProblemException;

/** Read access to places and postcode districts (public reference data). */
@ApplicationScoped
public class Geography {
  @PersistenceContext(unitName = "svkit")
  EntityManager em;

  public List<Place> places(String afterCode, int fetch) {
    if (afterCode == null) {
      return em.createQuery("select p from Place p order by p.code", Place.class)
          .setMaxResults(fetch)
          .getResultList();
    }
    return em.createQuery("select p from Place p where p.code > :after order by p.code", Place.class)
        .setParameter("after", afterCode)
        .setMaxResults(fetch)
        .getResultList();
  }

  public Place place(String code) {
    Place place = code == null ? null : em.find(Place.class, code.toUpperCase(Locale.ROOT));
    if (place == null) {
      throw ProblemException.notFound("Place", code);
    }
    return place;
  }

  public PostcodeDistrict district(String outcode) {
    PostcodeDistrict district =
        outcode == null ? null : em.find(PostcodeDistrict.class, outcode.trim().toUpperCase(Locale.ROOT));
    if (district == null) {
      throw ProblemException.notFound("Postcode district", outcode);
    }
    return district;
  }
}
