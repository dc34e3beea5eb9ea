package uk.svkit.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.svkit.sdk.models.AuditAction;
import uk.svkit.sdk.models.CreateOrganisationOptions;
import uk.svkit.sdk.models.EditionStatus;
import uk.svkit.sdk.models.FrameworkElementKind;
import uk.svkit.sdk.models.ListOrganisationsOptions;
import uk.svkit.sdk.models.OrganisationRole;
import uk.svkit.sdk.models.UnitType;
import uk.svkit.sdk.models.UpdateOrganisationOptions;

class OptionsAndModelsTest {

  @Test
  void requestOptionsValidateArguments() {
    RequestOptions.Builder b = RequestOptions.builder();
    assertThrows(IllegalArgumentException.class, () -> b.idempotencyKey("k".repeat(256)));
    assertThrows(IllegalArgumentException.class, () -> b.idempotencyKey(" "));
    assertThrows(IllegalArgumentException.class, () -> b.timeout(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> b.header("Authorization", "x"));
    assertThrows(IllegalArgumentException.class, () -> b.header("idempotency-key", "x"));
    assertThrows(IllegalArgumentException.class, () -> b.ifMatch(""));
    b.idempotencyKey("k".repeat(255));
  }

  @Test
  void requestOptionsAreImmutable() {
    RequestOptions.Builder b = RequestOptions.builder().header("X-A", "1");
    RequestOptions first = b.build();
    b.header("x-a", "2").header("X-B", "3");

    assertEquals(java.util.Map.of("X-A", "1"), first.getHeaders());
    assertEquals(java.util.Map.of("x-a", "2", "X-B", "3"), b.build().getHeaders());
    assertThrows(UnsupportedOperationException.class, () -> first.getHeaders().put("X-C", "4"));
  }

  @Test
  void optionBuildersRequireNameAndExplain() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> CreateOrganisationOptions.builder().build());
    assertTrue(e.getMessage().contains(".name("), e.getMessage());
    assertThrows(IllegalStateException.class, () -> UpdateOrganisationOptions.builder().build());
    assertThrows(IllegalArgumentException.class, () -> ListOrganisationsOptions.builder().limit(0));
    assertThrows(
        NullPointerException.class,
        () ->
            CreateOrganisationOptions.builder()
                .roles(java.util.Arrays.asList(OrganisationRole.BUYER, null)));
  }

  @Test
  void optionListsAreDefensiveCopies() {
    List<String> ids = new java.util.ArrayList<>(List.of("GB-COH-1"));
    CreateOrganisationOptions o =
        CreateOrganisationOptions.builder().name("A").otherIdentifiers(ids).build();
    ids.add("GB-COH-2");

    assertEquals(List.of("GB-COH-1"), o.getOtherIdentifiers());
  }

  @Test
  void organisationRoleIsAnExtensibleStringType() {
    assertSame(OrganisationRole.BUYER, OrganisationRole.fromString("BUYER"));
    OrganisationRole future = OrganisationRole.fromString("ANCHOR");
    assertEquals("ANCHOR", future.toString());
    assertEquals(future, OrganisationRole.fromString("ANCHOR"));
    assertNotEquals(OrganisationRole.BUYER, future);
    assertEquals(
        List.of(OrganisationRole.BUYER, OrganisationRole.SUPPLIER, OrganisationRole.VCFSE),
        OrganisationRole.values());
    assertThrows(IllegalArgumentException.class, () -> OrganisationRole.fromString(""));
  }

  @Test
  void extensibleStringTypesShareLookupAndEquality() {
    assertSame(AuditAction.DELETED, AuditAction.fromString("DELETED"));
    assertSame(EditionStatus.DRAFT, EditionStatus.fromString("DRAFT"));
    assertSame(FrameworkElementKind.OUTCOME, FrameworkElementKind.fromString("OUTCOME"));
    assertSame(UnitType.TCO2E, UnitType.fromString("TCO2E"));
    assertEquals(9, UnitType.values().size());
    // Same wire value, different types: never equal.
    assertNotEquals(AuditAction.fromString("X"), EditionStatus.fromString("X"));
    assertEquals(UnitType.fromString("KWH").hashCode(), UnitType.fromString("KWH").hashCode());
    assertThrows(NullPointerException.class, () -> EditionStatus.fromString(null));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FrameworkElementKind.fromString(" "));
    assertEquals("FrameworkElementKind value must not be blank", e.getMessage());
  }

  @Test
  void retryPolicyValidates() {
    assertThrows(
        IllegalStateException.class,
        () ->
            RetryPolicy.builder()
                .baseDelay(Duration.ofSeconds(10))
                .maxDelay(Duration.ofSeconds(1))
                .build());
    assertEquals(2, RetryPolicy.defaultPolicy().getMaxRetries());
    assertEquals(0, RetryPolicy.noRetries().getMaxRetries());
  }
}
