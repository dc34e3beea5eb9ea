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
  }

  @Schema(name = "FrameworkEdition", description = "An edition's tree: elements nest children and carry their measures")
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
    public List<ElementResponse> children;
    public List<MeasureResponse> measures;
  }

  @Schema(name = "Measure")
  public static class MeasureResponse {
    public String code;
    public String title;

    @Schema(enumeration = {"FTE", "PEOPLE", "HOURS", "WEEKS", "GBP", "TCO2E", "COUNT", "PERCENT", "TEXT"})
    public String unitType;

    public String unitLabel;
    public boolean monetised;
  }

  @Schema(name = "CreateProxySetRequest")
  public static class CreateProxySet {
    @NotBlank @Size(max = 40)
    public String frameworkCode;

    @NotBlank @Size(max = 40)
    public String edition;

    @NotBlank @Size(max = 200)
    public String name;

    @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as GBP")
    public String currency;

    @NotNull @Min(1990) @Max(2100)
    public Integer priceYear;

    @NotBlank @Size(max = 1000)
    @Schema(description = "Where the values come from")
    public String source;

    @NotBlank @Size(max = 1000)
    @Schema(description = "The terms under which the values may be used")
    public String licenceNote;

    @NotEmpty @Size(max = 2000)
    public List<@NotNull @Valid ProxyValueDto> values;
  }

  @Schema(name = "ProxyValue")
  public static class ProxyValueDto {
    @NotBlank @Size(max = 40)
    public String measureCode;

    @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4)
    public BigDecimal valuePerUnit;

    @DecimalMin(value = "0", inclusive = false) @Digits(integer = 6, fraction = 6)
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
    @NotBlank @Size(max = 36)
    public String proxySetId;

    @NotEmpty @Size(max = 1000)
    public List<@NotNull @Valid ValuationItem> items;
  }

  @Schema(name = "ValuationItem")
  public static class ValuationItem {
    @NotBlank @Size(max = 40)
    public String measureCode;

    @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4)
    public BigDecimal quantity;

    @DecimalMin("0") @DecimalMax("100") @Schema(description = "Percent of the outcome that would have happened anyway")
    public BigDecimal deadweight;

    @DecimalMin("0") @DecimalMax("100") @Schema(description = "Percent due to others")
    public BigDecimal attribution;

    @DecimalMin("0") @DecimalMax("100") @Schema(description = "Percent displaced from elsewhere")
    public BigDecimal displacement;

    @DecimalMin("0") @DecimalMax("100") @Schema(description = "Percent lost over the period")
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

  @Schema(name = "ValuationTerm", description = "value = quantity x valuePerUnit x multiplier x adjustmentFactor")
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
