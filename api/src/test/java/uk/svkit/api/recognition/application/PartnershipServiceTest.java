package uk.svkit.api.recognition.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.svkit.api.organisation.application.OrganisationService;
import uk.svkit.api.organisation.domain.OrganisationRole;
import uk.svkit.api.platform.money.Money;
import uk.svkit.api.platform.security.Caller;
import uk.svkit.api.platform.security.Roles;
import uk.svkit.api.servicetest.ServiceTest;
import uk.svkit.api.servicetest.Services;
import uk.svkit.api.servicetest.TestClock;

/**
 * A business's partnerships with two VCFSEs, listed as one page: each names both its parties (read
 * together for the page) and is valued at the bundled illustrative £15 a volunteering hour.
 */
@ServiceTest
class PartnershipServiceTest {
  static final String ILLUSTRATIVE_VALUES = "f274eec2-15a5-55a8-b0ed-d650872afa14";

  @Inject PartnershipService partnerships;
  @Inject OrganisationService organisations;
  @Inject TestClock clock;

  String businessId;
  Caller business;

  @BeforeEach
  void aBusiness() {
    clock.set("2026-04-10T09:00:00Z");
    businessId = Services.organisation(organisations, "Grounds Ltd", OrganisationRole.SUPPLIER);
    business = Services.user(businessId, Roles.SUPPLIER);
  }

  private void partnershipWith(String vcfseId, String hours) {
    Services.as(
        business,
        () ->
            partnerships.create(
                new PartnershipService.NewPartnership(
                    vcfseId,
                    "Volunteering",
                    null,
                    LocalDate.of(2026, 1, 1),
                    null,
                    "SVK-LOCAL",
                    "1",
                    ILLUSTRATIVE_VALUES,
                    List.of(
                        new PartnershipService.NewCommitment(
                            "LM-VOL-01", new BigDecimal(hours))))));
  }

  @Test
  void aPageNamesEachPartnershipsPartiesAndValuesItsCommitments() {
    String foodBank = Services.organisation(organisations, "Food Bank", OrganisationRole.VCFSE);
    String youthClub = Services.organisation(organisations, "Youth Club", OrganisationRole.VCFSE);
    partnershipWith(foodBank, "100");
    partnershipWith(youthClub, "40");

    List<PartnershipService.PartnershipView> page =
        Services.as(business, () -> partnerships.list(null, null, 10));

    Map<String, PartnershipService.PartnershipView> byVcfse =
        page.stream().collect(Collectors.toMap(v -> v.vcfse().name(), v -> v));
    assertEquals(2, page.size());
    assertEquals(foodBank, byVcfse.get("Food Bank").vcfse().id());
    assertEquals(youthClub, byVcfse.get("Youth Club").vcfse().id());
    page.forEach(v -> assertEquals("Grounds Ltd", v.business().name()));
    assertEquals(
        Money.of(new BigDecimal("1500"), "GBP"), byVcfse.get("Food Bank").value().committedValue());
    assertEquals(
        Money.of(new BigDecimal("600"), "GBP"), byVcfse.get("Youth Club").value().committedValue());
  }
}
