package uk.svkit.api.geography.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.svkit.api.geography.domain.Place;
import uk.svkit.api.geography.domain.Postcode;
import uk.svkit.api.geography.domain.PostcodeDistrict;
import uk.svkit.api.geography.infrastructure.PostcodeDirectoryFormat;
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
    return em.createQuery(
            "select p from Place p where p.code > :after order by p.code", Place.class)
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
        outcode == null
            ? null
            : em.find(PostcodeDistrict.class, outcode.trim().toUpperCase(Locale.ROOT));
    if (district == null) {
      throw ProblemException.notFound("Postcode district", outcode);
    }
    return district;
  }

  /** A UK postcode (outward code, optional inward code) or a bare outward code (district). */
  private static final Pattern POSTCODE =
      Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})?");

  /**
   * A postcode resolved to a point and a place: the postcode as normalised, its coordinates and
   * local authority, and whether they are the full postcode's own ({@code exact}) or its district's
   * centroid.
   */
  public record ResolvedPostcode(
      String postcode, double latitude, double longitude, String placeCode, boolean exact) {}

  /**
   * A full postcode from the imported postcode directory.
   *
   * @throws ProblemException 404 if it is not there (districts are at /postcode-districts)
   */
  public Postcode postcode(String postcode) {
    Postcode found =
        PostcodeDirectoryFormat.normalise(postcode)
            .map(p -> em.find(Postcode.class, p))
            .orElse(null);
    if (found == null) {
      throw ProblemException.notFound("Postcode", postcode);
    }
    return found;
  }

  /**
   * Resolves a full postcode ({@code CH41 5AB}) or an outcode ({@code CH41}): a full postcode
   * through the imported postcode directory when it has it, else (and an outcode always) through
   * the postcode district table. Malformed is a 400 and unknown a 422 naming {@code field}, never a
   * silent miss.
   */
  public ResolvedPostcode resolvePostcode(String field, String postcode) {
    String normalised =
        postcode == null ? "" : postcode.trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
    Matcher m = POSTCODE.matcher(normalised);
    if (!m.matches()) {
      throw ProblemException.invalid(
          field, "must be a UK postcode such as CH41 5AB, or a postcode district such as CH41");
    }
    String outcode = m.group(1);
    if (m.group(2) != null) {
      Postcode full = em.find(Postcode.class, outcode + " " + m.group(2));
      if (full != null) {
        return new ResolvedPostcode(
            full.postcode(), full.latitude(), full.longitude(), full.placeCode(), true);
      }
    }
    PostcodeDistrict district = em.find(PostcodeDistrict.class, outcode);
    if (district == null) {
      String unknown =
          m.group(2) == null
              ? "unknown postcode district " + outcode
              : "unknown postcode (and district " + outcode + ")";
      throw new ProblemException(
          ProblemType.BUSINESS_RULE_VIOLATED,
          "The postcode "
              + normalised
              + " is not in svkit's postcode directory"
              + (m.group(2) == null
                  ? " (district " + outcode + " unknown)."
                  : ", nor is its district " + outcode + "."),
          List.of(new Problem.FieldError(field, unknown)),
          java.util.Map.of());
    }
    String full = m.group(2) == null ? outcode : outcode + " " + m.group(2);
    return new ResolvedPostcode(
        full, district.latitude(), district.longitude(), district.placeCode(), false);
  }
}
