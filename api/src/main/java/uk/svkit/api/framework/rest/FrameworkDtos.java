package uk.svkit.api.framework.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the framework operations. */
public final class FrameworkDtos {
  private FrameworkDtos() {}

  @Schema(name = "Framework")
  public static class FrameworkResponse {
    public String code;
    public String name;
    public String publisher;
    public String description;
    public String licenceNote;

    @Schema(
        description =
            "The organisation that imported the framework; absent for frameworks shipped with svkit")
    public String ownerOrganisationId;

    public List<EditionSummary> editions;
  }

  @Schema(name = "EditionSummary")
  public static class EditionSummary {
    public String id;
    public String edition;

    @Schema(enumeration = {"SHIPPED", "DRAFT", "PUBLISHED"})
    public String status;

    public LocalDate validFrom;
    public String source;

    @Schema(
        description =
            "How complete a shipped edition is against the published counts, and what is missing;"
                + " absent for imported editions")
    public String notes;

    @Schema(description = "The organisation that imported the edition; absent for shipped editions")
    public String ownerOrganisationId;
  }

  @Schema(
      name = "FrameworkEdition",
      description = "An edition's tree: elements nest children and carry their measures")
  public static class EditionResponse extends EditionSummary {
    public String frameworkCode;
    public String frameworkName;
    public List<ElementResponse> elements;

    @Schema(description = "Measures not attached to an element")
    public List<MeasureResponse> measures;
  }

  @Schema(name = "FrameworkElement")
  public static class ElementResponse {
    @Schema(enumeration = {"THEME", "MISSION", "PILLAR", "OUTCOME", "CRITERION"})
    public String kind;

    public String code;
    public String title;

    @Schema(description = "Where the code and title come from (shipped editions)")
    public String source;

    public List<ElementResponse> children;
    public List<MeasureResponse> measures;
  }

  @Schema(name = "Measure")
  public static class MeasureResponse {
    public String code;
    public String title;

    @Schema(
        enumeration = {
          "FTE", "PEOPLE", "HOURS", "WEEKS", "GBP", "TCO2E", "COUNT", "PERCENT", "TEXT"
        })
    public String unitType;

    public String unitLabel;
    public boolean monetised;

    @Schema(
        description =
            "False for a published national reporting metric (e.g. a PPN 002 Standard Reporting"
                + " Metric); true for a measure defined by svkit or a buyer")
    public boolean bespoke;

    @Schema(description = "Where the measure's code, title and unit come from")
    public String source;
  }

  /** Framework and edition codes appear in paths, so they are kept to URL-safe characters. */
  static final String CODE = "[A-Z0-9][A-Z0-9._-]{0,39}";

  static final String CODE_MESSAGE =
      "must be 1 to 40 capital letters, digits, '.', '_' or '-', starting with a letter or digit";
  static final String EDITION = "[A-Za-z0-9][A-Za-z0-9._-]{0,39}";
  static final String EDITION_MESSAGE =
      "must be 1 to 40 letters, digits, '.', '_' or '-', starting with a letter or digit";
  static final String KINDS = "THEME|MISSION|PILLAR|OUTCOME|CRITERION";
  static final String UNIT_TYPES = "FTE|PEOPLE|HOURS|WEEKS|GBP|TCO2E|COUNT|PERCENT|TEXT";

  @Schema(
      name = "ImportFrameworkEditionRequest",
      description =
          "A framework edition of the caller's organisation, published as it is imported. The framework's details"
              + " (name, publisher, description, licence note) are taken from the import that creates the framework; later"
              + " editions must repeat its name.")
  public static class ImportEdition {
    @NotNull
    @Pattern(regexp = CODE, message = CODE_MESSAGE)
    @Schema(description = "Unique across the library, e.g. WIRRAL-SV")
    public String frameworkCode;

    @NotBlank
    @Size(max = 200)
    public String frameworkName;

    @Size(max = 200)
    public String publisher;

    @Size(max = 2000)
    public String description;

    @Size(max = 1000)
    public String licenceNote;

    @NotNull
    @Pattern(regexp = EDITION, message = EDITION_MESSAGE)
    @Schema(description = "Unique within the framework, e.g. 2026-04")
    public String edition;

    @Schema(description = "First day the edition applies")
    public LocalDate validFrom;

    @NotBlank
    @Size(max = 1000)
    @Schema(description = "Where the edition's content comes from")
    public String source;

    @NotEmpty
    @Size(max = 2000)
    @Schema(
        description =
            "The tree, flat: each element names its parent by code (parents may come after children)")
    public List<@NotNull @Valid ImportElement> elements;

    @Size(max = 2000)
    public List<@NotNull @Valid ImportMeasure> measures;
  }

  @Schema(name = "ImportFrameworkElement")
  public static class ImportElement {
    @NotBlank
    @Size(max = 40)
    @Schema(description = "Unique within the edition, e.g. Theme 1 or MAC 2.1")
    public String code;

    @NotNull
    @Pattern(regexp = KINDS, message = "must be one of THEME, MISSION, PILLAR, OUTCOME, CRITERION")
    @Schema(enumeration = {"THEME", "MISSION", "PILLAR", "OUTCOME", "CRITERION"})
    public String kind;

    @NotBlank
    @Size(max = 500)
    public String title;

    @Size(max = 40)
    @Schema(description = "The parent element's code; absent for a top-level element")
    public String parentCode;
  }

  @Schema(name = "ImportMeasure")
  public static class ImportMeasure {
    @NotNull
    @Pattern(regexp = CODE, message = CODE_MESSAGE)
    @Schema(
        description =
            "Unique within the edition, e.g. WRL-EMP-01; proxy sets and valuations name measures by it")
    public String code;

    @NotBlank
    @Size(max = 500)
    public String title;

    @NotNull
    @Pattern(
        regexp = UNIT_TYPES,
        message = "must be one of FTE, PEOPLE, HOURS, WEEKS, GBP, TCO2E, COUNT, PERCENT, TEXT")
    @Schema(
        enumeration = {
          "FTE", "PEOPLE", "HOURS", "WEEKS", "GBP", "TCO2E", "COUNT", "PERCENT", "TEXT"
        })
    public String unitType;

    @NotBlank
    @Size(max = 100)
    public String unitLabel;

    @NotNull
    @Schema(
        description =
            "True if a proxy set may give the measure a money value; false for record-only measures")
    public Boolean monetised;

    @Size(max = 40)
    @Schema(
        description =
            "The code of the element the measure belongs to; absent for an unattached measure")
    public String elementCode;
  }

  @Schema(name = "CreateProxySetRequest")
  public static class CreateProxySet {
    @NotBlank
    @Size(max = 40)
    public String frameworkCode;

    @NotBlank
    @Size(max = 40)
    public String edition;

    @NotBlank
    @Size(max = 200)
    public String name;

    @NotNull
    @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as GBP")
    public String currency;

    @NotNull
    @Min(1990)
    @Max(2100)
    public Integer priceYear;

    @NotBlank
    @Size(max = 1000)
    @Schema(description = "Where the values come from")
    public String source;

    @NotBlank
    @Size(max = 1000)
    @Schema(description = "The terms under which the values may be used")
    public String licenceNote;

    @NotEmpty
    @Size(max = 2000)
    public List<@NotNull @Valid ProxyValueDto> values;
  }

  @Schema(name = "ProxyValue")
  public static class ProxyValueDto {
    @NotBlank
    @Size(max = 40)
    public String measureCode;

    @NotNull
    @DecimalMin("0")
    @Digits(integer = 15, fraction = 4)
    public BigDecimal valuePerUnit;

    @DecimalMin(value = "0", inclusive = false)
    @Digits(integer = 6, fraction = 6)
    @Schema(description = "Optional multiplier, e.g. a local multiplier on spend; absent means 1")
    public BigDecimal multiplier;
  }

  @Schema(name = "ProxySet")
  public static class ProxySetResponse {
    public String id;
    public String frameworkCode;
    public String edition;
    public String name;
    public String currency;
    public int priceYear;
    public String source;
    public String licenceNote;

    @Schema(description = "True for the bundled demo set: not for reporting")
    public boolean illustrative;

    @Schema(description = "Absent for sets shipped with svkit")
    public String ownerOrganisationId;

    public List<ProxyValueDto> values;
    public OffsetDateTime createdAt;
  }

  @Schema(name = "CreateValuationRequest")
  public static class CreateValuation {
    @NotBlank
    @Size(max = 36)
    public String proxySetId;

    @NotEmpty
    @Size(max = 1000)
    public List<@NotNull @Valid ValuationItem> items;
  }

  @Schema(name = "ValuationItem")
  public static class ValuationItem {
    @NotBlank
    @Size(max = 40)
    public String measureCode;

    @NotNull
    @DecimalMin("0")
    @Digits(integer = 15, fraction = 4)
    public BigDecimal quantity;

    @DecimalMin("0")
    @DecimalMax("100")
    @Schema(description = "Percent of the outcome that would have happened anyway")
    public BigDecimal deadweight;

    @DecimalMin("0")
    @DecimalMax("100")
    @Schema(description = "Percent due to others")
    public BigDecimal attribution;

    @DecimalMin("0")
    @DecimalMax("100")
    @Schema(description = "Percent displaced from elsewhere")
    public BigDecimal displacement;

    @DecimalMin("0")
    @DecimalMax("100")
    @Schema(description = "Percent lost over the period")
    public BigDecimal dropOff;
  }

  @Schema(name = "Valuation")
  public static class ValuationResponse {
    public String id;
    public String proxySetId;
    public String proxySetName;
    public String frameworkCode;
    public String edition;
    public int priceYear;
    public String proxySource;
    public boolean illustrative;
    public String currency;

    @Schema(description = "Sum of the terms' values, each rounded to pence half-up")
    public BigDecimal total;

    public List<ValuationTerm> terms;
    public OffsetDateTime createdAt;
  }

  @Schema(
      name = "ValuationTerm",
      description = "value = quantity x valuePerUnit x multiplier x adjustmentFactor")
  public static class ValuationTerm {
    public String measureCode;
    public String measureTitle;
    public String unitLabel;
    public BigDecimal quantity;
    public BigDecimal valuePerUnit;
    public BigDecimal multiplier;

    @Schema(description = "(1-deadweight)(1-attribution)(1-displacement)(1-dropOff); absent when 1")
    public BigDecimal adjustmentFactor;

    @Schema(description = "Absent when the term could not be monetised; note says why")
    public BigDecimal value;

    public String note;
  }
}
