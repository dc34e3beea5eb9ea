package uk.svkit.it.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.svkit.it.support.Clients;
import uk.svkit.it.support.SvkitServer;
import uk.svkit.it.support.Tokens;
import uk.svkit.it.support.WebhookReceiver;
import uk.svkit.sdk.SvkitClient;
import uk.svkit.sdk.WebhookVerifier;
import uk.svkit.sdk.exception.ConflictException;
import uk.svkit.sdk.models.BulkReturnItem;
import uk.svkit.sdk.models.Contract;
import uk.svkit.sdk.models.ContractCommitmentInput;
import uk.svkit.sdk.models.ContractReturn;
import uk.svkit.sdk.models.CorrectReturnOptions;
import uk.svkit.sdk.models.CreateContractOptions;
import uk.svkit.sdk.models.CreateOrganisationOptions;
import uk.svkit.sdk.models.Event;
import uk.svkit.sdk.models.Organisation;
import uk.svkit.sdk.models.OrganisationRole;
import uk.svkit.sdk.models.ReportingFrequency;
import uk.svkit.sdk.models.SubmitReturnOptions;
import uk.svkit.sdk.models.WebhookOptions;
import uk.svkit.sdk.models.WebhookSubscription;

/**
 * What a contract-management system needs to chase a supplier's late return, as signed webhooks:
 * the contract, every step of a return, the rating it changes, and the periods that fall due and
 * overdue. Time is driven by the data (a contract that started 75 days ago has ended periods) and
 * the IT server's 2-second schedule, not by sleeping through real periods.
 */
class ReturnEventsIT extends SvkitServer {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final int GRACE_DAYS = 30;
  private static final int LOOKBACK_DAYS = 30;
  private static final List<String> TYPES =
      List.of(
          "uk.svkit.contract.created",
          "uk.svkit.return.submitted",
          "uk.svkit.return.validated",
          "uk.svkit.return.rejected",
          "uk.svkit.return.corrected",
          "uk.svkit.return.due",
          "uk.svkit.return.overdue",
          "uk.svkit.kpi.rating_changed");

  private final List<AutoCloseable> closing = new ArrayList<>();

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable c : closing) {
      c.close();
    }
  }

  @Test
  void theBuyerAndTheSupplierLearnEverythingNeededToChaseALateReturn() throws Exception {
    SvkitClient admin = client(Tokens.admin());
    Organisation buyerOrg = organisation(admin, "Events council", OrganisationRole.BUYER);
    Organisation supplierOrg = organisation(admin, "Events supplier", OrganisationRole.SUPPLIER);
    SvkitClient buyer = client(Tokens.of(buyerOrg.getIdentifier(), "contract-manager"));
    SvkitClient supplier = client(Tokens.of(supplierOrg.getIdentifier(), "supplier"));
    WebhookReceiver buyerSystem = receiver();
    WebhookReceiver supplierSystem = receiver();
    WebhookVerifier toBuyer = verifier(subscribe(buyer, buyerSystem));
    WebhookVerifier toSupplier = verifier(subscribe(supplier, supplierSystem));

    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    LocalDate start = today.minusDays(75);
    Contract contract =
        buyer
            .contracts()
            .createContract(
                CreateContractOptions.builder()
                    .buyerContractId(unique("EVT-C").replace(' ', '-'))
                    .title("Events contract")
                    .supplierOrganisationId(supplierOrg.getId())
                    .value(new BigDecimal("500000"))
                    .startDate(start)
                    .endDate(start.plusYears(1).minusDays(1))
                    .frameworkCode("SVK-LOCAL")
                    .edition("1")
                    .proxySetId("f274eec2-15a5-55a8-b0ed-d650872afa14")
                    .addCommitment(kpi("Volunteering hours"))
                    .addCommitment(kpi("Mentoring hours"))
                    .build());
    String kpi1 = contract.getCommitments().get(0).getId();
    String kpi2 = contract.getCommitments().get(1).getId();
    Event created = awaitEvent(buyerSystem, toBuyer, about(contract, "uk.svkit.contract.created"));
    assertEquals(contract.getBuyerContractId(), created.getData().get("buyerContractId"));
    awaitEvent(supplierSystem, toSupplier, about(contract, "uk.svkit.contract.created"));

    List<LocalDate[]> periods = monthlyPeriods(start, start.plusYears(1).minusDays(1));
    LocalDate[] first = periods.get(0);
    LocalDate[] second = periods.get(1);

    // KPI 2 reports the second period; KPI 1 reports nothing yet.
    ContractReturn r2 =
        supplier.contracts().submitReturn(contract.getId(), kpi2, period(second, "400"));
    Event submitted =
        awaitEvent(buyerSystem, toBuyer, about(contract, "uk.svkit.return.submitted"));
    assertEquals(r2.getId(), submitted.getData().get("returnId"));
    assertEquals(second[0].toString(), submitted.getData().get("periodStart"));

    // A bulk request that fails (KPI 2's second period already has a live return) stores nothing
    // and so tells nothing: no event for KPI 1's second period.
    assertThrows(
        ConflictException.class,
        () ->
            supplier
                .contracts()
                .submitReturns(
                    List.of(
                        BulkReturnItem.of(contract.getId(), kpi1, period(second, "5")),
                        BulkReturnItem.of(contract.getId(), kpi2, period(second, "5")))));

    // The buyer validates: the KPI's rating moves from Inadequate (nothing validated) up.
    ContractReturn validated =
        buyer.contracts().validateReturn(buyer.contracts().getReturn(contract.getId(), r2.getId()));
    awaitEvent(supplierSystem, toSupplier, about(contract, "uk.svkit.return.validated"));
    Event rating = awaitEvent(buyerSystem, toBuyer, about(contract, "uk.svkit.kpi.rating_changed"));
    assertEquals(kpi2, rating.getData().get("commitmentId"));
    assertEquals("INADEQUATE", rating.getData().get("previousRating"));
    assertFalse("INADEQUATE".equals(rating.getData().get("rating")));

    ContractReturn corrected =
        supplier
            .contracts()
            .correctReturn(validated, CorrectReturnOptions.builder(new BigDecimal("401")).build());
    Event correction =
        awaitEvent(buyerSystem, toBuyer, about(contract, "uk.svkit.return.corrected"));
    assertEquals(corrected.getId(), correction.getData().get("returnId"));
    assertEquals(r2.getId(), correction.getData().get("supersedesReturnId"));
    buyer.contracts().rejectReturn(corrected, "No evidence attached");
    Event rejected =
        awaitEvent(supplierSystem, toSupplier, about(contract, "uk.svkit.return.rejected"));
    assertEquals("No evidence attached", rejected.getData().get("reason"));

    // Due and overdue, from the schedule, for exactly the periods the rules name.
    Set<String> expected = new TreeSet<>();
    for (String kpi : List.of(kpi1, kpi2)) {
      for (LocalDate[] p : List.of(first, second)) {
        // KPI 2's second period had a live return until the rejection, which may come after the
        // scheduler's run: it is left out of the comparison.
        if (kpi.equals(kpi2) && p == second) {
          continue;
        }
        LocalDate dueOn = p[1].plusDays(GRACE_DAYS);
        if (p[1].isBefore(today) && !p[1].isBefore(today.minusDays(LOOKBACK_DAYS))) {
          expected.add("uk.svkit.return.due " + kpi + " " + p[0]);
        }
        if (today.isAfter(dueOn) && !dueOn.isBefore(today.minusDays(LOOKBACK_DAYS))) {
          expected.add("uk.svkit.return.overdue " + kpi + " " + p[0]);
        }
      }
    }
    assertTrue(
        expected.stream().anyMatch(e -> e.contains(".due ")),
        "the contract's dates give a due period");
    assertTrue(expected.stream().anyMatch(e -> e.contains(".overdue ")), "and an overdue one");
    Predicate<Event> deadline =
        e ->
            e.getType().equals("uk.svkit.return.due")
                || e.getType().equals("uk.svkit.return.overdue");
    for (String e : expected) {
      String[] parts = e.split(" ");
      awaitEvent(
          supplierSystem,
          toSupplier,
          ev ->
              ev.getType().equals(parts[0])
                  && parts[1].equals(ev.getData().get("commitmentId"))
                  && parts[2].equals(ev.getData().get("periodStart")));
    }
    Thread.sleep(4000); // two more scheduler runs: nothing is emitted twice
    Set<String> got = new TreeSet<>();
    List<String> all = new ArrayList<>();
    for (WebhookReceiver.Received r : buyerSystem.received()) {
      Event ev = toBuyer.verify(r.headers(), r.body());
      if (deadline.test(ev) && contract.getId().equals(ev.getData().get("contractId"))) {
        String key =
            ev.getType()
                + " "
                + ev.getData().get("commitmentId")
                + " "
                + ev.getData().get("periodStart");
        all.add(key);
        got.add(key);
      }
    }
    got.removeIf(k -> k.contains(kpi2 + " " + second[0]));
    assertEquals(expected, got);
    assertEquals(all.size(), new TreeSet<>(all).size(), "each occurrence once: " + all);

    // The failed bulk request left no trace in the feed either.
    assertTrue(
        buyer.events().listEvents().stream()
            .noneMatch(
                e ->
                    e.getType().equals("uk.svkit.return.submitted")
                        && kpi1.equals(e.getData().get("commitmentId"))));
  }

  private static List<LocalDate[]> monthlyPeriods(LocalDate contractStart, LocalDate contractEnd) {
    List<LocalDate[]> periods = new ArrayList<>();
    LocalDate s = contractStart;
    while (!s.isAfter(contractEnd)) {
      LocalDate e = s.plusMonths(1).minusDays(1);
      periods.add(new LocalDate[] {s, e.isAfter(contractEnd) ? contractEnd : e});
      s = e.plusDays(1);
    }
    return periods;
  }

  private static ContractCommitmentInput kpi(String title) {
    return ContractCommitmentInput.builder("LM-VOL-01", new BigDecimal("730"))
        .title(title)
        .reportingFrequency(ReportingFrequency.MONTHLY)
        .build();
  }

  private static SubmitReturnOptions period(LocalDate[] p, String quantity) {
    return SubmitReturnOptions.builder(p[0], p[1], new BigDecimal(quantity)).build();
  }

  private static Predicate<Event> about(Contract contract, String type) {
    return e -> type.equals(e.getType()) && contract.getId().equals(e.getData().get("contractId"));
  }

  private static Event awaitEvent(
      WebhookReceiver receiver, WebhookVerifier verifier, Predicate<Event> test)
      throws InterruptedException {
    WebhookReceiver.Received r =
        receiver.await(x -> test.test(verifier.verify(x.headers(), x.body())), 1, WAIT).get(0);
    return verifier.verify(r.headers(), r.body());
  }

  private static WebhookVerifier verifier(WebhookSubscription s) {
    return WebhookVerifier.create(s.getSecret());
  }

  private static WebhookSubscription subscribe(SvkitClient client, WebhookReceiver receiver) {
    return client
        .webhooks()
        .createWebhook(WebhookOptions.builder().url(receiver.url()).eventTypes(TYPES).build());
  }

  private Organisation organisation(SvkitClient admin, String name, OrganisationRole role) {
    return admin
        .organisations()
        .createOrganisation(
            CreateOrganisationOptions.builder()
                .name(unique(name))
                .roles(role)
                .identifier(uniqueCompanyIdentifier())
                .build());
  }

  private WebhookReceiver receiver() throws Exception {
    WebhookReceiver receiver = new WebhookReceiver();
    closing.add(receiver);
    return receiver;
  }

  private SvkitClient client(String token) {
    SvkitClient client = Clients.of(endpoint(), token);
    closing.add(client);
    return client;
  }
}
