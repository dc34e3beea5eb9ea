package uk.svkit.sdk.models;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One edition of a framework with its full tree: top-level {@link #getElements() elements} that
 * nest children and carry measures, plus {@link #getMeasures() measures} not attached to any
 * element. Use {@link #findMeasure(String)} to look a measure up by code anywhere in the tree.
 */
public final class FrameworkEdition {

  private String id;
  private String edition;
  private String status;
  private LocalDate validFrom;
  private String source;
  private String notes;
  private String ownerOrganisationId;
  private String frameworkCode;
  private String frameworkName;
  private List<FrameworkElement> elements;
  private List<Measure> measures;

  /** For JSON-B only (protected because JSON-B cannot call a private constructor). */
  protected FrameworkEdition() {}

  /**
   * Returns the service-assigned id.
   *
   * @return the id
   */
  public String getId() {
    return id;
  }

  /**
   * Returns the edition name, unique within the framework.
   *
   * @return the edition, such as {@code 2020-12}
   */
  public String getEdition() {
    return edition;
  }

  /**
   * Returns the lifecycle status.
   *
   * @return the status, or {@code null} if absent; may be a value unknown to this SDK version
   */
  public EditionStatus getStatus() {
    return status == null || status.isBlank() ? null : EditionStatus.fromString(status);
  }

  /**
   * Returns the first day the edition applies.
   *
   * @return the date, or {@code null} if not stated
   */
  public LocalDate getValidFrom() {
    return validFrom;
  }

  /**
   * Returns where the edition's content comes from.
   *
   * @return the source
   */
  public String getSource() {
    return source;
  }

  /**
   * Returns how complete a shipped edition is against its published counts (for example PPN 002's
   * Standard Reporting Metrics) and what no source gave.
   *
   * @return the notes, or {@code null} for editions without any (imported editions)
   */
  public String getNotes() {
    return notes;
  }

  /**
   * Returns the code of the framework this is an edition of.
   *
   * @return the framework code, such as {@code PPN0620}
   */
  public String getFrameworkCode() {
    return frameworkCode;
  }

  /**
   * Returns the name of the framework this is an edition of.
   *
   * @return the framework name
   */
  public String getFrameworkName() {
    return frameworkName;
  }

  /**
   * Returns the top-level elements, each with its children, in the framework's order.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<FrameworkElement> getElements() {
    return ModelLists.copy(elements);
  }

  /**
   * Returns the measures not attached to any element.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<Measure> getMeasures() {
    return ModelLists.copy(measures);
  }

  /**
   * Finds a measure by code anywhere in the edition: among the unattached measures and those of
   * every element at any depth.
   *
   * @param code the measure code, such as {@code LM-EMP-01}; matched exactly
   * @return the measure, or empty if the edition has none with this code
   * @throws NullPointerException if {@code code} is {@code null}
   */
  public Optional<Measure> findMeasure(String code) {
    Objects.requireNonNull(code, "code");
    Optional<Measure> found = find(getMeasures(), code);
    // Iterative depth-first walk: no recursion limit on deep trees.
    Deque<FrameworkElement> pending = new ArrayDeque<>(getElements());
    while (found.isEmpty() && !pending.isEmpty()) {
      FrameworkElement element = pending.pollFirst();
      found = find(element.getMeasures(), code);
      List<FrameworkElement> children = element.getChildren();
      for (int i = children.size() - 1; i >= 0; i--) {
        pending.addFirst(children.get(i));
      }
    }
    return found;
  }

  private static Optional<Measure> find(List<Measure> measures, String code) {
    return measures.stream().filter(m -> code.equals(m.getCode())).findFirst();
  }

  /**
   * Returns the organisation that imported the edition.
   *
   * @return the organisation id, or {@code null} for an edition shipped with svkit
   * @since 0.1.0
   */
  public String getOwnerOrganisationId() {
    return ownerOrganisationId;
  }

  @Override
  public String toString() {
    return "FrameworkEdition{id="
        + id
        + ", frameworkCode="
        + frameworkCode
        + ", edition="
        + edition
        + ", status="
        + status
        + ", validFrom="
        + validFrom
        + '}';
  }
}
