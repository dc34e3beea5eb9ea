package uk.svkit.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import uk.svkit.sdk.StubServer.Reply;

class SvkitClientBuilderTest {

  /** svkit-sdk-java/<version> (Java/<v>; <os>) [appId] */
  private static final String UA_PATTERN = "svkit-sdk-java/[0-9][^ ]* \\(Java/[^;]+; [^)]+\\)";

  @Test
  void missingEndpointExplainsTheFix() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> new SvkitClientBuilder().credential("t").build());
    assertTrue(e.getMessage().contains("endpoint(\"https://"), e.getMessage());
  }

  @Test
  void aClientWithoutCredentialCallsAnonymouslyAndAnswers401WithAuthenticationException()
      throws Exception {
    try (StubServer stub = new StubServer()) {
      stub.enqueue(
          Reply.json(200, "{\"code\":\"E1\"}"),
          Reply.problem(401, "unauthorized", "Unauthorized", "A bearer token is required"));
      try (SvkitClient client = new SvkitClientBuilder().endpoint(stub.endpoint()).build()) {
        client.places().getPlace("E1");
        assertNull(stub.lastRequest().header("Authorization"));
        assertThrows(
            uk.svkit.sdk.exception.AuthenticationException.class,
            () -> client.organisations().getOrganisation("8f1f3c39-0000-4000-8000-000000000001"));
        assertNull(stub.lastRequest().header("Authorization"));
      }
    }
  }

  @Test
  void serviceVersionPinsTheApiPath() throws Exception {
    try (StubServer stub = new StubServer()) {
      stub.enqueue(Reply.json(200, "{\"code\":\"E1\"}"));
      try (SvkitClient client =
          new SvkitClientBuilder()
              .endpoint(stub.endpoint())
              .serviceVersion(SvkitServiceVersion.V1)
              .credential("t")
              .build()) {
        client.places().getPlace("E1");
        assertEquals("/api/v1/places/E1", stub.lastRequest().path());
        assertEquals(SvkitServiceVersion.V1, client.getServiceVersion());
      }
    }
    assertEquals(SvkitServiceVersion.V1, SvkitServiceVersion.getLatest());
    assertThrows(NullPointerException.class, () -> new SvkitClientBuilder().serviceVersion(null));
  }

  @Test
  void endpointMustBeAbsoluteHttpBaseUrl() {
    SvkitClientBuilder b = new SvkitClientBuilder();
    assertThrows(IllegalArgumentException.class, () -> b.endpoint("localhost:9080"));
    assertThrows(IllegalArgumentException.class, () -> b.endpoint("/relative"));
    assertThrows(IllegalArgumentException.class, () -> b.endpoint("ftp://host"));
    assertThrows(IllegalArgumentException.class, () -> b.endpoint("http://host?x=1"));
    assertThrows(IllegalArgumentException.class, () -> b.endpoint("http://u:p@host"));
    assertThrows(IllegalArgumentException.class, () -> b.endpoint("not a url"));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> b.endpoint("http://localhost:9080/api/v1/"));
    assertTrue(e.getMessage().contains("appends it"), e.getMessage());
    assertThrows(NullPointerException.class, () -> b.endpoint((URI) null));
  }

  @Test
  void endpointWithContextPathAndTrailingSlashIsAccepted() throws Exception {
    try (StubServer stub = new StubServer()) {
      stub.enqueue(Reply.json(200, "{\"code\":\"E1\"}"));
      try (SvkitClient client =
          new SvkitClientBuilder().endpoint(stub.endpoint() + "/svkit/").credential("t").build()) {
        client.places().getPlace("E1");
        assertEquals("/svkit/api/v1/places/E1", stub.lastRequest().path());
      }
    }
  }

  @Test
  void invalidSettingsAreRejected() {
    SvkitClientBuilder b = new SvkitClientBuilder();
    assertThrows(IllegalArgumentException.class, () -> b.credential(" "));
    assertThrows(IllegalArgumentException.class, () -> b.applicationId("x".repeat(25)));
    assertThrows(IllegalArgumentException.class, () -> b.applicationId("has space"));
    assertThrows(IllegalArgumentException.class, () -> b.applicationId(""));
    assertThrows(IllegalArgumentException.class, () -> b.maxRetries(-1));
    assertThrows(IllegalArgumentException.class, () -> b.connectTimeout(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> b.responseTimeout(Duration.ofSeconds(-1)));
    b.applicationId("x".repeat(24));
  }

  @Test
  void conflictingSettingsAreRejectedAtBuild() {
    IllegalStateException retry =
        assertThrows(
            IllegalStateException.class,
            () ->
                new SvkitClientBuilder()
                    .endpoint("http://localhost:9080")
                    .credential("t")
                    .maxRetries(1)
                    .retryPolicy(RetryPolicy.defaultPolicy())
                    .build());
    assertTrue(retry.getMessage().contains("not both"), retry.getMessage());

    Client own = ClientBuilder.newClient();
    try {
      IllegalStateException timeouts =
          assertThrows(
              IllegalStateException.class,
              () ->
                  new SvkitClientBuilder()
                      .endpoint("http://localhost:9080")
                      .credential("t")
                      .httpClient(own)
                      .responseTimeout(Duration.ofSeconds(1))
                      .build());
      assertTrue(timeouts.getMessage().contains("httpClient"), timeouts.getMessage());
    } finally {
      own.close();
    }
  }

  @Test
  void userAgentHasSdkVersionJavaAndOs() throws Exception {
    try (StubServer stub = new StubServer()) {
      stub.enqueue(Reply.json(200, "{\"code\":\"E1\"}"));
      try (SvkitClient client =
          new SvkitClientBuilder().endpoint(stub.endpoint()).credential("t").build()) {
        client.places().getPlace("E1");
      }
      String ua = stub.lastRequest().header("User-Agent");
      assertTrue(ua.matches(UA_PATTERN), ua);
      assertTrue(ua.contains("Java/" + System.getProperty("java.version") + ";"), ua);
      assertTrue(ua.startsWith("svkit-sdk-java/0.1.0-SNAPSHOT "), ua);
    }
  }

  @Test
  void userAgentEndsWithApplicationId() throws Exception {
    try (StubServer stub = new StubServer()) {
      stub.enqueue(Reply.json(200, "{\"code\":\"E1\"}"));
      try (SvkitClient client =
          new SvkitClientBuilder()
              .endpoint(stub.endpoint())
              .credential("t")
              .applicationId("acme-etender")
              .build()) {
        client.places().getPlace("E1");
      }
      String ua = stub.lastRequest().header("User-Agent");
      assertTrue(ua.matches(UA_PATTERN + " acme-etender"), ua);
    }
  }

  @Test
  void callerSuppliedJaxRsClientIsUsedAndNotClosed() throws Exception {
    Client own = ClientBuilder.newClient();
    try (StubServer stub = new StubServer()) {
      stub.enqueue(Reply.json(200, "{\"code\":\"E1\"}"), Reply.json(200, "{}"));
      SvkitClient client =
          new SvkitClientBuilder()
              .endpoint(stub.endpoint())
              .credential("t")
              .httpClient(own)
              .build();
      assertEquals("E1", client.places().getPlace("E1").getCode());
      client.close();

      assertThrows(IllegalStateException.class, () -> client.places().getPlace("E1"));
      // Still usable by its owner.
      assertEquals(200, own.target(stub.endpoint() + "/x").request().get().getStatus());
    } finally {
      own.close();
    }
  }

  @Test
  void areaClientsAreStable() {
    try (SvkitClient client =
        SvkitClient.builder().endpoint("http://localhost:9080").credential("t").build()) {
      assertTrue(client.organisations() == client.organisations());
      assertEquals(URI.create("http://localhost:9080"), client.getEndpoint());
    }
  }
}
