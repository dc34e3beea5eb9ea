package uk.svkit.api.directory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.svkit.api.directory.domain.VcfseProfile;
import uk.svkit.api.geography.application.Geography;
import uk.svkit.api.geography.domain.PostcodeDistrict;
import uk.svkit.api.platform.problem.ProblemException;

/**
 * Where a VCFSE's base is, as precisely as it chose to publish it. Many small VCFSEs are run from
 * someone's home, so by default the stored point is its postcode district's centroid: searches,
 * distances, matches and Open Referral UK locations can then never reveal (or, by trilateration
 * over many distance searches, recover) the exact address. A VCFSE with public premises opts in to
 * its exact point ({@code exactLocationPublic}). Its full postcode is kept either way and shown to
 * those who may see its contacts.
 */
@ApplicationScoped
public class BaseLocations {
  @Inject Geography geography;

  /**
   * Resolves {@code postcode} (reported against {@code field} when malformed or unknown) to the
   * stored base: the exact point only if {@code exactPublic}.
   */
  public VcfseProfile.Location locate(String field, String postcode, boolean exactPublic) {
    Geography.ResolvedPostcode resolved = geography.resolvePostcode(field, postcode);
    if (exactPublic || !resolved.exact()) {
      return location(resolved.postcode(), resolved.latitude(), resolved.longitude(), resolved);
    }
    String outcode = VcfseProfile.publicPostcode(resolved.postcode(), false);
    try {
      PostcodeDistrict district = geography.district(outcode);
      return location(resolved.postcode(), district.latitude(), district.longitude(), resolved);
    } catch (ProblemException unknownDistrict) {
      // A postcode imported for a district svkit has no centroid for: about 1 km of rounding.
      return location(
          resolved.postcode(),
          Math.round(resolved.latitude() * 100) / 100.0,
          Math.round(resolved.longitude() * 100) / 100.0,
          resolved);
    }
  }

  private static VcfseProfile.Location location(
      String postcode, double latitude, double longitude, Geography.ResolvedPostcode resolved) {
    return new VcfseProfile.Location(postcode, latitude, longitude, resolved.placeCode());
  }
}
