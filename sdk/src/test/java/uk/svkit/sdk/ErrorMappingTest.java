package uk.svkit.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.svkit.sdk.StubServer.Reply;
import uk.svkit.sdk.exception.ApiException;
import uk.svkit.sdk.exception.BusinessRuleException;
import uk.svkit.sdk.exception.FieldError;
import uk.svkit.sdk.exception.ServerException;
import uk.svkit.sdk.exception.ValidationException;
import uk.svkit.sdk.models.CreateOrganisationOptions;

class ErrorMappingTest {

  private StubServer stub;
  private SvkitClient client;

  @BeforeEach
  void start() throws Exception {
    stub = new StubServer();
    // No retries: this class is about mapping, not about retrying.
    client =
        TestSupport.builderFor(stub, new TestSupport.RecordingSleeper())
            .retryPolicy(RetryPolicy.noRetries())
            .build();
  }

  @AfterEach
  void stop() {
    stub.close();
    client.close();
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    "400, /problems/validation-failed,     ValidationException",
    "401, /problems/unauthorized,          AuthenticationException",
    "403, /problems/forbidden,             PermissionDeniedException",
    "404, /problems/not-found,             NotFoundException",
    "409, /problems/conflict,              ConflictException",
    "412, /problems/precondition-failed,   PreconditionFailedException",
    "428, /problems/precondition-required, PreconditionRequiredException",
    "413, /problems/payload-too-large,     PayloadTooLargeException",
    "422, /problems/validation-failed,     ValidationException",
    "422, https://svkit.example.org/problems/validation-failed, ValidationException",
    "422, /problems/idempotency-key-reused, BusinessRuleException",
    "422, /problems/bid-deadline-passed,   BusinessRuleException",
    "429, /problems/rate-limited,          RateLimitException",
    "500, /problems/internal,              ServerException",
    "503, /problems/unavailable,           ServerException",
    "405, /problems/method-not-allowed,    ApiException",
  })
  void mapsStatusAndProblemTypeToException(int status, String type, String expected) {
    stub.enqueue(Reply.problem(status, type, "Some title", "Some detail"));

    ApiException e =
        assertThrows(ApiException.class, () -> client.organisations().getOrganisation("o-1"));

    assertEquals(expected, e.getClass().getSimpleName());
    assertEquals(status, e.getStatusCode());
    assertEquals(type, e.getType());
    assertEquals("Some title", e.getTitle());
    assertEquals("Some detail", e.getDetail());
    assertTrue(e.getRawBody().contains("\"status\":" + status));
  }

  @Test
  void validationProblemCarriesFieldErrorsAndRequestId() {
    stub.enqueue(
        Reply.raw(
                422,
                "application/problem+json",
                "{\"type\":"
                    + "\"/problems/validation-failed\",\"title\":\"Validation failed\",\"status\":422,"
                    + "\"detail\":\"2 fields are invalid\",\"instance\":\"req-body\",\"errors\":["
                    + "{\"field\":\"name\",\"message\":\"must not be blank\"},"
                    + "{\"field\":\"roles\",\"message\":\"must not be empty\"}],\"extra\":1}")
            .header("X-Request-Id", "req-header"));

    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                client
                    .organisations()
                    .createOrganisation(CreateOrganisationOptions.builder().name("").build()));

    assertEquals(
        List.of(
            new FieldError("name", "must not be blank"),
            new FieldError("roles", "must not be empty")),
        e.getErrors());
    assertEquals("req-header", e.getRequestId(), "the header wins over instance");
    assertTrue(e.getMessage().contains("name: must not be blank"), e.getMessage());
    assertTrue(e.getMessage().contains("requestId=req-header"), e.getMessage());
    assertTrue(e.getMessage().contains("Validation failed"), e.getMessage());
  }

  @Test
  void requestIdFallsBackToProblemInstanceThenToSentId() {
    stub.enqueue(Reply.problem(404, "/problems/not-found", "Not found", "gone").noEcho());
    ApiException fromInstance =
        assertThrows(ApiException.class, () -> client.organisations().getOrganisation("o-1"));
    assertEquals("req-from-body", fromInstance.getRequestId());

    stub.enqueue(Reply.empty(404).noEcho());
    ApiException sent =
        assertThrows(ApiException.class, () -> client.organisations().getOrganisation("o-1"));
    assertEquals(stub.lastRequest().header("X-Request-Id"), sent.getRequestId());
  }

  @Test
  void nonProblemBodyIsKeptRawWithReasonPhraseAsTitle() {
    stub.enqueue(Reply.raw(502, "text/html", "<html>Bad gateway from proxy</html>"));

    ServerException e =
        assertThrows(ServerException.class, () -> client.organisations().getOrganisation("o-1"));

    assertNull(e.getType());
    assertEquals("Bad Gateway", e.getTitle());
    assertEquals("<html>Bad gateway from proxy</html>", e.getRawBody());
    assertTrue(e.getErrors().isEmpty());
  }

  @Test
  void idempotencyKeyReuseIsABusinessRuleViolation() {
    stub.enqueue(
        Reply.problem(
            422, "/problems/idempotency-key-reused", "Idempotency key reused", "different body"));

    BusinessRuleException e =
        assertThrows(
            BusinessRuleException.class,
            () ->
                client
                    .organisations()
                    .createOrganisation(
                        CreateOrganisationOptions.builder().name("A").build(),
                        RequestOptions.builder().idempotencyKey("k-1").build()));

    assertEquals("/problems/idempotency-key-reused", e.getType());
    assertSame(BusinessRuleException.class, e.getClass());
  }

  @Test
  void malformedSuccessBodyIsReportedWithContext() {
    stub.enqueue(Reply.json(200, "{not json"));

    uk.svkit.sdk.exception.SvkitException e =
        assertThrows(
            uk.svkit.sdk.exception.SvkitException.class,
            () -> client.organisations().getOrganisation("o-1"));

    assertTrue(e.getMessage().contains("/api/v1/organisations/o-1"), e.getMessage());
    assertTrue(e.getMessage().contains("requestId="), e.getMessage());
  }
}
