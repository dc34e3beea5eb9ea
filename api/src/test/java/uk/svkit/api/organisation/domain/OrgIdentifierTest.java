package uk.svkit.api.organisation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrgIdentifierTest {
  @ParameterizedTest
  @CsvSource({
    "GB-CHC-1090095, GB-CHC, 1090095",
    "gb-chc-279417, GB-CHC, 279417",
    "GB-SC-SC012345, GB-SC, SC012345",
    "GB-NIC-100002, GB-NIC, 100002",
    "GB-COH-01234567, GB-COH, 01234567",
    "GB-COH-SC123456, GB-COH, SC123456",
    "GB-MPR-IP30249R, GB-MPR, IP30249R",
    "GB-LAE-WRL, GB-LAE, WRL",
    "GB-NHS-RBL, GB-NHS, RBL",
    "GB-PPON-PBZB-4962-TVLR, GB-PPON, PBZB-4962-TVLR"
  })
  void acceptsEachSchemesFormat(String value, String scheme, String id) {
    OrgIdentifier identifier = OrgIdentifier.parse(value);

    assertEquals(scheme, identifier.scheme());
    assertEquals(id, identifier.id());
    assertEquals(scheme + "-" + id, identifier.toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "GB-CHC-12",
        "GB-CHC-ABC1234",
        "GB-SC-123456",
        "GB-NIC-1234567",
        "GB-COH-1234",
        "GB-LAE-12",
        "GB-NHS-TOOLONG1",
        "GB-PPON-1234",
        "XX-FOO-1",
        "1090095",
        ""
      })
  void rejectsWhatItsSchemeWouldNotIssue(String value) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> OrgIdentifier.parse(value));

    assertTrue(
        e.getMessage().contains("identifier") || e.getMessage().contains("scheme"), e.getMessage());
  }
}
