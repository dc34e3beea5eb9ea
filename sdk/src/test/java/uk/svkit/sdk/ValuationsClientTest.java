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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.svkit.sdk.StubServer.Reply;
import uk.svkit.sdk.exception.FieldError;
import uk.svkit.sdk.exception.NotFoundException;
import uk.svkit.sdk.exception.ValidationException;
import uk.svkit.sdk.models.CreateValuationOptions;
import uk.svkit.sdk.models.Valuation;
import uk.svkit.sdk.models.ValuationItem;
import uk.svkit.sdk.models.ValuationTerm;

class ValuationsClientTest {

  static final String VALUATION_JSON =
      "{\"id\":\"v-1\",\"proxySetId\":\"ps-1\","
          + "\"proxySetName\":\"Illustrative demo values\",\"frameworkCode\":\"PPN0620\","
          + "\"edition\":\"2020-12\",\"priceYear\":2024,\"proxySource\":\"Round numbers\","
          + "\"illustrative\":true,\"currency\":\"GBP\",\"total\":173006.49,\"terms\":["
          + "{\"measureCode\":\"LM-EMP-01\",\"measureTitle\":\"Local people hired\","
          + "\"unitLabel\":\"FTE\",\"quantity\":12.5,\"valuePerUnit\":20000,"
          + "\"adjustmentFactor\":0.648,\"value\":162000.00},"
          + "{\"measureCode\":\"LM-SUP-01\",\"measureTitle\":\"Local spend\",\"unitLabel\":"
          + "\"£ spent locally\",\"quantity\":7337.66,\"valuePerUnit\":1,\"multiplier\":1.5,"
          + "\"value\":11006.49,\"confidence\":\"HIGH\"},"
          + "{\"measureCode\":\"LM-NAR-01\",\"measureTitle\":\"Narrative\",\"unitLabel\":"
          + "\"narrative\",\"quantity\":1,\"note\":\"record-only measure: not monetised\"}],"
          + "\"createdAt\":\"2025-05-06T07:08:09.123456Z\",\"methodVersion\":2}";

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
  void createSendsItemsWithOnlyTheAdjustmentsSetAndAnIdempotencyKey() {
    stub.enqueue(
        Reply.json(201, VALUATION_JSON)
            .header("Location", stub.endpoint() + "/api/v1/valuations/v-1"));

    Response<Valuation> response =
        client
            .valuations()
            .createValuationWithResponse(
                CreateValuationOptions.builder()
                    .proxySetId("ps-1")
                    .addItem(
                        ValuationItem.builder("LM-EMP-01", new BigDecimal("12.5"))
                            .deadweight(new BigDecimal("20"))
                            .attribution(new BigDecimal("10.0"))
                            .displacement(BigDecimal.ZERO)
                            .dropOff(new BigDecimal("0.25"))
                            .build())
                    .addItem("LM-SUP-01", new BigDecimal("7337.66"))
                    .addItem(
                        ValuationItem.builder("LM-NAR-01", BigDecimal.ONE)
                            .attribution(new BigDecimal("5"))
                            .build())
                    .build(),
                null);

    StubServer.Recorded req = stub.lastRequest();
    assertEquals("POST", req.method);
    assertEquals("/api/v1/valuations", req.path());
    assertNotNull(req.header("Idempotency-Key"));
    assertEquals(
        "{\"proxySetId\":\"ps-1\",\"items\":["
            + "{\"measureCode\":\"LM-EMP-01\",\"quantity\":12.5,\"deadweight\":20,"
            + "\"attribution\":10.0,\"displacement\":0,\"dropOff\":0.25},"
            + "{\"measureCode\":\"LM-SUP-01\",\"quantity\":7337.66},"
            + "{\"measureCode\":\"LM-NAR-01\",\"quantity\":1,\"attribution\":5}]}",
        req.body);
    assertEquals(201, response.getStatusCode());
    assertTrue(response.getHeader("Location").endsWith("/api/v1/valuations/v-1"));
    assertEquals(new BigDecimal("173006.49"), response.getValue().getTotal());
  }

  @Test
  void valuationIsMappedWithExactDecimalsAndTolerantReading() {
    stub.enqueue(Reply.json(200, VALUATION_JSON));

    Valuation v = client.valuations().getValuation("v-1");

    StubServer.Recorded req = stub.lastRequest();
    assertEquals("GET", req.method);
    assertEquals("/api/v1/valuations/v-1", req.path());
    assertNull(req.header("Idempotency-Key"));
    assertEquals("v-1", v.getId());
    assertEquals("ps-1", v.getProxySetId());
    assertEquals("Illustrative demo values", v.getProxySetName());
    assertEquals("PPN0620", v.getFrameworkCode());
    assertEquals("2020-12", v.getEdition());
    assertEquals(2024, v.getPriceYear());
    assertEquals("Round numbers", v.getProxySource());
    assertTrue(v.isIllustrative());
    assertEquals("GBP", v.getCurrency());
    // Exact, including scale: not 173006.49000000001 and not 173006.5.
    assertEquals(new BigDecimal("173006.49"), v.getTotal());
    assertEquals("173006.49", v.getTotal().toPlainString());
    assertEquals(OffsetDateTime.parse("2025-05-06T07:08:09.123456Z"), v.getCreatedAt());

    List<ValuationTerm> terms = v.getTerms();
    assertEquals(3, terms.size());
    ValuationTerm emp = terms.get(0);
    assertEquals("LM-EMP-01", emp.getMeasureCode());
    assertEquals("Local people hired", emp.getMeasureTitle());
    assertEquals("FTE", emp.getUnitLabel());
    assertEquals(new BigDecimal("12.5"), emp.getQuantity());
    assertEquals(new BigDecimal("20000"), emp.getValuePerUnit());
    assertNull(emp.getMultiplier());
    assertEquals(new BigDecimal("0.648"), emp.getAdjustmentFactor());
    assertEquals(new BigDecimal("162000.00"), emp.getValue());
    assertNull(emp.getNote());
    ValuationTerm sup = terms.get(1);
    assertEquals("£ spent locally", sup.getUnitLabel());
    assertEquals(new BigDecimal("1.5"), sup.getMultiplier());
    assertNull(sup.getAdjustmentFactor());
    assertEquals(new BigDecimal("11006.49"), sup.getValue());
    assertEquals(v.getTotal(), emp.getValue().add(sup.getValue()));
    ValuationTerm narrative = terms.get(2);
    assertNull(narrative.getValuePerUnit());
    assertNull(narrative.getValue());
    assertEquals("record-only measure: not monetised", narrative.getNote());
  }

  @Test
  void missingTermsReadAsEmpty() {
    stub.enqueue(Reply.json(200, "{\"id\":\"v-2\",\"total\":0.00}"));

    Valuation v = client.valuations().getValuation("v-2");

    assertTrue(v.getTerms().isEmpty());
    assertEquals(new BigDecimal("0.00"), v.getTotal());
    assertFalse(v.isIllustrative());
  }

  @Test
  void validationProblemCarriesFieldErrors() {
    stub.enqueue(
        Reply.raw(
            422,
            "application/problem+json",
            "{\"type\":"
                + "\"/problems/validation-failed\",\"title\":\"Validation failed\",\"status\":422,"
                + "\"errors\":[{\"field\":\"items[0].deadweight\",\"message\":"
                + "\"must be less than or equal to 100\"}]}"));

    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                client
                    .valuations()
                    .createValuation(
                        CreateValuationOptions.builder()
                            .proxySetId("ps-1")
                            .addItem(
                                ValuationItem.builder("LM-EMP-01", BigDecimal.ONE)
                                    .deadweight(new BigDecimal("120"))
                                    .build())
                            .build()));

    assertEquals(
        List.of(new FieldError("items[0].deadweight", "must be less than or equal to 100")),
        e.getErrors());
  }

  @Test
  void unknownValuationRaisesNotFoundAndIdIsEncoded() {
    stub.enqueue(Reply.problem(404, "/problems/not-found", "Not found", "no such valuation"));

    assertThrows(NotFoundException.class, () -> client.valuations().getValuation("v 1"));
    assertEquals("/api/v1/valuations/v%201", stub.lastRequest().path());
  }

  @Test
  void optionsBuildersValidatePresence() {
    IllegalStateException noSet =
        assertThrows(
            IllegalStateException.class,
            () -> CreateValuationOptions.builder().addItem("LM-EMP-01", BigDecimal.ONE).build());
    assertTrue(noSet.getMessage().contains(".proxySetId("), noSet.getMessage());
    IllegalStateException noItems =
        assertThrows(
            IllegalStateException.class,
            () -> CreateValuationOptions.builder().proxySetId("ps-1").build());
    assertTrue(noItems.getMessage().contains(".addItem("), noItems.getMessage());
    assertThrows(
        NullPointerException.class,
        () -> CreateValuationOptions.builder().addItem("LM-EMP-01", null));
    assertThrows(NullPointerException.class, () -> CreateValuationOptions.builder().addItem(null));
    assertThrows(NullPointerException.class, () -> ValuationItem.builder(null, BigDecimal.ONE));
    assertThrows(
        NullPointerException.class,
        () -> ValuationItem.builder("LM-EMP-01", BigDecimal.ONE).dropOff(null));

    ValuationItem plain = ValuationItem.builder("LM-EMP-01", BigDecimal.ONE).build();
    assertNull(plain.getDeadweight());
    assertNull(plain.getAttribution());
    assertNull(plain.getDisplacement());
    assertNull(plain.getDropOff());
    CreateValuationOptions.Builder b =
        CreateValuationOptions.builder().proxySetId("ps-1").addItem(plain);
    CreateValuationOptions first = b.build();
    b.addItem("LM-SKL-01", BigDecimal.TEN);
    assertEquals(1, first.getItems().size());
  }
}
