package uk.svkit.sdk.models;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One numbered change to a contract after award (Procurement Act 2023): a VARIATION or the
 * TERMINATION, with its reason, the date it takes effect and who made it. The modification returned
 * by a vary or terminate call carries the contract's new ETag, so further changes can follow
 * without reading the contract again.
 */
public final class ContractModification {

  private String id;
  private String contractId;
  private int sequenceNumber;
  private String kind;
  private String reason;
  private LocalDate effectiveOn;
  private String madeBy;
  private OffsetDateTime madeAt;
  private List<ContractModificationChange> changes;
  private Long contractVersion;
  // Comes from the ETag response header, not the body; transient keeps it out of JSON.
  private transient String eTag;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected ContractModification() {}

  /**
   * Returns the id.
   *
   * @return the value
   */
  public String getId() {
    return id;
  }

  /**
   * Returns the contract.
   *
   * @return the value
   */
  public String getContractId() {
    return contractId;
  }

  /**
   * Returns the number of the modification: 1 for the contract's first, then 2, 3 and so on.
   *
   * @return the value
   */
  public int getSequenceNumber() {
    return sequenceNumber;
  }

  /**
   * Returns {@code VARIATION} or {@code TERMINATION}.
   *
   * @return the value
   */
  public String getKind() {
    return kind;
  }

  /**
   * Returns the reason given.
   *
   * @return the value
   */
  public String getReason() {
    return reason;
  }

  /**
   * Returns the day the change takes effect.
   *
   * @return the value
   */
  public LocalDate getEffectiveOn() {
    return effectiveOn;
  }

  /**
   * Returns the subject of the user who made it.
   *
   * @return the value
   */
  public String getMadeBy() {
    return madeBy;
  }

  /**
   * Returns when it was made.
   *
   * @return the value
   */
  public OffsetDateTime getMadeAt() {
    return madeAt;
  }

  /**
   * Returns what it changed.
   *
   * @return the value; an unmodifiable list, possibly empty
   */
  public List<ContractModificationChange> getChanges() {
    return changes == null ? List.of() : List.copyOf(changes);
  }

  /**
   * Returns the contract's version after the change, only on the response of the call that made it.
   *
   * @return the value
   */
  public Long getContractVersion() {
    return contractVersion;
  }

  /**
   * Returns the ETag of the version read, for the next change ({@code If-Match}).
   *
   * @return the ETag, or {@code null} for an item read from a list
   */
  public String getETag() {
    return eTag;
  }
}
