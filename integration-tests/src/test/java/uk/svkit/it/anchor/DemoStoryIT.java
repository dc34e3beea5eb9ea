package uk.svkit.it.anchor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.svkit.it.support.Clients;
import uk.svkit.it.support.SvkitServer;
import uk.svkit.it.support.Tokens;
import uk.svkit.sdk.SvkitClient;
import uk.svkit.sdk.models.AnchorBenchmark;
import uk.svkit.sdk.models.AnchorBenchmarkIndicator;
import uk.svkit.sdk.models.AnchorCollectiveView;
import uk.svkit.sdk.models.AnchorContractKpis;
import uk.svkit.sdk.models.AnchorDashboard;
import uk.svkit.sdk.models.AnchorPillar;
import uk.svkit.sdk.models.Contract;
import uk.svkit.sdk.models.ContractReturn;
import uk.svkit.sdk.models.Dashboard;
import uk.svkit.sdk.models.Delivery;
import uk.svkit.sdk.models.DeliveryStatus;
import uk.svkit.sdk.models.ListDeliveriesOptions;
import uk.svkit.sdk.models.PublicPartnership;
import uk.svkit.sdk.models.ReturnStatus;

/**
 * The demo configuration's Cheshire & Merseyside story (the test server runs with {@code
 * SVKIT_DEMO=true}): on a fresh start the trust's pillar dashboard, its benchmark against the peer
 * anchors, the framework's collective view and the trust's buyer dashboard all show figures, the
 * STEM partnership shows on the VCFSE's public recognitions with a confirmed value, the trust has
 * progressed between its two self-assessments, and volunteering the supplier pledged to the pantry
 * counts towards the trust's KPI (and pillar P4) because the pantry confirmed it.
 */
class DemoStoryIT extends SvkitServer {
  static final String CM_ANCHOR = "6b2d7c1e-0000-4000-8000-000000000003";
  static final String TRUST = "8f1f3c39-0000-4000-8000-000000000011";
  static final String STEM_CLUB = "8f1f3c39-0000-4000-8000-000000000018";
  static final String SUPPLIER = "8f1f3c39-0000-4000-8000-000000000017";
  static final String PANTRY = "8f1f3c39-0000-4000-8000-000000000006";
  static final String MATURITY_MODEL = "7c3e0a30-0000-4000-8000-000000000001";

  @Test
  void everyDashboardAndBenchmarkShowsFiguresOnAFreshStart() {
    try (SvkitClient trust = Clients.of(endpoint(), Tokens.of("GB-NHS-RZY", "buyer"))) {
      AnchorDashboard dashboard = trust.anchors().getDashboard(CM_ANCHOR, TRUST);
      AnchorPillar purchasing =
          dashboard.getPillars().stream().filter(p -> p.getCode().equals("P1")).findFirst().get();
      assertNotNull(purchasing.getIndicators().get(0).getLatestValidated());
      assertTrue(
          purchasing.getContractKpis().stream()
              .anyMatch(k -> k.getValidatedQuantity().signum() > 0),
          "the contract's local-spend KPI counts towards P1");

      AnchorBenchmark benchmark = trust.anchors().getBenchmark(CM_ANCHOR, TRUST);
      AnchorBenchmarkIndicator localSpend =
          benchmark.getIndicators().stream()
              .filter(i -> i.getIndicatorCode().equals("ANC-P1-LOCAL-SPEND"))
              .findFirst()
              .get();
      assertTrue(localSpend.getPeers().getPeers() >= 5);
      assertNotNull(localSpend.getPeers().getMedian(), "enough peers for a median");

      AnchorCollectiveView collective = trust.anchors().getCollectiveView(CM_ANCHOR);
      assertTrue(
          collective.getIndicators().stream()
              .anyMatch(i -> i.getTotal() != null && i.getTotal().signum() > 0));

      Dashboard buyer = trust.dashboards().getBuyerDashboard();
      assertTrue(buyer.getTotals().getValidatedValue().signum() > 0);
      assertFalse(buyer.getByPeriod().isEmpty());

      assertEquals(2, trust.anchors().getProgression(MATURITY_MODEL).getSteps().size());

      List<PublicPartnership> shown =
          trust.recognitions().getRecognitions(STEM_CLUB).getPartnerships();
      assertEquals(1, shown.size());
      assertTrue(shown.get(0).getDeliveredValue().compareTo(BigDecimal.ZERO) > 0);
    }
  }

  @Test
  void aPledgeConfirmedByTheVcfseCountsTowardsTheTrustsKpi() {
    try (SvkitClient trust = Clients.of(endpoint(), Tokens.of("GB-NHS-RZY", "buyer"));
        SvkitClient pantry = Clients.of(endpoint(), Tokens.of("GB-CHC-1990001", "vcfse"))) {
      // The pantry confirmed the supplier's delivery in full.
      List<Delivery> confirmed =
          pantry.directory().listDeliveries(confirmedBy(ListDeliveriesOptions.Side.VCFSE)).stream()
              .filter(d -> d.getBusinessOrganisationId().equals(SUPPLIER))
              .toList();
      assertEquals(1, confirmed.size());
      assertEquals("PLEDGE", confirmed.get(0).getThrough());
      assertAmount("40", confirmed.get(0).getCountedQuantity());

      // It is a return of the trust contract's volunteering KPI, validated by the trust, showing
      // the pantry's confirmation; the supplier's own quarterly returns carry none.
      Contract contract =
          trust.contracts().listContracts().stream()
              .filter(c -> c.getBuyerContractId().equals("MVH-DEMO-2025-001"))
              .findFirst()
              .get();
      List<ContractReturn> counted =
          trust.contracts().listReturns(contract.getId()).stream()
              .filter(r -> r.getDeliveryConfirmation() != null)
              .toList();
      assertEquals(1, counted.size());
      ContractReturn r = counted.get(0);
      assertEquals(ReturnStatus.VALIDATED, r.getStatus());
      assertAmount("40", r.getQuantity());
      assertEquals(confirmed.get(0).getId(), r.getDeliveryConfirmation().getDeliveryId());
      assertEquals(DeliveryStatus.CONFIRMED, r.getDeliveryConfirmation().getStatus());
      assertEquals(PANTRY, r.getDeliveryConfirmation().getVcfseOrganisationId());

      // So the trust's pillar P4 (working with local partners) shows the confirmed hours.
      AnchorContractKpis volunteering =
          trust.anchors().getDashboard(CM_ANCHOR, TRUST).getPillars().stream()
              .filter(p -> p.getCode().equals("P4"))
              .flatMap(p -> p.getContractKpis().stream())
              .filter(k -> k.getMeasureCode().equals("LM-VOL-01"))
              .findFirst()
              .get();
      assertAmount("40", volunteering.getValidatedQuantity());
    }
  }

  private static ListDeliveriesOptions confirmedBy(ListDeliveriesOptions.Side side) {
    return ListDeliveriesOptions.builder().side(side).status(DeliveryStatus.CONFIRMED).build();
  }

  private static void assertAmount(String expected, BigDecimal actual) {
    assertEquals(
        0,
        new BigDecimal(expected).compareTo(actual),
        () -> "expected " + expected + " but was " + actual);
  }
}
