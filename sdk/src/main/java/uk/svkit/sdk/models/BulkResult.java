package uk.svkit.sdk.models;

import java.util.List;

/**
 * The outcome of {@code ContractsClient.submitReturns}: the bulk call is all-or-nothing, so a
 * result means every return was accepted.
 */
public final class BulkResult {

  private int accepted;
  private List<String> returnIds;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected BulkResult() {}

  /**
   * Returns how many returns were accepted.
   *
   * @return the count, the size of the request
   */
  public int getAccepted() {
    return accepted;
  }

  /**
   * Returns the ids of the created returns.
   *
   * @return an unmodifiable list, in the order of the request
   */
  public List<String> getReturnIds() {
    return ModelLists.copy(returnIds);
  }

  @Override
  public String toString() {
    return "BulkResult{accepted=" + accepted + '}';
  }
}
