package uk.svkit.sdk.models;

import java.util.List;

/** An anchor's pillar dashboard under a programme. */
public final class AnchorDashboard {

  private String programmeId;
  private String organisationId;
  private List<AnchorPillar> pillars;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected AnchorDashboard() {}

  /**
   * Returns the programme.
   *
   * @return the value, or {@code null} if absent
   */
  public String getProgrammeId() {
    return programmeId;
  }

  /**
   * Returns the anchor.
   *
   * @return the value, or {@code null} if absent
   */
  public String getOrganisationId() {
    return organisationId;
  }

  /**
   * Returns the pillars, in the programme's order.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<AnchorPillar> getPillars() {
    return ModelLists.copy(pillars);
  }

  @Override
  public String toString() {
    return "AnchorDashboard{programmeId="
        + programmeId
        + ", organisationId="
        + organisationId
        + ", pillars="
        + pillars
        + '}';
  }
}
