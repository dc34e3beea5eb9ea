package uk.svkit.it.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.svkit.it.support.Clients;
import uk.svkit.it.support.Http;
import uk.svkit.it.support.SvkitServer;
import uk.svkit.it.support.Tokens;
import uk.svkit.sdk.SvkitClient;
import uk.svkit.sdk.exception.BusinessRuleException;
import uk.svkit.sdk.exception.NotFoundException;
import uk.svkit.sdk.models.CreateProxySetOptions;
import uk.svkit.sdk.models.CreateValuationOptions;
import uk.svkit.sdk.models.Framework;
import uk.svkit.sdk.models.FrameworkEdition;
import uk.svkit.sdk.models.ProxySet;
import uk.svkit.sdk.models.Valuation;

/** The framework library, proxy sets and the valuation engine, through the SDK. */
class FrameworksIT extends SvkitServer {
  private static final String WIRRAL = "GB-LAE-WRL";
  private static final String LIVERPOOL = "GB-LAE-LIV";
  private SvkitClient buyer;

  @BeforeEach
  void connect() {
    buyer = Clients.of(endpoint(), Tokens.of(WIRRAL, "buyer"));
  }

  @AfterEach
  void close() {
    buyer.close();
  }

  private ProxySet loadOneWirralSet() {
    return buyer
        .proxySets()
        .createProxySet(
            CreateProxySetOptions.builder()
                .frameworkCode("SVK-LOCAL")
                .edition("1")
                .name(unique("One Wirral test values"))
                .currency("GBP")
                .priceYear(2019)
                .source("Values chosen by the test")
                .licenceNote("Test data")
                .addValue("LM-EMP-01", new BigDecimal("28213.00"))
                .addValue("LM-SKL-01", new BigDecimal("234.87"))
                .addValue("LM-SUP-01", BigDecimal.ONE, new BigDecimal("1.76"))
                .addValue("LM-WEL-01", BigDecimal.ONE)
                .build());
  }

  @Test
  void theShippedFrameworksAreInTheLibrary() {
    List<String> codes =
        buyer.frameworks().listFrameworks().stream().map(Framework::getCode).toList();
    assertTrue(
        codes.containsAll(List.of("PPN0620", "PPN002", "CM-ANCHOR", "CM-SVA", "SVK-LOCAL")),
        codes.toString());

    FrameworkEdition model = buyer.frameworks().getFrameworkEdition("PPN0620", "2020-12");
    assertEquals(5, model.getElements().size());
    assertEquals(
        8, model.getElements().stream().mapToInt(theme -> theme.getChildren().size()).sum());

    FrameworkEdition anchor = buyer.frameworks().getFrameworkEdition("CM-ANCHOR", "2022-07");
    assertEquals(5, anchor.getElements().size());
    FrameworkEdition award = buyer.frameworks().getFrameworkEdition("CM-SVA", "2019");
    assertEquals(
        List.of("Social", "Economic", "Environment", "Innovation"),
        award.getElements().stream().map(e -> e.getTitle()).toList());

    FrameworkEdition local = buyer.frameworks().getFrameworkEdition("SVK-LOCAL", "1");
    for (String code : List.of("LM-EMP-01", "LM-SKL-01", "LM-SUP-01", "LM-WEL-01", "LM-VOL-01")) {
      assertTrue(local.findMeasure(code).orElseThrow().isMonetised(), code);
    }
    assertTrue(!local.findMeasure("LM-EMP-02").orElseThrow().isMonetised());
  }

  @Test
  void oneWirralValuesToExactlyTheSumOfQuantityTimesProxy() {
    ProxySet set = loadOneWirralSet();

    Valuation valuation =
        buyer
            .valuations()
            .createValuation(
                CreateValuationOptions.builder()
                    .proxySetId(set.getId())
                    .addItem("LM-EMP-01", new BigDecimal("5"))
                    .addItem("LM-SKL-01", new BigDecimal("27"))
                    .addItem("LM-SUP-01", new BigDecimal("10000"))
                    .addItem("LM-WEL-01", new BigDecimal("8000"))
                    .build());

    // 5 x 28,213.00 + 27 x 234.87 + 10,000 x 1 x 1.76 + 8,000 x 1
    assertEquals(new BigDecimal("173006.49"), valuation.getTotal());
    assertEquals(
        List.of(
            new BigDecimal("141065.00"),
            new BigDecimal("6341.49"),
            new BigDecimal("17600.00"),
            new BigDecimal("8000.00")),
        valuation.getTerms().stream().map(t -> t.getValue()).toList());
    assertEquals(set.getId(), valuation.getProxySetId());
    assertEquals(new BigDecimal("1.76"), valuation.getTerms().get(2).getMultiplier());
    Valuation stored = buyer.valuations().getValuation(valuation.getId());
    assertEquals(valuation.getTotal(), stored.getTotal());
    assertEquals(valuation.getTerms().size(), stored.getTerms().size());
  }

  @Test
  void recordOnlyMeasuresAreTracedWithoutValue() {
    Valuation valuation =
        buyer
            .valuations()
            .createValuation(
                CreateValuationOptions.builder()
                    .proxySetId(loadOneWirralSet().getId())
                    .addItem("LM-EMP-02", new BigDecimal("40"))
                    .build());

    assertEquals(0, valuation.getTotal().signum());
    assertNull(valuation.getTerms().get(0).getValue());
  }

  @Test
  void proxySetsArePrivateToTheirOrganisationButTheIllustrativeSetIsShared() {
    ProxySet mine = loadOneWirralSet();
    try (SvkitClient other = Clients.of(endpoint(), Tokens.of(LIVERPOOL, "buyer"))) {
      assertThrows(NotFoundException.class, () -> other.proxySets().getProxySet(mine.getId()));
      List<ProxySet> visible = other.proxySets().listProxySets().stream().toList();
      assertTrue(visible.stream().noneMatch(s -> s.getId().equals(mine.getId())));
      assertTrue(
          visible.stream().anyMatch(ProxySet::isIllustrative),
          "the shipped demo set is visible to all");
      assertThrows(
          NotFoundException.class,
          () ->
              other
                  .valuations()
                  .createValuation(
                      CreateValuationOptions.builder()
                          .proxySetId(mine.getId())
                          .addItem("LM-EMP-01", BigDecimal.ONE)
                          .build()));
    }
  }

  @Test
  void proxyValuesMustFitTheEdition() {
    BusinessRuleException rejected =
        assertThrows(
            BusinessRuleException.class,
            () ->
                buyer
                    .proxySets()
                    .createProxySet(
                        CreateProxySetOptions.builder()
                            .frameworkCode("SVK-LOCAL")
                            .edition("1")
                            .name(unique("Bad set"))
                            .currency("GBP")
                            .priceYear(2026)
                            .source("test")
                            .licenceNote("test")
                            .addValue("NOT-A-MEASURE", BigDecimal.ONE)
                            .addValue("LM-EMP-02", BigDecimal.ONE)
                            .build()));

    assertEquals(
        List.of("values[0].measureCode", "values[1].measureCode"),
        rejected.getErrors().stream().map(e -> e.getField()).toList());
  }

  @Test
  void proxySetLoadsFromCsvAndValuesLikeTheJsonForm() {
    String name = unique("CSV set");
    String csv =
        "frameworkCode,edition,name,currency,priceYear,source,licenceNote,measureCode,valuePerUnit,multiplier\r\n"
            + "SVK-LOCAL,1,\""
            + name
            + "\",GBP,2019,\"Test values, by hand\",Test data,LM-EMP-01,28213.00,\r\n"
            + "SVK-LOCAL,1,\""
            + name
            + "\",GBP,2019,\"Test values, by hand\",Test data,LM-SUP-01,1,1.76\r\n";

    ProxySet set = buyer.proxySets().createProxySetFromCsv(csv);
    Valuation valuation =
        buyer
            .valuations()
            .createValuation(
                CreateValuationOptions.builder()
                    .proxySetId(set.getId())
                    .addItem("LM-EMP-01", new BigDecimal("5"))
                    .addItem("LM-SUP-01", new BigDecimal("10000"))
                    .build());

    assertEquals(name, set.getName());
    assertEquals("Test values, by hand", set.getSource());
    assertEquals(new BigDecimal("158665.00"), valuation.getTotal());
  }

  @Test
  void badCsvReportsEveryProblemByLineAndLoadsNothing() {
    String name = unique("Broken CSV set");
    String csv =
        "frameworkCode,edition,name,currency,priceYear,source,licenceNote,measureCode,valuePerUnit\n"
            + "SVK-LOCAL,1,"
            + name
            + ",GBP,2026,s,l,LM-EMP-01,lots\n"
            + "SVK-LOCAL,1,Another name,GBP,2026,s,l,LM-SKL-01,200\n"
            + "SVK-LOCAL,1,"
            + name
            + ",GBP,2026,s,l,LM-VOL-01,15\n";

    BusinessRuleException rejected =
        assertThrows(
            BusinessRuleException.class, () -> buyer.proxySets().createProxySetFromCsv(csv));

    assertEquals(
        List.of("line 2.valuePerUnit", "line 3.name"),
        rejected.getErrors().stream().map(e -> e.getField()).sorted().toList());
    assertTrue(
        buyer.proxySets().listProxySets().stream().noneMatch(s -> s.getName().equals(name)),
        "nothing was loaded");
  }

  @Test
  void shippedEditionsCannotBeChanged() {
    String token = Tokens.admin();
    for (String method : List.of("PUT", "DELETE", "POST")) {
      Http.Reply reply =
          http()
              .method(method, "/api/v1/frameworks/PPN0620/editions/2020-12", "{}")
              .header("Content-Type", "application/json")
              .token(token)
              .send();
      assertEquals(405, reply.status(), method + " " + reply.body());
    }
  }

  @Test
  void valuationReplayReturnsTheSameRecordedValuation() {
    String body =
        "{\"proxySetId\": \""
            + loadOneWirralSet().getId()
            + "\", \"items\": [{\"measureCode\": \"LM-EMP-01\", \"quantity\": 2}]}";
    String key = UUID.randomUUID().toString();
    String token = Tokens.of(WIRRAL, "buyer");

    Http.Reply first =
        http().post("/api/v1/valuations", body).token(token).header("Idempotency-Key", key).send();
    Http.Reply replay =
        http().post("/api/v1/valuations", body).token(token).header("Idempotency-Key", key).send();

    assertEquals(201, first.status(), first.body());
    assertEquals(first.body(), replay.body());
    assertEquals("true", replay.header("Idempotent-Replayed"));
    assertEquals(new BigDecimal("56426.00"), first.json().getJsonNumber("total").bigDecimalValue());
  }
}
