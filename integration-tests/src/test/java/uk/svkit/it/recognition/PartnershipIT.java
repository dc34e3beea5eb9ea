package uk.svkit.it.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import uk.svkit.sdk.models.CreateOrganisationOptions;
import uk.svkit.sdk.models.CreatePartnershipOptions;
import uk.svkit.sdk.models.Organisation;
import uk.svkit.sdk.models.OrganisationRole;
import uk.svkit.sdk.models.Partnership;
import uk.svkit.sdk.models.PartnershipDelivery;
import uk.svkit.sdk.models.PartnershipDeliveryStatus;
import uk.svkit.sdk.models.PublicPartnership;

/**
 * Partnerships outside contracts through the SDK: a business records one with a VCFSE (the STEM
 * volunteering case), the VCFSE confirms, adjusts and disputes deliveries and only what it
 * confirmed counts towards the commitments and the £ value (the illustrative proxy set: £15 a
 * volunteer hour, £200 a training week); the partnership shows on both organisations' public
 * recognitions only while both sides agree. Nobody else reads it.
 */
class PartnershipIT extends SvkitServer {
  static final String ILLUSTRATIVE_SET = "f274eec2-15a5-55a8-b0ed-d650872afa14";
  static final LocalDate START = LocalDate.of(2026, 1, 5);

  private SvkitClient admin;
  private final List<SvkitClient> opened = new ArrayList<>();

  @BeforeEach
  void connect() {
    admin = Clients.of(endpoint(), Tokens.admin());
  }

  @AfterEach
  void close() {
    admin.close();
    opened.forEach(SvkitClient::close);
  }

  private record Org(Organisation organisation, SvkitClient client) {
    String id() {
      return organisation.getId();
    }
  }

  private Org newOrg(String name, OrganisationRole role, String tokenRole) {
    Organisation o =
        admin
            .organisations()
            .createOrganisation(
                CreateOrganisationOptions.builder()
                    .name(unique(name))
                    .roles(role)
                    .identifier(uniqueCompanyIdentifier())
                    .build());
    SvkitClient c = Clients.of(endpoint(), Tokens.of(o.getIdentifier(), tokenRole));
    opened.add(c);
    return new Org(o, c);
  }

  private static CreatePartnershipOptions.Builder stem(String vcfseId) {
    return CreatePartnershipOptions.builder(
            vcfseId, "STEM workshops by employee volunteers", START, "SVK-LOCAL", "1")
        .description("Engineers run after-school STEM workshops with the charity's tutors.")
        .proxySetId(ILLUSTRATIVE_SET)
        .commitment("LM-VOL-01", new BigDecimal("200"))
        .commitment("LM-SKL-01", new BigDecimal("10"));
  }

  @Test
  void onlyWhatTheVcfseConfirmsCountsAndIsValued() {
    Org business = newOrg("Roche-like Ltd", OrganisationRole.SUPPLIER, "supplier");
    Org charity = newOrg("Into-like University charity", OrganisationRole.VCFSE, "vcfse");
    Org outsider = newOrg("Other supplier", OrganisationRole.SUPPLIER, "supplier");

    Partnership p = business.client().partnerships().createPartnership(stem(charity.id()).build());
    assertEquals(charity.id(), p.getVcfseOrganisationId());
    assertEquals(0, new BigDecimal("5000.00").compareTo(p.getValue().getCommittedValue()));
    assertEquals(0, BigDecimal.ZERO.compareTo(p.getValue().getDeliveredValue()));
    assertFalse(p.isShownPublicly());

    // The VCFSE reads it as the other party; anyone else is told it does not exist.
    assertEquals(
        p.getTitle(), charity.client().partnerships().getPartnership(p.getId()).getTitle());
    assertThrows(
        NotFoundException.class, () -> outsider.client().partnerships().getPartnership(p.getId()));
    assertTrue(
        outsider.client().partnerships().listPartnerships().stream()
            .noneMatch(x -> x.getId().equals(p.getId())));
    assertTrue(
        charity.client().partnerships().listPartnerships().stream()
            .anyMatch(x -> x.getId().equals(p.getId())));

    LocalDate day = START.plusDays(10);
    PartnershipDelivery hours =
        business
            .client()
            .partnerships()
            .recordPartnershipDelivery(p.getId(), "LM-VOL-01", new BigDecimal("40"), day, null);
    PartnershipDelivery moreHours =
        business
            .client()
            .partnerships()
            .recordPartnershipDelivery(
                p.getId(), "LM-VOL-01", new BigDecimal("30"), day.plusDays(7), "Spring term");
    PartnershipDelivery weeks =
        business
            .client()
            .partnerships()
            .recordPartnershipDelivery(p.getId(), "LM-SKL-01", new BigDecimal("2"), day, null);
    assertEquals(PartnershipDeliveryStatus.PENDING, hours.getStatus());
    assertThrows(
        BusinessRuleException.class,
        () ->
            business
                .client()
                .partnerships()
                .recordPartnershipDelivery(p.getId(), "LM-CO2-01", BigDecimal.ONE, day, null));
    assertThrows(
        PermissionDeniedException.class,
        () ->
            charity
                .client()
                .partnerships()
                .recordPartnershipDelivery(p.getId(), "LM-VOL-01", BigDecimal.ONE, day, null));
    assertEquals(
        3,
        charity
            .client()
            .partnerships()
            .listPartnershipDeliveries(p.getId(), PartnershipDeliveryStatus.PENDING)
            .stream()
            .count());

    // Only the VCFSE decides; a decision is final.
    assertThrows(
        PermissionDeniedException.class,
        () -> business.client().partnerships().confirmPartnershipDelivery(hours));
    PartnershipDelivery confirmed =
        charity.client().partnerships().confirmPartnershipDelivery(hours);
    assertEquals(PartnershipDeliveryStatus.CONFIRMED, confirmed.getStatus());
    assertThrows(
        PreconditionFailedException.class,
        () -> charity.client().partnerships().confirmPartnershipDelivery(hours));
    assertThrows(
        ConflictException.class,
        () -> charity.client().partnerships().confirmPartnershipDelivery(confirmed));
    PartnershipDelivery adjusted =
        charity
            .client()
            .partnerships()
            .adjustPartnershipDelivery(
                moreHours, new BigDecimal("20"), "Two sessions were cancelled");
    assertEquals(0, new BigDecimal("20").compareTo(adjusted.getConfirmedQuantity()));
    PartnershipDelivery disputed =
        charity
            .client()
            .partnerships()
            .disputePartnershipDelivery(weeks, "No training weeks took place yet");
    assertEquals(PartnershipDeliveryStatus.DISPUTED, disputed.getStatus());
    assertEquals(
        0,
        business
            .client()
            .partnerships()
            .listPartnershipDeliveries(p.getId(), PartnershipDeliveryStatus.PENDING)
            .stream()
            .count());

    // 40 + 20 hours count (the disputed weeks do not), valued at £15 an hour.
    Partnership after = business.client().partnerships().getPartnership(p.getId());
    assertEquals(
        0, new BigDecimal("60").compareTo(after.getCommitments().get(0).getConfirmedQuantity()));
    assertEquals(
        0, BigDecimal.ZERO.compareTo(after.getCommitments().get(1).getConfirmedQuantity()));
    assertEquals(0, new BigDecimal("900.00").compareTo(after.getValue().getDeliveredValue()));
    assertEquals(
        0,
        after
            .getValue()
            .getDeliveredValue()
            .compareTo(
                after.getValue().getTrace().stream()
                    .map(t -> t.getValue() == null ? BigDecimal.ZERO : t.getValue())
                    .reduce(BigDecimal.ZERO, BigDecimal::add)));
  }

  @Test
  void showsOnPublicRecognitionsOnlyWhileBothSidesAgree() {
    Org business = newOrg("STEM employer Ltd", OrganisationRole.SUPPLIER, "supplier");
    Org charity = newOrg("Learning charity", OrganisationRole.VCFSE, "vcfse");
    Partnership p = business.client().partnerships().createPartnership(stem(charity.id()).build());

    Partnership businessAgrees = business.client().partnerships().setPartnershipVisibility(p, true);
    assertTrue(businessAgrees.isBusinessShows());
    assertFalse(businessAgrees.isShownPublicly());
    assertTrue(admin.recognitions().getRecognitions(business.id()).getPartnerships().isEmpty());

    // A stale ETag is refused; the VCFSE agrees on the current version.
    assertThrows(
        PreconditionFailedException.class,
        () -> charity.client().partnerships().setPartnershipVisibility(p, true));
    Partnership both =
        charity.client().partnerships().setPartnershipVisibility(businessAgrees, true);
    assertTrue(both.isShownPublicly());

    // Recognitions are public: an unrelated organisation reads them.
    SvkitClient commissioner = newOrg("Commissioner", OrganisationRole.BUYER, "buyer").client();
    List<PublicPartnership> ofBusiness =
        commissioner.recognitions().getRecognitions(business.id()).getPartnerships();
    assertEquals(1, ofBusiness.size());
    assertEquals("BUSINESS", ofBusiness.get(0).getSide());
    assertEquals(charity.id(), ofBusiness.get(0).getPartnerOrganisationId());
    assertEquals(charity.organisation().getName(), ofBusiness.get(0).getPartnerName());
    List<PublicPartnership> ofCharity =
        commissioner.recognitions().getRecognitions(charity.id()).getPartnerships();
    assertEquals("VCFSE", ofCharity.get(0).getSide());
    assertEquals(business.id(), ofCharity.get(0).getPartnerOrganisationId());

    // Either side can withdraw: the business does, and it leaves both recognitions.
    business.client().partnerships().setPartnershipVisibility(both, false);
    assertTrue(
        commissioner.recognitions().getRecognitions(charity.id()).getPartnerships().isEmpty());
  }

  @Test
  void aPartnerMustBeAVcfseAndCommitmentsMeasuresOfTheEdition() {
    Org business = newOrg("Supplier", OrganisationRole.SUPPLIER, "supplier");
    Org another = newOrg("Not a VCFSE", OrganisationRole.SUPPLIER, "supplier");
    Org charity = newOrg("Charity", OrganisationRole.VCFSE, "vcfse");
    assertThrows(
        BusinessRuleException.class,
        () -> business.client().partnerships().createPartnership(stem(another.id()).build()));
    assertThrows(
        BusinessRuleException.class,
        () ->
            business
                .client()
                .partnerships()
                .createPartnership(
                    stem(charity.id()).commitment("NOT-A-MEASURE", BigDecimal.ONE).build()));
    assertThrows(
        PermissionDeniedException.class,
        () -> charity.client().partnerships().createPartnership(stem(charity.id()).build()));
  }
}
