package uk.svkit.sdk.models;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Input of {@code FrameworksClient.importFrameworkEdition}: an edition of one of your
 * organisation's own frameworks, with its tree of elements and its measures. The edition is
 * published as it is imported and never changes afterwards. Immutable; build with {@link
 * #builder()}:
 *
 * <pre>{@code
 * ImportFrameworkEditionOptions.builder()
 *     .frameworkCode("WIRRAL-SV")
 *     .frameworkName("Wirral social value framework")
 *     .edition("2026")
 *     .source("Wirral Council cabinet decision, December 2025")
 *     .addElement("JOBS", FrameworkElementKind.THEME, "Local skills and employment")
 *     .addElement("JOBS-1", FrameworkElementKind.OUTCOME, "More local people in work", "JOBS")
 *     .addMeasure("WRL-EMP-01", "Local people hired", UnitType.FTE, "FTE hired", true, "JOBS-1")
 *     .build();
 * }</pre>
 *
 * <p>The framework's name, publisher, description and licence note are taken from the import that
 * creates the framework; later editions must repeat its name. Only presence of the required fields
 * is checked here; the service validates the rest (codes, sizes, the tree) and answers with a
 * {@code ValidationException} whose field errors name the input, such as {@code
 * elements[3].parentCode}, or a {@code ConflictException} when the edition exists or the code is
 * not yours.
 */
public final class ImportFrameworkEditionOptions {

  private final String frameworkCode;
  private final String frameworkName;
  private final String publisher;
  private final String description;
  private final String licenceNote;
  private final String edition;
  private final LocalDate validFrom;
  private final String source;
  private final List<ElementInput> elements;
  private final List<MeasureInput> measures;

  private ImportFrameworkEditionOptions(Builder b) {
    this.frameworkCode = b.frameworkCode;
    this.frameworkName = b.frameworkName;
    this.publisher = b.publisher;
    this.description = b.description;
    this.licenceNote = b.licenceNote;
    this.edition = b.edition;
    this.validFrom = b.validFrom;
    this.source = b.source;
    this.elements = List.copyOf(b.elements);
    this.measures = List.copyOf(b.measures);
  }

  /**
   * Starts a builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the framework code.
   *
   * @return the code, such as {@code WIRRAL-SV}
   */
  public String getFrameworkCode() {
    return frameworkCode;
  }

  /**
   * Returns the framework name.
   *
   * @return the name
   */
  public String getFrameworkName() {
    return frameworkName;
  }

  /**
   * Returns who publishes the framework.
   *
   * @return the publisher, or {@code null}
   */
  public String getPublisher() {
    return publisher;
  }

  /**
   * Returns the framework's description.
   *
   * @return the description, or {@code null}
   */
  public String getDescription() {
    return description;
  }

  /**
   * Returns the terms under which the framework's content may be used.
   *
   * @return the licence note, or {@code null}
   */
  public String getLicenceNote() {
    return licenceNote;
  }

  /**
   * Returns the edition name.
   *
   * @return the edition, such as {@code 2026}
   */
  public String getEdition() {
    return edition;
  }

  /**
   * Returns the first day the edition applies.
   *
   * @return the date, or {@code null}
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
   * Returns the elements, in the order added.
   *
   * @return an unmodifiable, non-empty list
   */
  public List<ElementInput> getElements() {
    return elements;
  }

  /**
   * Returns the measures, in the order added.
   *
   * @return an unmodifiable list, empty if none
   */
  public List<MeasureInput> getMeasures() {
    return measures;
  }

  /** One element of the tree, naming its parent by code. Immutable. */
  public static final class ElementInput {

    private final String code;
    private final FrameworkElementKind kind;
    private final String title;
    private final String parentCode;

    private ElementInput(String code, FrameworkElementKind kind, String title, String parentCode) {
      this.code = code;
      this.kind = kind;
      this.title = title;
      this.parentCode = parentCode;
    }

    /**
     * Returns the code, unique within the edition.
     *
     * @return the code
     */
    public String getCode() {
      return code;
    }

    /**
     * Returns the kind.
     *
     * @return the kind
     */
    public FrameworkElementKind getKind() {
      return kind;
    }

    /**
     * Returns the title.
     *
     * @return the title
     */
    public String getTitle() {
      return title;
    }

    /**
     * Returns the parent's code.
     *
     * @return the code, or {@code null} for a top-level element
     */
    public String getParentCode() {
      return parentCode;
    }

    @Override
    public String toString() {
      return "ElementInput{code=" + code + ", kind=" + kind + ", parentCode=" + parentCode + '}';
    }
  }

  /** One measure, optionally attached to an element by its code. Immutable. */
  public static final class MeasureInput {

    private final String code;
    private final String title;
    private final UnitType unitType;
    private final String unitLabel;
    private final boolean monetised;
    private final String elementCode;

    private MeasureInput(
        String code,
        String title,
        UnitType unitType,
        String unitLabel,
        boolean monetised,
        String elementCode) {
      this.code = code;
      this.title = title;
      this.unitType = unitType;
      this.unitLabel = unitLabel;
      this.monetised = monetised;
      this.elementCode = elementCode;
    }

    /**
     * Returns the code, unique within the edition.
     *
     * @return the code, such as {@code WRL-EMP-01}
     */
    public String getCode() {
      return code;
    }

    /**
     * Returns the title.
     *
     * @return the title
     */
    public String getTitle() {
      return title;
    }

    /**
     * Returns the unit type.
     *
     * @return the unit type
     */
    public UnitType getUnitType() {
      return unitType;
    }

    /**
     * Returns the unit label.
     *
     * @return the label, such as {@code FTE hired}
     */
    public String getUnitLabel() {
      return unitLabel;
    }

    /**
     * Returns whether a proxy set may value the measure in money.
     *
     * @return {@code false} for a record-only measure
     */
    public boolean isMonetised() {
      return monetised;
    }

    /**
     * Returns the code of the element the measure belongs to.
     *
     * @return the code, or {@code null} for an unattached measure
     */
    public String getElementCode() {
      return elementCode;
    }

    @Override
    public String toString() {
      return "MeasureInput{code="
          + code
          + ", unitType="
          + unitType
          + ", monetised="
          + monetised
          + ", elementCode="
          + elementCode
          + '}';
    }
  }

  /** Builder for {@link ImportFrameworkEditionOptions}; not thread-safe. */
  public static final class Builder {

    private String frameworkCode;
    private String frameworkName;
    private String publisher;
    private String description;
    private String licenceNote;
    private String edition;
    private LocalDate validFrom;
    private String source;
    private final List<ElementInput> elements = new ArrayList<>();
    private final List<MeasureInput> measures = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the framework code (required): a new code creates the framework, an existing one must be
     * your organisation's.
     *
     * @param frameworkCode capital letters, digits, {@code .}, {@code _} or {@code -}
     * @return this builder
     * @throws NullPointerException if {@code frameworkCode} is {@code null}
     */
    public Builder frameworkCode(String frameworkCode) {
      this.frameworkCode = Objects.requireNonNull(frameworkCode, "frameworkCode");
      return this;
    }

    /**
     * Sets the framework name (required).
     *
     * @param frameworkName the name
     * @return this builder
     * @throws NullPointerException if {@code frameworkName} is {@code null}
     */
    public Builder frameworkName(String frameworkName) {
      this.frameworkName = Objects.requireNonNull(frameworkName, "frameworkName");
      return this;
    }

    /**
     * Sets who publishes the framework (optional).
     *
     * @param publisher the publisher, or {@code null}
     * @return this builder
     */
    public Builder publisher(String publisher) {
      this.publisher = publisher;
      return this;
    }

    /**
     * Sets the framework's description (optional).
     *
     * @param description the description, or {@code null}
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets the terms under which the framework's content may be used (optional).
     *
     * @param licenceNote the licence note, or {@code null}
     * @return this builder
     */
    public Builder licenceNote(String licenceNote) {
      this.licenceNote = licenceNote;
      return this;
    }

    /**
     * Sets the edition name (required), unique within the framework.
     *
     * @param edition letters, digits, {@code .}, {@code _} or {@code -}, such as {@code 2026}
     * @return this builder
     * @throws NullPointerException if {@code edition} is {@code null}
     */
    public Builder edition(String edition) {
      this.edition = Objects.requireNonNull(edition, "edition");
      return this;
    }

    /**
     * Sets the first day the edition applies (optional).
     *
     * @param validFrom the date, or {@code null}
     * @return this builder
     */
    public Builder validFrom(LocalDate validFrom) {
      this.validFrom = validFrom;
      return this;
    }

    /**
     * Sets where the edition's content comes from (required).
     *
     * @param source the source, such as a policy document
     * @return this builder
     * @throws NullPointerException if {@code source} is {@code null}
     */
    public Builder source(String source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * Adds a top-level element.
     *
     * @param code the code, unique within the edition
     * @param kind the kind, such as {@link FrameworkElementKind#THEME}
     * @param title the title
     * @return this builder
     * @throws NullPointerException if an argument is {@code null}
     */
    public Builder addElement(String code, FrameworkElementKind kind, String title) {
      return add(code, kind, title, null);
    }

    /**
     * Adds an element below another; the parent may be added before or after it.
     *
     * @param code the code, unique within the edition
     * @param kind the kind, such as {@link FrameworkElementKind#OUTCOME}
     * @param title the title
     * @param parentCode the parent element's code
     * @return this builder
     * @throws NullPointerException if an argument is {@code null}
     */
    public Builder addElement(
        String code, FrameworkElementKind kind, String title, String parentCode) {
      return add(code, kind, title, Objects.requireNonNull(parentCode, "parentCode"));
    }

    private Builder add(String code, FrameworkElementKind kind, String title, String parentCode) {
      elements.add(
          new ElementInput(
              Objects.requireNonNull(code, "code"),
              Objects.requireNonNull(kind, "kind"),
              Objects.requireNonNull(title, "title"),
              parentCode));
      return this;
    }

    /**
     * Adds a measure that belongs to no element.
     *
     * @param code the code, unique within the edition, such as {@code WRL-EMP-01}
     * @param title the title
     * @param unitType what the measure counts
     * @param unitLabel the unit as shown, such as {@code FTE hired}
     * @param monetised whether a proxy set may value it in money
     * @return this builder
     * @throws NullPointerException if an argument is {@code null}
     */
    public Builder addMeasure(
        String code, String title, UnitType unitType, String unitLabel, boolean monetised) {
      return measure(code, title, unitType, unitLabel, monetised, null);
    }

    /**
     * Adds a measure of an element.
     *
     * @param code the code, unique within the edition, such as {@code WRL-EMP-01}
     * @param title the title
     * @param unitType what the measure counts
     * @param unitLabel the unit as shown, such as {@code FTE hired}
     * @param monetised whether a proxy set may value it in money
     * @param elementCode the code of the element it belongs to
     * @return this builder
     * @throws NullPointerException if an argument is {@code null}
     */
    public Builder addMeasure(
        String code,
        String title,
        UnitType unitType,
        String unitLabel,
        boolean monetised,
        String elementCode) {
      return measure(
          code,
          title,
          unitType,
          unitLabel,
          monetised,
          Objects.requireNonNull(elementCode, "elementCode"));
    }

    private Builder measure(
        String code,
        String title,
        UnitType unitType,
        String unitLabel,
        boolean monetised,
        String elementCode) {
      measures.add(
          new MeasureInput(
              Objects.requireNonNull(code, "code"),
              Objects.requireNonNull(title, "title"),
              Objects.requireNonNull(unitType, "unitType"),
              Objects.requireNonNull(unitLabel, "unitLabel"),
              monetised,
              elementCode));
      return this;
    }

    /**
     * Builds the options.
     *
     * @return immutable options
     * @throws IllegalStateException if a required field is not set or no element was added
     */
    public ImportFrameworkEditionOptions build() {
      StringJoiner missing = new StringJoiner(", ");
      if (frameworkCode == null) {
        missing.add(".frameworkCode(...)");
      }
      if (frameworkName == null) {
        missing.add(".frameworkName(...)");
      }
      if (edition == null) {
        missing.add(".edition(...)");
      }
      if (source == null) {
        missing.add(".source(...)");
      }
      if (elements.isEmpty()) {
        missing.add(".addElement(...)");
      }
      if (missing.length() > 0) {
        throw new IllegalStateException(
            "ImportFrameworkEditionOptions is incomplete: call "
                + missing
                + " on ImportFrameworkEditionOptions.builder() before build()");
      }
      return new ImportFrameworkEditionOptions(this);
    }
  }
}
