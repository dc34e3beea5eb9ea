package uk.svkit.it.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import uk.svkit.it.support.Http;
import uk.svkit.it.support.SvkitServer;
import uk.svkit.it.support.Tokens;

/** Smoke run of the recognition API over raw HTTP. */
class RecognitionIT extends SvkitServer {
  @Test
  void smoke() {
    Http http = http();
    Http.Reply list = http.get("/api/v1/programmes").send();
    assertEquals(200, list.status(), list.toString());
    assertEquals(4, list.json().getJsonArray("items").size(), list.toString());
    String lead = Tokens.of("GB-LAE-WRL", "buyer");
    String code = "IT-" + Long.toString(System.nanoTime(), 36).toUpperCase();
    Http.Reply scheme = http.post("/api/v1/programmes", "{\"code\":\"" + code + "\",\"kind\":\"AWARD_SCHEME\",\"name\":\"Wirral award\","
        + "\"programmeVersion\":\"1\",\"elements\":[{\"code\":\"SOC\",\"kind\":\"THEME\",\"title\":\"Social\"}]}").token(lead).send();
    assertEquals(201, scheme.status(), scheme.toString());
    String id = scheme.json().getString("id");
    Http.Reply assessors = http.put("/api/v1/programmes/" + id + "/assessors", "{\"assessors\":[\"ann\"]}").token(lead).header("If-Match", "\"0\"").send();
    assertEquals(200, assessors.status(), assessors.toString());
    String supplier = Tokens.of("GB-COH-09900002", "supplier");
    Http.Reply app = http.post("/api/v1/programmes/" + id + "/applications", "{\"sector\":\"PRIVATE\",\"contactName\":\"Sam\",\"placeCode\":\"E08000015\","
        + "\"evidence\":[{\"themeCode\":\"SOC\",\"change\":\"c\",\"stakeholders\":5,\"location\":\"Birkenhead\",\"period\":\"2025\"}]}").token(supplier).send();
    assertEquals(201, app.status(), app.toString());
    String appId = app.json().getString("id");
    Http.Reply decision = http.post("/api/v1/award-applications/" + appId + "/decision", "{\"awarded\":true,\"decidedOn\":\"2024-02-29\",\"reasons\":\"r\"}")
        .token(Tokens.person("GB-LAE-WRL", "ann", "evaluator")).header("If-Match", "\"0\"").send();
    assertEquals(200, decision.status(), decision.toString());
    assertEquals("2029-02-28", decision.json().getString("expiresOn"));
    Http.Reply awards = http.get("/api/v1/programmes/" + id + "/awards?placeCode=E08000015").send();
    assertEquals(200, awards.status(), awards.toString());
    assertEquals(1, awards.json().getJsonArray("items").size(), awards.toString());
    Http.Reply sign = http.post("/api/v1/programmes/6b2d7c1e-0000-4000-8000-000000000003/signatures", "{\"signatoryName\":\"A\",\"signatoryRole\":\"CEO\","
        + "\"sector\":\"LOCAL_AUTHORITY\",\"commitments\":[{\"elementCode\":\"P1\",\"commitment\":\"buy local\",\"indicatorCode\":\"LM-SUP-01\"}]}")
        .token(Tokens.admin()).send();
    assertEquals(400, sign.status(), sign.toString());
    Http.Reply rec = http.get("/api/v1/organisations/8f1f3c39-0000-4000-8000-000000000005/recognitions").send();
    assertEquals(200, rec.status(), rec.toString());
  }
}
