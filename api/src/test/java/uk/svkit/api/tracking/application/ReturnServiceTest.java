package uk.svkit.api.tracking.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.svkit.api.organisation.application.OrganisationService;
import uk.svkit.api.organisation.domain.OrganisationRole;
import uk.svkit.api.platform.events.EventTypes;
import uk.svkit.api.platform.money.Money;
import uk.svkit.api.platform.problem.ProblemException;
import uk.svkit.api.platform.problem.ProblemType;
import uk.svkit.api.platform.security.Caller;
import uk.svkit.api.platform.security.Roles;
import uk.svkit.api.servicetest.ServiceTest;
import uk.svkit.api.servicetest.Services;
import uk.svkit.api.servicetest.TestClock;
import uk.svkit.api.tracking.domain.Commitment;
import uk.svkit.api.tracking.domain.KpiReturn;
import uk.svkit.api.tracking.domain.Rating;
import uk.svkit.api.tracking.domain.ReportingFrequency;
import uk.svkit.api.tracking.domain.ReturnStatus;
import uk.svkit.api.tracking.domain.TargetPeriod;

/**
 * The life cycle of returns through {@link ReturnService} and its effect on the totals that
 * progress, ratings and dashboards read: a 2026 grounds contract with one KPI, 400 volunteering
 * hours over the year, reported quarterly and valued at the bundled illustrative £15 an hour.
 */
@ServiceTest
class ReturnServiceTest {
  static final String ILLUSTRATIVE_VALUES = "f274eec2-15a5-55a8-b0ed-d650872afa14";
  static final LocalDate Q1 = LocalDate.of(2026, 1, 1);
  static final LocalDate Q2 = LocalDate.of(2026, 4, 1);

  @Inject ReturnService returns;
  @Inject ContractService contracts;
  @Inject ProgressService progress;
  @Inject ContractValueService values;
  @Inject OrganisationService organisations;
  @Inject TestClock clock;

  Caller buyer;
  Caller supplier;
  String contractId;
  String kpiId;

  @BeforeEach
  void aContractWithOneKpi() {
    clock.set("2026-04-10T09:00:00Z");
    String buyerId = Services.organisation(organisations, "Council", OrganisationRole.BUYER);
    String supplierId =
        Services.organisation(organisations, "Grounds Ltd", OrganisationRole.SUPPLIER);
    buyer = Services.user(buyerId, Roles.BUYER);
    supplier = Services.user(supplierId, Roles.SUPPLIER);
    var created =
        Services.as(
            buyer,
            () ->
                contracts.create(
                    new ContractService.NewContract(
                        supplierId,
                        "C-" + buyerId,
                        null,
                        "Grounds maintenance",
                        new Money(new BigDecimal("100000"), "GBP"),
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 12, 31),
                        Set.of(),
                        "SVK-LOCAL",
                        "1",
                        ILLUSTRATIVE_VALUES,
                        List.of(volunteeringHours("400")))));
    contractId = created.contract().id();
    kpiId = created.contract().commitments().get(0).id();
  }

  static ContractService.NewCommitment volunteeringHours(String target) {
    return new ContractService.NewCommitment(
        "LM-VOL-01",
        null,
        new BigDecimal(target),
        TargetPeriod.WHOLE_CONTRACT,
        ReportingFrequency.QUARTERLY,
        null,
        null,
        null,
        Commitment.Adjustments.NONE);
  }

  private ReturnService.NewReturn quarter(LocalDate start, String hours) {
    return new ReturnService.NewReturn(
        contractId,
        kpiId,
        start,
        start.plusMonths(3).minusDays(1),
        new BigDecimal(hours),
        "Hours volunteered",
        List.of());
  }

  private KpiReturn submit(Caller as, ReturnService.NewReturn... given) {
    return Services.as(as, () -> returns.submitAll(List.of(given), "returns")).get(0);
  }

  /** The KPI's progress as the buyer reads it on the clock's date. */
  private CommitmentProgressView kpi() {
    return Services.as(
            buyer,
            () ->
                progress.progress(
                    contractId, LocalDate.ofInstant(clock.instant(), clock.getZone())))
        .commitments()
        .get(0);
  }

  private List<KpiReturn> history() {
    return Services.as(buyer, () -> returns.list(contractId, kpiId, null, null, null, 100));
  }

  private static ProblemException refused(ProblemType type, Runnable call) {
    ProblemException problem = assertThrows(ProblemException.class, call::run);
    assertEquals(type, problem.type(), problem.getMessage());
    return problem;
  }

  @Test
  void aSubmittedReturnCountsAsClaimedAndOnceValidatedAsValidatedAndValued() {
    KpiReturn submitted = submit(supplier, quarter(Q1, "100"));
    assertEquals(ReturnStatus.SUBMITTED, submitted.status());
    assertEquals(0, new BigDecimal("100").compareTo(kpi().progress().claimed()));
    assertEquals(0, kpi().progress().validated().signum());

    KpiReturn validated = Services.as(buyer, () -> returns.validate(contractId, submitted.id(), 1));

    assertEquals(ReturnStatus.VALIDATED, validated.status());
    assertEquals(buyer.subject(), validated.reviewedBy());
    assertEquals(0, new BigDecimal("100").compareTo(kpi().progress().validated()));
    assertEquals(
        Money.of(new BigDecimal("1500"), "GBP"), kpi().validatedValue(), "100 hours at £15");
    ValueTraceView value =
        Services.as(buyer, () -> values.value(contractId, ContractValueService.Basis.VALIDATED));
    assertEquals(Money.of(new BigDecimal("1500"), "GBP"), value.value());
  }

  @Test
  void aSecondReturnForTheSameKpiPeriodIsRefusedAndNamesTheLiveOne() {
    KpiReturn first = submit(supplier, quarter(Q1, "100"));

    ProblemException problem =
        refused(ProblemType.CONFLICT, () -> submit(supplier, quarter(Q1, "30")));

    assertTrue(problem.getMessage().contains(first.id()), problem.getMessage());
    assertEquals(List.of(first.id()), history().stream().map(KpiReturn::id).toList());
    assertEquals(0, new BigDecimal("100").compareTo(kpi().progress().claimed()));
  }

  @Test
  void aRequestCarryingTwoReturnsForOnePeriodStoresNeither() {
    ProblemException problem =
        refused(ProblemType.CONFLICT, () -> submit(supplier, quarter(Q1, "10"), quarter(Q1, "20")));

    assertEquals("returns[1].periodStart", problem.errors().get(0).field);
    assertEquals(List.of(), history());
  }

  @Test
  void oneUnacceptableReturnInABatchStoresNoneAndNamesIt() {
    ReturnService.NewReturn notAQuarter =
        new ReturnService.NewReturn(
            contractId, kpiId, Q2, Q2.plusMonths(1), BigDecimal.ONE, null, List.of());

    ProblemException problem =
        refused(
            ProblemType.BUSINESS_RULE_VIOLATED,
            () -> submit(supplier, quarter(Q1, "10"), notAQuarter));

    assertEquals("returns[1].periodStart", problem.errors().get(0).field);
    assertEquals(List.of(), history());
    assertEquals(0, kpi().progress().claimed().signum());
  }

  @Test
  void aCorrectionReplacesTheLiveReturnAndTheKeptTotalsMoveToIt() {
    KpiReturn original = submit(supplier, quarter(Q1, "100"));
    Services.as(buyer, () -> returns.validate(contractId, original.id(), 1));

    KpiReturn correction =
        Services.as(
            supplier,
            () ->
                returns.correct(
                    contractId, original.id(), 2, new BigDecimal("60"), "Recounted", List.of()));

    assertEquals(ReturnStatus.SUBMITTED, correction.status());
    assertEquals(original.id(), correction.supersedesId());
    KpiReturn old = Services.as(buyer, () -> returns.get(contractId, original.id()));
    assertEquals(ReturnStatus.SUPERSEDED, old.status());
    assertEquals(correction.id(), old.supersededById());
    // The correction is the period's one live return: claimed 60, nothing validated any more.
    assertEquals(0, new BigDecimal("60").compareTo(kpi().progress().claimed()));
    assertEquals(0, kpi().progress().validated().signum());
    // A superseded return cannot be corrected a second time.
    refused(
        ProblemType.CONFLICT,
        () ->
            Services.as(
                supplier,
                () ->
                    returns.correct(
                        contractId,
                        original.id(),
                        old.version(),
                        BigDecimal.TEN,
                        null,
                        List.of())));
  }

  @Test
  void onlyTheContractsBuyerValidatesAndAnotherBuyerCannotSeeTheReturn() {
    KpiReturn submitted = submit(supplier, quarter(Q1, "100"));
    Caller otherBuyer =
        Services.user(
            Services.organisation(organisations, "Other council", OrganisationRole.BUYER),
            Roles.BUYER);

    refused(
        ProblemType.FORBIDDEN,
        () -> Services.as(supplier, () -> returns.validate(contractId, submitted.id(), 1)));
    refused(
        ProblemType.NOT_FOUND,
        () -> Services.as(otherBuyer, () -> returns.validate(contractId, submitted.id(), 1)));

    assertEquals(ReturnStatus.SUBMITTED, history().get(0).status());
    assertEquals(0, kpi().progress().validated().signum());
  }

  @Test
  void aReviewOfAReturnReadBeforeAnotherChangeIsRefused() {
    KpiReturn submitted = submit(supplier, quarter(Q1, "100"));
    Services.as(buyer, () -> returns.validate(contractId, submitted.id(), 1));

    refused(
        ProblemType.CONFLICT,
        () -> Services.as(buyer, () -> returns.reject(contractId, submitted.id(), 1, "late")));
    KpiReturn next = submit(supplier, quarter(Q2, "10"));
    refused(
        ProblemType.PRECONDITION_FAILED,
        () -> Services.as(buyer, () -> returns.validate(contractId, next.id(), 7)));
  }

  @Test
  void aRejectedReturnStopsCountingAndThePeriodTakesANewOne() {
    KpiReturn submitted = submit(supplier, quarter(Q1, "100"));

    KpiReturn rejected =
        Services.as(
            buyer, () -> returns.reject(contractId, submitted.id(), 1, "No evidence attached"));

    assertEquals(ReturnStatus.REJECTED, rejected.status());
    assertEquals("No evidence attached", rejected.rejectionReason());
    assertEquals(0, kpi().progress().claimed().signum());
    KpiReturn again = submit(supplier, quarter(Q1, "90"));
    assertEquals(ReturnStatus.SUBMITTED, again.status());
    assertEquals(0, new BigDecimal("90").compareTo(kpi().progress().claimed()));
  }

  @Test
  void correctingARejectedReturnWhileAnotherIsLiveIsRefusedAndChangesNothing() {
    KpiReturn rejected = submit(supplier, quarter(Q1, "100"));
    Services.as(buyer, () -> returns.reject(contractId, rejected.id(), 1, "Wrong figure"));
    KpiReturn live = submit(supplier, quarter(Q1, "90"));

    ProblemException problem =
        refused(
            ProblemType.CONFLICT,
            () ->
                Services.as(
                    supplier,
                    () ->
                        returns.correct(
                            contractId, rejected.id(), 2, new BigDecimal("95"), null, List.of())));

    assertTrue(problem.getMessage().contains(live.id()), problem.getMessage());
    // The rejected return was marked superseded before the insert failed: that rolled back too.
    KpiReturn after = Services.as(buyer, () -> returns.get(contractId, rejected.id()));
    assertEquals(ReturnStatus.REJECTED, after.status());
    assertEquals(null, after.supersededById());
    assertEquals(2, history().size());
    assertEquals(0, new BigDecimal("90").compareTo(kpi().progress().claimed()));
  }

  @Test
  void aSupplierReportsOnlyOnItsOwnContracts() {
    Caller stranger =
        Services.user(
            Services.organisation(organisations, "Stranger Ltd", OrganisationRole.SUPPLIER),
            Roles.SUPPLIER);

    ProblemException problem =
        refused(ProblemType.BUSINESS_RULE_VIOLATED, () -> submit(stranger, quarter(Q1, "5")));

    assertEquals("returns[0].contractId", problem.errors().get(0).field);
    assertEquals(List.of(), history());
  }

  @Test
  void validatingTheReturnThatPutsAKpiOnTargetTellsBuyerAndSupplierOfTheNewRating() {
    KpiReturn submitted = submit(supplier, quarter(Q1, "150"));
    assertEquals(Rating.INADEQUATE, kpi().progress().rating(), "nothing validated yet");

    Services.as(buyer, () -> returns.validate(contractId, submitted.id(), 1));

    assertEquals(Rating.GOOD, kpi().progress().rating());
    List<String> told =
        Services.rows(
            "SELECT recipient_organisation_id, data FROM plt_event WHERE type = ? AND subject = ?"
                + " ORDER BY recipient_organisation_id",
            EventTypes.KPI_RATING_CHANGED,
            "contracts/" + contractId + "/commitments/" + kpiId);
    assertEquals(2, told.size(), told.toString());
    assertTrue(
        told.stream()
            .map(row -> row.substring(0, row.indexOf('|')))
            .toList()
            .containsAll(List.of(buyer.organisationId(), supplier.organisationId())));
    assertTrue(told.get(0).contains("\"previousRating\":\"INADEQUATE\""), told.get(0));
    assertTrue(told.get(0).contains("\"rating\":\"GOOD\""), told.get(0));
  }

  @Test
  void theRatingSlipsAsTheYearGoesOnWithoutFurtherDeliveryAndMissedReturnsBecomeOverdue() {
    KpiReturn submitted = submit(supplier, quarter(Q1, "120"));
    Services.as(buyer, () -> returns.validate(contractId, submitted.id(), 1));
    assertEquals(Rating.GOOD, kpi().progress().rating(), "120 of 400 hours by April");
    assertEquals(List.of(), kpi().progress().overdue());

    clock.set("2026-11-15T09:00:00Z");

    assertEquals(Rating.INADEQUATE, kpi().progress().rating(), "still 120 hours in November");
    assertEquals(
        List.of(Q2, LocalDate.of(2026, 7, 1)),
        kpi().progress().overdue().stream().map(o -> o.periodStart()).toList(),
        "Q2 and Q3 ended more than 30 days ago without a return");
  }
}
