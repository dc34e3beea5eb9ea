package uk.svkit.sdk;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import uk.svkit.sdk.implementation.Sleeper;

/** Shared fixtures: a client pointed at a stub, with sleeping recorded instead of done. */
final class TestSupport {

  static final String TOKEN = "test-token-not-a-secret";

  private TestSupport() {}

  /** Records requested back-off delays without sleeping. */
  static final class RecordingSleeper implements Sleeper {
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration duration) {
      sleeps.add(duration);
    }
  }

  static SvkitClientBuilder builderFor(StubServer stub, RecordingSleeper sleeper) {
    return new SvkitClientBuilder().endpoint(stub.endpoint()).credential(TOKEN).sleeper(sleeper);
  }

  static SvkitClient clientFor(StubServer stub, RecordingSleeper sleeper) {
    return builderFor(stub, sleeper).build();
  }

  static String organisationJson(String id, String name) {
    return "{\"id\":\""
        + id
        + "\",\"name\":\""
        + name
        + "\",\"roles\":[\"BUYER\"],"
        + "\"identifier\":\"GB-LAE-WRL\",\"otherIdentifiers\":[\"GB-COH-01234567\"],"
        + "\"version\":3,\"createdAt\":\"2025-01-02T03:04:05Z\","
        + "\"updatedAt\":\"2025-01-03T03:04:05.123Z\"}";
  }
}
