package uk.svkit.it.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.svkit.it.support.Clients;
import uk.svkit.it.support.SvkitServer;
import uk.svkit.it.support.Tokens;
import uk.svkit.sdk.SvkitClient;
import uk.svkit.sdk.models.CommitmentPeriod;
import uk.svkit.sdk.models.Contract;
import uk.svkit.sdk.models.ContractCommitmentInput;
import uk.svkit.sdk.models.CreateContractOptions;
import uk.svkit.sdk.models.FrameworkEdition;
import uk.svkit.sdk.models.FrameworkElement;
import uk.svkit.sdk.models.FrameworkElementKind;
import uk.svkit.sdk.models.Measure;
import uk.svkit.sdk.models.ReportingFrequency;

/**
 * The national catalogue as shipped data: PPN 002 and PPN 06/20 read back through the SDK with a
 * source on every element and measure, notes that state completeness against the published counts,
 * and the bespoke flag on measures and on the KPIs that use them.
 */
class NationalCatalogueIT extends SvkitServer {
  private static final String WIRRAL = "GB-LAE-WRL";
  private static final String SUPPLIER_ID = "8f1f3c39-0000-4000-8000-000000000004";
  private SvkitClient buyer;

  @BeforeEach
  void connect() {
    buyer = Clients.of(endpoint(), Tokens.of(WIRRAL, "buyer"));
  }

  @AfterEach
  void close() {
    buyer.close();
  }

  private static List<FrameworkElement> flatten(List<FrameworkElement> elements) {
    List<FrameworkElement> all = new ArrayList<>();
    for (FrameworkElement e : elements) {
      all.add(e);
      all.addAll(flatten(e.getChildren()));
    }
    return all;
  }

  private static List<Measure> measuresOf(FrameworkEdition edition) {
    List<Measure> all = new ArrayList<>(edition.getMeasures());
    flatten(edition.getElements()).forEach(e -> all.addAll(e.getMeasures()));
    return all;
  }

  /** Every element and measure of a shipped national edition cites a source; no SRM is bespoke. */
  private static void assertSourced(FrameworkEdition edition) {
    for (FrameworkElement e : flatten(edition.getElements())) {
      assertNotNull(e.getSource(), e.getCode());
      assertFalse(e.getSource().isBlank(), e.getCode());
    }
    for (Measure m : measuresOf(edition)) {
      assertNotNull(m.getSource(), m.getCode());
      assertFalse(m.isBespoke(), m.getCode() + " is a national metric");
    }
    assertNotNull(edition.getSource());
  }

  @Test
  void ppn002ShipsItsFiveMissionsAndEightOutcomesWithSourcesAndHonestNotes() {
    FrameworkEdition model = buyer.frameworks().getFrameworkEdition("PPN002", "2025-02");

    assertEquals(
        List.of(
            "Kick start economic growth",
            "Make Britain a clean energy superpower",
            "Take back our streets",
            "Break down barriers to opportunity",
            "Build an NHS fit for the future"),
        model.getElements().stream().map(FrameworkElement::getTitle).toList());
    Map<String, List<String>> outcomesByMission =
        model.getElements().stream()
            .collect(
                Collectors.toMap(
                    FrameworkElement::getCode,
                    m -> m.getChildren().stream().map(FrameworkElement::getCode).toList()));
    assertEquals(
        List.of("Outcome 1", "Outcome 2", "Outcome 3"), outcomesByMission.get("Mission 1"));
    assertEquals(List.of("Outcome 4"), outcomesByMission.get("Mission 2"));
    assertEquals(List.of("Outcome 5"), outcomesByMission.get("Mission 3"));
    assertEquals(List.of("Outcome 6", "Outcome 7"), outcomesByMission.get("Mission 4"));
    assertEquals(List.of("Outcome 8"), outcomesByMission.get("Mission 5"));
    FrameworkElement fairWork = model.getElements().get(0).getChildren().get(0);
    assertEquals(
        List.of("1a", "1b", "1c", "1d"),
        fairWork.getChildren().stream().map(FrameworkElement::getCode).toList());
    assertTrue(
        fairWork.getChildren().stream()
            .allMatch(mac -> mac.getKind() == FrameworkElementKind.CRITERION));

    assertSourced(model);
    // The Standard Reporting Metrics could not be sourced: the edition says so instead of
    // shipping invented ones.
    assertTrue(model.getNotes().contains("Standard Reporting Metrics: 0 of 33"), model.getNotes());
    assertTrue(model.getNotes().contains("1e"), "the truncated MAC is named in the notes");
  }

  @Test
  void ppn0620ShipsItsThemesOutcomesAndTheMacsASourceGivesInFull() {
    FrameworkEdition model = buyer.frameworks().getFrameworkEdition("PPN0620", "2020-12");

    assertEquals(5, model.getElements().size());
    List<FrameworkElement> all = flatten(model.getElements());
    assertEquals(8, all.stream().filter(e -> e.getKind() == FrameworkElementKind.OUTCOME).count());
    FrameworkElement disabilityGap =
        all.stream().filter(e -> e.getCode().equals("Outcome 4.1")).findFirst().orElseThrow();
    assertEquals(
        List.of("MAC 5.1", "MAC 5.2"),
        disabilityGap.getChildren().stream().map(FrameworkElement::getCode).toList());

    assertSourced(model);
    assertTrue(model.getNotes().contains("Reporting metrics: 0 of 52"), model.getNotes());
  }

  @Test
  void measuresThatSvkitOrABuyerDefineAreMarkedBespokeOnTheMeasureAndOnTheKpi() {
    FrameworkEdition local = buyer.frameworks().getFrameworkEdition("SVK-LOCAL", "1");
    for (Measure m : measuresOf(local)) {
      assertTrue(m.isBespoke(), m.getCode());
      assertNotNull(m.getSource(), m.getCode());
    }

    Contract contract =
        buyer
            .contracts()
            .createContract(
                CreateContractOptions.builder()
                    .buyerContractId("CAT-" + System.nanoTime())
                    .title("Catalogue check: bespoke KPI")
                    .supplierOrganisationId(SUPPLIER_ID)
                    .value(new BigDecimal("250000"))
                    .startDate(LocalDate.of(2026, 1, 1))
                    .endDate(LocalDate.of(2026, 12, 31))
                    .placesServed(List.of("E08000015"))
                    .frameworkCode("SVK-LOCAL")
                    .edition("1")
                    .addCommitment(
                        ContractCommitmentInput.builder("LM-VOL-01", new BigDecimal("200"))
                            .period(CommitmentPeriod.WHOLE_CONTRACT)
                            .reportingFrequency(ReportingFrequency.ANNUALLY)
                            .build())
                    .build());

    assertEquals(Boolean.TRUE, contract.getCommitments().get(0).isMeasureBespoke());
    assertEquals(
        Boolean.TRUE,
        buyer.contracts().getContract(contract.getId()).getCommitments().get(0).isMeasureBespoke());
  }
}
