package uk.svkit.it.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.svkit.it.support.Clients;
import uk.svkit.it.support.Http;
import uk.svkit.it.support.SvkitServer;
import uk.svkit.it.support.Tokens;
import uk.svkit.sdk.SvkitClient;
import uk.svkit.sdk.exception.ConflictException;
import uk.svkit.sdk.exception.NotFoundException;
import uk.svkit.sdk.exception.PermissionDeniedException;
import uk.svkit.sdk.exception.PreconditionFailedException;
import uk.svkit.sdk.exception.ValidationException;
import uk.svkit.sdk.models.AuditAction;
import uk.svkit.sdk.models.AuditEvent;
import uk.svkit.sdk.models.CreateOrganisationOptions;
import uk.svkit.sdk.models.ListAuditEventsOptions;
import uk.svkit.sdk.models.ListOrganisationsOptions;
import uk.svkit.sdk.models.Organisation;
import uk.svkit.sdk.models.OrganisationRole;
import uk.svkit.sdk.models.UpdateOrganisationOptions;

/** Organisations and their audit trail, driven through the SDK as a vendor would. */
class OrganisationsIT extends SvkitServer {
  private SvkitClient admin;

  @BeforeEach
  void connect() {
    admin = Clients.of(endpoint(), Tokens.admin());
  }

  @AfterEach
  void close() {
    admin.close();
  }

  private Organisation register(String name, String identifier, OrganisationRole... roles) {
    return admin
        .organisations()
        .createOrganisation(
            CreateOrganisationOptions.builder()
                .name(name)
                .roles(roles)
                .identifier(identifier)
                .build());
  }

  @Test
  void registeredOrganisationCanBeReadListedAndActedFor() {
    String identifier = uniqueCompanyIdentifier();
    String name = unique("Wirral Wellbeing Works");

    Organisation created =
        register(name, identifier, OrganisationRole.VCFSE, OrganisationRole.SUPPLIER);

    assertEquals(name, created.getName());
    assertEquals(identifier, created.getIdentifier());
    assertTrue(
        created.getRoles().containsAll(List.of(OrganisationRole.VCFSE, OrganisationRole.SUPPLIER)));
    assertEquals(created.getId(), admin.organisations().getOrganisation(created.getId()).getId());
    List<Organisation> found =
        admin
            .organisations()
            .listOrganisations(
                ListOrganisationsOptions.builder().query(name).role(OrganisationRole.VCFSE).build())
            .stream()
            .toList();
    assertEquals(List.of(created.getId()), found.stream().map(Organisation::getId).toList());
    try (SvkitClient itself = Clients.of(endpoint(), Tokens.of(identifier, "vcfse"))) {
      assertEquals(created.getId(), itself.organisations().getMyOrganisation().getId());
    }
  }

  private java.util.Set<String> organisations(ListOrganisationsOptions options) {
    return admin.organisations().listOrganisations(options).stream()
        .map(Organisation::getId)
        .collect(java.util.stream.Collectors.toSet());
  }

  @Test
  void organisationsAndAuditEventsAreFoundThroughEachFilter() {
    String name = unique("Birkenhead Filter Trust");
    Organisation vcfse = register(name, uniqueCompanyIdentifier(), OrganisationRole.VCFSE);
    Organisation supplier =
        register(name + " Trading", uniqueCompanyIdentifier(), OrganisationRole.SUPPLIER);

    // q: both names contain it; a name that matches neither finds neither.
    assertEquals(
        java.util.Set.of(vcfse.getId(), supplier.getId()),
        organisations(ListOrganisationsOptions.builder().query(name).build()));
    assertEquals(
        java.util.Set.of(),
        organisations(ListOrganisationsOptions.builder().query(name + " Nowhere").build()));
    // role: each finds its own; BUYER finds neither.
    java.util.Set<String> vcfses =
        organisations(
            ListOrganisationsOptions.builder().role(OrganisationRole.VCFSE).limit(100).build());
    assertTrue(vcfses.contains(vcfse.getId()) && !vcfses.contains(supplier.getId()), "role=VCFSE");
    assertEquals(
        java.util.Set.of(supplier.getId()),
        organisations(
            ListOrganisationsOptions.builder()
                .query(name)
                .role(OrganisationRole.SUPPLIER)
                .build()));
    assertEquals(
        java.util.Set.of(),
        organisations(
            ListOrganisationsOptions.builder().query(name).role(OrganisationRole.BUYER).build()));

    // Audit events: by entity id, by entity type, and both; another id or type leaves them out.
    List<AuditEvent> ofVcfse =
        admin
            .audit()
            .listAuditEvents(ListAuditEventsOptions.builder().entityId(vcfse.getId()).build())
            .stream()
            .toList();
    assertEquals(
        List.of(AuditAction.CREATED), ofVcfse.stream().map(AuditEvent::getAction).toList());
    String type = ofVcfse.get(0).getEntityType();
    assertEquals(
        1,
        admin
            .audit()
            .listAuditEvents(
                ListAuditEventsOptions.builder().entityType(type).entityId(vcfse.getId()).build())
            .stream()
            .count());
    assertEquals(
        0,
        admin
            .audit()
            .listAuditEvents(
                ListAuditEventsOptions.builder()
                    .entityType("return")
                    .entityId(vcfse.getId())
                    .build())
            .stream()
            .count());
    assertEquals(
        0,
        admin
            .audit()
            .listAuditEvents(
                ListAuditEventsOptions.builder()
                    .entityId(java.util.UUID.randomUUID().toString())
                    .build())
            .stream()
            .count());
    // Trails are read by an organisation's buyer and contract-manager users (not its vcfse users).
    try (SvkitClient itself =
        Clients.of(endpoint(), Tokens.of(vcfse.getIdentifier(), "contract-manager"))) {
      // An organisation's own trail, by type alone: its registration, and not the other
      // organisation's.
      List<String> ids =
          itself
              .audit()
              .listAuditEvents(ListAuditEventsOptions.builder().entityType(type).build())
              .stream()
              .map(AuditEvent::getEntityId)
              .toList();
      assertTrue(ids.contains(vcfse.getId()) && !ids.contains(supplier.getId()), ids.toString());
      assertTrue(
          itself
              .audit()
              .listAuditEvents(ListAuditEventsOptions.builder().entityType("contract").build())
              .stream()
              .noneMatch(e -> e.getEntityId().equals(vcfse.getId())));
    }
  }

  @Test
  void organisationMayRenameItselfAndTheAuditTrailSaysWhoChangedWhat() {
    String identifier = uniqueCompanyIdentifier();
    Organisation created = register(unique("Rename me"), identifier, OrganisationRole.SUPPLIER);
    try (SvkitClient itself = Clients.of(endpoint(), Tokens.of(identifier, "supplier"))) {
      Organisation current = itself.organisations().getOrganisation(created.getId());

      Organisation renamed =
          itself
              .organisations()
              .updateOrganisation(
                  current, UpdateOrganisationOptions.builder(current).name("Renamed Ltd").build());

      assertEquals("Renamed Ltd", renamed.getName());
      assertNotEquals(current.getETag(), renamed.getETag());
      // The trail is for those who run the organisation's procurement (buyers, contract managers)
      // and platform admins; a supplier's own users may not read it.
      assertThrows(
          PermissionDeniedException.class,
          () ->
              itself
                  .audit()
                  .listAuditEvents(
                      ListAuditEventsOptions.builder().entityId(created.getId()).build())
                  .stream()
                  .findAny());
      List<AuditEvent> trail =
          admin
              .audit()
              .listAuditEvents(ListAuditEventsOptions.builder().entityId(created.getId()).build())
              .stream()
              .toList();
      assertEquals(
          List.of(AuditAction.CREATED, AuditAction.UPDATED),
          trail.stream().map(AuditEvent::getAction).toList());
      AuditEvent update = trail.get(1);
      assertEquals(List.of("name"), update.getChangedFields());
      assertEquals("it-supplier@" + identifier, update.getSubject());
      assertEquals(created.getId(), update.getOrganisationId());
      assertEquals(update.getId(), admin.audit().getAuditEvent(update.getId()).getId());
      assertThrows(
          PermissionDeniedException.class, () -> itself.audit().getAuditEvent(update.getId()));
    }
  }

  @Test
  void renamingWithoutListingOtherIdentifiersKeepsThem() {
    Organisation created =
        admin
            .organisations()
            .createOrganisation(
                CreateOrganisationOptions.builder()
                    .name(unique("Keeps ids"))
                    .roles(OrganisationRole.SUPPLIER)
                    .identifier(uniqueCompanyIdentifier())
                    .otherIdentifiers(
                        List.of("GB-CHC-1" + (System.nanoTime() % 1_000_000 + 1_000_000)))
                    .build());

    Organisation renamed =
        admin
            .organisations()
            .updateOrganisation(
                created.getId(),
                UpdateOrganisationOptions.builder().name("Renamed only").build(),
                created.getETag());

    assertEquals("Renamed only", renamed.getName());
    assertEquals(created.getOtherIdentifiers(), renamed.getOtherIdentifiers());
  }

  // ---- issue 13, finding 8: identifier squatting ----------------------------------------------

  private static String unregisteredCharity() {
    return "GB-CHC-" + (System.nanoTime() % 9_000_000 + 1_000_000);
  }

  @Test
  void anOrganisationCannotClaimAnotherIdentifierItself() {
    String identifier = uniqueCompanyIdentifier();
    Organisation squatter = register(unique("Squatter"), identifier, OrganisationRole.SUPPLIER);
    String charity = unregisteredCharity();
    try (SvkitClient itself = Clients.of(endpoint(), Tokens.of(identifier, "supplier"))) {
      Organisation current = itself.organisations().getOrganisation(squatter.getId());
      // Before: this succeeded, and the charity could then not be registered (409).
      assertThrows(
          PermissionDeniedException.class,
          () ->
              itself
                  .organisations()
                  .updateOrganisation(
                      current,
                      UpdateOrganisationOptions.builder(current)
                          .otherIdentifiers(List.of(charity))
                          .build()));
      assertEquals(
          List.of(), admin.organisations().getOrganisation(squatter.getId()).getOtherIdentifiers());
    }
    Organisation real = register(unique("The Real Charity"), charity, OrganisationRole.VCFSE);
    assertEquals(charity, real.getIdentifier());
  }

  @Test
  void registeringTheRealHolderOfAnIdentifierRemovesItFromAnotherOrganisationsOtherIdentifiers() {
    String charity = unregisteredCharity();
    // As data squatted before the fix would be (only an admin can set them now).
    Organisation listed =
        admin
            .organisations()
            .createOrganisation(
                CreateOrganisationOptions.builder()
                    .name(unique("Lists it"))
                    .roles(OrganisationRole.SUPPLIER)
                    .identifier(uniqueCompanyIdentifier())
                    .otherIdentifiers(List.of(charity))
                    .build());
    assertEquals(List.of(charity), listed.getOtherIdentifiers());

    Organisation real = register(unique("Holder"), charity, OrganisationRole.VCFSE);
    assertEquals(charity, real.getIdentifier());
    assertEquals(
        List.of(),
        admin.organisations().getOrganisation(listed.getId()).getOtherIdentifiers(),
        "the holder wins");
    List<AuditEvent> trail =
        admin
            .audit()
            .listAuditEvents(ListAuditEventsOptions.builder().entityId(listed.getId()).build())
            .stream()
            .toList();
    assertEquals(List.of("otherIdentifiers"), trail.get(trail.size() - 1).getChangedFields());
    try (SvkitClient holder = Clients.of(endpoint(), Tokens.of(charity, "vcfse"))) {
      assertEquals(real.getId(), holder.organisations().getMyOrganisation().getId());
    }
    // A primary identifier still cannot be registered twice, nor claimed as another's.
    assertThrows(
        ConflictException.class, () -> register(unique("Second"), charity, OrganisationRole.VCFSE));
    Organisation now = admin.organisations().getOrganisation(listed.getId());
    assertThrows(
        ConflictException.class,
        () ->
            admin
                .organisations()
                .updateOrganisation(
                    now,
                    UpdateOrganisationOptions.builder(now)
                        .otherIdentifiers(List.of(charity))
                        .build()));
  }

  @Test
  void staleUpdateThroughTheSdkIsPreconditionFailed() {
    Organisation created =
        register(unique("Stale"), uniqueCompanyIdentifier(), OrganisationRole.SUPPLIER);
    admin
        .organisations()
        .updateOrganisation(
            created, UpdateOrganisationOptions.builder(created).name("Fresh").build());

    assertThrows(
        PreconditionFailedException.class,
        () ->
            admin
                .organisations()
                .updateOrganisation(
                    created,
                    UpdateOrganisationOptions.builder(created).name("Stale write").build()));
  }

  @Test
  void anotherOrganisationMayNotChangeIt() {
    Organisation target =
        register(unique("Target"), uniqueCompanyIdentifier(), OrganisationRole.SUPPLIER);
    try (SvkitClient rival = Clients.of(endpoint(), Tokens.of("GB-LAE-WRL", "buyer"))) {
      Organisation seen = rival.organisations().getOrganisation(target.getId());

      assertThrows(
          PermissionDeniedException.class,
          () ->
              rival
                  .organisations()
                  .updateOrganisation(
                      seen, UpdateOrganisationOptions.builder(seen).name("Hijacked").build()));
    }
  }

  @Test
  void anIdentifierBelongsToOneOrganisation() {
    String identifier = uniqueCompanyIdentifier();
    register(unique("First holder"), identifier, OrganisationRole.SUPPLIER);

    ConflictException conflict =
        assertThrows(
            ConflictException.class,
            () -> register(unique("Second holder"), identifier, OrganisationRole.SUPPLIER));

    assertEquals(409, conflict.getStatusCode());
  }

  @Test
  void eachOrgIdSchemeIsCheckedForItsFormat() {
    for (String valid :
        List.of(
            "GB-CHC-1090095",
            "GB-SC-SC012345",
            "GB-NIC-100002",
            "GB-MPR-IP30249R",
            "GB-LAE-KNW",
            "GB-NHS-RBL")) {
      // Valid identifiers may already be taken by an earlier run; either way they pass the format
      // check.
      try {
        register(unique("Scheme " + valid), valid, OrganisationRole.BUYER);
      } catch (ConflictException alreadyRegistered) {
        assertEquals(409, alreadyRegistered.getStatusCode());
      }
    }
    for (String invalid :
        List.of(
            "GB-CHC-12",
            "GB-SC-123456",
            "GB-COH-1234",
            "GB-LAE-12",
            "XX-ABC-1",
            "GB-NHS-toolong1")) {
      ValidationException rejected =
          assertThrows(
              ValidationException.class,
              () -> register(unique("Bad"), invalid, OrganisationRole.BUYER),
              invalid);
      assertEquals("identifier", rejected.getErrors().get(0).getField(), invalid);
    }
  }

  @Test
  void anotherOrganisationsAuditEventIsNotFoundAndNotListed() {
    String identifier = uniqueCompanyIdentifier();
    Organisation owner = register(unique("Audit owner"), identifier, OrganisationRole.SUPPLIER);
    String eventId =
        admin
            .audit()
            .listAuditEvents(ListAuditEventsOptions.builder().entityId(owner.getId()).build())
            .stream()
            .findFirst()
            .orElseThrow()
            .getId();

    try (SvkitClient other = Clients.of(endpoint(), Tokens.of("GB-LAE-WRL", "buyer"));
        SvkitClient itself = Clients.of(endpoint(), Tokens.of(identifier, "supplier"))) {
      assertThrows(NotFoundException.class, () -> other.audit().getAuditEvent(eventId));
      assertTrue(
          other
              .audit()
              .listAuditEvents(ListAuditEventsOptions.builder().entityId(owner.getId()).build())
              .stream()
              .findAny()
              .isEmpty());
      assertThrows(PermissionDeniedException.class, () -> itself.audit().getAuditEvent(eventId));
      assertEquals(eventId, admin.audit().getAuditEvent(eventId).getId());
    }
  }

  /**
   * Writes that used to leave no trace: a benchmark opt-in, an imported edition's elements and
   * measures.
   */
  @Test
  void optInsAndImportedElementsAreAudited() {
    // A buyer of its own, so that opting in changes no other test's benchmark.
    String identifier = uniqueCompanyIdentifier();
    Organisation buyerOrg = register(unique("Audited buyer"), identifier, OrganisationRole.BUYER);
    String wirralBuyer = Tokens.of(identifier, "buyer");
    Http.Reply optIn =
        http()
            .put("/api/v1/dashboards/benchmark/opt-in", "{\"optIn\":true}")
            .token(wirralBuyer)
            .send();
    assertTrue(optIn.status() < 300, optIn.body());
    Http.Reply trail =
        http()
            .get("/api/v1/audit-events?entityType=benchmark-opt-in&entityId=" + buyerOrg.getId())
            .token(wirralBuyer)
            .send();
    assertEquals(200, trail.status(), trail.body());
    assertTrue(trail.body().contains("\"entityType\":\"benchmark-opt-in\""), trail.body());

    String code = "AUD" + Long.toString(System.nanoTime(), 36).toUpperCase();
    String body =
        "{\"frameworkCode\":\""
            + code
            + "\",\"frameworkName\":\"Audit test\",\"edition\":\"1\",\"source\":\"test\","
            + "\"elements\":[{\"code\":\"T1\",\"kind\":\"THEME\",\"title\":\"Theme\"}],"
            + "\"measures\":[{\"code\":\""
            + code
            + "-M1\",\"title\":\"Hires\",\"unitType\":\"FTE\",\"unitLabel\":\"FTE\",\"monetised\":false,\"elementCode\":\"T1\"}]}";
    assertEquals(
        201, http().post("/api/v1/frameworks/editions", body).token(wirralBuyer).send().status());
    assertTrue(
        http()
            .get("/api/v1/audit-events?entityType=framework-element&limit=200")
            .token(wirralBuyer)
            .send()
            .body()
            .contains("framework-element"));
    assertTrue(
        http()
            .get("/api/v1/audit-events?entityType=framework-measure&limit=200")
            .token(wirralBuyer)
            .send()
            .body()
            .contains("framework-measure"));
  }
}
