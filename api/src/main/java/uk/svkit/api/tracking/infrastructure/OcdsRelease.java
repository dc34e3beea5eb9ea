package uk.svkit.api.tracking.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.StringWriter;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.svkit.api.framework.application.FrameworkService;
import uk.svkit.api.framework.domain.Measure;
import uk.svkit.api.organisation.application.OrganisationRef;
import uk.svkit.api.organisation.application.OrganisationService;
import uk.svkit.api.platform.json.DateTimes;
import uk.svkit.api.tracking.domain.Commitment;
import uk.svkit.api.tracking.domain.Contract;
import uk.svkit.api.tracking.domain.KpiReturn;
import uk.svkit.api.tracking.domain.Progress;

/**
 * A contract as an OCDS 1.1 release: parties with their org-id identifiers, the award, and the
 * contract with its KPI targets as {@code agreedMetrics} and validated returns as {@code
 * implementation.metrics} (metrics extension), and the social value goals on the tender
 * (sustainability extension). Goals come from the measures' themes, mapped to the extension's open
 * codelist by keyword.
 */
@ApplicationScoped
public class OcdsRelease {
  @Inject OrganisationService organisations;
  @Inject FrameworkService frameworks;
  @Inject Clock clock;

  /** The publisher's registered ocid prefix; contracts without their own ocid get one under it. */
  @Inject
  @ConfigProperty(name = "svkit.ocds.prefix", defaultValue = "ocds-svkit0")
  String prefix;

  public String release(Contract contract, List<KpiReturn> validatedReturns) {
    OffsetDateTime now =
        OffsetDateTime.now(clock)
            .withOffsetSameInstant(ZoneOffset.UTC)
            .truncatedTo(ChronoUnit.SECONDS);
    Map<String, Measure> measures = frameworks.measuresOf(contract.editionId());
    Map<String, String> themes = frameworks.themesOf(contract.editionId());
    OrganisationRef buyer = organisations.reference(contract.ownerOrganisationId()).orElseThrow();
    OrganisationRef supplier =
        organisations.reference(contract.supplierOrganisationId()).orElseThrow();
    String ocid = contract.ocid() != null ? contract.ocid() : prefix + "-" + contract.id();

    JsonArrayBuilder parties =
        Json.createArrayBuilder()
            .add(OcdsPackages.party(buyer, "buyer"))
            .add(OcdsPackages.party(supplier, "supplier"));
    Set<String> partners =
        contract.commitments().stream()
            .map(Commitment::vcfsePartnerId)
            .filter(p -> p != null)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    for (String partnerId : partners) {
      organisations
          .reference(partnerId)
          .ifPresent(p -> parties.add(OcdsPackages.party(p, "interestedParty")));
    }

    Map<String, String> goals = new LinkedHashMap<>();
    for (Commitment k : contract.commitments()) {
      Measure m = measures.get(k.measureCode());
      String theme = themes.getOrDefault(k.measureCode(), "");
      String goal = goal(theme + " " + (m == null ? k.measureCode() : m.title()));
      goals.merge(goal, (m == null ? k.measureCode() : m.title()), (a, b) -> a + "; " + b);
    }
    JsonArrayBuilder sustainability = Json.createArrayBuilder();
    goals.forEach(
        (goal, description) ->
            sustainability.add(
                Json.createObjectBuilder()
                    .add("goal", goal)
                    .add("description", "Social value commitments: " + description)));

    JsonArrayBuilder targets = Json.createArrayBuilder();
    JsonArrayBuilder actuals = Json.createArrayBuilder();
    Map<String, List<KpiReturn>> byCommitment =
        validatedReturns.stream().collect(Collectors.groupingBy(KpiReturn::commitmentId));
    for (Commitment k : contract.commitments()) {
      Measure m = measures.get(k.measureCode());
      String unit = m == null ? k.measureCode() : m.unitLabel();
      String title = k.title() != null ? k.title() : m == null ? k.measureCode() : m.title();
      targets.add(
          Json.createObjectBuilder()
              .add("id", k.id())
              .add("title", title)
              .add(
                  "description",
                  "Measure "
                      + k.measureCode()
                      + "; target "
                      + k.targetQuantity().toPlainString()
                      + " "
                      + unit
                      + " "
                      + k.period().name().toLowerCase(Locale.ROOT).replace('_', ' '))
              .add(
                  "observations",
                  Json.createArrayBuilder()
                      .add(
                          Json.createObjectBuilder()
                              .add("id", k.id() + "-target")
                              .add("measure", Progress.target(contract, k))
                              .add(
                                  "unit",
                                  Json.createObjectBuilder()
                                      .add("name", unit)
                                      .add("scheme", "svkit-measure")
                                      .add("id", k.measureCode()))
                              .add(
                                  "period",
                                  period(
                                      contract.startDate().toString(),
                                      contract.endDate().toString())))));
      List<KpiReturn> reported = byCommitment.getOrDefault(k.id(), List.of());
      if (!reported.isEmpty()) {
        JsonArrayBuilder observations = Json.createArrayBuilder();
        for (KpiReturn r : reported) {
          JsonObjectBuilder observation =
              Json.createObjectBuilder()
                  .add("id", r.id())
                  .add("measure", r.quantity())
                  .add(
                      "unit",
                      Json.createObjectBuilder()
                          .add("name", unit)
                          .add("scheme", "svkit-measure")
                          .add("id", k.measureCode()))
                  .add("period", period(r.periodStart().toString(), r.periodEnd().toString()));
          if (r.narrative() != null && !r.narrative().isBlank()) {
            observation.add("notes", r.narrative());
          }
          observations.add(observation);
        }
        actuals.add(
            Json.createObjectBuilder()
                .add("id", k.id())
                .add("title", title)
                .add("observations", observations));
      }
    }

    JsonObjectBuilder value =
        Json.createObjectBuilder()
            .add("amount", contract.value().amount())
            .add("currency", contract.currency());
    String awardId = "award-" + contract.id();
    JsonObjectBuilder ocdsContract =
        Json.createObjectBuilder()
            .add("id", contract.id())
            .add("awardID", awardId)
            .add("title", contract.title())
            .add("status", "active")
            .add("value", value)
            .add("period", period(contract.startDate().toString(), contract.endDate().toString()));
    if (!contract.commitments().isEmpty()) {
      ocdsContract.add("agreedMetrics", targets);
    }
    List<KpiReturn> any = validatedReturns;
    if (!any.isEmpty()) {
      ocdsContract.add("implementation", Json.createObjectBuilder().add("metrics", actuals));
    }
    JsonObjectBuilder tender =
        Json.createObjectBuilder()
            .add(
                "id", contract.sourceTenderId() != null ? contract.sourceTenderId() : contract.id())
            .add("hasSustainability", !goals.isEmpty());
    if (!goals.isEmpty()) {
      tender.add("sustainability", sustainability);
    }
    JsonObjectBuilder release =
        Json.createObjectBuilder()
            .add("ocid", ocid)
            .add("id", ocid + "-" + now.toEpochSecond())
            .add("date", DateTimes.format(now))
            .add(
                "tag",
                Json.createArrayBuilder()
                    .add("contract")
                    .add(validatedReturns.isEmpty() ? "contractUpdate" : "implementation"))
            .add("initiationType", "tender")
            .add("language", "en")
            .add("parties", parties)
            .add(
                "buyer",
                Json.createObjectBuilder().add("id", buyer.identifier()).add("name", buyer.name()))
            .add("tender", tender)
            .add(
                "awards",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("id", awardId)
                            .add("status", "active")
                            .add(
                                "suppliers",
                                Json.createArrayBuilder()
                                    .add(
                                        Json.createObjectBuilder()
                                            .add("id", supplier.identifier())
                                            .add("name", supplier.name())))
                            .add(
                                "value",
                                Json.createObjectBuilder()
                                    .add("amount", contract.value().amount())
                                    .add("currency", contract.currency()))))
            .add("contracts", Json.createArrayBuilder().add(ocdsContract));
    StringWriter out = new StringWriter();
    Json.createWriter(out).write(release.build());
    return out.toString();
  }

  private static JsonObjectBuilder period(String start, String end) {
    return Json.createObjectBuilder()
        .add("startDate", start + "T00:00:00Z")
        .add("endDate", end + "T23:59:59Z");
  }

  /** The sustainability goal a theme or measure title most plainly belongs to. */
  static String goal(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    if (t.matches(".*(carbon|co2|emission|climate|environment|waste|biodiversity).*")) {
      return "environmental";
    }
    if (t.matches(".*(supply chain|spend|local business|sme).*")) {
      return "economic.localEconomyPromotion";
    }
    if (t.matches(".*(job|employ|fte|apprentic|training|skill).*")) {
      return "economic.formalEmploymentPromotion";
    }
    if (t.matches(".*(innovat).*")) {
      return "innovation";
    }
    return "social";
  }
}
