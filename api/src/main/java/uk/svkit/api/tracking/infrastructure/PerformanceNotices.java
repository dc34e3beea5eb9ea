package uk.svkit.api.tracking.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.svkit.api.framework.application.FrameworkService;
import uk.svkit.api.framework.domain.Measure;
import uk.svkit.api.organisation.application.OrganisationRef;
import uk.svkit.api.organisation.application.OrganisationService;
import uk.svkit.api.platform.csv.Csv;
import uk.svkit.api.platform.json.DateTimes;
import uk.svkit.api.tracking.domain.Commitment;
import uk.svkit.api.tracking.domain.Contract;
import uk.svkit.api.tracking.domain.PerformanceAssessment;
import uk.svkit.api.tracking.domain.Progress;
import uk.svkit.api.tracking.domain.Rating;

/**
 * The Procurement Act notices as Find a Tender takes them: the Contract Details Notice's KPIs and
 * each published Contract Performance Notice as OCDS 1.1 releases with the metrics extension and
 * the UK extension (cabinetoffice/ocds_uk_extension: {@code Observation.measureClassification} for
 * the KPI rating, {@code implementationNotice} documents, {@code PerformanceFailure} with its
 * suppliers), and the notice's fields as CSV for entering by hand.
 */
@ApplicationScoped
public class PerformanceNotices {
  /** The UK extension's KPI rating codes, one per statutory rating. */
  public static final Map<Rating, String> UK_RATING_CODES =
      Map.of(
          Rating.GOOD, "met",
          Rating.APPROACHING_TARGET, "slightlyBelow",
          Rating.REQUIRES_IMPROVEMENT, "below",
          Rating.INADEQUATE, "significantlyBelow",
          Rating.OTHER, "other");

  /** The ratings as the Act and Find a Tender word them. */
  public static final Map<Rating, String> RATING_LABELS =
      Map.of(
          Rating.GOOD, "Good",
          Rating.APPROACHING_TARGET, "Approaching target",
          Rating.REQUIRES_IMPROVEMENT, "Requires improvement",
          Rating.INADEQUATE, "Inadequate",
          Rating.OTHER, "Other");

  @Inject OrganisationService organisations;
  @Inject FrameworkService frameworks;

  @Inject
  @ConfigProperty(name = "svkit.ocds.prefix", defaultValue = "ocds-svkit0")
  String prefix;

  public String ocid(Contract contract) {
    return contract.ocid() != null ? contract.ocid() : prefix + "-" + contract.id();
  }

  /**
   * The Contract Details Notice's KPIs: the most material KPIs in force as {@code agreedMetrics},
   * each with its whole-contract target. The release id changes only when the contract does.
   */
  public String contractDetailsKpis(Contract contract, List<Commitment> material) {
    Map<String, Measure> measures = frameworks.measuresOf(contract.editionId());
    JsonArrayBuilder metrics = Json.createArrayBuilder();
    for (Commitment k : material) {
      Measure m = measures.get(k.measureCode());
      metrics.add(
          Json.createObjectBuilder()
              .add("id", k.id())
              .add("title", title(k, m))
              .add(
                  "description",
                  "Target "
                      + k.targetQuantity().stripTrailingZeros().toPlainString()
                      + " "
                      + unit(k, m)
                      + " ("
                      + k.period().name()
                      + "), measure "
                      + k.measureCode())
              .add(
                  "observations",
                  Json.createArrayBuilder()
                      .add(
                          Json.createObjectBuilder()
                              .add("id", k.id() + "-target")
                              .add("measure", Progress.target(contract, k))
                              .add("unit", unitObject(k, m))
                              .add("period", period(k.effectiveFrom(), k.lastDay())))));
    }
    JsonObjectBuilder ocdsContract = contractObject(contract);
    if (material.isEmpty()) {
      ocdsContract.add(
          "noAgreedMetricsRationale",
          contract.kpiRequired()
              ? "The most material KPIs have not been chosen yet."
              : "The contract is not above £5m, so KPIs need not be published.");
    } else {
      ocdsContract.add("agreedMetrics", metrics);
    }
    return write(
        release(contract, ocid(contract) + "-cdn-" + contract.version(), "contract")
            .add("date", DateTimes.format(contract.updatedAt()))
            .add("contracts", Json.createArrayBuilder().add(ocdsContract)));
  }

  /**
   * A published Contract Performance Notice: each KPI's delivery in the period as an observation
   * rated with the UK extension's {@code measureClassification}, the period's performance failures,
   * and the notice itself as an {@code implementationNotice} document. Its release id is the
   * assessment's, which never changes once published.
   */
  public String performanceNotice(Contract contract, PerformanceAssessment a) {
    OrganisationRef supplier =
        organisations.reference(contract.supplierOrganisationId()).orElseThrow();
    JsonArrayBuilder metrics = Json.createArrayBuilder();
    for (PerformanceAssessment.AssessedKpi k : a.kpis()) {
      JsonObjectBuilder classification =
          Json.createObjectBuilder()
              .add("id", UK_RATING_CODES.get(k.rating()))
              .add("description", RATING_LABELS.get(k.rating()));
      JsonObjectBuilder observation =
          Json.createObjectBuilder()
              .add("id", a.id() + "-" + k.commitmentId())
              .add("period", period(a.periodStart(), a.periodEnd()))
              .add("measure", k.delivered())
              .add(
                  "unit",
                  Json.createObjectBuilder()
                      .add("name", k.unit() == null ? k.measureCode() : k.unit())
                      .add("scheme", "svkit-measure")
                      .add("id", k.measureCode()))
              .add("measureClassification", classification);
      StringBuilder notes =
          new StringBuilder("Expected in the period ")
              .append(k.expected().stripTrailingZeros().toPlainString());
      if (k.overridden()) {
        notes
            .append(". Rated ")
            .append(RATING_LABELS.get(k.rating()))
            .append(" instead of the proposed ")
            .append(RATING_LABELS.get(k.proposedRating()))
            .append(": ")
            .append(k.overrideReason());
      }
      observation.add("notes", notes.toString());
      metrics.add(
          Json.createObjectBuilder()
              .add("id", k.commitmentId())
              .add("title", k.title())
              .add("observations", Json.createArrayBuilder().add(observation)));
    }
    JsonObjectBuilder implementation = Json.createObjectBuilder().add("metrics", metrics);
    if (!a.failures().isEmpty()) {
      JsonArrayBuilder failures = Json.createArrayBuilder();
      for (PerformanceAssessment.ReportedFailure f : a.failures()) {
        failures.add(
            Json.createObjectBuilder()
                .add("id", f.failureId())
                .add("period", period(f.occurredOn(), f.occurredOn()))
                .add("category", f.commitmentId() == null ? "contract" : "kpi")
                .add("requirement", requirement(a, f))
                .add("description", failureText(f))
                .add(
                    "suppliers",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("id", supplier.identifier())
                                .add("name", supplier.name()))));
      }
      implementation.add("performanceFailures", failures);
    }
    JsonObjectBuilder document =
        Json.createObjectBuilder()
            .add("id", "cpn-" + a.id())
            .add("documentType", "implementationNotice")
            .add(
                "title",
                (a.kind() == PerformanceAssessment.Kind.TERMINATION
                        ? "Contract Performance Notice on termination, "
                        : "Contract Performance Notice, ")
                    + a.periodStart()
                    + " to "
                    + a.periodEnd())
            .add("datePublished", DateTimes.format(a.publishedAt()));
    if (a.narrative() != null && !a.narrative().isBlank()) {
      document.add("description", a.narrative());
    }
    implementation.add("documents", Json.createArrayBuilder().add(document));
    JsonObjectBuilder ocdsContract = contractObject(contract).add("implementation", implementation);
    String tag = a.kind() == PerformanceAssessment.Kind.TERMINATION ? "contractTermination" : null;
    JsonObjectBuilder release =
        release(contract, ocid(contract) + "-cpn-" + a.id(), "implementation")
            .add("date", DateTimes.format(a.publishedAt()))
            .add("contracts", Json.createArrayBuilder().add(ocdsContract));
    if (tag != null) {
      release.add("tag", Json.createArrayBuilder().add("implementation").add(tag));
    }
    return write(release);
  }

  /** The fields of a published notice, one row per KPI and per failure, for entry by hand. */
  public static String performanceNoticeCsv(Contract contract, PerformanceAssessment a) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        List.of(
            "record",
            "contractId",
            "buyerContractId",
            "periodStart",
            "periodEnd",
            "noticeKind",
            "reference",
            "title",
            "mostMaterial",
            "expected",
            "delivered",
            "unit",
            "proposedRating",
            "rating",
            "ratingExplanation",
            "occurredOn",
            "remedy",
            "status"));
    String start = a.periodStart().toString();
    String end = a.periodEnd().toString();
    for (PerformanceAssessment.AssessedKpi k : a.kpis()) {
      rows.add(
          List.of(
              "KPI",
              contract.id(),
              contract.buyerContractId(),
              start,
              end,
              a.kind().name(),
              k.commitmentId(),
              k.title(),
              Boolean.toString(k.mostMaterial()),
              plain(k.expected()),
              plain(k.delivered()),
              k.unit() == null ? "" : k.unit(),
              RATING_LABELS.get(k.proposedRating()),
              RATING_LABELS.get(k.rating()),
              k.overrideReason() == null ? "" : k.overrideReason(),
              "",
              "",
              ""));
    }
    for (PerformanceAssessment.ReportedFailure f : a.failures()) {
      rows.add(
          List.of(
              "FAILURE",
              contract.id(),
              contract.buyerContractId(),
              start,
              end,
              a.kind().name(),
              f.commitmentId() == null ? "" : f.commitmentId(),
              f.description(),
              "",
              "",
              "",
              "",
              "",
              "",
              "",
              f.occurredOn().toString(),
              f.remedy() == null ? "" : f.remedy(),
              f.status().name()));
    }
    rows.add(
        List.of(
            "NARRATIVE",
            contract.id(),
            contract.buyerContractId(),
            start,
            end,
            a.kind().name(),
            a.id(),
            a.narrative() == null ? "" : a.narrative(),
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            a.status().name()));
    return Csv.write(rows);
  }

  private JsonObjectBuilder release(Contract contract, String id, String tag) {
    OrganisationRef buyer = organisations.reference(contract.ownerOrganisationId()).orElseThrow();
    OrganisationRef supplier =
        organisations.reference(contract.supplierOrganisationId()).orElseThrow();
    return Json.createObjectBuilder()
        .add("ocid", ocid(contract))
        .add("id", id)
        .add("tag", Json.createArrayBuilder().add(tag))
        .add("initiationType", "tender")
        .add("language", "en")
        .add(
            "parties",
            Json.createArrayBuilder()
                .add(OcdsPackages.party(buyer, "buyer"))
                .add(OcdsPackages.party(supplier, "supplier")))
        .add(
            "buyer",
            Json.createObjectBuilder().add("id", buyer.identifier()).add("name", buyer.name()))
        .add(
            "awards",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("id", "award-" + contract.id())
                        .add("status", "active")
                        .add(
                            "suppliers",
                            Json.createArrayBuilder()
                                .add(
                                    Json.createObjectBuilder()
                                        .add("id", supplier.identifier())
                                        .add("name", supplier.name())))));
  }

  private static JsonObjectBuilder contractObject(Contract contract) {
    return Json.createObjectBuilder()
        .add("id", contract.id())
        .add("awardID", "award-" + contract.id())
        .add("title", contract.title())
        .add("status", contract.terminated() ? "terminated" : "active")
        .add(
            "value",
            Json.createObjectBuilder()
                .add("amount", contract.value().amount())
                .add("currency", contract.currency()))
        .add("period", period(contract.startDate(), contract.lastDay()))
        .add("aboveThreshold", contract.kpiRequired());
  }

  private static JsonObjectBuilder period(java.time.LocalDate start, java.time.LocalDate end) {
    return Json.createObjectBuilder()
        .add("startDate", start + "T00:00:00Z")
        .add("endDate", end + "T23:59:59Z");
  }

  private static String requirement(
      PerformanceAssessment a, PerformanceAssessment.ReportedFailure f) {
    if (f.commitmentId() == null) {
      return "The contract";
    }
    return a.kpis().stream()
        .filter(k -> k.commitmentId().equals(f.commitmentId()))
        .map(k -> "KPI: " + k.title())
        .findFirst()
        .orElse("KPI " + f.commitmentId());
  }

  private static String failureText(PerformanceAssessment.ReportedFailure f) {
    return f.description()
        + (f.remedy() == null || f.remedy().isBlank() ? "" : " Remedy: " + f.remedy())
        + " Status: "
        + f.status().name().toLowerCase(java.util.Locale.ROOT)
        + ".";
  }

  private static String title(Commitment k, Measure m) {
    return k.title() != null ? k.title() : m == null ? k.measureCode() : m.title();
  }

  private static String unit(Commitment k, Measure m) {
    return m == null ? k.measureCode() : m.unitLabel();
  }

  private static JsonObjectBuilder unitObject(Commitment k, Measure m) {
    return Json.createObjectBuilder()
        .add("name", unit(k, m))
        .add("scheme", "svkit-measure")
        .add("id", k.measureCode());
  }

  private static String plain(BigDecimal d) {
    return d == null ? "" : d.stripTrailingZeros().toPlainString();
  }

  private static String write(JsonObjectBuilder release) {
    StringWriter out = new StringWriter();
    Json.createWriter(out).write(release.build());
    return out.toString();
  }
}
