package uk.svkit.it.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.svkit.it.support.Clients;
import uk.svkit.it.support.SvkitServer;
import uk.svkit.it.support.Tokens;
import uk.svkit.sdk.SvkitClient;
import uk.svkit.sdk.exception.BusinessRuleException;
import uk.svkit.sdk.exception.ConflictException;
import uk.svkit.sdk.exception.NotFoundException;
import uk.svkit.sdk.exception.PermissionDeniedException;
import uk.svkit.sdk.exception.PreconditionFailedException;
import uk.svkit.sdk.exception.ValidationException;
import uk.svkit.sdk.models.AnswerDeliveryOptions;
import uk.svkit.sdk.models.CommitmentPeriod;
import uk.svkit.sdk.models.CommitmentProgress;
import uk.svkit.sdk.models.Contract;
import uk.svkit.sdk.models.ContractCommitmentInput;
import uk.svkit.sdk.models.ContractReturn;
import uk.svkit.sdk.models.CorrectReturnOptions;
import uk.svkit.sdk.models.CreateContractOptions;
import uk.svkit.sdk.models.CreateOfferClaimOptions;
import uk.svkit.sdk.models.CreateOrganisationOptions;
import uk.svkit.sdk.models.CreatePledgeOptions;
import uk.svkit.sdk.models.Delivery;
import uk.svkit.sdk.models.DeliveryStatus;
import uk.svkit.sdk.models.LegalForm;
import uk.svkit.sdk.models.ListDeliveriesOptions;
import uk.svkit.sdk.models.ListReturnsOptions;
import uk.svkit.sdk.models.Need;
import uk.svkit.sdk.models.NeedOptions;
import uk.svkit.sdk.models.Offer;
import uk.svkit.sdk.models.OfferClaim;
import uk.svkit.sdk.models.OfferOptions;
import uk.svkit.sdk.models.OrganisationRole;
import uk.svkit.sdk.models.Pledge;
import uk.svkit.sdk.models.RecordDeliveryOptions;
import uk.svkit.sdk.models.RecordOfferDeliveryOptions;
import uk.svkit.sdk.models.ReportingFrequency;
import uk.svkit.sdk.models.ReturnStatus;
import uk.svkit.sdk.models.SaveVcfseProfileOptions;
import uk.svkit.sdk.models.SubmitReturnOptions;
import uk.svkit.sdk.models.SupplierDashboardContract;
import uk.svkit.sdk.models.SupportType;

/**
 * Issue 19, items 4 and 6, through the SDK: delivery recorded by a business counts only as far as
 * the receiving VCFSE confirms it, for pledges and offer claims alike, as a return of the named KPI
 * that the buyer validates; a changed answer never counts twice; and a supplier's own view of its
 * contracts with every buyer. Each test registers its own supplier and VCFSE.
 */
class DeliveryConfirmationIT extends SvkitServer {
  private static final String PROXY_SET = "f274eec2-15a5-55a8-b0ed-d650872afa14";

  private SvkitClient admin;
  private SvkitClient buyer;
  private final List<SvkitClient> opened = new ArrayList<>();

  @BeforeEach
  void connect() {
    admin = open(Tokens.admin());
    buyer = open(Tokens.of("GB-LAE-WRL", "buyer"));
  }

  @AfterEach
  void close() {
    opened.forEach(SvkitClient::close);
  }

  private SvkitClient open(String token) {
    SvkitClient client = Clients.of(endpoint(), token);
    opened.add(client);
    return client;
  }

  record Org(String id, SvkitClient client) {}

  private Org organisation(String name, OrganisationRole role, String tokenRole) {
    String identifier = uniqueCompanyIdentifier();
    String id =
        admin
            .organisations()
            .createOrganisation(
                CreateOrganisationOptions.builder()
                    .name(unique(name))
                    .roles(Set.of(role))
                    .identifier(identifier)
                    .build())
            .getId();
    return new Org(id, open(Tokens.of(identifier, tokenRole)));
  }

  private Org vcfse(String name) {
    Org org = organisation(name, OrganisationRole.VCFSE, "vcfse");
    org.client()
        .directory()
        .saveProfile(
            org.id(),
            SaveVcfseProfileOptions.builder()
                .legalForm(LegalForm.CIO)
                .basePostcode("CH41")
                .build());
    return org;
  }

  private Contract contract(SvkitClient buyer, String title, String supplierId) {
    return buyer
        .contracts()
        .createContract(
            CreateContractOptions.builder()
                .buyerContractId(unique("DC").replace(' ', '-'))
                .title(title)
                .supplierOrganisationId(supplierId)
                .value(new BigDecimal("500000"))
                .startDate(LocalDate.of(2026, 1, 1))
                .endDate(LocalDate.of(2027, 12, 31))
                .frameworkCode("SVK-LOCAL")
                .edition("1")
                .proxySetId(PROXY_SET)
                .addCommitment(
                    ContractCommitmentInput.builder("LM-VOL-01", new BigDecimal("730"))
                        .title("Volunteering hours")
                        .period(CommitmentPeriod.WHOLE_CONTRACT)
                        .reportingFrequency(ReportingFrequency.QUARTERLY)
                        .build())
                .build());
  }

  private CommitmentProgress kpi(SvkitClient client, String contractId) {
    return client.contracts().getContractProgress(contractId).getCommitments().get(0);
  }

  private List<ContractReturn> returns(String contractId, ReturnStatus status) {
    ListReturnsOptions.Builder options = ListReturnsOptions.builder();
    if (status != null) {
      options.status(status);
    }
    return buyer.contracts().listReturns(contractId, options.build()).stream().toList();
  }

  private static List<String> ids(SvkitClient client, ListDeliveriesOptions options) {
    return client.directory().listDeliveries(options).stream().map(Delivery::getId).toList();
  }

  private static ListDeliveriesOptions awaiting(ListDeliveriesOptions.Side side) {
    return ListDeliveriesOptions.builder()
        .side(side)
        .status(DeliveryStatus.AWAITING_CONFIRMATION)
        .build();
  }

  private static void assertAmount(String expected, BigDecimal actual) {
    assertEquals(
        0,
        new BigDecimal(expected).compareTo(actual),
        () -> "expected " + expected + " but was " + actual);
  }

  @Test
  void aPledgesDeliveryCountsOnlyAsFarAsTheVcfseConfirmsItAndNeverTwice() {
    Org supplier = organisation("Delivering Ltd", OrganisationRole.SUPPLIER, "supplier");
    Org pantry = vcfse("Pantry");
    Org stranger = vcfse("Stranger");
    Contract contract = contract(buyer, "Confirmed delivery contract", supplier.id());
    String kpi = contract.getCommitments().get(0).getId();

    Need need =
        pantry
            .client()
            .directory()
            .createNeed(
                NeedOptions.builder()
                    .supportType(SupportType.VOLUNTEERING)
                    .title(unique("Hamper packing"))
                    .quantity(new BigDecimal("40"))
                    .unit("hours")
                    .expiresOn(LocalDate.now(ZoneOffset.UTC).plusDays(30))
                    .build());
    Pledge pledge =
        supplier
            .client()
            .directory()
            .createPledge(
                need.getId(),
                CreatePledgeOptions.builder()
                    .quantity(new BigDecimal("30"))
                    .commitmentId(kpi)
                    .build());
    supplier
        .client()
        .directory()
        .recordPledgeDelivery(
            supplier.client().directory().getPledge(pledge.getId()),
            RecordDeliveryOptions.builder().note("Three Saturdays").build());

    // Recorded: listed on both sides, counting for nothing yet.
    Delivery recorded = pantry.client().directory().getDelivery(pledge.getId());
    assertEquals(DeliveryStatus.AWAITING_CONFIRMATION, recorded.getStatus());
    assertEquals("PLEDGE", recorded.getThrough());
    assertEquals(need.getId(), recorded.getListingId());
    assertEquals(supplier.id(), recorded.getBusinessOrganisationId());
    assertAmount("30", recorded.getDeliveredQuantity());
    assertAmount("0", recorded.getCountedQuantity());
    assertEquals(
        List.of(pledge.getId()), ids(pantry.client(), awaiting(ListDeliveriesOptions.Side.VCFSE)));
    assertEquals(
        List.of(pledge.getId()),
        ids(supplier.client(), awaiting(ListDeliveriesOptions.Side.BUSINESS)));
    assertTrue(returns(contract.getId(), null).isEmpty(), "the supplier's word alone never counts");
    assertAmount("0", kpi(buyer, contract.getId()).getClaimed());

    // Only the receiving VCFSE answers; another tenant does not even see the delivery.
    assertThrows(
        PermissionDeniedException.class,
        () ->
            supplier
                .client()
                .directory()
                .answerDelivery(
                    supplier.client().directory().getDelivery(pledge.getId()),
                    AnswerDeliveryOptions.confirm()));
    assertThrows(
        NotFoundException.class, () -> stranger.client().directory().getDelivery(pledge.getId()));
    assertTrue(ids(stranger.client(), ListDeliveriesOptions.builder().build()).isEmpty());
    BusinessRuleException tooMuch =
        assertThrows(
            BusinessRuleException.class,
            () ->
                pantry
                    .client()
                    .directory()
                    .answerDelivery(
                        recorded, AnswerDeliveryOptions.adjust(new BigDecimal("31"), "More?")));
    assertEquals("quantity", tooMuch.getErrors().get(0).getField());
    assertThrows(
        ValidationException.class,
        () ->
            pantry
                .client()
                .directory()
                .answerDelivery(recorded, AnswerDeliveryOptions.dispute(" ")));

    // Adjusted: 25 of the 30 hours count, as a submitted return the buyer validates.
    Delivery adjusted =
        pantry
            .client()
            .directory()
            .answerDelivery(
                recorded,
                AnswerDeliveryOptions.adjust(
                    new BigDecimal("25"), "One Saturday was cut short by rain"));
    assertEquals(DeliveryStatus.ADJUSTED, adjusted.getStatus());
    assertAmount("25", adjusted.getCountedQuantity());
    assertTrue(ids(pantry.client(), awaiting(ListDeliveriesOptions.Side.VCFSE)).isEmpty());
    Delivery retried =
        pantry
            .client()
            .directory()
            .answerDelivery(
                recorded,
                AnswerDeliveryOptions.adjust(
                    new BigDecimal("25"), "One Saturday was cut short by rain"));
    assertEquals(adjusted.getVersion(), retried.getVersion(), "a retry changes nothing");
    List<ContractReturn> submitted = returns(contract.getId(), ReturnStatus.SUBMITTED);
    assertEquals(1, submitted.size());
    ContractReturn counted = submitted.get(0);
    assertAmount("25", counted.getQuantity());
    assertNotNull(counted.getDeliveryConfirmation());
    assertEquals(pledge.getId(), counted.getDeliveryConfirmation().getDeliveryId());
    assertEquals(DeliveryStatus.ADJUSTED, counted.getDeliveryConfirmation().getStatus());
    assertEquals(pantry.id(), counted.getDeliveryConfirmation().getVcfseOrganisationId());
    assertEquals(
        "One Saturday was cut short by rain", counted.getDeliveryConfirmation().getReason());
    assertAmount("25", kpi(buyer, contract.getId()).getClaimed());
    buyer
        .contracts()
        .validateReturn(buyer.contracts().getReturn(contract.getId(), counted.getId()));
    assertAmount("25", kpi(buyer, contract.getId()).getValidated());

    // It changes only through the VCFSE; the supplier's own return of the period sits beside it.
    assertThrows(
        ConflictException.class,
        () ->
            supplier
                .client()
                .contracts()
                .correctReturn(
                    supplier.client().contracts().getReturn(contract.getId(), counted.getId()),
                    CorrectReturnOptions.builder(new BigDecimal("99")).build()));
    supplier
        .client()
        .contracts()
        .submitReturn(
            contract.getId(),
            kpi,
            SubmitReturnOptions.builder(
                    counted.getPeriodStart(), counted.getPeriodEnd(), new BigDecimal("5"))
                .narrative("Our own volunteering")
                .build());
    assertAmount("30", kpi(buyer, contract.getId()).getClaimed());

    // A changed answer replaces what counted: confirmed in full, then disputed, never twice.
    Delivery confirmed =
        pantry
            .client()
            .directory()
            .answerDelivery(
                pantry.client().directory().getDelivery(pledge.getId()),
                AnswerDeliveryOptions.confirm());
    CommitmentProgress afterConfirm = kpi(buyer, contract.getId());
    assertAmount("35", afterConfirm.getClaimed());
    assertAmount("0", afterConfirm.getValidated(), "the new figure awaits the buyer again");
    ContractReturn superseded = buyer.contracts().getReturn(contract.getId(), counted.getId());
    assertEquals(ReturnStatus.SUPERSEDED, superseded.getStatus());
    assertThrows(
        PreconditionFailedException.class,
        () ->
            pantry
                .client()
                .directory()
                .answerDelivery(adjusted, AnswerDeliveryOptions.dispute("Nobody came")));
    pantry
        .client()
        .directory()
        .answerDelivery(confirmed, AnswerDeliveryOptions.dispute("Nobody came after all"));
    assertAmount("5", kpi(buyer, contract.getId()).getClaimed());
    assertEquals(
        DeliveryStatus.DISPUTED,
        supplier.client().directory().getDelivery(pledge.getId()).getStatus(),
        "the business sees the VCFSE's answer");
  }

  private static void assertAmount(String expected, BigDecimal actual, String message) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual), message);
  }

  @Test
  void anOfferClaimsConfirmedDeliveryShowsInTheSuppliersOwnViewAcrossBuyers() {
    Org supplier = organisation("Offering Ltd", OrganisationRole.SUPPLIER, "supplier");
    Org club = vcfse("Youth club");
    Contract wirral = contract(buyer, "A Wirral contract", supplier.id());
    Contract liverpool =
        contract(open(Tokens.of("GB-LAE-LIV", "buyer")), "B Liverpool contract", supplier.id());
    String kpi = wirral.getCommitments().get(0).getId();

    Offer offer =
        supplier
            .client()
            .directory()
            .createOffer(
                OfferOptions.builder()
                    .supportType(SupportType.VOLUNTEERING)
                    .title(unique("Staff volunteering"))
                    .quantity(new BigDecimal("12"))
                    .unit("hours")
                    .expiresOn(LocalDate.now(ZoneOffset.UTC).plusDays(30))
                    .build());
    OfferClaim claim =
        club.client()
            .directory()
            .createOfferClaim(offer.getId(), CreateOfferClaimOptions.builder().build());
    supplier
        .client()
        .directory()
        .recordOfferClaimDelivery(
            supplier.client().directory().getOfferClaim(offer.getId(), claim.getId()),
            RecordOfferDeliveryOptions.builder().commitmentId(kpi).build());
    Delivery delivery = club.client().directory().getDelivery(claim.getId());
    assertEquals("OFFER_CLAIM", delivery.getThrough());
    assertEquals(kpi, delivery.getCommitmentId());
    club.client().directory().answerDelivery(delivery, AnswerDeliveryOptions.confirm());

    List<SupplierDashboardContract> view =
        supplier.client().dashboards().listSupplierContracts(1).stream().toList();
    assertEquals(
        List.of(wirral.getId(), liverpool.getId()),
        view.stream().map(SupplierDashboardContract::getContractId).toList(),
        "every contract with every buyer, by title, across pages");
    SupplierDashboardContract first = view.get(0);
    assertEquals(wirral.getBuyerOrganisationId(), first.getBuyerOrganisationId());
    assertEquals(liverpool.getBuyerOrganisationId(), view.get(1).getBuyerOrganisationId());
    assertAmount("12", first.getProgress().getCommitments().get(0).getClaimed());
    assertAmount("730", first.getProgress().getCommitments().get(0).getTarget());
    assertTrue(first.getClaimedValue().signum() > 0, "confirmed delivery is valued");
    assertEquals(0, first.getClaimedValue().compareTo(first.getClaimedTrace().getTotal()));
    assertEquals(kpi, first.getClaimedTrace().getTerms().get(0).getCommitmentId());
    assertEquals(PROXY_SET, first.getClaimedTrace().getTerms().get(0).getProxySetId());
    assertAmount("12", first.getClaimedTrace().getTerms().get(0).getQuantity());
    assertTrue(first.getCommittedValue().compareTo(first.getClaimedValue()) > 0);
    assertAmount("0", first.getValidatedValue());
    assertAmount("0", view.get(1).getClaimedValue());
    assertThrows(
        PermissionDeniedException.class,
        () -> buyer.dashboards().listSupplierContracts().stream().toList());
  }
}
