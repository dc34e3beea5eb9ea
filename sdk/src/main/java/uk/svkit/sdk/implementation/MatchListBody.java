package uk.svkit.sdk.implementation;

import java.util.List;
import uk.svkit.sdk.models.VcfseMatch;

/** The body of a VCFSE match response: the ranked matches. */
public final class MatchListBody {
  /** The matches, best first. */
  public List<VcfseMatch> items;

  /** For JSON-B. */
  public MatchListBody() {}

  /**
   * @return an unmodifiable copy, empty if absent
   */
  public List<VcfseMatch> items() {
    return items == null ? List.of() : List.copyOf(items);
  }
}
