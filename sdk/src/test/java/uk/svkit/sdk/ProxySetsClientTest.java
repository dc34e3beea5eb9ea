package uk.svkit.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.svkit.sdk.StubServer.Reply;
import uk.svkit.sdk.exception.BusinessRuleException;
import uk.svkit.sdk.exception.FieldError;
import uk.svkit.sdk.models.CreateProxySetOptions;
import uk.svkit.sdk.models.ListProxySetsOptions;
import uk.svkit.sdk.models.ProxySet;

class ProxySetsClientTest {

  static String proxySetJson(String id, String name) {
    return "{\"id\":\""
        + id
        + "\",\"frameworkCode\":\"PPN0620\",\"edition\":\"2020-12\","
        + "\"name\":\""
        + name
        + "\",\"currency\":\"GBP\",\"priceYear\":2024,"
        + "\"source\":\"Agreed locally\",\"licenceNote\":\"Internal use\","
        + "\"illustrative\":false,\"ownerOrganisationId\":\"o-1\",\"values\":["
        + "{\"measureCode\":\"LM-EMP-01\",\"valuePerUnit\":20000.50},"
        + "{\"measureCode\":\"LM-SUP-01\",\"valuePerUnit\":1,\"multiplier\":1.500001},"
        + "{\"measureCode\":\"LM-BIG-01\",\"valuePerUnit\":12345678901234567.8901}],"
        + "\"createdAt\":\"2025-04-05T06:07:08.123456Z\",\"version\":1,\"futureField\":"
        + "{\"a\":[1]}}";
  }

  private static CreateProxySetOptions.Builder minimalOptions() {
    return CreateProxySetOptions.builder()
        .frameworkCode("PPN0620")
        .edition("2020-12")
        .name("Wirral 2024")
        .currency("GBP")
        .priceYear(2024)
        .source("Agreed locally")
        .licenceNote("Internal use");
  }

  private StubServer stub;
  private SvkitClient client;

  @BeforeEach
  void start() throws Exception {
    stub = new StubServer();
    client = TestSupport.clientFor(stub, new TestSupport.RecordingSleeper());
  }

  @AfterEach
  void stop() {
    stub.close();
    client.close();
  }

  @Test
  void createSendsBodyWithExactDecimalsAndAnIdempotencyKey() {
    stub.enqueue(
        Reply.json(201, proxySetJson("ps-1", "Wirral 2024"))
            .header("Location", stub.endpoint() + "/api/v1/proxy-sets/ps-1")
            .header("ETag", "\"1\""));

    Response<ProxySet> response =
        client
            .proxySets()
            .createProxySetWithResponse(
                minimalOptions()
                    .addValue("LM-EMP-01", new BigDecimal("20000.50"))
                    .addValue("LM-SUP-01", BigDecimal.ONE, new BigDecimal("1.500001"))
                    .addValue("LM-BIG-01", new BigDecimal("12345678901234567.8901"))
                    .build(),
                null);

    StubServer.Recorded req = stub.lastRequest();
    assertEquals("POST", req.method);
    assertEquals("/api/v1/proxy-sets", req.path());
    assertTrue(req.header("Content-Type").startsWith("application/json"));
    assertNotNull(req.header("Idempotency-Key"));
    assertEquals(
        "{\"frameworkCode\":\"PPN0620\",\"edition\":\"2020-12\",\"name\":"
            + "\"Wirral 2024\",\"currency\":\"GBP\",\"priceYear\":2024,\"source\":"
            + "\"Agreed locally\",\"licenceNote\":\"Internal use\",\"values\":["
            + "{\"measureCode\":\"LM-EMP-01\",\"valuePerUnit\":20000.50},"
            + "{\"measureCode\":\"LM-SUP-01\",\"valuePerUnit\":1,\"multiplier\":1.500001},"
            + "{\"measureCode\":\"LM-BIG-01\",\"valuePerUnit\":12345678901234567.8901}]}",
        req.body);
    assertEquals(201, response.getStatusCode());
    assertEquals("\"1\"", response.getETag());
    assertTrue(response.getHeader("Location").endsWith("/api/v1/proxy-sets/ps-1"));
  }

  @Test
  void csvIsSentAsTextCsvWithAnIdempotencyKey() {
    stub.enqueue(Reply.json(201, proxySetJson("ps-9", "From CSV")));
    String csv =
        "frameworkCode,edition,name,currency,priceYear,source,licenceNote,"
            + "measureCode,valuePerUnit\nSVK-LOCAL,1,From CSV,GBP,2026,s,l,LM-EMP-01,20000\n";

    ProxySet set = client.proxySets().createProxySetFromCsv(csv);

    StubServer.Recorded req = stub.lastRequest();
    assertEquals("POST", req.method);
    assertEquals("/api/v1/proxy-sets", req.path());
    assertTrue(req.header("Content-Type").startsWith("text/csv"), req.header("Content-Type"));
    assertNotNull(req.header("Idempotency-Key"));
    assertEquals(csv, req.body);
    assertEquals("ps-9", set.getId());
  }

  @Test
  void proxySetIsMappedWithExactDecimals() {
    stub.enqueue(Reply.json(200, proxySetJson("ps-1", "Wirral 2024")));

    ProxySet set = client.proxySets().getProxySet("ps-1");

    assertEquals("/api/v1/proxy-sets/ps-1", stub.lastRequest().path());
    assertEquals("ps-1", set.getId());
    assertEquals("PPN0620", set.getFrameworkCode());
    assertEquals("2020-12", set.getEdition());
    assertEquals("Wirral 2024", set.getName());
    assertEquals("GBP", set.getCurrency());
    assertEquals(2024, set.getPriceYear());
    assertEquals("Agreed locally", set.getSource());
    assertEquals("Internal use", set.getLicenceNote());
    assertFalse(set.isIllustrative());
    assertEquals("o-1", set.getOwnerOrganisationId());
    assertEquals(OffsetDateTime.parse("2025-04-05T06:07:08.123456Z"), set.getCreatedAt());
    assertEquals(3, set.getValues().size());
    // BigDecimal.equals also compares the scale: the value is exactly what was sent.
    assertEquals(new BigDecimal("20000.50"), set.getValues().get(0).getValuePerUnit());
    assertNull(set.getValues().get(0).getMultiplier());
    assertEquals(new BigDecimal("1.500001"), set.getValues().get(1).getMultiplier());
    assertEquals(
        new BigDecimal("12345678901234567.8901"), set.getValues().get(2).getValuePerUnit());
  }

  @Test
  void illustrativeSetWithoutOwnerAndWithMissingArrays() {
    stub.enqueue(Reply.json(200, "{\"id\":\"ps-demo\",\"illustrative\":true}"));

    ProxySet set = client.proxySets().getProxySet("ps-demo");

    assertTrue(set.isIllustrative());
    assertNull(set.getOwnerOrganisationId());
    assertTrue(set.getValues().isEmpty());
  }

  @Test
  void businessRuleProblemCarriesFieldErrors() {
    stub.enqueue(
        Reply.raw(
            422,
            "application/problem+json",
            "{\"type\":"
                + "\"/problems/business-rule-violated\",\"title\":\"Business rule violated\","
                + "\"status\":422,\"detail\":\"Some proxy values do not fit the framework"
                + " edition.\",\"errors\":[{\"field\":\"values[0].measureCode\",\"message\":"
                + "\"LM-NAR-01 is record-only and cannot have a proxy value\"},{\"field\":"
                + "\"values[1].measureCode\",\"message\":\"appears more than once\"}]}"));

    BusinessRuleException e =
        assertThrows(
            BusinessRuleException.class,
            () ->
                client
                    .proxySets()
                    .createProxySet(
                        minimalOptions()
                            .addValue("LM-NAR-01", BigDecimal.TEN)
                            .addValue("LM-NAR-01", BigDecimal.TEN)
                            .build()));

    assertEquals(422, e.getStatusCode());
    assertEquals("/problems/business-rule-violated", e.getType());
    assertEquals(
        List.of(
            new FieldError(
                "values[0].measureCode", "LM-NAR-01 is record-only and cannot have a proxy value"),
            new FieldError("values[1].measureCode", "appears more than once")),
        e.getErrors());
    assertEquals(1, stub.requests().size(), "422 is not retried");
  }

  @Test
  void callerIdempotencyKeyIsSent() {
    stub.enqueue(Reply.json(201, proxySetJson("ps-1", "Wirral 2024")));

    client
        .proxySets()
        .createProxySet(
            minimalOptions().addValue("LM-EMP-01", BigDecimal.ONE).build(),
            RequestOptions.builder().idempotencyKey("load-2024").build());

    assertEquals("load-2024", stub.lastRequest().header("Idempotency-Key"));
  }

  @Test
  void listProxySetsFollowsCursorsWithLimit() {
    stub.enqueue(
        Reply.json(
            200,
            "{\"items\":["
                + proxySetJson("ps-1", "A")
                + ","
                + proxySetJson("ps-2", "B")
                + "],\"next\":\""
                + stub.endpoint()
                + "/api/v1/proxy-sets?limit=2&cursor=c2\"}"),
        Reply.json(200, "{\"items\":[" + proxySetJson("ps-3", "C") + "],\"next\":null}"));

    List<String> ids =
        client.proxySets().listProxySets(ListProxySetsOptions.builder().limit(2).build()).stream()
            .map(ProxySet::getId)
            .collect(Collectors.toList());

    assertEquals(List.of("ps-1", "ps-2", "ps-3"), ids);
    List<StubServer.Recorded> reqs = stub.requests();
    assertEquals(2, reqs.size());
    assertEquals("/api/v1/proxy-sets", reqs.get(0).path());
    assertEquals("limit=2", reqs.get(0).query());
    assertEquals("limit=2&cursor=c2", reqs.get(1).query());
  }

  @Test
  void listProxySetsWithoutOptionsSendsNoQuery() {
    stub.enqueue(Reply.json(200, "{\"items\":[]}"));

    assertFalse(client.proxySets().listProxySets().iterator().hasNext());
    assertNull(stub.lastRequest().query());
  }

  @Test
  void idIsEncodedAndBlankIdRejected() {
    stub.enqueue(Reply.json(200, proxySetJson("a/b", "X")));

    client.proxySets().getProxySet("a/b");

    assertEquals("/api/v1/proxy-sets/a%2Fb", stub.lastRequest().path());
    assertThrows(IllegalArgumentException.class, () -> client.proxySets().getProxySet(""));
    assertEquals(1, stub.requests().size());
  }

  @Test
  void optionsBuilderRequiresEveryFieldAndAValue() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> CreateProxySetOptions.builder().name("X").build());
    assertTrue(e.getMessage().contains(".frameworkCode(...)"), e.getMessage());
    assertTrue(e.getMessage().contains(".priceYear(...)"), e.getMessage());
    assertTrue(e.getMessage().contains(".addValue(...)"), e.getMessage());
    assertFalse(e.getMessage().contains(".name("), e.getMessage());
    assertThrows(IllegalStateException.class, () -> minimalOptions().build());
    assertThrows(NullPointerException.class, () -> minimalOptions().addValue("LM-EMP-01", null));
    assertThrows(
        NullPointerException.class,
        () -> minimalOptions().addValue("LM-EMP-01", BigDecimal.ONE, null));
    assertThrows(IllegalArgumentException.class, () -> ListProxySetsOptions.builder().limit(0));
  }

  @Test
  void builtOptionsAreImmutable() {
    CreateProxySetOptions.Builder b = minimalOptions().addValue("LM-EMP-01", BigDecimal.ONE);
    CreateProxySetOptions first = b.build();
    b.addValue("LM-SKL-01", BigDecimal.TEN);

    assertEquals(1, first.getValues().size());
    assertEquals(2, b.build().getValues().size());
    assertThrows(UnsupportedOperationException.class, () -> first.getValues().clear());
  }
}
