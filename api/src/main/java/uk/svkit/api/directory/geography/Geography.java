package uk.svkit.api.directory.geography;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.svkit.api.platform.problem.Problem;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;

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

  /** A UK postcode (outward code, optional inward code) or a bare outward code (district). */
  private static final Pattern POSTCODE = Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})?");

  /** A postcode resolved to its district: the postcode as normalised, and the district. */
  public record ResolvedPostcode(String postcode, PostcodeDistrict district) {}

  /**
   * Resolves a full postcode ({@code CH41 5AB}) or an outcode ({@code CH41}) through the postcode
   * district table: malformed is a 400 and unknown a 422 naming {@code field}, never a silent miss.
   */
  public ResolvedPostcode resolvePostcode(String field, String postcode) {
    String normalised = postcode == null ? "" : postcode.trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
    Matcher m = POSTCODE.matcher(normalised);
    if (!m.matches()) {
      throw ProblemException.invalid(field, "must be a UK postcode such as CH41 5AB, or a postcode district such as CH41");
    }
    String outcode = m.group(1);
    PostcodeDistrict district = em.find(PostcodeDistrict.class, outcode);
    if (district == null) {
      throw new ProblemException(
          ProblemType.BUSINESS_RULE_VIOLATED,
          "The postcode " + normalised + " is not in svkit's postcode directory (district " + outcode + " unknown).",
          java.util.List.of(new Problem.FieldError(field, "unknown postcode district " + outcode)),
          java.util.Map.of());
    }
    String full = m.group(2) == null ? outcode : outcode + " " + m.group(2);
    return new ResolvedPostcode(full, district);
  }
}
