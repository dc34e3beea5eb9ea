package uk.svkit.api.tracking.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.svkit.api.platform.persistence.AggregateRoot;

/**
 * One numbered change to a contract after award: a variation (value, end date, KPIs added, retired
 * or re-targeted) or its termination, with the reason, the date it takes effect and who made it.
 * Written once and never changed: the contract's history is the list of its modifications.
 */
@Entity
@Table(name = "trk_contract_modification")
public class ContractModification extends AggregateRoot {
  /** What kind of modification. */
  public enum Kind {
    VARIATION,
    TERMINATION
  }

  /** What one change touched. */
  public enum ChangeType {
    VALUE,
    END_DATE,
    KPI_ADDED,
    KPI_RETIRED,
    KPI_RETARGETED,
    TERMINATED
  }

  /** One field of the contract or of a KPI, from one value to another (as text). */
  @Embeddable
  public static class Change {
    @Enumerated(EnumType.STRING)
    @Column(name = "change_type", length = 24)
    private ChangeType type;

    @Column(name = "commitment_id", length = 36)
    private String commitmentId;

    @Column(name = "from_value", length = 300)
    private String from;

    @Column(name = "to_value", length = 300)
    private String to;

    protected Change() {}

    public Change(ChangeType type, String commitmentId, String from, String to) {
      this.type = type;
      this.commitmentId = commitmentId;
      this.from = from;
      this.to = to;
    }

    public ChangeType type() {
      return type;
    }

    public String commitmentId() {
      return commitmentId;
    }

    public String from() {
      return from;
    }

    public String to() {
      return to;
    }
  }

  @Column(name = "contract_id", length = 36)
  private String contractId;

  @Column(name = "sequence_number")
  private int sequenceNumber;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 16)
  private Kind kind;

  @Column(name = "reason", length = 2000)
  private String reason;

  @Column(name = "effective_on")
  private LocalDate effectiveOn;

  @Column(name = "made_by", length = 200)
  private String madeBy;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "trk_contract_modification_change",
      joinColumns = @JoinColumn(name = "modification_id"))
  @OrderColumn(name = "position")
  private List<Change> changes = new ArrayList<>();

  protected ContractModification() {}

  public ContractModification(
      Contract contract,
      int sequenceNumber,
      Kind kind,
      String reason,
      LocalDate effectiveOn,
      String madeBy,
      List<Change> changes) {
    super(null, contract.ownerOrganisationId());
    this.contractId = contract.id();
    this.sequenceNumber = sequenceNumber;
    this.kind = kind;
    this.reason = reason;
    this.effectiveOn = effectiveOn;
    this.madeBy = madeBy;
    this.changes.addAll(changes);
  }

  @Override
  public String entityType() {
    return "contract-modification";
  }

  public String contractId() {
    return contractId;
  }

  public int sequenceNumber() {
    return sequenceNumber;
  }

  public Kind kind() {
    return kind;
  }

  public String reason() {
    return reason;
  }

  public LocalDate effectiveOn() {
    return effectiveOn;
  }

  public String madeBy() {
    return madeBy;
  }

  public List<Change> changes() {
    return List.copyOf(changes);
  }
}
