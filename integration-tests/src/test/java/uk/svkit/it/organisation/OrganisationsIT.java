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
    return admin.organisations().createOrganisation(
        CreateOrganisationOptions.builder().name(name).roles(roles).identifier(identifier).build());
  }

  @Test
  void registeredOrganisationCanBeReadListedAndActedFor() {
    String identifier = uniqueCompanyIdentifier();
    String name = unique("Wirral Wellbeing Works");

    Organisation created = register(name, identifier, OrganisationRole.VCFSE, OrganisationRole.SUPPLIER);

    assertEquals(name, created.getName());
    assertEquals(identifier, created.getIdentifier());
    assertTrue(created.getRoles().containsAll(List.of(OrganisationRole.VCFSE, OrganisationRole.SUPPLIER)));
    assertEquals(created.getId(), admin.organisations().getOrganisation(created.getId()).getId());
    List<Organisation> found = admin.organisations()
        .listOrganisations(ListOrganisationsOptions.builder().query(name).role(OrganisationRole.VCFSE).build())
        .stream().toList();
    assertEquals(List.of(created.getId()), found.stream().map(Organisation::getId).toList());
    try (SvkitClient itself = Clients.of(endpoint(), Tokens.of(identifier, "vcfse"))) {
      assertEquals(created.getId(), itself.organisations().getMyOrganisation().getId());
    }
  }

  @Test
  void organisationMayRenameItselfAndTheAuditTrailSaysWhoChangedWhat() {
    String identifier = uniqueCompanyIdentifier();
    Organisation created = register(unique("Rename me"), identifier, OrganisationRole.SUPPLIER);
    try (SvkitClient itself = Clients.of(endpoint(), Tokens.of(identifier, "supplier"))) {
      Organisation current = itself.organisations().getOrganisation(created.getId());

      Organisation renamed = itself.organisations().updateOrganisation(current,
          UpdateOrganisationOptions.builder(current).name("Renamed Ltd").build());

      assertEquals("Renamed Ltd", renamed.getName());
      assertNotEquals(current.getETag(), renamed.getETag());
      List<AuditEvent> trail = itself.audit()
          .listAuditEvents(ListAuditEventsOptions.builder().entityId(created.getId()).build())
          .stream().toList();
      assertEquals(List.of(AuditAction.CREATED, AuditAction.UPDATED), trail.stream().map(AuditEvent::getAction).toList());
      AuditEvent update = trail.get(1);
      assertEquals(List.of("name"), update.getChangedFields());
      assertEquals("it-supplier@" + identifier, update.getSubject());
      assertEquals(created.getId(), update.getOrganisationId());
      assertEquals(update.getId(), itself.audit().getAuditEvent(update.getId()).getId());
    }
  }

  @Test
  void renamingWithoutListingOtherIdentifiersKeepsThem() {
    Organisation created = admin.organisations().createOrganisation(
        CreateOrganisationOptions.builder().name(unique("Keeps ids")).roles(OrganisationRole.SUPPLIER)
            .identifier(uniqueCompanyIdentifier()).otherIdentifiers(List.of("GB-CHC-1" + (System.nanoTime() % 1_000_000 + 1_000_000))).build());

    Organisation renamed = admin.organisations().updateOrganisation(created.getId(),
        UpdateOrganisationOptions.builder().name("Renamed only").build(), created.getETag());

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
      assertThrows(PermissionDeniedException.class, () -> itself.organisations().updateOrganisation(current,
          UpdateOrganisationOptions.builder(current).otherIdentifiers(List.of(charity)).build()));
      assertEquals(List.of(), admin.organisations().getOrganisation(squatter.getId()).getOtherIdentifiers());
    }
    Organisation real = register(unique("The Real Charity"), charity, OrganisationRole.VCFSE);
    assertEquals(charity, real.getIdentifier());
  }

  @Test
  void registeringTheRealHolderOfAnIdentifierRemovesItFromAnotherOrganisationsOtherIdentifiers() {
    String charity = unregisteredCharity();
    // As data squatted before the fix would be (only an admin can set them now).
    Organisation listed = admin.organisations().createOrganisation(CreateOrganisationOptions.builder().name(unique("Lists it"))
        .roles(OrganisationRole.SUPPLIER).identifier(uniqueCompanyIdentifier()).otherIdentifiers(List.of(charity)).build());
    assertEquals(List.of(charity), listed.getOtherIdentifiers());

    Organisation real = register(unique("Holder"), charity, OrganisationRole.VCFSE);
    assertEquals(charity, real.getIdentifier());
    assertEquals(List.of(), admin.organisations().getOrganisation(listed.getId()).getOtherIdentifiers(), "the holder wins");
    List<AuditEvent> trail = admin.audit().listAuditEvents(ListAuditEventsOptions.builder().entityId(listed.getId()).build()).stream().toList();
    assertEquals(List.of("otherIdentifiers"), trail.get(trail.size() - 1).getChangedFields());
    try (SvkitClient holder = Clients.of(endpoint(), Tokens.of(charity, "vcfse"))) {
      assertEquals(real.getId(), holder.organisations().getMyOrganisation().getId());
    }
    // A primary identifier still cannot be registered twice, nor claimed as another's.
    assertThrows(ConflictException.class, () -> register(unique("Second"), charity, OrganisationRole.VCFSE));
    Organisation now = admin.organisations().getOrganisation(listed.getId());
    assertThrows(ConflictException.class, () -> admin.organisations().updateOrganisation(now,
        UpdateOrganisationOptions.builder(now).otherIdentifiers(List.of(charity)).build()));
  }

  @Test
  void staleUpdateThroughTheSdkIsPreconditionFailed() {
    Organisation created = register(unique("Stale"), uniqueCompanyIdentifier(), OrganisationRole.SUPPLIER);
    admin.organisations().updateOrganisation(created, UpdateOrganisationOptions.builder(created).name("Fresh").build());

    assertThrows(PreconditionFailedException.class, () ->
        admin.organisations().updateOrganisation(created, UpdateOrganisationOptions.builder(created).name("Stale write").build()));
  }

  @Test
  void anotherOrganisationMayNotChangeIt() {
    Organisation target = register(unique("Target"), uniqueCompanyIdentifier(), OrganisationRole.SUPPLIER);
    try (SvkitClient rival = Clients.of(endpoint(), Tokens.of("GB-LAE-WRL", "buyer"))) {
      Organisation seen = rival.organisations().getOrganisation(target.getId());

      assertThrows(PermissionDeniedException.class, () ->
          rival.organisations().updateOrganisation(seen, UpdateOrganisationOptions.builder(seen).name("Hijacked").build()));
    }
  }

  @Test
  void anIdentifierBelongsToOneOrganisation() {
    String identifier = uniqueCompanyIdentifier();
    register(unique("First holder"), identifier, OrganisationRole.SUPPLIER);

    ConflictException conflict = assertThrows(ConflictException.class, () -> register(unique("Second holder"), identifier, OrganisationRole.SUPPLIER));

    assertEquals(409, conflict.getStatusCode());
  }

  @Test
  void eachOrgIdSchemeIsCheckedForItsFormat() {
    for (String valid : List.of("GB-CHC-1090095", "GB-SC-SC012345", "GB-NIC-100002", "GB-MPR-IP30249R", "GB-LAE-KNW", "GB-NHS-RBL")) {
      // Valid identifiers may already be taken by an earlier run; either way they pass the format check.
      try {
        register(unique("Scheme " + valid), valid, OrganisationRole.BUYER);
      } catch (ConflictException alreadyRegistered) {
        assertEquals(409, alreadyRegistered.getStatusCode());
      }
    }
    for (String invalid : List.of("GB-CHC-12", "GB-SC-123456", "GB-COH-1234", "GB-LAE-12", "XX-ABC-1", "GB-NHS-toolong1")) {
      ValidationException rejected = assertThrows(ValidationException.class, () -> register(unique("Bad"), invalid, OrganisationRole.BUYER), invalid);
      assertEquals("identifier", rejected.getErrors().get(0).getField(), invalid);
    }
  }

  @Test
  void anotherOrganisationsAuditEventIsNotFoundAndNotListed() {
    String identifier = uniqueCompanyIdentifier();
    Organisation owner = register(unique("Audit owner"), identifier, OrganisationRole.SUPPLIER);
    String eventId = admin.audit()
        .listAuditEvents(ListAuditEventsOptions.builder().entityId(owner.getId()).build())
        .stream().findFirst().orElseThrow().getId();

    try (SvkitClient other = Clients.of(endpoint(), Tokens.of("GB-LAE-WRL", "buyer"));
        SvkitClient itself = Clients.of(endpoint(), Tokens.of(identifier, "supplier"))) {
      assertThrows(NotFoundException.class, () -> other.audit().getAuditEvent(eventId));
      assertTrue(other.audit().listAuditEvents(ListAuditEventsOptions.builder().entityId(owner.getId()).build()).stream().findAny().isEmpty());
      assertEquals(eventId, itself.audit().getAuditEvent(eventId).getId());
    }
  }
}
