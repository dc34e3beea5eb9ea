package uk.svkit.it.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.svkit.generated.ApiClient;
import uk.svkit.generated.ApiException;
import uk.svkit.generated.ApiResponse;
import uk.svkit.generated.api.ContractsApi;
import uk.svkit.generated.api.DirectoryApi;
import uk.svkit.generated.api.OrganisationsApi;
import uk.svkit.generated.model.BulkResult;
import uk.svkit.generated.model.BulkReturnItem;
import uk.svkit.generated.model.BulkReturnsRequest;
import uk.svkit.generated.model.Contract;
import uk.svkit.generated.model.ContractCommitmentInput;
import uk.svkit.generated.model.CreateContractRequest;
import uk.svkit.generated.model.CreateOrganisationRequest;
import uk.svkit.generated.model.DirectoryOrganisationPage;
import uk.svkit.generated.model.Organisation;
import uk.svkit.generated.model.Problem;
import uk.svkit.generated.model.ReportingFrequency;
import uk.svkit.generated.model.UpdateOrganisationRequest;
import uk.svkit.it.support.SvkitServer;
import uk.svkit.it.support.Tokens;

/**
 * The OpenAPI document as an integrator who generates a client from it sees it: the build generates
 * a Java client (openapi-generator, java/native, validation on) from the live document the H2 run
 * exported, compiles it with this test, and the PostgreSQL run runs it. Nothing here is svkit's own
 * SDK: only what the document declares.
 */
class GeneratedClientIT extends SvkitServer {
  private static final String WIRRAL = "GB-LAE-WRL";
  private static final String SUPPLIER = "GB-COH-09900001";
  private static final String SUPPLIER_ID = "8f1f3c39-0000-4000-8000-000000000004";
  private static final String ILLUSTRATIVE_PROXIES = "f274eec2-15a5-55a8-b0ed-d650872afa14";

  /** A generated client for the test server, sending {@code token} (none when null). */
  private ApiClient client(String token) {
    ApiClient client = new ApiClient();
    client.updateBaseUri(endpoint().toString());
    if (token != null) {
      client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    }
    return client;
  }

  @Test
  void anonymousDirectorySearch() throws Exception {
    DirectoryOrganisationPage page =
        new DirectoryApi(client(null))
            .searchDirectoryOrganisations(
                null, false, null, null, 5, null, "CH41", null, null, 10.0, null, null, null);
    assertFalse(page.getItems().isEmpty());
    assertTrue(page.getItems().stream().allMatch(hit -> hit.getDistanceKm() <= 10.0));
  }

  @Test
  void aContractWithABulkOfReturnsSentWithAnIdempotencyKeyThenItsCsv() throws Exception {
    ContractsApi buyer = new ContractsApi(client(Tokens.of(WIRRAL, "contract-manager")));
    Contract contract =
        buyer.createContract(
            new CreateContractRequest()
                .buyerContractId(unique("GEN").replace(' ', '-'))
                .title("Generated-client contract")
                .supplierOrganisationId(SUPPLIER_ID)
                .value(new BigDecimal("250000"))
                .startDate(LocalDate.of(2026, 1, 1))
                .endDate(LocalDate.of(2026, 12, 31))
                .frameworkCode("SVK-LOCAL")
                .edition("1")
                .proxySetId(ILLUSTRATIVE_PROXIES)
                .addCommitmentsItem(
                    new ContractCommitmentInput()
                        .measureCode("LM-VOL-01")
                        .targetQuantity(new BigDecimal("400"))
                        .reportingFrequency(ReportingFrequency.QUARTERLY))
                .addCommitmentsItem(
                    new ContractCommitmentInput()
                        .measureCode("LM-EMP-01")
                        .targetQuantity(new BigDecimal("2"))
                        .reportingFrequency(ReportingFrequency.QUARTERLY)),
            null);
    String volunteering = contract.getCommitments().get(0).getId();
    String jobs = contract.getCommitments().get(1).getId();

    ContractsApi supplier = new ContractsApi(client(Tokens.of(SUPPLIER, "supplier")));
    BulkReturnsRequest quarter =
        new BulkReturnsRequest()
            .addReturnsItem(
                item(contract.getId(), volunteering, "97.5").narrative("Volunteering, Q1"))
            .addReturnsItem(item(contract.getId(), jobs, "1").narrative("One local hire"));
    String key = "gen-" + contract.getId();
    ApiResponse<BulkResult> first = supplier.submitReturnsWithHttpInfo(quarter, key);
    assertEquals(2, first.getData().getAccepted());
    // A retry after a lost answer replays it, marked, instead of storing the returns twice.
    ApiResponse<BulkResult> retry = supplier.submitReturnsWithHttpInfo(quarter, key);
    assertEquals(first.getData().getReturnIds(), retry.getData().getReturnIds());
    assertEquals(List.of("true"), retry.getHeaders().get("idempotent-replayed"));

    File csv = buyer.exportReturnsCsv(contract.getId());
    List<String> lines = Files.readAllLines(csv.toPath(), StandardCharsets.UTF_8);
    assertEquals(3, lines.size(), String.join("\n", lines));
    assertTrue(lines.get(1).contains("97.5") || lines.get(2).contains("97.5"), lines.toString());
  }

  private static BulkReturnItem item(String contractId, String commitmentId, String quantity) {
    return new BulkReturnItem()
        .contractId(contractId)
        .commitmentId(commitmentId)
        .periodStart(LocalDate.of(2026, 1, 1))
        .periodEnd(LocalDate.of(2026, 3, 31))
        .quantity(new BigDecimal(quantity));
  }

  @Test
  void aStaleIfMatchIsA412ProblemTheClientCanRead() throws Exception {
    ApiClient admin = client(Tokens.admin());
    OrganisationsApi organisations = new OrganisationsApi(admin);
    ApiResponse<Organisation> created =
        organisations.createOrganisationWithHttpInfo(
            new CreateOrganisationRequest()
                .name(unique("Generated Client Trust"))
                .roles(List.of("VCFSE"))
                .identifier(uniqueCompanyIdentifier()),
            null);
    String etag = created.getHeaders().get("etag").get(0);
    String id = created.getData().getId();
    organisations.updateOrganisation(
        id, etag, new UpdateOrganisationRequest().name(unique("Generated Client Trust renamed")));

    ApiException stale =
        assertThrows(
            ApiException.class,
            () ->
                organisations.updateOrganisation(
                    id, etag, new UpdateOrganisationRequest().name("Lost update")));
    assertEquals(412, stale.getCode());
    assertTrue(
        stale.getResponseHeaders().firstValue("content-type").orElse("").startsWith(
            "application/problem+json"));
    ObjectMapper mapper = admin.getObjectMapper();
    Problem problem = mapper.readValue(stale.getResponseBody(), Problem.class);
    assertEquals(412, problem.getStatus());
    assertTrue(problem.getType().endsWith("precondition-failed"), problem.getType());
    assertEquals(
        Set.of(),
        Set.copyOf(
            stale.getResponseHeaders().allValues("x-request-id").stream()
                .filter(String::isBlank)
                .toList()));
  }
}
