package uk.svkit.sdk.models;

import java.util.List;

/** A VCFSE organisation with open needs, scored out of 100 against what a business offers. */
public final class VcfseMatch {

  private DirectoryOrganisationHit organisation;
  private double score;
  private List<MatchFactor> factors;
  private List<Need> needs;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected VcfseMatch() {}

  /**
   * Returns the organisation (never with contact details).
   *
   * @return the organisation, with its distance when the match was asked near a point
   */
  public DirectoryOrganisationHit getOrganisation() {
    return organisation;
  }

  /**
   * Returns the score: the sum of the factors' points.
   *
   * @return from 0 to 100
   */
  public double getScore() {
    return score;
  }

  /**
   * Returns how the score was made up.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<MatchFactor> getFactors() {
    return ModelLists.copy(factors);
  }

  /**
   * Returns the open needs the score considered (those of a wanted support type, if any).
   *
   * @return an unmodifiable list, empty if none
   */
  public List<Need> getNeeds() {
    return ModelLists.copy(needs);
  }

  @Override
  public String toString() {
    return "VcfseMatch{organisation="
        + (organisation == null ? null : organisation.getName())
        + ", score="
        + score
        + '}';
  }
}
